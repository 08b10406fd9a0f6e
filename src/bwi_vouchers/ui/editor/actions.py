"""The lifecycle steps the status allows, each greyed out with the reason when this user may not take it now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.lifecycle import Standing, allowed_targets, why_not
from bwi_vouchers.services.dto import ApplicationInfo, CheckReport
from bwi_vouchers.texts import error_text, reason_text, rule_title
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.steps import step_label

ORDER = (Status.IN_REVIEW, Status.APPROVED, Status.REJECTED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED,
         Status.EXPIRED, Status.REVOKED, Status.WITHDRAWN)


class StepButtons(QWidget):
    step_requested = Signal(object)  # the target Status

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Status, QPushButton] = {}
        for target in ORDER:
            button = QPushButton(step_label(target))
            button.clicked.connect(lambda _=False, t=target: self.step_requested.emit(t))
            button.hide()
            layout.addWidget(button)
            self.buttons[target] = button

    def update_for(self, info: ApplicationInfo | None, report: CheckReport | None, *, dirty: bool,
                   busy: bool = False, checking: bool = False) -> None:
        targets = allowed_targets(info.status) if info is not None else frozenset()
        for target, button in self.buttons.items():
            button.setVisible(target in targets)
            if target not in targets or info is None:
                continue
            button.setText(step_label(target, info.status))  # a rejection is "reopened", not "put in review"
            reason = self.why_not(info, target, report, dirty=dirty, busy=busy, checking=checking)
            button.setEnabled(not reason)
            allowed = self.tr("Take the step “%1” for this application.").replace("%1", step_label(target))
            button.setToolTip(reason or allowed)

    def why_not(self, info: ApplicationInfo, target: Status, report: CheckReport | None, *, dirty: bool,
                busy: bool = False, checking: bool = False) -> str:
        """Why the user cannot take the step now, in words; '' when they can. ``checking``: the eligibility
        check of what is shown is still running (a step waits for its outcome)."""
        language, user = self.context.language, self.context.user
        if busy:
            return self.tr("Please wait until the current step is done.")
        if dirty:
            return self.tr("Save or undo your changes first.")
        if checking:
            return self.tr("Please wait until the eligibility check is done.")
        refusal = why_not(standing(info), target, actor=user.login, roles=user.roles,
                          today=self.context.services.clock.today(),
                          assessment=report.assessment if report is not None else None)
        if refusal is None:
            return ""
        if refusal.code == "rules_failed" and report is not None:
            lines = [f"{c.rule} {rule_title(c.rule, language)}: {reason_text(c.reason, c.params, language)}"
                     for c in report.assessment.failed]
            return self.tr("Not eligible:") + "\n" + "\n".join(lines)
        return error_text(refusal.code, refusal.params, language)


def standing(info: ApplicationInfo) -> Standing:
    """What the lifecycle's guards look at, from the application as the editor shows it."""
    return Standing(reference=info.reference, status=info.status, in_review_by=info.in_review_by,
                    proof_recorded_by=info.proof_recorded_by, approved_amount=info.approved_amount,
                    payout_amount=info.payout_amount, proof_due_date=info.proof_due_date,
                    facts_changed_by=info.facts_changed_by)
