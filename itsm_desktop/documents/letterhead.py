"""The providing organization's letterhead as its documents print it: the logo and legal
name at the head of every page and on the cover, its address and registration details at the
foot (drawn by ``letterhead_drawing`` and ``letterhead_cover``).

Only PNG reaches the documents: an SVG logo is rendered to PNG by the desktop interface when
it is chosen (see ``domain.letterhead``), so documents draw a fixed raster and need no SVG
library, and a logo looks the same in every copy printed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from itsm_desktop.documents.text import clean, clean_line


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What a document prints of its provider's letterhead (all optional)."""

    legal_name: str = ""
    address: str = ""
    registration: str = ""
    logo_png: bytes = field(default=b"", repr=False)
    primary_colour: str = ""
    accent_colour: str = ""
    paper_size: str = ""

    def footer_text(self, *, registration: bool = True) -> str:
        """One line for the page foot: legal name, address and (unless told not to)
        registration, joined."""
        parts = [clean_line(self.legal_name), *letterhead_lines(self.address)]
        if registration:
            parts.append(self.registration_text())
        return " · ".join(p for p in parts if p)

    def registration_text(self) -> str:
        """The registration details on one line."""
        return " · ".join(letterhead_lines(self.registration))


def letterhead_lines(text: str) -> list[str]:
    """The non-blank lines of an address or of registration details, each cleaned."""
    return [clean_line(line) for line in clean(text).split("\n") if clean_line(line)]
