"""Row: building the demo database — DemoService.load against the same rows inserted with plain sqlite3."""

from __future__ import annotations

import os
import sqlite3

from rawsql import insert_rows
from registry import Context, Result, bench, timed

from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage.bulk import BULK_CACHE_KIB
from bwi_vouchers.storage.database import Database


def _fresh(url: str, ctx: Context) -> Services:
    services = Services.build(Database.open(url), FixedClock(ctx.today))
    services.users.acting(ctx.actor)  # the first user, as the command line does before `demo`
    return services


@bench(10, "build {n} demo applications")
def build(ctx: Context) -> Result:
    if ctx.application_count():
        return Result(None, skipped=f"reused {ctx.db_path} ({ctx.application_count():,} applications)")
    # raw first: a fresh migrated database, the rows the service would write, inserted by hand
    raw_path = ctx.workdir / "raw.db"
    for suffix in ("", "-wal", "-shm"):
        (raw_path.parent / (raw_path.name + suffix)).unlink(missing_ok=True)
    raw_services = _fresh("sqlite:///" + str(raw_path), ctx)
    generated = timed(lambda: raw_services.demo.rows(ctx.actor, applications=ctx.applications, seed=ctx.seed))
    rows = generated.value
    gen_wall, gen_cpu = generated.wall, generated.cpu
    raw_services.database.dispose()

    def by_hand(rows=rows) -> None:  # noqa: B008 - bound now, freed below
        con = sqlite3.connect(str(raw_path), isolation_level=None)
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # the same cache as ours, for a fair ratio
        con.execute("BEGIN IMMEDIATE")
        insert_rows(con, rows.tables)
        for year, last in rows.counters.items():
            con.execute("INSERT OR REPLACE INTO reference_counter (year, last_number) VALUES (?, ?)", (year, last))
        for line_id, amount in rows.budget_amounts.items():
            con.execute("UPDATE budget_line SET amount = ? WHERE id = ?", (int(amount * 100), line_id))
        con.execute("COMMIT")
        con.close()

    raw = timed(by_hand)
    del rows, generated, by_hand  # the lists of dicts take ~1 GB at 100,000
    # ours: the service end to end (read reference data, generate, write) into the benchmark database
    ours_services = _fresh(ctx.url, ctx)
    ours = timed(lambda: ours_services.demo.load(ctx.actor, applications=ctx.applications, seed=ctx.seed))
    ours_services.database.dispose()
    size = os.path.getsize(ctx.db_path) / 1e6
    summary = ours.value
    return Result(ours.wall, raw.wall, note=(
        f"ours {ours.wall:.1f} s wall / {ours.cpu:.1f} s CPU, of which generating the rows in Python "
        f"{gen_wall:.1f} s wall / {gen_cpu:.1f} s CPU (raw = insert only: {raw.cpu:.1f} s CPU); "
        f"{summary.audit_events:,} audit events, {summary.ledger_entries:,} ledger entries, {size:.0f} MB"))
