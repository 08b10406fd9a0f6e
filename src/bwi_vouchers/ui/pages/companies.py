"""Unternehmen: searchable list of companies; the chosen company's master data, figures, memberships,
contacts, de-minimis register with the headroom left, and its applications."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.companies import COMPANY_ORDER, CompanyRow
from bwi_vouchers.services.dto import ClusterInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.models.paged import PagedRowsModel
from bwi_vouchers.ui.models.rows import Column
from bwi_vouchers.ui.pages.base import Page
from bwi_vouchers.ui.pages.common import allow, has_role, heading, load, reader_of, table
from bwi_vouchers.ui.pages.company_detail import CompanyDetail, CompanyView, size_text
from bwi_vouchers.ui.pages.company_dialogs import (
    open_contact_dialog,
    open_deminimis_dialog,
    open_figures_dialog,
    open_membership_dialog,
)
from bwi_vouchers.ui.widgets.form_dialog import FormDialog
from bwi_vouchers.ui.widgets.identifier_check import identifier_errors


class CompaniesPage(Page):
    key = "companies"
    watched = frozenset({Kind.COMPANIES, Kind.CLUSTERS})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        f = context.formats
        self.total = 0  # every company, whatever the search
        self._fresh_detail = False  # the next list read shows the chosen company's detail read again
        self._detail_of: int | None = None  # the company whose detail was asked for last
        self.clusters: list[ClusterInfo] = []
        self.dialog: FormDialog | None = None
        companies = context.services.companies
        self.model: PagedRowsModel[CompanyRow] = PagedRowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("City"), lambda r: r.city or ""),
                Column(self.tr("Region"), lambda r: r.region or ""),
                Column(
                    self.tr("Size class"),
                    lambda r: size_text(r.size_class),
                    key=lambda r: ("micro", "small", "medium", "large").index(r.size_class) if r.size_class else None,
                ),
                Column(
                    self.tr("Applications"),
                    lambda r: f.number(r.applications),
                    key=lambda r: r.applications,
                    right=True,
                ),
            ],
            reader_of(self),
            fetch_ids=lambda needle, column, descending: companies.ids(needle, COMPANY_ORDER[column], descending),
            fetch_rows=companies.rows_of,
            parent=self,
        )
        self.model.keep = self.selected_id
        self.model.loaded.connect(self._on_list_loaded)
        self.table = table(self.model, long=True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or city…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.count = QLabel()
        self.detail = CompanyDetail(f)
        self.detail.setEnabled(False)
        self.detail.save_requested.connect(self.save_master_data)
        self.detail.applications_table.doubleClicked.connect(self._on_application_double_clicked)
        opener = {
            "figures": lambda c: open_figures_dialog(self, c),
            "memberships": lambda c: open_membership_dialog(self, c, self.clusters),
            "contacts": lambda c: open_contact_dialog(self, c),
            "deminimis": lambda c: open_deminimis_dialog(self, c),
        }
        clerk = has_role(self, Role.CLERK)
        why = self.tr("Only clerks change company data.")
        for key, button in self.detail.add_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.open_dialog(opener[k]))
            allow(button, clerk, why)
        allow(self.detail.save_button, clerk, why)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Companies")))
        top.addWidget(self.search, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Companies")

    def _on_events_changed(self, changes: Changes) -> None:
        """Companies and clusters: reload; a new application: its company's count; a changed one: the detail
        that lists it (its status, the de-minimis aid it counts as) — not the page for others' applications."""
        added = changes.added_ids(Kind.APPLICATIONS)
        if changes.touches(*self.watched) or added is None or added:
            self.mark_stale()
            return
        shown, changed = self.detail.view, changes.application_ids
        if shown is not None and (changed is None or changed & {row.id for row in shown.applications}):
            self._load_detail(shown.company.id)

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def reload(self) -> None:
        services = self.context.services
        catalogue = services.catalogue
        self._fresh_detail = True
        self.model.reload(self.search.text().strip(), keep=self.selected_id())
        load(self, lambda: (services.companies.count(), catalogue.clusters(), catalogue.regions()), self._show)

    def _show(self, result: tuple[int, list[ClusterInfo], list[tuple[str, str]]]) -> None:
        self.total, self.clusters, regions = result
        self.detail.set_regions(regions)
        self._show_count()

    @Slot()
    def _apply_filter(self) -> None:
        """Search as you type: the database finds the companies (answers to keystrokes typed since are skipped)."""
        self.model.reload(self.search.text().strip(), keep=self.selected_id())

    @Slot(int)
    def _on_list_loaded(self, position: int) -> None:
        """New ids arrived: the chosen company chosen again where it is now (else the first), its detail read
        again after a change."""
        fresh, self._fresh_detail = self._fresh_detail, False
        self._show_count()
        if self.table.columnWidth(0) < 120:
            self.table.resizeColumnsToContents()
        if position >= 0:
            rows = self.table.selectionModel().selectedRows()
            if rows and rows[0].row() == position:
                if fresh:
                    self._load_detail(self.model.id_at(position))
            else:
                self.table.selectRow(position)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.setEnabled(False)
            self._detail_of = None  # (the list emptied by a search: chosen again, the company is read again)

    def _show_count(self) -> None:
        f = self.context.formats
        self.count.setText(
            self.tr("%1 of %2 companies")
            .replace("%1", f.number(self.model.rowCount()))
            .replace("%2", f.number(max(self.total, self.model.rowCount())))
        )

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected(self) -> CompanyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_company(self, company_id: int) -> None:
        position = self.model.position_of(company_id)
        if position >= 0:
            self.table.selectRow(position)

    @Slot()
    def _on_selection_changed(self) -> None:
        company_id = self.selected_id()
        if company_id is not None and company_id != self._detail_of:  # (a new order chooses it again: no read)
            self._load_detail(company_id)

    def _load_detail(self, company_id: int) -> None:
        services = self.context.services
        self._detail_of = company_id

        def work() -> CompanyView:
            return CompanyView(
                services.companies.get(company_id),
                services.companies.deminimis(company_id),
                services.listing.rows_of(company_id=company_id),
            )

        load(self, work, self._show_detail)

    def _show_detail(self, view: CompanyView) -> None:
        self.detail.setEnabled(True)
        self.detail.show_company(view)

    @Slot()
    def save_master_data(self) -> None:
        """Save with the version that was loaded: someone else's save in between is refused, nothing overwritten."""
        view = self.detail.view
        if view is None:
            return
        self.detail.clear_errors()
        ctx, master = self.context, self.detail.master_input()
        wrong = identifier_errors(master.register_number or "", master.vat_id or "", master.legal_form, ctx.language)
        if wrong:  # every wrong identifier at once, before the service refuses the first
            self.detail.show_errors(wrong)
            return
        companies, company = ctx.services.companies, view.company
        ctx.perform(lambda report, is_cancelled: companies.update(ctx.user.login, company.id, company.version, master),
                    on_done=lambda _info: self.detail.mark_saved(),
                    on_error=lambda error: self.detail.show_refusal(error, ctx.language))

    def open_dialog(self, opener) -> None:  # type: ignore[no-untyped-def]
        view = self.detail.view
        if view is None:
            return
        self.dialog = opener(view.company)

    @Slot()
    def _on_application_double_clicked(self) -> None:
        rows = self.detail.applications_table.selectionModel().selectedRows()
        if rows:
            reference = self.detail.applications.row_at(rows[0].row()).reference
            self.context.events.application_open_requested.emit(reference)
