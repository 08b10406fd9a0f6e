"""A new company in a small dialog: master data, seat in BW, SME figures and a cluster membership."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.errors import BwiError, InvalidFields, ValidationError
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from bwi_vouchers.services.dto import CompanyInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.editor.form import pydate, qdate
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.money_input import read_money
from bwi_vouchers.ui.widgets.field_error import INVALID_STYLE, FieldBox
from bwi_vouchers.ui.widgets.identifier_check import check_where_typed, identifier_errors

LEGAL_FORMS = ("GmbH", "GmbH & Co. KG", "AG", "KG", "OHG", "UG (haftungsbeschränkt)", "e.K.", "SE", "GbR", "e.V.")


class NewCompanyDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.company: CompanyInfo | None = None
        self.setWindowTitle(self.tr("New company"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(560, 640)
        today = context.services.clock.today()
        self.name = QLineEdit()
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self.register_number = QLineEdit()
        self.register_number.setPlaceholderText(self.tr("e.g. Amtsgericht Stuttgart HRB 123456"))
        self.vat_id = QLineEdit()
        self.vat_id.setPlaceholderText(self.tr("e.g. DE123456789"))
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(10)
        self.city = QLineEdit()
        self.region = QComboBox()
        self.region.addItem(self.tr("— not given —"), None)
        for code, name in context.services.catalogue.regions():
            self.region.addItem(name, code)
        self.seat_in_bw = QCheckBox(self.tr("Seat or branch in Baden-Württemberg"))
        self.seat_in_bw.setChecked(True)
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year - 1)
        self.awu = QLineEdit()
        self.awu.setPlaceholderText(self.tr("e.g. 12,5"))
        self.turnover = QLineEdit()
        self.balance = QLineEdit()
        self.cluster = QComboBox()
        self.cluster.addItem(self.tr("— no membership —"), None)
        for cluster in context.services.catalogue.clusters():
            if cluster.active:
                self.cluster.addItem(cluster.name, cluster.id)
        self.member_since = QDateEdit(qdate(today))
        self.member_since.setDisplayFormat("dd.MM.yyyy" if context.language == "de" else "dd/MM/yyyy")
        self.member_since.setCalendarPopup(True)
        self.member_since.setDateRange(QDate(1990, 1, 1), qdate(today))

        self.boxes: dict[str, FieldBox] = {}

        def box(field: str, widget: QWidget) -> FieldBox:
            self.boxes[field] = FieldBox(widget)
            return self.boxes[field]

        master = QFormLayout()
        master.addRow(self.tr("Name *"), box("name", self.name))
        master.addRow(self.tr("Legal form"), box("legal_form", self.legal_form))
        master.addRow(self.tr("Register number"), box("register_number", self.register_number))
        master.addRow(self.tr("VAT ID"), box("vat_id", self.vat_id))
        master.addRow(self.tr("Street"), box("street", self.street))
        master.addRow(self.tr("Postcode"), box("postcode", self.postcode))
        master.addRow(self.tr("City"), box("city", self.city))
        master.addRow(self.tr("Region"), box("region", self.region))
        master.addRow("", self.seat_in_bw)
        check_where_typed(self.boxes, self.register_number, self.vat_id, self.legal_form.currentText,
                          lambda: self.context.language)
        figures = QGroupBox(self.tr("SME figures (aggregated with partner and linked enterprises)"))
        sme = QFormLayout(figures)
        sme.addRow(self.tr("Reference year"), box("reference_year", self.year))
        sme.addRow(self.tr("Annual work units"), box("annual_work_units", self.awu))
        sme.addRow(self.tr("Turnover (EUR)"), box("turnover", self.turnover))
        sme.addRow(self.tr("Balance-sheet total (EUR)"), box("balance_sheet_total", self.balance))
        membership = QGroupBox(self.tr("Cluster or network membership"))
        member = QFormLayout(membership)
        member.addRow(self.tr("Cluster/network"), box("cluster", self.cluster))
        member.addRow(self.tr("Member since"), box("valid_from", self.member_since))
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(master)
        layout.addWidget(figures)
        layout.addWidget(membership)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def details(self) -> tuple[CompanyDetails, dict[str, str]]:
        """The company as typed, and what the form itself finds wrong (money it cannot read, SME figures given
        only in part, identifiers); a value it cannot read is passed on empty."""
        language = self.context.language
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("Enter the company's name.")
        money = {}
        for field, edit in (("turnover", self.turnover), ("balance_sheet_total", self.balance)):
            money[field], problem = read_money(edit.text(), language, field=field)
            if problem:
                errors[field] = problem
        given = [bool(self.awu.text().strip()), bool(self.turnover.text().strip()), bool(self.balance.text().strip())]
        if any(given) and not all(given):
            for field, present in zip(("annual_work_units", "turnover", "balance_sheet_total"), given, strict=True):
                if not present and field not in errors:
                    errors[field] = self.tr("Enter all three SME figures, or none.")
        errors.update(identifier_errors(self.register_number.text(), self.vat_id.text(),
                                        self.legal_form.currentText(), language))
        figures = (FiguresInput(self.year.value(), self.awu.text().strip(), money["turnover"],
                                money["balance_sheet_total"]),) if any(given) else ()
        cluster = self.cluster.currentData()
        memberships = ((cluster, pydate(self.member_since.date()), None),) if cluster is not None else ()
        company = CompanyInput(
            name=self.name.text(), legal_form=self.legal_form.currentText(),
            register_number=self.register_number.text(), vat_id=self.vat_id.text(), street=self.street.text(),
            postcode=self.postcode.text(), city=self.city.text(), region=self.region.currentData(),
            seat_or_branch_in_bw=self.seat_in_bw.isChecked())
        return CompanyDetails(company=company, figures=figures, memberships=memberships), errors

    def all_errors(self) -> tuple[CompanyDetails, dict[str, str]]:
        """Every wrong field at once: the form's own findings, then what the service refuses besides."""
        details, errors = self.details()
        language = self.context.language
        for problem in self.context.services.companies.problems(details):
            errors.setdefault(problem.field, problem.message(language))
        return details, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        general = []
        for box in self.boxes.values():
            box.set_error("")
        for field, message in errors.items():
            if field in self.boxes:
                self.boxes[field].set_error(message)
            else:
                general.append(message)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def save(self) -> None:
        details, errors = self.all_errors()
        self.show_errors(errors)
        if errors:
            return
        login, companies = self.context.user.login, self.context.services.companies

        def work(report: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> CompanyInfo:
            return companies.create(login, details)

        self.buttons.setEnabled(False)
        self.context.perform(work, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, company: CompanyInfo) -> None:
        self.buttons.setEnabled(True)
        self.company = company
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidFields):
            self.show_errors({problem.field: problem.message(self.context.language) for problem in error.problems})
        elif isinstance(error, ValidationError):
            self.show_errors({error.field: error.message(self.context.language)})
        elif isinstance(error, BwiError):
            self.show_errors({"": error.message(self.context.language)})
        else:
            show_error(self, error, self.context.language)
