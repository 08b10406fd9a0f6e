"""Lifecycle steps for many selected applications: each judged on its own, then a summary of what was done."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.domain.lifecycle import REQUIRED_ROLE, allowed_targets, is_reopening
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services
from bwi_vouchers.services.decision_summary import DecisionSummary
from bwi_vouchers.services.dto import StepResult
from bwi_vouchers.services.listing import Selection, selection_of
from bwi_vouchers.texts import error_text, reason_text, rule_title, status_text
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.decision_dialog import DecisionDialog
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.letters import LetterRequest, LetterWriter, has_letter
from bwi_vouchers.ui.steps import REASON_STEPS, ask_reason, step_label
from bwi_vouchers.ui.widgets.menu_button import menu_button

MAIN_STEPS = (Status.IN_REVIEW, Status.APPROVED, Status.REJECTED, Status.WITHDRAWN)
MORE_STEPS = (Status.PAID, Status.CLOSED, Status.EXPIRED, Status.REVOKED)  # proof of use needs costs: editor


def can_move(target: Status, status: Status) -> bool:
    """Whether a batch may take the step: reopening a rejection needs its own reason (the objection), so it is
    done in the editor, one application at a time."""
    return target in allowed_targets(status) and not is_reopening(status, target)


class BatchSteps(QWidget):
    """Buttons for the steps that make sense for a selection; ``selected`` gives (reference, status) pairs or a
    ``Selection`` (select all on a long list: counts per status, the references read when a step runs)."""

    finished = Signal(object)  # the BatchSummary shown

    def __init__(self, context: UiContext, selected: Callable[[], Selection | list[tuple[str, Status]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.selected = selected
        self.summary: BatchSummary | None = None
        self.confirmation: DecisionDialog | None = None
        self.letters = LetterWriter(context, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Status, QPushButton] = {}
        for target in MAIN_STEPS:
            button = QPushButton(step_label(target))
            button.clicked.connect(lambda _=False, t=target: self.run(t))
            layout.addWidget(button)
            self.buttons[target] = button
        self.more = menu_button(self.tr("More steps"))
        menu = QMenu(self.more)
        self.actions_: dict[Status, object] = {}
        for target in MORE_STEPS:
            action = menu.addAction(step_label(target))
            action.triggered.connect(lambda _=False, t=target: self.run(t))
            self.actions_[target] = action
        self.more.setMenu(menu)
        layout.addWidget(self.more)
        self.update_for_selection()

    def why_not(self, target: Status, chosen: Selection | list[tuple[str, Status]]) -> str:
        """Why the step cannot be taken for the selection ('' when it can, for at least one)."""
        chosen = selection_of(chosen)
        user = self.context.user
        if not chosen:
            return self.tr("Select one or more applications in the list first.")
        role = REQUIRED_ROLE[target]
        if role not in user.roles:
            return error_text("role_missing_action", {"user": user.display_name, "role": role.value},
                              self.context.language)
        if not chosen.count(partial(can_move, target)):
            return self.tr("None of the selected applications can move to “%1” from its current status.").replace(
                "%1", status_text(target.value, self.context.language))
        return ""

    @Slot()
    def update_for_selection(self) -> None:
        chosen = selection_of(self.selected())
        for target in (*MAIN_STEPS, *MORE_STEPS):
            reason = self.why_not(target, chosen)
            able = chosen.count(partial(can_move, target))
            tip = reason or self.tr("%1 of the %2 selected applications can take this step; each one is judged "
                                    "on its own.").replace("%1", str(able)).replace("%2", str(len(chosen)))
            widget = self.buttons.get(target) or self.actions_[target]
            widget.setEnabled(not reason)  # type: ignore[attr-defined]
            widget.setToolTip(tip)  # type: ignore[attr-defined]
        self.more.setEnabled(any(not self.why_not(t, chosen) for t in MORE_STEPS))

    def run(self, target: Status) -> None:
        """Ask the reason (if the step needs one), preview what the step does on the worker, confirm, then act."""
        chosen = selection_of(self.selected())
        if self.why_not(target, chosen):
            return
        reason = None
        if target in REASON_STEPS:
            reason = ask_reason(self, target, required=target is Status.REVOKED)
            if reason is None:
                return
        login, services = self.context.user.login, self.context.services

        def preview(report: Callable[[int, int], None],
                    is_cancelled: Callable[[], bool]) -> tuple[list[str], DecisionSummary]:
            references = services.listing.references(chosen)  # select all: read here, in one query
            return references, services.decisions.preview(login, references, target, reason=reason or None,
                                                           progress=report, is_cancelled=is_cancelled)

        self.context.runner.start(
            preview, on_done=lambda done: self._confirm(done[1], done[0], reason),
            on_error=lambda error: show_error(self, error, self.context.language), title=step_label(target),
            label=self.tr("Checking %1 applications …").replace("%1", self.context.formats.number(len(chosen))),
            parent=self)

    def _confirm(self, summary: DecisionSummary, references: list[str], reason: str | None) -> None:
        if summary.cancelled:
            return
        self.confirmation = DecisionDialog(summary, self.context.formats, self, reason=reason)
        self.confirmation.confirmed.connect(lambda: self._take(summary.target, references, reason))
        self.confirmation.open()

    def _take(self, target: Status, references: list[str], reason: str | None) -> None:
        login, services, language = self.context.user.login, self.context.services, self.context.language

        def work(report: Callable[[int, int], None],
                 is_cancelled: Callable[[], bool]) -> tuple[list[str], list[StepResult], dict[str, str]]:
            results = services.lifecycle.move_many(login, references, target, reason=reason or None,
                                                   progress=report, is_cancelled=is_cancelled)
            return references, results, failed_rules(services, results, language)

        self.context.perform(
            work, on_done=lambda done: self._on_done(target, *done),
            on_error=lambda error: show_error(self, error, self.context.language),
            title=step_label(target),
            label=self.tr("Working through %Ln applications …", "", len(references)),
            parent=self)

    def _on_done(self, target: Status, references: list[str], results: list[StepResult],
                 rules: dict[str, str]) -> None:
        roles = self.context.user.roles
        letters = has_letter(target) and bool({Role.CLERK, Role.APPROVER} & roles)
        self.summary = BatchSummary(target, len(references), results, self.context.language, self, rules=rules,
                                    letters=letters)
        self.summary.letters_requested.connect(self.write_letters)
        self.summary.open()
        self.finished.emit(self.summary)

    @Slot(object)
    def write_letters(self, references: tuple[str, ...]) -> None:
        """The letters of exactly the applications the step just moved (the list's filter may hide them now)."""
        if references:
            self.letters.start(LetterRequest(references=references))


class BatchSummary(QDialog):
    """What a batch step did: the references done, and those refused with their reason; with ``letters``, an
    offer to write the letters of the ones done."""

    letters_requested = Signal(object)  # the references done, as a tuple

    def __init__(self, target: Status, asked: int, results: list[StepResult], language: str,
                 parent: QWidget | None = None, *, rules: dict[str, str] | None = None, letters: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Result: %1").replace("%1", step_label(target)))
        self.resize(640, 420)
        self.done_references = [r.reference for r in results if r.ok]
        rules = rules or {}
        self.refused = [(r.reference, (r.error.message(language) if isinstance(r.error, BwiError) else str(r.error))
                         + (f"\n{rules[r.reference]}" if r.reference in rules else ""))
                        for r in results if not r.ok]
        layout = QVBoxLayout(self)
        word = status_text(target.value, language)
        self.headline = QLabel(self.tr("Done: %1 of %2 selected applications are now “%3”.").replace(
            "%1", str(len(self.done_references))).replace("%2", str(asked)).replace("%3", word))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(self.headline)
        if len(results) < asked:
            cancelled = QLabel(self.tr("Cancelled: %Ln applications were not worked on.", "", asked - len(results)))
            layout.addWidget(cancelled)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for reference, message in self.refused:
            item = QListWidgetItem(self.tr("✗ %1 – not possible: %2").replace("%1", reference).replace("%2", message))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        for reference in self.done_references:
            self.list.addItem(QListWidgetItem(self.tr("✓ %1 – now “%2”").replace("%1", reference).replace("%2", word)))
        if self.refused:
            layout.addWidget(QLabel(self.tr("Not possible: %1 (reasons below)").replace("%1", str(len(self.refused)))))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        done = len(self.done_references)
        self.letters_button = QPushButton(
            self.tr("Write the letter for this application …") if done == 1 else
            self.tr("Write the letters for these %1 applications …").replace("%1", str(done)))
        self.letters_button.setToolTip(self.tr("Writes the letters of exactly the applications this step moved, "
                                               "into a folder you choose."))
        buttons.addButton(self.letters_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.letters_button.setVisible(letters and bool(self.done_references))  # after addButton, which shows it
        self.letters_button.clicked.connect(self._on_letters_button_clicked)
        layout.addWidget(buttons)

    @Slot()
    def _on_letters_button_clicked(self) -> None:
        self.accept()
        self.letters_requested.emit(tuple(self.done_references))


def failed_rules(services: Services, results: list[StepResult], language: str) -> dict[str, str]:
    """For refusals because rules failed: each failed rule with its reason in words (read in the worker)."""
    found: dict[str, str] = {}
    for result in results:
        if result.ok or getattr(result.error, "code", None) != "rules_failed":
            continue
        assessment = services.applications.check(result.reference).assessment
        found[result.reference] = "\n".join(
            f"{c.rule} {rule_title(c.rule, language)}: {reason_text(c.reason, c.params, language)}"
            for c in assessment.failed)
    return found
