"""Render the main screens with demo data offscreen and save them as PNGs (for the README and for review).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--applications 1000] [--only NAME …]
        [--screens 1366x768 1920x1080]

Each screen size gets a subfolder (``1366/``, ``1920/``) and runs in a process of its own, on an offscreen
screen of that size: windows open at the size the program picks for that screen (on the large one
maximised), so what does not fit or is clipped shows in the pictures.

``SCREENS`` is a list of (name, function): a function gets the ``Stage`` (a fresh database, demo data on
demand, main windows per login) and returns the widget to photograph. To add a page, append one entry.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bwi_vouchers.domain.enums import Status  # noqa: E402
from bwi_vouchers.services import Services  # noqa: E402
from bwi_vouchers.services.clock import FixedClock  # noqa: E402
from bwi_vouchers.storage.database import Database  # noqa: E402
from bwi_vouchers.ui import i18n  # noqa: E402
from bwi_vouchers.ui.letters import LetterRequest  # noqa: E402
from bwi_vouchers.ui.main import build_window  # noqa: E402
from bwi_vouchers.ui.main_window import MainWindow  # noqa: E402
from bwi_vouchers.ui.settings import Settings  # noqa: E402
from bwi_vouchers.ui.tasks import SynchronousTaskRunner  # noqa: E402

TODAY = date(2026, 3, 2)  # a fixed day, so that the pictures do not change from run to run
CLERK, APPROVER = "mueller", "fischer"  # demo users: Anna Müller (clerk), Sabine Fischer (approver)


@dataclass
class Stage:
    app: QApplication
    services: Services
    folder: Path
    applications: int
    windows: dict[str, MainWindow] = field(default_factory=dict)
    demo_loaded: bool = False

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def window(self, login: str = CLERK) -> MainWindow:
        """The main window of a user (built once), as after signing in."""
        if login not in self.windows:
            settings = Settings(QSettings(str(self.folder / f"{login}.ini"), QSettings.Format.IniFormat))
            window = build_window(self.services, login, settings=settings, runner=SynchronousTaskRunner())
            show(window)
            self.windows[login] = window
        self.settle()
        return self.windows[login]

    def ensure_demo(self) -> None:
        if not self.demo_loaded:
            self.services.demo.load("admin", applications=self.applications)
            for window in self.windows.values():
                window.context.events.data_loaded()
            self.demo_loaded = True

    def page(self, key: str, login: str = CLERK) -> MainWindow:
        """A main window showing one sidebar page, with demo data."""
        self.ensure_demo()
        window = self.window(login)
        window.show_page(key)
        self.settle()
        return window


def show(window: QWidget) -> None:
    """As the program opens a window on this screen; on a large screen maximised (the widest layout)."""
    screen = window.screen().availableGeometry()
    if screen.width() >= 1900:
        window.showMaximized()
    else:
        window.show()


def in_review_of_one_measure(stage: Stage) -> list[str]:
    rows = [r for r in stage.services.listing.rows() if r.status is Status.IN_REVIEW]
    codes = [r.measure_code for r in rows]
    busiest = max(set(codes), key=codes.count)
    return [r.reference for r in rows if r.measure_code == busiest]


# the screens ---------------------------------------------------------------------------------------
def welcome(stage: Stage) -> QWidget:
    return stage.window("admin")  # still empty: the first start


def applications(stage: Stage) -> QWidget:
    return stage.page("applications")


def applications_search(stage: Stage) -> QWidget:
    window = stage.page("applications", APPROVER)
    page = window.pages["applications"]
    page.reset_filters()
    references = in_review_of_one_measure(stage)
    code = stage.services.applications.get(references[0]).measure_code
    page.status_filter.setCurrentIndex(page.status_filter.findText("in Prüfung"))
    page.measure_filter.setCurrentIndex(page.measure_filter.findData(code))
    page.table.selectAll()
    stage.settle()
    return window


def editor(stage: Stage) -> QWidget:
    stage.ensure_demo()
    window = stage.window(CLERK)
    rows = [r for r in stage.services.listing.rows() if r.status is Status.IN_REVIEW]
    editor_window = window.editors.open(rows[len(rows) // 2].reference)
    assert editor_window is not None
    show(editor_window)
    stage.settle()
    return editor_window


def editor_new(stage: Stage) -> QWidget:
    """A new application being typed: the checklist reacts (costs below the minimum)."""
    stage.ensure_demo()
    window = stage.window(CLERK)
    editor_window = window.editors.open("")
    assert editor_window is not None
    show(editor_window)
    form = editor_window.form
    editing = editor_window.context.services.editing  # the first company by name, the next measure to come
    form.company.pick(next(c for c in editing.companies("") if c.name[:1].isalpha()))
    form.measure.pick(editing.measures("")[0])
    form.costs.model.setData(form.costs.model.index(0, 0), "Teilnahmegebühr")
    form.costs.model.setData(form.costs.model.index(0, 2), "450")
    form.requested.setText("1.000,-")
    editor_window.refresh_check()
    stage.settle()
    return editor_window


def my_tasks(stage: Stage) -> QWidget:
    """An approver's first page: what waits for her decision, payouts to release, with counts in the sidebar."""
    return stage.page("tasks", APPROVER)


