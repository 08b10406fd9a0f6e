"""The application list as a table model that pages through SQL: it never holds every row.

The model knows the list's size (a count in the database) and keeps blocks of ``PAGE`` rows around what was on
screen; a cell of a block not read yet asks for it off the GUI thread (``Reader``) and shows empty until it
arrives. A header click or a new filter asks the database for the first page of the new order or filter (the
model resets to it) and then for its ``ListView`` (the counts), which makes the other rows reachable. A newer
request breaks off the reads of the one before (``Interrupt``): while the user types, the database works on the
last keystroke only, and an answer to an older one is never shown.
``refresh`` shows changed applications: in a short list (read whole) by removing, moving and inserting exactly
the rows that changed; in a long one by reading the blocks around the screen again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import (
    MONEY_COLUMNS,
    PAGE,
    ApplicationFilter,
    ApplicationRow,
    Column,
    Interrupt,
    ListingService,
    ListView,
)
from bwi_vouchers.texts import status_text
from bwi_vouchers.ui.formatting import Formats
from bwi_vouchers.ui.models.paged import NEAR, store_block
from bwi_vouchers.ui.widgets.status_chip import colours

__all__ = ["MONEY_COLUMNS", "ROW_ROLE", "SORT_ROLE", "ApplicationTableModel", "Column", "Reader"]

#: Runs a read off the GUI thread and hands its result to the callback on the GUI thread (tests: at once).
Reader = Callable[[Callable[[], Any], Callable[[Any], None]], None]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND, FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
SERVED = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, BACKGROUND, FOREGROUND, int(SORT_ROLE), int(ROW_ROLE)})
COLUMNS = tuple(Column)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GREY = QColor("#9e9e9e")
SHORT = 5 * PAGE  # a list this short is read whole on a refresh, and changes show row by row

Index = QModelIndex | QPersistentModelIndex


def _unless_broken_off(listing: ListingService, interrupt: Interrupt, work: Callable[[], Any]) -> Any:
    """``work()`` (off the GUI thread), or None when ``interrupt`` broke it off: a newer request is on its way."""
    try:
        with listing.interruptible(interrupt):
            return work()
    except Exception:
        if interrupt.is_set():
            return None
        raise


def sort_value(row: ApplicationRow, column: Column) -> Any:
    """The native value a column sorts by (str, int, date, Status, Decimal or None)."""
    return (row.reference, row.company, row.measure_code, row.theme_code, row.cluster, row.receipt_date,
            row.status, row.eligible_costs, row.voucher_amount, row.approved_amount, row.payout_amount)[column]


class ApplicationTableModel(QAbstractTableModel):
    #: A new view arrived (filter, order or refresh): its total and the count of all applications.
    view_changed = Signal()

    def __init__(self, formats: Formats, listing: ListingService, reader: Reader,
                 parent: QObject | None = None, *, count_reader: Reader | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.listing = listing
        self.reader = reader
        #: Counts run here: a long count (a common word at a million rows) never holds up the next first page.
        self.count_reader = count_reader or reader
        self._first_of = -1  # the request whose first page is shown
        self._interrupt: Interrupt | None = None  # breaks off the reads of the latest request
        self._all_counted = False  # whether ``all_count`` is known (a new filter or order need not count it again)
        self._early: tuple[int, tuple[ListView, int]] | None = None  # its count, when it came before the page
        self.theme_names: dict[int, str] = {}
        self.where = ApplicationFilter()
        self.column = Column.REFERENCE
        self.descending = False
        self.view: ListView | None = None
        self.all_count = 0  # every application, whatever the filter
        self._count = 0
        self._blocks: dict[int, list[ApplicationRow]] = {}
        self._asked: set[int] = set()
        self._flat: list[ApplicationRow] | None = None  # only while a short list changes row by row
        self._generation = 0
        self._active = False  # nothing is read before the page first asks
        self._reading = False
        self._latest = 0  # the block asked for last
        self._colours = {status: colours(status) for status in Status}
        self._status_words = {status: status_text(status.value, formats.language) for status in Status}

    # what the page asks -------------------------------------------------------------------------
    def request(self, where: ApplicationFilter | None = None, *, recount: bool = True) -> None:
        """Show the list for this filter (None: the current one) in the current order, once the database
        answered: first its first page (no count needed: quick even when most rows match), then its count, which
        makes the rest reachable. The reads of older requests are broken off, their answers dropped.
        ``recount=False``: the count of all applications is the one known (only the filter or order changed)."""
        self._active = True
        if where is not None:
            self.where = where
        generation, interrupt = self._next_generation()
        listing = self.listing
        query = (self.where, self.column, self.descending)
        everything = self.all_count if self._all_counted and not recount else None

        def first() -> list[ApplicationRow] | None:
            if generation != self._generation:
                return None  # a newer request is queued behind this one (typing): skip the reading
            return _unless_broken_off(listing, interrupt, lambda: listing.first(*query))

        def counted() -> tuple[ListView, int]:
            view, _rows = listing.open(*query, first=0)
            if query[0] == ApplicationFilter():
                return view, view.total
            return view, (everything if everything is not None else listing.count())

        def count() -> tuple[ListView, int] | None:
            if generation != self._generation:
                return None
            return _unless_broken_off(listing, interrupt, counted)

        self.reader(first, lambda rows: self._on_first(generation, rows))
        self.count_reader(count, lambda found: self._on_counted(generation, found))

    def _next_generation(self) -> tuple[int, Interrupt]:
        """A new request: the reads of the one before are no longer wanted (broken off where they run)."""
        self._generation += 1
        if self._interrupt is not None:
            self._interrupt.set()
        self._interrupt = Interrupt()
        return self._generation, self._interrupt

    def _on_first(self, generation: int, rows: list[ApplicationRow] | None) -> None:
        if rows is None or generation != self._generation:
            return  # skipped, or a newer request is on its way
        self.beginResetModel()
        self.view, self._count = None, len(rows)  # no page is read until the view with its counts arrives
        self._blocks = {0: rows} if rows else {}
        self._asked = set(self._blocks)
        self._flat = None
        self.endResetModel()
        self._first_of = generation
        early, self._early = self._early, None
        if early is not None and early[0] == generation:
            self._on_counted(*early)

    def _on_counted(self, generation: int, found: tuple[ListView, int] | None) -> None:
        if found is None or generation != self._generation:
            return
        if self._first_of != generation:  # counted before the first page arrived: applied with it
            self._early = (generation, found)
            return
        view, self.all_count = found
        self._all_counted = True
        if view.total < self._count:  # changed in between: start from its first page again
            self._on_opened(generation, (view, [], self.all_count))
            return
        self.view = view
        if view.total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, view.total - 1)
            self._count = view.total
            self.endInsertRows()
        self.view_changed.emit()

    def _on_opened(self, generation: int, found: tuple[ListView, list[ApplicationRow], int] | None) -> None:
        if found is None or generation != self._generation:
            return  # skipped, or a newer request is on its way
        view, rows, all_count = found
        self.beginResetModel()
        self.view, self.all_count, self._count = view, all_count, view.total
        self._all_counted = True
        self._blocks = {0: rows} if rows else {}
        self._asked = set(self._blocks)
        self._flat = None
        self.endResetModel()
        self.view_changed.emit()

    def refresh(self, changed: Collection[int] = ()) -> None:
        """Read the list again after applications changed (``changed``: their ids, repainted even where they
        keep their place); rows that left, moved or arrived are removed, moved or inserted."""
        if not self._active:
            return
        generation, _interrupt = self._next_generation()
        listing, query = self.listing, (self.where, self.column, self.descending)
        short = self.view is not None and self._count <= SHORT and self._fully_read()
        blocks = sorted(b for b in self._blocks if abs(b - self._latest) <= NEAR)  # around the screen

        def work() -> tuple[ListView, dict[int, list[ApplicationRow]], bool, int] | None:
            if generation != self._generation:
                return None
            view, first = listing.open(*query, first=SHORT if short else PAGE)
            whole = short and view.total <= SHORT
            read = {b // PAGE: first[b:b + PAGE] for b in range(0, len(first) if whole else PAGE, PAGE)}
            if not whole:
                read.update({b: listing.page(view, b * PAGE) for b in blocks if b != 0})
            return view, read, whole, (listing.count() if query[0] != ApplicationFilter() else view.total)

        self.reader(work, lambda found: self._on_refreshed(generation, frozenset(changed), found))

    def _on_refreshed(self, generation: int, changed: frozenset[int],
                      found: tuple[ListView, dict[int, list[ApplicationRow]], bool, int] | None) -> None:
        if found is None or generation != self._generation:
            return
        view, read, whole, all_count = found
        self.all_count, self._all_counted = all_count, True
        if whole and self._fully_read():
            self._move_rows(self._all_rows(), [row for block in sorted(read) for row in read[block]], changed)
            self.view, self._blocks, self._asked = view, read, set(read)
        elif view.total == self._count and all(
                [r.id for r in rows] == [r.id for r in self._blocks.get(b, [])] for b, rows in read.items()):
            self.view = view
            self._blocks, self._asked = dict(read), set(read)  # blocks off screen are read again when shown
            for block, rows in read.items():
                for offset, row in enumerate(rows):
                    if row.id in changed:
                        self._changed(block * PAGE + offset)
        else:
            self._on_opened(generation, (view, read.get(0, []), all_count))
            self._blocks.update(read)
            self._asked |= set(read)
            return
        self.view_changed.emit()

    def _fully_read(self) -> bool:
        return all(block in self._blocks for block in range((self._count + PAGE - 1) // PAGE))

    def _all_rows(self) -> list[ApplicationRow]:
        return [row for block in sorted(self._blocks) for row in self._blocks[block]][:self._count]

    def _move_rows(self, old: list[ApplicationRow], new: list[ApplicationRow], changed: frozenset[int]) -> None:
        """From showing ``old`` to showing ``new``: removals, a new order (if any), insertions, repaints."""
        self._flat = list(old)
        staying, before = {row.id for row in new}, {row.id for row in old}
        for position in reversed(range(len(old))):
            if old[position].id not in staying:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._flat[position]
                self._count -= 1
                self.endRemoveRows()
        fresh = {row.id: row for row in new}
        kept = [fresh[row.id] for row in new if row.id in before]
        if [r.id for r in kept] != [r.id for r in self._flat]:
            self.layoutAboutToBeChanged.emit()
            self._remap([r.id for r in self._flat], [r.id for r in kept])
            self._flat = kept
            self.layoutChanged.emit()
        else:
            self._flat = kept
        for position, row in enumerate(new):
            if row.id not in before:
                self.beginInsertRows(QModelIndex(), position, position)
                self._flat.insert(position, row)
                self._count += 1
                self.endInsertRows()
        for position, row in enumerate(new):
            if row.id in changed and row.id in before:
                self._changed(position)
        self._flat = None

    def _changed(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

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
        return self.all_count

    def visible_count(self) -> int:
        return self._count

    def cached(self, position: int) -> ApplicationRow | None:
        """The row at a position if it has been read (no database call)."""
        if self._flat is not None:
            return self._flat[position] if 0 <= position < len(self._flat) else None
        block = self._blocks.get(position // PAGE)
        offset = position % PAGE
        return block[offset] if block is not None and offset < len(block) else None

    def row_at(self, row: int) -> ApplicationRow:
        """The row at a position, read now if it is not in memory (one page)."""
        found = self.cached(row)
        if found is None and self.view is not None and 0 <= row < self._count:
            block = row // PAGE
            self._store(block, self.listing.page(self.view, block * PAGE))
            found = self.cached(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of_reference(self, reference: str) -> int | None:
        """The position of a reference among the rows read so far."""
        for block, rows in self._blocks.items():
            for offset, row in enumerate(rows):
                if row.reference == reference:
                    return block * PAGE + offset
        return None

    def all_read(self, ranges: list[tuple[int, int]]) -> bool:
        return all(block in self._blocks for first, last in ranges for block in range(first // PAGE, last // PAGE + 1))

    # reading blocks -----------------------------------------------------------------------------------
    def _ask(self, block: int) -> None:
        if block in self._asked or self.view is None:
            return
        self._asked.add(block)
        self._latest = block
        generation, view, listing = self._generation, self.view, self.listing

        def work() -> list[ApplicationRow] | None:
            # Dragging the scroll bar asks for many blocks; those far from the latest are skipped.
            if generation != self._generation or abs(block - self._latest) > NEAR:
                return None
            return listing.page(view, block * PAGE)

        self.reader(work, lambda rows: self._on_block(generation, block, rows))

    def _on_block(self, generation: int, block: int, rows: list[ApplicationRow] | None) -> None:
        if generation != self._generation:
            return
        if rows is None:
            self._asked.discard(block)  # skipped: asked again when it is painted again
            return
        self._store(block, rows)
        if self._reading:
            return  # read while ``data`` asked (a synchronous reader): the cell is painted with it now
        first, last = block * PAGE, min(block * PAGE + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _store(self, block: int, rows: list[ApplicationRow]) -> None:
        store_block(self._blocks, self._asked, block, rows)

    # Qt ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else self._count

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
        position = index.row()
        if not 0 <= position < self._count:
            return None
        row = self.cached(position)
        if row is None:
            self._reading = True
            try:
                self._ask(position // PAGE)
            finally:
                self._reading = False
            row = self.cached(position)  # a synchronous reader (tests) has read it already
            if row is None:
                return None
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

    def display_text(self, row: ApplicationRow, column: Column) -> str:
        """A cell's text as the list shows it (for printing the list); pure Python, safe off the GUI thread."""
        return self._display(row, column)

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
        """A header click: the database sorts (the rows arrive with the next view)."""
        if not 0 <= column < len(Column):
            return
        wanted = (Column(column), order == Qt.SortOrder.DescendingOrder)
        if wanted == (self.column, self.descending) and self.view is not None:
            return
        self.column, self.descending = wanted
        if self._active:
            self.request(recount=False)

