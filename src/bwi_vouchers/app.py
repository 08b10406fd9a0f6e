"""Composition root: opens the database and builds the services that the CLI and the desktop use."""

from __future__ import annotations

from bwi_vouchers.paths import database_url, default_database_url
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.storage.database import Database


def open_services(db: str | None = None, *, clock: Clock | None = None) -> Services:
    """Open (create, migrate, seed) the database named by ``--db``, ``BWI_VOUCHERS_DB`` or the default."""
    url = database_url(db) if db else default_database_url()
    return Services.build(Database.open(url), clock)
