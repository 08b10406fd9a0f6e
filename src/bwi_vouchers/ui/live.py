"""Other people's changes in the open windows: the change feed's deliveries become the usual change event.

The feed (``services.live.ChangeFeed``) watches the database on a thread of its own; what it hands over is
queued to the GUI thread by a signal and announced there like the ``Changes`` of an operation of this
program (``AppEvents.announce``), so every page refreshes as it does after its own writes. The open editors
also get ``AppEvents.remote_changed``, to say that someone else changed their application.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from bwi_vouchers.services.live import ChangeFeed, RemoteChanges
from bwi_vouchers.ui.events import AppEvents

log = logging.getLogger(__name__)


class LiveUpdates(QObject):
    """Runs a change feed while the program runs; ``stop`` ends it (the main window does, when it closes)."""

    _arrived = Signal(object)  # a RemoteChanges, emitted on the feed's thread

    def __init__(self, feed: ChangeFeed, events: AppEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.events = events
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        self.feed.start(self._hand_over)

    @Slot()
    def stop(self) -> None:
        self.feed.stop()

    def _hand_over(self, remote: RemoteChanges) -> None:
        """On the feed's thread: queue the changes to the GUI thread."""
        try:
            self._arrived.emit(remote)
        except RuntimeError:  # this object was deleted while the program closed: no window is left to tell
            log.debug("Other people's changes arrived after the end")

    @Slot(object)
    def _on_arrived(self, remote: RemoteChanges) -> None:
        log.debug("Changed elsewhere: %s by %s", remote.changes, ", ".join(sorted(remote.users)) or "?")
        self.events.announce(remote.changes)
        self.events.remote_changed.emit(remote)
