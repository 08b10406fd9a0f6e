"""The change feed: what another program (another connection, another process) commits is seen within the
poll interval; this program's own writes are not reported back to it."""

from __future__ import annotations

import logging
import queue
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.live import PAYLOAD_LIMIT, ChangeFeed, RemoteChanges, message, read_message
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.live import SqliteWatch
from tests.conftest import World

pytestmark = pytest.mark.both_engines

WAIT = 10.0  # seconds at most for a change to arrive (it takes one poll interval, here 0.1 s)


class Heard:
    """What a feed delivered, waited for with a bound."""

    def __init__(self) -> None:
        self.queue: queue.Queue[RemoteChanges] = queue.Queue()
        self.seen: list[RemoteChanges] = []

    def until(self, wanted: Callable[[RemoteChanges], bool], timeout: float = WAIT) -> RemoteChanges:
        """The first delivery (from now on, or seen before) that ``wanted`` accepts; fails after ``timeout``."""
        for remote in self.seen:
            if wanted(remote):
                return remote
        while True:
            try:
                remote = self.queue.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"nothing wanted arrived within {timeout} s; seen: {self.seen}")
            self.seen.append(remote)
            if wanted(remote):
                return remote


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def names_application(app_id: int) -> Callable[[RemoteChanges], bool]:
    def wanted(remote: RemoteChanges) -> bool:
        ids = remote.changes.application_ids
        return ids is not None and app_id in ids
    return wanted


@pytest.fixture
def office(world: World) -> Iterator[tuple[World, int, str, Services]]:
    """A world with a budget, a company and a measure, and a second program (its own Database) on it."""
    world.budget("250000.00")
    company = world.company("Photonik Müller GmbH")
    measure = world.measure("M-2026-001")
    other = Database.open(url_of(world.database))
    yield world, company, measure, Services.build(other, world.clock)
    other.dispose()


@pytest.fixture
def feed(world: World) -> Iterator[tuple[ChangeFeed, Heard]]:
    heard = Heard()
    feed = ChangeFeed(world.database, interval=0.1)
    yield feed, heard
    feed.stop()
    assert not feed.running
    assert not [listener for listener in world.database.commit_listeners if isinstance(listener, SqliteWatch)]


def test_another_programs_change_is_heard_and_our_own_is_not(office, feed) -> None:  # type: ignore[no-untyped-def]
    world, company, measure, other = office
    feed, heard = feed
    feed.start(heard.queue.put)
    assert feed.listening.wait(WAIT)
    assert feed.running
    ours = world.application(company, measure)  # this program's write: not reported back

    theirs = other.applications.create("clerk2", _input(world, company, measure))
    remote = heard.until(names_application(theirs.id))

    assert remote.changes.added_ids(Kind.APPLICATIONS) == {theirs.id}
    assert remote.changes.touches(Kind.AUDIT)
    assert remote.users == {"clerk2"} and remote.users_of(theirs.id) == {"clerk2"}
    for seen in heard.seen:  # ours is never named (only "anything may have changed" could include it)
        ids = seen.changes.application_ids
        assert ids is None or ours.id not in ids

    other.lifecycle.move("clerk2", ours.reference, Status.IN_REVIEW)  # theirs, on our application
    moved = heard.until(names_application(ours.id))
    assert moved.users == {"clerk2"}
    assert not moved.changes.touches(Kind.COMPANIES, Kind.MEASURES)


def test_an_approval_elsewhere_names_the_budget_line(office, feed) -> None:  # type: ignore[no-untyped-def]
    world, company, measure, other = office
    feed, heard = feed
    app = world.application(company, measure)
    world.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    feed.start(heard.queue.put)
    assert feed.listening.wait(WAIT)

    other.lifecycle.move("approver", app.reference, Status.APPROVED)

    remote = heard.until(names_application(app.id))
    assert remote.changes.touches(Kind.BUDGET)
    assert remote.users == {"approver"}


