"""The application list for daily work: Ctrl+F → Down → Enter, saved filters, and what a filter hides."""

from __future__ import annotations

import app_data
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import Column
from bwi_vouchers.ui.settings import Settings


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


@pytest.fixture
def window(make_window, sample):  # type: ignore[no-untyped-def]
    window = make_window("clerk")
    window.show_page("applications")
    return window


def companies(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(row).company for row in range(page.model.rowCount())]


def status_position(page, status: Status) -> int:  # type: ignore[no-untyped-def]
    return next(i for i in range(page.status_filter.count())
                if page.status_filter.itemData(i) == frozenset({status}))


def test_ctrl_f_down_enter_opens_the_first_match(qtbot, window) -> None:
    page = window.pages["applications"]
    opened: list[str] = []
    window.context.events.application_open_requested.disconnect()  # the editor is tested elsewhere
    window.context.events.application_open_requested.connect(opened.append)
    window.show_page("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "beta")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0 and page.table.selectionModel().isRowSelected(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(0).reference] and page.model.row_at(0).company == "Beta Sensorik AG"


def test_enter_in_the_search_field_opens_the_first_row(qtbot, window) -> None:
    page = window.pages["applications"]
    opened: list[str] = []
    window.context.events.application_open_requested.disconnect()
    window.context.events.application_open_requested.connect(opened.append)
    page.focus_search()
    qtbot.keyClicks(page.search, "gamma")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0] == page.model.row_at(0).reference


def test_a_saved_filter_comes_back_after_a_restart(qtbot, window, make_window, ui_settings, tmp_path,
                                                    monkeypatch) -> None:
    page = window.pages["applications"]
    qtbot.keyClicks(page.search, "alpha")
    page.status_filter.setCurrentIndex(status_position(page, Status.RECEIVED))
    page.table.horizontalHeader().setSortIndicator(Column.COSTS, Qt.SortOrder.DescendingOrder)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Alpha offen", True))
    page.saved_filters._on_save_triggered()
    assert page.saved_filters.names() == ["Alpha offen"]
    ui_settings.sync()
    # A restart: a new settings object over the same file, a new window.
    stored = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert stored.saved_filters("clerk")["Alpha offen"]["text"] == "alpha"
    assert stored.saved_filters("approver") == {}  # per user
    page.reset_filters()
    assert len(companies(page)) == 5
    window.close()

    again = make_window("clerk")
    again.show_page("applications")
    fresh = again.pages["applications"]
    assert fresh.saved_filters.apply("Alpha offen")
    assert fresh.search.text() == "alpha"
    assert fresh.status_filter.currentData() == frozenset({Status.RECEIVED})
    assert fresh.table.horizontalHeader().sortIndicatorSection() == Column.COSTS
    costs = [fresh.model.row_at(row).eligible_costs for row in range(fresh.model.rowCount())]
    assert companies(fresh) == ["Alpha Optik GmbH", "Alpha Optik GmbH"] and costs == sorted(costs, reverse=True)

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    fresh.saved_filters._on_delete_triggered("Alpha offen")
    assert fresh.saved_filters.names() == []


def test_the_menu_lists_saved_filters_and_picks_one(window) -> None:
    page = window.pages["applications"]
    page.status_filter.setCurrentIndex(status_position(page, Status.IN_REVIEW))
    page.saved_filters.save("In Prüfung")
    page.reset_filters()
    page.saved_filters._fill_menu()
    texts = [action.text() for action in page.saved_filters.menu.actions()]
    assert texts[0] == "In Prüfung" and "Save current filter…" in texts
    page.saved_filters.menu.actions()[0].trigger()
    assert page.status_filter.currentData() == frozenset({Status.IN_REVIEW})
    assert companies(page) == []


def test_a_search_inside_a_status_says_what_the_filter_hides(qtbot, window, ui_services, sample) -> None:
    page = window.pages["applications"]
    ui_services.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    window.refresh_action.trigger()
    window.context.events.status_filter_requested.emit(Status.RECEIVED.value)  # a dashboard card
    qtbot.keyClicks(page.search, "alpha")
    assert companies(page) == ["Alpha Optik GmbH"]
    assert page.hidden_matches.isVisibleTo(page) and page.hidden_matches.hidden == 1
    assert page.hidden_matches.label.text().startswith("1 more matches in other statuses")
    page.hidden_matches.label.linkActivated.emit("clear")
    assert page.status_filter.currentData() is None and page.search.text() == "alpha"
    assert companies(page) == ["Alpha Optik GmbH", "Alpha Optik GmbH"]
    assert not page.hidden_matches.isVisibleTo(page)


def test_no_hint_when_the_filter_hides_nothing(qtbot, window) -> None:
    page = window.pages["applications"]
    page.status_filter.setCurrentIndex(status_position(page, Status.RECEIVED))
    qtbot.keyClicks(page.search, "alpha")
    assert companies(page) == ["Alpha Optik GmbH", "Alpha Optik GmbH"]
    assert not page.hidden_matches.isVisibleTo(page)
