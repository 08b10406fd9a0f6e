"""Records for the application list and editor tests, made through the real services (acting as admin)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
from bwi_vouchers.services.measures import MeasureInput


def budget(services: Services, amount: str = "250000.00", year: int = 2026) -> None:
    services.budget.set_line("admin", year, "Landesmittel", amount)


def company(services: Services, name: str, *, city: str = "Stuttgart", cluster: str = "Photonics BW") -> int:
    cluster_id = services.catalogue.cluster(cluster).id
    details = CompanyDetails(
        company=CompanyInput(name=name, postcode="70173", city=city),
        figures=(FiguresInput(2025, "12", "1000000.00", "500000.00"),),
        memberships=((cluster_id, date(2024, 1, 1), None),))
    return services.companies.create("admin", details).id


def measure(services: Services, code: str, *, start: date = date(2026, 5, 4), country: str = "US",
            title: str | None = None) -> str:
    services.measures.create("admin", MeasureInput(
        code=code, title=title or f"Markterkundung {code}", type="market_research_trip", country=country,
        start_date=start, end_date=date(start.year, start.month, start.day + 4), city="Boston", themes=(6,)))
    return code


def application(services: Services, company_id: int, measure_code: str, costs: str = "4000.00", *,
                receipt: date = date(2026, 3, 2), actor: str = "admin") -> ApplicationInfo:
    return services.applications.create(actor, ApplicationInput(
        company_id=company_id, measure_code=measure_code, theme_code=6, receipt_date=receipt,
        cost_items=(CostItemInfo("Teilnahmegebühr", Decimal(costs)),)))


def sample(services: Services) -> dict[str, ApplicationInfo]:
    """Five applications of four companies for two measures, with different costs (one below the minimum)."""
    budget(services)
    measure(services, "M-2026-001", title="Markterkundung USA Photonik")
    measure(services, "M-2026-002", start=date(2026, 6, 8), country="JP", title="Kooperationsbörse Tokio")
    alpha = company(services, "Alpha Optik GmbH")
    beta = company(services, "Beta Sensorik AG", city="Karlsruhe")
    gamma = company(services, "Gamma Laser KG", city="Ulm")
    delta = company(services, "Delta & Söhne GmbH", city="Freiburg")
    return {
        "alpha": application(services, alpha, "M-2026-001", "4000.00"),
        "beta": application(services, beta, "M-2026-001", "12500.50"),
        "gamma": application(services, gamma, "M-2026-002", "900.00"),
        "delta": application(services, delta, "M-2026-002", "350.00"),  # below the minimum: R07 fails
        "alpha2": application(services, alpha, "M-2026-002", "2600.00"),
    }
