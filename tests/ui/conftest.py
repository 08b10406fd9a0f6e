"""Fixtures for driving the real desktop offscreen: a real database, a fixed clock, a synchronous task runner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage.database import Database
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import SynchronousTaskRunner

TODAY = date(2026, 3, 2)


@pytest.fixture
def ui_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a fresh database file; users admin (every role), clerk, approver."""
    services = Services.build(Database.open("sqlite:///" + str(tmp_path / "ui.db")), FixedClock(TODAY))
    services.users.acting("admin")
    services.users.add("admin", "clerk", roles=frozenset({Role.CLERK}), display_name="Anna Müller")
    services.users.add("admin", "approver", roles=frozenset({Role.APPROVER}), display_name="Eva Fischer")
    yield services
    services.database.dispose()


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, ui_services: Services, ui_settings: Settings):  # type: ignore[no-untyped-def]
    """Build the real main window for a login, with work running synchronously."""
    from bwi_vouchers.ui.main import build_window

    def make(login: str = "admin"):  # type: ignore[no-untyped-def]
        window = build_window(ui_services, login, settings=ui_settings, runner=SynchronousTaskRunner())
        qtbot.addWidget(window)
        window.show()
        return window

    return make
