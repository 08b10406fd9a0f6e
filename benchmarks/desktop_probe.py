"""One fresh desktop process of the benchmark (run by bench_desktop.py): ours, Qt's QSqlQueryModel, or raw sqlite3.

    python benchmarks/desktop_probe.py ours|qsql|raw DB NEEDLE REFERENCE

The clock starts at this file's first instruction (``FIRST``, wall clock, so that the parent can also count
from the moment it spawned the process). Each side prints one JSON line: wall-clock times (``time.time()``)
of each moment, the GUI thread's longest stall per phase, and the memory.

- ``ours``: the program through its public entry points: ``app.open_database``, ``ui.main.build_window`` with the
  applications page as the start page (its settings in a scratch file), ``window.show()``; usable = the list's
  view has rows, none of the page's labels says "Loading", and the view's viewport has been painted since
  (a paint event processed). Then a click on the company column's header right away (usable again = the
  first row changed and a paint followed), a second click (reversed), the NEEDLE typed one key at a time into
  the page's search field (each: the first rows contain what was typed, painted), and the editor of REFERENCE
  opened the way a double-click does (``application_open_requested``; usable = a window not shown before,
  painted at a moment when none of its labels said "Loading" or "Checking": its values read, its check shown).
- ``qsql``: a minimal Qt program: ``QSqlQueryModel`` over ``LIST_SQL`` in a ``QTableView``, the same moments
  (sort and search by a new query, as such a program would).
- ``raw``: plain sqlite3, no Qt: the first screen (``LIMIT``) of the same queries, fetched.
"""
import time

FIRST = time.time()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

LIST_SQL = (
    "SELECT a.reference, c.name, m.code, t.name_de, cl.name, a.receipt_date, a.status, a.eligible_costs, "
    "a.voucher_amount, a.approved_amount, a.payout_amount FROM application a JOIN company c ON c.id = a.company_id "
    "JOIN measure m ON m.id = a.measure_id LEFT JOIN theme t ON t.code = a.theme_code "
    "LEFT JOIN cluster cl ON cl.id = a.cluster_id")
FIRST_SCREEN = " ORDER BY a.id"  # the list opens sorted by reference, which follows the id
SORTED = " ORDER BY c.name, a.id"
REVERSED = " ORDER BY c.name DESC, a.id DESC"
#: A search keeps the list's order (by then the company column, reversed); ``expected`` reads its first screen.
SEARCH = " WHERE a.reference LIKE ? OR c.name LIKE ?"
EDITOR_SQL = ("SELECT a.*, c.*, m.* FROM application a JOIN company c ON c.id = a.company_id "
              "JOIN measure m ON m.id = a.measure_id WHERE a.reference = ?",
              "SELECT ci.* FROM cost_item ci JOIN application a ON a.id = ci.application_id WHERE a.reference = ?")
SCREEN = 60  # rows a first screen fetches (a 800 px window shows about 25)


