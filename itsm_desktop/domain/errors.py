"""Typed errors raised by the domain and the services layer."""

from __future__ import annotations

from collections.abc import Mapping

from .translatable import Word, translatable


class ItsmError(Exception):
    """Base of every error the application reports to a user as a sentence."""


class ValidationError(ItsmError):
    """One or more rules were broken; ``fields`` maps a field name to a human sentence.

    The special key ``""`` holds messages that belong to the record as a whole.
    """

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("; ".join(self.fields.values()) or "The record is not valid.")


class ConflictError(ItsmError):
    """A save was based on a stale version: someone else changed the record first."""

    def __init__(self, entity: str, record_id: int, expected: int, actual: int | None) -> None:
        self.entity, self.record_id, self.expected, self.actual = entity, record_id, expected, actual
        record = Word(entity.replace("_", " "))  # the record's kind, a marked noun ("service")
        if actual is None:
            message = translatable("The {record} was deleted by someone else; nothing was saved.", record=record)
        else:
            message = translatable("The {record} was changed by someone else since you opened it "
                                   "(version {expected} → {actual}); nothing was saved.",
                                   record=record, expected=expected, actual=actual)
        super().__init__(message)


class NotFoundError(ItsmError):
    """The asked-for record does not exist."""


class InUseError(ItsmError):
    """A record cannot be deleted because something still refers to it."""

    def __init__(self, message: str, *, can_retire: bool = False) -> None:
        self.can_retire = can_retire
        super().__init__(message)


class TransitionError(ValidationError):
    """A lifecycle transition that is not allowed from the current state."""

    def __init__(self, message: str) -> None:
        super().__init__({"status": message})
