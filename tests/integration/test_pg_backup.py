"""A backup of a PostgreSQL database is a ``pg_dump`` (custom format) that ``pg_restore`` puts back whole; without
``pg_dump`` the user gets one clear German message and no file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import make_url

from bwi_vouchers.errors import BwiError
from bwi_vouchers.storage import pg_dump
from tests.conftest import World

pytestmark = pytest.mark.parametrize("db_engine", ["postgres"], indirect=True)


@pytest.fixture
def office(world: World) -> tuple[World, str]:
    world.budget("250000.00")
    company = world.company("Sicherungs & Söhne GmbH")
    return world, world.application(company, world.measure("M-2026-001")).reference


def restored_references(dump: Path, make_database: Callable[[bool], str]) -> list[str]:
    """Restore ``dump`` into a new, empty database and read its application references back."""
    url = make_url(make_database(False))
    address, environment = pg_dump.connection_settings(url)
    program = pg_dump.find_pg_dump()
    assert program is not None
    done = subprocess.run([str(program.with_name("pg_restore")), "--no-owner", f"--dbname={address}", str(dump)],
                          capture_output=True, text=True, env=environment)
    assert done.returncode == 0, done.stderr
    import psycopg

    with psycopg.connect(address) as connection:
        return [r for (r,) in connection.execute("SELECT reference FROM application ORDER BY reference")]


def test_a_backup_is_a_dump_that_restores_whole(office: tuple[World, str], tmp_path: Path,
                                                postgres_databases: Callable[[bool], str]) -> None:
    world, reference = office
    target = tmp_path / "sicherung.dump"
    world.database.backup_to(target)
    assert target.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert [p.name for p in tmp_path.iterdir()] == ["sicherung.dump"]  # no partial file left beside it
    assert restored_references(target, postgres_databases) == [reference]


def test_without_pg_dump_the_message_says_what_to_install(office: tuple[World, str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    world, _ = office
    monkeypatch.setenv("BWI_PG_DUMP", str(tmp_path / "gibt-es-nicht" / "pg_dump"))
    with pytest.raises(BwiError) as info:
        world.database.backup_to(tmp_path / "sicherung.dump")
    assert info.value.code == "pg_dump_missing"
    assert "pg_dump" in info.value.message() and "postgresql-client" in info.value.message()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_dump_says_why_and_leaves_no_file(office: tuple[World, str], tmp_path: Path) -> None:
    world, _ = office
    missing = world.database.engine.url.set(database="gibt_es_nicht", password="geheim")
    with pytest.raises(BwiError) as info:
        pg_dump.dump(missing, tmp_path / "sicherung.dump")
    assert info.value.code == "backup_failed" and "gibt_es_nicht" in str(info.value.params["detail"])
    assert "geheim" not in str(info.value.params["detail"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_the_backup_command_on_postgresql(office: tuple[World, str], tmp_path: Path) -> None:
    world, _ = office
    url = world.database.engine.url.render_as_string(hide_password=False)
    target = tmp_path / "sicherung.dump"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    done = subprocess.run([sys.executable, "-m", "bwi_vouchers", "--db", url, "backup", str(target)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Sicherung geschrieben" in done.stdout and target.read_bytes().startswith(b"PGDMP")
