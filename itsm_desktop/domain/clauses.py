"""The clause library: standard contract texts a team keeps once and chooses per agreement.

A clause is edited as a whole form; saving a changed text (or service-credit table) adds a
new numbered version, and an agreement keeps the version it carries until someone moves it
to a newer one, so a signed agreement never changes under its signatories.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .checks import NAME_MAX, Problems, check_text
from .enums import AgreementKind, ClauseTopic
from .languages import DocumentLanguage
from .translatable import translatable

CREDIT_ROWS_MAX = 20


@dataclass
class CreditRow:
    """One step of a service-credit table: when a target is missed by this much, this credit."""

    shortfall: str = ""
    """The condition, e.g. ``Availability below 99.5 % but at least 99.0 %``."""
    credit_percent: Decimal | None = None
    """The credit, as a share of the monthly charge for the service."""


@dataclass
class ClauseWording:
    """A clause version's wording in one more language than English."""

    title: str = ""
    """Empty: the English title."""
    text: str = ""
    shortfalls: list[str] = field(default_factory=list)
    """Service credits: each step's condition, in the order of the steps (empty: English)."""

    def is_written(self) -> bool:
        """Whether there is a text in this language (a title alone does not make a clause)."""
        return bool(self.text.strip())


@dataclass
class ClauseForm:
    """The editable clause: its topic, title, current text, and for which kinds it is the default."""

    topic: ClauseTopic = ClauseTopic.AMENDMENT
    title: str = ""
    text: str = ""
    default_for: list[AgreementKind] = field(default_factory=list)
    credits: list[CreditRow] = field(default_factory=list)
    """Service credits only: the steps of the table."""
    credit_cap_percent: Decimal | None = None
    """Service credits only: the most a month's credits may add up to, as a share of its charge."""
    translations: dict[str, ClauseWording] = field(default_factory=dict)
    """Its wording in German and French (by ``DocumentLanguage`` value); English is above."""

    def wording(self) -> tuple[str, list[tuple[str, str]], str, dict[str, dict[str, object]]]:
        """What a version holds: the text, the credit steps, the cap and the translations, comparable."""
        cap = "" if self.credit_cap_percent is None else str(self.credit_cap_percent)
        return (self.text.strip(), [(r.shortfall.strip(), str(r.credit_percent)) for r in self.credits], cap,
                stored_translations(self.translations))


def stored_translations(translations: dict[str, ClauseWording]) -> dict[str, dict[str, object]]:
    """The translations as a version stores them: only those with a text, trimmed."""
    return {language: {"title": w.title.strip(), "text": w.text.strip(),
                       "shortfalls": [s.strip() for s in w.shortfalls]}
            for language, w in sorted(translations.items()) if w.is_written()}


def read_translations(stored: dict[str, dict[str, object]] | None) -> dict[str, ClauseWording]:
    """The translations of a stored version."""
    out = {}
    for language, values in (stored or {}).items():
        shortfalls = values.get("shortfalls") or []
        out[language] = ClauseWording(str(values.get("title") or ""), str(values.get("text") or ""),
                                      [str(s) for s in shortfalls] if isinstance(shortfalls, list) else [])
    return out


def clause_problems(form: ClauseForm) -> Problems:
    """Field messages for a clause; empty when it can be saved."""
    problems: Problems = {}
    check_text(problems, "title", form.title, label=translatable("The title"), required=True, max_length=NAME_MAX,
               single_line=True)
    check_text(problems, "text", form.text, label=translatable("The text"), required=True)
    if not isinstance(form.topic, ClauseTopic):
        problems["topic"] = translatable("Choose what the clause is about.")
    for language, wording in form.translations.items():
        if language not in DocumentLanguage._value2member_map_ or language == DocumentLanguage.ENGLISH:
            problems["translations"] = translatable("A clause is translated into German and French only.")
        elif wording.title.strip() and not wording.text.strip():
            problems[f"translations.{language}.text"] = translatable("Write the translated text, or clear its title.")
        elif len(wording.title.strip()) > NAME_MAX or "\n" in wording.title.strip():
            problems[f"translations.{language}.title"] = translatable(
                "The translated title must be one line of at most 200 characters.")
    if form.topic is not ClauseTopic.SERVICE_CREDITS:
        if form.credits or form.credit_cap_percent is not None:
            problems["credits"] = translatable("Only a service-credit clause has a table of credits.")
        return problems
    if not form.credits:
        problems["credits"] = translatable("A service-credit clause needs at least one step in its table.")
    if len(form.credits) > CREDIT_ROWS_MAX:
        problems["credits"] = translatable("A service-credit table has at most {limit} steps.", limit=CREDIT_ROWS_MAX)
    for index, row in enumerate(form.credits):
        check_text(problems, f"credits.{index}.shortfall", row.shortfall, label=translatable("The condition"),
                   required=True, max_length=300, single_line=True)
        if not _percent(row.credit_percent, allow_zero=False):
            problems.setdefault(f"credits.{index}.credit_percent",
                                "The credit must be a share of the charge above 0 and at most 100 %.")
    if form.credit_cap_percent is None:
        problems["credit_cap_percent"] = translatable("Say the most a month's credits may add up to (the cap).")
    elif not _percent(form.credit_cap_percent, allow_zero=False):
        problems["credit_cap_percent"] = translatable("The cap must be a share of the charge above 0 and at most 100 %.")
    elif any(_percent(r.credit_percent, allow_zero=False) and r.credit_percent is not None
             and r.credit_percent > form.credit_cap_percent for r in form.credits):
        problems["credit_cap_percent"] = translatable("The cap must be at least as large as every credit in the table.")
    return problems


def _percent(value: Decimal | None, *, allow_zero: bool) -> bool:
    try:
        number = Decimal(value) if value is not None else None
    except (InvalidOperation, TypeError, ValueError):
        return False
    if number is None or not number.is_finite():
        return False
    return (number >= 0 if allow_zero else number > 0) and number <= 100
