"""The rules behind the corpus, one by one: plausible dates, clean text, ISO countries, logins, roles, files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, time
from pathlib import Path

import pytest

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import BwiError, ConflictError, PermissionDenied, ValidationError
from bwi_vouchers.exchange.columns import Column, Kind
from bwi_vouchers.exchange.values import CellError, read_cell
from bwi_vouchers.services.measures import MeasureInput
from bwi_vouchers.services.plausible import check_country, clean_text
from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.database import Database
from tests.conftest import World
from tests.hardening.corpus import damaged_db

DATE = Column("Datum", Kind.DATE)


@pytest.mark.parametrize(("text", "expected"), [("01.03.26", date(2026, 3, 1)), ("1.3.2026", date(2026, 3, 1)),
                                                ("2026-03-01", date(2026, 3, 1)), ("31.12.2100", date(2100, 12, 31))])
def test_plausible_dates_are_read(text: str, expected: date) -> None:
    assert read_cell(text, DATE) == expected


@pytest.mark.parametrize(("value", "code"), [("01.01.0001", "cell_date_out_of_range"),
                                             ("01.01.0026", "cell_date_out_of_range"),
                                             ("31.12.1999", "cell_date_out_of_range"),
                                             ("01.01.2101", "cell_date_out_of_range"),
                                             (time(0, 0), "cell_time_not_date"), ("29.02.2026", "cell_not_date")])
def test_implausible_dates_are_refused(value: object, code: str) -> None:
    with pytest.raises(CellError) as refused:
        read_cell(value, DATE)
    assert refused.value.code == code


def test_zero_width_characters_are_removed_and_line_breaks_kept_only_in_free_text() -> None:
    assert clean_text("name", "Mül\u200bler\ufeff GmbH") == "Müller GmbH"
    assert clean_text("notes", "erste Zeile\r\nzweite\tZeile", multiline=True) == "erste Zeile\nzweite\tZeile"
    for bad, code in (("a\nb", "text_newline"), ("a\u2028b", "text_newline"), ("a\tb", "text_control"),
                      ("\x1b[31m", "text_control"), ("a\u202eb", "text_bidi"), ("a\u2069b", "text_bidi")):
        with pytest.raises(ValidationError) as refused:
            clean_text("name", bad)
        assert (refused.value.field, refused.value.code) == ("name", code)
    with pytest.raises(ValidationError):
        clean_text("notes", "a\u202eb", multiline=True)


def test_country_codes_come_from_the_iso_list() -> None:
    assert check_country("country", " jp ") == "JP"
    assert check_country("country", "XK") == "XK"  # Kosovo, as the EU writes it
    for bad in ("XX", "EU", "ZZ", "001", "", None, "JPN"):
        with pytest.raises(ValidationError):
            check_country("country", bad)


def test_logins_are_case_insensitive(world: World) -> None:
    info = world.services.users.add("admin", "Weber", roles=frozenset({Role.CLERK}), display_name="Anna Weber")
    assert info.login == "weber"
    assert world.services.users.acting("WEBER").login == "weber"
    with pytest.raises(ConflictError):
        world.services.users.add("admin", "WEBER", roles=frozenset({Role.CLERK}))


def test_measures_are_created_by_admins_and_checked(world: World) -> None:
    data = MeasureInput(code="M-2026-500", title="Reise", type="market_research_trip", country="JP",
                        start_date=date(2026, 5, 4), end_date=date(2026, 5, 8))
    with pytest.raises(PermissionDenied):
        world.services.measures.create("clerk", data)
    for field, changed in (("country", {"country": "XX"}), ("end_date", {"end_date": date(9999, 1, 1)}),
                           ("start_date", {"start_date": date(1899, 12, 31)}), ("title", {"title": "A\u202eB"})):
        with pytest.raises(ValidationError) as refused:
            world.services.measures.create("admin", MeasureInput(**{**data.__dict__, **changed}))
        assert refused.value.field == field
    assert world.services.measures.create("admin", data).country == "JP"


def test_a_damaged_source_never_replaces_a_good_backup(world: World, tmp_path: Path) -> None:
    own = world.database.sqlite_path()
    assert own is not None
    good = tmp_path / "gut.db"
    migrate.backup_sqlite(own, good)
    kept = good.read_bytes()
    with pytest.raises(BwiError) as refused:
        migrate.backup_sqlite(damaged_db(world, tmp_path), good)
    assert refused.value.code == "backup_source_damaged"
    assert good.read_bytes() == kept and not list(tmp_path.glob(".~*"))


def test_a_check_that_fails_refuses_every_write_after_it(world: World, tmp_path: Path) -> None:
    database = Database("sqlite:///" + str(damaged_db(world, tmp_path)))
    try:
        assert database.verify() is not None
        with pytest.raises(BwiError) as refused:
            with database.unit_of_work(write=True):
                pass
        assert refused.value.code == "database_damaged"
    finally:
        database.dispose()


def test_a_file_too_large_to_check_at_open_is_checked_later_and_then_refuses_writes(
        world: World, tmp_path: Path) -> None:
    database = Database("sqlite:///" + str(damaged_db(world, tmp_path)))
    try:
        assert not database.checked  # as for a file above the size checked when opened
        with pytest.raises(BwiError) as refused:
            database.verify_unless_checked()
        assert refused.value.code == "database_damaged" and database.checked
        assert "Sicherung" in str(refused.value) or "Sicherungen" in str(refused.value)
        with pytest.raises(BwiError):
            with database.unit_of_work(write=True):
                pass
    finally:
        database.dispose()


def test_a_small_file_checked_at_open_is_not_checked_again(world: World) -> None:
    assert world.database.checked
    world.database.verify_unless_checked()  # no second quick check, nothing raised
    assert world.database.damaged is None


def test_a_database_of_another_program_is_not_switched_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    with closing(sqlite3.connect(str(path))) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(BwiError) as refused:
        Database.open("sqlite:///" + str(path))
    assert refused.value.code == "foreign_database"
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["fremd.db"]


def test_a_report_written_again_removes_what_a_killed_write_left(world: World, tmp_path: Path) -> None:
    left = tmp_path / ".~bericht.0badf00d.xlsx.part"
    left.write_bytes(b"half a workbook")
    other = tmp_path / ".~anderes.0badf00d.xlsx.part"
    other.write_bytes(b"another file's")
    world.services.reports.budget_report(tmp_path / "bericht.xlsx")
    assert (tmp_path / "bericht.xlsx").exists() and not left.exists() and other.exists()


@pytest.mark.parametrize("recorded", [True, False])
def test_a_recorded_letter_is_never_deleted_when_its_rename_fails(tmp_path: Path, recorded: bool) -> None:
    from bwi_vouchers.atomic import finish

    temp = tmp_path / ".~brief.0badf00d.docx.part"
    temp.write_bytes(b"the only copy of a recorded letter")
    target = tmp_path / "brief.docx"
    target.mkdir()  # the rename cannot replace a folder
    (target / "x").write_text("x")
    with pytest.raises(BwiError):
        finish(temp, target, recorded=recorded)
    assert temp.exists() is recorded  # a recorded one stays for the next run to name; any other is removed
