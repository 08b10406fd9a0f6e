"""``move`` refuses a decision by someone who changed the facts in review: exit 1, one German line, no change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.services.applications import ApplicationInput
from tests.conftest import World

from .test_cli import run, snapshot

pytestmark = pytest.mark.slow


@pytest.fixture
def changed_in_review(world: World) -> tuple[Path, str]:
    """clerk put the application in review, then klein (clerk and approver) lowered its requested amount."""
    world.budget("100000.00")
    info = world.application(world.company(), world.measure(), costs="7000.00")
    services = world.services
    services.users.add("admin", "klein", roles=frozenset({Role.CLERK, Role.APPROVER}))
    services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    current = services.applications.get(info.reference)
    data = ApplicationInput(company_id=current.company_id, measure_code=current.measure_code,
                            theme_code=current.theme_code, receipt_date=current.receipt_date,
                            cost_items=current.cost_items, cluster_id=current.cluster_id)
    services.applications.update("klein", info.reference, current.version, replace(data, requested_amount="2500"))
    path = world.database.sqlite_path()
    assert path is not None
    world.database.dispose()
    return path, info.reference


@pytest.mark.parametrize("target", ["approved", "rejected"])
def test_who_changed_the_facts_in_review_cannot_decide_from_the_command_line(changed_in_review: tuple[Path, str],
                                                                            target: str) -> None:
    db, ref = changed_in_review
    before = snapshot(db)
    refused = run(db, "move", ref, "--to", target, "--reason", "unvollständig", user="klein")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert refused.stderr.startswith("Fehler: ") and refused.stderr.count("\n") == 1
    assert "Vier-Augen-Prinzip" in refused.stderr and "während der Prüfung geändert" in refused.stderr
    assert ref in refused.stderr
    assert snapshot(db) == before
    decided = run(db, "move", ref, "--to", target, "--reason", "unvollständig", user="approver")
    assert decided.returncode == 0, decided.stderr
