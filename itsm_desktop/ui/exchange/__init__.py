"""Spreadsheets in and out: the import wizard and the list tables' data tools."""
