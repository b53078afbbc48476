"""The errors of data exchange, each one sentence for the user."""

from __future__ import annotations

from itsm_desktop.domain.errors import ItsmError


class ExchangeError(ItsmError):
    """A file cannot be read or written as asked (empty, damaged, encrypted, too large …)."""


class ImportRefused(ItsmError):
    """An import was refused whole: nothing was changed. ``problems`` lists row messages."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(p.rstrip(".") for p in problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        super().__init__(f"Nothing was imported: {shown}.")
