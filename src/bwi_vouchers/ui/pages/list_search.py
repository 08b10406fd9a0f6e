"""The application list's search field: Down moves into the results, Enter opens; and the hint that a filter
hides matches of the search ("3 weitere Treffer in anderen Status – Filter aufheben")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from bwi_vouchers.services.listing import ApplicationFilter, ListingService, ListView
from bwi_vouchers.ui.formatting import Formats

Reader = Callable[[Callable[[], Any], Callable[[Any], None]], None]
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchKeys(QObject):
    """Installed on the search field: Down puts the focus on the table (first row selected, unless one is),
    Enter opens the selected application (the first row when none is)."""

    open_requested = Signal()

    def __init__(self, search: QLineEdit, table: QTableView) -> None:
        super().__init__(search)
        self.search = search
        self.table = table
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                return self.into_table()
            if event.key() in OPEN_KEYS and self.table.model().rowCount() > 0:
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                self.open_requested.emit()
                return True
        return False

    def into_table(self) -> bool:
        if self.table.model().rowCount() == 0:
            return False
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        return True


class HiddenMatches(QWidget):
    """Under the filters: how many more applications the search finds when the filters are cleared, with a link
    that clears them (the search stays)."""

    clear_requested = Signal()

    def __init__(self, listing: ListingService, formats: Formats, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing = listing
        self.formats = formats
        self.reader = reader
        self.hidden = 0
        self._asked: ApplicationFilter | None = None
        self.label = QLabel()
        self.label.setStyleSheet("color: #7a4b00; background: #fff4d6; padding: 3px 8px; border-radius: 3px;")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._on_label_link_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.hide()

    def update_for(self, view: ListView | None) -> None:
        """After the list counted a view: when it searches within filters, count the search alone (off the GUI
        thread) and say how many matches the filters hide."""
        where = view.where if view is not None else None
        if where is None or not where.text.strip() or where == ApplicationFilter(text=where.text):
            self._asked = None
            self._show(0, where)
            return
        self._asked = where
        search_only, listing, shown = ApplicationFilter(text=where.text), self.listing, view.total  # type: ignore[union-attr]

        def count() -> int | None:
            return listing.count(search_only) if where == self._asked else None  # else no longer wanted

        self.reader(count, lambda found: self._on_counted(where, None if found is None else found - shown))

    def _on_counted(self, where: ApplicationFilter, hidden: int | None) -> None:
        if hidden is not None and where == self._asked:  # else the list shows another filter by now
            self._show(hidden, where)

    def _show(self, hidden: int, where: ApplicationFilter | None) -> None:
        self.hidden = hidden
        if hidden <= 0 or where is None:
            self.hide()
            return
        only_status = where.statuses and replace(where, statuses=frozenset()) == ApplicationFilter(text=where.text)
        if only_status:
            text = self.tr("%1 more matches in other statuses").replace("%1", self.formats.number(hidden))
        else:
            text = self.tr("%1 more matches outside the chosen filters").replace("%1", self.formats.number(hidden))
        link = self.tr("Clear filters")
        self.label.setText(f"{text} – <a href='clear'>{link}</a>")
        self.show()

    @Slot(str)
    def _on_label_link_activated(self, _link: str) -> None:
        self.clear_requested.emit()
