"""The main window: sidebar pages in DESIGN order, status bar, remembered page."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_sidebar_has_every_page_in_order(make_window) -> None:
    window = make_window()
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())]
    assert keys == ["tasks", "dashboard", "applications", "companies", "measures", "clusters", "budget", "reports",
                    "audit", "settings"]


def test_status_bar_names_user_database_and_year(make_window, ui_services) -> None:
    window = make_window("clerk")
    assert "Anna Müller" in window.user_label.text()
    assert "ui.db" in window.db_label.text()
    assert "2026" in window.year_label.text()


def test_chosen_page_is_remembered(make_window, ui_settings) -> None:
    window = make_window()
    window.show_page("budget")
    assert ui_settings.page == "budget"
    window.close()
    again = make_window()
    assert again.current_page().key == "budget"
