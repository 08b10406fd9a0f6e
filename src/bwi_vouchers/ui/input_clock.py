"""When the user last typed, clicked or scrolled: work that only prepares (importing modules ahead) waits until
the user has paused, because a second thread running Python takes the GIL from the GUI thread in turns — while
the pages' modules were imported ahead, a search keystroke at a million applications stalled the window 90–130 ms
instead of 20–30 ms."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject

INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                   QEvent.Type.Wheel, QEvent.Type.ShortcutOverride})


class InputClock(QObject):
    """Notes the moment of every key press, click and wheel turn in the application (``time.monotonic``; read from
    any thread)."""

    def __init__(self, parent: QObject) -> None:
        """Lives as long as ``parent`` (the main window): a window built again gets a clock of its own."""
        super().__init__(parent)
        self.last = time.monotonic()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT:
            self.last = time.monotonic()
        return False

    def paused(self, seconds: float) -> bool:
        """Whether the user has done nothing for ``seconds``."""
        return time.monotonic() - self.last >= seconds
