"""The live eligibility checklist R01–R12: a mark, the rule's title and the reason in words, and the amount."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from bwi_vouchers.domain.enums import Outcome
from bwi_vouchers.domain.rules import RULES
from bwi_vouchers.services.dto import CheckReport
from bwi_vouchers.texts import reason_text, rule_title
from bwi_vouchers.ui.formatting import Formats

MARKS = {Outcome.PASS: ("✓", "#2e7d32"), Outcome.FAIL: ("✗", "#c62828"), Outcome.WARNING: ("!", "#b26a00")}


class Checklist(QFrame):
    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.report: CheckReport | None = None
        self.setObjectName("checklist")
        self.setStyleSheet("QFrame#checklist { background: #fafbfc; border: 1px solid #dde3ea; border-radius: 6px; }")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.amount = QLabel()
        self.amount.setStyleSheet("font-size: 15px;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        for row, rule in enumerate(RULES):
            mark = QLabel("·")
            mark.setFixedWidth(22)
            mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            text = QLabel(f"<b>{rule} {escape(rule_title(rule, formats.language))}</b>")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            self.marks[rule], self.texts[rule] = mark, text
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Eligibility (R01–R12)"))
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(self.verdict)
        layout.addWidget(self.amount)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.show_hint(self.tr("Choose a company and a measure to see the checklist."))

    def outcome(self, rule: str) -> Outcome | None:
        if self.report is None:
            return None
        return self.report.assessment.by_rule(rule).outcome

    def show_hint(self, text: str) -> None:
        """No report possible (form incomplete or invalid): say why and grey the rules out."""
        self.report = None
        self.hint.setText(text)
        self.hint.show()
        self.verdict.hide()
        self.amount.hide()
        for rule in RULES:
            self.marks[rule].setText("·")
            self.marks[rule].setStyleSheet("color: #9e9e9e; font-size: 16px;")
            self.texts[rule].setText(f"<span style='color:#9e9e9e'><b>{rule} "
                                     f"{escape(rule_title(rule, self.formats.language))}</b></span>")

    def show_checking(self) -> None:
        """The check runs (off the GUI thread): a report already shown stays until the new one comes; with none,
        the rules are greyed out and the hint says that they are being checked."""
        if self.report is None:
            self.show_hint(self.tr("Checking …"))

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        language = self.formats.language
        assessment = report.assessment
        self.hint.hide()
        for check in assessment.checks:
            symbol, colour = MARKS[check.outcome]
            self.marks[check.rule].setText(symbol)
            self.marks[check.rule].setStyleSheet(f"color: {colour}; font-size: 16px; font-weight: 700;")
            self.marks[check.rule].setToolTip(self._word(check.outcome))
            reason = escape(reason_text(check.reason, check.params, language))
            self.texts[check.rule].setText(f"<b>{check.rule} {escape(rule_title(check.rule, language))}</b><br>"
                                           f"<span style='color:#37474f'>{reason}</span>")
        failed, warnings = len(assessment.failed), len(assessment.warnings)
        if failed:
            verdict = self.tr("Not eligible: %n rules not met.", "", failed)
            colour = "#c62828"
        elif warnings:
            verdict = self.tr("Eligible, with %n notes.", "", warnings)
            colour = "#b26a00"
        else:
            verdict = self.tr("Eligible: every rule is met.")
            colour = "#2e7d32"
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.verdict.show()
        text = self.tr("Voucher amount: %1").replace("%1", self.formats.money(assessment.voucher_amount))
        if assessment.amount != assessment.voucher_amount:
            text += "  ·  " + self.tr("to approve: %1").replace("%1", self.formats.money(assessment.amount))
        self.amount.setText(text)
        self.amount.show()

    def _word(self, outcome: Outcome) -> str:
        return {Outcome.PASS: self.tr("met"), Outcome.FAIL: self.tr("not met"),
                Outcome.WARNING: self.tr("note")}[outcome]
