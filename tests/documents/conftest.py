"""Helpers for reading rendered PDFs back: text, fonts, outline, metadata, text positions."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from document_samples import demo_agreement_snapshot, demo_catalog_snapshot

from itsm_desktop.documents.snapshot import AgreementSnapshot, CatalogSnapshot

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked slow here run only when asked for with ``-m slow``."""
    expr = config.getoption("-m") or ""
    if "slow" in expr and "not slow" not in expr:
        return
    skip = pytest.mark.skip(reason="long run: select it with -m slow")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.path)).parents:
            item.add_marker(skip)


@dataclass
class Segment:
    """One piece of text as drawn on a page, with its left edge and font."""

    text: str
    x: float
    y: float
    font: str
    size: float
    rotated: bool


class Pdf:
    """A rendered document opened with pypdf."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"%PDF-"), "not a PDF"
        self.data = data
        self.reader = pypdf.PdfReader(io.BytesIO(data))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text with runs of white space made single spaces (lines joined)."""
        return " ".join(self.text.split())

    def page_flat(self, index: int) -> str:
        return " ".join(self.pages[index].split())

    @property
    def page_count(self) -> int:
        return len(self.reader.pages)

    def page_size(self, index: int = 0) -> tuple[float, float]:
        box = self.reader.pages[index].mediabox
        return float(box.width), float(box.height)

    def fonts(self) -> dict[str, Any]:
        """Every font object the pages use, by base font name."""
        found: dict[str, Any] = {}
        for page in self.reader.pages:
            resources = page.get("/Resources") or {}
            for ref in (resources.get("/Font") or {}).values():
                font = ref.get_object()
                found[str(font["/BaseFont"])] = font
        return found

    def outline_titles(self) -> list[tuple[int, str]]:
        """(level, title) of every bookmark, in document order."""
        out: list[tuple[int, str]] = []

        def walk(items: list[Any], level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    out.append((level, str(item.title)))

        walk(self.reader.outline, 0)
        return out

    def outline_pages(self) -> dict[str, int]:
        """Bookmark title → 1-based page number it points to."""
        out: dict[str, int] = {}

        def walk(items: list[Any]) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    out[str(item.title)] = self.reader.get_destination_page_number(item) + 1

        walk(self.reader.outline)
        return out

    def rotated_shapes(self, index: int) -> int:
        """How many curve segments the page fills in a rotated coordinate system (outlined
        lettering such as the watermark), outside any text object."""
        content = self.reader.pages[index].get_contents()
        if content is None:
            return 0
        curves, rotated, in_text = 0, False, False
        for operands, operator in content.operations:
            if operator == b"BT":
                in_text = True
            elif operator == b"ET":
                in_text = False
            elif operator == b"cm" and abs(float(operands[1])) > 1e-6:
                rotated = True
            elif operator == b"Q":
                rotated = False
            elif operator == b"c" and rotated and not in_text:
                curves += 1
        return curves

    def poppler_text(self) -> str | None:
        """The text as ``pdftotext`` extracts it, or None where poppler is not installed."""
        if shutil.which("pdftotext") is None:
            return None
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"],
            input=self.data,
            capture_output=True,
            check=True,
        )
        return done.stdout.decode("utf-8")

    def segments(self, index: int) -> list[Segment]:
        found: list[Segment] = []

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if not text.strip():
                return
            rotated = abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6
            x = cm[4] + tm[4] * cm[0]
            y = cm[5] + tm[5] * cm[3]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append(Segment(text.rstrip(), x, y, name, size * tm[0], rotated))

        self.reader.pages[index].extract_text(visitor_text=visit)
        return found


@pytest.fixture
def read_pdf() -> type[Pdf]:
    return Pdf


@pytest.fixture
def agreement() -> AgreementSnapshot:
    return demo_agreement_snapshot()


@pytest.fixture
def catalog() -> CatalogSnapshot:
    return demo_catalog_snapshot()
