"""Record a proof of use: the date received, the actual cost items, the receipts — and the payout they lead to,
shown live while the clerk types and before anything is confirmed.

The numbers come from ``services.proof`` (``ProofBasis.preview``: the programme's own payout rule and the
lifecycle's own date rule), read once when the dialog opens and recomputed in memory on every change. Confirming
records the step with its cost items and attaches the receipts as *Beleg*, in one transaction off the GUI thread;
when the service refuses, the dialog stays open with the reason and nothing is written.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.errors import BwiError, ValidationError
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
from bwi_vouchers.services.proof import ProofBasis, ProofPreview
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.editor.cost_table import CostTable
from bwi_vouchers.ui.editor.form import pydate, qdate
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.widgets.field_error import INVALID_STYLE, FieldBox

#: How far the date field reaches around the measure's end and today: enough to type a wrong date and be told.
DATE_SLACK = timedelta(days=3 * 365)


class ProofDialog(QDialog):
    recorded = Signal(object)  # the ApplicationInfo after the step

    def __init__(self, context: UiContext, info: ApplicationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info = info
        self.basis: ProofBasis = context.services.proof.basis(info.reference)
        self.preview: ProofPreview | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Record proof of use – %1").replace("%1", info.reference))
        self.setStyleSheet(INVALID_STYLE)

        self.received = QDateEdit(qdate(self.basis.today))
        self.received.setDisplayFormat("dd.MM.yyyy" if context.language == "de" else "dd/MM/yyyy")
        self.received.setCalendarPopup(True)
        self.received.setDateRange(qdate(min(self.basis.measure_end, self.basis.today) - DATE_SLACK),
                                   qdate(self.basis.today + DATE_SLACK))
        self.received_box = FieldBox(self.received)
        hint = QLabel(self.tr("The measure ended on %1; the proof cannot have come in before, nor after today.")
                      .replace("%1", context.formats.date(self.basis.measure_end)))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        self.costs = CostTable(context.formats, actual=True)
        self.costs.set_items([])  # one empty row to start typing in
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.receipts = QListWidget()
        self.receipts.setMaximumHeight(90)
        self.add_receipts_button = QPushButton(self.tr("Add receipts …"))
        self.remove_receipt_button = QPushButton(self.tr("Remove"))
        receipt_buttons = QVBoxLayout()
        receipt_buttons.addWidget(self.add_receipts_button)
        receipt_buttons.addWidget(self.remove_receipt_button)
        receipt_buttons.addStretch(1)
        receipts_row = QHBoxLayout()
        receipts_row.addWidget(self.receipts, 1)
        receipts_row.addLayout(receipt_buttons)

        self.approved = QLabel()
        self.actual = QLabel()
        self.rate = QLabel()
        self.payout = QLabel()
        self.released = QLabel()
        for label in (self.approved, self.actual, self.rate, self.payout, self.released):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.payout.setStyleSheet("font-weight: bold;")
        figures = QFormLayout()
        figures.addRow(self.tr("Amount approved"), self.approved)
        figures.addRow(self.tr("Actual eligible costs"), self.actual)
        figures.addRow(self.tr("Funding rate"), self.rate)
        figures.addRow(self.tr("Payout (never more than approved, down to whole euros)"), self.payout)
        figures.addRow(self.tr("Released to the budget line at the payout"), self.released)
        summary = QGroupBox(self.tr("Payout this proof leads to"))
        summary.setLayout(figures)

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(self.tr("Record proof of use"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.confirm_button, self.add_receipts_button, self.remove_receipt_button,
                       self.costs.add_button, self.costs.remove_button):
            button.setAutoDefault(False)  # Enter in a cell must never confirm

        form = QFormLayout()
        form.addRow(self.tr("Proof of use received on"), self.received_box)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Actual cost items (net, by category)")))
        layout.addWidget(self.costs)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("Receipts (attached as “Receipt”)")))
        layout.addLayout(receipts_row)
        layout.addWidget(summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.received.dateChanged.connect(self._on_input_changed)
        self.costs.changed.connect(self._on_input_changed)
        self.add_receipts_button.clicked.connect(self._on_add_receipts_clicked)
        self.remove_receipt_button.clicked.connect(self._on_remove_receipt_clicked)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 640)
        self._on_input_changed()

    # what the clerk typed ---------------------------------------------------------------------------
    def received_date(self) -> date:
        return pydate(self.received.date())

    def items(self) -> tuple[list[CostItemInfo], list[str]]:
        return self.costs.model.items()

    def receipt_paths(self) -> list[Path]:
        return [Path(self.receipts.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.receipts.count())]

    def add_receipts(self, paths: list[Path]) -> None:
        known = set(self.receipt_paths())
        for path in paths:
            if path in known:
                continue
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.receipts.addItem(item)
            known.add(path)

    # the live preview ----------------------------------------------------------------------------------
    @Slot()
    def _on_input_changed(self) -> None:
        items, problems = self.items()
        preview = self.basis.preview(items, self.received_date())
        self.preview = preview
        language, formats = self.context.language, self.context.formats
        self.received_box.set_error(preview.problem.message(language) if preview.problem is not None else "")
        if not items and not problems:
            problems = [self.tr("Enter at least one cost item with its category and net amount.")]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.approved.setText(formats.money(preview.approved))
        self.actual.setText(formats.money(preview.actual_costs))
        rate = (preview.rate * 100).normalize()
        self.rate.setText(f"{rate:f}".replace(".", "," if language == "de" else ".") + " %")
        self.payout.setText(formats.money(preview.payout))
        self.released.setText(formats.money(preview.released))
        self.confirm_button.setEnabled(not self.busy and preview.problem is None and not problems)
        self.message.hide()

    @Slot()
    def _on_add_receipts_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add receipts"), "",
                                                self.tr("Receipts (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;"
                                                        "All files (*)"))
        self.add_receipts([Path(name) for name in names])

    @Slot()
    def _on_remove_receipt_clicked(self) -> None:
        for item in self.receipts.selectedItems():
            self.receipts.takeItem(self.receipts.row(item))

    # confirming -----------------------------------------------------------------------------------------
    @Slot()
    def confirm(self) -> None:
        """Record the proof as previewed; refused input (or a refusal of the service) writes nothing."""
        self._on_input_changed()
        if self.busy or not self.confirm_button.isEnabled():
            return
        items, _ = self.items()
        received, paths = self.received_date(), self.receipt_paths()
        login, services, reference = self.context.user.login, self.context.services, self.info.reference

        def work(report: object, is_cancelled: object) -> ApplicationInfo:
            from bwi_vouchers.services.attachments import read_file

            receipts = [read_file(path) for path in paths]  # every file first: one unreadable, none attached
            return services.proof.record(login, reference, received=received, items=items, receipts=receipts)

        self.busy = True
        self.confirm_button.setEnabled(False)
        self.context.perform(work, on_done=self._on_recorded, on_error=self._on_failed, parent=self)

    def _on_recorded(self, info: ApplicationInfo) -> None:
        self.busy = False
        self.recorded.emit(info)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        if not isinstance(error, BwiError):  # our bug: the crash path, never swallowed
            show_error(self, error, self.context.language)
            return
        text = error.message(self.context.language)
        if isinstance(error, ValidationError) and error.field == "received":
            self.received_box.set_error(text)
        self.message.setText(self.tr("Nothing was recorded: %1").replace("%1", text))
        self.message.show()
        self.confirm_button.setEnabled(True)

    @property
    def payout_amount(self) -> Decimal | None:
        return self.preview.payout if self.preview is not None else None
