"""The sample portfolio as a workbook a new user can open, change and import, sheet by sheet.

Written by the exporter from the demo data (``services.demo``), so the shipped file always
has the columns the importer reads. Regenerate it after changing either::

    python -m itsm_desktop.services.exchange.sample
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from itsm_desktop.resources import SAMPLE
from itsm_desktop.store import Database

from ..demo import load_demo
from .exporter import export_workbook

SAMPLE_WORKBOOK = SAMPLE / "sample-portfolio.xlsx"


def write_sample_workbook(output: Path = SAMPLE_WORKBOOK) -> dict[str, int]:
    """Load the demo portfolio into a scratch database and export it as a workbook."""
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "sample.db") as db:
        load_demo(db)
        return export_workbook(db, output)


if __name__ == "__main__":
    counts = write_sample_workbook(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE_WORKBOOK)
    print(", ".join(f"{n} {sheet.lower()}" for sheet, n in counts.items()))
