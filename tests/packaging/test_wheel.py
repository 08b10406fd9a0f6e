"""A real wheel and sdist: built, installed into a clean venv (not editable) and used from outside the checkout.

Slow (a few minutes: two isolated builds and a venv with PySide6); leave it out with ``-m 'not slow'``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
SHIPPED = ("data/themes.csv", "data/programme.toml", "templates/approval.docx", "templates/rejection.docx",
           "templates/payout.docx", "resources/translations/bwi_vouchers_de.qm",
           "resources/translations/bwi_vouchers_en.qm", "resources/icons/bwi-vouchers.ico",
           "resources/icons/bwi-vouchers.png", "resources/bwi-vouchers.desktop")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None,
        timeout: int = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@dataclass
class Installed:
    """A clean venv with the wheel installed, and a working folder outside the checkout."""

    wheel: Path
    sdist: Path
    venv: Path
    work: Path
    env: dict[str, str]

    def program(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return run(self.venv / "bin" / "bwi-vouchers", "--db", self.work / "demo.db", *args, cwd=self.work,
                   env=self.env)

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return run(self.venv / "bin" / "python", "-c", code, cwd=self.work, env=self.env)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    if sys.platform == "win32":
        pytest.skip("the venv layout below is the POSIX one")
    root = tmp_path_factory.mktemp("wheel")
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PIP_REQUIRE_VIRTUALENV"}}
    env.update(HOME=str(root / "home"), XDG_DATA_HOME=str(root / "home" / "data"),
               XDG_CONFIG_HOME=str(root / "home" / "config"), QT_QPA_PLATFORM="offscreen")
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
    dist = root / "dist"
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, REPO, cwd=root, env=env)
    run(sys.executable, "-m", "build", "--sdist", "--outdir", dist, REPO, cwd=root, env=env)
    (wheel,) = dist.glob("bwi_vouchers-*.whl")
    (sdist,) = dist.glob("bwi_vouchers-*.tar.gz")
    venv = root / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=root, env=env)
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=root, env=env)
    work = root / "work"
    work.mkdir()
    yield Installed(wheel=wheel, sdist=sdist, venv=venv, work=work, env=env)


def test_wheel_carries_the_shipped_folders(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for name in SHIPPED:
        assert f"bwi_vouchers/_shipped/{name}" in names
    assert "bwi_vouchers/storage/migrations/env.py" in names
    assert not any(name.endswith((".ts", ".tsv")) or "/_shipped/" in name and name.endswith(".py") for name in names)


def test_sdist_carries_the_shipped_folders_and_the_build_hook(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert set(SHIPPED) <= names
    assert {"setup.py", "MANIFEST.in", "pyproject.toml", "src/bwi_vouchers/paths.py",
            "resources/translations/bwi_vouchers_de.ts", "resources/translations/update_de.py"} <= names


def test_installed_program_finds_its_files_in_the_installed_package(installed: Installed) -> None:
    probe = installed.python(
        "import json, bwi_vouchers; from bwi_vouchers import paths; print(json.dumps({"
        "'package': bwi_vouchers.__file__, 'data': str(paths.data_dir()), 'templates': str(paths.templates_dir()),"
        "'resources': str(paths.resources_dir()), 'manual': str(paths.manual_dir()),"
        "'migrations': str(paths.migrations_dir())}))")
    found = json.loads(probe.stdout)
    package = Path(found.pop("package")).parent
    assert package.is_relative_to(installed.venv), "the test must use the wheel, not the checkout"
    for key in ("data", "templates", "resources", "manual"):
        assert Path(found[key]).is_relative_to(package / "_shipped"), found
    assert Path(found["migrations"]) == package / "storage" / "migrations"


def test_installed_program_speaks_german(installed: Installed) -> None:
    probe = installed.python(
        "import sys; from PySide6.QtWidgets import QApplication; from bwi_vouchers.ui import i18n\n"
        "app = QApplication(sys.argv[:1]); assert i18n.install(app, 'de')\n"
        "print(QApplication.translate('ApplicationsPage', 'Applications'))")
    assert probe.stdout.strip() == "Anträge"


def test_installed_command_line_demo_check_letters_report(installed: Installed) -> None:
    demo = installed.program("demo", "--applications", "50")
    assert "50 Anträge" in demo.stdout
    with closing(sqlite3.connect(installed.work / "demo.db")) as database:
        (reference,) = database.execute(
            "SELECT reference FROM application WHERE status = 'approved' ORDER BY reference LIMIT 1").fetchone()
    check = installed.program("check", reference)
    assert reference in check.stdout and "R01" in check.stdout

    letters = installed.work / "briefe"
    letters.mkdir()
    installed.program("letters", letters)
    written = list(letters.glob("*.docx"))
    assert written and all(path.stat().st_size > 1000 for path in written)

    report = installed.work / "bericht.xlsx"
    installed.program("report", report)
    workbook = load_workbook(report, read_only=True)
    try:
        assert workbook.sheetnames
    finally:
        workbook.close()
