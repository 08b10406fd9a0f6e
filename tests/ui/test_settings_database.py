"""Einstellungen › Database: the daily backup at start, a backup on demand, restore (admins only)."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from app_data import sample
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services import Services, backups
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage.database import Database
from bwi_vouchers.ui.pages.settings_database import start_daily_backup
from bwi_vouchers.ui.tasks import SynchronousTaskRunner, TaskRunner


def database_box(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("settings")
    return window, window.pages["settings"].database_box


def db_file(services: Services) -> Path:
    path = services.database.sqlite_path()
    assert path is not None
    return path


def test_the_daily_backup_runs_at_start_and_the_page_shows_it(make_window, ui_services) -> None:  # type: ignore[no-untyped-def]
    window, box = database_box(make_window)
    folder = db_file(ui_services).parent / "Sicherungen"
    assert box.folder.text() == str(folder) and box.last.text() == "none yet"
    start_daily_backup(window, window.context)
    made = folder / f"ui-{ui_services.clock.today().isoformat()}.db"
    assert made.exists() and backups.check_file(made).revision
    assert window.statusBar().currentMessage() == f"Daily backup saved: {made}"
    box.show_backups()
    assert box.last.text().startswith(window.context.formats.date(backups.last_backup(db_file(ui_services),
                                                                                        folder).date()))
    start_daily_backup(window, window.context)  # the same day again: nothing new
    assert len(list(folder.iterdir())) == 1


def test_a_failed_daily_backup_is_shown_in_the_status_bar_and_does_not_block(make_window, ui_settings,
                                                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    ui_settings.backup_folder = str(blocker / "Sicherungen")
    window, _box = database_box(make_window)
    start_daily_backup(window, window.context)
    assert window.statusBar().currentMessage().startswith("The daily backup failed: ")
    assert window.isVisible()


def test_the_daily_backup_does_not_hold_up_the_shared_reads(make_window, qtbot,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Checking and copying a large file takes a minute: an editor's history or a page's first load, read
    through the shared runner meanwhile, must not wait for it."""
    window, _box = database_box(make_window)
    shared = TaskRunner(window)  # the real runner: one job at a time on a worker thread
    monkeypatch.setattr(window.context, "runner", shared)
    release = threading.Event()
    monkeypatch.setattr(backups, "daily_backup", lambda *args: release.wait(10) and None)
    start_daily_backup(window, window.context)
    answers: list[int] = []
    shared.start(lambda report, is_cancelled: 42, on_done=answers.append, on_error=pytest.fail, modal=False)
    try:
        qtbot.waitUntil(lambda: answers == [42], timeout=3000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not any(r.busy for r in window.findChildren(TaskRunner)), timeout=5000)


def test_an_admin_chooses_the_backup_folder(make_window, ui_settings, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _window, box = database_box(make_window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    box.folder_button.click()
    assert ui_settings.backup_folder == str(tmp_path) and box.folder.text() == str(tmp_path)
    box.folder_reset.click()
    assert ui_settings.backup_folder == "" and box.folder.text().endswith("Sicherungen")


def test_back_up_saves_a_copy_where_the_user_chose(make_window, ui_services, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sample(ui_services)
    _window, box = database_box(make_window, "clerk")
    assert box.save_button.isEnabled()
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    box.save_button.click()
    assert backups.check_file(tmp_path / "mine.db").applications == 5
    assert told == [f"The database was saved to {tmp_path / 'mine.db'}."]


def test_only_admins_restore_or_choose_the_folder(make_window) -> None:  # type: ignore[no-untyped-def]
    _window, box = database_box(make_window, "clerk")
    assert not box.restore_button.isEnabled() and box.restore_button.toolTip() == "Only admins restore the database."
    assert not box.folder_button.isEnabled()


def test_restore_refuses_a_file_that_is_not_ours_and_changes_nothing(make_window, ui_services, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sample(ui_services)
    foreign = tmp_path / "kunden.db"
    with closing(sqlite3.connect(str(foreign))) as raw:
        raw.execute("CREATE TABLE kunden (name TEXT)")
        raw.commit()
    _window, box = database_box(make_window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(foreign), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("no question for a foreign file"))
    box.restore_button.click()
    assert warned == [f"{foreign} ist keine Datenbank von bwi-vouchers (es fehlen deren Tabellen); es wurde nichts "
                      "geändert."]
    assert ui_services.listing.count() == 5
    assert not list(db_file(ui_services).parent.glob("*before-restore*"))


def restore(box, backup: Path, monkeypatch: pytest.MonkeyPatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(backup), ""))
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: asked.append(text) or answer)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    box.restore_button.click()
    return asked + told


def test_restore_asks_keeps_the_current_database_and_shows_the_restored_data(
        make_window, ui_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    backup = backups.save_copy(ui_services.database, tmp_path / "empty.db")
    sample(ui_services)
    window, box = database_box(make_window)
    window.show_page("applications")
    assert window.pages["applications"].model.rowCount() == 5
    said = restore(box, backup, monkeypatch, QMessageBox.StandardButton.Cancel)
    assert len(said) == 1 and "The backup holds 0 applications" in said[0]
    assert ui_services.listing.count() == 5  # cancelled: nothing changed
    said = restore(box, backup, monkeypatch)
    kept = list(db_file(ui_services).parent.glob("ui.before-restore-*.db"))
    assert len(kept) == 1 and backups.check_file(kept[0]).applications == 5
    assert said[1] == f"The database was restored from {backup}. The previous database is kept as {kept[0]}."
    assert ui_services.listing.count() == 0
    assert window.isVisible()
    window.show_page("applications")
    assert window.pages["applications"].model.rowCount() == 0


def test_restore_asks_for_a_restart_when_the_user_has_other_rights_there(
        make_window, ui_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ui_services.users.add("admin", "second", roles=frozenset({Role.ADMIN}))
    ui_services.users.set_roles("second", "admin", frozenset({Role.ADMIN}))
    backup = backups.save_copy(ui_services.database, tmp_path / "fewer-rights.db")
    ui_services.users.set_roles("second", "admin", frozenset(Role))
    window, box = database_box(make_window)
    said = restore(box, backup, monkeypatch)
    assert "Please start the program again" in said[-1]
    assert not window.isVisible()


def test_a_server_database_has_no_backup_buttons(qtbot, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from bwi_vouchers.ui.main import build_window

    services = Services.build(Database.open("sqlite://"), FixedClock(date(2026, 3, 2)))  # no file: like PostgreSQL
    try:
        window = build_window(services, "admin", settings=ui_settings, runner=SynchronousTaskRunner())
        qtbot.addWidget(window)
        box = window.pages["settings"].database_box
        for button in (box.save_button, box.restore_button, box.folder_button):
            assert not button.isEnabled()
            assert button.toolTip() == ("Backups of a server database are made with pg_dump by the database "
                                        "administrator.")
        start_daily_backup(window, window.context)  # nothing to do, no error
        assert window.statusBar().currentMessage() == ""
    finally:
        services.database.dispose()


def test_restore_waits_until_open_applications_are_closed(make_window, ui_services, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sample(ui_services)
    backup = backups.save_copy(ui_services.database, tmp_path / "copy.db")
    window, box = database_box(make_window)
    editor = window.editors.open(ui_services.listing.rows()[0].reference)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: pytest.fail("no file dialog yet"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    box.restore_button.click()
    assert told == ["Please close the open applications first (1)."]
    editor.close()
    assert restore(box, backup, monkeypatch)[-1].startswith("The database was restored")
