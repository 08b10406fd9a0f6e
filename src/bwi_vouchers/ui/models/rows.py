"""A thin table model over a list of plain rows (frozen dataclasses), described by a list of columns.

Each column gives its header, its display text, its native sort value and its alignment. Sorting runs
``list.sort`` on the native values (``SORT_ROLE``) — never through ``data()`` per cell — and ``ROW_ROLE``
gives back the row itself. The small lists of the pages (companies, measures, clusters …) use this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str  # already translated
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # the native sort value; None: sort by the text
    right: bool = False  # numbers and money
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], QColor | None] | None = None


def money_column(header: str, amount: Callable[[R], Any], formats: Any) -> Column[R]:
    """A right-aligned money column that sorts by the amount itself (a Decimal), not by its text."""
    return Column(header, lambda r: formats.money(amount(r)), key=amount, right=True)


def column_header(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """A table model's ``headerData`` from its columns: the title, and the alignment of the cells below."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return columns[section].header
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(RIGHT if columns[section].right else LEFT)
    return None


def _none_last(value: Any) -> tuple[int, Any]:
    return (1, 0) if value is None else (0, value)


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.right else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == SORT_ROLE:
            return column.key(row) if column.key is not None else column.text(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt override
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return column_header(self.columns, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows_before = [self._rows[i.row()] for i in old]
        self._sort_rows(column, order)
        self._sorted = (column, order)
        position = {id(r): n for n, r in enumerate(self._rows)}
        new = [self.index(position[id(r)], i.column()) for r, i in zip(rows_before, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.key or (lambda r: spec.text(r).casefold())
        self._rows.sort(key=lambda r: _none_last(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
