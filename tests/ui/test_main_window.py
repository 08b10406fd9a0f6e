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


def test_the_sidebar_fits_the_largest_task_count_without_a_scroll_bar(make_window) -> None:
    window = make_window()
    window.resize(1366, 768)
    sidebar = window.sidebar
    item = sidebar.item(0)
    item.setText("Meine Aufgaben  (9.999+)")  # the German title with what TaskCounts shows beyond 9,999 tasks
    window._fit_sidebar()  # as when the window is built in German
    sidebar.doItemsLayout()
    assert sidebar.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not sidebar.horizontalScrollBar().isVisible()
    assert sidebar.sizeHintForIndex(sidebar.indexFromItem(item)).width() <= sidebar.viewport().width()
    assert sidebar.width() >= 220
