"""Anträge: every application, searchable as you type, filterable, sortable, with batch steps.

After an operation only the applications it changed are read again and their rows updated in place
(``refresh_rows``); master data shown in every row (companies, measures, clusters, target fields) or a bulk
change (``None`` ids) reload the list.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import PENDING, Status
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.listing import ApplicationFilter, ApplicationRow
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.models.application_index import ApplicationIndex, Column
from bwi_vouchers.ui.models.applications import ApplicationTableModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.batch_steps import BatchSteps
from bwi_vouchers.ui.pages.common import load
from bwi_vouchers.ui.pages.list_documents import ListDocuments
from bwi_vouchers.ui.widgets.status_chip import StatusChipDelegate

WIDTHS = {Column.REFERENCE: 105, Column.COMPANY: 200, Column.MEASURE: 95, Column.THEME: 120,
          Column.CLUSTER: 140, Column.RECEIPT: 85, Column.STATUS: 125, Column.COSTS: 130, Column.VOUCHER: 90,
          Column.APPROVED: 90, Column.PAID: 90}
# Shown through the header's context menu (the cluster filter is there in any case); the company column
# takes the width that is left, so that a 1280-pixel window shows every other column without scrolling.
HIDDEN = (Column.CLUSTER, Column.PAID)
HEADER_KEY = "applications/header"
#: More changed applications than this are read with the whole list (one query instead of a long IN list).
MOST_ROWS_REFRESHED = 5000


def _combo(width: int) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumWidth(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ApplicationsPage(Page):
    key = "applications"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self._preparing = False  # the index sorts its columns on the worker: row updates wait for it
        self._waiting: list[ApplicationRow] = []
        self.model = ApplicationTableModel(context.formats, self)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.new_button = QPushButton(self.tr("New application"))
        self.new_button.setToolTip(self.tr("Record a new application (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: context.events.application_open_requested.emit(""))
        self.documents = ListDocuments(context, self, shown=self.model.visible_rows, selected=self.selected)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.documents.letters_button)  # for the selected rows (the bottom row has no room left)
        top.addWidget(self.documents.export_button)
        top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference or company"))
        self.search.setToolTip(self.tr("Narrows the list as you type (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.status_filter = _combo(130)
        self.year_filter = _combo(80)
        self.theme_filter = _combo(130)
        self.measure_filter = _combo(140)
        self.cluster_filter = _combo(130)
        self.reset_button = QPushButton(self.tr("Reset filters"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                      self.cluster_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.reset_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusChipDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.COMPANY, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.setSortIndicator(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        saved = context.settings.value(HEADER_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
        self.table.setSortingEnabled(True)
        header.sectionResized.connect(self._on_header_changed)
        header.sortIndicatorChanged.connect(self._on_header_changed)

        self.count_label = QLabel()
        self.count_label.setMinimumWidth(230)  # a changing count then does not re-lay-out (and repaint) the page
        self.loading_label = QLabel(self.tr("Loading applications …"))
        self.loading_label.hide()
        self.batch = BatchSteps(context, self.selected, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.loading_label)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Selected:")))
        bottom.addWidget(self.batch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._on_filter_changed)
        for combo in (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                      self.cluster_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.model.dataChanged.connect(lambda *_: self._on_selection_changed())  # a status changed (also elsewhere)
        context.events.status_filter_requested.connect(self.show_status)
        self._fill_status_filter()
        self._update_count()

    def title(self) -> str:
        return self.tr("Applications")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # loading --------------------------------------------------------------------------------------
    def _on_events_changed(self, changes: Changes) -> None:
        """What an operation changed: the rows of the changed applications, or everything when rows show
        master data that changed (a company's name) or when any application may have changed."""
        if changes.touches(Kind.COMPANIES, Kind.MEASURES, Kind.CLUSTERS, Kind.THEMES):
            self.mark_stale()
            return
        ids = changes.application_ids
        if not changes.touches(Kind.APPLICATIONS) or self._stale:
            return  # not shown here, or the next showing loads everything anyway
        if ids is None or len(ids) > MOST_ROWS_REFRESHED:
            self.mark_stale()
        else:
            self.refresh_rows(ids)

    def refresh_rows(self, ids: frozenset[int]) -> None:
        """Read these applications again (changed or new) and update their rows; the others stay as they are."""
        listing = self.context.services.listing
        load(self, lambda: listing.rows_by_id(ids), self._on_rows_read)

    def _on_rows_read(self, rows: list[ApplicationRow]) -> None:
        self._waiting.extend(rows)
        if self._preparing:
            return  # applied when the index has sorted its columns
        rows, self._waiting = self._waiting, []
        if not self.model.update_rows(rows):
            self.mark_stale()  # a new application that belongs in the middle (received in an earlier year)
            return
        self._fill_years(self.model.index_.years())
        self._update_count()

    def reload(self) -> None:
        """Fill the filter choices at once (small), and load the rows off the GUI thread."""
        self._fill_choices()
        self._generation += 1
        generation = self._generation
        where, column, descending = self.current_filter(), self.model.index_.column, self.model.index_.descending
        listing = self.context.services.listing

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> ApplicationIndex:
            return ApplicationIndex(listing.rows(), where=where, column=column, descending=descending)

        self.loading_label.show()
        self.context.runner.start(work, on_done=lambda index: self._on_loaded(generation, index),
                                  on_error=self._on_load_failed, modal=False)

    def _on_loaded(self, generation: int, index: ApplicationIndex) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.loading_label.hide()
        self._fill_years(index.years())
        current = self.current_filter()
        if index.where != current:
            index.set_filter(current)  # typed while loading, or a chosen year is gone
        self.model.set_index(index)
        self._update_count()
        # The rows live long and hold no reference cycles: keep the cycle collector from walking 100,000
        # of them again and again (a pause in the middle of a keystroke). Freed rows still go by refcount.
        gc.freeze()

        def prepare(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> None:
            index.prepare(is_cancelled)  # every column sorted once in the background: header clicks stay quick

        self._preparing = True
        self.context.runner.start(prepare, on_done=self._on_prepared, on_error=self._on_prepare_failed, modal=False)

    def _on_prepared(self, _nothing: object = None) -> None:
        self._preparing = False
        if self._waiting:
            self._on_rows_read([])

    def _on_prepare_failed(self, error: BaseException) -> None:
        self._on_prepared()
        self._on_load_failed(error)

    def _on_load_failed(self, error: BaseException) -> None:
        self.loading_label.hide()
        show_error(self, error, self.context.language)

    # filters --------------------------------------------------------------------------------------
    def _fill_status_filter(self) -> None:
        language = self.context.language
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Open (received or in review)"), PENDING)
        for status in Status:
            self.status_filter.addItem(status_text(status.value, language), frozenset({status}))

    def _fill_choices(self) -> None:
        services = self.context.services
        language = self.context.language
        themes = services.catalogue.themes()
        self.model.theme_names = {t.code: (t.name_de if language == "de" else t.name_en) for t in themes}
        _refill(self.theme_filter, self.tr("All target fields"),
                [(f"{t.code} {self.model.theme_names[t.code]}", t.code) for t in themes])
        _refill(self.measure_filter, self.tr("All measures"),
                [(f"{m.code} – {m.title}", m.code) for m in services.measures.list()])
        _refill(self.cluster_filter, self.tr("All clusters"),
                [(c.name, c.name) for c in services.catalogue.clusters()])
        if self.year_filter.count() == 0:
            _refill(self.year_filter, self.tr("All years"), [])

    def _fill_years(self, years: list[int]) -> None:
        _refill(self.year_filter, self.tr("All years"), [(str(year), year) for year in years])

    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            text=self.search.text(), statuses=self.status_filter.currentData() or frozenset(),
            year=self.year_filter.currentData(), theme_code=self.theme_filter.currentData(),
            measure_code=self.measure_filter.currentData(), cluster=self.cluster_filter.currentData())

    @Slot()
    def _on_filter_changed(self) -> None:
        where = self.current_filter()
        self.model.set_filter(where)
        self._update_count()
        self.context.events.list_filter_changed.emit(where)

    @Slot(str)
    def show_status(self, status: str) -> None:
        """Show the applications of one status only (asked e.g. by the dashboard)."""
        wanted = frozenset({Status(status)})
        self.reset_filters()
        for position in range(self.status_filter.count()):
            if self.status_filter.itemData(position) == wanted:
                self.status_filter.setCurrentIndex(position)
        self.context.events.navigate_requested.emit(self.key)

    @Slot()
    def reset_filters(self) -> None:
        for combo in (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                      self.cluster_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self._on_filter_changed()

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        number = self.context.formats.number
        if total == 1:
            text = self.tr("%1 of 1 application").replace("%1", number(shown))
        else:
            text = self.tr("%1 of %2 applications").replace("%1", number(shown)).replace("%2", number(total))
        chosen = len(self.table.selectionModel().selectedRows())
        if chosen:
            text += "  ·  " + self.tr("%1 selected").replace("%1", number(chosen))
        self.count_label.setText(text)
        self.documents.update_state(shown)

    # selection and opening ------------------------------------------------------------------------
    def selected(self) -> list[tuple[str, Status]]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [(row.reference, row.status) for row in (self.model.row_at(r) for r in rows)]

    @Slot()
    def _on_selection_changed(self) -> None:
        self.batch.update_for_selection()
        self._update_count()

    @Slot()
    def _on_table_activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.context.events.application_open_requested.emit(self.model.row_at(index.row()).reference)

    @Slot(QPoint)
    def _on_header_menu_requested(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column is not Column.REFERENCE)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        menu.popup(header.mapToGlobal(position))

    def _show_column(self, column: Column, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._on_header_changed()

    @Slot()
    def _on_header_changed(self) -> None:
        self.context.settings.set_value(HEADER_KEY, self.table.horizontalHeader().saveState())


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    """Replace a filter's choices, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    position = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(position, 0))
    combo.blockSignals(False)
