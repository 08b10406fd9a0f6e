"""The editor's head: which application, its status chip, who decided what when, an overdue proof of use in
red, and why the form is read-only for this user."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.dto import ApplicationInfo
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.widgets.status_chip import StatusChip


class EditorHeader(QWidget):
    def __init__(self, formats: Formats, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.formats = formats
        self.today = today
        self.names: dict[str, str] = {}  # login → display name
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.chip = StatusChip()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #37474f;")
        self.overdue = QLabel()
        self.overdue.setObjectName("overdue")
        self.overdue.setStyleSheet("color: #ffffff; background: #c62828; border-radius: 4px; padding: 2px 8px; "
                                   "font-weight: 600;")
        self.overdue.hide()
        self.read_only = QLabel()
        self.read_only.setObjectName("readOnly")
        self.read_only.setWordWrap(True)
        self.read_only.setStyleSheet("background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; "
                                     "padding: 4px 8px; color: #5d4037;")
        self.read_only.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.chip)
        top.addWidget(self.overdue)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.read_only)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The facts wrap onto as many lines as the width needs; the editor's body gives way, never the facts (a
        squeezed label clipped its second line)."""
        super().resizeEvent(event)
        self._keep_facts_whole()

    def _keep_facts_whole(self) -> None:
        width = self.width() or self.facts.width()
        self.facts.setMinimumHeight(max(0, self.facts.heightForWidth(width)))

    def show_loading(self, reference: str) -> None:
        """While the application is being read (the window is shown at once, its content follows)."""
        self.title.setText(self.tr("Loading application %1 …").replace("%1", reference) if reference else
                           self.tr("Loading …"))
        self.chip.set_status(None, self.formats.language)
        self.facts.setText("")
        self.overdue.hide()
        self.read_only.hide()

    def show_info(self, info: ApplicationInfo | None) -> None:
        if info is None:
            self.title.setText(self.tr("New application"))
            self.chip.set_status(None, self.formats.language)
            self.facts.setText(self.tr("Fill in the form; the checklist on the right shows at once what the rules "
                                       "say. Ctrl+S saves, Esc closes."))
            self.overdue.hide()
            return
        self.title.setText(self.tr("Application %1 – %2").replace("%1", info.reference).replace(
            "%2", info.company_name))
        self.chip.set_status(info.status, self.formats.language)
        self.facts.setText("  ·  ".join(self.lines(info)))
        self._keep_facts_whole()
        late = self.overdue_since(info)
        self.overdue.setText(self.tr("Proof of use overdue since %1").replace("%1", self.formats.date(late))
                             if late else "")
        self.overdue.setVisible(late is not None)

    def read_only_text(self, refusal: BwiError | None, info: ApplicationInfo | None) -> str:
        """Why the form cannot be changed (``refusal``: the save's own rule), in words; '' when it can."""
        if refusal is None:
            return ""
        if refusal.code == "not_editable" and info is not None:
            status = self.chip.text()
            if info.decided_by:
                return self.tr("Read only: this application is “%1” (decided on %2 by %3); a decided application "
                               "is no longer changed.").replace("%1", status).replace(
                    "%2", self.formats.date(info.decision_date)).replace("%3", self.who(info.decided_by))
            return self.tr("Read only: this application is “%1” and can no longer be changed.").replace("%1", status)
        if refusal.code == "role_missing_action":
            return self.tr("Read only: you do not hold the clerk role, which changing an application needs.")
        return self.tr("Read only: %1").replace("%1", refusal.message(self.formats.language))

    def show_read_only(self, hint: str) -> None:
        """Say why the form cannot be changed ('' hides the line)."""
        self.read_only.setText(hint)
        self.read_only.setVisible(bool(hint))

    def overdue_since(self, info: ApplicationInfo) -> date | None:
        """The due date of a proof of use that is still missing after it (an approved voucher only)."""
        due = info.proof_due_date
        if info.status is Status.APPROVED and info.proof_received_date is None and due is not None and \
                due < self.today():
            return due
        return None

    def who(self, login: str | None) -> str:
        return self.names.get(login or "", login or "")

    def lines(self, info: ApplicationInfo) -> list[str]:
        money, day, who = self.formats.money, self.formats.date, self.who
        lines = [self.tr("recorded by %1 on %2").replace("%1", who(info.created_by)).replace(
            "%2", day(info.created_at.date()))]
        if info.in_review_by:
            lines.append(self.tr("put in review by %1").replace("%1", who(info.in_review_by)))
        if info.approved_amount is not None:
            lines.append(self.tr("approved %1 on %2 by %3 (budget %4 %5)").replace("%1", money(info.approved_amount))
                         .replace("%2", day(info.approval_date)).replace("%3", who(info.decided_by))
                         .replace("%4", str(info.budget_year or "")).replace("%5", info.budget_source or ""))
        elif info.decided_by:
            lines.append(self.tr("decided on %1 by %2").replace("%1", day(info.decision_date)).replace(
                "%2", who(info.decided_by)))
        if info.proof_due_date and info.proof_received_date is None and self.overdue_since(info) is None:
            lines.append(self.tr("proof of use due by %1").replace("%1", day(info.proof_due_date)))
        if info.proof_received_date:
            lines.append(self.tr("proof of use received %1: actual costs %2, payout %3").replace(
                "%1", day(info.proof_received_date)).replace("%2", money(info.actual_costs)).replace(
                "%3", money(info.payout_amount)))
        if info.payout_date:
            lines.append(self.tr("paid out on %1 by %2").replace("%1", day(info.payout_date)).replace(
                "%2", who(info.paid_by)))
        if info.decision_reason:
            lines.append(self.tr("reason: %1").replace("%1", info.decision_reason))
        return lines
