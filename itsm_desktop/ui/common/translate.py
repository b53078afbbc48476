"""Translating a string outside a QObject method, where ``self.tr`` is not at hand.

``pyside6-lupdate`` files every call of a plain function named ``tr`` or ``_tr`` (and the
domain's ``translatable`` marker) under the empty context, whatever the module or class it
is in; looking such strings up under that same context is what makes them found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from itsm_desktop.domain.enums import LabelledEnum

SHARED_CONTEXT = ""


def tr(text: str) -> str:
    """``text`` in the language of the screens (itself where no translation exists)."""
    return QCoreApplication.translate(SHARED_CONTEXT, text)


def label_of(member: LabelledEnum) -> str:
    """The label of an enumeration member in the language of the screens."""
    return tr(member.label)
