"""The confirmation before a decision (approve, reject, pay, withdraw, revoke, close, expire, a batch step): what it
does — how many applications, the total amount, the budget line(s) it commits on and what it releases, pays or
recovers — from ``services.decision_summary``. Cancel is the default button: Enter never decides by accident.

It opens window-modal (``open``) and says ``confirmed`` when the user takes the step; Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import LedgerKind, Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.decision_summary import DecisionSummary
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.steps import step_label

#: Steps whose confirmation warns in red: they end an application or take money back.
ENDING = frozenset({Status.REJECTED, Status.WITHDRAWN, Status.REVOKED, Status.EXPIRED})


class DecisionDialog(QDialog):
    confirmed = Signal()

    def __init__(self, summary: DecisionSummary, formats: Formats, parent: QWidget | None = None, *,
                 reason: str | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.formats = formats
        target, money = summary.target, formats.money
        self.setWindowTitle(step_label(target))
        self.setMinimumWidth(520)
        word = status_text(target.value, formats.language)
        able = len(summary.able)
        if summary.asked == 1 and able == 1:
            headline = self.tr("%1: %2 becomes “%3”.").replace("%1", step_label(target)).replace(
                "%2", summary.able[0]).replace("%3", word)
        else:
            headline = self.tr("%1: %2 of %3 selected applications become “%4”.").replace(
                "%1", step_label(target)).replace("%2", formats.number(able)).replace(
                "%3", formats.number(summary.asked)).replace("%4", word)
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;" + (
            " color: #b71c1c;" if target in ENDING else ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)

        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        self.amount = QLabel(money(summary.amount))
        self.amount.setStyleSheet("font-weight: 600;")
        facts.addWidget(QLabel(self.tr("Total amount")), 0, 0)
        facts.addWidget(self.amount, 0, 1)
        self.lines = QLabel(self.line_text())
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        facts.addWidget(QLabel(self.tr("Budget line")), 1, 0, Qt.AlignmentFlag.AlignTop)
        facts.addWidget(self.lines, 1, 1)
        self.released = QLabel(self.released_text())
        self.released.setWordWrap(True)
        facts.addWidget(QLabel(self.tr("Back to the budget")), 2, 0, Qt.AlignmentFlag.AlignTop)
        facts.addWidget(self.released, 2, 1)
        if reason:
            shown = QLabel(reason)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            facts.addWidget(QLabel(self.tr("Reason")), 3, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(shown, 3, 1)
        layout.addLayout(facts)

        self.refused = QListWidget()
        self.refused.setWordWrap(True)
        for reference, error in summary.refused:
            item = QListWidgetItem(self.tr("✗ %1 – not possible: %2").replace("%1", reference).replace(
                "%2", error.message(formats.language)))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.refused.addItem(item)
        if summary.refused:
            layout.addWidget(QLabel(self.tr("Not possible, left as they are: %1").replace(
                "%1", formats.number(len(summary.refused)))))
            layout.addWidget(self.refused, 1)
        else:
            self.refused.hide()
        if summary.cancelled:
            layout.addWidget(QLabel(self.tr("The preview was cancelled: the figures cover only part of the "
                                            "selection.")))

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(step_label(target))
        self.confirm_button.setEnabled(able > 0)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # The safe button is the default: Enter cancels; deciding takes a deliberate click (or Tab, Space).
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def line_text(self) -> str:
        """Each budget line touched, with what the step books on it and what stays available."""
        money = self.formats.money
        if not self.summary.lines:
            return self.tr("nothing is booked")
        texts = []
        for line in self.summary.lines:
            parts = []
            for value, text in ((line.committed, self.tr("%1 committed")), (line.paid, self.tr("%1 paid out")),
                                (line.released, self.tr("%1 released")), (line.recovered, self.tr("%1 recovered"))):
                if value:
                    parts.append(text.replace("%1", money(value)))
            texts.append(self.tr("%1: %2; available %3 → %4").replace("%1", line.label).replace(
                "%2", ", ".join(parts)).replace("%3", money(line.available)).replace("%4", money(line.available_after)))
        return "\n".join(texts)

    def released_text(self) -> str:
        released = self.summary.total(LedgerKind.RELEASE)
        recovered = self.summary.total(LedgerKind.RECOVERY)
        if not released and not recovered:
            return self.tr("nothing")
        texts = []
        if released:
            texts.append(self.tr("%1 from the commitment").replace(
                "%1", self.formats.money(released)))
        if recovered:
            texts.append(self.tr("%1 paid out are to be recovered").replace("%1", self.formats.money(recovered)))
        return "; ".join(texts)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.accept()
        self.confirmed.emit()


def confirm_step(context: UiContext, parent: QWidget, reference: str, target: Status, *,
                 then: Callable[[], None], costs: object = None, reason: str | None = None) -> DecisionDialog | None:
    """Preview one application's step and open its confirmation; ``then`` runs when the user confirms.

    A step the preview refuses (someone else changed the application since the buttons were judged) is
    explained instead, and None returned."""
    try:
        summary = context.services.decisions.preview(context.user.login, [reference], target, costs=costs,
                                                     reason=reason or None)
    except BwiError as error:
        show_error(parent, error, context.language)
        return None
    if summary.refused:
        show_error(parent, summary.refused[0][1], context.language)
        return None
    dialog = DecisionDialog(summary, context.formats, parent, reason=reason)
    dialog.confirmed.connect(then)
    dialog.open()
    return dialog
