"""Migration 0008 (the proof of use's actual cost items) on a filled database of revision 0007, on both engines:
every row is kept, the new table starts empty and append-only, and a proof with items can then be recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from alembic import command

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.attachments import NewFile
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.database import Database
from tests.cli.test_cli import address
from tests.conftest import World
from tests.raw import connect_to, table_names

pytestmark = pytest.mark.both_engines


def rows(db: object) -> dict[str, list[str]]:
    """Every row of every table but Alembic's version row (which says 0007, then 0008)."""
    with connect_to(db) as connection:  # type: ignore[arg-type]
        return {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"').fetchall()))
                for table in table_names(connection) if table != "alembic_version"}


def fill(world: World) -> tuple[str, str]:
    """Budget, companies, a proof recorded the old way (one total), attachments, comments: a working office."""
    s = world.services
    world.budget()
    measure = world.measure()
    proven = world.application(world.company("Alt & Neu GmbH"), measure).reference
    waiting = world.application(world.company(), measure, costs="5000.00").reference
    for reference in (proven, waiting):
        s.lifecycle.move("clerk", reference, Status.IN_REVIEW)
        s.lifecycle.move("approver", reference, Status.APPROVED)
    s.comments.add("clerk", proven, "Belege kommen per Post.")
    s.attachments.attach_files("clerk", proven, [NewFile("Antrag.pdf", b"%PDF signed")], AttachmentKind.APPLICATION)
    world.clock.advance(91)  # 1 June 2026, after the measure
    s.lifecycle.move("clerk", proven, Status.PROOF_RECEIVED, costs="3900.00")
    return proven, waiting


def test_a_filled_0007_database_migrates_without_loss(world: World) -> None:
    proven, waiting = fill(world)
    db = address(world)
    engine = world.database.engine
    url = engine.url.render_as_string(hide_password=False)
    world.database.dispose()
    config = migrate.alembic_config()
    with engine.begin() as connection:  # back to 0007: as an office's database was before this release
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()
    assert migrate.current_revision(engine) == "0007"
    assert "proof_cost_item" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    before = rows(db)

    database = Database.open(url, seed=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.HEAD_REVISION  # 0008 and what follows it
        assert rows(db) == {**before, "proof_cost_item": []}  # every row as it was; the new table is empty
        services = Services.build(database, FixedClock(date(2026, 6, 1)))
        old = services.applications.get(proven)
        assert (old.status, old.actual_costs, old.payout_amount) == (Status.PROOF_RECEIVED, Decimal("3900.00"),
                                                                     Decimal("1950.00"))
        assert services.proof.recorded(proven).items == ()  # nothing invented for an older proof
        assert [a.file_name for a in services.attachments.list(proven)] == ["Antrag.pdf"]
        assert [c.text for c in services.comments.thread(proven)] == ["Belege kommen per Post."]
        check = services.audit.verify()
        assert check.problem is None and check.count > 10
        items = (CostItemInfo("Reisekosten", Decimal("2500.00")), CostItemInfo("Standmiete", Decimal("900.00")))
        new = services.proof.record("clerk", waiting, received=date(2026, 5, 30), items=items)
        assert (new.actual_costs, new.payout_amount) == (Decimal("3400.00"), Decimal("1700.00"))
        assert services.proof.recorded(waiting).items == items
        with database.engine.connect() as connection, pytest.raises(sa.exc.DBAPIError, match="append-only"):
            connection.execute(sa.text("DELETE FROM proof_cost_item"))
    finally:
        database.dispose()
