"""Opening the application editor from the list: double-click to painted and usable, and the GUI thread's longest
stall.

    .venv/bin/python benchmarks/editor_open.py --db FILE [--opens 6]

FILE is a demo database (``bwi-vouchers --db FILE demo --applications 100000``). The main window starts on
the list page and waits until the list has loaded, every background job is done and the editor the program
prepares ahead in idle time is ready (``editors.ready``; the desktop benchmark, ``desktop_probe.py``, does not
wait for it). Then, for several rows spread over the list (pending and decided ones), a 10 ms timer runs while
the row is double-clicked from inside the event loop (the list's ``activated``, as a double-click emits it):
"first paint" is the time from the double-click to the end of the editor window's first paint, "open" to the end
of its first paint once it is usable (its application shown and its check come, ``editor.is_usable``), "stall"
the biggest gap between two ticks of the timer from just before the double-click until the editor's background
reads (history, documents) are done and 300 ms have passed — the longest time the window could not answer. Both
also in the GUI thread's CPU time, which a busy machine does not stretch. Each editor is closed before the next
one opens.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def run_until(done: Callable[[], bool], timeout: float = 300.0) -> None:
    loop = QEventLoop()
    limit = time.perf_counter() + timeout

    def check() -> None:
        if done() or time.perf_counter() > limit:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(5)
    loop.exec()
    timer.stop()


class Probe(QObject):
    """A 10 ms timer that remembers the biggest gap between its ticks: in wall time, and in the GUI thread's
    CPU time (what the gap would be on an idle machine, where the thread is not kept waiting by others)."""

    def __init__(self) -> None:
        super().__init__()
        self.last = self.last_cpu = 0.0
        self.gap = self.gap_cpu = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last, self.last_cpu, self.gap, self.gap_cpu = time.perf_counter(), time.thread_time(), 0.0, 0.0
        self.timer.start(10)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gap = max(self.gap, now - self.last)
        self.gap_cpu = max(self.gap_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu


class FirstPaint(QObject):
    """Notes when the editor's first paint has ended (``first``), and its first paint once usable (``at``)."""

    def __init__(self) -> None:
        super().__init__()
        self.editor: Any = None
        self.first: float | None = None
        self.at: float | None = None
        self.cpu_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.at is None:
            QTimer.singleShot(0, self._painted)  # runs once this paint (and the rest of the repaint) is done
        return False

    def _painted(self) -> None:
        if self.first is None:
            self.first = time.perf_counter()
        if self.at is None and self.editor is not None and self.editor.is_usable:
            self.at, self.cpu_at = time.perf_counter(), time.thread_time()


def open_row(page: Any, index: Any, probe: Probe, runner: Any) -> tuple[FirstPaint, list[float]]:
    """Double-click the row from inside the event loop; return when the editor is painted, its background
    reads are done and 300 ms have passed. Gives the paint watcher and the click's wall and CPU time."""
    paint = FirstPaint()
    clicked: list[float] = []

    def double_click() -> None:
        clicked.extend((time.perf_counter(), time.thread_time()))
        page.table.activated.emit(index)  # what a double-click on the row emits; the editor is shown …
        editor = page.window().editors.last
        paint.editor = editor
        editor.installEventFilter(paint)  # … and painted once control is back in the event loop

    probe.start()
    QTimer.singleShot(50, double_click)
    run_until(lambda: paint.at is not None and not runner.busy and not paint.editor.reader.busy)
    settled = time.perf_counter()
    run_until(lambda: time.perf_counter() - settled > 0.3)
    probe.timer.stop()
    return paint, clicked


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--opens", type=int, default=6)
    args = parser.parse_args(argv)

    from bwi_vouchers.services import Services
    from bwi_vouchers.storage.database import Database
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.settings import Settings

    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive until the end
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat))
    settings.page = "applications"
    services = Services.build(Database.open("sqlite:///" + str(args.db)))
    window = build_window(services, services.users.list()[0].login, settings=settings)
    window.resize(1300, 800)
    window.show()
    page = window.pages["applications"]
    runner = window.context.runner
    run_until(lambda: page.model.rowCount() > 0 and not runner.busy)
    rows = page.model.rowCount()
    print(f"list ready: {rows:,} rows", file=sys.stderr)

    probe = Probe()
    opens: list[float] = []
    firsts: list[float] = []
    stalls: list[float] = []
    opens_cpu: list[float] = []
    stalls_cpu: list[float] = []
    for number in range(args.opens + 1):  # the first one in the process: told apart
        run_until(lambda: window.editors.ready)
        row = (number * 2 + 1) * rows // (args.opens * 2 + 3)
        index = page.model.index(row, 1)
        page.table.setCurrentIndex(index)
        before = set(window.editors.open_editors.values())
        paint, clicked = open_row(page, index, probe, runner)
        editor = next(iter(set(window.editors.open_editors.values()) - before))
        assert paint.at is not None and paint.first is not None
        firsts.append(paint.first - clicked[0])
        opens.append(paint.at - clicked[0])
        opens_cpu.append(paint.cpu_at - clicked[1])
        stalls.append(probe.gap)
        stalls_cpu.append(probe.gap_cpu)
        status = editor.info.status.value if editor.info else "?"
        print(f"  {editor.info.reference if editor.info else '?'} ({status}): first paint {ms(firsts[-1])}, "
              f"open {ms(opens[-1])} "
              f"(GUI thread CPU {ms(opens_cpu[-1])}), longest stall {ms(stalls[-1])} (CPU {ms(stalls_cpu[-1])})",
              file=sys.stderr)
        if number == 0:
            first = opens.pop(), opens_cpu.pop(), stalls.pop(), stalls_cpu.pop()
            firsts.pop()
        editor.dirty = False
        editor.close()
        run_until(lambda: not runner.busy)

    print(f"{len(opens)} opens at {rows:,} applications, load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"first open in the process: open {ms(first[0])} (CPU {ms(first[1])}), "
          f"stall {ms(first[2])} (CPU {ms(first[3])})")
    print(f"editor first paint (double-click → painted): wall median {ms(statistics.median(firsts))}, "
          f"max {ms(max(firsts))}")
    print(f"editor open (double-click → painted usable: values and check shown): wall median "
          f"{ms(statistics.median(opens))}, max {ms(max(opens))};"
          f" GUI thread CPU median {ms(statistics.median(opens_cpu))}, max {ms(max(opens_cpu))}")
    print(f"GUI thread's longest stall: wall median {ms(statistics.median(stalls))}, max {ms(max(stalls))}; "
          f"CPU median {ms(statistics.median(stalls_cpu))}, max {ms(max(stalls_cpu))}")
    window.close()
    services.database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
