"""Where things are: the shipped data, templates and resources, and the user's data folder.

The one place that knows the layouts. Shipped folders (``data/``, ``templates/``, ``resources/``,
``docs/handbuch/``) are looked up, in this order, in a PyInstaller bundle (``sys._MEIPASS``), as package
data of an installed wheel (``bwi_vouchers/_shipped/``, copied there by ``setup.py`` at build time and
found through ``importlib.resources``) and beside ``src/`` in a source checkout or editable install.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "bwi-vouchers"
APP_AUTHOR = "bw-i"
DB_ENV = "BWI_VOUCHERS_DB"
BACKUP_DIR_ENV = "BWI_VOUCHERS_BACKUP_DIR"
#: The folders that ship with the program, as named in the repository (relative, '/'-separated).
SHIPPED_FOLDERS = ("data", "templates", "resources", "docs/handbuch")
_SOURCE_ROOT = Path(__file__).resolve().parent.parent.parent  # src/bwi_vouchers/paths.py -> the checkout


def _package_data(folder: str) -> Path | None:
    """The folder as package data (``bwi_vouchers/_shipped/...``) when it is a real folder on disk."""
    found = resources.files(__package__ or "bwi_vouchers").joinpath("_shipped", *folder.split("/"))
    return found if isinstance(found, Path) and found.is_dir() else None


def _shipped(folder: str) -> Path:
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle, *folder.split("/")))
    installed = _package_data(folder)
    if installed is not None:
        candidates.append(installed)
    candidates.append(_SOURCE_ROOT.joinpath(*folder.split("/")))
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"the shipped folder {folder!r} is missing (looked in {[str(c) for c in candidates]})")


def data_dir() -> Path:
    return _shipped("data")


def templates_dir() -> Path:
    return _shipped("templates")


def resources_dir() -> Path:
    return _shipped("resources")


def manual_dir() -> Path:
    """The German user manual (Markdown/HTML pages and their pictures)."""
    return _shipped("docs/handbuch")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_file(suffix: str = "png") -> Path:
    """The program's icon: ``svg``, ``png`` (256 px) or ``ico`` (16-256 px)."""
    return resources_dir() / "icons" / f"{APP_NAME}.{suffix}"


def migrations_dir() -> Path:
    """Alembic's script folder, part of the package (a data folder of its own in a bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle, "bwi_vouchers", "storage", "migrations")
    return Path(str(resources.files("bwi_vouchers.storage.migrations")))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def migration_backup_dir() -> Path:
    """Where the dump of a PostgreSQL database taken before a migration goes (``BWI_VOUCHERS_BACKUP_DIR``, else
    ``Sicherungen`` in the user's data folder); an SQLite file's copy lies beside the file."""
    chosen = os.environ.get(BACKUP_DIR_ENV)
    return Path(chosen) if chosen else user_data_dir() / "Sicherungen"


def default_database_url() -> str:
    """``--db`` wins, then ``BWI_VOUCHERS_DB``, then a file in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return database_url(env)
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return database_url(str(folder / "bwi-vouchers.db"))


def database_url(path_or_url: str) -> str:
    """An SQLAlchemy URL as it is; a file path becomes an SQLite URL."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())
