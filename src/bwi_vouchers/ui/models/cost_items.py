"""The cost items of an application being edited: category, description, net amount — typed as text."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.money_input import read_money

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CostColumn(IntEnum):
    CATEGORY = 0
    DESCRIPTION = 1
    AMOUNT = 2


class CostItemsModel(QAbstractTableModel):
    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self._rows: list[list[str]] = []
        self.editable = True

    # what the form asks ---------------------------------------------------------------------------
    def set_items(self, items: tuple[CostItemInfo, ...] | list[CostItemInfo]) -> None:
        self.beginResetModel()
        self._rows = [[i.category, i.description or "", self.formats.money(i.amount).replace(" €", "")
                       if self.formats.language == "de" else str(i.amount)] for i in items]
        self.endResetModel()

    def add_row(self, category: str = "", description: str = "", amount: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([category, description, amount])
        self.endInsertRows()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def amount(self, row: int) -> tuple[Decimal | None, str | None]:
        return read_money(self._rows[row][CostColumn.AMOUNT], self.formats.language, field="amount")

    def problem(self, row: int) -> str:
        """What is wrong with a row ('' when nothing); an entirely empty row is ignored."""
        category, description, text = self._rows[row]
        if not (category.strip() or description.strip() or text.strip()):
            return ""
        value, problem = self.amount(row)
        position = str(row + 1)
        if problem:
            return self.tr("Item %1: %2").replace("%1", position).replace("%2", problem)
        if value is None:
            return self.tr("Item %1: enter the net amount.").replace("%1", position)
        if not category.strip():
            return self.tr("Item %1: enter a category.").replace("%1", position)
        return ""

    def items(self) -> tuple[list[CostItemInfo], list[str]]:
        """The valid items and the problems (one message per bad row)."""
        items: list[CostItemInfo] = []
        problems: list[str] = []
        for row, (category, description, _) in enumerate(self._rows):
            problem = self.problem(row)
            value, _ = self.amount(row)
            if problem:
                problems.append(problem)
            elif value is not None:
                items.append(CostItemInfo(category.strip(), value, description.strip() or None))
        return items, problems

    def total(self) -> Decimal:
        return sum((item.amount for item in self.items()[0]), Decimal("0.00"))

    # Qt ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(CostColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == CostColumn.CATEGORY:
            return self.tr("Category")
        if section == CostColumn.DESCRIPTION:
            return self.tr("Description")
        if section == CostColumn.AMOUNT:
            return self.tr("Net amount (EUR)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), CostColumn(index.column())
        text = self._rows[row][column]
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CostColumn.AMOUNT:
                value, problem = self.amount(row)
                return self.formats.money(value) if value is not None and not problem else text
            return text
        if role == SORT_ROLE:
            return self.amount(row)[0] if column is CostColumn.AMOUNT else text
        if role == ROW_ROLE:
            return tuple(self._rows[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and column is CostColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = self.problem(row)
        if problem and role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if problem and role == Qt.ItemDataRole.BackgroundRole and self._cell_is_bad(row, column):
            return QColor("#fde0e0")
        return None

    def _cell_is_bad(self, row: int, column: CostColumn) -> bool:
        if column is CostColumn.AMOUNT:
            value, problem = self.amount(row)
            return bool(problem) or value is None
        return column is CostColumn.CATEGORY and not self._rows[row][CostColumn.CATEGORY].strip()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        self._rows[index.row()][index.column()] = str(value if value is not None else "")
        # The whole row: a changed amount can clear or raise the mark on the category cell too.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(CostColumn) - 1))
        return True
