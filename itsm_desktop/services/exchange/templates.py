"""XLSX templates to fill in: the columns of a kind, a sample row, a row of hints, and drop-down
lists (data validation) for the columns that take one value of an enumeration."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from itsm_desktop.domain.translatable import translatable

from .errors import ExchangeError
from .kinds import ENUM, FLAG, Column, Kind

VALIDATED_ROWS = 5000
SAMPLES: dict[str, dict[str, str]] = {
    "families": {"name": "Workplace & devices", "description": "Laptops, phones, printing and the software on them.",
                 "position": "1"},
    "organizations": {"name": "Service Desk", "code": "ITS-SD", "kind": "internal", "unit_type": "team",
                      "parent": "IT Services", "email": "servicedesk@example.org", "phone": "+44 20 7946 0100",
                      "active": "yes"},
    "contacts": {"name": "Ada Lovelace", "organization": "Service Desk", "job_title": "Service desk lead",
                 "email": "ada.lovelace@example.org", "phone": "+44 20 7946 0101", "active": "yes"},
    "services": {"code": "EMAIL", "name": "Corporate E-mail", "family": "E-mail & collaboration",
                 "summary": "A mailbox and calendar for every employee.", "service_type": "business",
                 "status": "live", "provider": "Infrastructure & Operations", "owner": "ada.lovelace@example.org",
                 "criticality": "high", "hours": "24x7", "support_channels": "Service desk portal, phone 0100",
                 "support_hours": "Mon-Fri 08:00-18:00", "charge_model": "per_user", "price": "9.80",
                 "currency": "EUR", "billing_period": "month",
                 "components": "Mail platform | application\nMail filtering gateway | communication",
                 "dependencies": "NETWORK; DIRECTORY",
                 "suppliers": "Stratus Cloud Services | Cloud mail platform | SCS-2024-1187",
                 "consumers": "Finance | customer | 42\nSales | customer | 65"},
}


def write_template(kind: Kind, output: Path) -> Path:
    """Write the template of ``kind`` to ``output`` (.xlsx)."""
    output = Path(output).expanduser()
    if output.suffix.lower() != ".xlsx":
        raise ExchangeError(translatable("A template is an XLSX workbook: name the file {stem}.xlsx.", stem=output.stem))
    if not output.parent.is_dir():
        raise ExchangeError(translatable("The folder {folder} does not exist.", folder=output.parent))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = kind.title[:31]
    bold, required = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    sample = SAMPLES.get(kind.name, {})
    for index, column in enumerate(kind.columns, start=1):
        head = sheet.cell(row=1, column=index, value=column.heading)
        head.font = bold
        if column.required:
            head.fill = required
        if column.hint:
            head.comment = Comment(column.hint, "ITSM Desktop")
        sheet.cell(row=2, column=index, value=sample.get(column.key, ""))
        sheet.column_dimensions[get_column_letter(index)].width = max(12, min(40, len(column.heading) + 6))
        choices = _choices(column)
        if choices:
            letter = get_column_letter(index)
            rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                  showErrorMessage=True, errorTitle=column.heading,
                                  error=f"Choose one of: {', '.join(choices)}.")
            rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"
    partial = output.with_name(f".{output.name}.partial")
    try:
        book.save(partial)
        os.replace(partial, output)
    finally:
        if partial.exists():
            partial.unlink()
    return output


def _choices(column: Column) -> list[str]:
    if column.kind == ENUM and column.enum is not None:
        return [str(m.value) for m in column.enum]
    if column.kind == FLAG:
        return ["yes", "no"]
    return []
