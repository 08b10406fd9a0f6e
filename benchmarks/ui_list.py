"""Desktop speed at 100,000 applications (DESIGN §12), each figure beside its raw Python limit in the same run.

    .venv/bin/python benchmarks/ui_list.py [--db FILE] [--applications 100000]

Without ``--db`` a demo database is made once in the temp folder and reused. Rows: start to a usable
main window (bar 2 s), the list loaded off the GUI thread, one search keystroke (bar 100 ms), re-sorting
a column (bar 300 ms), and memory with the list loaded (bar 500 MB). Beside them: the same work as plain
Python over the same rows (a list comprehension, ``list.sort``) — the floor no view can beat.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Row:
    what: str
    seconds: float | None  # None: a size, given in ``text``
    raw: str = ""
    bar: float | None = None
    text: str = ""
    raw_seconds: float | None = None  # the raw limit as a number, for benchmarks/run.py
    key: str = ""  # a stable name, for benchmarks/run.py

    @property
    def ok(self) -> bool | None:
        return None if self.bar is None or self.seconds is None else self.seconds < self.bar


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def demo_database(applications: int) -> Path:
    from bwi_vouchers.services import Services
    from bwi_vouchers.storage.database import Database

    path = Path(tempfile.gettempdir()) / f"bwi-bench-{applications}.db"
    services = Services.build(Database.open("sqlite:///" + str(path)))
    try:
        if services.listing.count() != applications:
            if services.listing.count():
                raise SystemExit(f"{path} holds other data; delete it or pass --db")
            print(f"making {applications} demo applications in {path} (once) …", file=sys.stderr)
            services.demo.load(services.users.acting("bench").login, applications=applications)
    finally:
        services.database.dispose()
    return path


def wait_until(done: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``done()`` (an event loop, not a processEvents() loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    limit = time.perf_counter() + timeout

    def check() -> None:
        if done() or time.perf_counter() > limit:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    loop.exec()
    timer.stop()
    if not done():
        raise TimeoutError("the list did not load")


def settle() -> None:
    """Let the window repaint (everything posted so far is handled)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def run(db: Path) -> list[Row]:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bwi_vouchers.services import Services
    from bwi_vouchers.storage.database import Database
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.models.application_index import ApplicationIndex, Column, column_keys
    from bwi_vouchers.ui.settings import Settings

    QApplication.instance() or QApplication(sys.argv)
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat))
    settings.page = "applications"  # the heaviest start: the list page begins loading at once
    rows: list[Row] = []

    start = time.perf_counter()
    services = Services.build(Database.open("sqlite:///" + str(db)))
    login = services.users.list()[0].login
    window = build_window(services, login, settings=settings)
    window.show()
    settle()
    started = time.perf_counter() - start
    page = window.pages["applications"]
    wait_until(lambda: page.model.total_count() > 0)
    loaded = time.perf_counter() - start
    count = page.model.total_count()
    runner = window.context.runner
    wait_until(lambda: not runner.busy)  # then every column has its sort order, made in the background
    prepared = time.perf_counter() - start
    settle()
    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before this script's own copies
    raw_query, raw_rows = timed(services.listing.rows)
    raw_index, _ = timed(lambda: ApplicationIndex(raw_rows))  # type: ignore[arg-type]
    rows.append(Row("start to usable main window (list page)", started, bar=2.0, key="start"))
    rows.append(Row(f"list loaded in the background ({count:,} rows)", loaded, key="load", raw_seconds=raw_query,
                    raw=f"query+rows {raw_query:.2f} s, index {raw_index:.2f} s"))
    rows.append(Row("  every column's sort order made in the background", prepared, key="prepared"))

    # One keystroke at a time, as a clerk types a company name (the view repaints after each).
    data = raw_rows
    assert isinstance(data, list)
    word = data[len(data) // 2].company.split()[0].lower()[:6]
    texts = [f"{r.reference}\n{r.company}".casefold() for r in data]
    strokes: list[float] = []
    raws: list[float] = []
    for position in range(1, len(word) + 1):
        needle = word[:position]
        spent, _ = timed(lambda: (QTest.keyClick(page.search, word[position - 1]), settle()))  # noqa: B023
        strokes.append(spent)
        raws.append(timed(lambda: [i for i in range(len(texts)) if needle in texts[i]])[0])  # noqa: B023
    rows.append(Row(f"search keystroke, worst of {len(word)} ('{word}' → {page.model.visible_count():,} rows)",
                    max(strokes), raw=f"comprehension {max(raws) * 1000:.0f} ms", bar=0.1,
                    text=f"median {statistics.median(strokes) * 1000:.0f} ms", key="keystroke", raw_seconds=max(raws)))
    page.search.clear()
    settle()

    header = page.table.horizontalHeader()
    for column in (Column.COSTS, Column.COMPANY):
        point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
        cold, _ = timed(lambda: (QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # noqa: B023
                                                  pos=point), settle()))  # noqa: B023
        warm, _ = timed(lambda: (QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # noqa: B023
                                                  pos=point), settle()))  # noqa: B023
        keys = column_keys(data, column)
        raw_sort = timed(lambda: sorted(range(len(keys)), key=keys.__getitem__))[0]  # noqa: B023
        name = column.name.lower()
        rows.append(Row(f"re-sort by {name} (first click)", cold,
                        raw=f"list.sort {raw_sort * 1000:.0f} ms", bar=0.3, key=f"sort-{name}", raw_seconds=raw_sort))
        rows.append(Row(f"re-sort by {name} (again, reversed)", warm, raw=f"list.sort {raw_sort * 1000:.0f} ms",
                        bar=0.3, key=f"resort-{name}", raw_seconds=raw_sort))

    rows.append(Row("memory with the list loaded (peak RSS, whole process)", None, bar=None, key="memory",
                    text=f"{loaded_mb:.0f} MB (bar 500 MB) {'ok' if loaded_mb < 500 else 'TOO MUCH'}"))
    tracemalloc.start()
    again = services.listing.rows()
    index = ApplicationIndex(again)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(Row("  of which the rows + search index (tracemalloc)", None, text=f"{current / 2**20:.0f} MB"))
    del index, again
    window.close()
    services.database.dispose()
    return rows


def report(rows: list[Row]) -> str:
    lines = [f"{'what':<62} {'measured':>10}  {'bar':>7}  raw limit / notes"]
    for row in rows:
        measured = f"{row.seconds * 1000:8.0f} ms" if row.seconds is not None else ""
        bar = f"{row.bar * 1000:5.0f} ms" if row.bar is not None else ""
        flag = {True: " ok", False: " SLOW", None: ""}[row.ok]
        lines.append(f"{row.what:<62} {measured:>10}  {bar:>7}{flag}  {row.raw} {row.text}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: a demo database in the temp folder)")
    parser.add_argument("--applications", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = run(args.db or demo_database(args.applications))
    print(report(rows))
    return 0 if all(row.ok is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
