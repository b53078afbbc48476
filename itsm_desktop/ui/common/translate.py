"""Translating a string outside a QObject method, where ``self.tr`` is not at hand.

``pyside6-lupdate`` files every call of a plain function named ``tr`` or ``_tr`` (and the
domain's ``translatable`` marker) under the empty context, whatever the module or class it
is in; looking such strings up under that same context is what makes them found.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from itsm_desktop.domain.enums import LabelledEnum

SHARED_CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language of the screens (itself where no translation exists).

    With ``n``, ``text`` holds ``%n`` (``%Ln`` for the locale's digit grouping) and the
    language's plural form for ``n`` is chosen: ``tr("%Ln record(s) removed.", "", count)``.
    """
    translated = QCoreApplication.translate(SHARED_CONTEXT, text, disambiguation, n)
    return _english_plural(translated, n) if n >= 0 else translated


_OPTIONAL_ENDING = re.compile(r"\((s|es)\)")


def _english_plural(text: str, n: int) -> str:
    """The source language's own plural: "record(s)" reads "record" for one, "records" else
    (English has no catalogue; a translation never holds "(s)")."""
    return _OPTIONAL_ENDING.sub("" if n == 1 else r"\1", text)


def label_of(member: LabelledEnum) -> str:
    """The label of an enumeration member in the language of the screens."""
    return tr(member.label)
