"""The change feed's engine parts: what other programs write to the same database, seen from this one.

**SQLite** has no notifications. ``SqliteWatch`` keeps one connection of its own and asks it for ``PRAGMA
data_version`` (a number that moves whenever another connection has committed a write); only when it moved
does it read what is new, from three append-only tables whose ids only grow: the audit trail (every change
of a record: entity, which one, who), the ledger (budget lines and applications booked) and the letters
made. Rows that this program wrote itself are known from its own commits (``Database.commit_listeners``)
and left out. A move of ``data_version`` that no new row of someone else explains, while this program did
not write either, is reported as ``unexplained`` (a write without an audit event): the caller treats it as
"anything may have changed".

**PostgreSQL** tells: every writing transaction sends ``pg_notify`` on the channel ``bwi_changes`` just
before it commits (``services.live`` builds the message: what changed, and this program's ``origin``), and
the server delivers it at the commit, to every connection that listens. ``PgListen`` listens on a
connection of its own (taken out of the engine's pool, so it authenticates as the program does) and waits
on its socket; when the connection is lost it says so, and is connected again on the next wait.

Neither class starts a thread: ``services.live.ChangeFeed`` runs them.
"""

from __future__ import annotations

import logging
import select as io_select
import socket
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, func, select, text
from sqlalchemy.orm import Session

from bwi_vouchers.storage.engine import BUSY_TIMEOUT_MS
from bwi_vouchers.storage.models import Application, AuditEvent, Measure
from bwi_vouchers.storage.tracking import RowChange

log = logging.getLogger(__name__)

CHANNEL = "bwi_changes"
#: The tables whose new rows say what others changed; their ids only grow (append-only, or nearly so).
MARKED = ("audit_event", "ledger_entry", "generated_document")
#: More new rows than this in one poll: report "anything may have changed" instead of listing them.
MOST_ROWS = 2000


@dataclass(frozen=True)
class AuditRow:
    entity: str
    entity_id: str
    action: str
    user: str
    record_id: int | None  # the application's or measure's id, found from its reference or code


@dataclass(frozen=True)
class Written:
    """What other programs wrote since the last look (SQLite)."""

    audit: tuple[AuditRow, ...] = ()
    audit_ids: tuple[int, ...] = ()
    ledger: tuple[tuple[int, int | None], ...] = ()  # (budget line, application) of new ledger entries
    documents: tuple[int, ...] = ()  # the applications of new letters
    unexplained: bool = False  # the database changed, but no new row says how (treat as: anything may have)


class SqliteWatch:
    """Polls an SQLite database file for other connections' commits (see the module's docstring).

    Build it, call ``poll()`` from one thread (not necessarily the builder's), ``close()`` at the end."""

    def __init__(self, database: Any) -> None:
        path: Path | None = database.sqlite_path()
        if path is None:
            raise ValueError("the change feed needs an SQLite file (an in-memory database has no other writers)")
        self._database = database
        self._lock = threading.Lock()
        self._own: set[tuple[str, int]] = set()  # ids of marked rows written here and not yet passed
        self._writes = 0  # this program's commits begun …
        self._writing = 0  # … and still running
        self._connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                           check_same_thread=False)
        self._connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._version = self._data_version()
        self._marks = {table: self._max_id(table) for table in MARKED}
        self._seen_writes, self._was_writing = 0, False
        database.commit_listeners.append(self)

    # this program's own commits (called on the writing thread) ----------------------------------------
    def before_commit(self, session: Session, rows: frozenset[RowChange]) -> None:
        with self._lock:
            self._writes += 1
            self._writing += 1
            for row in rows:
                if row.table in MARKED and row.keys is not None and isinstance(row.key("id"), int):
                    self._own.add((row.table, row.key("id")))

    def after_commit(self) -> None:
        with self._lock:
            self._writing -= 1

    # polling (the feed's thread) -------------------------------------------------------------------
    def poll(self) -> Written | None:
        """What others wrote since the last poll, or None when nothing (of theirs) is known to have changed."""
        with self._lock:
            writes, writing = self._writes, self._writing > 0
        # One read transaction: the version and the rows read belong to the same state of the file.
        self._connection.execute("BEGIN")
        try:
            version = self._data_version()
            if version == self._version:
                self._seen_writes, self._was_writing = writes, writing
                return None
            found = {table: self._new_rows(table) for table in MARKED}
        finally:
            self._connection.execute("COMMIT")
        # A commit of ours may have begun before the last poll and ended after it: still ours.
        wrote_here = writes != self._seen_writes or writing or self._was_writing
        self._version, self._seen_writes, self._was_writing = version, writes, writing
        if any(rows is None for rows in found.values()):
            return Written(unexplained=True)  # very many: a bulk write, an import
        with self._lock:
            own = self._own
            others = {table: [row for row in rows or [] if (table, row[0]) not in own] for table, rows in found.items()}
            self._own = {(table, key) for table, key in own if key > self._marks[table]}
        audit = others["audit_event"]
        written = Written(
            audit=tuple(AuditRow(entity, str(entity_id), action, user, record) for _id, entity, entity_id, action,
                        user, record in audit),
            audit_ids=tuple(row[0] for row in audit),
            ledger=tuple((line, application) for _id, line, application in others["ledger_entry"]),
            documents=tuple(application for _id, application in others["generated_document"]),
        )
        if written.audit_ids or written.ledger or written.documents:
            return written
        return None if wrote_here else Written(unexplained=True)

    def close(self) -> None:
        if self in self._database.commit_listeners:
            self._database.commit_listeners.remove(self)
        self._connection.close()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _max_id(self, table: str) -> int:
        return int(self._connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])  # noqa: S608

    def _new_rows(self, table: str) -> list[tuple[Any, ...]] | None:
        """The table's rows since the last look (None: more than ``MOST_ROWS``); moves the mark past them."""
        query = NEW_ROWS[table]
        with closing(self._connection.execute(query, (self._marks[table], MOST_ROWS + 1))) as cursor:
            rows = cursor.fetchall()
        if rows:
            self._marks[table] = max(self._marks[table], *(int(row[0]) for row in rows))
        if len(rows) > MOST_ROWS:
            self._marks[table] = self._max_id(table)
            return None
        return rows


