"""The application form: company, measure, target field, cluster, dates, amounts, cost items (remarks go into
the comment thread, ``comments_pane``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.dto import ApplicationInfo, ClusterInfo, CompanyInfo, ThemeInfo
from bwi_vouchers.services.editing import CompanyChoice, MeasureChoice
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.editor.company_facts import CompanyFacts
from bwi_vouchers.ui.editor.cost_table import CostTable
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.money_input import read_money
from bwi_vouchers.ui.widgets.company_picker import CompanyPicker
from bwi_vouchers.ui.widgets.field_error import INVALID_STYLE, FieldBox
from bwi_vouchers.ui.widgets.measure_picker import MeasurePicker

EARLIEST = QDate(2000, 1, 1)
#: The consent field's "no date" (shown as a dash): an application without a consent shows no day at all.
NO_CONSENT = EARLIEST.addDays(-1)


@dataclass(frozen=True)
class Choices:
    """The form's small choices, as read (off the GUI thread) when an editor opens."""

    regions: dict[str, str]
    themes: list[ThemeInfo]
    clusters: list[ClusterInfo]
    sources: list[str]

    @classmethod
    def read(cls, services: Services) -> Choices:
        return cls(dict(services.catalogue.regions()), services.catalogue.themes(), services.catalogue.clusters(),
                   services.budget.sources())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ApplicationForm(QWidget):
    changed = Signal()
    new_company_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setStyleSheet(INVALID_STYLE)
        today = qdate(context.services.clock.today())
        date_format = "dd.MM.yyyy" if context.language == "de" else "dd/MM/yyyy"

        # The pickers search through a runner of their own, of the same kind as the program's (synchronous in
        # tests): a search must not wait behind a long job such as loading the list.
        self.searcher = type(context.runner)(self)
        self.company = CompanyPicker(context.services.editing, self.searcher)
        self.new_company = QPushButton(self.tr("New company …"))
        self.new_company.clicked.connect(self.new_company_requested)
        self.company_facts = CompanyFacts()
        self.measure = MeasurePicker(context.services.editing, context.formats, self.searcher)
        self.theme = QComboBox()
        self.theme.setMaxVisibleItems(19)
        self.cluster = QComboBox()
        self.receipt_date = QDateEdit(today)
        self.early_start = QCheckBox(self.tr("consented on"))
        self.consent_date = QDateEdit(today)
        self.requested = QLineEdit()
        self.requested.setPlaceholderText(self.tr("optional, e.g. 1,500.00"))
        self.source = QComboBox()
        self.costs = CostTable(context.formats)
        for edit in (self.receipt_date, self.consent_date):
            edit.setDisplayFormat(date_format)
            edit.setCalendarPopup(True)
            edit.setDateRange(EARLIEST, today)
        self.consent_date.setMinimumDate(NO_CONSENT)
        self.consent_date.setSpecialValueText("—")
        self.consent_date.setDate(NO_CONSENT)
        self.consent_date.setEnabled(False)
        # Under the target field: what the measure says about it (several fields to choose from, or none).
        self.theme_hint = QLabel()
        self.theme_hint.setWordWrap(True)
        self.theme_hint.setStyleSheet("color: #8d6e00;")
        self.theme_hint.hide()

        company_row = QHBoxLayout()
        company_row.setContentsMargins(0, 0, 0, 0)
        company_row.addWidget(self.company, 1)
        company_row.addWidget(self.new_company)
        company_line = QWidget()
        company_line.setLayout(company_row)
        consent_row = QHBoxLayout()
        consent_row.setContentsMargins(0, 0, 0, 0)
        consent_row.addWidget(self.early_start)
        consent_row.addWidget(self.consent_date, 1)
        consent_line = QWidget()
        consent_line.setLayout(consent_row)

        self.boxes: dict[str, FieldBox] = {
            "company": FieldBox(company_line), "measure": FieldBox(self.measure), "theme": FieldBox(self.theme),
            "cluster": FieldBox(self.cluster), "receipt_date": FieldBox(self.receipt_date),
            "early_start_consent": FieldBox(consent_line), "requested_amount": FieldBox(self.requested),
            "source": FieldBox(self.source), "cost_items": FieldBox(self.costs),
        }
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.general_error)
        form.addRow(self.tr("Company"), self.boxes["company"])
        form.addRow("", self.company_facts)
        form.addRow(self.tr("Measure"), self.boxes["measure"])
        form.addRow(self.tr("Target field"), self.boxes["theme"])
        form.addRow("", self.theme_hint)
        form.addRow(self.tr("Cluster/network"), self.boxes["cluster"])
        form.addRow(self.tr("Received on"), self.boxes["receipt_date"])
        form.addRow(self.tr("Early start"), self.boxes["early_start_consent"])
        form.addRow(self.tr("Requested amount"), self.boxes["requested_amount"])
        form.addRow(self.tr("Funding source"), self.boxes["source"])
        form.addRow(self.tr("Cost items"), self.boxes["cost_items"])

        self.company.picked.connect(self._on_company_picked)
        self.measure.picked.connect(self._on_measure_picked)
        for picker in (self.company, self.measure):
            picker.failed.connect(self._on_search_failed)
        for combo in (self.theme, self.cluster, self.source):
            combo.currentIndexChanged.connect(self.changed)
        self.receipt_date.dateChanged.connect(self.changed)
        self.consent_date.dateChanged.connect(self.changed)
        self.early_start.toggled.connect(self._on_early_start_toggled)
        self.requested.textChanged.connect(self.changed)
        self.costs.changed.connect(self.changed)

    # choices ---------------------------------------------------------------------------------------
    def load_choices(self) -> None:
        """The small choices (target fields, clusters, funding sources); measures and companies are searched."""
        self.show_choices(Choices.read(self.context.services))

    def show_choices(self, choices: Choices) -> None:
        language = self.context.language
        self.company_facts.regions = dict(choices.regions)
        _fill(self.theme, self.tr("— no target field —"),
              [(f"{t.code} – {t.name_de if language == 'de' else t.name_en}"
                + ("" if t.active else " " + self.tr("(inactive)")), t.code) for t in choices.themes])
        _fill(self.cluster, self.tr("— from the company's membership —"),
              [(c.name, c.id) for c in choices.clusters if c.active])
        _fill(self.source, self.tr("programme default"), [(s, s) for s in choices.sources])

    def choose_company(self, company: CompanyInfo) -> None:
        """Choose a company as the user would (a new one from the company dialog)."""
        self.company.set_choice(CompanyChoice.of(company))
        self.company_facts.show_company(company)
        self.changed.emit()

    # reading and writing ----------------------------------------------------------------------------
    def company_id(self) -> int | None:
        return self.company.company_id()

    def load(self, info: ApplicationInfo | None, *, measure: MeasureChoice | None = None,
             company: CompanyInfo | None = None) -> None:
        """Show a saved application, or an empty form (today's receipt date, one empty cost item).

        ``measure`` and ``company``: the application's own, as opened; without them the ones already shown
        stay when they are still the application's, else they are looked up (one record each)."""
        widgets = (self.company, self.measure, self.theme, self.cluster, self.receipt_date, self.consent_date,
                   self.early_start, self.requested, self.source, self.costs)
        for widget in widgets:
            widget.blockSignals(True)
        today = qdate(self.context.services.clock.today())
        if info is None:
            self.company.set_choice(None)
            self.measure.set_choice(None)
            for combo in (self.theme, self.cluster, self.source):
                combo.setCurrentIndex(0)
            self.receipt_date.setDate(today)
            self.early_start.setChecked(False)
            self.consent_date.setDate(NO_CONSENT)
            self.requested.clear()
            self.costs.set_items([])
        else:
            self._show_chosen(info, measure, company)
            _choose(self.theme, info.theme_code)
            _choose(self.cluster, info.cluster_id)
            _choose(self.source, info.budget_source)
            self.receipt_date.setDate(qdate(info.receipt_date))
            self.early_start.setChecked(info.early_start_consent is not None)
            # The stored consent day, never today's date: a decided application shows what was decided on.
            self.consent_date.setDate(qdate(info.early_start_consent) if info.early_start_consent else NO_CONSENT)
            self.requested.setText(self._money_text(info.requested_amount))
            self.costs.set_items(list(info.cost_items))
        self.consent_date.setEnabled(self.early_start.isChecked())
        self.theme_hint.hide()
        for widget in widgets:
            widget.blockSignals(False)
        self.clear_errors()
        if info is None:
            self.company_facts.show_company(None)

    def _show_chosen(self, info: ApplicationInfo, measure: MeasureChoice | None,
                     company: CompanyInfo | None) -> None:
        editing = self.context.services.editing
        if measure is None and self.measure.code() != info.measure_code:
            measure = editing.measure(info.measure_code)
        if measure is not None:
            self.measure.set_choice(measure)
        if company is None and self.company.company_id() != info.company_id:
            company = self.context.services.companies.get(info.company_id)
        if company is not None:
            self.company.set_choice(CompanyChoice.of(company))
            self.company_facts.show_company(company)

    def _money_text(self, amount: object) -> str:
        if amount is None:
            return ""
        text = self.context.formats.money(amount)  # type: ignore[arg-type]
        return text.replace(" €", "").replace("€", "")

    def read(self, *, strict: bool) -> tuple[ApplicationInput | None, dict[str, str]]:
        """The input and the problems by field; ``strict`` also names what is missing (for saving)."""
        errors: dict[str, str] = {}
        company_id = self.company_id()
        if company_id is None and (strict or self.company.text().strip()):
            errors["company"] = self.tr("Choose a company from the list, or create one with “New company …”.")
        measure = self.measure.code()
        if measure is None and strict:
            errors["measure"] = self.tr("Choose the measure the company applies for.")
        requested, problem = read_money(self.requested.text(), self.context.language, field="requested_amount")
        if problem:
            errors["requested_amount"] = problem
        items, problems = self.costs.model.items()
        if problems:
            errors["cost_items"] = "\n".join(problems)
        if errors or company_id is None or measure is None:
            return None, errors
        consent = pydate(self.consent_date.date()) if self.early_start.isChecked() else None
        return ApplicationInput(
            company_id=company_id, measure_code=measure, theme_code=self.theme.currentData(),
            receipt_date=pydate(self.receipt_date.date()), cost_items=tuple(items),
            cluster_id=self.cluster.currentData(), requested_amount=requested, early_start_consent=consent,
            funding_source=self.source.currentData()), errors

    def show_errors(self, errors: dict[str, str]) -> None:
        general = []
        for field, message in errors.items():
            key = "cost_items" if field.startswith("cost_items") else field
            if key in self.boxes:
                self.boxes[key].set_error(message)
            else:
                general.append(message)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def clear_errors(self, fields: tuple[str, ...] | None = None) -> None:
        for key, box in self.boxes.items():
            if fields is None or key in fields:
                box.set_error("")
        if fields is None:
            self.general_error.hide()

    def set_editable(self, editable: bool) -> None:
        for widget in (self.company, self.new_company, self.measure, self.theme, self.cluster, self.receipt_date,
                       self.early_start, self.requested, self.source):
            widget.setEnabled(editable)
        self.consent_date.setEnabled(editable and self.early_start.isChecked())
        self.costs.set_editable(editable)

    # reactions -------------------------------------------------------------------------------------
    @Slot(object)
    def _on_search_failed(self, error: BaseException) -> None:
        show_error(self, error, self.context.language)

    @Slot(object)
    def _on_company_picked(self, company: CompanyChoice | None) -> None:
        self.company_facts.show_company(self.context.services.companies.get(company.id) if company else None)
        self.changed.emit()

    @Slot(object)
    def _on_measure_picked(self, measure: MeasureChoice | None) -> None:
        """The target field follows the measure: its one field; with several, the clerk chooses among them."""
        self.follow_measure(measure)
        self.changed.emit()

    def follow_measure(self, measure: MeasureChoice | None) -> None:
        themes = measure.themes if measure is not None else ()
        hint = ""
        if len(themes) == 1:
            _choose(self.theme, themes[0])
        elif themes:
            if self.theme.currentData() not in themes:
                _choose(self.theme, None)
            hint = self.tr("The measure covers several target fields: choose one of %1.").replace(
                "%1", ", ".join(self.theme.itemText(self.theme.findData(code)) or str(code) for code in themes))
        elif measure is not None:
            hint = self.tr("The measure names no target field: choose the one that fits the company's project.")
        self.theme_hint.setText(hint)
        self.theme_hint.setVisible(bool(hint))

    @Slot(bool)
    def _on_early_start_toggled(self, checked: bool) -> None:
        if checked and self.consent_date.date() == NO_CONSENT:
            self.consent_date.setDate(qdate(self.context.services.clock.today()))
        self.consent_date.setEnabled(checked)
        self.changed.emit()


def _fill(combo: QComboBox, nothing: str, items: list[tuple[str, object]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(nothing, None)
    for text, value in items:
        combo.addItem(text, value)
    _choose(combo, chosen)
    combo.blockSignals(False)


def _choose(combo: QComboBox, value: object) -> None:
    position = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(position, 0))
