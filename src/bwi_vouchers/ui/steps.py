"""Lifecycle steps as the desktop names them, and the prompts some of them need (reason, actual costs)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.lifecycle import is_reopening
from bwi_vouchers.ui.money_input import read_money

#: Steps that need a reason (a rejection quotes failed rules by itself, but asks all the same).
REASON_STEPS = frozenset({Status.REJECTED, Status.REVOKED})


def step_label(target: Status, source: Status | None = None) -> str:
    """The button text for moving an application (now in ``source``, when known) to ``target``."""
    if is_reopening(source, target):
        return QCoreApplication.translate("Steps", "Reopen (objection) …")
    labels = {
        Status.IN_REVIEW: QCoreApplication.translate("Steps", "Put in review"),
        Status.APPROVED: QCoreApplication.translate("Steps", "Approve"),
        Status.REJECTED: QCoreApplication.translate("Steps", "Reject"),
        Status.WITHDRAWN: QCoreApplication.translate("Steps", "Withdraw"),
        Status.PROOF_RECEIVED: QCoreApplication.translate("Steps", "Record proof of use"),
        Status.PAID: QCoreApplication.translate("Steps", "Pay out"),
        Status.CLOSED: QCoreApplication.translate("Steps", "Close the file"),
        Status.EXPIRED: QCoreApplication.translate("Steps", "Let expire"),
        Status.REVOKED: QCoreApplication.translate("Steps", "Revoke"),
    }
    return labels.get(target, target.value)


def ask_reason(parent: QWidget | None, target: Status, *, required: bool,
               source: Status | None = None) -> str | None:
    """The reason for a rejection, revocation or reopening; None when the clerk cancels."""
    if is_reopening(source, target):
        title = QCoreApplication.translate("Steps", "Reopen the rejection")
        label = QCoreApplication.translate(
            "Steps", "The objection (Einwendung) that reopens the review (required; recorded in the history):")
    elif target is Status.REJECTED:
        title = QCoreApplication.translate("Steps", "Reject")
        label = QCoreApplication.translate(
            "Steps", "Reason for the rejection (quoted in the letter; failed rules are quoted automatically):")
    else:
        title = QCoreApplication.translate("Steps", "Revoke")
        label = QCoreApplication.translate("Steps", "Reason for the revocation (required):")
    while True:
        text, ok = QInputDialog.getMultiLineText(parent, title, label, "")
        if not ok:
            return None
        if text.strip() or not required:
            return text.strip()
        QMessageBox.warning(parent, title, QCoreApplication.translate("Steps", "Please give a reason."))


def ask_costs(parent: QWidget | None, language: str) -> Decimal | None:
    """The actual eligible costs from the proof of use; None when the clerk cancels."""
    title = QCoreApplication.translate("Steps", "Record proof of use")
    label = QCoreApplication.translate("Steps", "Actual eligible costs according to the proof of use (EUR):")
    text = ""
    while True:
        text, ok = QInputDialog.getText(parent, title, label, text=text)
        if not ok:
            return None
        value, problem = read_money(text, language, field="costs")
        if value is not None and problem is None:
            return value
        QMessageBox.warning(parent, title, problem or QCoreApplication.translate("Steps", "Please enter an amount."))
