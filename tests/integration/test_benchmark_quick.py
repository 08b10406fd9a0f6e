"""The benchmark's smoke run (``benchmarks/run.py --quick``, 2,000 applications, one process per side): every row
is measured and printed with a figure. Not a timing test: nothing here compares times."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.slow
def test_the_quick_benchmark_measures_every_row(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", "TMPDIR": str(tmp_path)}
    env.pop("BWI_VOUCHERS_DB", None)
    done = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--db", str(tmp_path / "q.db")],
                          capture_output=True, text=True, env=env, timeout=3600)
    assert done.returncode == 0, done.stderr[-3000:]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from run import load_rows
        rows = load_rows()
    finally:
        sys.path.remove(str(BENCHMARKS))
    table = {line.split("|")[0].strip(): [cell.strip() for cell in line.split("|")[1:]]
             for line in done.stdout.splitlines() if "|" in line}
    assert len(rows) >= 17
    for bench in rows:
        cells = table[bench.what.format(n="2,000")]
        assert cells[0] != "—", bench.what  # ours measured
        assert cells[1] != "—", bench.what  # and the peer beside it
    assert "load average" in done.stdout