def decision_confirm(stage: Stage) -> QWidget:
    """An approver approves in the editor: the confirmation names the amount and the budget line (not confirmed)."""
    stage.ensure_demo()
    window = stage.window(APPROVER)
    rows = [r for r in stage.services.listing.rows() if r.status is Status.IN_REVIEW]
    editor_window = window.editors.open(rows[0].reference)
    assert editor_window is not None
    show(editor_window)
    editor_window.take_step(Status.APPROVED)
    stage.settle()
    assert editor_window.confirmation is not None
    return editor_window.confirmation


def proof_dialog(stage: Stage) -> QWidget:
    """A clerk records a proof of use: date received, cost items, receipts and the payout before confirming."""
    stage.ensure_demo()
    window = stage.window(CLERK)
    today = stage.services.clock.today()
    done = [r for r in stage.services.listing.rows() if r.status is Status.APPROVED
            and stage.services.proof.basis(r.reference).measure_end < today]
    editor_window = window.editors.open(done[0].reference)
    assert editor_window is not None
    show(editor_window)
    editor_window.take_step(Status.PROOF_RECEIVED)
    stage.settle()
    assert editor_window.proof_dialog is not None
    return editor_window.proof_dialog


def batch_summary(stage: Stage) -> QWidget:
    """An approver approves all applications of one trip in review; one may be refused, with the reason."""
    window = applications_search(stage)
    page = window.pages["applications"]
    page.batch.run(Status.APPROVED)  # the preview runs on the worker, then the confirmation opens
    for _ in range(200):
        if getattr(page.batch, "confirmation", None) is not None:
            break
        stage.settle()
    page.batch.confirmation.confirm_button.click()  # the decision with its total and budget lines, confirmed
    for _ in range(200):
        if page.batch.summary is not None:
            break
        stage.settle()
    assert page.batch.summary is not None
    stage.settle()
    return page.batch.summary


def dashboard(stage: Stage) -> QWidget:
    return stage.page("dashboard")


def companies(stage: Stage) -> QWidget:
    """The company with the most applications, on its de-minimis register."""
    window = stage.page("companies")
    page = window.pages["companies"]
    rows = page.model.rows()
    page.select_company(max(rows, key=lambda r: r.applications).id)
    page.detail.setCurrentIndex(4)
    stage.settle()
    return window


def measures(stage: Stage) -> QWidget:
    window = stage.page("measures")
    page = window.pages["measures"]
    busiest = max(page.model.rows(), key=lambda r: r.applications)
    page.select_code(busiest.measure.code)
    stage.settle()
    return window


def clusters(stage: Stage) -> QWidget:
    return stage.page("clusters", "admin")


def budget(stage: Stage) -> QWidget:
    return stage.page("budget", "admin")


def budget_chart(stage: Stage) -> QWidget:
    window = stage.page("budget", "admin")
    page = window.pages["budget"]
    page.tabs.setCurrentWidget(page.chart)
    stage.settle()
    return window


def audit(stage: Stage) -> QWidget:
    window = stage.page("audit", "admin")
    page = window.pages["audit"]
    page.table.selectRow(0)
    stage.settle()
    return window


def settings_versions(stage: Stage) -> QWidget:
    return stage.page("settings", "admin")


def reports(stage: Stage) -> QWidget:
    return stage.page("reports")


def import_report(stage: Stage) -> QWidget:
    """A workbook from the online form with good and bad rows, checked (dry run): the report before importing."""
    from openpyxl import load_workbook

    window = stage.page("reports")
    page = window.pages["reports"]
    measure = max(stage.services.measures.list(), key=lambda m: m.start_date)
    cluster = stage.services.catalogue.clusters()[0].name
    path = stage.services.importing.template(stage.folder / "Online-Formular März 2026.xlsx")
    good = {"Registernummer": "", "PLZ": "70173", "Ort": "Stuttgart", "Sitz/Niederlassung in BW": "ja",
            "Beschäftigte (JAE)": 18, "Jahresumsatz (EUR)": "2.400.000,00", "Bilanzsumme (EUR)": "1.100.000,00",
            "Cluster/Netzwerk": cluster, "Themenfeld": measure.themes[0] if measure.themes else 6,
            "Maßnahme": measure.code, "Antragseingang": "02.03.2026", "Förderfähige Kosten (EUR)": "3.850,00",
            "Ansprechpartner": "Jonas Weber", "E-Mail": "j.weber@example.com"}
    rows = [
        {**good, "Unternehmen": "Kessler Feinwerktechnik GmbH", "Registernummer": "HRB 780112"},
        {**good, "Unternehmen": "Lindner & Vogt Sensorik GmbH", "Registernummer": "HRB 780113", "Ort": "Ulm",
         "PLZ": "89073", "Antragseingang": "31.02.2026"},
        {**good, "Unternehmen": "Medisoft Freiburg GmbH", "Registernummer": "HRB 780114",
         "Cluster/Netzwerk": "Cluster Medizin Nord"},
        {**good, "Unternehmen": "Rheintal Robotics GmbH", "Registernummer": "HRB 780115", "Ort": "Karlsruhe",
         "PLZ": "76131", "Förderfähige Kosten (EUR)": "ca. 4000"},
        {**good, "Unternehmen": "Schwarzwald Optik KG", "Registernummer": "HRB 780116", "Ort": "Freiburg",
         "PLZ": "79098"},
        {**good, "Unternehmen": None, "Registernummer": "HRB 780117"},
    ]
    book = load_workbook(path)
    sheet = book["Anträge"]
    headers = [cell.value for cell in sheet[1]]
    for row in rows:
        sheet.append([row.get(header) for header in headers])
    book.save(path)
    page.imports.check(path)
    assert page.imports.dialog is not None
    stage.settle()
    return page.imports.dialog


