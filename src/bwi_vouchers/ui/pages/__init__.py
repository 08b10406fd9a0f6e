"""The pages of the sidebar, in order. Each module adds one page class.

A page is built the first time it is shown (``ui.main_window.LazyPages``): its module, and what only it needs
(documents, spreadsheets, charts, backups), is not imported before. ``PageEntry`` tells the sidebar what it
needs meanwhile: the key and the title (the page class's own ``title()``, as a test checks).
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    module: str  # in bwi_vouchers.ui.pages
    name: str  # the page class, also the translation context of its title
    title_text: str  # English; the page's title() says the same through self.tr

    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.title_text)

    def page_class(self) -> type[Page]:
        page: type[Page] = getattr(importlib.import_module(f"bwi_vouchers.ui.pages.{self.module}"), self.name)
        return page

    def __call__(self, context: UiContext) -> Page:
        return self.page_class()(context)


PAGES = (
    PageEntry("tasks", "tasks", "TasksPage", "My tasks"),  # only for clerks and approvers (``pages_for``)
    PageEntry("dashboard", "dashboard", "DashboardPage", "Overview"),
    PageEntry("applications", "applications", "ApplicationsPage", "Applications"),
    PageEntry("companies", "companies", "CompaniesPage", "Companies"),
    PageEntry("measures", "measures", "MeasuresPage", "Measures"),
    PageEntry("clusters", "clusters", "ClustersPage", "Clusters & networks"),
    PageEntry("budget", "budget", "BudgetPage", "Budget"),
    PageEntry("reports", "reports", "ReportsPage", "Reports"),
    PageEntry("audit", "audit", "AuditLogPage", "Audit log"),
    PageEntry("settings", "settings", "SettingsPage", "Settings"),
)


def all_pages() -> list[PageEntry]:
    return list(PAGES)


def has_tasks(roles: Collection[Role]) -> bool:
    """Whether a user with these roles has *Meine Aufgaben* (clerks and approvers)."""
    return Role.CLERK in roles or Role.APPROVER in roles


def pages_for(roles: Collection[Role]) -> list[PageEntry]:
    """The sidebar of a user with these roles: every page, *Meine Aufgaben* only for clerks and approvers."""
    return [entry for entry in PAGES if entry.key != "tasks" or has_tasks(roles)]


def first_page(roles: Collection[Role], remembered: str) -> str:
    """Where the window opens: clerks and approvers (who are not admins) start their day on *Meine Aufgaben*;
    admins and budget controllers on the page they last had open (the overview at first)."""
    if has_tasks(roles) and Role.ADMIN not in roles:
        return "tasks"
    return remembered if remembered in {entry.key for entry in pages_for(roles)} else "dashboard"


#: Modules a page pulls in that take long to import (the Excel library, the charts); read ahead as well.
HEAVY_IMPORTS = ("openpyxl", "PySide6.QtCharts")


#: Import ahead only once the user has paused this long (seconds), module by module.
PAUSE_S = 1.0


def import_ahead(entries: Sequence[PageEntry], paused: Callable[[float], bool] = lambda seconds: True
                 ) -> threading.Thread:
    """Import the pages' modules on a thread of their own (started once the window stands): the first visit of a
    page then builds its widgets only, instead of stalling the window for the imports (the reports page pulls in
    the Excel library: a quarter of a second). Each module waits until ``paused(PAUSE_S)``: the user typing or
    clicking goes first (see ``ui.input_clock``)."""

    def run() -> None:
        for name in (*HEAVY_IMPORTS, *(f"bwi_vouchers.ui.pages.{entry.module}" for entry in entries)):
            while not paused(PAUSE_S):
                time.sleep(0.1)
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - imported again when the page is built, and reported there
                logging.getLogger(__name__).debug("import ahead of %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name="import-pages-ahead", daemon=True)
    thread.start()
    return thread
