"""Anträge: every application, searchable as you type, filterable, sortable, with batch steps.

The list pages through SQL (``ApplicationTableModel``): counting, sorting, filtering and searching run in the
database, off the GUI thread, and only the rows near the screen are read. After an operation the list is read
again where it is shown (``refresh_rows``) and the changed rows repaint; master data shown in every row
(companies, measures, clusters, target fields) or a bulk change (``None`` ids) reload it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from bwi_vouchers.services.listing import ApplicationFilter, ApplicationRow, Column, Selection
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.models.applications import ApplicationTableModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.batch_steps import BatchSteps
from bwi_vouchers.ui.pages.common import load
from bwi_vouchers.ui.pages.list_documents import ListDocuments
from bwi_vouchers.ui.pages.list_print import ListPrinting
from bwi_vouchers.ui.pages.list_search import HiddenMatches, SearchKeys
from bwi_vouchers.ui.pages.saved_filters import COMBOS, SavedFilters
from bwi_vouchers.ui.widgets.choice_model import ChoiceModel
from bwi_vouchers.ui.widgets.status_chip import StatusChipDelegate

WIDTHS = {Column.REFERENCE: 105, Column.COMPANY: 200, Column.MEASURE: 95, Column.THEME: 120,
          Column.CLUSTER: 140, Column.RECEIPT: 85, Column.STATUS: 125, Column.COSTS: 130, Column.VOUCHER: 90,
          Column.APPROVED: 90, Column.PAID: 90}
# Shown through the header's context menu (the cluster filter is there in any case); the company column
# takes the width that is left, so that a 1280-pixel window shows every other column without scrolling.
HIDDEN = (Column.CLUSTER, Column.PAID)
HEADER_KEY = "applications/header"
#: More changed applications than this reload the list (and forget the selection) instead of refreshing it.
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
        self._reads = type(context.runner)(self)  # list reads of their own: never queued behind a long write
        self._picked: tuple[tuple[Any, ...], Selection] | None = None
        # counts beside the pages (typing never waits for a count), giving way to the GUI thread for a core
        self._counts = type(context.runner)(self, background=True)
        self.model = ApplicationTableModel(context.formats, context.services.listing, self._read, self,
                                           count_reader=self._read_count)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.new_button = QPushButton(self.tr("New application"))
        self.new_button.setToolTip(self.tr("Record a new application (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: context.events.application_open_requested.emit(""))
        self.documents = ListDocuments(context, self, shown=self.shown_rows, selected=self.selected)
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
        self.measure_choices = ChoiceModel(self.measure_filter)
        self.measure_filter.setModel(self.measure_choices)
        self.measure_choices.replace([(self.tr("All measures"), None)])
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

        self.printing = ListPrinting(context, self, view=self.table, model=self.model, shown=self.shown_rows)
        top.insertWidget(top.indexOf(self.documents.export_button) + 1, self.printing.button)
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

        self.saved_filters = SavedFilters(
            context.settings, context.user.login, search=self.search, table=self.table, parent=self,
            combos=dict(zip(COMBOS, (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                                     self.cluster_filter), strict=True)), applied=self._on_filter_changed)
        top.insertWidget(2, self.saved_filters.button)  # after the heading and the stretch
        self.search_keys = SearchKeys(self.search, self.table)
        self.search_keys.open_requested.connect(self._on_table_activated)
        # a count like the list's own: beside them, never in front of the next keystroke's first page
        self.hidden_matches = HiddenMatches(context.services.listing, context.formats, self._read_count, self)
        self.hidden_matches.clear_requested.connect(lambda: self.reset_filters(keep_search=True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.hidden_matches)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._on_filter_changed)
        for combo in (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                      self.cluster_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(lambda: self.reset_filters())
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.model.view_changed.connect(self._on_view_changed)
        self.model.dataChanged.connect(lambda *_: self._on_selection_changed())  # a status changed (also elsewhere)
        context.events.status_filter_requested.connect(self.show_status)
        self._fill_status_filter()
        self._update_count()

    def title(self) -> str:
        return self.tr("Applications")

    def shown_reference(self) -> str | None:
        current = self.table.currentIndex()
        row = self.model.cached(current.row() if current.isValid() else 0)
        return row.reference if row is not None else None

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
        """Read the list again where it is shown after these applications changed (or were added): their rows
        repaint, move, leave or arrive; the others stay as they are."""
        self.model.refresh(ids)
        load(self, self.context.services.listing.years, self._fill_years)

    def reload(self) -> None:
        """Fill the filter choices at once (small), and ask the database for the list off the GUI thread."""
        self._fill_choices()
        self.loading_label.show()
        self.model.request(self.current_filter())
        load(self, self.context.services.listing.years, self._fill_years)

    def busy(self) -> bool:
        return self._reads.busy

    def _read(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """How the model reads: off the GUI thread, one read at a time (tests: at once)."""
        self._reads.start(lambda report, is_cancelled: work(), on_done=done, on_error=self._on_load_failed,
                          modal=False)

    def _read_count(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._counts.start(lambda report, is_cancelled: work(), on_done=done, on_error=self._on_load_failed,
                           modal=False)

    @Slot()
    def _on_view_changed(self) -> None:
        self.loading_label.hide()
        self._update_count()
        self.hidden_matches.update_for(self.model.view)

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
        load(self, services.measures.labels, self._fill_measures)  # 25,000 at a million applications
        _refill(self.cluster_filter, self.tr("All clusters"),
                [(c.name, c.name) for c in services.catalogue.clusters()])
        if self.year_filter.count() == 0:
            _refill(self.year_filter, self.tr("All years"), [])

    def _fill_measures(self, labels: list[tuple[str, str]]) -> None:
        """The measure filter's choices, read off the GUI thread and handed to the combo as one model."""
        combo, model = self.measure_filter, self.measure_choices
        chosen = combo.currentData()
        combo.blockSignals(True)
        model.replace([(self.tr("All measures"), None), *((f"{code} – {title}", code) for code, title in labels)])
        combo.setCurrentIndex(max(model.position(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def _fill_years(self, years: list[int]) -> None:
        _refill(self.year_filter, self.tr("All years"), [(str(year), year) for year in years])
        if self.year_filter.currentData() != self.model.where.year:  # the chosen year is gone
            self._on_filter_changed()

    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            text=self.search.text(), statuses=self.status_filter.currentData() or frozenset(),
            year=self.year_filter.currentData(), theme_code=self.theme_filter.currentData(),
            measure_code=self.measure_filter.currentData(), cluster=self.cluster_filter.currentData())

    @Slot()
    def _on_filter_changed(self) -> None:
        where = self.current_filter()
        self.table.scrollToTop()  # a new filter shows its first rows (not the old offset, clamped to its first page)
        self.model.request(where, recount=False)  # the count of all applications stays what it is
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
    def reset_filters(self, *, keep_search: bool = False) -> None:
        """Every filter back to "all", and the search cleared (unless ``keep_search``)."""
        for combo in (self.status_filter, self.year_filter, self.theme_filter, self.measure_filter,
                      self.cluster_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if not keep_search:
            self.search.clear()
        self._on_filter_changed()

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        number = self.context.formats.number
        text = self.tr("%1 of %Ln applications", "", total).replace("%1", number(shown))
        ranges = self._ranges()
        chosen = sum(last - first + 1 for first, last in ranges)
        if chosen:
            text += "  ·  " + self.tr("%1 selected").replace("%1", number(chosen))
        self.count_label.setText(text)
        if self._selection_known(ranges):
            self.documents.update_state(shown)
            self.printing.update_state(shown)

    # selection and opening ------------------------------------------------------------------------
    def _ranges(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) position ranges, without one index per row (Ctrl+A on a long
        list is one range)."""
        selection = self.table.selectionModel().selection()
        found = sorted((r.top(), r.bottom()) for r in (selection.at(i) for i in range(selection.size())))
        merged: list[tuple[int, int]] = []
        for first, last in found:
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return merged

    def _selection_key(self, ranges: list[tuple[int, int]]) -> tuple[Any, ...]:
        return (self.model.view, tuple(ranges))

    def _selection_known(self, ranges: list[tuple[int, int]]) -> bool:
        """Whether what the selection stands for is in memory (else ``selected`` would have to read it)."""
        return self.model.all_read(ranges) or (self._picked is not None
                                               and self._picked[0] == self._selection_key(ranges))

    def selected(self) -> Selection | list[tuple[str, Status]]:
        """(reference, status) of the selected rows in list order; rows not read yet are asked for (a large
        selection is read off the GUI thread when it is made, see ``_on_selection_changed``; all rows of a long
        list as counts per status, see ``ListingService.selection``)."""
        ranges = self._ranges()
        if self.model.all_read(ranges):
            rows = (self.model.cached(p) for first, last in ranges for p in range(first, last + 1))
            return [(row.reference, row.status) for row in rows if row is not None]
        key = self._selection_key(ranges)
        if self._picked is not None and self._picked[0] == key:
            return self._picked[1]
        if self.model.view is None:
            return []
        picked = self.context.services.listing.selection(self.model.view, ranges)
        self._picked = (key, picked)
        return picked

    @Slot()
    def _on_selection_changed(self) -> None:
        ranges = self._ranges()
        view = self.model.view
        if not self._selection_known(ranges) and view is not None:
            # Rows not read yet (e.g. Ctrl+A on a long list): their references and statuses are read off the
            # GUI thread; the steps wait for them.
            key, listing = self._selection_key(ranges), self.context.services.listing
            self.batch.setEnabled(False)
            self._update_count()
            self._read(lambda: listing.selection(view, ranges), lambda picked: self._on_picked(key, picked))
            return
        self.batch.setEnabled(True)
        self.batch.update_for_selection()
        self._update_count()

    def _on_picked(self, key: tuple[Any, ...], picked: Selection) -> None:
        self._picked = (key, picked)
        if key == self._selection_key(self._ranges()):
            self._on_selection_changed()

    def shown_rows(self) -> Callable[[], list[ApplicationRow]]:
        """What reads the rows shown (filters and order applied) for an export, to run off the GUI thread."""
        listing, where, column, descending = (self.context.services.listing, self.model.where, self.model.column,
                                              self.model.descending)
        return lambda: listing.rows(where, column, descending)

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