def editor_letter(stage: Stage) -> QWidget:
    """An approved application after “Brief erstellen …”: the letter under Dokumente (records a letter)."""
    stage.ensure_demo()
    window = stage.window(CLERK)
    rows = [r for r in stage.services.listing.rows() if r.status is Status.APPROVED]
    editor_window = window.editors.open(rows[len(rows) // 2].reference)
    assert editor_window is not None
    folder = stage.folder / "Briefe"
    folder.mkdir(exist_ok=True)
    editor_window.letter.writer.start(LetterRequest(references=(editor_window.info.reference,)), folder)
    stage.settle()
    return editor_window


def letters_summary(stage: Stage) -> QWidget:
    """Berichte → Briefe for every rejected application without its letter: what was written (records letters)."""
    window = stage.page("reports")
    page = window.pages["reports"]
    page.letter_choice.setCurrentIndex(page.letter_choice.findData(Status.REJECTED.value))
    folder = stage.folder / "Ablehnungen"
    folder.mkdir(exist_ok=True)
    page.letters.start(LetterRequest(statuses=(Status.REJECTED,), missing_only=True), folder)
    assert page.letters.summary is not None
    stage.settle()
    return page.letters.summary


SCREENS: list[tuple[str, Callable[[Stage], QWidget]]] = [
    ("welcome", welcome),
    ("applications", applications),
    ("applications-search", applications_search),
    ("editor", editor),
    ("editor-new", editor_new),
    ("my-tasks", my_tasks),
    ("decision-confirm", decision_confirm),
    ("proof-dialog", proof_dialog),
    ("batch-summary", batch_summary),  # changes data: keep it last of the application screens
    ("dashboard", dashboard),
    ("companies", companies),
    ("measures", measures),
    ("clusters", clusters),
    ("budget", budget),
    ("budget-chart", budget_chart),
    ("audit", audit),
    ("settings", settings_versions),
    ("reports", reports),
    ("import-report", import_report),
    ("editor-letter", editor_letter),  # records letters: after the screens that show the list
    ("letters-summary", letters_summary),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--only", nargs="*", help="names of screens to render (default: all)")
    parser.add_argument("--screens", nargs="*", default=["1366x768", "1920x1080"],
                        help="screen sizes, each into a subfolder named by its width")
    parser.add_argument("--screen", help=argparse.SUPPRESS)  # one size, in this process (set by --screens)
    args = parser.parse_args(argv)
    if args.screen is None:
        failed = False
        for size in args.screens:
            width = size.split("x")[0]
            command = [sys.executable, __file__, "--out", str(args.out / width), "--applications",
                       str(args.applications), "--screen", size, *(["--only", *args.only] if args.only else [])]
            failed = failed or subprocess.run(command, check=False).returncode != 0
        return 1 if failed else 0
    return render(args)


def save_small(widget: QWidget, target: Path) -> None:
    """A PNG of 256 colours without dithering: a screen's flat colours stay flat and compress well."""
    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(target), "PNG", 9)


def offscreen_screen(size: str, folder: Path) -> None:
    """Make Qt's offscreen platform pretend a screen of this size (before the QApplication is made)."""
    width, height = (int(n) for n in size.split("x"))
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpiX": 96, "logicalDpiY": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def render(args: argparse.Namespace) -> int:
    settings_folder = Path(tempfile.mkdtemp(prefix="bwi-screens-"))
    offscreen_screen(args.screen, settings_folder)
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, "de")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open("sqlite:///" + str(Path(folder) / "screens.db"))
        services = Services.build(database, FixedClock(TODAY))
        services.users.acting("admin")  # the first user, with every role
        stage = Stage(app, services, Path(folder), args.applications)
        for name, screen in SCREENS:
            if args.only and name not in args.only:
                continue
            widget = screen(stage)
            target = args.out / f"{name}.png"
            save_small(widget, target)
            print(target)
        for window in stage.windows.values():
            window.close()
        database.dispose()
    sys.stdout.flush()
    # The pictures are written: leave without Qt's and Python's teardown of the windows, which an offscreen
    # run with many windows open does not always survive (it then failed the run after every picture was saved).
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
