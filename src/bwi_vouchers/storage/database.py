"""The database handle and the unit of work: one transaction per user action, rolled back unless committed."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import inspect, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bwi_vouchers.errors import BwiError, ConflictError, RetryableConflict
from bwi_vouchers.storage import checks, failures, interrupt, migrate, pg_dump, pg_roles, tracking
from bwi_vouchers.storage.engine import IMMEDIATE, make_engine
from bwi_vouchers.storage.models import AuditEvent
from bwi_vouchers.storage.repositories import Repositories
from bwi_vouchers.storage.seed import ensure_seed, is_seeded

log = logging.getLogger(__name__)
T = TypeVar("T")
#: How often ``Database.retrying`` runs a unit of work that a concurrent one broke off.
RETRY_ATTEMPTS = 4


def _rollback(session: Session) -> None:
    """Roll back; on a connection that is gone, the rollback fails too and the connection is thrown away (the
    next unit of work connects anew)."""
    try:
        session.rollback()
    except DBAPIError:
        log.info("Rollback failed on a lost connection; it is discarded", exc_info=True)
        session.invalidate()


class UnitOfWork(Repositories):
    """The repositories of one transaction. Leaving the ``with`` block without error commits (if writing)."""

    def __init__(self, session: Session, operator: str | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.operator = operator

    def flush(self) -> None:
        self.session.flush()

    def audit(self, *, user: str, entity: str, entity_id: str | int, action: str,
              changes: dict[str, list[Any]], at: datetime, on_behalf_of: str | None = None) -> AuditEvent:
        """An audit event of ``user``; while an admin acts for ``user`` (``Database.operator``), the admin is
        recorded as who acted and ``user`` as on whose behalf ("schulz für fischer")."""
        if on_behalf_of is None and self.operator is not None and self.operator.casefold() != user.casefold():
            user, on_behalf_of = self.operator, user
        return super().audit(user=user, entity=entity, entity_id=entity_id, action=action, changes=changes, at=at,
                             on_behalf_of=on_behalf_of)


def with_password(url: str, password: str | None) -> str:
    """The URL with ``password`` put in (as SQLAlchemy renders it, escaped); the URL itself without one."""
    if password is None:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def shown_name(url: str, sqlite_path: Path | None) -> str:
    """The database as a user names it: an SQLite file's path, else the URL with its password hidden."""
    return str(sqlite_path) if sqlite_path is not None else make_url(url).render_as_string(hide_password=True)


class CommitListener(Protocol):
    """Told of every writing transaction of this program as it commits (the change feed: ``storage.live``)."""

    def before_commit(self, session: Session, rows: frozenset[tracking.RowChange]) -> None:
        """Inside the transaction, its rows written and flushed, just before COMMIT."""

    def after_commit(self) -> None:
        """After COMMIT (or its failure)."""


