"""Migration 0009: a filled 0007 database comes through unchanged; on PostgreSQL the application rule lets an
approver lower an approved amount without a status step, and the downgrade restores the strict rule."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, select, text

from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.engine import make_engine

pytestmark = pytest.mark.both_engines


def _rule(connection) -> str:  # type: ignore[no-untyped-def]
    return str(connection.execute(text("SELECT prosrc FROM pg_proc WHERE proname = 'bwi_check_application'"))
               .scalar_one())


def test_0009_keeps_a_filled_database_and_allows_amendments(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0007")
            company = Table("company", MetaData(), autoload_with=connection)
            connection.execute(company.insert(), [{"id": 1, "name": "Alt GmbH", "seat_or_branch_in_bw": True,
                                                   "match_key": "alt|70173", "created_at": datetime(2026, 1, 5),
                                                   "version": 1}])
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION == "0009"
        with engine.begin() as connection:
            company = Table("company", MetaData(), autoload_with=connection)
            assert connection.execute(select(company.c.name)).scalars().all() == ["Alt GmbH"]
            if engine.dialect.name == "postgresql":
                assert "Änderungsbescheid" in _rule(connection)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
            if engine.dialect.name == "postgresql":
                assert "Änderungsbescheid" not in _rule(connection)
                assert "NEW.approved_amount,\n" in _rule(connection)  # the strict rule of 0004 again
    finally:
        engine.dispose()
