"""Protokoll › Verify chain: the hash chain is walked by the task runner and the result shown below the table."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import app_data
import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def page(make_window, ui_services):  # type: ignore[no-untyped-def]
    app_data.sample(ui_services)
    window = make_window("clerk")
    window.show_page("audit")
    return window.pages["audit"]


def events(ui_services) -> list[int]:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(str(ui_services.database.sqlite_path()))) as raw:
        return [event_id for (event_id,) in raw.execute("SELECT id FROM audit_event ORDER BY id")]


def test_an_intact_chain_is_reported_with_its_count(qtbot, page, ui_services) -> None:
    assert page.chain.isHidden()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    lines = page.chain.text().splitlines()
    assert lines[0] == f"Chain intact: {len(events(ui_services))} events."
    assert lines[1].startswith("Check value of the newest event: ") and len(lines[1].split()[-1]) == 64
    assert page.chain.isVisible() and page.verify_button.isEnabled()


def test_a_hand_edit_is_named_with_its_event(qtbot, page, ui_services) -> None:
    ids = events(ui_services)
    with closing(sqlite3.connect(str(ui_services.database.sqlite_path()))) as raw:
        raw.execute("DROP TRIGGER audit_event_no_update")
        raw.execute("UPDATE audit_event SET user_login = 'mallory' WHERE id = ?", (ids[5],))
        raw.commit()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    first, second = page.chain.text().splitlines()
    assert first.startswith(f"Event no. {ids[5]} of 02.03.2026 ") and first.endswith("content changed.")
    assert "mallory" in first
    assert second == "The 5 events before it are intact."
