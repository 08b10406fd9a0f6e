"""Migration 0005 on a filled database of revision 0002: attachments and comments arrive, and every
application's notes become the first comment of its thread (by whoever last wrote them) — nothing lost."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.engine import make_engine

pytestmark = pytest.mark.both_engines

TYPES = {"created_at": sa.DateTime(), "at": sa.DateTime(), "start_date": sa.Date(), "end_date": sa.Date(),
         "receipt_date": sa.Date(), "changes": sa.JSON(), "seat_or_branch_in_bw": sa.Boolean()}
T = {name: sa.table(name, *(sa.column(c, TYPES.get(c)) for c in columns)) for name, columns in {
    "company": ("id", "name", "seat_or_branch_in_bw", "match_key", "created_at", "version"),
    "measure": ("id", "code", "title", "type", "country", "start_date", "end_date", "version"),
    "application": ("id", "reference", "ref_year", "ref_number", "company_id", "measure_id", "receipt_date",
                    "eligible_costs", "status", "voucher_amount", "created_by", "created_at", "version", "notes"),
    "cost_item": ("id", "application_id", "position", "category", "amount"),
    "audit_event": ("at", "user_login", "entity", "entity_id", "action", "changes"),
    "application_comment": ("application_id", "author", "at", "text"),
}.items()}
CREATED = datetime(2026, 1, 5, 9, 0)
CHANGED = datetime(2026, 1, 20, 14, 30)


def application(number: int, notes: str | None) -> dict[str, object]:
    return {"id": number, "reference": f"IG-2026-{number:04d}", "ref_year": 2026, "ref_number": number,
            "company_id": 1, "measure_id": 1, "receipt_date": date(2026, 1, 5), "eligible_costs": 400000,
            "status": "received", "voucher_amount": 200000, "created_by": "mueller", "created_at": CREATED,
            "version": 1, "notes": notes}


@pytest.fixture
def old_database(db_engine: str, empty_url: str, tmp_path: Path) -> str:
    """A database of revision 0002 with applications whose notes came about in different ways."""
    url = empty_url if db_engine == "postgres" else "sqlite:///" + str(tmp_path / "alt.db")
    engine = make_engine(url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
        with engine.begin() as connection:
            connection.execute(T["company"].insert().values(id=1, name="Müller & Söhne", seat_or_branch_in_bw=True,
                                                             match_key="müller", created_at=CREATED, version=1))
            connection.execute(T["measure"].insert().values(
                id=1, code="M-2026-001", title="Reise", type="market_research_trip", country="US",
                start_date=date(2026, 5, 4), end_date=date(2026, 5, 8), version=1))
            connection.execute(T["application"].insert(), [
                application(1, "Rückruf am Montag\nzweite Zeile"),  # written by mueller, changed by weber
                application(2, "Antrag über das Online-Formular eingegangen."),  # the trail names nobody
                application(3, None),
                application(4, "   "),
            ])
            connection.execute(T["cost_item"].insert().values(id=1, application_id=1, position=1,
                                                               category="Teilnahmegebühr", amount=400000))
            connection.execute(T["audit_event"].insert(), [
                {"at": CREATED, "user_login": "mueller", "entity": "application", "entity_id": "IG-2026-0001",
                 "action": "created", "changes": {"status": [None, "received"], "notes": [None, "Rückruf"]}},
                {"at": CHANGED, "user_login": "weber", "entity": "application", "entity_id": "IG-2026-0001",
                 "action": "changed", "changes": {"notes": ["Rückruf", "Rückruf am Montag\nzweite Zeile"]}},
                {"at": datetime(2026, 2, 1, 8, 0), "user_login": "fischer", "entity": "application",
                 "entity_id": "IG-2026-0001", "action": "status:in_review", "changes": {"status": ["received",
                                                                                                 "in_review"]}},
            ])
    finally:
        engine.dispose()
    return url


def test_notes_become_the_first_comment_and_the_column_goes(old_database: str) -> None:
    database = Database.open(old_database, seed=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.HEAD_REVISION
        columns = {c["name"] for c in sa.inspect(database.engine).get_columns("application")}
        assert "notes" not in columns
        with database.engine.connect() as connection:
            comment = T["application_comment"]
            comments = connection.execute(sa.select(comment).order_by(comment.c.application_id)).all()
            moved = connection.execute(sa.text(
                "SELECT entity_id, user_login, action FROM audit_event WHERE action = 'notes_to_comment' "
                "ORDER BY entity_id")).all()
            items = connection.execute(sa.text("SELECT application_id, category FROM cost_item")).all()
            count = connection.execute(sa.text("SELECT COUNT(*) FROM application")).scalar()
        assert [tuple(row) for row in comments] == [
            (1, "weber", CHANGED, "Rückruf am Montag\nzweite Zeile"),
            (2, "mueller", CREATED, "Antrag über das Online-Formular eingegangen."),
        ]
        assert [tuple(row) for row in moved] == [("IG-2026-0001", "migration", "notes_to_comment"),
                                                 ("IG-2026-0002", "migration", "notes_to_comment")]
        assert [tuple(row) for row in items] == [(1, "Teilnahmegebühr")] and count == 4
        with database.engine.connect() as connection, pytest.raises(sa.exc.DBAPIError, match="append-only"):
            connection.execute(sa.text("DELETE FROM application_comment"))
    finally:
        database.dispose()
