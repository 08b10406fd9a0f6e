"""Other people's changes show in the open windows within 2 s — list, dashboard, budget, an open editor — and F5
reads the shown page (or the editor) again by hand."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import app_data
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage.database import Database

LIVE_MS = 2000  # DESIGN §11: each open window shows other people's changes within 2 s
TODAY_CLOCK = FixedClock(app_data.date(2026, 3, 2))


@pytest.fixture
def other(ui_services: Services) -> Iterator[Services]:
    """A second program on the same database file (its own connections, as another clerk's desktop)."""
    services = Services.build(Database.open("sqlite:///" + str(ui_services.database.sqlite_path())), TODAY_CLOCK)
    yield services
    services.database.dispose()


@pytest.fixture
def sample(ui_services: Services):  # type: ignore[no-untyped-def]
    return app_data.sample(ui_services)


def live_window(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    assert window.live is not None and window.live.feed.listening.wait(5)
    return window


def status_in_list(page, reference: str) -> Status | None:  # type: ignore[no-untyped-def]
    position = page.model.row_of_reference(reference)
    return None if position is None else page.model.row_at(position).status


def test_the_list_shows_another_programs_changes(qtbot, make_window, sample, other) -> None:  # type: ignore[no-untyped-def]
    window = live_window(make_window)
    window.show_page("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: status_in_list(page, sample["alpha"].reference) is Status.RECEIVED)

    page.table.selectRow(page.model.row_of_reference(sample["alpha"].reference))
    approve = page.batch.buttons[Status.APPROVED]
    assert not approve.isEnabled()  # a received application cannot be approved

    other.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    qtbot.waitUntil(lambda: status_in_list(page, sample["alpha"].reference) is Status.IN_REVIEW, timeout=LIVE_MS)
    assert approve.isEnabled()  # the batch buttons judge the new status

    new = app_data.application(other, sample["beta"].company_id, "M-2026-002", "3000.00", actor="clerk")
    qtbot.waitUntil(lambda: status_in_list(page, new.reference) is Status.RECEIVED, timeout=LIVE_MS)
    assert page.model.rowCount() == 6


def test_the_dashboard_and_the_budget_follow_an_approval_elsewhere(qtbot, make_window, sample, other) -> None:  # type: ignore[no-untyped-def]
    other.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    window = live_window(make_window, "clerk")
    dashboard, budget = window.pages["dashboard"], window.pages["budget"]
    window.show_page("dashboard")  # a clerk starts on Meine Aufgaben
    assert window.current_page() is dashboard
    assert dashboard.tiles[Status.APPROVED].count.text() == "0"
    window.show_page("budget")
    assert budget.lines.row_at(0).committed == Decimal("0.00")
    window.show_page("dashboard")

    # One change only: with two, the page could show the second already when told of the first.
    other.lifecycle.move("approver", sample["alpha"].reference, Status.APPROVED)

    qtbot.waitUntil(lambda: dashboard.tiles[Status.APPROVED].count.text() == "1", timeout=LIVE_MS)
    assert dashboard.tiles[Status.IN_REVIEW].count.text() == "0"
    assert dashboard.chart.lines[0].committed == Decimal("2000.00")
    window.show_page("budget")  # told while hidden: reads again when shown
    assert budget.lines.row_at(0).committed == Decimal("2000.00")


def test_an_open_editor_shows_the_new_state_and_says_who(qtbot, make_window, sample, other) -> None:  # type: ignore[no-untyped-def]
    window = live_window(make_window)
    alpha = sample["alpha"]
    editor = window.editors.open(alpha.reference)
    assert not editor.notice.isVisible()

    other.lifecycle.move("clerk", alpha.reference, Status.IN_REVIEW)

    qtbot.waitUntil(editor.notice.isVisible, timeout=LIVE_MS)
    assert editor.info.status is Status.IN_REVIEW  # no unsaved edits: shown at once
    assert editor.notice.text.text() == "Anna Müller changed this application; the editor shows the new state."
    assert not editor.notice.reload_button.isVisible()
    qtbot.mouseClick(editor.notice.hide_button, Qt.MouseButton.LeftButton)
    assert not editor.notice.isVisible()


def test_unsaved_edits_are_kept_until_the_user_reloads(qtbot, make_window, sample, other) -> None:  # type: ignore[no-untyped-def]
    window = live_window(make_window)
    alpha = sample["alpha"]
    editor = window.editors.open(alpha.reference)
    stored = editor.form.requested.text()
    editor.form.requested.setText("1.234,00")
    assert editor.dirty
    version = editor.info.version

    other.lifecycle.move("clerk", alpha.reference, Status.IN_REVIEW)

    qtbot.waitUntil(editor.notice.isVisible, timeout=LIVE_MS)
    assert editor.notice.reload_button.isVisible()
    assert "Anna Müller changed this application meanwhile." in editor.notice.text.text()
    assert editor.dirty and editor.info.version == version  # the edits stay until the user decides
    assert editor.form.requested.text() == "1.234,00"
    editor.grab().save("/tmp/live-editor-notice.png")

    qtbot.mouseClick(editor.notice.reload_button, Qt.MouseButton.LeftButton)
    assert not editor.notice.isVisible() and not editor.dirty
    assert editor.info.status is Status.IN_REVIEW and editor.info.version > version
    assert editor.form.requested.text() == stored


def test_own_changes_and_other_applications_bring_no_notice(qtbot, make_window, sample, other) -> None:  # type: ignore[no-untyped-def]
    window = live_window(make_window)
    editor = window.editors.open(sample["alpha"].reference)
    seen = []
    window.context.events.remote_changed.connect(seen.append)
    window.context.services.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)  # this program
    other.lifecycle.move("clerk", sample["beta"].reference, Status.IN_REVIEW)  # another application
    qtbot.waitUntil(lambda: any(remote.changes.application_ids == {sample["beta"].id} for remote in seen),
                    timeout=LIVE_MS)
    for remote in seen:  # theirs only, never ours
        assert remote.changes.application_ids is not None and sample["alpha"].id not in remote.changes.application_ids
    assert not editor.notice.isVisible()


def test_f5_reads_the_shown_page_again(qtbot, make_window, ui_services, ui_settings, sample, other) -> None:  # type: ignore[no-untyped-def]
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.tasks import SynchronousTaskRunner

    window = build_window(ui_services, "admin", settings=ui_settings, runner=SynchronousTaskRunner(), live=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.show_page("applications")
    page = window.pages["applications"]
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.live is None

    other.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    assert status_in_list(page, sample["alpha"].reference) is Status.RECEIVED  # nobody told this window

    page.table.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_F5)  # View ▸ Refresh
    assert status_in_list(page, sample["alpha"].reference) is Status.IN_REVIEW
    dashboard = window.pages["dashboard"]
    window.show_page("dashboard")  # the other pages read again when shown
    assert dashboard.tiles[Status.IN_REVIEW].count.text() == "1"


def test_f5_in_the_editor_reads_the_application_again(qtbot, make_window, ui_services, ui_settings, sample, other,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.tasks import SynchronousTaskRunner

    window = build_window(ui_services, "admin", settings=ui_settings, runner=SynchronousTaskRunner(), live=False)
    qtbot.addWidget(window)
    editor = window.editors.open(sample["alpha"].reference)
    editor.form.requested.setText("999,00")
    other.lifecycle.move("clerk", sample["alpha"].reference, Status.IN_REVIEW)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)

    qtbot.keyClick(editor.form.requested, Qt.Key.Key_F5)  # asked first: Cancel keeps the edits
    assert editor.dirty and editor.info.status is Status.RECEIVED
    qtbot.keyClick(editor.form.requested, Qt.Key.Key_F5)  # Discard: read again
    assert not answers
    assert not editor.dirty and editor.info.status is Status.IN_REVIEW
    assert editor.message.text() == "Reloaded: this is the application as it is stored now."


@pytest.mark.both_engines
def test_a_window_on_either_engine_shows_another_programs_change(qtbot, world, ui_settings) -> None:  # type: ignore[no-untyped-def]
    """The same window on SQLite (polled) and PostgreSQL (notified)."""
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.tasks import SynchronousTaskRunner

    world.budget()
    app = world.application(world.company("Alpha Optik GmbH"), world.measure("M-2026-001"))
    other = Services.build(Database.open(world.database.engine.url.render_as_string(hide_password=False)),
                           world.clock)
    try:
        window = build_window(world.services, "admin", settings=ui_settings, runner=SynchronousTaskRunner())
        qtbot.addWidget(window)
        window.show()
        assert window.live is not None and window.live.feed.listening.wait(10)
        window.show_page("applications")
        page = window.pages["applications"]
        editor = window.editors.open(app.reference)
        assert status_in_list(page, app.reference) is Status.RECEIVED

        other.lifecycle.move("clerk2", app.reference, Status.IN_REVIEW)

        qtbot.waitUntil(lambda: status_in_list(page, app.reference) is Status.IN_REVIEW, timeout=LIVE_MS)
        qtbot.waitUntil(editor.notice.isVisible, timeout=LIVE_MS)
        assert editor.notice.text.text().startswith("clerk2 changed this application")
        window.close()
        assert not window.live.feed.running
    finally:
        other.database.dispose()
