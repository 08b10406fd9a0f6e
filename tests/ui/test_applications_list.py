"""The application list: search as you type, filters, numeric sorting, opening, refresh, Ctrl+F."""

from __future__ import annotations

from decimal import Decimal

import app_data
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import Column
from bwi_vouchers.ui.models.applications import ROW_ROLE, SORT_ROLE


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


@pytest.fixture
def page(make_window, sample):  # type: ignore[no-untyped-def]
    window = make_window("clerk")
    window.show_page("applications")
    return window.pages["applications"]


def companies(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(row).company for row in range(page.model.rowCount())]


def costs(page) -> list[Decimal]:  # type: ignore[no-untyped-def]
    return [page.model.index(row, Column.COSTS).data(SORT_ROLE) for row in range(page.model.rowCount())]


def test_list_shows_every_application_german(page) -> None:
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 of 5 applications"
    model = page.model
    assert model.index(1, Column.COSTS).data() == "12.500,50 €"
    assert model.index(0, Column.RECEIPT).data() == "02.03.2026"
    assert model.index(0, Column.STATUS).data() == "eingegangen"
    assert model.index(0, Column.STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, Column.REFERENCE).data(ROW_ROLE).reference == "IG-2026-0001"


def test_typing_a_search_narrows_the_list(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "alpha")
    assert companies(page) == ["Alpha Optik GmbH", "Alpha Optik GmbH"]
    assert page.count_label.text() == "2 of 5 applications"
    qtbot.keyClicks(page.search, " x")
    assert companies(page) == []
    page.search.clear()
    qtbot.keyClicks(page.search, "0004")  # the reference
    assert companies(page) == ["Delta & Söhne GmbH"]
    page.search.clear()
    qtbot.keyClicks(page.search, "SÖHNE")  # case-insensitive, umlauts too
    assert companies(page) == ["Delta & Söhne GmbH"]


def test_filters_by_status_measure_and_year(qtbot, page, ui_services, sample) -> None:
    done = ui_services.perform(lambda: ui_services.lifecycle.move_many(
        "clerk", [sample["beta"].reference, sample["gamma"].reference], Status.IN_REVIEW))
    page.context.events.announce(done.changes)
    status = page.status_filter
    status.setCurrentIndex(status.findText("in Prüfung"))
    assert sorted(companies(page)) == ["Beta Sensorik AG", "Gamma Laser KG"]
    page.measure_filter.setCurrentIndex(page.measure_filter.findData("M-2026-002"))
    assert companies(page) == ["Gamma Laser KG"]
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 5
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert page.model.rowCount() == 5
    page.theme_filter.setCurrentIndex(page.theme_filter.findData(1))
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 5 applications"


def test_the_measure_filter_offers_every_measure_by_start_date_and_keeps_its_choice(page, ui_services) -> None:
    combo = page.measure_filter
    measures = ui_services.measures.list()  # by start date and code
    assert [combo.itemData(i) for i in range(combo.count())] == [None, *(m.code for m in measures)]
    assert combo.itemText(1) == f"{measures[0].code} – {measures[0].title}"
    assert combo.itemText(0) == "All measures"
    combo.setCurrentIndex(combo.findData("M-2026-002"))
    page.reload()  # read again (another page was shown in between): the choice stays
    assert combo.currentData() == "M-2026-002"
    assert combo.count() == len(measures) + 1


def test_clicking_the_money_header_sorts_numerically(qtbot, page) -> None:
    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(Column.COSTS) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    ascending = [Decimal("350.00"), Decimal("900.00"), Decimal("2600.00"), Decimal("4000.00"), Decimal("12500.50")]
    if costs(page) != ascending:  # the first click may sort descending, depending on the style
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert costs(page) == ascending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert costs(page) == list(reversed(ascending))
    qtbot.keyClicks(page.search, "alpha")  # the filter keeps the order
    assert costs(page) == [Decimal("4000.00"), Decimal("2600.00")]


def test_model_passes_the_model_tester(qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    page.model.sort(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)


def test_double_click_and_enter_open_the_editor(qtbot, page) -> None:
    window = page.window()
    rect = page.table.visualRect(page.model.index(2, Column.COMPANY))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.editors.last
    assert editor is not None and editor.info.reference == page.model.row_at(2).reference
    editor.close()
    page.table.setCurrentIndex(page.model.index(3, Column.REFERENCE))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.editors.last.info.reference == page.model.row_at(3).reference


def test_list_reloads_when_applications_change(page, ui_services) -> None:
    company = app_data.company(ui_services, "Epsilon Photonics GmbH")
    done = ui_services.perform(lambda: app_data.application(ui_services, company, "M-2026-001"))
    page.context.events.announce(done.changes)
    assert page.model.rowCount() == 6
    assert "Epsilon Photonics GmbH" in companies(page)


def test_ctrl_f_goes_to_the_search_field(qtbot, make_window, sample) -> None:
    window = make_window("clerk")
    window.show_page("applications")
    page = window.pages["applications"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "gamma")
    assert companies(page) == ["Gamma Laser KG"]


def test_dashboard_can_ask_for_one_status(make_window, ui_services, sample) -> None:
    window = make_window("clerk")
    done = ui_services.perform(lambda: ui_services.lifecycle.move("clerk", sample["beta"].reference,
                                                                  Status.IN_REVIEW))
    window.context.events.announce(done.changes)
    window.context.events.status_filter_requested.emit("in_review")
    page = window.pages["applications"]
    assert window.current_page() is page
    assert companies(page) == ["Beta Sensorik AG"]
