"""Plain DB-API connections for the tests, with sqlite3's habits on both engines (``World.raw()``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from bwi_vouchers.storage.database import Database


def connect(database: Database) -> Raw:
    """A plain connection to the same database as ``database`` (sqlite3 for a file, psycopg for PostgreSQL)."""
    if database.is_sqlite:
        path = database.sqlite_path()
        assert path is not None, "raw() needs a file database"
        return Raw(sqlite3.connect(str(path)), sqlite3.Error, postgres=False)
    return connect_to(database.engine.url.render_as_string(hide_password=False))


def connect_to(db: Path | str) -> Raw:
    """A plain connection to an SQLite file (a path) or a PostgreSQL database (its SQLAlchemy URL)."""
    if isinstance(db, Path):
        return Raw(sqlite3.connect(str(db)), sqlite3.Error, postgres=False)
    import psycopg

    url = make_url(db).set(drivername="postgresql")
    return Raw(psycopg.connect(url.render_as_string(hide_password=False)), psycopg.Error, postgres=True)


def table_names(raw: Raw) -> list[str]:
    """The database's tables, sorted (PostgreSQL: those of the schema ``public``)."""
    sql = ("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1" if raw.postgres
           else "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    return [name for (name,) in raw.execute(sql).fetchall()]


class Row(tuple):  # type: ignore[type-arg]
    """A row read by index or by column name, like ``sqlite3.Row``."""

    names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self.names.index(key))
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self.names)


def _named_rows(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    names = tuple(d.name for d in cursor.description or ())

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row.names = names
        return row

    return make


class Raw:
    """``execute`` returns a cursor, ``?`` marks a parameter, ``row_factory = sqlite3.Row`` gives rows read by
    name, and ``with`` commits (or rolls back) and closes. ``Error`` is the driver's base exception."""

    def __init__(self, connection: Any, error: type[Exception], *, postgres: bool) -> None:
        self.connection = connection
        self.Error = error
        self.postgres = postgres

    @property
    def row_factory(self) -> Any:
        return self.connection.row_factory

    @row_factory.setter
    def row_factory(self, factory: Any) -> None:
        if self.postgres and factory is sqlite3.Row:
            factory = _named_rows
        self.connection.row_factory = factory

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> Any:
        cursor = self.connection.cursor()
        if not self.postgres:
            cursor.execute(sql, tuple(parameters))
        elif parameters:
            cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(parameters))
        else:
            cursor.execute(sql)  # without parameters psycopg takes the text as it is (``LIKE '%x%'``)
        return cursor

    def commit(self) -> None:
        self.connection.commit()

    def rollback(self) -> None:
        self.connection.rollback()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Raw:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        try:
            if kind is None:
                self.connection.commit()
            else:
                self.connection.rollback()
        finally:
            self.connection.close()
