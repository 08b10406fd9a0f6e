"""The list's queries at scale (Qt-free): wall and CPU time of each, beside raw sqlite3 on the same file.

Usage: python benchmarks/list_queries.py DEMO.db [WORD]   (a database built by ``bwi-vouchers --db DEMO.db demo``;
WORD: only the rows whose label contains it).
CPU time is the honest figure on a shared machine; wall time includes waiting for a core.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.listing import ApplicationFilter, Column
from bwi_vouchers.storage.database import Database

RAW_FIRST = ("SELECT a.id, a.reference, c.name, m.code, a.status, a.eligible_costs FROM application a "
             "JOIN company c ON c.id = a.company_id JOIN measure m ON m.id = a.measure_id "
             "ORDER BY a.ref_year, a.ref_number LIMIT 200")


ONLY = ""


def timed(label: str, work: Callable[[], Any], repeat: int = 3) -> None:
    if ONLY not in label:
        return
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, used = time.perf_counter(), time.process_time()
        work()
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.process_time() - used)
    print(f"{label:44s} wall {wall * 1000:8.1f} ms  cpu {cpu * 1000:8.1f} ms")


def main(path: str) -> None:
    raw = sqlite3.connect(path)
    timed("raw sqlite3: count + first 200 (join)", lambda: (raw.execute("SELECT count(*) FROM application").fetchone(),
                                                             raw.execute(RAW_FIRST).fetchall()))
    listing = Services.build(Database.open("sqlite:///" + path), FixedClock(date.today())).listing
    everything = ApplicationFilter()
    for column in Column:
        for descending in (False, True):
            way = "desc" if descending else "asc"
            timed(f"sort {column.name} {way}: first page",
                  lambda c=column, d=descending: listing.first(everything, c, d))
            timed(f"sort {column.name} {way}: count + first page",
                  lambda c=column, d=descending: listing.open(everything, c, d))
    view, _rows = listing.open(everything, Column.COMPANY)
    timed("page at the end (company order)", lambda: listing.page(view, view.total - 200))
    timed("page in the middle (company order)", lambda: listing.page(view, view.total // 2))
    for needle in ("m", "mü", "mül", "müller", "gmbh", "IG-2025-00", "zzzq"):
        where = ApplicationFilter(text=needle)
        timed(f"search {needle!r}: first page", lambda w=where: listing.first(w))
        timed(f"search {needle!r}: count + first page", lambda w=where: listing.open(w))
    received = ApplicationFilter(statuses=frozenset({Status.RECEIVED}), year=2026)
    timed("received in 2026, by costs desc: count + page", lambda: listing.open(received, Column.COSTS, True))
    timed("select all: references and statuses", lambda: listing.picked(view, [(0, view.total - 1)]), repeat=1)
    if hasattr(listing, "selection"):
        timed("select all: counts per status (Selection)", lambda: listing.selection(view, [(0, view.total - 1)]))
        gmbh = listing.open(ApplicationFilter(text="gmbh"), first=0)[0]
        timed("select all 'gmbh': counts per status (Selection)",
              lambda: listing.selection(gmbh, [(0, gmbh.total - 1)]))


if __name__ == "__main__":
    ONLY = sys.argv[2] if len(sys.argv) > 2 else ""
    main(sys.argv[1])
