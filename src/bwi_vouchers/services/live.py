"""Other people's changes, as they happen: a feed of ``Changes`` made by other programs on the same database.

Each open window shows what colleagues change within two seconds (DESIGN §11). The feed turns what the
engine tells (``storage.live``) into the same ``Changes`` that an operation of this program returns, so a
view has one way to refresh, whoever changed the data:

- **PostgreSQL**: every writing transaction of every program (desktop and command line) sends, just before
  it commits, what it changed — kinds and ids as compact JSON, or only the kinds when the ids would not fit
  into PostgreSQL's 8000 bytes — with its program's ``origin`` (``announce_commits``, installed by
  ``Services``). The feed listens and leaves out its own program's messages. When the listening connection
  is lost it connects again quietly (logged), and then reports "anything may have changed", since messages
  sent meanwhile are lost.
- **SQLite**: the feed polls ``PRAGMA data_version`` once a second and, when someone else committed, reads
  their new audit events, ledger entries and letters: the applications, companies, budget lines … they name,
  and who made them. A change that no such row explains is "anything may have changed".

The feed runs on a thread of its own (``ChangeFeed``), never on the desktop's GUI thread; it hands each batch
to a callback, which the desktop turns into its change signal on the GUI thread (``ui.live``).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bwi_vouchers.services.changes import Changes, Kind, Touched
from bwi_vouchers.storage import live
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.tracking import RowChange

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: How often SQLite is asked, and how long a PostgreSQL wait lasts before the feed looks whether to stop.
INTERVAL = 1.0
#: PostgreSQL refuses a notification's payload of 8000 bytes or more.
PAYLOAD_LIMIT = 7999
#: Waits before connecting again after the listening connection was lost: 1, 2, 4 … at most 10 seconds.
RETRY_MAX = 10.0


@dataclass(frozen=True)
class RemoteChanges:
    """What other programs changed, and who: per audit event its login and the application it names."""

    changes: Changes
    authors: tuple[tuple[str, int | None], ...] = ()

    @property
    def users(self) -> frozenset[str]:
        """Everyone who made these changes, as the audit trail names them (empty: not known)."""
        return frozenset(login for login, _application in self.authors)

    def users_of(self, application_id: int) -> frozenset[str]:
        """Who changed this application (everyone who changed anything, when no audit event names it)."""
        named = frozenset(login for login, application in self.authors if application == application_id)
        return named or self.users


Deliver = Callable[[RemoteChanges], None]


# PostgreSQL: saying what changed -----------------------------------------------------------------------
class _Announcer:
    """A commit listener of a PostgreSQL database: each transaction tells the listeners what it changed."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def before_commit(self, session: Session, rows: frozenset[RowChange]) -> None:
        changes = Changes.of(rows)
        if changes:
            live.notify(session, message(self.origin, changes))

    def after_commit(self) -> None:
        """Nothing: the server delivers the message at the commit."""


def announce_commits(database: Database) -> None:
    """On PostgreSQL, make every writing transaction of this program tell other programs what it changed."""
    if database.engine.dialect.name != "postgresql":
        return
    if not any(isinstance(listener, _Announcer) for listener in database.commit_listeners):
        database.commit_listeners.append(_Announcer(database.origin))


def message(origin: str, changes: Changes) -> str:
    """The compact JSON of a notification: origin, kinds with their ids (only the kinds when too long)."""
    full = {"o": origin, "t": _plain(changes.touched), "a": _plain(changes.added)}
    text = json.dumps(full, separators=(",", ":"))
    if len(text.encode()) <= PAYLOAD_LIMIT:
        return text
    kinds_only = {"o": origin, "t": {kind.value: None for kind in changes.touched},
                  "a": {kind.value: None for kind in changes.added}}
    return json.dumps(kinds_only, separators=(",", ":"))


def read_message(text: str) -> tuple[str, Changes]:
    """The origin and the ``Changes`` of a notification (anything unreadable: everything may have changed)."""
    try:
        data = json.loads(text)
        return str(data["o"]), Changes(_kinds(data["t"]), _kinds(data.get("a", {})))
    except (ValueError, KeyError, TypeError) as error:  # a newer program's kind, or a message not of ours
        log.warning("A change notification not understood (%s): %.200s", error, text)
        return "", Changes.everything()


def _plain(touched: Touched) -> dict[str, list[int | str] | None]:
    return {kind.value: None if ids is None else sorted(ids, key=str) for kind, ids in touched.items()}


def _kinds(data: dict[str, list[int | str] | None]) -> dict[Kind, frozenset[int | str] | None]:
    return {Kind(kind): None if ids is None else frozenset(ids) for kind, ids in data.items()}


# SQLite: what the new rows say ----------------------------------------------------------------------------
#: An audited entity: its table (as ``services.changes.TABLES`` maps tables to kinds) and key column.
ENTITIES = {
    "application": ("application", "id"), "measure": ("measure", "id"), "company": ("company", "id"),
    "cluster": ("cluster", "id"), "theme": ("theme", "code"), "region": ("region", "code"),
    "budget_line": ("budget_line", None), "user": ("app_user", None), "programme_version": ("programme_version", None),
}
CREATED = ("created", "created_first_user")


