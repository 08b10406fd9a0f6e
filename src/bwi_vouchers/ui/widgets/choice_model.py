"""The choices of a filter combo as one list model: tens of thousands of measures in a ``QComboBox`` without
adding them one ``addItem`` at a time on the GUI thread (a million-application database has 25,000 measures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """(text, value) rows; the text is what the combo shows, the value its ``currentData()``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._values: list[object] = []

    def replace(self, items: list[tuple[str, object]]) -> None:
        self.beginResetModel()
        self._texts = [text for text, _ in items]
        self._values = [value for _, value in items]
        self.endResetModel()

    def position(self, value: object) -> int:
        """The row holding ``value`` (-1: none) — a dictionary-free scan, as ``findData`` would do in Python."""
        try:
            return self._values.index(value)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._values[index.row()]
        return None