def rss_mb() -> tuple[float, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def raw(db: str, needle: str, reference: str) -> dict[str, Any]:
    import sqlite3

    out: dict[str, Any] = {}
    con = sqlite3.connect(db)
    out["usable"] = _fetch(con, LIST_SQL + FIRST_SCREEN)
    out["usable_cpu"] = time.process_time()
    for name, order in (("sort", SORTED), ("sort_again", REVERSED)):
        start, cpu = time.time(), time.process_time()
        out[name] = _fetch(con, LIST_SQL + order) - start
        out[name + "_cpu"] = time.process_time() - cpu
    strokes, cpu = [], time.process_time()
    for end in range(1, len(needle) + 1):
        start = time.time()
        pattern = f"%{needle[:end]}%"
        _fetch(con, LIST_SQL + SEARCH + REVERSED, (pattern, pattern))
        strokes.append(time.time() - start)
    out["strokes"], out["strokes_cpu"] = strokes, (time.process_time() - cpu) / len(strokes)
    start, cpu = time.time(), time.process_time()
    for sql in EDITOR_SQL:
        con.execute(sql, (reference,)).fetchall()
    out["editor"], out["editor_cpu"] = time.time() - start, time.process_time() - cpu
    out["rss"], out["peak"] = rss_mb()
    return out


def _fetch(con: Any, sql: str, params: tuple[str, ...] = ()) -> float:
    con.execute(sql + f" LIMIT {SCREEN}", params).fetchall()
    return time.time()


class Gui:
    """The event loop helpers both Qt sides share: wait for a condition, see paints, probe stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.ticks: list[float] = [time.time()]
        self.probe = QTimer()
        self.probe.setTimerType(Qt.TimerType.PreciseTimer)
        self.probe.timeout.connect(lambda: self.ticks.append(time.time()))
        self.probe.start(10)
        self.painted: dict[int, float] = {}  # id(widget) -> when its last paint event had been processed
        paint = QEvent.Type.Paint
        gui = self

        self.painted_ready: dict[int, float] = {}  # id(window) -> when it was last painted not "Loading"

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
                if event.type() == paint:
                    key = id(obj)
                    QTimer.singleShot(0, lambda: gui.painted.__setitem__(key, time.time()))
                    if gui.watching and obj.isWidgetType() and obj.isWindow() and key not in gui.ignored:
                        QTimer.singleShot(0, lambda: gui._note_ready(obj, key))
                return False

        self.watching = False  # (from the editor's open on) the paints of new windows are told apart …
        self.ignored: set[int] = set()  # … but not those of the windows shown before

        self.filter = Filter()
        self.app.installEventFilter(self.filter)

    def _note_ready(self, window: Any, key: int) -> None:
        if not loading(window):
            self.painted_ready[key] = time.time()

    def painted_since(self, widget: Any, since: float) -> bool:
        return self.painted.get(id(widget), 0.0) > since

    def wait(self, done: Callable[[], bool], timeout: float = 120.0) -> float:
        """Run the event loop until ``done()``; return when it first held (wall clock)."""
        from PySide6.QtCore import QEventLoop, QTimer

        if done():
            return time.time()
        loop = QEventLoop()
        limit = time.time() + timeout
        when: list[float] = []

        def check() -> None:
            if done():
                when.append(time.time())
                loop.quit()
            elif time.time() > limit:
                loop.quit()

        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(1)
        loop.exec()
        timer.stop()
        if not when:
            raise TimeoutError("not usable within the time limit")
        return when[0]

    def stall(self, start: float, end: float) -> float:
        """The longest gap between two ticks of the 10 ms timer that overlaps [start, end], in seconds."""
        ticks = self.ticks
        worst = 0.0
        for before, after in zip(ticks, ticks[1:], strict=False):
            if after >= start and before <= end:
                worst = max(worst, after - before)
        return worst


BUSY_WORDS = ("Loading", "Lade", "wird geladen", "Checking", "wird geprüft", "Wird geprüft")


def loading(widget: Any) -> bool:
    """Whether a visible label says that something is still being read or checked, or a busy bar runs."""
    from PySide6.QtWidgets import QLabel, QProgressBar

    for label in widget.findChildren(QLabel):
        text = label.text()
        if label.isVisible() and any(word in text for word in BUSY_WORDS):
            return True
    return any(bar.isVisible() and bar.maximum() == 0 for bar in widget.findChildren(QProgressBar))


def biggest_table(widget: Any) -> Any:
    from PySide6.QtWidgets import QTableView

    views = [v for v in widget.findChildren(QTableView) if v.isVisible()] or widget.findChildren(QTableView)
    return max(views, key=lambda v: v.width() * v.height())


def company_column(view: Any) -> int:
    from PySide6.QtCore import Qt

    model = view.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if text.lower() in ("company", "unternehmen", "name"):
            return column
    return 1


def cell(view: Any, row: int, column: int) -> str:
    model = view.model()
    return str(model.data(model.index(row, column)) or "")


CHECKED = 10  # rows at the top compared with what the search must show


def expected(db: str, needle: str) -> list[str]:
    """The references the first rows must show for a search in the order the list has by then (company name,
    reversed; within a company the reference, reversed, which follows the id), read untimed before the key.
    Comparing with these (not merely "the rows contain the text") makes a stroke wait for its own result: the
    previous search's rows often contain the longer text too."""
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        pattern = f"%{needle}%"
        return [row[0] for row in con.execute(LIST_SQL + SEARCH + REVERSED + f" LIMIT {CHECKED}", (pattern, pattern))]
    finally:
        con.close()


def rows_are(view: Any, references: list[str]) -> bool:
    """The first rows show these references (column 0), and no more rows than there are when fewer."""
    model = view.model()
    if model.rowCount() < len(references) or (len(references) < CHECKED and model.rowCount() != len(references)):
        return False
    return [cell(view, row, 0) for row in range(len(references))] == references


def click_header(view: Any, column: int) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = view.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def sort_and_search(gui: Gui, view: Any, page: Any, search: Any, needle: str, out: dict[str, Any], db: str) -> None:
    """The sort clicks and the keystrokes, each until its result is painted; both sides the same. A keystroke is
    done when the first rows are those its search must show (``expected``, read before the key) and a paint of
    the view followed."""
    from PySide6.QtTest import QTest

    column = company_column(view)
    for name in ("sort", "sort_again"):
        before, start, cpu = cell(view, 0, column), time.time(), time.process_time()
        click_header(view, column)
        done = gui.wait(lambda b=before, s=start: view.model().rowCount() > 0 and cell(view, 0, column) != b
                        and not loading(page) and gui.painted_since(view.viewport(), s))
        out[name], out[name + "_stall"] = done - start, gui.stall(start, done)
        out[name + "_cpu"] = time.process_time() - cpu
    wanted = [expected(db, needle[:end]) for end in range(1, len(needle) + 1)]
    out["strokes_same"] = [w == v for w, v in zip(wanted, [[cell(view, r, 0) for r in range(CHECKED)], *wanted],
                                                   strict=False)]
    read = time.time()
    gui.wait(lambda: gui.ticks[-1] > read + 0.05)  # the probe timer ticks again: the stall of reading is over
    strokes, stalls, cpu = [], [], time.process_time()
    for end in range(1, len(needle) + 1):
        start = time.time()
        QTest.keyClick(search, needle[end - 1])
        done = gui.wait(lambda s=start, w=wanted[end - 1]: not loading(page) and rows_are(view, w)
                        and gui.painted_since(view.viewport(), s))
        strokes.append(done - start)
        stalls.append(gui.stall(start, done))
    out["strokes"], out["strokes_stall"] = strokes, max(stalls)
    out["strokes_cpu"] = (time.process_time() - cpu) / len(strokes)
    out["found"] = view.model().rowCount()


def ours(db: str, needle: str, reference: str) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLineEdit

    gui = Gui()
    from bwi_vouchers.app import open_database
    from bwi_vouchers.ui import i18n
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.settings import Settings

    out: dict[str, Any] = {}
    settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.Format.IniFormat))
    settings.page = "applications"
    i18n.install(gui.app, settings.language)
    services = open_database(db)
    window = build_window(services, "admin", settings=settings)
    window.show()
    out["shown"] = time.time()
    page = window.pages["applications"]
    view = biggest_table(page)
    out["usable"] = gui.wait(lambda: view.model().rowCount() > 0 and not loading(page)
                             and gui.painted_since(view.viewport(), FIRST))
    out["usable_cpu"] = time.process_time()  # CPU of the process so far, interpreter start included
    out["start_stall"] = gui.stall(FIRST, out["usable"])
    out["rss"], _ = rss_mb()
    search = getattr(page, "search", None)
    if not isinstance(search, QLineEdit):
        search = page.findChild(QLineEdit)
    sort_and_search(gui, view, page, search, needle, out, db)
    shown_before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}  # (an editor built ahead is not)
    gui.ignored.update(id(w) for w in shown_before)
    gui.watching = True
    start, cpu = time.time(), time.process_time()
    window.context.events.application_open_requested.emit(reference)

    def editor_usable() -> bool:
        """A window not shown before the click, painted at a moment when nothing of it said "Loading" or
        "Checking" (its values read, its check shown), and still so."""
        new = [w for w in QApplication.topLevelWidgets() if w not in shown_before and w.isVisible()]
        for w in new:
            if "editor_first_paint" not in out and gui.painted.get(id(w), 0.0) > start:
                out["editor_first_paint"] = gui.painted[id(w)] - start  # (its first paint, maybe still loading)
        return any(gui.painted_ready.get(id(w), 0.0) > start and not loading(w) for w in new)

    out["editor"] = gui.wait(editor_usable) - start
    out.setdefault("editor_first_paint", out["editor"])
    out["editor_cpu"] = time.process_time() - cpu
    out["editor_stall"] = gui.stall(start, start + out["editor"])
    _, out["peak"] = rss_mb()
    return out


