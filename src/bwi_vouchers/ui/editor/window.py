"""The application editor: form and cost items, live checklist, lifecycle steps, history and documents.

Ctrl+S saves, Esc closes, F5 reads the application again. The window shows at once and is built in steps, one
per turn of the event loop, while the application's own record (with its measure and company, one unit of work),
the names and the form's small choices are read off the GUI thread; the measure and company fields search the
database as the user types, so no catalogue is loaded; history and documents are read off the GUI thread once
the form is shown. When someone else changes it meanwhile, a notice bar says so (``editor.notice``): the editor
shows the new state at once unless it holds unsaved edits. The checklist is judged again 150 ms after the last
change, off the GUI thread (the steps wait for its report); saving and steps are operations
(``UiContext.perform``): off the GUI thread, and the pages refresh from what they changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.lifecycle import is_reopening
from bwi_vouchers.errors import BwiError, ConflictError, ValidationError
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput, edit_refusal
from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.dto import ApplicationInfo, CheckReport, DocumentInfo
from bwi_vouchers.services.editing import OpenedApplication
from bwi_vouchers.services.live import RemoteChanges
from bwi_vouchers.ui.context import UiContext
from bwi_vouchers.ui.decision_dialog import DecisionDialog, confirm_step
from bwi_vouchers.ui.editor.actions import StepButtons
from bwi_vouchers.ui.editor.amend import AmendButton
from bwi_vouchers.ui.editor.case_tabs import CaseTabs
from bwi_vouchers.ui.editor.checklist import Checklist
from bwi_vouchers.ui.editor.company_dialog import NewCompanyDialog
from bwi_vouchers.ui.editor.form import ApplicationForm, Choices
from bwi_vouchers.ui.editor.header import EditorHeader
from bwi_vouchers.ui.editor.letter import LetterButton
from bwi_vouchers.ui.editor.notice import ChangedNotice
from bwi_vouchers.ui.errors import show_error
from bwi_vouchers.ui.files import open_path
from bwi_vouchers.ui.geometry import keep_geometry
from bwi_vouchers.ui.letter_print import LetterPrintButton
from bwi_vouchers.ui.models.history import ROW_ROLE, DocumentColumn, DocumentsModel, HistoryModel
from bwi_vouchers.ui.steps import ask_reason

if TYPE_CHECKING:
    from bwi_vouchers.ui.editor.proof_dialog import ProofDialog

DEBOUNCE_MS = 150
#: Errors besides conflicts after which the editor offers to reload the application (a lost connection).
RELOAD_AFTER = frozenset({"connection_lost", "connection_lost_commit", "transition_not_allowed"})
GEOMETRY_KEY = "editor/geometry"
#: Steps confirmed with what they do (count, amount, budget line, releases) before they are taken; putting in
#: review is no decision, and the proof of use shows its payout in its own dialog.
CONFIRMED = frozenset(Status) - {Status.IN_REVIEW, Status.PROOF_RECEIVED}


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def _table(model: HistoryModel | DocumentsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


@dataclass(frozen=True)
class Loaded:
    """What an editor shows once read (off the GUI thread): the application (None: a new one), who is who and the
    form's small choices."""

    opened: OpenedApplication | None
    names: dict[str, str]
    choices: Choices


def read_loaded(services: Services, reference: str | None) -> Loaded:
    opened = services.editing.open(reference) if reference else None
    names = {user.login: user.display_name for user in services.users.list()}
    return Loaded(opened, names, Choices.read(services))


def warm_up(services: Services, reference: str) -> CheckReport:
    """What opening ``reference`` reads and checks, done once ahead (its answer is not used): the first open then
    finds the database layer's statements compiled."""
    loaded = read_loaded(services, reference)
    services.applications.check(reference)
    if loaded.opened is None:
        raise ValueError(reference)
    info = loaded.opened.info
    return services.applications.check_draft(ApplicationInput(
        company_id=info.company_id, measure_code=info.measure_code, theme_code=info.theme_code,
        receipt_date=info.receipt_date, cost_items=info.cost_items, cluster_id=info.cluster_id,
        requested_amount=info.requested_amount, early_start_consent=info.early_start_consent,
        funding_source=info.budget_source), reference=reference)


