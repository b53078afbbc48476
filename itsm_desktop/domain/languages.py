"""The languages a document can be printed in."""

from __future__ import annotations

from enum import StrEnum

from .translatable import translatable


class DocumentLanguage(StrEnum):
    """A language of the printed documents (an ISO 639-1 code)."""

    ENGLISH = "en"
    GERMAN = "de"
    FRENCH = "fr"

    @property
    def label(self) -> str:
        """The language's own name for itself, as language choices show it everywhere."""
        return _NAMES[self]

    @classmethod
    def parse(cls, value: str | None) -> DocumentLanguage:
        """The language of a code (``de``, ``de_CH``, ``fr-FR``), English for anything else."""
        code = (value or "").strip().lower().replace("-", "_").split("_")[0]
        return cls(code) if code in cls._value2member_map_ else cls.ENGLISH


_NAMES = {
    DocumentLanguage.ENGLISH: "English",
    DocumentLanguage.GERMAN: "Deutsch",
    DocumentLanguage.FRENCH: "Français",
}


def language_problems(value: str | None, *, optional: bool = False) -> dict[str, str]:
    """A field message when ``value`` is no language the documents print in."""
    if (value is None and optional) or value in DocumentLanguage._value2member_map_:
        return {}
    return {"language": translatable("Choose the language the documents print in: English, German or French.")}


LANGUAGE_CODES = tuple(language.value for language in DocumentLanguage)
"""``en``, ``de``, ``fr``: as the command line takes them."""
