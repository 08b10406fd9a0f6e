"""Hilfe: the manual (F1, opened at the chapter of the page in front) and Über bwi-vouchers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bwi_vouchers.paths import manual_dir
from bwi_vouchers.ui.about import AboutDialog
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.geometry import keep_geometry
from bwi_vouchers.ui.manual import MANUAL_SIZE, ManualWindow

EDITOR_SECTION = "anträge-erfassen"  # F1 in an application's window
#: the manual's chapter for each sidebar page (anchors of headings in docs/handbuch/handbuch.md)
PAGE_SECTIONS = {
    "tasks": "meine-aufgaben",
    "dashboard": "übersicht",
    "applications": "anträge-finden",
    "companies": "unternehmen",
    "measures": "maßnahmen",
    "clusters": "cluster-und-netzwerke",
    "budget": "budget-setzen-und-beobachten",
    "reports": "berichte-und-listen",
    "audit": "protokoll",
    "settings": "einstellungen",
}


def _bring_to_front(window: QWidget) -> None:
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # raising is a window manager's job; offscreen has none
        window.raise_()
        window.activateWindow()


class HelpActions(QObject):
    """The actions of the Hilfe menu and the windows they open (one manual window, raised when open)."""

    def __init__(self, context: UiContext, window: QWidget, current_page: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.current_page = current_page
        self.manual: ManualWindow | None = None
        self.about: AboutDialog | None = None
        self.manual_action = QAction(self.tr("&Manual"), window)
        self.manual_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.manual_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.manual_action.triggered.connect(self._on_manual_action_triggered)
        self.about_action = QAction(self.tr("&About bwi-vouchers"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def open_manual(self, section: str | None = None) -> ManualWindow | None:
        if self.manual is None:
            try:
                folder = manual_dir()
            except FileNotFoundError as error:
                QMessageBox.warning(self.window, self.tr("Manual"),
                                    self.tr("The manual is missing from this installation (%1).")
                                    .replace("%1", str(error)))
                return None
            self.manual = ManualWindow(folder, self.window)
            keep_geometry(self.manual, self.context.settings, "manual/geometry", MANUAL_SIZE)  # remembered
        _bring_to_front(self.manual)
        if section:
            self.manual.show_section(section)
        return self.manual

    def open_about(self) -> AboutDialog:
        if self.about is None:
            database = self.context.services.database
            self.about = AboutDialog(database=database.shown_name(), parent=self.window)
        _bring_to_front(self.about)
        return self.about

    def section_in_front(self) -> str | None:
        """The chapter for the window in front: an application's window, else the page shown in the main window."""
        from bwi_vouchers.ui.editor.window import ApplicationEditor

        if isinstance(QApplication.activeWindow(), ApplicationEditor):
            return EDITOR_SECTION
        return PAGE_SECTIONS.get(self.current_page() or "")

    @Slot()
    def _on_manual_action_triggered(self) -> None:
        self.open_manual(self.section_in_front())

    @Slot()
    def _on_about_action_triggered(self) -> None:
        self.open_about()
