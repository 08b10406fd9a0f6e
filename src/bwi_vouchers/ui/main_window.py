"""The main window: a sidebar of pages, the pages in a stack, and a status bar (user, database, year)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from bwi_vouchers.texts import role_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.editor.opener import EditorOpener
from bwi_vouchers.ui.geometry import keep_geometry
from bwi_vouchers.ui.help import HelpActions
from bwi_vouchers.ui.live import LiveUpdates
from bwi_vouchers.ui.pages import PageEntry
from bwi_vouchers.ui.pages.base import Page

DEFAULT_SIZE = QSize(1280, 680)  # fits a 1366×768 screen with a task bar and a title bar

if TYPE_CHECKING:
    from bwi_vouchers.ui.task_counts import TaskCounts

SIDEBAR_WIDTH, SIDEBAR_FONT_PX, SIDEBAR_ITEM_PADDING_PX, SIDEBAR_MARK_PX = 220, 14, 16, 4
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f3a5f; color: #e8eef6; border: none; font-size: 14px; padding-top: 8px; }
QListWidget#sidebar::item { padding: 10px 16px; }
QListWidget#sidebar::item:selected { background: #2f5d8f; color: white; border-left: 4px solid #f2b134; }
QListWidget#sidebar::item:hover:!selected { background: #29496f; }
"""


class LazyPages(Mapping[str, Page]):
    """The main window's pages by key, in sidebar order; each is built (its module imported) when first asked
    for, and then takes the place of its empty stand-in in the stack."""

    def __init__(self, context: UiContext, entries: list[PageEntry], stack: QStackedWidget) -> None:
        self.context = context
        self.entries = {entry.key: entry for entry in entries}
        self.stack = stack
        self.made: dict[str, Page] = {}
        self.stand_ins: dict[str, QWidget] = {}
        for entry in entries:
            self.stand_ins[entry.key] = stand_in = QWidget()
            stack.addWidget(stand_in)

    def built(self, key: str) -> bool:
        return key in self.made

    def __getitem__(self, key: str) -> Page:
        page = self.made.get(key)
        if page is None:
            page = self.entries[key](self.context)
            self.made[key] = page
            stand_in = self.stand_ins.pop(key)
            self.stack.insertWidget(self.stack.indexOf(stand_in), page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return page

    def __contains__(self, key: object) -> bool:
        return key in self.entries  # without building the page

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


class MainWindow(QMainWindow):
    def __init__(self, context: UiContext, pages: list[PageEntry]) -> None:
        super().__init__()
        self.context = context
        # The platform adds the programme's name ("… — bwi-vouchers"), so the title does not say it again.
        self.setWindowTitle(self.tr("Internationalisation vouchers"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages = LazyPages(context, pages, self.stack)
        for entry in pages:
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
        self._fit_sidebar()
        # The application list may not be built yet when another page asks it to show a status.
        context.events.status_filter_requested.connect(self._on_status_filter_requested)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_status_bar()
        self._build_shortcuts()
        self._build_view_menu()
        self._build_help_menu()
        self.task_counts = self._build_task_counts()
        self.live: LiveUpdates | None = None  # other people's changes (set by ``ui.main.build_window``)
        # opens an editor on application_open_requested; prepares one ahead once the shown page has its rows
        self.editors = EditorOpener(context, self, quiet=self._page_quiet, sample=self._shown_reference)
        self.welcome: Page | None = None
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        context.events.navigate_requested.connect(self.show_page)
        self.geometry_keeper = keep_geometry(self, context.settings, "window/geometry", DEFAULT_SIZE)

    def _build_status_bar(self) -> None:
        ctx = self.context
        roles = ", ".join(sorted(role_text(r.value, ctx.language) for r in ctx.user.roles))
        self.user_label = QLabel(self.tr("User: %1 (%2)").replace("%1", ctx.user.display_name).replace("%2", roles))
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ctx.services.database.shown_name()))
        self.year_label = QLabel(self.tr("Programme year %1").replace("%1", str(ctx.services.clock.today().year)))
        for label in (self.user_label, self.db_label, self.year_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    def _build_shortcuts(self) -> None:
        new = QAction(self.tr("New application"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.context.events.application_open_requested.emit(""))
        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._on_find_triggered)
        for action in (new, find):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_view_menu(self) -> None:
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.setToolTip(self.tr("Read the shown page again from the database (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addAction(self.refresh_action)

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest entry, also *Meine Aufgaben* with the largest count ("(9.999+)"); never a
        horizontal scroll bar (a longer text than that — another language, a larger font — is elided)."""
        from bwi_vouchers.services.tasks import CAP

        font = QFont(self.sidebar.font())
        font.setPixelSize(SIDEBAR_FONT_PX)
        metrics = QFontMetrics(font)
        texts = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        if "tasks" in self.pages:
            texts.append(f"{self.pages.entries['tasks'].title()}  ({self.context.formats.number(CAP)}+)")
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        padding = 2 * SIDEBAR_ITEM_PADDING_PX + SIDEBAR_MARK_PX + 2 * self.sidebar.frameWidth() + 12
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, widest + padding))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _build_task_counts(self) -> TaskCounts | None:
        """The count beside *Meine Aufgaben*, when the user has that page."""
        if "tasks" not in self.pages:
            return None
        from bwi_vouchers.ui.task_counts import TaskCounts

        item = self.sidebar.item(list(self.pages).index("tasks"))
        counts = TaskCounts(self.context, item, item.text(), self)
        self.refresh_action.triggered.connect(counts.reload)
        counts.reload()
        return counts

    @Slot()
    def refresh(self) -> None:
        """F5: the shown page reads its data again, the others when they are shown next."""
        for page in [*self.pages.values(), *([self.welcome] if self.welcome is not None else [])]:
            page.mark_stale()  # only the visible one reloads now

    def _build_help_menu(self) -> None:
        page = self.current_page
        self.help = HelpActions(self.context, self, lambda: (p.key if (p := page()) is not None else None))
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.help.manual_action)
        menu.addSeparator()
        menu.addAction(self.help.about_action)

    @Slot()
    def _on_find_triggered(self) -> None:
        page = self.current_page()
        if page is None or not page.focus_search():
            self.show_page("applications")
            applications = self.pages.get("applications")
            if applications is not None:
                applications.focus_search()

    def show_welcome(self, page: Page) -> None:
        """An empty database: a welcome page instead of the dashboard (it has no sidebar entry)."""
        self.welcome = page
        self.stack.addWidget(page)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.activate()

    def _page_quiet(self) -> bool:
        page = self.current_page()
        return page is None or not page.busy()

    def _shown_reference(self) -> str | None:
        page = self.current_page()
        return page.shown_reference() if page is not None else None

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    @Slot(str)
    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.sidebar.setCurrentRow(keys.index(key))

    @Slot(int)
    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[list(self.pages)[row]]
        self.stack.setCurrentWidget(page)
        self.context.settings.page = page.key
        page.activate()

    @Slot(str)
    def _on_status_filter_requested(self, status: str) -> None:
        if not self.pages.built("applications") and "applications" in self.pages:
            self.pages["applications"].show_status(status)  # type: ignore[attr-defined]
            # (once built, the page hears the signal itself)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.live is not None:
            self.live.stop()
        self.geometry_keeper.save()
        self.context.settings.sync()
        super().closeEvent(event)
