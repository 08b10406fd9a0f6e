"""What changed: every operation's ``Changes`` reach the pages by one signal, and each page takes its part.

``announce`` is the one place that turns what an operation changed into a refresh (``ui.operations``
calls it after every write); a page says which kinds of data it shows (``Page.watched``) or looks at the
ids itself (the application list reloads only the changed rows).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bwi_vouchers.services.changes import Changes


class AppEvents(QObject):
    changed = Signal(object)  # a Changes: what one operation (or a load of everything) changed
    remote_changed = Signal(object)  # a services.live.RemoteChanges, after ``changed`` was emitted for it
    navigate_requested = Signal(str)  # a page key, e.g. "applications"
    application_open_requested = Signal(str)  # a reference; "" opens a new application
    status_filter_requested = Signal(str)  # a status: show the application list filtered to it
    list_filter_changed = Signal(object)  # the ApplicationFilter the application list now shows

    def __init__(self) -> None:
        super().__init__()
        #: What the application list shows now (None before it was first shown): a page built later starts from it
        self.list_filter: object | None = None
        self.list_filter_changed.connect(self._remember_list_filter)

    def _remember_list_filter(self, where: object) -> None:
        self.list_filter = where

    def announce(self, changes: Changes) -> None:
        """Tell the pages what changed (nothing is said when nothing changed)."""
        if changes:
            self.changed.emit(changes)

    def data_loaded(self) -> None:
        """Everything may have changed (e.g. demo data loaded, a backup restored)."""
        self.announce(Changes.everything())
