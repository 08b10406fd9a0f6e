"""The editor's “Amend …” action on an approved application: a small dialog for the new (lower) amount and the
reason, showing what is released to the budget line; the amendment itself runs in the editor (``amend_requested``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.amendment import AMEND_ROLE
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.money_input import read_money


class AmendDialog(QDialog):
    """New amount and reason; OK only for an amount above 0 and below the approved one, with a reason."""

    def __init__(self, info: ApplicationInfo, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.approved = info.approved_amount or Decimal("0.00")
        self.amount: Decimal | None = None
        self.setWindowTitle(self.tr("Amend the approval of %1").replace("%1", info.reference))
        intro = QLabel(self.tr("An amendment can only lower the approved amount. The difference "
                               "is released to the budget line %1; an amendment letter can then be written.")
                       .replace("%1", f"{info.budget_year or ''} {info.budget_source or ''}".strip()))
        intro.setWordWrap(True)
        self.current = QLabel(formats.money(self.approved))
        self.new_amount = QLineEdit()
        self.new_amount.setPlaceholderText(self.tr("e.g. %1").replace("%1", formats.money(self.approved / 2)))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the amount is lowered (printed in the letter)"))
        self.reason.setFixedHeight(80)
        self.released = QLabel()
        self.released.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Approved so far:"), self.current)
        form.addRow(self.tr("New approved amount:"), self.new_amount)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Released:"), self.released)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Amend"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.new_amount.textChanged.connect(self._on_input_changed)
        self.reason.textChanged.connect(self._on_input_changed)
        self._on_input_changed()
        self.resize(480, 0)

    @Slot()
    def _on_input_changed(self) -> None:
        value, problem = read_money(self.new_amount.text(), self.formats.language, field=self.tr("New amount"))
        self.amount = None
        if problem:
            text = problem
        elif value is None:
            text = self.tr("Enter the new amount.")
        elif value <= 0:
            text = self.tr("The new amount must be more than 0 €; to cancel the whole approval, revoke it.")
        elif value >= self.approved:
            text = self.tr("The new amount must be lower than the approved %1.").replace(
                "%1", self.formats.money(self.approved))
        else:
            self.amount = value
            text = self.tr("%1 go back to the budget line.").replace("%1", self.formats.money(self.approved - value))
        self.released.setText(text)
        ok = self.amount is not None and bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AmendButton(QPushButton):
    """Shown for approved applications; ``amend_requested(amount, reason)`` once the dialog is confirmed."""

    amend_requested = Signal(object, str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Amend …"))
        self.context = context
        self.info: ApplicationInfo | None = None
        self.dialog: AmendDialog | None = None
        self.clicked.connect(self._on_clicked)
        self.hide()

    def update_for(self, info: ApplicationInfo | None, *, dirty: bool, busy: bool) -> None:
        self.info = info
        self.setVisible(info is not None and info.status is Status.APPROVED)
        if busy:
            reason = self.tr("Please wait until the current step is done.")
        elif dirty:
            reason = self.tr("Save or undo your changes first.")
        elif AMEND_ROLE not in self.context.user.roles:
            reason = self.tr("Only approvers amend an approval.")
        else:
            reason = ""
        self.setEnabled(not reason)
        self.setToolTip(reason or self.tr("Lower the approved amount (amendment); the difference is "
                                          "released to the budget."))

    @Slot()
    def _on_clicked(self) -> None:
        if self.info is None:
            return
        self.dialog = AmendDialog(self.info, self.context.formats, self.window())
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self.dialog.amount is not None:
            self.amend_requested.emit(self.dialog.amount, self.dialog.reason.toPlainText().strip())
        self.dialog = None
