"""Typed settings over an injected QSettings, with every default in one place."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

DEFAULTS: dict[str, object] = {
    "language": "de",
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/page": "dashboard",
    "templates/folder": "",
    "backups/folder": "",  # empty: the Sicherungen folder beside the database
    "settings_version": 1,
}


class Settings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    def _get(self, key: str) -> object:
        return self._store.value(key, DEFAULTS[key])

    @property
    def language(self) -> str:
        value = str(self._get("language"))
        return value if value in ("de", "en") else "de"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    @property
    def geometry(self) -> QByteArray:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._get("window/state")
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def page(self) -> str:
        return str(self._get("window/page"))

    @page.setter
    def page(self, value: str) -> None:
        self._store.setValue("window/page", value)

    @property
    def templates_folder(self) -> str:
        return str(self._get("templates/folder") or "")

    @templates_folder.setter
    def templates_folder(self, value: str) -> None:
        self._store.setValue("templates/folder", value)

    @property
    def backup_folder(self) -> str:
        return str(self._get("backups/folder") or "")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._store.setValue("backups/folder", value)

    @staticmethod
    def _saved_filters_key(login: str) -> str:
        return "applications/saved_filters/" + "".join(c if c.isalnum() or c in "._-" else "_" for c in login)

    def saved_filters(self, login: str) -> dict[str, dict[str, Any]]:
        """The application list's saved filters of one user, by name (JSON in the store; unreadable: none)."""
        raw = self._store.value(self._saved_filters_key(login), "")
        try:
            found = json.loads(str(raw)) if raw else {}
        except ValueError:
            log.warning("Saved filters of %s unreadable; ignored", login)
            return {}
        return {str(k): v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}

    def set_saved_filters(self, login: str, filters: dict[str, dict[str, Any]]) -> None:
        self._store.setValue(self._saved_filters_key(login), json.dumps(filters, ensure_ascii=False, sort_keys=True))

    def value(self, key: str, default: object = None) -> object:
        """A page's own remembered value (column widths, splitter sizes …)."""
        return self._store.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()
