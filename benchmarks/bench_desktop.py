"""Desktop rows (DESIGN §12), each start a fresh process (``desktop_probe.py``), beside two peers in the same run.

Ours is the program through its public entry points (open the database, build the main window on the
applications page, show it), from the moment the process was spawned to the list painted and usable; then in
the same process a re-sort right after that, the search keystrokes and the editor. The peers do the same with
the same join: raw sqlite3 (no Qt: the first screen's rows fetched) and Qt's own ``QSqlQueryModel`` in a
``QTableView`` (painted). The three kinds of process alternate, ``ctx.runs`` times each; the medians are shown.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desktop_probe import CHECKED
from registry import Context, Result, bench

PROBE = Path(__file__).with_name("desktop_probe.py")
SIDES = ("ours", "qsql", "raw")
_measured: dict[str, list[dict[str, Any]]] = {}


def _target(ctx: Context) -> tuple[str, str]:
    """A search word (the start of a company name in the middle of the list) and a reference to open."""
    con = ctx.raw()
    try:
        count = con.execute("SELECT count(*) FROM application").fetchone()[0]
        reference, company = con.execute(
            "SELECT a.reference, c.name FROM application a JOIN company c ON c.id = a.company_id ORDER BY a.id "
            "LIMIT 1 OFFSET ?", (count // 2,)).fetchone()
    finally:
        con.close()
    word = max(company.split(), key=len)
    return word[:5].lower(), reference


def _spawn(side: str, ctx: Context, needle: str, reference: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    cpu = _children_cpu()
    spawned = time.time()
    done = subprocess.run([sys.executable, str(PROBE), side, str(ctx.db_path), needle, reference],
                          capture_output=True, text=True, env=env, timeout=900)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"desktop probe {side} failed: {done.stderr.strip()[-800:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["spawned"] = spawned
    result["cpu"] = _children_cpu() - cpu  # the whole process: start, sort, search, editor
    result["start"] = result["usable"] - spawned  # from the spawn, interpreter start included
    result["from_first"] = result["usable"] - result["first"]
    result["stroke_worst"] = max(result["strokes"])
    result["stroke_median"] = statistics.median(result["strokes"])
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured(ctx: Context) -> dict[str, list[dict[str, Any]]]:
    if not _measured:
        ctx.ensure_demo()
        ctx.close()  # the desktop opens the database itself, as at a real start
        needle, reference = _target(ctx)
        _spawn("raw", ctx, needle, reference)  # warm the file cache and the bytecode once, untimed
        for _ in range(ctx.runs):
            for side in SIDES:
                _measured.setdefault(side, []).append(_spawn(side, ctx, needle, reference))
        _measured["target"] = [{"needle": needle, "reference": reference}]
    return _measured


def median(ctx: Context, side: str, key: str) -> float:
    return statistics.median(run[key] for run in measured(ctx)[side])


def _row(ctx: Context, key: str, what: str, bar_1m: float | None = None, cpu: str = "") -> Result:
    ours, qsql, raw = (median(ctx, side, key) for side in SIDES)
    note = (f"{what}; QSqlQueryModel {qsql * 1000:,.0f} ms ({ours / qsql:.1f}× of it); "
            f"median of {ctx.runs} fresh process(es) each")
    if cpu:
        ours_cpu, qsql_cpu, raw_cpu = (median(ctx, side, cpu) for side in SIDES)
        note += (f"; CPU seconds (less sensitive to the machine's load) ours {ours_cpu * 1000:,.0f} ms, "
                 f"QSqlQueryModel {qsql_cpu * 1000:,.0f} ms, raw {raw_cpu * 1000:,.0f} ms")
    bar = bar_1m if bar_1m is not None and ctx.applications >= 1_000_000 else None
    return Result(ours, raw, note=note, bar=bar)


@bench(50, "desktop: process start to the list painted and usable", bar=1.5)
def start(ctx: Context) -> Result:
    shown = median(ctx, "ours", "shown") - median(ctx, "ours", "first")
    cpu = {side: median(ctx, side, "usable_cpu") for side in SIDES}
    return _row(ctx, "start", f"from the spawn; from the first instruction {median(ctx, 'ours', 'from_first'):.2f} s, "
                f"window.show() after {shown:.2f} s; CPU seconds to usable (less sensitive to the machine's load) "
                f"ours {cpu['ours']:.2f} s, QSqlQueryModel {cpu['qsql']:.2f} s, raw {cpu['raw']:.2f} s",
                bar_1m=2.0)


@bench(51, "desktop: re-sort by company right after the start", bar=0.300, unit="ms")
def sort_first(ctx: Context) -> Result:
    return _row(ctx, "sort", "a header click at once when the list is usable, to the re-sorted rows painted",
                cpu="sort_cpu")


@bench(52, "desktop: re-sort again (reversed)", bar=0.300, unit="ms")
def sort_again(ctx: Context) -> Result:
    return _row(ctx, "sort_again", "the second click on the same header", cpu="sort_again_cpu")


@bench(53, "desktop: one search keystroke, worst", bar=0.100, unit="ms")
def keystroke(ctx: Context) -> Result:
    target = measured(ctx)["target"][0]
    found = median(ctx, "ours", "found")
    same = measured(ctx)["ours"][0].get("strokes_same", [])
    kept = [target["needle"][:n + 1] for n, alike in enumerate(same) if alike]
    unchanged = (f"; the first screen of {', '.join(repr(k) for k in kept)} is that of the search before it (done "
                 "at the next paint)") if kept else ""
    return _row(ctx, "stroke_worst", f"'{target['needle']}' typed one key at a time ({found:,.0f} rows found), each "
                f"until its first {CHECKED} rows are those of the search in the list's order (company name, reversed) "
                f"and painted{unchanged}; strokes (ms) {_strokes(ctx)}; median stroke "
                f"{median(ctx, 'ours', 'stroke_median') * 1000:,.0f} ms", cpu="strokes_cpu")


def _strokes(ctx: Context) -> str:
    """Each stroke's median over the runs, ours / QSqlQueryModel."""
    parts = []
    for n in range(len(measured(ctx)["target"][0]["needle"])):
        ours, qsql = (statistics.median(run["strokes"][n] for run in measured(ctx)[side]) for side in ("ours", "qsql"))
        parts.append(f"{ours * 1000:,.0f}/{qsql * 1000:,.0f}")
    return " ".join(parts)


