"""The project's benchmark (DESIGN §12): our code against the same work done the plain way, at 100,000 applications.

    .venv/bin/python benchmarks/run.py [--applications 100000] [--db PATH] [--only WORD] [--seed S] [--runs N]
    .venv/bin/python benchmarks/run.py --quick      # smoke run: 2,000 applications, one process per side

Every row is a function in a ``bench_*.py`` module beside this script (see registry.py). Without ``--db`` the
database lives in a temporary folder; with ``--db`` an existing demo database is reused (the build row is then
skipped), so later rows can be measured again without building 100,000 applications each time.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from registry import BENCHES, Bench, Context, Result  # noqa: E402


def load_rows() -> list[Bench]:
    for module in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(module.stem)
    return sorted(BENCHES, key=lambda b: b.order)


def _value(seconds: float | None, unit: str) -> str:
    if seconds is None:
        return "—"
    if unit == "MB":
        return f"{seconds:,.0f} MB"
    return f"{seconds * 1000:,.2f} ms" if unit == "ms" else f"{seconds:,.1f} s"


def _bar(bench: Bench, result: Result) -> str:
    bar = result.bar if result.bar is not None else bench.bar
    if bar is None:
        return ""
    limit = _value(bar, bench.unit).replace(".00", "")
    if result.ours is None:
        return f"< {limit}"
    return f"< {limit} {'✓' if result.ours < bar else '✗'}"


def compile_program() -> None:
    """Bytecode for every module of the program, as an installed program has it (pip compiles at install).
    Without it a process started with ``PYTHONDONTWRITEBYTECODE`` set (or from a read-only checkout) compiles
    every module of ours anew at each start, which the peers, whose libraries come compiled, never pay."""
    import compileall

    import bwi_vouchers

    compileall.compile_dir(str(Path(bwi_vouchers.__file__).parent), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=None, help="default 100,000 (2,000 with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None, help="demo database to build, or to reuse if it exists")
    parser.add_argument("--only", default=None, help="run only rows whose title contains this word")
    parser.add_argument("--runs", type=int, default=None, help="fresh processes per side (default 3, 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 2,000 applications, one run each")
    args = parser.parse_args(argv)
    if args.applications is None:
        args.applications = 2_000 if args.quick else 100_000

    compile_program()
    with tempfile.TemporaryDirectory(prefix="bwi-bench-") as scratch:
        workdir = Path(scratch)
        db_path = args.db.resolve() if args.db else workdir / "bench.db"
        ctx = Context(applications=args.applications, seed=args.seed, db_path=db_path, workdir=workdir,
                      today=date.today(), runs=args.runs or (1 if args.quick else 3), quick=args.quick)
        rows = [b for b in load_rows() if not args.only or args.only.lower() in b.what.lower()]
        n = f"{args.applications:,}"
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"bwi-vouchers benchmark: {n} applications, seed {args.seed}, today {ctx.today.isoformat()}, "
              f"{os.cpu_count()} CPUs, load average {load:.1f} at start")
        results: list[tuple[Bench, Result]] = []
        for bench in rows:
            started = time.perf_counter()
            print(f"… {bench.what.format(n=n)}", file=sys.stderr, flush=True)
            result = bench.func(ctx)
            results.append((bench, result))
            print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        ctx.close()

        header = ("what", "ours", "raw", "ratio", "bar (DESIGN §12)")
        table = [header]
        for bench, result in results:
            ratio = ""
            if result.ours is not None and result.raw:
                ratio = f"{result.ours / result.raw:.1f}×"
            table.append((bench.what.format(n=n), _value(result.ours, bench.unit), _value(result.raw, bench.unit),
                          ratio, _bar(bench, result)))
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        print()
        for index, row in enumerate(table):
            print(" | ".join(cell.ljust(width) if i == 0 else cell.rjust(width) if i < 4 else cell
                             for i, (cell, width) in enumerate(zip(row, widths, strict=True))).rstrip())
            if index == 0:
                print("-+-".join("-" * w for w in widths))
        print()
        for bench, result in results:
            text = result.skipped or result.note
            if text:
                print(f"* {bench.what.format(n=n)}: {text}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"load average {load:.1f} at the end (ours/raw are wall-clock times; other work on the machine "
              "slows both)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