NEW_ROWS = {
    "audit_event": """
        SELECT e.id, e.entity, e.entity_id, e.action, e.user_login, coalesce(a.id, m.id)
        FROM audit_event e
        LEFT JOIN application a ON e.entity = 'application' AND a.reference = e.entity_id
        LEFT JOIN measure m ON e.entity = 'measure' AND m.code = e.entity_id
        WHERE e.id > ? ORDER BY e.id LIMIT ?""",
    "ledger_entry": "SELECT id, budget_line_id, application_id FROM ledger_entry WHERE id > ? ORDER BY id LIMIT ?",
    "generated_document": "SELECT id, application_id FROM generated_document WHERE id > ? ORDER BY id LIMIT ?",
}


class ConnectionLost(Exception):
    """The listening connection went away (the server restarted, the network dropped); the next wait
    connects again."""


class PgListen:
    """LISTENs on the channel ``bwi_changes`` on a connection of its own; ``wait`` returns the messages."""

    def __init__(self, engine: Engine, channel: str = CHANNEL) -> None:
        self._engine = engine
        self._channel = channel
        self._raw: Any = None  # the pool's wrapper of the listening connection, detached from the pool
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)

    @property
    def connected(self) -> bool:
        return self._raw is not None

    @property
    def backend_pid(self) -> int | None:
        """The server process serving the listening connection (tests end it to try a lost connection)."""
        return None if self._raw is None else int(self._raw.dbapi_connection.info.backend_pid)

    def connect(self) -> None:
        """Connect and LISTEN (raises the driver's error when the server cannot be reached)."""
        self._disconnect()
        raw = self._engine.raw_connection()
        try:
            raw.detach()  # it belongs to the feed now, and is closed for real at the end
            connection: Any = raw.dbapi_connection
            connection.rollback()
            connection.autocommit = True
            connection.execute(text_listen(self._channel))
        except BaseException:
            raw.close()
            raise
        self._raw = raw

    def wait(self, timeout: float) -> list[str]:
        """The messages that arrive within ``timeout`` seconds (fewer when ``wake`` is called); connects first
        when not connected. Raises ``ConnectionLost`` when the connection went away."""
        if self._raw is None:
            self.connect()
        pgconn = self._raw.dbapi_connection.pgconn
        messages = self._received(pgconn)
        if messages:
            return messages
        ready, _, _ = io_select.select([pgconn.socket, self._wake_read], [], [], timeout)
        if self._wake_read in ready:
            self._drain_wake()
        return self._received(pgconn) if pgconn.socket in ready else []

    def wake(self) -> None:
        """Let a running ``wait`` return at once (from another thread: at the end)."""
        try:
            self._wake_write.send(b"x")
        except OSError:  # closed already
            pass

    def close(self) -> None:
        self._disconnect()
        self._wake_read.close()
        self._wake_write.close()

    def _received(self, pgconn: Any) -> list[str]:
        try:
            pgconn.consume_input()
        except Exception as error:  # noqa: BLE001 - psycopg's OperationalError: the connection is gone
            self._disconnect()
            raise ConnectionLost(str(error).strip()) from error
        messages = []
        while (notice := pgconn.notifies()) is not None:
            if notice.relname.decode() == self._channel:
                messages.append(notice.extra.decode("utf-8", "replace"))
        return messages

    def _drain_wake(self) -> None:
        try:
            while self._wake_read.recv(64):
                pass
        except (BlockingIOError, OSError):
            pass

    def _disconnect(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            try:
                raw.close()
            except Exception as error:  # noqa: BLE001 - closing a broken connection may fail; it is gone either way
                log.debug("Closing the listening connection failed: %s", error)


def text_listen(channel: str) -> str:
    if not channel.isidentifier():
        raise ValueError(f"not a channel name: {channel!r}")
    return f"LISTEN {channel}"


def notify(session: Session, message: str, channel: str = CHANNEL) -> None:
    """Send a message to the listeners, at the commit of the session's transaction (PostgreSQL)."""
    session.execute(text("SELECT pg_notify(:channel, :message)"), {"channel": channel, "message": message})


def audit_rows(database: Any, ids: frozenset[int | str] | None) -> tuple[AuditRow, ...]:
    """These audit events (of a change another program announced): what they name, and who made them."""
    if not ids:
        return ()
    numbers = sorted(int(key) for key in ids)[:MOST_ROWS]
    query = (
        select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action, AuditEvent.user_login,
               func.coalesce(Application.id, Measure.id))
        .select_from(AuditEvent)
        .outerjoin(Application, and_(AuditEvent.entity == "application", Application.reference == AuditEvent.entity_id))
        .outerjoin(Measure, and_(AuditEvent.entity == "measure", Measure.code == AuditEvent.entity_id))
        .where(AuditEvent.id.in_(numbers)).order_by(AuditEvent.id)
    )
    with database.unit_of_work() as uow:
        return tuple(AuditRow(*row) for row in uow.session.execute(query))