def qsql(db: str, needle: str, reference: str) -> dict[str, Any]:
    gui = Gui()
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    out: dict[str, Any] = {}
    database = QSqlDatabase.addDatabase("QSQLITE")
    database.setDatabaseName(db)
    database.open()
    page = QWidget()
    search = QLineEdit()
    view = QTableView()
    model = QSqlQueryModel()
    model.setQuery(LIST_SQL + FIRST_SCREEN)
    view.setModel(model)
    layout = QVBoxLayout(page)
    layout.addWidget(search)
    layout.addWidget(view)
    page.resize(1280, 800)
    order = [FIRST_SCREEN]

    def on_header(column: int) -> None:  # a plain program sorts by a new query
        order[0] = SORTED if order[0] != SORTED else REVERSED
        model.setQuery(LIST_SQL + order[0])

    def on_text(text: str) -> None:  # the search keeps the order, as ours does
        query = QSqlQuery()
        query.prepare(LIST_SQL + SEARCH + order[0])
        query.addBindValue(f"%{text}%")
        query.addBindValue(f"%{text}%")
        query.exec()
        model.setQuery(query)

    view.horizontalHeader().sectionClicked.connect(on_header)
    search.textChanged.connect(on_text)
    page.show()
    out["shown"] = time.time()
    out["usable"] = gui.wait(lambda: model.rowCount() > 0 and gui.painted_since(view.viewport(), FIRST))
    out["usable_cpu"] = time.process_time()  # CPU of the process so far, interpreter start included
    out["start_stall"] = gui.stall(FIRST, out["usable"])
    out["rss"], _ = rss_mb()
    sort_and_search(gui, view, page, search, needle, out, db)
    start, cpu = time.time(), time.process_time()
    editor = QWidget()
    editor_model = QSqlQueryModel()
    for sql in EDITOR_SQL:
        query = QSqlQuery()
        query.prepare(sql)
        query.addBindValue(reference)
        query.exec()
        editor_model.setQuery(query)
    editor_view = QTableView(editor)
    editor_view.setModel(editor_model)
    editor.show()
    out["editor"] = gui.wait(lambda: gui.painted_since(editor, start)) - start
    out["editor_cpu"] = time.process_time() - cpu
    out["editor_stall"] = gui.stall(start, start + out["editor"])
    _, out["peak"] = rss_mb()
    return out


def main() -> None:
    mode, db, needle, reference = sys.argv[1:5]
    result = {"raw": raw, "ours": ours, "qsql": qsql}[mode](db, needle, reference)
    result["first"] = FIRST
    print(json.dumps(result), flush=True)
    os._exit(0)  # not the teardown of a million-row window: it is not what the user waits for


if __name__ == "__main__":
    main()
