"""A line edit that asks the database as the user types and offers the matches in a popup.

Typing starts a search 150 ms after the last key; it runs through a task runner of the picker's own, off
the GUI thread (a search returns at most a few dozen rows, but a substring match that finds nothing reads
the whole table: tens of milliseconds), and an answer to an older text is dropped. Down opens the popup
(also on an empty field) and moves through it, Enter picks the highlighted match (or the first), Esc closes
the popup. The chosen value is shown from what the caller hands over (``set_choice``): opening a form
loads no list at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from shiboken6 import isValid

from bwi_vouchers.ui.tasks import TaskRunner

T = TypeVar("T")
DEBOUNCE_MS = 150
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """The matches of the last search: a line of text and the record behind it, per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, object]] = []

    def set_rows(self, rows: list[tuple[str, object]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line, choice = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return line
        if role == CHOICE_ROLE:
            return choice
        return None


class SearchPicker(QLineEdit, Generic[T]):
    """Pick one record by typing. ``search(text)`` asks the database; ``describe`` gives a popup line;
    ``label`` the text the field shows once a record is chosen; ``runner`` runs the searches."""

    picked = Signal(object)  # the chosen record, or None once the text no longer names one
    found = Signal()  # the matches of the newest search are in the model
    failed = Signal(object)  # a search raised this error

    def __init__(self, search: Callable[[str], list[T]], *, runner: TaskRunner, describe: Callable[[T], str],
                 label: Callable[[T], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.runner = runner
        self.describe = describe
        self.label = label or describe
        self.choice: T | None = None
        self.searches = 0  # how many times the database was asked (tests check that opening asks nothing)
        self._pick_first = False  # Enter came before the matches: pick when they arrive
        self._show_popup = False  # Down came before the matches: open the popup when they arrive
        self._asked = self._answered = 0  # searches started / the newest one answered
        self.model = ChoiceModel(self)
        self.suggestions = QCompleter(self.model, self)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggestions.setMaxVisibleItems(12)
        # Not QLineEdit.setCompleter: that writes every highlighted line into the field and filters by prefix.
        self.suggestions.setWidget(self)
        self.suggestions.activated[QModelIndex].connect(self._on_completer_activated)  # type: ignore[index,attr-defined]
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.textEdited.connect(self._on_text_edited)

    # the chosen record ------------------------------------------------------------------------------
    def set_choice(self, choice: T | None) -> None:
        """Show a record as chosen (or an empty field), without asking the database and without ``picked``."""
        self.timer.stop()
        self._asked += 1  # an answer still on its way is for a text that is gone
        self._answered = self._asked
        self._pick_first = self._show_popup = False
        self.choice = choice
        self.setText(self.label(choice) if choice is not None else "")
        self.setCursorPosition(0)
        self.setToolTip(self.describe(choice) if choice is not None else "")
        self.popup().hide()

    def pick(self, choice: T) -> None:
        """Choose a record as the user does: shown, and announced with ``picked``."""
        self.set_choice(choice)
        self.picked.emit(choice)

    # searching --------------------------------------------------------------------------------------
    def popup(self) -> Any:
        return self.suggestions.popup()

    @property
    def waiting(self) -> bool:
        """A search is due or under way."""
        return self.timer.isActive() or self._asked != self._answered

    @Slot()
    def refresh(self) -> None:
        """Ask the database for the text now; the matches come to ``_on_found``."""
        self.timer.stop()
        self._asked += 1
        self.searches += 1
        asked, text, search = self._asked, self.text(), self.search
        self.runner.start(lambda report, is_cancelled: search(text), modal=False,
                          on_done=lambda found: self._on_found(asked, found),
                          on_error=lambda error: self._on_failed(asked, error))

    def _on_found(self, asked: int, found: list[T]) -> None:
        if not isValid(self) or asked != self._asked:
            return  # the window is gone, or the text changed meanwhile: a newer answer is coming
        self._answered = asked
        self.model.set_rows([(self.describe(choice), choice) for choice in found])
        pick, show = self._pick_first, self._show_popup
        self._pick_first = self._show_popup = False
        if pick and found:
            self.pick(found[0])
        elif not found:
            self.popup().hide()
        elif self.hasFocus() and (show or self.popup().isVisible() or self.text()):
            self._show_popup_now()
        self.found.emit()

    def _show_popup_now(self) -> None:
        """Open the popup under the field, wide enough for its longest line (up to 900 px)."""
        popup = self.popup()
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12
        rect = self.rect()
        rect.setWidth(max(self.width(), min(wanted, 900)))
        self.suggestions.complete(rect)
        popup.setCurrentIndex(QModelIndex())

    def _on_failed(self, asked: int, error: BaseException) -> None:
        if isValid(self) and asked == self._asked:
            self._answered = asked
            self._pick_first = self._show_popup = False
            self.failed.emit(error)

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        if self.choice is not None:
            self.choice = None
            self.setToolTip("")
            self.picked.emit(None)
        self.popup().setCurrentIndex(QModelIndex())  # a highlighted match was for the text before
        self.timer.start()

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        if choice is not None:
            self.pick(choice)

    # keys ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down/Up move through the matches (Down first searches when none are shown), Enter picks."""
        popup, key = self.popup(), event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not popup.isVisible() or self.waiting:
                self._show_popup = True
                if not self.waiting or self.timer.isActive():
                    self.refresh()
            elif self.model.rowCount():
                row = popup.currentIndex().row()
                row = 0 if row < 0 else min(max(row + (1 if key == Qt.Key.Key_Down else -1), 0),
                                            self.model.rowCount() - 1)
                popup.setCurrentIndex(self.model.index(row))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (popup.isVisible() or self.waiting):
            current = popup.currentIndex()
            if popup.isVisible() and current.isValid():
                self.pick(self.model.rows[current.row()][1])  # type: ignore[arg-type]
            elif self.waiting:
                self._pick_first = True  # the first of the matches for what was typed
                if self.timer.isActive():
                    self.refresh()
            elif self.model.rowCount():
                self.pick(self.model.rows[0][1])  # type: ignore[arg-type]
            event.accept()
            return
        if key == Qt.Key.Key_Escape and popup.isVisible():
            popup.hide()
            event.accept()
            return
        super().keyPressEvent(event)
