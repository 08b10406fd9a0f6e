"""The paged table model of the long lists: ids in the database's order, rows read a block at a time when shown,
a header click answered by a new order from the source, the kept row found again, stale answers dropped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt

from bwi_vouchers.ui.models.paged import BLOCK, PagedRowsModel
from bwi_vouchers.ui.models.rows import Column


class Source:
    """Rows 1…n as (id, name, number); counts what was asked."""

    def __init__(self, count: int) -> None:
        self.rows = {i: (i, f"name {i:05d}", (i * 37) % 101) for i in range(1, count + 1)}
        self.asked_ids: list[tuple[Any, int, bool]] = []
        self.asked_rows: list[list[int]] = []

    def ids(self, query: Any, column: int, descending: bool) -> list[int]:
        self.asked_ids.append((query, column, descending))
        found = [r for r in self.rows.values() if not query or query in r[1]]
        found.sort(key=lambda r: (r[column], r[0]), reverse=descending)
        return [r[0] for r in found]

    def read(self, ids: Sequence[int]) -> list[tuple[int, str, int]]:
        self.asked_rows.append(list(ids))
        return [self.rows[i] for i in ids]


def at_once(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    done(work())


def model_of(source: Source, reader: Any = at_once) -> PagedRowsModel[tuple[int, str, int]]:
    columns = [Column("Id", lambda r: str(r[0]), key=lambda r: r[0]), Column("Name", lambda r: r[1]),
               Column("Number", lambda r: str(r[2]), key=lambda r: r[2], right=True)]
    return PagedRowsModel(columns, reader, fetch_ids=source.ids, fetch_rows=source.read)


def test_only_the_blocks_shown_are_read(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = Source(3 * BLOCK + 17)
    model = model_of(source)
    model.reload()
    assert model.rowCount() == 3 * BLOCK + 17
    assert source.asked_rows == [list(range(1, BLOCK + 1))]  # the first block only
    assert model.index(2 * BLOCK + 5, 1).data() == f"name {2 * BLOCK + 6:05d}"
    assert source.asked_rows[-1] == list(range(2 * BLOCK + 1, 3 * BLOCK + 1))
    assert model.index(2 * BLOCK + 6, 2).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    qtmodeltester.check(model)


def test_a_header_click_asks_the_source_for_the_new_order_and_keeps_the_chosen_row() -> None:
    source = Source(500)
    model = model_of(source)
    model.reload("name")
    kept = 123
    model.keep = lambda: kept
    positions: list[int] = []
    model.loaded.connect(positions.append)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert source.asked_ids[-1] == ("name", 2, True)
    numbers = [int(model.index(r, 2).data()) for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    assert positions == [model.position_of(kept)] and model.id_at(positions[0]) == kept
    assert model.row_at(positions[0])[0] == kept  # its block was read with the new order


def test_the_same_ids_again_repaint_in_place_without_a_reset() -> None:
    source = Source(50)
    model = model_of(source)
    model.reload()
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    source.rows[7] = (7, "name 00007", 1000)
    model.reload(same_query=True)
    assert not resets and changed == [(0, 49)]
    assert model.index(6, 2).data() == "1000"
    model.reload("name 0001")  # other ids: a new list
    assert resets and model.rowCount() == 10


def test_an_answer_to_an_older_request_is_dropped() -> None:
    source = Source(30)
    queued: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
    model = model_of(source, lambda work, done: queued.append((work, done)))
    model.reload("name 0001")
    model.reload("name 0002")
    for work, done in reversed(queued):  # the newer answer first, the older one last
        done(work())
    assert [model.index(r, 1).data() for r in range(model.rowCount())][:2] == ["name 00020", "name 00021"]
    assert model.rowCount() == 10
