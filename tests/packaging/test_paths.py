"""paths.py finds the shipped folders in a checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bwi_vouchers import paths

REPO = Path(__file__).resolve().parents[2]


def test_checkout_reads_the_folders_beside_src() -> None:
    assert paths.data_dir() == REPO / "data"
    assert paths.templates_dir() == REPO / "templates"
    assert paths.resources_dir() == REPO / "resources"
    assert paths.manual_dir() == REPO / "docs" / "handbuch"
    assert paths.migrations_dir() == REPO / "src" / "bwi_vouchers" / "storage" / "migrations"
    assert (paths.migrations_dir() / "env.py").is_file()


def test_bundle_folder_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in paths.SHIPPED_FOLDERS:
        (tmp_path / folder).mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.data_dir() == tmp_path / "data"
    assert paths.templates_dir() == tmp_path / "templates"
    assert paths.manual_dir() == tmp_path / "docs" / "handbuch"
    assert paths.icon_file("ico") == tmp_path / "resources" / "icons" / "bwi-vouchers.ico"
    assert paths.migrations_dir() == tmp_path / "bwi_vouchers" / "storage" / "migrations"


def test_installed_package_data_comes_before_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "_shipped" / "data"
    shipped.mkdir(parents=True)
    monkeypatch.setattr(paths, "_package_data", lambda folder: shipped if folder == "data" else None)
    assert paths.data_dir() == shipped
    assert paths.templates_dir() == REPO / "templates"


def test_a_missing_folder_says_where_it_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "_SOURCE_ROOT", tmp_path)
    with pytest.raises(FileNotFoundError, match="templates"):
        paths.templates_dir()
