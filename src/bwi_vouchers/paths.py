"""Where things are: the shipped data, templates and resources, and the user's data folder.

The one place that knows the layouts: a source checkout or editable install (the folders beside
``src/``), an installed wheel (copied into the package) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "bwi-vouchers"
APP_AUTHOR = "bw-i"
DB_ENV = "BWI_VOUCHERS_DB"
_PACKAGE = Path(__file__).resolve().parent


def _shipped(folder: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / folder)
    candidates.append(_PACKAGE / "_shipped" / folder)  # inside an installed wheel
    candidates.append(_PACKAGE.parent.parent / folder)  # source checkout: src/bwi_vouchers -> repo root
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"the shipped folder {folder!r} is missing (looked in {candidates})")


def data_dir() -> Path:
    return _shipped("data")


def templates_dir() -> Path:
    return _shipped("templates")


def resources_dir() -> Path:
    return _shipped("resources")


def manual_dir() -> Path:
    """The German user manual (``docs/handbuch``: handbuch.md and its pictures in bilder/)."""
    return _shipped("docs/handbuch")


def migrations_dir() -> Path:
    return _PACKAGE / "storage" / "migrations"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


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
