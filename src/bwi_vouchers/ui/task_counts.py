"""The count beside *Meine Aufgaben* in the sidebar: read off the GUI thread at start, after every change
(one's own operations and other people's, ``ui.live``) and on F5; one read at a time, the latest wins."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QListWidgetItem

from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.services.tasks import CAP, TaskGroup
from bwi_vouchers.ui.context import UiContext

log = logging.getLogger(__name__)

WATCHED = (Kind.APPLICATIONS, Kind.ATTACHMENTS)


class TaskCounts(QObject):
    def __init__(self, context: UiContext, item: QListWidgetItem, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.title = title
        self.counts: dict[TaskGroup, int] = {}
        self._reading = False
        self._again = False
        self._runner = type(context.runner)(self)  # reads of its own: never queued behind a long write
        context.events.changed.connect(self._on_events_changed)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Count again (once more after the running read, when one runs)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        user, tasks = self.context.user, self.context.services.tasks
        self._runner.start(lambda report, is_cancelled: tasks.counts(user.login, user.roles), on_done=self._show,
                           on_error=self._on_failed, modal=False)

    def _show(self, counts: dict[TaskGroup, int]) -> None:
        self._reading = False
        self.counts = counts
        total = self.total
        shown = self.context.formats.number(CAP) + "+" if total > CAP else self.context.formats.number(total)
        self.item.setText(f"{self.title}  ({shown})" if total else self.title)
        if self._again:
            self._again = False
            self.reload()

    def _on_failed(self, error: BaseException) -> None:
        self._reading = False
        log.warning("The task counts could not be read: %s", error)  # the page itself says why when shown
