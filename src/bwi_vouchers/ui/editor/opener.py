"""Opens editors when asked (double-click, Enter, Ctrl+N, welcome page): one window per application.

Opening must paint at once and never hold the GUI thread long, also the first time in a process: importing the
editor took ~55 ms, building it ~30 ms and its first paint ~60 ms, each in one piece. So one editor is always
prepared ahead, in steps of a few milliseconds, one per turn of the event loop, starting once the main window has
had a moment: the next open takes it and names the application, which is read off the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from bwi_vouchers.ui.context import UiContext

if TYPE_CHECKING:
    from bwi_vouchers.ui.editor.window import ApplicationEditor

log = logging.getLogger(__name__)

EDITOR_MODULE = "bwi_vouchers.ui.editor.window"
#: The editor's modules in portions of a few milliseconds each, imported one per turn of the event loop (the
#: whole at once took ~55 ms at 100,000 applications); a module missing here is imported with the next one.
EDITOR_IMPORTS = (
    "bwi_vouchers.services.companies", "bwi_vouchers.services.editing", "bwi_vouchers.ui.editor.actions",
    "bwi_vouchers.ui.editor.amend", "bwi_vouchers.services.attachments", "bwi_vouchers.services.audit",
    "bwi_vouchers.ui.models.history", "bwi_vouchers.ui.editor.attachments_pane",
    "bwi_vouchers.ui.editor.comments_pane", "bwi_vouchers.ui.editor.checklist", "bwi_vouchers.ui.editor.cost_table",
    "bwi_vouchers.ui.widgets.company_picker", "bwi_vouchers.ui.widgets.measure_picker",
    "bwi_vouchers.ui.editor.form", "bwi_vouchers.ui.editor.company_dialog", "bwi_vouchers.ui.editor.header",
    "bwi_vouchers.ui.editor.letter", "bwi_vouchers.ui.letter_print", EDITOR_MODULE,
)
#: After the main window is built (and its shown page has read its rows): the list's first screen goes first.
PREPARE_AFTER_MS = 250
#: When an open waits for the preparation: imports in one turn of the event loop, at most about (seconds).
WAITING_TURN_S = 0.012
#: After an open, before the next editor is prepared ahead: the open's reads and paints go first.
PREPARE_AGAIN_MS = 1500
#: Between two steps of the preparation (each in a turn of its own: input and paints go between them).
PREPARE_STEP_MS = 0


class EditorOpener(QObject):
    """Opens editors; keeps one editor ready ahead (``spare``), prepared one short step per turn of the event loop:
    import the editor's modules (a portion per step), build it (its own steps), then polish and lay it out. An open
    takes the spare — at once when it is ready, else the preparation hurries on (no pauses) and the editor shows
    when it is ready; its application is read off the GUI thread from the moment of the open."""

    def __init__(self, context: UiContext, window: QWidget, *, quiet: Callable[[], bool] = lambda: True,
                 sample: Callable[[], str | None] = lambda: None) -> None:
        """``quiet``: whether the main window's start is over (the shown page has read what it shows): the
        preparation waits for it. ``sample``: an application the window shows, which the first editor prepared
        ahead reads and checks once off the GUI thread, so that the first open finds the database layer's
        statements compiled (a process's first read and check took some 30–60 ms longer than later ones)."""
        super().__init__(window)
        self.quiet = quiet
        self.sample = sample
        self._warmer = type(context.runner)(self)  # the warm-up read: never in the way of an open's read
        self._warmed = False
        self._started = False  # the shown page has had its rows once (the program's start is over)
        self.context = context
        self.window = window
        self.open_editors: dict[str, ApplicationEditor] = {}
        self.last: ApplicationEditor | None = None
        self.spare: ApplicationEditor | None = None  # built ahead, unshown, until an open takes it
        self._todo: list[Callable[[], None]] | None = None  # the spare's preparations still to run
        self._waiting: list[str] = []  # references (or '' for a new application) asked for, in order
        self._claimed = False  # the spare reads the first of them already
        self._pumping = False  # a next step is scheduled
        self._opened: ApplicationEditor | None = None  # the editor the last step showed
        context.events.application_open_requested.connect(self.open)
        context.runner.when_idle(self.prepare, PREPARE_AFTER_MS, self)

    @property
    def ready(self) -> bool:
        """Whether an editor is ready ahead: an open shows it at once."""
        return self.spare is not None and isValid(self.spare) and self._todo == []

    @Slot()
    def prepare(self) -> None:
        """Prepare an editor ahead for the next open, a step at a time while the program is otherwise idle."""
        self._schedule()

    @Slot(str)
    def open(self, reference: str) -> ApplicationEditor | None:
        """The editor of a reference (raised if already open), or a new empty one for ''. It shows once the
        editor prepared ahead is ready — at once, or a few turns of the event loop later (the first open of a
        process); returned when it is shown at once, as always in tests."""
        existing = self.open_editors.get(reference) if reference else None
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            self.last = existing
            return existing
        if reference and reference in self._waiting:
            return None  # a second double-click while its editor is being prepared
        self._waiting.append(reference)
        self._opened = None
        self._claim()
        self._pump()
        opened, self._opened = self._opened, None
        return opened

    # preparing -------------------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._pumping or not isValid(self):
            return
        self._pumping = True
        if self._waiting:
            self.context.runner.later(self._pump, self)
        else:
            self.context.runner.when_idle(self._pump, PREPARE_STEP_MS, self)

    def _pump(self) -> None:
        """One step toward an editor ready ahead; when it is and someone waits for it, show it."""
        self._pumping = False
        if not self._waiting and not self._started:
            if not self.quiet():
                self._schedule()  # later: the start is not over (the shown page reads what it shows)
                return
            # From now on a step at a time between whatever the user does. (Waiting also for each search's read
            # made the preparation miss the first open after typing, which then took ~200 ms; a step during such
            # a read can take longer than its CPU time — the worker's Python and the GUI thread's Qt calls take
            # turns at the GIL — but stays a step.)
            self._started = True
        if self.spare is not None and (not isValid(self.spare) or self.spare.failed):
            self._drop_spare()  # its application could not be read: it said so and closed
        missing = [name for name in EDITOR_IMPORTS if name not in sys.modules]
        if missing:
            self._import(missing)
        elif self.spare is None:
            self._build_spare()
        elif not self.spare.built:
            self.spare.build_step()
        elif self._todo is None:
            self._todo = self.spare.preparations()
        elif self._todo:
            self._todo.pop(0)()
            if not self._todo:
                self._warm_up()
        elif self._waiting:
            self._show_spare()
            if not self._waiting:  # the next one once this one's reads and paints are done
                self.context.runner.when_idle(self.prepare, PREPARE_AGAIN_MS, self)
                return
        else:
            return  # ready: nothing to do until an open takes it
        self._schedule()

    def _import(self, missing: list[str]) -> None:
        """A portion of the editor's modules: one, or when an open waits, as many as fit into a short turn."""
        until = time.perf_counter() + (WAITING_TURN_S if self._waiting else 0.0)
        importlib.import_module(missing.pop(0))
        while missing and time.perf_counter() < until:
            importlib.import_module(missing.pop(0))

    def _build_spare(self) -> None:
        from bwi_vouchers.ui.editor.window import ApplicationEditor

        spare = ApplicationEditor(self.context, None, self.window, spare=True)
        self.spare, self._todo = spare, None
        spare.finished.connect(self._schedule)  # (its application could not be read: the preparation goes on)
        self._claim()

    def _warm_up(self) -> None:
        """Once per window: read and check an application it shows, off the GUI thread, and forget the answer."""
        reference = None if self._warmed or self._waiting else self.sample()
        if not reference:
            return  # (an open waiting reads for itself now: a next editor prepared ahead warms up instead)
        from bwi_vouchers.ui.editor.window import warm_up

        self._warmed = True
        services = self.context.services
        self._warmer.start(lambda report, is_cancelled: warm_up(services, reference), modal=False,
                           on_done=lambda _answer: None,
                           on_error=lambda error: log.info("editor warm-up on %s: %s", reference, error))

    def _claim(self) -> None:
        """The first open waiting has the spare read its application now, while the spare is made ready."""
        if self._waiting and not self._claimed and self.spare is not None and isValid(self.spare):
            self._claimed = True
            self.spare.read_application(self._waiting[0] or None)
            if self.spare.failed:  # read at once (tests): said, and closed
                self._drop_spare()

    def _drop_spare(self) -> None:
        if self._claimed and self._waiting:
            self._waiting.pop(0)  # the open it read for is over: its error was shown
        self.spare, self._todo, self._claimed = None, None, False

    def _show_spare(self) -> None:
        editor, reference = self.spare, self._waiting.pop(0)
        assert editor is not None
        self.spare, self._todo, self._claimed = None, None, False
        key = reference or f"new-{id(editor)}"
        self.open_editors[key] = editor
        editor.saved.connect(lambda saved, e=editor: self._on_editor_saved(e, saved))
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        editor.show()
        editor.activateWindow()
        self.last = self._opened = editor
        self._claim()  # (a next open waiting: the next spare reads for it once built)

    def _on_editor_saved(self, editor: ApplicationEditor, reference: str) -> None:
        self._forget(editor)
        self.open_editors[reference] = editor

    def _forget(self, editor: ApplicationEditor) -> None:
        for key in [k for k, e in self.open_editors.items() if e is editor]:
            del self.open_editors[key]
        if self.last is editor:
            self.last = None
