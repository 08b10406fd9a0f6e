"""A page of the main window: reloads through services when its data changed and it is (or becomes) visible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.ui.context import UiContext


class Page(QWidget):
    key = ""
    #: The kinds of data the page shows: a change of any of them makes it reload (when shown).
    watched: frozenset[Kind] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.events.changed.connect(self._on_events_changed)

    def _on_events_changed(self, changes: Changes) -> None:
        """What an operation changed: reload if it touched what the page shows (pages may look closer)."""
        if changes.touches(*self.watched):
            self.mark_stale()

    def title(self) -> str:  # pragma: no cover - every page overrides
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Called on a change event: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Called when the page is shown."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Fetch fresh data through the services (override)."""

    def busy(self) -> bool:
        """Whether the page is reading what it shows (work that only prepares waits meanwhile)."""
        return False

    def shown_reference(self) -> str | None:
        """An application the page shows now (the current one, else the first), without reading anything."""
        return None

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor into the page's search field, if it has one."""
        return False


PageFactory = Callable[[UiContext], Page]
