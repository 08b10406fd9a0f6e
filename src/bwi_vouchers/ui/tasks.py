"""One way to run long work: a Qt-free function(report, is_cancelled) off the GUI thread, with progress and cancel.

The work function gets ``report(done, total)`` and ``is_cancelled()`` and returns a result; it must not
touch widgets. ``TaskRunner.start`` shows a progress dialog with a cancel button and calls ``on_done`` with
the result (or ``on_error`` with the exception) on the GUI thread. Tests use ``SynchronousTaskRunner``.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised by work that noticed is_cancelled() and stopped."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


#: How much lower a background runner's worker runs than the GUI thread (Linux nice values; 0 is the GUI's).
BACKGROUND_NICE = 10


def _yield_to_the_gui() -> None:
    """Let this worker thread give way to the GUI thread when both want a core: on Linux a thread has a nice value
    of its own. (A 2-core machine counting a million rows on one thread and reading a page on another left the GUI
    thread waiting for a core while the user typed.) Elsewhere nothing changes."""
    if sys.platform.startswith("linux"):
        try:
            gui = os.getpriority(os.PRIO_PROCESS, os.getpid())  # the main thread's: the process's own nice
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(gui + BACKGROUND_NICE, 19))
        except OSError:  # not allowed here: the worker keeps the GUI's priority
            pass


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event, *, background: bool = False) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.background = background
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.background:
            _yield_to_the_gui()
        try:
            result = self.work(lambda done, total: self._emit(self.signals.progress, done, total), self.cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, which shows or re-raises it
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, *values: object) -> None:
        """Emit unless the program is closing: then the GUI side is gone and there is no one left to tell."""
        if self.cancel.is_set() and _closing.is_set():
            return
        try:
            signal.emit(*values)
        except RuntimeError as error:
            # the signals' Qt object was deleted with its owner: the program closed, or the window that asked was
            # closed (e.g. rebuilt for another acting user) — no one is left to tell
            if not (_closing.is_set() or "deleted" in str(error)):
                raise


_closing = threading.Event()  # set once the application is about to quit


class TaskRunner(QObject):
    """Runs one job at a time on a worker thread; database writes therefore never overlap."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, background: bool = False) -> None:
        """``background``: its jobs (e.g. counting matches) give way to the GUI thread when the cores are busy."""
        super().__init__(parent)
        self.background = background
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = 0
        self._keep: set[_Signals] = set()
        self._cancels: set[threading.Event] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def shutdown(self, msecs: int = 10_000) -> None:
        """At quit: ask every running job to stop and wait for it, so none reports to a window that is gone."""
        _closing.set()
        for cancel in list(self._cancels):
            cancel.set()
        self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def start(self, work: Work, *, on_done: Done, on_error: Failed, title: str = "", label: str = "",
              parent: QWidget | None = None, modal: bool = True) -> threading.Event:
        """Start work; returns the cancel flag. With a title, a progress dialog with Cancel is shown."""
        cancel = threading.Event()
        self._cancels.add(cancel)
        signals = _Signals()
        self._keep.add(signals)
        dialog: QProgressDialog | None = None
        if title:
            dialog = QProgressDialog(label or title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(cancel.set)

        def progress(done: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

        def finish() -> None:
            self._running -= 1
            self._keep.discard(signals)
            self._cancels.discard(cancel)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            if isValid(self):  # (a runner of a window closed while its job ran is gone: no one to tell)
                self.busy_changed.emit(self.busy)

        @Slot(object)
        def finished(result: object) -> None:
            finish()
            on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            finish()
            on_error(error)

        signals.progress.connect(progress)
        signals.finished.connect(finished)
        signals.failed.connect(failed)
        self._running += 1
        self.busy_changed.emit(True)
        self._pool.start(_Job(work, signals, cancel, background=self.background))
        return cancel

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def later(self, step: Callable[[], None], context: QObject | None = None) -> None:
        """Run a short step on the GUI thread in a later turn of the event loop, so that paints and input go
        first (a window built or filled in steps never holds the GUI thread long). With ``context``, the step is
        dropped when that object is gone by then."""
        if context is None:
            QTimer.singleShot(0, step)
        else:
            QTimer.singleShot(0, context, step)

    def when_idle(self, step: Callable[[], None], msecs: int, context: QObject) -> None:
        """Run ``step`` on the GUI thread after ``msecs``, for work that only prepares (e.g. an editor built
        ahead while the user looks at the list); dropped when ``context`` is gone by then."""
        QTimer.singleShot(msecs, context, step)


class SynchronousTaskRunner(TaskRunner):
    """Runs the work at once on the calling thread: deterministic tests without waiting."""

    def start(self, work: Work, *, on_done: Done, on_error: Failed, title: str = "", label: str = "",
              parent: QWidget | None = None, modal: bool = True) -> threading.Event:
        cancel = threading.Event()
        try:
            result = work(lambda done, total: None, cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - same contract as the threaded runner
            on_error(error)
        else:
            on_done(result)
        return cancel

    def later(self, step: Callable[[], None], context: QObject | None = None) -> None:
        step()

    def when_idle(self, step: Callable[[], None], msecs: int, context: QObject) -> None:
        """Tests have no idle time: what only prepares is left out (a test calls it itself)."""
