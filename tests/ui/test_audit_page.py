"""The audit log page: newest first, filters by user, record and text, old → new in words, paging."""

from __future__ import annotations

import app_data
import pytest
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Status


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    data = app_data.sample(ui_services)
    ui_services.lifecycle.move("clerk", data["alpha"].reference, Status.IN_REVIEW)
    return data


@pytest.fixture
def page(make_window, sample):  # type: ignore[no-untyped-def]
    window = make_window("clerk")
    window.show_page("audit")
    return window.pages["audit"]


def users(page) -> set[str]:  # type: ignore[no-untyped-def]
    return {page.model.row_at(r).user for r in range(page.model.rowCount())}


def test_newest_first_in_words(page, sample, qtmodeltester) -> None:
    first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert first[1:4] == ["Anna Müller", f"Application {sample['alpha'].reference}", "status → in Prüfung"]
    assert first[4].startswith("Status: eingegangen → in Prüfung")
    assert users(page) == {"admin", "clerk"}
    qtmodeltester.check(page.model)


def test_filter_by_user_narrows_the_rows(page) -> None:
    everything = page.model.rowCount()
    page.user.setCurrentIndex(page.user.findData("clerk"))
    assert users(page) == {"clerk"}
    assert 0 < page.model.rowCount() < everything
    assert page.user.currentText() == "Anna Müller (clerk)"


def test_filter_by_record_kind_and_typed_text(qtbot, page, sample) -> None:
    page.entity.setCurrentIndex(page.entity.findData("company"))
    assert {page.model.row_at(r).entity for r in range(page.model.rowCount())} == {"company"}
    assert page.model.rowCount() == 4
    qtbot.keyClicks(page.text, "beta")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 2).data() == "Company Beta Sensorik AG"
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.text.text() == "" and page.model.rowCount() > 4


def test_a_day_range_without_events_shows_none(page) -> None:
    page.since.setDate(page.since.date().addYears(27))  # beyond the fixed day of the tests
    assert page.model.rowCount() == 0
    assert page.count.text() == "0 events shown."


def test_events_are_fetched_a_page_at_a_time(qtbot, page) -> None:
    page.page_size = 4
    page.apply_filter()
    assert page.model.rowCount() == 4 and page.more_button.isEnabled()
    first = [page.model.row_at(r).id for r in range(4)]
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    ids = [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert ids[:4] == first and len(ids) == 8 and ids == sorted(ids, reverse=True)
    assert "more are available" in page.count.text()


def test_choosing_an_event_shows_every_change(qtbot, page, sample) -> None:
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = page.details.toPlainText()
    assert sample["alpha"].reference in text and "\nStatus: eingegangen → in Prüfung" in text


def test_the_log_refreshes_after_a_change(page, ui_services) -> None:
    before = page.model.rowCount()
    done = ui_services.perform(lambda: app_data.company(ui_services, "Omega GmbH"))
    page.context.events.announce(done.changes)
    assert page.model.rowCount() == before + 1
    assert page.model.index(0, 2).data() == "Company Omega GmbH"
