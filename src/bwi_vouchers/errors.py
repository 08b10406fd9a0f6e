"""Typed errors: what the user did or what the data allows (shown), never our bugs.

Each error carries a ``code`` and ``params``; ``bwi_vouchers.texts`` turns them into German or English
words. ``str(error)`` gives the German sentence so that a log or the command line reads well.
"""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


class BwiError(Exception):
    """Refused for a reason the user can act on."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = {k: v for k, v in params.items()}
        super().__init__(code)

    def message(self, language: str = "de") -> str:
        from bwi_vouchers.texts import error_text

        return error_text(self.code, self.params, language)

    def __str__(self) -> str:
        return self.message("de")


class ValidationError(BwiError):
    """An input value is wrong; ``field`` names where."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class InvalidFields(ValidationError):
    """Several input values are wrong at once; ``problems`` holds one ``ValidationError`` per field (the first
    one is this error's own field and code, so code that knows only ``ValidationError`` still shows that one)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.field, first.code, **{k: v for k, v in first.params.items() if k != "field"})
        self.problems = tuple(problems)


class NotFoundError(BwiError):
    """A record named by the user does not exist."""


class WorkCancelled(BwiError):
    """The user cancelled long work; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class ConflictError(BwiError):
    """Somebody else changed the record first, or it already exists."""


class RetryableConflict(ConflictError):
    """The database broke off the transaction for a concurrent one (deadlock, serialization failure, a key taken
    a moment earlier): nothing of it was written, so the whole unit of work may run again."""


class PermissionDenied(BwiError):
    """The acting user may not do this (role, four-eyes principle)."""


class TransitionRefused(BwiError):
    """The lifecycle does not allow this step now."""


class MissingRecord(BwiError):
    """A row that the data say must exist is not there (a damaged or hand-edited database)."""


def present(value: T | None, what: str) -> T:
    """``value``, or :class:`MissingRecord` naming ``what`` — a real check where an ``assert`` would vanish
    under ``python -O``."""
    if value is None:
        raise MissingRecord("record_missing", what=what)
    return value
