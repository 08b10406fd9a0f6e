"""Real processes racing over one database, on both engines: decisions lock what they check (DESIGN §11).

A handful of trials each (``scripts/race_trials.py`` runs a hundred); see ``tests.races``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bwi_vouchers.storage.database import Database
from tests.conftest import World
from tests.races import Races, Tally, first_logins

pytestmark = pytest.mark.both_engines
TRIALS = 3


def check(tally: Tally) -> None:
    assert tally.trials == TRIALS
    assert (tally.violations, tally.errors) == (0, 0), tally.examples


@pytest.mark.parametrize("name", ["approve_approve", "same_company", "approve_reject", "first_of_year"])
def test_decisions_race(world: World, db_engine: str, name: str) -> None:
    races = Races(world.database, db_engine)
    tally = Tally(name, db_engine)
    for _ in range(TRIALS):
        getattr(races, name)(tally)
    check(tally)


def test_import_while_moving(world: World, db_engine: str, tmp_path: Path) -> None:
    races = Races(world.database, db_engine)
    tally = Tally("import_while_moving", db_engine)
    for _ in range(TRIALS):
        races.import_while_moving(tally, tmp_path)
    check(tally)


def test_two_first_logins(empty_url: str, db_engine: str, tmp_path: Path,
                          request: pytest.FixtureRequest) -> None:
    url = "sqlite:///" + str(tmp_path / "fresh.db") if db_engine == "sqlite" else empty_url
    database = Database.open(url)
    try:
        tally = Tally("first_logins", db_engine)
        for _ in range(TRIALS):
            first_logins(database, tally)
        check(tally)
    finally:
        database.dispose()
