"""A table model over an ordered list of ids whose rows are read a block at a time, off the GUI thread.

For the long lists of the pages (companies, measures, a budget line's ledger): the database filters and sorts
(one query answering the ids in order, ``fetch_ids``), the model keeps only those ids and the blocks of rows
that were on screen (``fetch_rows``, a block of ``BLOCK`` ids at a time). A header click asks the database for
the new order; nothing is sorted in Python and no row is built for what is never shown. The columns are those of
``RowsModel`` (``rows.Column``): header, text, sort value, alignment, tooltip, colour.

``reload(keep=…)`` reads the ids again (a change, a new search): if they are the same, the rows read so far are
replaced in place (the selection stays); else the model resets and ``loaded`` tells the page where the row it
wants to keep is now (-1: gone), so it can select it again.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from bwi_vouchers.ui.models.rows import LEFT, RIGHT, ROW_ROLE, SORT_ROLE, Column, column_header

R = TypeVar("R")
Q = TypeVar("Q")
Index = QModelIndex | QPersistentModelIndex

#: Runs a read off the GUI thread and hands its result to the callback on the GUI thread (tests: at once).
Reader = Callable[[Callable[[], Any], Callable[[Any], None]], None]
#: (query, column, descending) → the ids in that order; run off the GUI thread.
FetchIds = Callable[[Any, int, bool], Sequence[int]]
#: ids → their rows, in the order of the ids; run off the GUI thread.
FetchRows = Callable[[Sequence[int]], list[R]]

BLOCK = 200
KEPT_BLOCKS = 40  # blocks kept in memory, the ones nearest to the one asked for last
NEAR = 2  # blocks farther than this from the one asked for last are not read (the scroll bar was dragged past)

DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT, FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole)
SERVED = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, int(SORT_ROLE), int(ROW_ROLE)})


def id_array(ids: Sequence[int] | Any) -> array[int]:
    """Ids compactly (8 bytes each, not a Python int each): a quarter of a million cost 2 MB."""
    return ids if isinstance(ids, array) else array("q", ids)



def store_block(blocks: dict[int, list[Any]], asked: set[int], block: int, rows: list[Any]) -> None:
    """Keep a block just read; forget the blocks farthest from it beyond ``KEPT_BLOCKS`` (asked again when shown)."""
    blocks[block] = rows
    asked.add(block)
    if len(blocks) > KEPT_BLOCKS:
        for far in sorted(blocks, key=lambda b: -abs(b - block))[:len(blocks) - KEPT_BLOCKS]:
            del blocks[far]
            asked.discard(far)

class PagedRowsModel(QAbstractTableModel, Generic[R]):
    #: New ids arrived (the model was reset, or the same ids were read again and their rows replaced in place):
    #: the position of the id to keep (-1 if it is not among them).
    loaded = Signal(int)

    def __init__(self, columns: Sequence[Column[R]], reader: Reader, *, fetch_ids: FetchIds,
                 fetch_rows: FetchRows[R], parent: QObject | None = None, column: int = 0,
                 descending: bool = False) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.reader = reader
        self.fetch_ids = fetch_ids
        self.fetch_rows = fetch_rows
        self.query: Any = None
        self.column, self.descending = column, descending
        #: The id the page wants kept selected across a new order (set by the page).
        self.keep: Callable[[], int | None] = lambda: None
        self._ids: array[int] = array("q")
        self._blocks: dict[int, list[R]] = {}
        self._asked: set[int] = set()
        self._generation = 0
        self._latest = 0
        self._reading = False
        self.ready = False  # the first ids have arrived

    # what the page asks ----------------------------------------------------------------------------
    def reload(self, query: Any = None, *, keep: int | None = None, same_query: bool = False) -> None:
        """Read the ids for ``query`` (``same_query``: the current one) in the current order, and the block of
        ``keep`` (or the first and those around the screen); answers to older requests are dropped."""
        if not same_query:
            self.query = query
        self._generation += 1
        generation, query, column, descending = self._generation, self.query, self.column, self.descending
        around = sorted(b for b in self._blocks if abs(b - self._latest) <= NEAR)
        fetch_ids, fetch_rows = self.fetch_ids, self.fetch_rows

        def work() -> tuple[array[int], dict[int, list[R]], int] | None:
            if generation != self._generation:
                return None  # a newer request is queued behind this one (typing): skip the reading
            ids = id_array(fetch_ids(query, column, descending))
            at = _position(ids, keep)
            blocks = {0, *(b for b in around if b * BLOCK < len(ids))}
            if at >= 0:
                blocks.add(at // BLOCK)
            return ids, {b: fetch_rows(ids[b * BLOCK:(b + 1) * BLOCK]) for b in sorted(blocks)}, at

        self.reader(work, lambda found: self._on_loaded(generation, found))

    def _on_loaded(self, generation: int, found: tuple[array[int], dict[int, list[R]], int] | None) -> None:
        if found is None or generation != self._generation:
            return
        ids, blocks, at = found
        if self.ready and ids == self._ids:  # the same rows in the same order: new values in place
            self._blocks, self._asked = dict(blocks), set(blocks)
            if len(ids):
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            self.loaded.emit(at)
            return
        self.beginResetModel()
        self._ids, self._blocks, self._asked = ids, dict(blocks), set(blocks)
        self._latest = at // BLOCK if at >= 0 else 0
        self.ready = True
        self.endResetModel()
        self.loaded.emit(at)

    def id_at(self, position: int) -> int:
        return self._ids[position]

    def position_of(self, row_id: int) -> int:
        """Where an id is in the current order (-1: not shown)."""
        return _position(self._ids, row_id)

    def ids(self) -> array[int]:
        return self._ids

    def cached(self, position: int) -> R | None:
        block = self._blocks.get(position // BLOCK)
        offset = position % BLOCK
        return block[offset] if block is not None and offset < len(block) else None

    def row_at(self, position: int) -> R:
        """The row at a position, read now if it is not in memory (one block; for a click, not for painting)."""
        found = self.cached(position)
        if found is None and 0 <= position < len(self._ids):
            block = position // BLOCK
            self._store(block, self.fetch_rows(self._ids[block * BLOCK:(block + 1) * BLOCK]))
            found = self.cached(position)
        if found is None:
            raise IndexError(position)
        return found

    # reading blocks ---------------------------------------------------------------------------------
    def _ask(self, block: int) -> None:
        if block in self._asked:
            return
        self._asked.add(block)
        self._latest = block
        generation, ids, fetch_rows = self._generation, self._ids[block * BLOCK:(block + 1) * BLOCK], self.fetch_rows

        def work() -> list[R] | None:
            if generation != self._generation or abs(block - self._latest) > NEAR:
                return None  # dragged past, or a newer list
            return fetch_rows(ids)

        self.reader(work, lambda rows: self._on_block(generation, block, rows))

    def _on_block(self, generation: int, block: int, rows: list[R] | None) -> None:
        if generation != self._generation:
            return
        if rows is None:
            self._asked.discard(block)  # skipped: asked again when it is painted again
            return
        self._store(block, rows)
        if self._reading:
            return  # read while ``data`` asked (a synchronous reader): the cell is painted with it now
        first, last = block * BLOCK, min(block * BLOCK + len(rows), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _store(self, block: int, rows: list[R]) -> None:
        store_block(self._blocks, self._asked, block, rows)

    # Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in SERVED or not index.isValid():
            return None
        position = index.row()
        if not 0 <= position < len(self._ids):
            return None
        row = self.cached(position)
        if row is None:
            self._reading = True
            try:
                self._ask(position // BLOCK)
            finally:
                self._reading = False
            row = self.cached(position)  # a synchronous reader (tests) has read it already
            if row is None:
                return None
        column = self.columns[index.column()]
        if role == DISPLAY:
            return column.text(row)
        if role == ALIGNMENT:
            return int(RIGHT if column.right else LEFT)
        if role == TOOLTIP:
            return (column.tooltip(row) or None) if column.tooltip is not None else None
        if role == FOREGROUND:
            return column.colour(row) if column.colour is not None else None
        if role == SORT_ROLE:
            return column.key(row) if column.key is not None else column.text(row)
        return row  # ROW_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_header(self.columns, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the database answers the new order (off the GUI thread); the row kept stays chosen."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self.columns) or (column, descending) == (self.column, self.descending):
            return
        self.column, self.descending = column, descending
        if self.ready:
            self.reload(keep=self.keep(), same_query=True)


def _position(ids: array[int], row_id: int | None) -> int:
    if row_id is None:
        return -1
    try:
        return ids.index(row_id)
    except ValueError:
        return -1
