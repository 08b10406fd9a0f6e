"""Maßnahmen: the measures abroad with their number of applications; a measure's applications; a new measure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QLocale, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from bwi_vouchers.domain.countries import COUNTRY_NAMES, country_name
from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.dto import MeasureInfo
from bwi_vouchers.services.listing import ApplicationRow
from bwi_vouchers.services.measures import MEASURE_ORDER
from bwi_vouchers.texts import MEASURE_TYPE
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.application_columns import application_columns
from bwi_vouchers.ui.models.paged import PagedRowsModel
from bwi_vouchers.ui.models.rows import Column, RowsModel
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, has_role, heading, load, reader_of, section, table
from bwi_vouchers.ui.pages.measure_dialog import open_measure_dialog
from bwi_vouchers.ui.widgets.form_dialog import FormDialog


@dataclass(frozen=True)
class MeasureRow:
    measure: MeasureInfo
    applications: int


def countries_named(needle: str, language: str) -> list[str]:
    """The country codes whose shown name ("US – Vereinigte Staaten") contains ``needle``, ignoring case."""
    folded = needle.casefold()
    return [code for code in COUNTRY_NAMES if folded in country_text(code, language).casefold()]


def type_text(kind: str, language: str) -> str:
    return MEASURE_TYPE.get(kind, (kind, kind))[0 if language == "de" else 1]


def country_text(code: str, language: str) -> str:
    if language == "de":
        return f"{code} – {country_name(code)}" if country_name(code) != code else code
    territory = QLocale.codeToTerritory(code)  # PySide6 names the enum QLocale.Country (Territory is C++ only)
    return f"{code} – {QLocale.territoryToString(territory)}" if territory != QLocale.Country.AnyTerritory else code


class MeasuresPage(Page):
    key = "measures"
    watched = frozenset({Kind.MEASURES})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        f, lang = context.formats, context.language
        self.year_codes: list[str] = []  # this year's measure codes, for suggesting the next one
        self._fresh_detail = False  # the next list read shows the chosen measure's applications read again
        self.dialog: FormDialog | None = None
        measures = context.services.measures
        by_word = sorted(MEASURE_TYPE, key=lambda kind: type_text(kind, lang).casefold())
        type_rank = {kind: n for n, kind in enumerate(by_word)}  # the type column sorts by its words

        def fetch_ids(needle: str, column: int, descending: bool) -> list[int]:
            return measures.ids(needle, MEASURE_ORDER[column], descending, type_rank=type_rank,
                                countries=countries_named(needle, lang) if needle else ())

        def fetch_rows(ids: Sequence[int]) -> list[MeasureRow]:
            return [MeasureRow(m, n) for m, n in measures.rows_of(ids)]

        self.model: PagedRowsModel[MeasureRow] = PagedRowsModel(
            [
                Column(self.tr("Code"), lambda r: r.measure.code),
                Column(self.tr("Title"), lambda r: r.measure.title),
                Column(self.tr("Type"), lambda r: type_text(r.measure.type, lang)),
                Column(
                    self.tr("Country"), lambda r: country_text(r.measure.country, lang), key=lambda r: r.measure.country
                ),
                Column(self.tr("City"), lambda r: r.measure.city or ""),
                Column(self.tr("Start"), lambda r: f.date(r.measure.start_date), key=lambda r: r.measure.start_date),
                Column(self.tr("End"), lambda r: f.date(r.measure.end_date), key=lambda r: r.measure.end_date),
                Column(
                    self.tr("Applications"),
                    lambda r: f.number(r.applications),
                    key=lambda r: r.applications,
                    right=True,
                ),
            ],
            reader_of(self),
            fetch_ids=fetch_ids,
            fetch_rows=fetch_rows,
            parent=self,
            column=5,
            descending=True,
        )
        self.model.keep = self.selected_id
        self.model.loaded.connect(self._on_list_loaded)
        self.table = table(self.model, long=True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.applications: RowsModel[ApplicationRow] = RowsModel(
            application_columns(f, show_company=True, show_measure=False), self
        )
        self.applications_table = table(self.applications, long=True)
        self.applications_table.doubleClicked.connect(self._on_applications_double_clicked)
        self.detail_title = section(self.tr("Applications for the measure"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title, country or city…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.new_button = QPushButton(self.tr("New measure…"))
        self.new_button.clicked.connect(self.open_new_dialog)
        allow(self.new_button, has_role(self, Role.ADMIN), self.tr("Only admins add measures."))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Measures")))
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.applications_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Measures")

    def _on_events_changed(self, changes: Changes) -> None:
        """Measures or a new application (the counts): reload; a changed application: the list showing it."""
        added = changes.added_ids(Kind.APPLICATIONS)
        if changes.touches(*self.watched) or added is None or added:
            self.mark_stale()
            return
        changed = changes.application_ids
        if self.selected() is not None and (changed is None or changed & {r.id for r in self.applications.rows()}):
            self._on_selection_changed(QItemSelection(), QItemSelection())

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def reload(self) -> None:
        measures, year = self.context.services.measures, self.context.services.clock.today().year
        self._fresh_detail = True
        self.model.reload(self.search.text().strip(), keep=self.selected_id())
        load(self, lambda: measures.codes_of_year(year), self._on_codes)

    def _on_codes(self, codes: list[str]) -> None:
        self.year_codes = codes

    @Slot()
    def _apply_filter(self) -> None:
        """Search as you type: the database finds the measures (answers to keystrokes typed since are skipped)."""
        self.model.reload(self.search.text().strip(), keep=self.selected_id())

    @Slot(int)
    def _on_list_loaded(self, position: int) -> None:
        fresh, self._fresh_detail = self._fresh_detail, False
        self.table.resizeColumnsToContents()
        if position >= 0:
            rows = self.table.selectionModel().selectedRows()
            if rows and rows[0].row() == position:
                if fresh:
                    self._on_selection_changed(QItemSelection(), QItemSelection())
            else:
                self.table.selectRow(position)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.applications.set_rows([])
            self.detail.clear()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected(self) -> MeasureRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, measure_id: int) -> None:
        position = self.model.position_of(measure_id)
        if position >= 0:
            self.table.selectRow(position)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        row = self.selected()
        if row is None:
            return
        m, f = row.measure, self.context.formats
        self.detail_title.setText(self.tr("Applications for %1").replace("%1", f"{m.code} {m.title}"))
        self.detail.setText(
            self.tr("%1 in %2, %3 to %4. Organiser: %5.")
            .replace("%1", type_text(m.type, f.language))
            .replace("%2", ", ".join(x for x in (m.city, country_text(m.country, f.language)) if x))
            .replace("%3", f.date(m.start_date))
            .replace("%4", f.date(m.end_date))
            .replace("%5", m.organiser or "—")
        )
        listing = self.context.services.listing
        load(self, lambda: listing.rows_of(measure_code=m.code), self._show_applications)

    def _show_applications(self, rows: list[ApplicationRow]) -> None:
        self.applications.set_rows(rows)
        self.applications_table.resizeColumnsToContents()

    @Slot()
    def _on_applications_double_clicked(self) -> None:
        rows = self.applications_table.selectionModel().selectedRows()
        if rows:
            self.context.events.application_open_requested.emit(self.applications.row_at(rows[0].row()).reference)

    def open_new_dialog(self) -> None:
        self.dialog = open_measure_dialog(self, self.year_codes)
        self.dialog.accepted.connect(self._on_dialog_accepted)

    @Slot()
    def _on_dialog_accepted(self) -> None:
        created = self.dialog.result_value if self.dialog is not None else None
        if isinstance(created, MeasureInfo):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.reload("", keep=created.id)  # chosen once the list with it arrived
