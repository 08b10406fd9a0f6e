"""The measures page: list with counts, a measure's applications, a new measure with invalid fields marked."""

from __future__ import annotations

import app_data
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox


@pytest.fixture
def sample(ui_services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


@pytest.fixture
def page(make_window, sample):  # type: ignore[no-untyped-def]
    window = make_window("admin")  # the measures catalogue is the admins' (DESIGN §1)
    window.show_page("measures")
    return window.pages["measures"]


def codes(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(r).measure.code for r in range(page.model.rowCount())]


def test_list_shows_measures_with_german_words_and_counts(page, qtmodeltester) -> None:
    assert codes(page) == ["M-2026-002", "M-2026-001"]  # newest start first
    row = [page.model.index(1, c).data() for c in range(page.model.columnCount())]
    assert row == [
        "M-2026-001",
        "Markterkundung USA Photonik",
        "Markterkundungsreise",
        "US – Vereinigte Staaten",
        "Boston",
        "04.05.2026",
        "08.05.2026",
        "2",
    ]
    assert page.model.index(0, 7).data() == "3"
    qtmodeltester.check(page.model)


def test_choosing_a_measure_shows_its_applications(qtbot, page, sample, qtmodeltester) -> None:
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [page.applications.row_at(r).reference for r in range(page.applications.rowCount())] == [
        sample["alpha"].reference,
        sample["beta"].reference,
    ]
    assert page.applications.index(1, 1).data() == "Beta Sensorik AG"
    assert page.applications.index(1, 3).data() == "eingegangen"
    qtmodeltester.check(page.applications)


def test_search_narrows_the_list(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "tokio")
    assert codes(page) == ["M-2026-002"]
    page.search.clear()
    qtbot.keyClicks(page.search, "vereinigte")
    assert codes(page) == ["M-2026-001"]


def test_a_new_measure_is_created_in_the_dialog(qtbot, page) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.fields["code"].field.text() == "M-2026-003"
    qtbot.keyClicks(dialog.fields["title"].field, "Location presentation Canada")
    dialog.fields["type"].field.setCurrentIndex(2)
    country = dialog.fields["country"].field
    country.setCurrentIndex(country.findData("CA"))
    qtbot.keyClicks(dialog.fields["city"].field, "Toronto")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "M-2026-003" in codes(page)
    assert page.selected().measure.code == "M-2026-003"
    assert page.selected().measure.type == "location_presentation"


def test_invalid_fields_are_marked_and_nothing_is_saved(qtbot, page, ui_services) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.fields["country"].field.lineEdit(), "Japan")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "ISO" in dialog.field_error("country")
    assert dialog.fields["country"].field.property("invalid") is True
    dialog.fields["country"].field.lineEdit().setText("JP")
    dialog.fields["title"].field.setText("Tokio")
    dialog.fields["end_date"].field.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "vor dem Beginn" in dialog.field_error("end_date")
    assert dialog.field_error("country") == ""
    assert dialog.isVisible()
    assert len(ui_services.measures.list()) == 2


def test_a_user_without_the_admin_role_cannot_add_measures(make_window, sample) -> None:
    for login in ("approver", "clerk"):
        page = make_window(login).pages["measures"]
        assert not page.new_button.isEnabled()
        assert page.new_button.toolTip() == "Only admins add measures."
