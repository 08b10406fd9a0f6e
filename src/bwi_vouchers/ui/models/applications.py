"""The application list as a thin table model over ``ApplicationRow``s, filtered and sorted by an index.

Rows shown are ``index.visible`` (a permutation of row numbers); ``sort`` and ``set_filter`` work on
precomputed keys (see ``application_index``), so ``data()`` is only called for the cells on screen.
``update_rows`` takes the rows of changed or new applications: a changed row that keeps its place is one
``dataChanged``; rows that leave or enter the filter are removed or inserted, a new order is a layout change —
never a reset of the whole list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import ApplicationFilter, ApplicationRow
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.application_index import MONEY_COLUMNS, ApplicationIndex, Column
from bwi_vouchers.ui.widgets.status_chip import colours

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND, FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
SERVED = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, BACKGROUND, FOREGROUND, int(SORT_ROLE), int(ROW_ROLE)})
COLUMNS = tuple(Column)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GREY = QColor("#9e9e9e")

Index = QModelIndex | QPersistentModelIndex


def sort_value(row: ApplicationRow, column: Column) -> Any:
    """The native value a column sorts by (str, int, date, Status, Decimal or None)."""
    return (row.reference, row.company, row.measure_code, row.theme_code, row.cluster, row.receipt_date,
            row.status, row.eligible_costs, row.voucher_amount, row.approved_amount, row.payout_amount)[column]


class ApplicationTableModel(QAbstractTableModel):
    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.index_ = ApplicationIndex([])
        self.theme_names: dict[int, str] = {}
        self._colours = {status: colours(status) for status in Status}
        self._status_words = {status: status_text(status.value, formats.language) for status in Status}

    # what the page asks -------------------------------------------------------------------------
    def set_index(self, index: ApplicationIndex) -> None:
        """Show freshly loaded rows (built off the GUI thread with the current filter and sort)."""
        self.beginResetModel()
        self.index_ = index
        self.endResetModel()

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.set_index(ApplicationIndex(rows, where=self.index_.where, column=self.index_.column,
                                        descending=self.index_.descending))

    def set_filter(self, where: ApplicationFilter) -> None:
        self.beginResetModel()
        self.index_.set_filter(where)
        self.endResetModel()

    def update_rows(self, fresh: list[ApplicationRow]) -> bool:
        """Show the new state of these applications (changed or new); False when only a new index can."""
        old = self.index_.visible
        if not self.index_.update(fresh):
            return False
        new = self.index_.visible
        self.index_.visible = list(old)  # a copy: the index's own lists are never changed in place
        if new != old:
            self._move(old, new)
        numbers, shown = self.index_.row_numbers(), set(old)
        changed = {numbers[row.id] for row in fresh} & shown  # rows inserted just now are new to the view
        last = len(Column) - 1
        for position, number in enumerate(self.index_.visible):
            if number in changed:
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        return True

    def _move(self, old: list[int], new: list[int]) -> None:
        """From showing ``old`` to showing ``new``: removals, then a new order (if any), then insertions."""
        staying, shown = set(new), set(old)
        for position in reversed(range(len(old))):
            if old[position] not in staying:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.index_.visible[position:position + 1]
                self.endRemoveRows()
        kept = [number for number in new if number in shown]
        if kept != self.index_.visible:
            self.layoutAboutToBeChanged.emit()
            self._remap(self.index_.visible, kept)
            self.index_.visible = kept
            self.layoutChanged.emit()
        for position, number in enumerate(new):
            if number not in shown:
                self.beginInsertRows(QModelIndex(), position, position)
                self.index_.visible.insert(position, number)
                self.endInsertRows()

    def _remap(self, before: list[int], after: list[int]) -> None:
        """Keep persistent indexes (selection, current cell) on their rows across a new order."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        position = {number: row for row, number in enumerate(after)}
        new = []
        for old in persistent:
            row = position.get(before[old.row()]) if 0 <= old.row() < len(before) else None
            new.append(QModelIndex() if row is None else self.index(row, old.column()))
        self.changePersistentIndexList(persistent, new)

    def total_count(self) -> int:
        return len(self.index_)

    def visible_count(self) -> int:
        return len(self.index_.visible)

    def row_at(self, row: int) -> ApplicationRow:
        return self.index_.rows[self.index_.visible[row]]

    def visible_rows(self) -> list[ApplicationRow]:
        """The rows shown, in the order shown (filters and sort applied)."""
        rows = self.index_.rows
        return [rows[number] for number in self.index_.visible]

    def row_of_reference(self, reference: str) -> int | None:
        for position, number in enumerate(self.index_.visible):
            if self.index_.rows[number].reference == reference:
                return position
        return None

    # Qt ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.index_.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, column: Column) -> str:
        return {
            Column.REFERENCE: self.tr("Reference"), Column.COMPANY: self.tr("Company"),
            Column.MEASURE: self.tr("Measure"), Column.THEME: self.tr("Target field"),
            Column.CLUSTER: self.tr("Cluster/network"), Column.RECEIPT: self.tr("Received"),
            Column.STATUS: self.tr("Status"), Column.COSTS: self.tr("Eligible costs"),
            Column.VOUCHER: self.tr("Voucher"), Column.APPROVED: self.tr("Approved"),
            Column.PAID: self.tr("Paid out"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each repaint: unknown roles leave at once, no enum lookups.
        role = int(role)
        if role not in SERVED or not index.isValid():
            return None
        visible = self.index_.visible
        position = index.row()
        if not 0 <= position < len(visible):
            return None
        row = self.index_.rows[visible[position]]
        column = COLUMNS[index.column()]
        if role == DISPLAY:
            return self._display(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == ALIGNMENT:
            return RIGHT if column in MONEY_COLUMNS else None
        if column is Column.STATUS:
            return self._colours[row.status][0 if role == BACKGROUND else 1]
        if role == FOREGROUND and column in MONEY_COLUMNS and sort_value(row, column) is None:
            return GREY
        return None

    def _display(self, row: ApplicationRow, column: Column) -> str:
        money = self.formats.money
        if column is Column.REFERENCE:
            return row.reference
        if column is Column.COMPANY:
            return row.company
        if column is Column.MEASURE:
            return row.measure_code
        if column is Column.THEME:
            if row.theme_code is None:
                return "–"
            return f"{row.theme_code} {self.theme_names.get(row.theme_code, '')}".strip()
        if column is Column.CLUSTER:
            return row.cluster or "–"
        if column is Column.RECEIPT:
            return self.formats.date(row.receipt_date)
        if column is Column.STATUS:
            return self._status_words[row.status]
        amount = sort_value(row, column)
        return "–" if amount is None else money(amount)

    def _tooltip(self, row: ApplicationRow, column: Column) -> str | None:
        if column is Column.MEASURE:
            return f"{row.measure_title} ({row.country}, {self.formats.date(row.measure_start)})"
        if column in (Column.THEME, Column.COMPANY, Column.CLUSTER):
            return self._display(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self.index_.visible
        self.index_.sort(Column(column), order == Qt.SortOrder.DescendingOrder)
        self._remap(old_visible, self.index_.visible)
        self.layoutChanged.emit()