@bench(54, "desktop: open an application in the editor", bar=0.200, unit="ms")
def editor(ctx: Context) -> Result:
    target = measured(ctx)["target"][0]
    first = median(ctx, "ours", "editor_first_paint") * 1000
    return _row(ctx, "editor", f"{target['reference']} as a double-click opens it, to its window painted with "
                f"its values and its check shown (its first paint, still loading: {first:,.0f} ms; raw and "
                "QSqlQueryModel: the application's row with company, measure and cost items)",
                cpu="editor_cpu")


@bench(55, "desktop: GUI thread's longest stall during the start", unit="ms")
def stall_start(ctx: Context) -> Result:
    ours, qsql = median(ctx, "ours", "start_stall"), median(ctx, "qsql", "start_stall")
    return Result(ours, qsql, note="10 ms QTimer from QApplication to the usable list (the window is built before "
                  "the event loop runs, so this is most of the start); raw here is QSqlQueryModel's")


@bench(56, "desktop: GUI thread's longest stall: sort, search, editor", bar=0.050, unit="ms")
def stall_work(ctx: Context) -> Result:
    keys = ("sort_stall", "sort_again_stall", "strokes_stall", "editor_stall")
    ours = {key: median(ctx, "ours", key) for key in keys}
    qsql = {key: median(ctx, "qsql", key) for key in keys}
    parts = ", ".join(f"{key.removesuffix('_stall')} {ours[key] * 1000:,.0f} ms (QSqlQueryModel "
                      f"{qsql[key] * 1000:,.0f} ms)" for key in keys)
    return Result(max(ours.values()), max(qsql.values()), note=f"longest gap of a 10 ms QTimer: {parts}; "
                  "raw here is QSqlQueryModel's")


@bench(57, "desktop: memory (RSS) with the list open", bar=400.0, unit="MB")
def memory(ctx: Context) -> Result:
    ours, qsql, raw = (median(ctx, side, "rss") for side in SIDES)
    peak = median(ctx, "ours", "peak")
    return Result(ours, qsql, note=f"whole process once the list is usable; peak {peak:,.0f} MB after search and "
                  f"editor; raw here is QSqlQueryModel's; plain sqlite3 {raw:,.0f} MB")
