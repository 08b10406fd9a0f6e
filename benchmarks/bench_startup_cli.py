"""Rows: reading commands as a whole process (interpreter start, imports, opening the database, the work, exit)
beside ``python -c "import sqlalchemy.orm"``, the least any process that reads through our storage layer pays.

Each figure is the median of several fresh processes; ours and the peer alternate, so that other work on the
machine slows both alike. Run with ``PYTHONPATH=OTHER/src`` to measure another checkout's code the same way.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from registry import Context, Result, bench

RUNS = 5
PEER = [sys.executable, "-c", "import sqlalchemy.orm"]


def _program() -> list[str]:
    """``bwi-vouchers`` as a user starts it: the console script beside the interpreter (else ``-m``)."""
    script = Path(sys.executable).with_name("bwi-vouchers")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bwi_vouchers"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _once(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one fresh process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return elapsed, _children_cpu() - cpu


def _whole_process(ctx: Context, *args: str) -> Result:
    ctx.ensure_demo()
    ctx.close()  # no connection of the benchmark process stays open beside the measured ones
    command = [*_program(), "--db", str(ctx.db_path), "--user", ctx.actor, *args]
    _once(command)  # warm the file cache and the bytecode once, untimed
    ours, peer, ours_cpu, peer_cpu = [], [], [], []
    runs = 1 if ctx.quick else RUNS
    for _ in range(runs):
        wall, cpu = _once(command)
        ours.append(wall)
        ours_cpu.append(cpu)
        wall, cpu = _once(PEER)
        peer.append(wall)
        peer_cpu.append(cpu)
    cpu_ours, cpu_peer = statistics.median(ours_cpu), statistics.median(peer_cpu)
    return Result(statistics.median(ours), statistics.median(peer), note=(
        f"median of {runs} fresh processes each (ours {min(ours):.2f}–{max(ours):.2f} s); raw is the peer "
        f"`python -c \"import sqlalchemy.orm\"` ({min(peer):.2f}–{max(peer):.2f} s), alternated with ours; "
        f"CPU (user + system) median ours {cpu_ours:.2f} s, peer {cpu_peer:.2f} s, {cpu_ours / cpu_peer:.1f}×"))


def _reference(ctx: Context) -> str:
    ctx.ensure_demo()
    con = ctx.raw()
    try:
        count = con.execute("SELECT count(*) FROM application").fetchone()[0]
        return con.execute("SELECT reference FROM application ORDER BY id LIMIT 1 OFFSET ?",
                           (count // 2,)).fetchone()[0]
    finally:
        con.close()


@bench(70, "`check REF` as a whole process", bar=0.500)
def check_process(ctx: Context) -> Result:
    return _whole_process(ctx, "check", _reference(ctx))


@bench(71, "`budget show` as a whole process", bar=0.500)
def budget_process(ctx: Context) -> Result:
    return _whole_process(ctx, "budget", "show")


@bench(72, "`user list` as a whole process", bar=0.500)
def users_process(ctx: Context) -> Result:
    return _whole_process(ctx, "user", "list")
