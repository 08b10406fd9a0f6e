"""The application list over more rows than one page: the first screen only, the rest read while scrolling,
the database sorting on a header click, search, and a selection of rows never read (Ctrl+A) for a batch step."""

from __future__ import annotations

import pytest
from editor_helpers import confirm_decision
from PySide6.QtCore import QPoint, Qt

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import PAGE, ApplicationFilter, Column
from bwi_vouchers.ui.models.applications import ApplicationTableModel
from bwi_vouchers.ui.tasks import TaskRunner

APPLICATIONS = 2 * PAGE + 50


@pytest.fixture
def page(make_window, ui_services):  # type: ignore[no-untyped-def]
    ui_services.demo.load("admin", applications=APPLICATIONS)
    window = make_window("admin")
    window.resize(1280, 720)
    window.show_page("applications")
    return window.pages["applications"]


def read_blocks(model: ApplicationTableModel) -> set[int]:
    return {block for block in range(3) if model.cached(block * PAGE) is not None}


def test_the_first_screen_comes_from_one_page_and_scrolling_reads_more(qtbot, page) -> None:
    model = page.model
    assert model.rowCount() == APPLICATIONS  # the true total, with one page read
    assert read_blocks(model) == {0}
    number = page.context.formats.number(APPLICATIONS)
    assert page.count_label.text() == f"{number} of {number} applications"
    page.table.scrollToBottom()
    page.table.viewport().repaint()  # painting the last rows asks for their page
    assert read_blocks(model) == {0, 2}
    last = page.context.services.listing.rows()[-1]
    assert model.index(APPLICATIONS - 1, Column.REFERENCE).data() == last.reference
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.row_at(APPLICATIONS - 1).reference == last.reference


def test_a_header_click_sorts_in_the_database(qtbot, page) -> None:
    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(Column.COSTS) + 10, header.height() // 2)
    listing = page.context.services.listing
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    expected = [row.reference for row in listing.rows(None, Column.COSTS, descending)]
    model = page.model
    assert [model.row_at(r).reference for r in range(5)] == expected[:5]
    assert read_blocks(model) == {0}  # a new order starts from its first page again
    assert model.row_at(APPLICATIONS - 1).reference == expected[-1]


def test_typing_searches_in_the_database(qtbot, page) -> None:
    listing = page.context.services.listing
    some = listing.rows()[123]
    needle = some.company[:5]
    qtbot.keyClicks(page.search, needle)
    expected = listing.count(ApplicationFilter(text=needle))
    assert page.model.rowCount() == expected > 0
    assert page.count_label.text().startswith(f"{page.context.formats.number(expected)} of ")
    assert all(needle.casefold() in page.model.row_at(r).company.casefold() for r in range(expected))


def test_select_all_and_a_batch_step_on_rows_never_read(qtbot, page, monkeypatch) -> None:
    listing = page.context.services.listing
    received = listing.count(ApplicationFilter(statuses=frozenset({Status.RECEIVED})))
    assert received > 0
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert read_blocks(page.model) != {0, 1, 2}  # the selection stands for rows not read
    assert page.count_label.text().endswith(f"{page.context.formats.number(APPLICATIONS)} selected")
    assert len(page.selected()) == APPLICATIONS
    button = page.batch.buttons[Status.IN_REVIEW]
    assert button.isEnabled(), button.toolTip()
    assert f"{received} of the {APPLICATIONS} selected" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.batch.confirmation.summary.able and len(page.batch.confirmation.summary.able) == received
    confirm_decision(qtbot, page.batch)
    assert len(page.batch.summary.done_references) == received
    assert listing.count(ApplicationFilter(statuses=frozenset({Status.RECEIVED}))) == 0
    moved = page.batch.summary.done_references[0]
    page.search.setText(moved)
    assert page.model.rowCount() == 1 and page.model.row_at(0).status is Status.IN_REVIEW


