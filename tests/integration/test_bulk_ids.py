"""After the bulk paths (demo, import) wrote rows with ids of their own, new records still get free ids — on
PostgreSQL too, where those ids come from sequences that the bulk writes must move along."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bwi_vouchers.services.companies import CompanyDetails, CompanyInput
from tests.conftest import World
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines


def new_records_work(world: World) -> None:
    """A company, a measure, a budget line and an application made the ordinary way, after bulk writes."""
    company = world.company("Nach dem Massenimport GmbH")
    measure = world.measure("M-2026-901", start=date(2026, 6, 1), end=date(2026, 6, 5))
    world.budget("90000.00", year=2031, source="EFRE")
    world.budget("250000.00", year=2026)
    app = world.application(company, measure)
    assert world.services.applications.get(app.reference).company_name == "Nach dem Massenimport GmbH"
    assert world.services.budget.line(2031, "EFRE").budget == 90000
    details = world.services.companies.get(company)
    assert (details.name, [f.reference_year for f in details.figures]) == ("Nach dem Massenimport GmbH",
                                                                                   [2025])


def test_new_records_after_demo_data(world: World) -> None:
    summary = world.services.demo.load("admin", applications=60, seed=3)
    assert summary is not None
    new_records_work(world)


def test_new_records_after_an_import(world: World, tmp_path: Path) -> None:
    rows = [GOOD, {**GOOD, "Unternehmen": "Zweite GmbH", "Registernummer": "Amtsgericht Stuttgart HRB 5002"}]
    report = world.services.importing.run("admin", workbook(tmp_path / "a.xlsx", measures=[MEASURE],
                                                             applications=rows))
    assert report.refused == 0
    new_records_work(world)
    another = world.services.companies.create("clerk", CompanyDetails(
        company=CompanyInput(name="Noch eine GmbH", postcode="70173", city="Stuttgart")))
    assert another.id not in {world.services.applications.get(r.key).company_id for r in report.rows if r.key
                              and r.key.startswith("IG-")}
