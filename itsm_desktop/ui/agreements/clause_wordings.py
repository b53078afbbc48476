"""A clause's wording per language in the clause library: the title, the text and the
service-credit conditions the editor shows are those of the language chosen; the others are
kept here until the clause is saved."""

from __future__ import annotations

from dataclasses import dataclass, field

from itsm_desktop.domain.clauses import ClauseForm, ClauseWording
from itsm_desktop.domain.languages import DocumentLanguage

ENGLISH = DocumentLanguage.ENGLISH.value


@dataclass
class ClauseWordings:
    """Every language's wording of the clause being edited (English is the form's own)."""

    english: ClauseWording = field(default_factory=ClauseWording)
    translations: dict[str, ClauseWording] = field(default_factory=dict)
    shown: str = ENGLISH

    @classmethod
    def of(cls, form: ClauseForm) -> ClauseWordings:
        """The wordings of a loaded clause, English shown."""
        return cls(ClauseWording(form.title, form.text, [r.shortfall for r in form.credits]),
                   {language: ClauseWording(w.title, w.text, list(w.shortfalls))
                    for language, w in form.translations.items()})

    def keep(self, wording: ClauseWording) -> None:
        """Remember what the editor shows for the language shown."""
        if self.shown == ENGLISH:
            self.english = wording
        else:
            self.translations[self.shown] = wording

    def switch(self, language: str) -> ClauseWording:
        """Show ``language``: its wording (blank when not written yet)."""
        self.shown = language
        if language == ENGLISH:
            return self.english
        return self.translations.get(language, ClauseWording())

    def missing(self) -> list[str]:
        """The names of the languages without a text yet (``Deutsch``)."""
        return [language.label for language in DocumentLanguage if language.value != ENGLISH
                and not self.translations.get(language.value, ClauseWording()).is_written()]