def test_reads_run_off_the_gui_thread_and_arrive_as_signals(qtbot, page) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def reader(work, done) -> None:  # type: ignore[no-untyped-def]
        runner.start(lambda report, is_cancelled: work(), on_done=done, on_error=failures.append, modal=False)

    model = ApplicationTableModel(page.context.formats, page.context.services.listing, reader)
    seen: list[tuple[str, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", model.rowCount())))
    model.rowsInserted.connect(lambda *_: seen.append(("inserted", model.rowCount())))
    with qtbot.waitSignal(model.view_changed):
        model.request(ApplicationFilter())
    assert seen == [("reset", PAGE), ("inserted", APPLICATIONS)]  # the first page at once, the count after it
    assert model.cached(PAGE) is None
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.index(PAGE + 3, Column.REFERENCE).data() is None  # not read yet: asked for, shown empty
    assert changed.args[0].row() == PAGE
    assert model.index(PAGE + 3, Column.REFERENCE).data() == page.context.services.listing.rows()[PAGE + 3].reference
    with qtbot.waitSignal(model.view_changed):
        model.sort(Column.COMPANY, Qt.SortOrder.DescendingOrder)
        model.sort(Column.PAID, Qt.SortOrder.AscendingOrder)  # the earlier request is dropped
    assert (model.view.column, model.view.descending) == (Column.PAID, False)
    assert model.row_at(0).reference == page.context.services.listing.rows(None, Column.PAID)[0].reference
    runner.wait()
    assert not failures


def test_select_all_on_a_filtered_list_and_a_batch_step(qtbot, page) -> None:
    listing = page.context.services.listing
    where = ApplicationFilter(text="gmbh")
    shown = listing.rows(where)
    assert len(shown) > PAGE  # more than the first page: the selection stands for rows never read
    page.search.setText("gmbh")
    assert page.model.rowCount() == len(shown)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chosen = page.selected()
    assert chosen.pairs is None and len(chosen) == len(shown)  # counts per status, no row read for it
    received = [row.reference for row in shown if row.status is Status.RECEIVED]
    assert received
    button = page.batch.buttons[Status.IN_REVIEW]
    assert button.isEnabled(), button.toolTip()
    assert f"{len(received)} of the {len(shown)} selected" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    confirm_decision(qtbot, page.batch)  # the confirmation counts what the selection stands for
    assert sorted(page.batch.summary.done_references) == sorted(received)
    others = listing.count(ApplicationFilter(statuses=frozenset({Status.RECEIVED})))
    assert others == sum(1 for row in listing.rows() if row.status is Status.RECEIVED) > 0  # outside the filter
    assert all(row.status is not Status.RECEIVED for row in listing.rows(where))


def test_a_new_search_shows_its_first_rows_after_scrolling_down(qtbot, page) -> None:
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    assert page.table.verticalScrollBar().value() > 0
    listing = page.context.services.listing
    expected = listing.rows(ApplicationFilter(text="gmbh"))[0].reference
    page.search.setText("gmbh")
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.indexAt(QPoint(5, 5)).data() == expected


def test_counts_have_a_reader_of_their_own_and_may_arrive_before_the_first_page(qtbot, page) -> None:
    queued: dict[str, list] = {"page": [], "count": []}
    model = ApplicationTableModel(page.context.formats, page.context.services.listing,
                                  lambda work, done: queued["page"].append((work, done)),
                                  count_reader=lambda work, done: queued["count"].append((work, done)))
    model.request(ApplicationFilter())
    assert len(queued["page"]) == 1 and len(queued["count"]) == 1  # the count is not queued behind pages
    for work, done in queued["count"]:
        done(work())
    assert model.view is None and model.rowCount() == 0  # kept until its first page is shown
    for work, done in queued["page"]:
        done(work())
    assert model.view is not None and model.rowCount() == APPLICATIONS
    assert model.row_at(APPLICATIONS - 1).reference == page.context.services.listing.rows()[-1].reference


def test_an_answer_to_an_older_search_is_never_shown(qtbot, page) -> None:
    listing = page.context.services.listing
    queued: dict[str, list] = {"page": [], "count": []}
    model = ApplicationTableModel(page.context.formats, listing,
                                  lambda work, done: queued["page"].append((work, done)),
                                  count_reader=lambda work, done: queued["count"].append((work, done)))
    companies = sorted({row.company for row in listing.rows()})
    older, newer = companies[0], companies[-1]
    model.request(ApplicationFilter(text=older))
    answered = [(work(), done) for work, done in queued["page"] + queued["count"]]  # read before the next key …
    assert all(found is not None for found, _done in answered)
    queued["page"].clear()
    queued["count"].clear()
    model.request(ApplicationFilter(text=newer))
    for found, done in answered:  # … and arriving after it
        done(found)
    assert model.rowCount() == 0 and model.view is None  # the older search's rows and count were dropped
    for work, done in queued["page"] + queued["count"]:
        done(work())
    expected = listing.rows(ApplicationFilter(text=newer))
    assert model.view is not None and model.view.where.text == newer
    assert [model.row_at(r).reference for r in range(model.rowCount())] == [row.reference for row in expected]


def test_typing_breaks_off_the_read_of_the_keystroke_before(qtbot, page, monkeypatch) -> None:
    listing = page.context.services.listing
    company = listing.rows()[123].company
    first_key, second_key = company[:2], company[:3]
    asked: list[str] = []
    broken: list[BaseException] = []
    failures: list[BaseException] = []
    original = listing.first

    def first(where: ApplicationFilter, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(where.text)
        if where.text == first_key:
            page.search.setText(second_key)  # the next key, typed while this read runs: it is broken off
        try:
            return original(where, *args, **kwargs)
        except Exception as error:
            broken.append(error)
            raise

    monkeypatch.setattr(listing, "first", first)
    monkeypatch.setattr(page, "_on_load_failed", failures.append)
    page.search.setText(first_key)
    assert asked == [first_key, second_key]
    assert [type(error).__name__ for error in broken] == ["Interrupted"]  # the older read stopped at once
    assert not failures  # broken off is not an error
    expected = listing.rows(ApplicationFilter(text=second_key))
    assert page.model.where.text == second_key and page.model.rowCount() == len(expected)
    assert [page.model.row_at(r).reference for r in range(5)] == [row.reference for row in expected[:5]]


def test_typing_does_not_count_every_application_again(qtbot, page, monkeypatch) -> None:
    listing = page.context.services.listing
    counted: list[ApplicationFilter | None] = []
    original = listing.count

    def count(where: ApplicationFilter | None = None) -> int:
        counted.append(where)
        return original(where)

    monkeypatch.setattr(listing, "count", count)
    qtbot.keyClicks(page.search, listing.rows()[5].company[:4])
    assert None not in counted  # the searches are counted with their list, all applications not again
    number = page.context.formats.number(APPLICATIONS)
    assert page.count_label.text().endswith(f" of {number} applications")
    page.reload()  # everything may have changed: counted again
    assert None in counted
