"""Row: building the demo database — DemoService.load against the same rows inserted with plain sqlite3.

Each side runs in a fresh Python process, as ``bwi-vouchers demo`` does, so that neither slows the other down
nor leaves its memory in the benchmark process (later rows measure memory); each reports its peak RSS.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from rawsql import insert_rows
from registry import Context, Result, bench

from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.demo import read_reference
from bwi_vouchers.services.demo.generator import Generator
from bwi_vouchers.storage.bulk import BULK_CACHE_KIB
from bwi_vouchers.storage.chain_hash import GENESIS, chain
from bwi_vouchers.storage.database import Database


def _fresh(path: Path, today: date, actor: str) -> Services:
    for suffix in ("", "-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    services = Services.build(Database.open("sqlite:///" + str(path)), FixedClock(today))
    services.users.acting(actor)  # the first user, as the command line does before `demo`
    return services


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def ours(path: Path, applications: int, seed: int, today: date, actor: str) -> dict[str, object]:
    """The service end to end: read the reference data, generate, write, commit."""
    services = _fresh(path, today, actor)
    start = _clock()
    summary = services.demo.load(actor, applications=applications, seed=seed)
    wall, cpu = _since(start)
    services.database.dispose()
    return {"wall": wall, "cpu": cpu, "audit": summary.audit_events, "ledger": summary.ledger_entries,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def raw(path: Path, applications: int, seed: int, today: date, actor: str) -> dict[str, object]:
    """The same rows, generated batch by batch by the service's generator (timed apart), written by hand with
    sqlite3.executemany in one transaction."""
    services = _fresh(path, today, actor)
    with services.database.unit_of_work() as uow:
        reference = read_reference(uow, today, actor)
    services.database.dispose()
    generator = Generator(reference, seed, None, None)
    batches = generator.stream(applications)
    gc.disable()  # as DemoService.load does: the cyclic collector would only rescan a GB of fresh rows
    con = sqlite3.connect(str(path), isolation_level=None)
    generating, inserting = [0.0, 0.0], [0.0, 0.0]
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # the same cache as ours, for a fair ratio
        con.execute("BEGIN IMMEDIATE")
        newest = con.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        previous = newest[0] if newest else GENESIS
        while True:
            start = _clock()
            batch = next(batches, None)
            _add(generating, _since(start))
            if batch is None:
                break
            start = _clock()
            events = batch.get("audit_event", [])
            for event, (prev_hash, event_hash) in zip(events, chain(previous, events), strict=True):
                event["prev_hash"], event["hash"] = prev_hash, event_hash  # the hash chain, as the program writes it
                previous = event_hash
            insert_rows(con, batch)
            _add(inserting, _since(start))
        start = _clock()
        for year, last in generator.counters.items():
            con.execute("INSERT OR REPLACE INTO reference_counter (year, last_number) VALUES (?, ?)", (year, last))
        for line_id, amount in generator.budget_amounts.items():
            con.execute("UPDATE budget_line SET amount = ? WHERE id = ?", (int(amount * 100), line_id))
        con.execute("COMMIT")
        _add(inserting, _since(start))
    finally:
        con.close()
    return {"wall": inserting[0], "cpu": inserting[1], "generate_wall": generating[0], "generate_cpu": generating[1]}


def _add(total: list[float], spent: tuple[float, float]) -> None:
    total[0] += spent[0]
    total[1] += spent[1]


def _in_subprocess(side: str, path: Path, ctx: Context) -> dict[str, object]:
    command = [sys.executable, __file__, side, str(path), str(ctx.applications), str(ctx.seed),
               ctx.today.isoformat(), ctx.actor]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@bench(10, "build {n} demo applications")
def build(ctx: Context) -> Result:
    if ctx.application_count():
        return Result(None, skipped=f"reused {ctx.db_path} ({ctx.application_count():,} applications)")
    ctx.close()
    by_hand = _in_subprocess("raw", ctx.workdir / "raw.db", ctx)
    mine = _in_subprocess("ours", ctx.db_path, ctx)
    size = os.path.getsize(ctx.db_path) / 1e6
    return Result(float(mine["wall"]), float(by_hand["wall"]), note=(  # type: ignore[arg-type]
        f"ours {mine['wall']:.1f} s wall / {mine['cpu']:.1f} s CPU in a fresh process; raw = insert only "
        f"{by_hand['wall']:.1f} s wall / {by_hand['cpu']:.1f} s CPU, the rows generated batch by batch, apart, in "
        f"{by_hand['generate_wall']:.1f} s wall / {by_hand['generate_cpu']:.1f} s CPU; "
        f"{mine['audit']:,} audit events, {mine['ledger']:,} ledger entries, {size:.0f} MB; peak RSS of ours "
        f"{mine['peak_mb']:,.0f} MB"))


if __name__ == "__main__":
    side, db, count, seed_text, day, login = sys.argv[1:7]
    work = ours if side == "ours" else raw
    print(json.dumps(work(Path(db), int(count), int(seed_text), date.fromisoformat(day), login)))
