"""Each page of the real main window in turn, on a database of any size: the time until its main table has rows
and no "Loading" label shows, and the GUI thread's longest stall meanwhile (the biggest gap of a 10 ms timer).

    QT_QPA_PLATFORM=offscreen python benchmarks/pages_probe.py DB [LOGIN] [--shots DIR]

Not a row of ``run.py``: the pages have no peer to stand beside; this is the probe the figures in README.md
("The other pages at 1,000,000") come from. With ``--shots`` each page is saved as a PNG to look at.
"""

import argparse
import os
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("login", nargs="?", default="admin")
    parser.add_argument("--shots", help="folder for a picture of each page")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QProgressBar, QWidget

    app = QApplication(["pages_probe"])
    ticks = [time.time()]
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.time()))
    timer.start(10)

    from bwi_vouchers.app import open_database
    from bwi_vouchers.ui import i18n
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.settings import Settings

    settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "probe.ini"), QSettings.Format.IniFormat))
    settings.page = "applications"
    i18n.install(app, settings.language)
    window = build_window(open_database(args.db), args.login, settings=settings)
    window.resize(1366, 768)
    window.show()

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def loading(widget: QWidget) -> bool:
        for label in widget.findChildren(QLabel):
            if label.isVisible() and any(w in label.text() for w in ("Loading", "Lade", "wird geladen")):
                return True
        return any(bar.isVisible() and bar.maximum() == 0
                   for bar in widget.findChildren(QProgressBar))

    def stall(start: float, end: float) -> float:
        gaps = (b - a for a, b in zip(ticks, ticks[1:], strict=False) if b >= start and a <= end)
        return max(gaps, default=0.0)

    spin(2.0)  # the start, the first list and the editor prepared ahead are over
    print(f"{'page':15s} {'usable':>9s} {'stall':>8s}")
    for key in window.pages:
        start = time.time()
        window.show_page(key)
        page = window.pages[key]
        while True:
            spin(0.02)
            views = [v for v in page.findChildren(QAbstractItemView)
                     if v.isVisible() and v.model() is not None and v.width() > 300]
            filled = all(v.model().rowCount() > 0 for v in views[:1])
            if (not loading(page) and filled) or time.time() - start > 60:
                break
        end = time.time()
        spin(0.3)
        print(f"{key:15s} {1000 * (end - start):6.0f} ms {1000 * stall(start, end + 0.3):5.0f} ms", flush=True)
        if args.shots:
            window.grab().save(os.path.join(args.shots, f"page-{key}.png"))


if __name__ == "__main__":
    main()
