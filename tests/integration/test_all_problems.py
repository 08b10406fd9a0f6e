"""A company's wrong fields are named all at once; the save of an application refuses by the editor's own rule."""

from __future__ import annotations

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import InvalidFields, PermissionDenied, TransitionRefused
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def test_every_wrong_company_field_at_once(world: World) -> None:
    details = CompanyDetails(company=CompanyInput(name=" ", postcode="7017", vat_id="DE123"),
                             figures=(FiguresInput(2025, "zwölf", "1000", "x"),))
    problems = world.services.companies.problems(details)
    assert sorted(p.field for p in problems) == ["annual_work_units", "balance_sheet_total", "name", "postcode",
                                                 "vat_id"]
    with pytest.raises(InvalidFields) as refused:
        world.services.companies.create("clerk", details)
    assert len(refused.value.problems) == 5 and refused.value.field == "postcode"  # the first, as before
    assert world.services.companies.rows() == []
    assert world.services.companies.problems(CompanyDetails(company=CompanyInput(name="Gut GmbH"))) == []


def test_the_save_refuses_by_the_same_rule_as_the_editor(world: World) -> None:
    world.budget()
    info = world.application(world.company(), world.measure())
    data = ApplicationInput(company_id=info.company_id, measure_code=info.measure_code, theme_code=6,
                            receipt_date=info.receipt_date, cost_items=info.cost_items)
    with pytest.raises(PermissionDenied) as denied:
        world.services.applications.update("approver", info.reference, info.version, data)
    assert denied.value.code == "role_missing_action"
    with pytest.raises(PermissionDenied):
        world.services.applications.create("approver", data)
    world.services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", info.reference, Status.APPROVED)
    current = world.services.applications.get(info.reference)
    with pytest.raises(TransitionRefused) as refused:
        world.services.applications.update("clerk", info.reference, current.version, data)
    assert refused.value.code == "not_editable"
