"""The default programme version as the seed data defines it, for the pure domain tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.domain.sme import SmeLimit

DEFAULT = Programme(
    valid_from=date(2020, 1, 1),
    name="Standard",
    rate=Decimal("0.50"),
    cap=Decimal("3000.00"),
    min_costs=Decimal("500.00"),
    max_vouchers_per_year=2,
    deminimis_ceiling=Decimal("300000.00"),
    deminimis_years=3,
    deminimis_basis="Verordnung (EU) 2023/2831",
    deminimis_basis_title="der Kommission vom 13. Dezember 2023",
    sme_limit=SmeLimit(Decimal(250), Decimal(50_000_000), Decimal(43_000_000)),
    proof_months=6,
    lead_days=0,
    measure_types=frozenset(MeasureType),
    funding_sources=("Landesmittel", "EFRE"),
    default_source="Landesmittel",
)


def programme(**changes: object) -> Programme:
    return replace(DEFAULT, **changes)  # type: ignore[arg-type]
