"""Run every race of ``tests/races.py`` many times, on SQLite and on a throw-away PostgreSQL, and print a table.

    .venv/bin/python scripts/race_trials.py --trials 100 [--db URL] [--race NAME] [--engine sqlite|postgres]

Without ``--db`` it runs on a new SQLite file and on a PostgreSQL 15 server of its own (``tests/pg.py``; skipped
with a note where the server binaries or psycopg are missing). ``--db`` names one database instead (it is filled:
use a throw-away one). A *violation* broke what a decision must keep (overcommitted budget line, a reference
twice, two first users, an inconsistent ledger); an *error* is what no user may see (a crash, driver text, a
refusal where both had to succeed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import pg  # noqa: E402
from tests.conftest import build_world  # noqa: E402
from tests.races import RACES, Races, Tally, run  # noqa: E402

from bwi_vouchers.storage.database import Database  # noqa: E402


def trials_on(engine: str, world_url: str, fresh_url: str | None, names: list[str], trials: int,
              folder: Path) -> list[tuple[Tally, float]]:
    world = build_world(world_url)
    fresh = Database.open(fresh_url) if fresh_url else None
    races = Races(world.database, engine)
    rows = []
    try:
        for name in names:
            tally = Tally(name, engine)
            started = time.perf_counter()
            for _ in range(trials):
                run(name, races, fresh, tally, folder)
            rows.append((tally, time.perf_counter() - started))
            print(tally.row(), f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
            for example in tally.examples[:2]:
                print("   e.g.", example[:600], file=sys.stderr)
    finally:
        world.database.dispose()
        if fresh is not None:
            fresh.dispose()
    return rows


def trials_on_postgres(names: list[str], trials: int, folder: Path) -> list[tuple[Tally, float]]:
    """The races on a throw-away PostgreSQL server of their own (``tests/pg.py``)."""
    reason = pg.unavailable()
    if reason is not None:
        print(f"PostgreSQL left out: {reason}", file=sys.stderr)
        return []
    server = pg.PostgresServer.start()
    try:
        return trials_on("postgres", server.url(server.create_database()), server.url(server.create_database()),
                         names, trials, folder)
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--db", help="one database URL (thrown away afterwards: it is filled with race records)")
    parser.add_argument("--race", action="append", choices=RACES, help="only this race (repeatable)")
    parser.add_argument("--engine", choices=("sqlite", "postgres"), help="only this engine (without --db)")
    args = parser.parse_args()
    names = args.race or list(RACES)
    rows: list[tuple[Tally, float]] = []
    with tempfile.TemporaryDirectory(prefix="bwi-races-") as temp:
        folder = Path(temp)
        if args.db:
            engine = "postgres" if args.db.startswith("postgresql") else "sqlite"
            if "first_logins" in names:
                print("--db: first_logins needs an empty database of its own; left out", file=sys.stderr)
            rows += trials_on(engine, args.db, None, [n for n in names if n != "first_logins"], args.trials, folder)
        else:
            if args.engine != "postgres":
                rows += trials_on("sqlite", f"sqlite:///{folder / 'races.db'}", f"sqlite:///{folder / 'fresh.db'}",
                                  names, args.trials, folder)
            if args.engine != "sqlite":
                rows += trials_on_postgres(names, args.trials, folder)
    print("| race | engine | trials | violations | errors | outcomes (per contender) | time |")
    print("|---|---|---|---|---|---|---|")
    for tally, seconds in rows:
        print(tally.row()[:-1] + f"| {seconds:.0f} s |")
    return 1 if any(t.violations or t.errors for t, _ in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
