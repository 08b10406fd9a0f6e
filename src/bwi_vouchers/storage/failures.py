"""What a database driver's error means for the user: one typed error with a German message, never its text.

Conflicts between concurrent transactions (a deadlock, a serialization failure, a unique key someone else took
a moment earlier) are ``RetryableConflict``: the transaction was rolled back as a whole, so the unit of work may
simply run again (``Database.retrying``). A lost connection or a server that cannot be reached is
``connection_lost`` (nothing was written) or ``connection_lost_commit`` (lost while committing: the database
did all or nothing, but which one only a reload shows).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, IntegrityError

from bwi_vouchers.errors import BwiError, ConflictError, RetryableConflict

log = logging.getLogger(__name__)

#: PostgreSQL's SQLSTATE codes (Appendix A of its manual) and what they mean here.
SERIALIZATION_FAILURE, DEADLOCK = "40001", "40P01"
UNIQUE_VIOLATION = "23505"
LOCK_NOT_AVAILABLE, QUERY_CANCELED = "55P03", "57014"
CONNECTION_CLASS = "08"  # connection exceptions
SHUTDOWN_STATES = ("57P01", "57P02", "57P03")  # admin shutdown, crash shutdown, cannot connect now


def _sqlstate(error: BaseException | None) -> str | None:
    state = getattr(error, "sqlstate", None)
    return state if isinstance(state, str) else None


def _sqlite_name(error: BaseException | None) -> str:
    return str(getattr(error, "sqlite_errorname", "") or "")


def translate(exc: DBAPIError, *, committing: bool = False) -> BwiError | None:
    """The user's error for a driver error, or None when it is none of the known kinds (a bug, or damage that
    the caller looks at itself). The driver's text goes to the log only."""
    original = exc.orig
    state = _sqlstate(original)
    name = _sqlite_name(original)
    text = str(original).lower()
    found: BwiError | None = None
    if exc.connection_invalidated or (state is not None and (state.startswith(CONNECTION_CLASS)
                                                             or state in SHUTDOWN_STATES)):
        found = BwiError("connection_lost_commit" if committing else "connection_lost")
    elif state in (SERIALIZATION_FAILURE, DEADLOCK):
        found = RetryableConflict("deadlock")
    elif state == UNIQUE_VIOLATION or name.startswith("SQLITE_CONSTRAINT_UNIQUE") \
            or name.startswith("SQLITE_CONSTRAINT_PRIMARYKEY"):
        found = RetryableConflict("duplicate")
    elif state in (LOCK_NOT_AVAILABLE, QUERY_CANCELED) or name.startswith("SQLITE_BUSY") \
            or name.startswith("SQLITE_LOCKED") or "database is locked" in text:
        found = ConflictError("database_busy")
    elif isinstance(exc, IntegrityError):
        found = ConflictError("integrity")
    elif state is None and _is_postgresql(exc) and exc.__class__.__name__ in ("OperationalError", "InterfaceError"):
        # psycopg reports a refused or broken connection without an SQLSTATE
        found = BwiError("connection_lost_commit" if committing else "connection_lost")
    if found is not None:
        log.info("Database error shown as %s: %s", found.code, original)
    return found


def opening_problem(exc: DBAPIError) -> str | None:
    """Why a database server could not be opened, as a message code: ``database_missing`` (the server runs, the
    database named in the URL does not exist), ``server_unreachable`` (no server answers: it is down, the name
    or port is wrong, the network is broken); None for anything else."""
    state = _sqlstate(exc.orig)
    message = str(exc.orig)
    # psycopg gives a refused connection no SQLSTATE: the server's FATAL text is all there is
    if state == "3D000" or (state is None and "database" in message and "does not exist" in message):
        return "database_missing"
    if (state is not None and (state.startswith(CONNECTION_CLASS) or state in SHUTDOWN_STATES)) or (
            state is None and _is_postgresql(exc) and exc.__class__.__name__ == "OperationalError"):
        return "server_unreachable"
    return None


def _is_postgresql(exc: DBAPIError) -> bool:
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    return module.startswith("psycopg")
