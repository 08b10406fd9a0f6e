"""The database handle and the unit of work: one transaction per user action, rolled back unless committed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bwi_vouchers.errors import BwiError, ConflictError
from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.engine import IMMEDIATE, make_engine
from bwi_vouchers.storage.repositories import Repositories
from bwi_vouchers.storage.seed import ensure_seed


class UnitOfWork(Repositories):
    """The repositories of one transaction. Leaving the ``with`` block without error commits (if writing)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session

    def flush(self) -> None:
        self.session.flush()


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, seed: bool = True) -> Database:
        """Open, migrate to the newest schema (backing up an existing file first) and add missing seed data."""
        database = cls(url)
        database.last_backup = migrate.upgrade(database.engine)
        if seed:
            with database.unit_of_work(write=True) as uow:
                ensure_seed(uow.session)
        return database

    last_backup: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def sqlite_path(self) -> Path | None:
        return migrate.sqlite_file(self.engine)

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    @contextmanager
    def unit_of_work(self, *, write: bool = False) -> Iterator[UnitOfWork]:
        factory = self._writer if write else self._reader
        session = factory()
        try:
            uow = UnitOfWork(session)
            yield uow
            if write:
                session.commit()
            else:
                session.rollback()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError("changed_meanwhile") from exc
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError("integrity", detail=str(exc.orig)) from exc
        except OperationalError as exc:
            session.rollback()
            if "locked" in str(exc.orig).lower():
                raise ConflictError("database_busy") from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def backup_to(self, target: Path) -> None:
        """A consistent copy of an SQLite database, written next to the target and then renamed."""
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
        self.last_backup = migrate.upgrade(self.engine)
        with self.unit_of_work(write=True) as uow:
            ensure_seed(uow.session)

    def dispose(self) -> None:
        self.engine.dispose()