def changes_of(written: live.Written) -> Changes:
    """The ``Changes`` that new audit events, ledger entries and letters of other programs stand for."""
    if written.unexplained:
        return Changes.everything()
    return Changes.of(_rows(written))


def _rows(written: live.Written) -> Iterable[RowChange]:
    for event in written.audit:
        place = ENTITIES.get(event.entity)
        if place is None:  # an import, or what a newer program audits: better every view reloads
            yield RowChange(f"audited:{event.entity}", None)
            continue
        table, column = place
        key = event.record_id if event.entity in ("application", "measure") else _number(event.entity_id)
        new = event.action in CREATED
        yield RowChange(table, None if column is None or key is None else ((column, key),), new)
        if event.action.startswith("document:") and key is not None:
            yield RowChange("generated_document", (("application_id", key),))
    for event_id in written.audit_ids:
        yield RowChange("audit_event", (("id", event_id),), new=True)
    for line, application in written.ledger:
        yield RowChange("ledger_entry", (("budget_line_id", line),), new=True)
        if application is not None:
            yield RowChange("application", (("id", application),))
    for application in written.documents:
        yield RowChange("generated_document", (("application_id", application),), new=True)


def authors(events: Iterable[live.AuditRow]) -> tuple[tuple[str, int | None], ...]:
    """Who made each audit event, and the application it names (None: another record)."""
    return tuple((event.user, event.record_id if event.entity == "application" else None) for event in events)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


# the feed --------------------------------------------------------------------------------------------
class ChangeFeed:
    """Watches the database on a thread of its own and hands what other programs changed to ``deliver``.

    ``start`` takes the database's present state as the starting point; ``stop`` ends the thread and closes
    its connection (always call it: at the end of the program, or of a test)."""

    def __init__(self, database: Database, *, interval: float = INTERVAL) -> None:
        self.database = database
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sqlite: live.SqliteWatch | None = None
        self._pg: live.PgListen | None = None
        #: Set once the feed hears what others commit (PostgreSQL: once its connection listens).
        self.listening = threading.Event()

    @property
    def supported(self) -> bool:
        """Whether there can be other programs on this database (not on an in-memory SQLite one)."""
        return self.database.engine.dialect.name == "postgresql" or self.database.sqlite_path() is not None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def listener(self) -> live.PgListen | None:
        """The PostgreSQL listener (tests end its connection to see that the feed comes back)."""
        return self._pg

    def start(self, deliver: Deliver) -> None:
        if self._thread is not None or not self.supported:
            return
        self._stop.clear()
        self.listening.clear()
        if self.database.engine.dialect.name == "postgresql":
            self._pg = live.PgListen(self.database.engine)  # connects on its thread: no wait for the server here
            run: Callable[[Deliver], None] = self._listen
        else:
            self._sqlite = live.SqliteWatch(self.database)  # the starting point: the file as it is now
            self.listening.set()
            run = self._poll
        self._thread = threading.Thread(target=run, args=(deliver,), name="bwi-change-feed", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._pg is not None:
            self._pg.wake()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("The change feed did not stop within %s s", timeout)
        self._thread = None
        for watch in (self._sqlite, self._pg):
            if watch is not None:
                watch.close()
        self._sqlite = self._pg = None

    def _poll(self, deliver: Deliver) -> None:
        watch = self._sqlite
        assert watch is not None
        failing = False
        while not self._stop.wait(self.interval):
            try:
                written = watch.poll()
            except Exception:  # noqa: BLE001 - e.g. the file locked for long: logged once, asked again next time
                if not failing:
                    log.exception("Looking for other people's changes failed; trying again")
                failing = True
                continue
            if failing:
                log.info("Looking for other people's changes works again")
                failing = False
            if written is not None:
                self._deliver(deliver, RemoteChanges(changes_of(written), authors(written.audit)))

    def _listen(self, deliver: Deliver) -> None:
        listen = self._pg
        assert listen is not None
        retry, lost = 0.0, False
        while not self._stop.is_set():
            try:
                if not listen.connected:
                    listen.connect()
                    self.listening.set()
                texts = listen.wait(self.interval)
            except Exception as error:  # noqa: BLE001 - lost, or the server still away: logged, tried again
                if not lost:
                    log.warning("The connection that hears other people's changes is lost; connecting again: %s",
                                str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__)
                lost, retry = True, min(RETRY_MAX, retry * 2 or 1.0)
                self._stop.wait(retry)
                continue
            if lost:
                log.info("Hearing other people's changes again")
                lost, retry = False, 0.0
                self._deliver(deliver, RemoteChanges(Changes.everything()))  # what was said meanwhile is lost
            remote = self._heard(texts)
            if remote is not None:
                self._deliver(deliver, remote)

    def _heard(self, texts: list[str]) -> RemoteChanges | None:
        changes = Changes()
        for text in texts:
            origin, said = read_message(text)
            if origin != self.database.origin:
                changes = changes | said
        if not changes:
            return None
        audit = changes.ids(Kind.AUDIT)
        return RemoteChanges(changes, authors(live.audit_rows(self.database, audit)) if audit else ())

    def _deliver(self, deliver: Deliver, remote: RemoteChanges) -> None:
        if self._stop.is_set():
            return
        try:
            deliver(remote)
        except Exception:  # noqa: BLE001 - the receiver's bug must not end the feed
            log.exception("Handing on other people's changes failed")
