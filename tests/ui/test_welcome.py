"""First start on an empty database: a welcome page with demo data or the first application, never blank."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bwi_vouchers.services.changes import Changes, Kind
from bwi_vouchers.ui.pages import welcome


def test_empty_database_shows_the_welcome_page(make_window) -> None:
    window = make_window("clerk")
    assert window.welcome is not None
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible() and window.welcome.first_button.isVisible()
    assert window.sidebar.currentRow() == -1


def test_first_application_button_opens_the_editor_and_saving_shows_the_list(qtbot, make_window) -> None:
    window = make_window("clerk")
    qtbot.mouseClick(window.welcome.first_button, Qt.MouseButton.LeftButton)
    editor = window.editors.last
    assert editor is not None and editor.info is None and editor.isVisible()
    editor.context.events.announce(Changes({Kind.APPLICATIONS: frozenset({1})}))  # as after saving the first one
    assert window.current_page() is window.pages["applications"]


def test_remembered_other_page_is_kept_even_when_empty(make_window, ui_settings) -> None:
    ui_settings.page = "budget"
    window = make_window("admin")  # clerks and approvers start on Meine Aufgaben (tests/ui/test_tasks_page.py)
    assert window.welcome is None
    assert window.current_page().key == "budget"


def test_demo_data_fills_the_database_and_shows_the_dashboard(qtbot, make_window, ui_services, monkeypatch) -> None:
    if not hasattr(ui_services, "demo"):
        pytest.skip("services.demo is not there yet")
    monkeypatch.setattr(welcome, "DEMO_APPLICATIONS", 60)  # the same code path, fewer rows
    window = make_window("admin")
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert ui_services.listing.count() == 60
    assert window.current_page().key == "dashboard"
    window.show_page("applications")
    assert window.pages["applications"].model.rowCount() == 60
