"""Lazy start-up (issue 10): a reading command loads no migration tool, no document or spreadsheet library and
no Qt; Alembic is loaded when a migration is due. Each run is a fresh interpreter, so ``sys.modules`` shows
exactly what the command imported. Not timed: the benchmark measures the time (benchmarks/startup_cli.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import World

HEAVY = ("alembic", "docxtpl", "openpyxl", "docx", "PySide6", "jinja2", "multiprocessing",
         "sqlalchemy.dialects.postgresql", "tomllib")

SCRIPT = f"""
import json, sys
from bwi_vouchers.cli import main
status = main(sys.argv[1:])
print(json.dumps({{"status": status, "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def loaded_after(*args: str) -> tuple[int, list[str]]:
    """Run ``bwi_vouchers.cli.main(args)`` in a fresh interpreter: its exit status and the heavy modules loaded."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["status"], result["loaded"]


@pytest.fixture
def prepared(world: World) -> tuple[Path, str]:
    """A migrated database with one received application."""
    world.budget("100000.00")
    info = world.application(world.company(), world.measure(), costs="7000.00")
    path = world.database.sqlite_path()
    assert path is not None
    world.database.dispose()
    return path, info.reference


@pytest.mark.parametrize("command", [["check", "REF"], ["budget", "show"], ["user", "list"]])
def test_a_reading_command_loads_no_heavy_library(prepared: tuple[Path, str], command: list[str]) -> None:
    path, reference = prepared
    args = [reference if word == "REF" else word for word in command]
    status, loaded = loaded_after("--db", str(path), *args)
    assert status == 0
    assert loaded == []


def test_a_due_migration_loads_alembic(tmp_path: Path) -> None:
    """A new file needs the whole schema: the migration runs through Alembic (and the file is usable)."""
    status, loaded = loaded_after("--db", str(tmp_path / "new.db"), "user", "list")
    assert status == 0
    assert "tomllib" in loaded  # a new file gets the seed data (the programme file is TOML)
    assert [m for m in loaded if m in ("alembic", "docxtpl", "openpyxl", "docx", "PySide6")] == ["alembic"]


def test_a_spreadsheet_command_loads_openpyxl_only(prepared: tuple[Path, str], tmp_path: Path) -> None:
    """The other side of the laziness: the service that writes a spreadsheet gets its library, and only it."""
    path, _ = prepared
    status, loaded = loaded_after("--db", str(path), "template", str(tmp_path / "vorlage.xlsx"))
    assert status == 0
    assert "openpyxl" in loaded and "docxtpl" not in loaded


USAGE = """
import json, sys
from bwi_vouchers.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    status = exit.code
loaded = [m for m in ("sqlalchemy", "bwi_vouchers.services") if m in sys.modules]
print(json.dumps({"status": status, "loaded": loaded}))
"""


@pytest.mark.parametrize("args", [["--version"], ["check", "--help"], ["check"]])
def test_help_version_and_wrong_usage_import_no_database_layer(args: list[str]) -> None:
    """Answered from the argument parser alone: neither SQLAlchemy nor the services are imported."""
    done = subprocess.run([sys.executable, "-c", USAGE, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"status": 2 if args == ["check"] else 0, "loaded": []}
