"""Small, readable test data for letters and spreadsheets, built through the real services."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from bwi_vouchers.services.dto import ContactInfo, CostItemInfo
from bwi_vouchers.services.measures import MeasureInput
from tests.conftest import World

ODD_NAME = "Müller & Söhne <GmbH>"
ODD_CONTACT = "Max \"Quote\" 'Apos'"
FORMULA_NAME = '=HYPERLINK("http://example.invalid","klick")'


def company(services: Services, name: str, *, register: str, awu: str = "12", contact: str | None = None,
            cluster: str = "Photonics BW", salutation: str | None = None) -> int:
    details = CompanyDetails(
        company=CompanyInput(name=name, register_number=register, street="Königstraße 1", postcode="70173",
                             city="Stuttgart"),
        figures=(FiguresInput(2025, awu, "1000000.00", "500000.00"),),
        memberships=((services.catalogue.cluster(cluster).id, date(2024, 1, 1), None),),
        contacts=(ContactInfo(contact, "kontakt@example.com", None, None, salutation),) if contact else (),
    )
    return services.companies.create("clerk", details).id


def measure(services: Services, code: str, *, start: date = date(2026, 5, 4), end: date = date(2026, 5, 8),
            country: str = "JP", city: str = "Tokio") -> str:
    services.measures.create("admin", MeasureInput(
        code=code, title=f"Markterkundungsreise {city}", type="market_research_trip", country=country,
        start_date=start, end_date=end, city=city, themes=(6,)))
    return code


def apply(services: Services, company_id: int, code: str, costs: str, *, source: str | None = None,
          requested: str | None = None) -> str:
    info = services.applications.create("clerk", ApplicationInput(
        company_id=company_id, measure_code=code, theme_code=6, receipt_date=services.clock.today(),
        cost_items=(CostItemInfo("Teilnahmegebühr", Decimal(costs)),),
        cluster_id=services.catalogue.cluster("Photonics BW").id, requested_amount=requested,
        funding_source=source))
    return info.reference


@dataclass(frozen=True)
class Cases:
    approved: str  # Müller & Söhne <GmbH>, 5.400 € costs → 2.700 € approved
    rejected: str  # 300 annual work units: R04 fails
    paid: str  # 4.000 € costs → 2.000 € approved; proof 4.100 € → ... capped at 2.000 €; paid
    efre: str  # approved from the EFRE budget line
    received: str  # still received: no letter fits
    formula: str  # a company whose name looks like a formula, approved


def decided(world: World) -> Cases:
    """A budget, and applications in the states the letters and the report need."""
    s = world.services
    s.budget.set_line("budget", 2026, "Landesmittel", "250000.00")
    s.budget.set_line("budget", 2026, "EFRE", "100000.00")
    code = measure(s, "M-2026-001")
    odd = company(s, ODD_NAME, register="Amtsgericht Stuttgart HRB 1001", contact=ODD_CONTACT)
    big = company(s, "Großkonzern AG", register="Amtsgericht Stuttgart HRB 1002", awu="300")
    plain = company(s, "Feinmechanik Weber GmbH", register="Amtsgericht Stuttgart HRB 1003",
                    contact="Dr. Anna Weber", salutation="frau ")
    efre = company(s, "Optik Schmid KG", register="Amtsgericht Stuttgart HRB 1004")
    formula = company(s, FORMULA_NAME, register="Amtsgericht Stuttgart HRB 1005")
    refs = [apply(s, odd, code, "5400.00", requested="3000.00"), apply(s, big, code, "4000.00"),
            apply(s, plain, code, "4000.00"), apply(s, efre, code, "3000.00", source="EFRE"),
            apply(s, plain, measure(s, "M-2026-002"), "2000.00"), apply(s, formula, code, "1000.00")]
    approved, rejected, paid, efre_ref, received, formula_ref = refs
    s.lifecycle.move_many("clerk", [approved, rejected, paid, efre_ref, formula_ref], "in_review")
    for ref in (approved, paid, efre_ref, formula_ref):
        s.lifecycle.move("approver", ref, "approved")
    s.lifecycle.move("approver", rejected, "rejected", reason="Unterlagen unvollständig & verspätet.")
    world.clock.advance(70)  # the proof of use comes in after the measure's end (8 May)
    s.lifecycle.move("clerk", paid, "proof_received", costs="4100.00")
    s.lifecycle.move("approver", paid, "paid")
    return Cases(approved, rejected, paid, efre_ref, received, formula_ref)


def count(world: World, table: str) -> int:
    with closing(world.raw()) as connection:
        return int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def counts(world: World) -> dict[str, int]:
    tables = ("company", "measure", "cluster", "application", "cost_item", "membership", "contact",
              "sme_figures", "deminimis_record", "audit_event", "generated_document", "ledger_entry")
    return {t: count(world, t) for t in tables}


def raw_ledger_totals(world: World) -> dict[tuple[int, str], dict[str, Decimal]]:
    """Committed (open) and paid per budget line, computed straight from ledger_entry with plain SQL."""
    with closing(world.raw()) as connection:
        connection.row_factory = sqlite3.Row
        lines = {(r["year"], r["source"]): {"budget": Decimal(r["amount"]) / 100, "commitment": Decimal(0),
                                           "release": Decimal(0), "payout": Decimal(0), "recovery": Decimal(0)}
                 for r in connection.execute("SELECT year, source, amount FROM budget_line")}
        for r in connection.execute(
                "SELECT b.year, b.source, e.kind, SUM(e.amount) AS cents FROM ledger_entry e "
                "JOIN budget_line b ON b.id = e.budget_line_id GROUP BY b.year, b.source, e.kind"):
            lines[(r["year"], r["source"])][r["kind"]] = Decimal(r["cents"]) / 100
    result = {}
    for key, s in lines.items():
        committed = s["commitment"] - s["release"] - s["payout"]
        paid = s["payout"] - s["recovery"]
        result[key] = {"budget": s["budget"], "committed": committed, "paid": paid,
                       "available": s["budget"] - committed - paid}
    return result