def test_a_process_of_its_own_is_heard(office, feed) -> None:  # type: ignore[no-untyped-def]
    world, company, measure, _other = office
    feed, heard = feed
    app = world.application(company, measure)
    feed.start(heard.queue.put)
    assert feed.listening.wait(WAIT)
    code = ("import sys\n"
            "from bwi_vouchers.services import Services\n"
            "from bwi_vouchers.storage.database import Database\n"
            "services = Services.build(Database.open(sys.argv[1]))\n"
            "services.lifecycle.move('clerk2', sys.argv[2], 'in_review')\n")
    subprocess.run([sys.executable, "-c", code, url_of(world.database), app.reference], check=True, timeout=120)

    assert heard.until(names_application(app.id)).users == {"clerk2"}


def test_a_change_that_no_audit_event_explains_reloads_everything(office, feed) -> None:  # type: ignore[no-untyped-def]
    world, company, measure, _other = office
    if not world.database.is_sqlite:
        pytest.skip("PostgreSQL hears only what programs announce; a hand edit is seen on F5")
    feed, heard = feed
    app = world.application(company, measure)
    feed.start(heard.queue.put)
    assert feed.listening.wait(WAIT)
    with world.raw() as raw:  # past the program: no audit event
        raw.execute("UPDATE application SET requested_amount = ? WHERE id = ?", (100000, app.id))
    remote = heard.until(lambda remote: remote.changes.application_ids is None)
    assert remote.changes == Changes.everything()


def test_a_lost_listening_connection_comes_back(office, feed, caplog) -> None:  # type: ignore[no-untyped-def]
    world, company, measure, other = office
    if world.database.is_sqlite:
        pytest.skip("only PostgreSQL listens on a connection")
    feed, heard = feed
    feed.start(heard.queue.put)
    assert feed.listening.wait(WAIT)
    assert feed.listener is not None
    pid = feed.listener.backend_pid
    with world.raw() as raw, caplog.at_level(logging.INFO, logger="bwi_vouchers.services.live"):
        raw.execute("SELECT pg_terminate_backend(?)", (pid,))
        # The feed notices, connects again and says that anything may have changed meanwhile …
        heard.until(lambda remote: remote.changes == Changes.everything())
    assert feed.listener.backend_pid not in (None, pid)
    assert "lost" in caplog.text and "again" in caplog.text
    # … and hears what is said from then on.
    theirs = other.applications.create("clerk2", _input(world, company, measure))
    heard.until(names_application(theirs.id))


def test_a_long_message_says_only_the_kinds() -> None:
    many = Changes({Kind.APPLICATIONS: frozenset(range(5000)), Kind.AUDIT: frozenset(range(10))},
                   {Kind.APPLICATIONS: frozenset(range(5000))})
    text = message("abc", many)
    assert len(text.encode()) <= PAYLOAD_LIMIT
    origin, changes = read_message(text)
    assert origin == "abc"
    assert changes.application_ids is None and changes.ids(Kind.AUDIT) is None
    assert not changes.touches(Kind.BUDGET)
    few = Changes({Kind.APPLICATIONS: frozenset({3, 4}), Kind.THEMES: frozenset({6})},
                  {Kind.APPLICATIONS: frozenset({4})})
    assert read_message(message("abc", few)) == ("abc", few)


def test_who_changed_an_application_is_told_apart() -> None:
    remote = RemoteChanges(Changes(), authors=(("mueller", 1), ("fischer", 2), ("schulz", None)))
    assert remote.users_of(1) == {"mueller"}
    assert remote.users_of(3) == {"mueller", "fischer", "schulz"}  # no event names it: everyone
    assert RemoteChanges(Changes()).users_of(1) == frozenset()


def test_a_message_not_understood_reloads_everything(caplog) -> None:  # type: ignore[no-untyped-def]
    assert read_message('{"o": "x", "t": {"rockets": [1]}}') == ("", Changes.everything())
    assert "not understood" in caplog.text


def _input(world: World, company: int, measure: str):  # type: ignore[no-untyped-def]
    from bwi_vouchers.services.applications import ApplicationInput
    from bwi_vouchers.services.dto import CostItemInfo

    return ApplicationInput(company_id=company, measure_code=measure, theme_code=6, receipt_date=world.clock.today(),
                            cost_items=(CostItemInfo("Teilnahmegebühr", Decimal("4000.00")),),
                            cluster_id=world.cluster_id(), requested_amount=None)
