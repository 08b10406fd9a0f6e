"""The one way the desktop writes: an operation off the GUI thread, then refreshes from what it changed.

``perform`` runs the work through the task runner (one job at a time, so writes never overlap; progress and
cancel as for any long work) inside ``Services.perform``, which collects the ``Changes`` of the committed
transactions. Back on the GUI thread it announces them (``AppEvents.announce``) and then hands the result
to the caller — who therefore never picks refresh signals by hand. A failed operation announces what it
had changed before it failed (a batch stopped midway), then reports the error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from bwi_vouchers.services.changes import OpResult, changes_of

if TYPE_CHECKING:
    from bwi_vouchers.ui.context import UiContext

T = TypeVar("T")
Report = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def perform(context: UiContext, work: Callable[[Report, IsCancelled], T], *, on_done: Callable[[T], None],
            on_error: Callable[[BaseException], None], title: str = "", label: str = "",
            parent: QWidget | None = None, modal: bool = True) -> threading.Event:
    """Run a writing ``work(report, is_cancelled)``; returns the cancel flag (see ``TaskRunner.start``)."""
    services, events = context.services, context.events

    def operation(report: Report, is_cancelled: IsCancelled) -> OpResult[T]:
        return services.perform(lambda: work(report, is_cancelled))

    def done(result: Any) -> None:
        events.announce(result.changes)
        on_done(result.value)

    def failed(error: BaseException) -> None:
        events.announce(changes_of(error))
        on_error(error)

    return context.runner.start(operation, on_done=done, on_error=failed, title=title, label=label, parent=parent,
                                modal=modal)
