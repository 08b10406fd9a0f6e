"""Daily backups, a copy on demand and restore, through the real storage layer on real SQLite files (no Qt)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import backups
from bwi_vouchers.storage import migrate
from tests.conftest import World

NOW = datetime(2026, 3, 2, 9, 30, 15)


def count(path: Path, table: str = "application") -> int:
    with closing(sqlite3.connect(str(path))) as raw:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def db_path(world: World) -> Path:
    path = world.database.sqlite_path()
    assert path is not None
    return path


def one_application(world: World) -> str:
    world.budget()
    return world.application(world.company(), world.measure()).reference


def test_daily_backup_is_made_once_a_day_beside_the_database(world: World) -> None:
    reference = one_application(world)
    path = db_path(world)
    folder = backups.default_folder(path)
    assert folder == path.parent / "Sicherungen"
    made = backups.daily_backup(path, folder, date(2026, 3, 2))
    assert made == folder / f"{path.stem}-2026-03-02.db"
    assert count(made) == 1
    with closing(sqlite3.connect(str(made))) as raw:
        assert raw.execute("SELECT reference FROM application").fetchone()[0] == reference
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert backups.daily_backup(path, folder, date(2026, 3, 2)) is None  # the same day: nothing new
    assert [p.name for p in folder.iterdir()] == [made.name]  # no temporary file left behind
    assert backups.last_backup(path, folder) is not None


def test_only_the_last_14_daily_backups_are_kept_and_other_files_are_left_alone(world: World, tmp_path: Path) -> None:
    path = db_path(world)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "notes.db").write_text("mine")
    (folder / "other-2020-01-01.db").write_text("another database's backup")
    first = date(2026, 1, 1)
    for offset in range(20):
        backups.daily_backup(path, folder, first + timedelta(days=offset))
    kept = backups.daily_backups(path, folder)
    assert len(kept) == 14
    assert kept[0].name == f"{path.stem}-2026-01-20.db" and kept[-1].name == f"{path.stem}-2026-01-07.db"
    assert (folder / "notes.db").read_text() == "mine"
    assert (folder / "other-2020-01-01.db").exists()


def test_a_failed_daily_backup_raises_a_clear_error_and_leaves_no_file(world: World, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BwiError) as caught:
        backups.daily_backup(db_path(world), blocker / "Sicherungen", date(2026, 3, 2))
    assert caught.value.code == "cannot_write"


def test_no_half_written_backup_ever_has_the_final_name(world: World, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_copy(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "copy_sqlite", broken_copy)
    folder = tmp_path / "Sicherungen"
    with pytest.raises(BwiError):
        backups.daily_backup(db_path(world), folder, date(2026, 3, 2))
    assert list(folder.iterdir()) == []


def test_save_copy_writes_a_consistent_copy(world: World, tmp_path: Path) -> None:
    one_application(world)
    target = backups.save_copy(world.database, tmp_path / "copy.db")
    assert count(target) == 1
    assert backups.check_file(target).applications == 1


def test_restore_puts_the_backup_in_place_and_keeps_the_current_one_aside(world: World, tmp_path: Path) -> None:
    first = one_application(world)
    saved = backups.save_copy(world.database, tmp_path / "saved.db")
    second = world.application(world.company(), world.measure()).reference
    assert world.services.listing.count() == 2
    restored = backups.restore(world.database, saved, NOW)
    # the open services see the restored content at once
    assert world.services.listing.count() == 1
    assert world.services.applications.get(first).reference == first
    with pytest.raises(BwiError):
        world.services.applications.get(second)
    assert restored.kept.name == f"{db_path(world).stem}.before-restore-20260302-093015.db"
    assert count(restored.kept) == 2  # nothing is lost: the replaced database is kept aside
    assert restored.source.applications == 1
    # the program keeps working on the restored database
    third = world.application(world.company(), world.measure()).reference
    assert world.services.applications.get(third).reference == third


def test_restore_refuses_other_files_and_changes_nothing(world: World, tmp_path: Path) -> None:
    one_application(world)
    path = db_path(world)
    text = tmp_path / "letter.db"
    text.write_text("Sehr geehrte Frau Jäger")
    foreign = tmp_path / "foreign.db"
    with closing(sqlite3.connect(str(foreign))) as raw:
        raw.execute("CREATE TABLE kunden (name TEXT)")
        raw.commit()
    newer = backups.save_copy(world.database, tmp_path / "newer.db")
    with closing(sqlite3.connect(str(newer))) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
        raw.commit()
    cases = {text: ("restore_not_sqlite", "keine SQLite-Datenbank"),
             foreign: ("restore_not_ours", "keine Datenbank von bwi-vouchers"),
             newer: ("restore_newer", "neueren Programmversion"),
             path: ("restore_same_file", "die geöffnete Datenbank selbst"),
             tmp_path / "missing.db": ("file_missing", "existiert nicht")}
    for source, (code, german) in cases.items():
        with pytest.raises(BwiError) as caught:
            backups.restore(world.database, source, NOW)
        assert caught.value.code == code, source
        assert german in caught.value.message("de")
        if code.startswith("restore_") and code != "restore_same_file":
            assert "nothing was changed" in caught.value.message("en").lower()
    assert world.services.listing.count() == 1
    assert not list(path.parent.glob("*.before-restore-*"))
    assert count(path) == 1


def test_restore_is_refused_for_a_database_that_is_not_a_file() -> None:
    from bwi_vouchers.storage.database import Database

    database = Database("sqlite://")
    with pytest.raises(BwiError) as caught:
        backups.restore(database, Path(os.devnull), NOW)
    assert caught.value.code == "backup_sqlite_only"


def test_a_restore_that_cannot_write_leaves_the_database_unchanged(world: World, tmp_path: Path) -> None:
    one_application(world)
    saved = backups.save_copy(world.database, tmp_path / "saved.db")
    world.application(world.company(), world.measure())
    with closing(world.raw()) as blocker:
        blocker.execute("PRAGMA busy_timeout = 0")
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        original = migrate.BUSY_TIMEOUT_MS
        migrate.BUSY_TIMEOUT_MS = 100
        try:
            with pytest.raises(BwiError) as caught:
                backups.restore(world.database, saved, NOW)
        finally:
            migrate.BUSY_TIMEOUT_MS = original
        blocker.rollback()
    assert caught.value.code == "restore_failed"
    assert world.services.listing.count() == 2


def test_a_database_found_damaged_can_be_restored_and_written_again(world: World, tmp_path: Path) -> None:
    one_application(world)
    saved = backups.save_copy(world.database, tmp_path / "saved.db")
    world.database.damaged = "*** in database main *** Page 7: btreeInitPage() returns error code 11"  # as a check
    with pytest.raises(BwiError):
        world.application(world.company(), world.measure())  # writes are refused, as the message says
    restored = backups.restore(world.database, saved, NOW)
    assert restored.kept.exists() and restored.kept.read_bytes()[:16] == b"SQLite format 3\x00"  # kept as it was
    assert world.database.damaged is None
    new = world.application(world.company(), world.measure()).reference  # and the program writes again
    assert world.services.applications.get(new).reference == new
