"""Start the desktop program: QApplication, language, database, acting user, main window."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from bwi_vouchers.errors import BwiError
from bwi_vouchers.logs import setup_logging
from bwi_vouchers.paths import APP_AUTHOR, APP_NAME, icon_file
from bwi_vouchers.services import Services
from bwi_vouchers.services.identity import Identity
from bwi_vouchers.texts import role_text
from bwi_vouchers.ui import act_as, i18n
from bwi_vouchers.ui.about import versions_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.crash import CrashHandler
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.events import AppEvents
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.input_clock import InputClock
from bwi_vouchers.ui.main_window import MainWindow
from bwi_vouchers.ui.password import ask_with_dialog, open_with_password
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
#: Who acts for a requested login (None: the user himself) — ``app.acting_identity``.
Identify = Callable[[Services, "str | None"], Identity]

# For the smoke test of the frozen bundle (scripts/smoke_bundle.py): with this set to a file path, the program
# writes the shown main window's title, menus and sidebar texts there as JSON once its event loop runs, and
# goes on running. A file, not stdout: the windowed Windows program has no stdout.
SELF_CHECK_ENV = "BWI_VOUCHERS_SELF_CHECK"
#: The daily backup starts this long after the main window, not in the way of the first page's load.
BACKUP_DELAY_MS = 3000
IMPORT_AHEAD_MS = 1000  # the pages' modules imported on a thread of their own (~0.1 s CPU), after the start page's load


def build_window(services: Services, login: str, *, settings: Settings, runner: TaskRunner | None = None,
                 operator: str | None = None, live: bool = True, switch: act_as.Switch | None = None) -> MainWindow:
    """The main window over open services for the acting user (raises BwiError for an unknown user).
    ``operator``: the admin acting for ``login`` (``--user`` on SQLite), named in the status bar.

    With ``live``, other people's changes show in the window as they happen (``ui.live``) until it closes.
    ``switch``: how an admin on SQLite acts for someone else (``ui.act_as``; the *User* menu)."""
    from bwi_vouchers.services.live import ChangeFeed
    from bwi_vouchers.ui.live import LiveUpdates
    from bwi_vouchers.ui.pages import first_page, import_ahead, pages_for

    user = services.perform(lambda: services.users.acting(login)).value  # the first start adds the first user
    services.database.writes_are_operations = True  # from here on, every write goes through UiContext.perform
    context = UiContext(services=services, events=AppEvents(), runner=runner or TaskRunner(),
                        settings=settings, formats=Formats(settings.language), user=user)
    window = MainWindow(context, pages_for(user.roles))
    if operator is not None:
        window.user_label.setText(QCoreApplication.translate("MainWindow", "User: %1 for %2 (%3)")
                                  .replace("%1", operator).replace("%2", user.display_name)
                                  .replace("%3", ", ".join(sorted(role_text(r.value, context.language)
                                                                  for r in user.roles))))
    if switch is not None:
        act_as.install(window, context, operator, switch)
    start = first_page(user.roles, settings.page)
    if start in ("dashboard", "tasks") and services.listing.count() == 0:
        from bwi_vouchers.ui.pages.welcome import WelcomePage

        window.show_welcome(WelcomePage(context))  # first start: never a blank window
    else:
        window.show_page(start)
    if live:
        window.live = LiveUpdates(ChangeFeed(services.database), context.events, window)
        window.live.start()  # from the state the pages just read
    if runner is None:  # (tests bring a runner of their own and import as they go)
        entries = pages_for(user.roles)
        clock = InputClock(window)  # the imports wait while the user types or clicks
        QTimer.singleShot(IMPORT_AHEAD_MS, window, lambda: import_ahead(entries, clock.paused))
    return window


class UserSwitch:
    """Builds the main window anew for another acting user (``ui.act_as``): the old one closes, the new one shows
    with the same database; refused while an application is open, so that no input is lost."""

    def __init__(self, services: Services, settings: Settings, identify: Identify,
                 runner: TaskRunner | None = None) -> None:
        self.services = services
        self.settings = settings
        self.identify = identify
        self.runner = runner
        self.window: MainWindow | None = None

    def open(self, identity: Identity) -> MainWindow:
        self.window = build_window(self.services, identity.login, settings=self.settings, runner=self.runner,
                                   operator=identity.operator, switch=self)
        return self.window

    def __call__(self, requested: str | None) -> None:
        old = self.window
        assert old is not None, "UserSwitch.open builds the first window"
        if old.editors.open_editors:
            QMessageBox.information(old, "bwi-vouchers", QCoreApplication.translate(
                "ActAs", "Please close the open applications first."))
            return
        database = self.services.database
        previous = database.operator
        database.operator = None  # ``identify`` sets it again when the admin acts for someone
        try:
            identity = self.identify(self.services, requested)
        except BwiError as error:
            database.operator = previous
            show_error(old, error, self.settings.language)
            return
        quits = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        try:
            self.runner = old.context.runner
            old.close()
            log.info("Acting user now %s", identity.shown())
            self.open(identity).show()
            old.deleteLater()
        finally:
            QApplication.setQuitOnLastWindowClosed(quits)


def run(open_services: Callable[..., Services], login: str | Callable[[Services], Identity],
        identify: Identify | None = None) -> int:
    """The desktop program: log file, crash dialog for unexpected errors, language, database, main window.

    ``open_services`` opens the database (called once the language is set, so a refusal reads in it; with
    ``password=`` when the server asked for one). ``login``: the acting user, or how to find them once the
    database is open (``app.acting_identity``); ``identify``: who acts for a requested login, for an admin acting
    for someone else in the window (``ui.act_as``)."""
    log_file = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    if not isinstance(app, QApplication):
        raise RuntimeError("the desktop program needs a QApplication, not a QCoreApplication")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationDisplayName("bwi-vouchers")
    QApplication.setWindowIcon(QIcon(str(icon_file())))
    QApplication.setDesktopFileName(APP_NAME)  # Wayland/X11 docks match the window to resources/bwi-vouchers.desktop
    crashes = CrashHandler.of(app)
    crashes.install()
    log.info("Start: %s; log file %s", versions_text().replace("\n", ", "), log_file)
    try:
        return _start(app, crashes, open_services, login, identify)
    finally:
        crashes.uninstall()
        log.info("End")


def _start(app: QApplication, crashes: CrashHandler, open_services: Callable[..., Services],
           login: str | Callable[[Services], Identity], identify: Identify | None) -> int:
    settings = Settings(QSettings(APP_AUTHOR, APP_NAME))
    i18n.install(app, settings.language)
    try:
        services = open_until_reachable(open_services, settings.language)
        if services is None:
            return 1  # the user cancelled the password or gave up waiting for the server
        identity = Identity(login) if isinstance(login, str) else login(services)
        if identify is not None:
            window = UserSwitch(services, settings, identify).open(identity)
        else:
            window = build_window(services, identity.login, settings=settings, operator=identity.operator)
    except BwiError as error:
        log.warning("Start refused: %s", error)
        QMessageBox.critical(None, "bwi-vouchers", error.message(settings.language))
        return 1
    except Exception as error:  # noqa: BLE001 - a bug before the main window exists: the crash dialog, then end
        crashes.report(error, where="start")
        app.exec()  # until the crash dialog, the only window, is closed
        return 1
    window.show()
    if os.environ.get(SELF_CHECK_ENV):
        QTimer.singleShot(0, lambda: write_self_check(window, Path(os.environ[SELF_CHECK_ENV])))
    QTimer.singleShot(BACKUP_DELAY_MS, lambda: _start_daily_backup(window))
    return app.exec()


def open_until_reachable(open_services: Callable[..., Services], language: str) -> Services | None:
    """Open the database (asking for a password when the server wants one); while the server cannot be reached,
    say so and offer to try again — the program connects as soon as the server is back. None: the user gave up."""
    while True:
        try:
            return open_with_password(open_services, ask_with_dialog)
        except BwiError as error:
            if error.code != "server_unreachable":
                raise
            answer = QMessageBox.warning(None, "bwi-vouchers", error.message(language),
                                         QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
                                         QMessageBox.StandardButton.Retry)
            if answer != QMessageBox.StandardButton.Retry:
                return None


def _start_daily_backup(window: MainWindow) -> None:
    from bwi_vouchers.ui.pages.settings_database import start_daily_backup  # not imported before it is needed

    start_daily_backup(window, window.context)


def write_self_check(window: MainWindow, target: Path) -> None:
    menu_bar = window.menuWidget()  # not menuBar(): that would add an empty one
    texts = {
        "title": window.windowTitle(),
        "menus": [action.text() for action in menu_bar.actions()] if menu_bar is not None else [],
        "sidebar": [window.sidebar.item(row).text() for row in range(window.sidebar.count())],
    }
    target.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