class ApplicationEditor(QDialog):
    saved = Signal(str)  # the reference, also of a new application
    # The application (or the empty form) is shown with its names and choices, and its first check has come:
    # the editor is usable. Emitted once.
    shown = Signal()

    def __init__(self, context: UiContext, reference: str | None = None, parent: QWidget | None = None, *,
                 spare: bool = False) -> None:
        """An editor of ``reference`` (None: a new application). It is built in steps, one per turn of the event
        loop, while the application is read off the GUI thread; the window may be shown at once and says that it
        is loading until the content is there. ``spare``: built ahead, unshown and reading nothing, until
        ``read_application`` names what it shows (``EditorOpener`` keeps one ready)."""
        super().__init__(parent)
        self.context = context
        self.info: ApplicationInfo | None = None
        self.opened = False  # the first read has been shown
        self.failed = False  # the first read failed: the editor closed itself
        self.built = False
        self._pending: tuple[int, Loaded] | None = None  # read before the last build step: shown by it
        self._loads = 0  # application reads started; a late answer for an older one is dropped
        self._reads = 0  # history/documents reads started; a late answer for an older state is dropped
        self._checks = 0  # checks started; only the newest one's report is shown
        self.checking = False
        self.is_usable = False  # opened and checked (``shown``)
        self.dirty = False
        self.busy = False
        self.company_dialog: NewCompanyDialog | None = None
        self.proof_dialog: ProofDialog | None = None
        self.confirmation: DecisionDialog | None = None
        self._then: Callable[[], None] | None = None  # after the read under way is shown (a reload says so)
        self._failed: Callable[[BaseException], None] = self._on_open_failed  # when it cannot be read
        # The editor's reads and checks run on a worker of their own, never queued behind the list's counts or a
        # long write (synchronous in tests, like the program's runner).
        self.reader = type(context.runner)(self)
        self._ahead = spare
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_frame()
        if not spare:
            self.read_application(reference)
        self._steps = [self._build_form, self._build_side, self._build_tabs, self._finish_build]
        if not spare:
            self._build_in_turns()

    # building --------------------------------------------------------------------------------------
    def build_step(self) -> None:
        """The next step of building the window (an editor built ahead: its preparer paces them)."""
        if self._steps:
            self._steps.pop(0)()

    def _build_in_turns(self) -> None:
        """Each step in a later turn of the event loop: the window paints and answers between them."""
        def run() -> None:
            self.build_step()
            self._build_in_turns()

        if self._steps:
            self.context.runner.later(run, self)

    def _build_frame(self) -> None:
        """The head, the bottom row and the empty body: what the window first shows."""
        context = self.context
        self.header = EditorHeader(context.formats, today=context.services.clock.today)
        self.notice = ChangedNotice()
        self.steps = StepButtons(context)
        self.letter = LetterButton(context)
        self.amend = AmendButton(context)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Shown after a save or a step ran into someone else's change (or a lost connection): the form keeps
        # what the user typed; this shows the application as it is stored now instead.
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Show the application as it is stored now; your unsaved changes "
                                              "here are discarded"))
        self.reload_button.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setEnabled(False)  # until the application is shown
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.steps)
        bottom.addWidget(self.amend)
        bottom.addWidget(self.letter)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.reject)
        self.geometry_keeper = keep_geometry(self, context.settings, GEOMETRY_KEY, QSize(1240, 680))

    def _build_form(self) -> None:
        self.form = ApplicationForm(self.context)
        self.form.set_editable(False)  # until the application is shown
        self.splitter.addWidget(_scrolled(self.form))

    def _build_side(self) -> None:
        self.checklist = Checklist(self.context.formats)
        if self._loads:  # an application is being read: its check follows
            self.checklist.show_checking()
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(_scrolled(self.checklist))
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([660, 540])

    def _build_tabs(self) -> None:
        context = self.context
        self.history = HistoryModel(context.formats, self)
        self.documents = DocumentsModel(context.formats, self)
        self.history_view = _table(self.history)
        self.documents_view = _table(self.documents)
        # The file name says the kind (…_Bewilligung.docx; the tooltip too): without that column, file,
        # checksum, who and when fit beside the form.
        self.documents_view.setColumnHidden(DocumentColumn.KIND, True)
        self.documents_view.horizontalHeader().setStretchLastSection(False)
        self.documents_view.horizontalHeader().setSectionResizeMode(DocumentColumn.FILE,
                                                                    QHeaderView.ResizeMode.Stretch)
        self.documents_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps “….docx” / “….pdf” in sight
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(self.documents_view, self.tr("Documents"))
        self.case = CaseTabs(context, self.tabs, self.history)  # attachments and comments
        self.print_letter = LetterPrintButton(context, self.documents_view, self)
        self.tabs.setCornerWidget(self.print_letter)
        self.right.addWidget(self.tabs)
        self.right.setSizes([470, 270])  # the tabs below hold attachments and comments too

    def _finish_build(self) -> None:
        """Wire the parts together; show what was read meanwhile."""
        context = self.context
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must never take a step
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_check)
        self.form.changed.connect(self._on_form_changed)
        self.form.new_company_requested.connect(self.new_company)
        self.steps.step_requested.connect(self.take_step)
        self.letter.written.connect(self.message.setText)
        self.amend.amend_requested.connect(self.amend_approval)
        self.documents_view.doubleClicked.connect(self._on_documents_view_double_clicked)
        context.events.changed.connect(self._on_events_changed)
        context.events.remote_changed.connect(self._on_events_remote_changed)
        self.notice.reload_requested.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self._on_refresh_shortcut_activated)
        self.built = True
        if self._pending is not None:
            loads, loaded = self._pending
            self._pending = None
            self._on_loaded(loads, loaded)

    def preparations(self) -> list[Callable[[], None]]:
        """For an editor built ahead, steps to run one per turn of the event loop before it is first shown: polish
        its widgets (styles, fonts) and lay them out, so that its show does not."""
        def polish() -> None:
            self.ensurePolished()
            layout = self.layout()
            if layout is not None:
                layout.activate()

        return [polish]

    # showing ---------------------------------------------------------------------------------------
    def read_application(self, reference: str | None) -> None:
        """Show ``reference`` (None: a new application). Until it has been read off the GUI thread (with the
        names and the form's choices), the head says that it is loading; if it cannot be read, the error is
        shown and the editor closes."""
        if self._ahead:  # built ahead: the size remembered by now (the user may have resized another editor)
            self._ahead = False
            self.geometry_keeper.restore()
        self.header.show_loading(reference or "")
        self.setWindowTitle((reference or self.tr("New application")) + " – bwi-vouchers")
        if hasattr(self, "checklist"):  # (else it says so once built)
            self.checklist.show_checking()
        self._load(reference, then=None, failed=self._on_open_failed)

    def _load(self, reference: str | None, *, then: Callable[[], None] | None,
              failed: Callable[[BaseException], None]) -> None:
        self._loads += 1
        loads, services = self._loads, self.context.services
        self._then, self._failed = then, failed
        self.reader.start(lambda report, is_cancelled: read_loaded(services, reference), modal=False,
                          on_done=lambda loaded: self._on_loaded(loads, loaded),
                          on_error=lambda error: self._on_load_failed(loads, error))

    def _on_loaded(self, loads: int, loaded: Loaded) -> None:
        if not isValid(self) or loads != self._loads:
            return
        if not self.built:
            self._pending = (loads, loaded)
            return
        self.header.names = self.history.names = self.documents.names = loaded.names
        self.case.set_names(loaded.names)
        self.form.show_choices(loaded.choices)
        opened = loaded.opened
        self.opened = True  # (before the check it starts, which may come at once)
        self._show(opened.info if opened else None, opened)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _on_load_failed(self, loads: int, error: BaseException) -> None:
        if isValid(self) and loads == self._loads:
            self._failed(error)

    def _on_open_failed(self, error: BaseException) -> None:
        """The application could not be read (e.g. it is gone meanwhile): say so, and close."""
        self.failed = True
        show_error(self.parentWidget() or self, error, self.context.language)
        self.dirty = False
        self.done(QDialog.DialogCode.Rejected)

    def _show(self, info: ApplicationInfo | None, opened: OpenedApplication | None = None) -> None:
        self.info = info
        self.dirty = False
        self.reload_button.hide()
        self.header.show_info(info)
        hint = self.read_only_hint()
        self.form.set_editable(not hint)  # first: an editable cost table starts a new application with a row
        self.form.load(info, measure=opened.measure if opened else None, company=opened.company if opened else None)
        self.form.set_editable(not hint)
        self.header.show_read_only(hint)
        self.save_button.setEnabled(not hint)
        self.save_button.setToolTip(hint or self.tr("Save (Ctrl+S)"))
        self._set_title()
        # The check and the reads start once this is painted: a worker's Python running during the paint makes
        # the GUI thread wait for the GIL between its Qt calls.
        self.checking = True
        self._update_steps()
        self.context.runner.later(self._after_show, self)

    def _after_show(self) -> None:
        self.refresh_check()
        self.read_history()
        self.case.show_application(self.info)

    def read_history(self, *, show_documents: bool = False) -> None:
        """Read the history and the documents off the GUI thread, then show them (unless a newer read or
        another application came meanwhile, or the window is gone)."""
        self._reads += 1
        if self.info is None:
            self._on_history_read(self._reads, ([], []))
            return
        reads, info, applications = self._reads, self.info, self.context.services.applications

        def work(report: object, is_cancelled: object) -> tuple[list[dict[str, object]], list[DocumentInfo]]:
            return applications.history(info.reference), applications.documents(info.reference)

        self.context.runner.start(
            work, modal=False, on_error=lambda error: self._on_history_failed(reads, error),
            on_done=lambda rows: self._on_history_read(reads, rows, show_documents=show_documents))

    def _on_history_read(self, reads: int, rows: tuple[list[dict[str, object]], list[DocumentInfo]], *,
                         show_documents: bool = False) -> None:
        if not isValid(self) or reads != self._reads:
            return
        history, documents = rows
        self.history.set_rows(history)
        self.documents.set_rows(documents)
        for view in (self.history_view, self.documents_view):
            view.resizeColumnsToContents()
        self.print_letter.update_state()
        if show_documents:
            self.tabs.setCurrentWidget(self.documents_view)

    def _on_history_failed(self, reads: int, error: BaseException) -> None:
        if isValid(self) and reads == self._reads:
            show_error(self, error, self.context.language)

    @property
    def editable(self) -> bool:
        """Whether this user may change what the editor shows (the rule the save itself applies)."""
        return self.refusal() is None

    def refusal(self) -> BwiError | None:
        user, info = self.context.user, self.info
        return edit_refusal(info.status if info else None, user.roles, user=user.display_name,
                            reference=info.reference if info else "")

    def read_only_hint(self) -> str:
        """Why the form is read-only for this user, in words ('' when they may change it)."""
        return self.header.read_only_text(self.refusal(), self.info)

    @property
    def report(self) -> CheckReport | None:
        return self.checklist.report

    def _set_title(self) -> None:
        name = self.info.reference if self.info else self.tr("New application")
        self.setWindowTitle(("* " if self.dirty else "") + name + " – bwi-vouchers")

    @Slot()
    def _on_form_changed(self) -> None:
        if not self.dirty:
            self.dirty = True
            self._set_title()
            self._update_steps()
        self.timer.start()

    @Slot()
    def refresh_check(self) -> None:
        """Judge the form as it stands (or the saved record once it is decided) and mark bad input. The check
        runs off the GUI thread; the checklist shows its report when it comes (a newer check's only)."""
        self.timer.stop()
        self._checks += 1
        checks, applications = self._checks, self.context.services.applications
        work: Callable[[], CheckReport]
        if not self.editable and self.info is not None:
            decided = self.info.reference
            work = lambda: applications.check(decided)  # noqa: E731 - one line, read where it runs
        else:
            data, errors = self.form.read(strict=False)
            self.form.clear_errors()
            self.form.show_errors(errors)
            if data is None:
                self.checking = False
                self.checklist.show_hint(self.tr("Correct the marked fields to see the checklist.") if errors else
                                         self.tr("Choose a company and a measure to see the checklist."))
                self._update_steps()
                self._check_shown()
                return
            reference = self.info.reference if self.info else None
            work = lambda: applications.check_draft(data, reference=reference)  # noqa: E731
        self.checking = True
        self.checklist.show_checking()
        self._update_steps()
        self.reader.start(lambda report, is_cancelled: work(), modal=False,
                          on_done=lambda report: self._on_checked(checks, report),
                          on_error=lambda error: self._on_check_failed(checks, error))

    def _on_checked(self, checks: int, report: CheckReport) -> None:
        if not isValid(self) or checks != self._checks:
            return
        self.checking = False
        self.checklist.show_report(report)
        self._update_steps()
        self._check_shown()

    def _on_check_failed(self, checks: int, error: BaseException) -> None:
        if not isValid(self) or checks != self._checks:
            return
        self.checking = False
        language = self.context.language
        if isinstance(error, ValidationError):
            self.form.show_errors({error.field: error.message(language)})
            self.checklist.show_hint(self.tr("Correct the marked fields to see the checklist."))
        elif isinstance(error, BwiError):
            self.checklist.show_hint(error.message(language))
        else:
            self.checklist.show_hint("")
            show_error(self, error, language)
        self._update_steps()
        self._check_shown()

    def _check_shown(self) -> None:
        """The first check after the first read: the editor is usable now."""
        if self.opened and not self.is_usable:
            self.is_usable = True
            self.shown.emit()

    def _update_steps(self) -> None:
        self.steps.update_for(self.info, self.checklist.report, dirty=self.dirty, busy=self.busy,
                              checking=self.checking)
        self.letter.update_for(self.info, dirty=self.dirty, busy=self.busy)
        self.amend.update_for(self.info, dirty=self.dirty, busy=self.busy)

    @Slot(object)
    def _on_events_changed(self, changes: Changes) -> None:
        """New letters for this application: show them (and their entry in the history)."""
        letters = changes.ids(Kind.DOCUMENTS)
        if self.info is None or (letters is not None and self.info.id not in letters):
            return
        self.read_history(show_documents=True)

    @Slot(object)
    def _on_events_remote_changed(self, remote: RemoteChanges) -> None:
        """Someone else changed data: when it is this application, show its new state, or offer it."""
        info, ids = self.info, remote.changes.application_ids
        if info is None or self.busy or (ids is not None and info.id not in ids):
            return  # a save or step of ours is running: its answer (or conflict) shows the state
        try:
            current = self.context.services.applications.get(info.reference)
        except BwiError:
            return  # gone meanwhile: a save says so
        if current.version == info.version:
            return  # not the application itself (a letter, the budget): nothing to say
        who = ", ".join(sorted(self.header.who(login) for login in remote.users_of(info.id)))
        if self.dirty and self.editable:
            self.notice.offer_reload(who)
        else:
            self._show(current)
            self.notice.tell_reloaded(who)

    @Slot()
    def _on_refresh_shortcut_activated(self) -> None:
        """F5: read the application again; unsaved edits are dropped only when the user agrees."""
        if self._may_discard(self.tr("Discard the changes to this application and read it again?")):
            self.reload()

    def _may_discard(self, question: str) -> bool:
        """Whether there are no unsaved edits, or the user agrees to throw them away."""
        if not (self.dirty and self.editable):
            return True
        # Cancel is the default: Enter (or Esc) keeps the work; only a deliberate click on Discard drops it.
        answer = QMessageBox.question(self, self.tr("Unsaved changes"), question,
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    @Slot(QModelIndex)
    def _on_documents_view_double_clicked(self, index: QModelIndex) -> None:
        open_path(Path(self.documents.data(index, ROW_ROLE).file_name))

    # doing -----------------------------------------------------------------------------------------
    def _run(self, work: Callable[[], ApplicationInfo], done: Callable[[ApplicationInfo], None]) -> None:
        self.busy = True
        self.save_button.setEnabled(False)
        self._update_steps()

        def finished(info: ApplicationInfo) -> None:
            self.busy = False
            done(info)

        self.context.perform(lambda report, is_cancelled: work(), on_done=finished, on_error=self._on_failed)

    @Slot()
    def save(self) -> None:
        if not self.editable or self.busy:
            return
        data, errors = self.form.read(strict=True)
        self.form.clear_errors()
        self.form.show_errors(errors)
        if data is None:
            self.message.setText(self.tr("Nothing was saved: please correct the marked fields."))
            return
        login, applications, info = self.context.user.login, self.context.services.applications, self.info
        if info is None:
            self._run(lambda: applications.create(login, data), self._on_saved)
        else:
            self._run(lambda: applications.update(login, info.reference, info.version, data), self._on_saved)

    @Slot()
    def reload(self) -> None:
        """Show the application as it is stored now (after a conflict, someone else's change or F5): what was
        typed here is discarded."""
        if self.info is None or self.busy:
            return

        def reloaded() -> None:
            self.notice.hide()
            self.message.setText(self.tr("Reloaded: this is the application as it is stored now."))

        def failed(error: BaseException) -> None:  # e.g. the server is still away: the form stays as it is
            if isinstance(error, BwiError):
                self.message.setText(error.message(self.context.language))
            else:
                show_error(self, error, self.context.language)

        self._load(self.info.reference, then=reloaded, failed=failed)

    def _on_saved(self, info: ApplicationInfo) -> None:
        self.notice.hide()
        self._show(info)
        self.message.setText(self.tr("Saved."))
        self.saved.emit(info.reference)

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(self.editable)
        self._update_steps()
        if isinstance(error, ValidationError):
            self.form.show_errors({error.field: error.message(self.context.language)})
            self.message.setText(self.tr("Nothing was saved: please correct the marked fields."))
            return
        self.message.setText(error.message(self.context.language) if isinstance(error, BwiError) else "")
        if self.info is not None and (isinstance(error, ConflictError) or (
                isinstance(error, BwiError) and error.code in RELOAD_AFTER)):
            self.reload_button.show()  # the form keeps the input; the user may reload instead
        show_error(self, error, self.context.language)

    @Slot(object)
    def take_step(self, target: Status) -> None:
        info = self.info
        if info is None or self.busy or self.steps.why_not(info, target, self.report, dirty=self.dirty,
                                                           checking=self.checking):
            return
        reason = None
        if target in (Status.REJECTED, Status.REVOKED) or is_reopening(info.status, target):
            eligible = self.report is None or self.report.assessment.eligible
            reason = ask_reason(self, target, required=target is not Status.REJECTED or eligible, source=info.status)
            if reason is None:
                return
        if target is Status.PROOF_RECEIVED:  # date, cost items, receipts and the payout before confirming
            self.open_proof_dialog(info)
            return
        if target not in CONFIRMED:
            self._move(info, target, reason=reason)
            return
        self.confirmation = confirm_step(self.context, self, info.reference, target, reason=reason,
                                         then=lambda: self._move(info, target, reason=reason))

    def _move(self, info: ApplicationInfo, target: Status, *, reason: str | None) -> None:
        login, lifecycle = self.context.user.login, self.context.services.lifecycle

        def done(new: ApplicationInfo) -> None:
            self._show(new)
            self.message.setText(self.tr("Done: the application is now “%1”.").replace(
                "%1", self.header.chip.text()))

        self._run(lambda: lifecycle.move(login, info.reference, target, reason=reason or None), done)

    def open_proof_dialog(self, info: ApplicationInfo) -> None:
        """The proof-of-use dialog (window-modal); it records the step itself and tells the editor."""
        from bwi_vouchers.ui.editor.proof_dialog import ProofDialog

        try:
            self.proof_dialog = ProofDialog(self.context, info, self)  # reads what the preview needs
        except BwiError as error:  # e.g. the connection is gone: said, and the editor stays as it is
            show_error(self, error, self.context.language)
            return
        self.proof_dialog.recorded.connect(self._on_proof_recorded)
        self.proof_dialog.finished.connect(self._on_proof_dialog_finished)
        self.proof_dialog.open()

    def _on_proof_recorded(self, new: ApplicationInfo) -> None:
        self._show(new)  # the attachments pane shows the receipts now
        self.message.setText(self.tr("Done: the application is now “%1”.").replace("%1", self.header.chip.text()))

    @Slot()
    def _on_proof_dialog_finished(self) -> None:
        self.proof_dialog = None

    @Slot(object, str)
    def amend_approval(self, amount: Decimal, reason: str) -> None:
        """Lower the approved amount (the dialog checked it; the service checks again)."""
        info = self.info
        if info is None or self.busy:
            return
        login, services = self.context.user.login, self.context.services

        def work() -> ApplicationInfo:
            services.amendments.amend(login, info.reference, amount, reason)
            return services.applications.get(info.reference)

        def done(new: ApplicationInfo) -> None:
            self._show(new)
            released = (info.approved_amount or Decimal(0)) - (new.approved_amount or Decimal(0))
            self.message.setText(self.tr("Amended: approved now %1; %2 released. Write the amendment letter with "
                                         "“Write letter …”.").replace("%1", self.context.formats.money(
                                             new.approved_amount)).replace("%2", self.context.formats.money(released)))

        self._run(work, done)

    @Slot()
    def new_company(self) -> None:
        """Open the small company dialog (window-modal); the new company is chosen when it is saved."""
        self.company_dialog = NewCompanyDialog(self.context, self)
        self.company_dialog.accepted.connect(self._on_company_created)
        self.company_dialog.open()

    @Slot()
    def _on_company_created(self) -> None:
        if self.company_dialog is not None and self.company_dialog.company is not None:
            self.form.choose_company(self.company_dialog.company)
        self.company_dialog = None

    # closing ---------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or Close: ask before throwing away unsaved changes."""
        if not self._may_discard(self.tr("Discard the changes to this application?")):
            return
        super().reject()
