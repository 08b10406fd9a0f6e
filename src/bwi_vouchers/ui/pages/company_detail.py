"""A company's detail: master data (editable), SME figures, memberships, contacts, de-minimis register, applications."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import SizeClass
from bwi_vouchers.errors import BwiError, ValidationError
from bwi_vouchers.services.companies import CompanyInput
from bwi_vouchers.services.deminimis import DeminimisEntry, DeminimisStatus
from bwi_vouchers.services.dto import CompanyInfo, ContactInfo, MembershipInfo, SmeFiguresInfo
from bwi_vouchers.services.listing import ApplicationRow
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.application_columns import application_columns
from bwi_vouchers.ui.models.rows import Column, RowsModel, money_column
from bwi_vouchers.ui.pages.common import table
from bwi_vouchers.ui.widgets.field_error import INVALID_STYLE, FieldBox
from bwi_vouchers.ui.widgets.identifier_check import check_where_typed

#: the master-data fields typed as text
MASTER = ("name", "legal_form", "register_number", "vat_id", "street", "postcode", "city", "nace_code")


translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def size_text(size: SizeClass | None) -> str:
    words = {
        SizeClass.MICRO: translate("CompanyDetail", "Micro enterprise"),
        SizeClass.SMALL: translate("CompanyDetail", "Small enterprise"),
        SizeClass.MEDIUM: translate("CompanyDetail", "Medium-sized enterprise"),
        SizeClass.LARGE: translate("CompanyDetail", "Large enterprise"),
    }
    return words.get(size, "—") if size is not None else "—"


@dataclass(frozen=True)
class CompanyView:
    """What the detail shows of one company, loaded in one go."""

    company: CompanyInfo
    deminimis: DeminimisStatus
    applications: list[ApplicationRow]


class CompanyDetail(QTabWidget):
    save_requested = Signal()
    applications_table: QTableView  # one view per tab, made in a loop below as ``<key>_table``

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        f = formats
        self.formats = f
        self.setStyleSheet(INVALID_STYLE)
        self.view: CompanyView | None = None
        # master data
        self.inputs: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        form_page = QWidget()
        form = QFormLayout(form_page)
        labels = {
            "name": translate("CompanyDetail", "Name"),
            "legal_form": translate("CompanyDetail", "Legal form"),
            "register_number": translate("CompanyDetail", "Register number"),
            "vat_id": translate("CompanyDetail", "VAT ID"),
            "street": translate("CompanyDetail", "Street"),
            "postcode": translate("CompanyDetail", "Postcode"),
            "city": translate("CompanyDetail", "City"),
            "nace_code": translate("CompanyDetail", "NACE code"),
        }
        for field in MASTER:
            self.inputs[field] = QLineEdit()
            self.boxes[field] = FieldBox(self.inputs[field])
            form.addRow(labels[field], self.boxes[field])
        check_where_typed(self.boxes, self.inputs["register_number"], self.inputs["vat_id"],
                          self.inputs["legal_form"].text, lambda: formats.language)
        self.region = QComboBox()
        self.set_regions([])
        self.boxes["region"] = FieldBox(self.region)
        form.addRow(translate("CompanyDetail", "Region"), self.boxes["region"])
        self.seat = QCheckBox(translate("CompanyDetail", "Seat or branch in Baden-Württemberg"))
        form.addRow("", self.seat)
        self.save_button = QPushButton(translate("CompanyDetail", "Save master data"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.saved = QLabel()
        self.form_error = QLabel()
        self.form_error.setObjectName("fieldError")
        self.form_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        form.addRow("", row)
        form.addRow("", self.form_error)
        self.addTab(form_page, translate("CompanyDetail", "Master data"))
        # lists
        self.figures: RowsModel[SmeFiguresInfo] = RowsModel(
            [
                Column(
                    translate("CompanyDetail", "Reference year"),
                    lambda r: str(r.reference_year),
                    key=lambda r: r.reference_year,
                ),
                Column(
                    translate("CompanyDetail", "Staff (AWU)"),
                    lambda r: f.number(r.annual_work_units),
                    key=lambda r: r.annual_work_units,
                    right=True,
                ),
                money_column(translate("CompanyDetail", "Turnover"), lambda r: r.turnover, f),
                money_column(translate("CompanyDetail", "Balance-sheet total"), lambda r: r.balance_sheet_total, f),
                Column(translate("CompanyDetail", "Size class"), lambda r: size_text(r.size_class)),
            ],
            self,
        )
        self.memberships: RowsModel[MembershipInfo] = RowsModel(
            [
                Column(translate("CompanyDetail", "Cluster or network"), lambda r: r.cluster_name),
                Column(
                    translate("CompanyDetail", "Member since"),
                    lambda r: f.date(r.valid_from),
                    key=lambda r: r.valid_from,
                ),
                Column(
                    translate("CompanyDetail", "Member until"),
                    lambda r: f.date(r.valid_to) or translate("CompanyDetail", "open-ended"),
                    key=lambda r: r.valid_to,
                ),
            ],
            self,
        )
        self.contacts: RowsModel[ContactInfo] = RowsModel(
            [
                Column(translate("CompanyDetail", "Salutation"), lambda r: r.salutation or ""),
                Column(translate("CompanyDetail", "Name"), lambda r: r.name),
                Column(translate("CompanyDetail", "Function"), lambda r: r.function or ""),
                Column(translate("CompanyDetail", "E-mail"), lambda r: r.email or ""),
                Column(translate("CompanyDetail", "Phone"), lambda r: r.phone or ""),
            ],
            self,
        )
        grey = QColor("#8a8a8a")
        self.deminimis: RowsModel[DeminimisEntry] = RowsModel(
            [
                Column(
                    translate("CompanyDetail", "Grant date"),
                    lambda r: f.date(r.grant_date) or translate("CompanyDetail", "no date"),
                    key=lambda r: r.grant_date,
                ),
                Column(translate("CompanyDetail", "Granting body"), lambda r: r.granting_body),
                Column(translate("CompanyDetail", "Voucher"), lambda r: r.reference or "—"),
                money_column(translate("CompanyDetail", "Amount"), lambda r: r.amount, f),
                Column(translate("CompanyDetail", "Legal basis"), lambda r: r.legal_basis or ""),
                Column(
                    translate("CompanyDetail", "Counts now"),
                    lambda r: (
                        translate("CompanyDetail", "yes")
                        if r.counted
                        else translate("CompanyDetail", "no, outside the period")
                    ),
                    colour=lambda r: None if r.counted else grey,
                ),
            ],
            self,
        )
        self.applications: RowsModel[ApplicationRow] = RowsModel(
            application_columns(f, show_company=False, show_measure=True), self
        )
        self.add_buttons: dict[str, QPushButton] = {}
        self.headroom = QLabel()
        self.headroom.setWordWrap(True)
        self.headroom.setStyleSheet("font-size: 13px; padding: 4px 0;")
        for key, title, model, button, extra in (
            (
                "figures",
                translate("CompanyDetail", "SME figures"),
                self.figures,
                translate("CompanyDetail", "Record figures…"),
                None,
            ),
            (
                "memberships",
                translate("CompanyDetail", "Memberships"),
                self.memberships,
                translate("CompanyDetail", "Add membership…"),
                None,
            ),
            (
                "contacts",
                translate("CompanyDetail", "Contacts"),
                self.contacts,
                translate("CompanyDetail", "Add contact person…"),
                None,
            ),
            (
                "deminimis",
                translate("CompanyDetail", "De minimis"),
                self.deminimis,
                translate("CompanyDetail", "Record prior aid…"),
                self.headroom,
            ),
            ("applications", translate("CompanyDetail", "Applications"), self.applications, "", None),
        ):
            page = QWidget()
            layout = QVBoxLayout(page)
            if extra is not None:
                layout.addWidget(extra)
            view = table(model)
            setattr(self, f"{key}_table", view)
            layout.addWidget(view, 1)
            if button:
                self.add_buttons[key] = QPushButton(button)
                line = QHBoxLayout()
                line.addStretch(1)
                line.addWidget(self.add_buttons[key])
                layout.addLayout(line)
            self.addTab(page, title)

    def set_regions(self, regions: list[tuple[str, str]]) -> None:
        """The regions to choose from, as (code, name)."""
        chosen = self.region.currentData()
        self.region.clear()
        self.region.addItem(translate("CompanyDetail", "— none —"), "")
        for code, name in regions:
            self.region.addItem(name, code)
        self.region.setCurrentIndex(max(self.region.findData(chosen or ""), 0))

    def show_company(self, view: CompanyView) -> None:
        self.view = view
        c = view.company
        for field in MASTER:
            self.inputs[field].setText(getattr(c, field) or "")
        self.region.setCurrentIndex(max(self.region.findData(c.region or ""), 0))
        self.seat.setChecked(c.seat_or_branch_in_bw)
        self.clear_errors()
        self.figures.set_rows(c.figures)
        self.memberships.set_rows(c.memberships)
        self.contacts.set_rows(c.contacts)
        self.deminimis.set_rows(view.deminimis.entries)
        self.applications.set_rows(view.applications)
        d, f = view.deminimis, self.formats
        self.headroom.setText(
            translate("CompanyDetail", "Ceiling %1 · granted in the %2 years since %3: %4 · <b>headroom left: %5</b>")
            .replace("%1", f.money(d.ceiling))
            .replace("%2", str(d.years))
            .replace("%3", f.date(d.window_start))
            .replace("%4", f.money(d.total))
            .replace("%5", f.money(d.headroom))
        )
        self.setTabText(5, translate("CompanyDetail", "Applications (%1)").replace("%1", str(len(view.applications))))
        for key in ("figures", "memberships", "contacts", "deminimis", "applications"):
            getattr(self, f"{key}_table").resizeColumnsToContents()

    def master_input(self) -> CompanyInput:
        text = {field: self.inputs[field].text() for field in MASTER}
        return CompanyInput(
            region=str(self.region.currentData()) or None, seat_or_branch_in_bw=self.seat.isChecked(), **text
        )

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error("")
        self.form_error.clear()
        self.saved.clear()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages at their fields (the master data tab in front)."""
        for field, message in errors.items():
            self.boxes[field].set_error(message)
        self.setCurrentIndex(0)

    def show_refusal(self, error: BaseException, language: str) -> None:
        """A refused save: at its field if it names one, else under the form (e.g. a conflict)."""
        if isinstance(error, ValidationError) and error.field in self.boxes:
            self.boxes[error.field].set_error(error.message(language))
            self.setCurrentIndex(0)
        elif isinstance(error, BwiError):
            self.form_error.setText(error.message(language))
        else:
            show_error(self, error, language)

    @Slot()
    def mark_saved(self) -> None:
        self.saved.setText(translate("CompanyDetail", "Saved."))
