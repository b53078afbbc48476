"""Translating a string outside a QObject method, where ``self.tr`` is not at hand.

``pyside6-lupdate`` files every call of a plain function named ``tr`` or ``_tr`` (and the
domain's ``translatable`` marker) under the empty context, whatever the module or class it
is in; looking such strings up under that same context is what makes them found.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from itsm_desktop.domain.enums import LabelledEnum

if TYPE_CHECKING:
    from babel import Locale

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


def counted_noun(count: float, singular: str, plural: str) -> str:
    """The marked noun ``singular`` or ``plural`` that goes with ``count`` in the screens'
    language: French takes the singular for 0 and 1 ("0 service"), English and German for 1."""
    return tr(singular) if takes_singular(count) else tr(plural)


def takes_singular(count: float) -> bool:
    """Whether a noun counted ``count`` times is in the singular in the screens' language (its
    locale's plural rule: 0 and 1 in French, only 1 in English and German)."""
    return _plural_category(QLocale().name(), count) == "one"


@cache
def _plural_rule(locale_name: str) -> Locale:
    from babel import Locale, UnknownLocaleError  # on the first count shown, not at start

    try:
        return Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):  # "C": no locale configured
        return Locale("en")


def _plural_category(locale_name: str, count: float) -> str:
    return str(_plural_rule(locale_name).plural_form(abs(count)))
