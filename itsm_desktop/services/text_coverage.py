"""Which characters of a text the printed documents cannot show.

Editors call this when a text is saved, to warn that part of it would print as empty boxes;
the renderers report the same characters with each PDF they make.
"""

from __future__ import annotations


def unprintable_characters(text: str | None) -> str:
    """The distinct characters of ``text`` that no font shipped for documents can print, in
    order of first appearance; empty when everything prints."""
    if not text or text.isascii():
        return ""
    # Imported here: loading the fonts needs reportlab, which only printing should pay for.
    from itsm_desktop.documents.fonts import uncovered_characters

    return uncovered_characters(text)


def unprintable_warning(text: str | None) -> str | None:
    """A sentence to show beside a field whose text would not print whole, else None."""
    characters = unprintable_characters(text)
    if not characters:
        return None
    from itsm_desktop.documents.renderer import unprintable_warning as sentence

    return sentence(characters)
