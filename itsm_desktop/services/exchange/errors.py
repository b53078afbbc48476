"""The errors of data exchange, each one sentence for the user (a marked sentence: the screens
say it in their language, the command line prints it in English)."""

from __future__ import annotations

from itsm_desktop.domain.errors import ItsmError, ValidationError
from itsm_desktop.domain.translatable import Quantity, joined, translatable

SHOWN_PROBLEMS = 3
"""How many row problems the sentence of a refused import names."""


class ExchangeError(ItsmError):
    """A file cannot be read or written as asked (empty, damaged, encrypted, too large …)."""


class ImportRefused(ItsmError):
    """An import was refused whole: nothing was changed. ``problems`` lists row messages."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = joined(problems[:SHOWN_PROBLEMS], " ")
        more = len(problems) - SHOWN_PROBLEMS
        super().__init__(translatable("Nothing was imported: {problems} … and {more}.", problems=shown,
                                      more=Quantity(more, translatable("more problem"),
                                                    translatable("more problems"))) if more > 0 else
                         translatable("Nothing was imported: {problems}", problems=shown))


def error_sentence(error: BaseException) -> str:
    """The sentence of an error, marked when it was marked: a refused record's rules side by side."""
    if isinstance(error, ValidationError) and error.fields:
        return joined(list(error.fields.values()), "; ")
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)