class Database:
    def __init__(self, url: str, *, echo: bool = False, password: str | None = None) -> None:
        """``password``: for a server that asks for one when the URL has none (kept out of ``url``)."""
        self.url = url
        #: Names this program's writes in the change feed, so that it does not take them for someone else's.
        self.origin = uuid.uuid4().hex[:16]
        self.commit_listeners: list[CommitListener] = []
        self.engine = make_engine(with_password(url, password), echo=echo)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)
        tracking.track(self.engine, self._writer)
        interrupt.watch(self.engine)  # reads no longer wanted can be broken off (``interrupt.reading``)

    @classmethod
    def open(cls, url: str, *, seed: bool = True, password: str | None = None) -> Database:
        """Open, migrate to the newest schema (backing up an existing file first) and add missing seed data
        (``storage.seed``: when the file is new, migrated or lacks seed data).

        An SQLite file is looked at read-only first (``checks.inspect_file``): another program's file or a
        newer program's is refused untouched; a damaged one opens for reading only."""
        database = cls(url, password=password)
        try:
            return database._open(seed)
        except BaseException:
            database.dispose()  # a refused open keeps no connection
            raise

    def _open(self, seed: bool) -> Database:
        path = self.sqlite_path()
        revision = None  # the SQLite file's revision before migrating
        if path is not None:
            state = checks.inspect_file(path, migrate.known_revision)
            self.checked = path.exists() and path.stat().st_size < checks.QUICK_CHECK_LIMIT
            revision = state.revision
            if state.damaged is not None:
                self.damaged = state.damaged
                if state.revision != migrate.HEAD_REVISION:
                    self.refuse_write()  # it would need a migration: a write into a damaged file
                return self
        self.last_backup = migrate.upgrade(self.engine)
        if seed and (path is None or revision != migrate.HEAD_REVISION or not is_seeded(self.engine)):
            with self.unit_of_work(write=True) as uow:
                ensure_seed(uow.session)
        return self

    last_backup: Path | None = None
    #: Set by the desktop: a write that is not part of an operation (``tracking.recording``) is reported in the
    #: log, since no view learns of it.
    writes_are_operations = False
    #: What a check of the file found (None: no damage known). Once set, every write is refused.
    damaged: str | None = None
    #: Whether the whole file was checked when it was opened (a small one is; a large one waits for ``verify``).
    checked = False
    #: The admin who acts for another user (``--user`` on SQLite): every audit event names him as who acted and
    #: the user as on whose behalf (set once by the composition root, ``services.identity``).
    operator: str | None = None

    def session_login(self) -> str | None:
        """The login the server authenticated (PostgreSQL's ``session_user``); None for SQLite."""
        if self.is_sqlite:
            return None
        with self.engine.connect() as connection:
            return str(connection.execute(text("SELECT session_user")).scalar_one())

    def refuse_write(self) -> None:
        path = self.sqlite_path()
        raise BwiError("database_damaged", path=str(path or self.url), detail=self.damaged or "",
                       backups=str(path.parent if path else ""))

    def verify(self) -> str | None:
        """Check the whole file now (``PRAGMA quick_check``, seconds for a large one; Qt-free, for a background
        task at start). Returns what was found; a damaged file refuses every write from then on."""
        path = self.sqlite_path()
        if path is None:
            return None
        found = checks.quick_check(path)
        self.checked = True
        if found is not None:
            self.damaged = found
        return found

    def verify_unless_checked(self) -> None:
        """:meth:`verify` a file that was too large to check when it was opened; a damaged one raises the
        German refusal that points to the backups."""
        if not self.checked and self.verify() is not None:
            self.refuse_write()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def sqlite_path(self) -> Path | None:
        return migrate.sqlite_file(self.engine)

    def shown_name(self) -> str:
        return shown_name(self.url, self.sqlite_path())

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    @contextmanager
    def unit_of_work(self, *, write: bool = False) -> Iterator[UnitOfWork]:
        if write and self.damaged is not None:
            self.refuse_write()
        factory = self._writer if write else self._reader
        session = factory()
        recorder = tracking.active() if write else None
        own_recording = ExitStack()
        if write and recorder is None:
            if self.writes_are_operations:
                log.warning("A write outside an operation: no view learns what it changed", stack_info=True)
            if self.commit_listeners:  # the change feed needs the rows of every write, e.g. the command line's
                recorder = own_recording.enter_context(tracking.recording())
        committing = False
        try:
            uow = UnitOfWork(session, self.operator)
            yield uow
            committing = True
            if write:
                self._commit(session, recorder)
            else:
                session.rollback()
        except StaleDataError as exc:
            _rollback(session)
            raise ConflictError("changed_meanwhile") from exc
        except DBAPIError as exc:
            _rollback(session)
            if exc.orig is not None and checks.is_damage(exc.orig):
                self.damaged = str(exc.orig)
                self.refuse_write()
            refused = pg_roles.refusal(exc.orig)
            if refused is not None:
                raise refused from exc
            found = failures.translate(exc, committing=committing)
            if found is None:
                raise
            raise found from exc
        except BaseException:
            _rollback(session)
            raise
        finally:
            if recorder is not None:
                recorder.rollback()  # nothing pending after a commit; a failed transaction's notes go
            own_recording.close()
            session.close()

    def _commit(self, session: Session, recorder: tracking.Recorder | None) -> None:
        listeners = list(self.commit_listeners)
        if recorder is not None and listeners:
            session.flush()  # every row is noted before the listeners read them
            rows = frozenset(recorder.pending)
            for listener in listeners:
                listener.before_commit(session, rows)
            try:
                session.commit()
            finally:
                for listener in listeners:
                    listener.after_commit()
        else:
            session.commit()
        if recorder is not None:
            recorder.commit()

    def retrying(self, work: Callable[[UnitOfWork], T], *, attempts: int = RETRY_ATTEMPTS) -> T:
        """``work`` in one writing unit of work, run again when the database broke the transaction off for a
        concurrent one (``RetryableConflict``: a deadlock, a serialization failure, a key taken a moment
        earlier) — nothing of a broken-off attempt was written. The last attempt's conflict is raised."""
        for attempt in range(1, attempts + 1):
            try:
                with self.unit_of_work(write=True) as uow:
                    return work(uow)
            except RetryableConflict:
                if attempt == attempts:
                    raise
                log.info("Transaction broken off by a concurrent one; attempt %d of %d", attempt + 1, attempts)
        raise AssertionError("unreachable")

    def backup_to(self, target: Path) -> None:
        """A consistent copy of an SQLite database, written next to the target and then renamed; of a PostgreSQL
        database, a ``pg_dump`` in its custom format (``pg_restore`` reads it)."""
        if self.engine.dialect.name == "postgresql":
            pg_dump.dump(self.engine.url, target)
            return
        path = self.sqlite_path()
        if path is None:
            raise BwiError("backup_sqlite_only")
        migrate.backup_sqlite(path, target)

    def replace_with(self, source: Path) -> None:
        """Put another SQLite database's content in place of this one's, then migrate and seed it.

        The content is copied into the open file with SQLite's backup API in one transaction, so other
        connections (and a crash halfway) see the old or the new database, never a mixture. Check the
        source first (``database_file.inspect_database_file``) and keep a copy of the current one.
        """
        path = self.sqlite_path()
        if path is None:
            raise BwiError("backup_sqlite_only")
        self.engine.dispose()  # no pooled connection keeps an old view of the file
        try:
            migrate.copy_sqlite(source, path)
        except sqlite3.Error as exc:  # e.g. locked by another program: the copy is one transaction, rolled back
            raise BwiError("restore_failed", detail=str(exc)) from exc
        self.engine.dispose()
        self.damaged, self.checked = None, True  # the source was checked whole before it was copied in
        self.last_backup = migrate.upgrade(self.engine)
        with self.unit_of_work(write=True) as uow:
            ensure_seed(uow.session)

    def dispose(self) -> None:
        self.engine.dispose()
