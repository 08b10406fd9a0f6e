"""Start the desktop program: QApplication, language, database, acting user, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from bwi_vouchers.errors import BwiError
from bwi_vouchers.paths import APP_AUTHOR, APP_NAME
from bwi_vouchers.services import Services
from bwi_vouchers.ui import i18n
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.events import AppEvents
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.main_window import MainWindow
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import TaskRunner


def build_window(services: Services, login: str, *, settings: Settings, runner: TaskRunner | None = None) -> MainWindow:
    """The main window over open services for the acting user (raises BwiError for an unknown user)."""
    from bwi_vouchers.ui.pages import all_pages

    user = services.users.acting(login)
    context = UiContext(services=services, events=AppEvents(), runner=runner or TaskRunner(),
                        settings=settings, formats=Formats(settings.language), user=user)
    window = MainWindow(context, all_pages())
    start = settings.page if settings.page in window.pages else "dashboard"
    if start == "dashboard" and services.listing.count() == 0:
        from bwi_vouchers.ui.pages.welcome import WelcomePage

        window.show_welcome(WelcomePage(context))  # first start: never a blank window
    else:
        window.show_page(start)
    return window


def run(db: str | None = None, user: str | None = None) -> int:
    from bwi_vouchers.cli import default_login, open_database

    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationDisplayName("bwi-vouchers")
    settings = Settings(QSettings(APP_AUTHOR, APP_NAME))
    i18n.install(app, settings.language)
    try:
        services = open_database(db)
        window = build_window(services, user or default_login(), settings=settings)
    except BwiError as error:
        QMessageBox.critical(None, "bwi-vouchers", error.message(settings.language))
        return 1
    window.show()
    from bwi_vouchers.ui.pages.settings_database import start_daily_backup  # after the first page's load
    start_daily_backup(window, window.context)
    return app.exec()
