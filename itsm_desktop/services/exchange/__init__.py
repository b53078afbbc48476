"""Spreadsheets in and out: read CSV/XLSX/ODS, import records through the use cases' rules,
export every list, and move the whole portfolio as one portable file. No Qt."""
