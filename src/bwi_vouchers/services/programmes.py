"""A new programme version from a form: every number checked before it is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.errors import ValidationError
from bwi_vouchers.services.base import money, required_text
from bwi_vouchers.storage.models import ProgrammeVersion

LATEST = date(2100, 12, 31)
#: field → (lowest, highest) for the whole-number settings
LIMITS = {"max_vouchers_per_year": (1, 100), "deminimis_years": (1, 10), "proof_months": (0, 60), "lead_days": (0, 365)}


@dataclass(frozen=True)
class ProgrammeInput:
    valid_from: date
    name: str
    rate: object  # a share, e.g. "0.50"
    cap: object
    min_costs: object
    max_vouchers_per_year: object
    deminimis_ceiling: object
    deminimis_years: object
    proof_months: object
    lead_days: object
    funding_sources: tuple[str, ...]
    default_source: str
    measure_types: tuple[MeasureType, ...] = tuple(MeasureType)


def _whole(field: str, value: object) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, "not_a_number", value=str(value)) from None
    low, high = LIMITS[field]
    if not low <= number <= high:
        raise ValidationError(field, "out_of_range", value=number)
    return number


def _rate(value: object) -> Decimal:
    try:
        rate = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("rate", "not_a_number", value=str(value)) from None
    if not rate.is_finite() or not Decimal(0) < rate <= Decimal(1) or rate != rate.quantize(Decimal("0.0001")):
        raise ValidationError("rate", "out_of_range", value=str(value))
    return rate


def version_row(data: ProgrammeInput, versions: list[Programme], today: date) -> ProgrammeVersion:
    """A checked row. A new version starts after the newest one and not in the past (no retroactive rules)."""
    earliest = max([today] + [v.valid_from + timedelta(days=1) for v in versions])
    if not earliest <= data.valid_from <= LATEST:
        raise ValidationError(
            "valid_from",
            "date_out_of_range",
            date=data.valid_from.isoformat(),
            earliest=earliest.isoformat(),
            latest=LATEST.isoformat(),
        )
    sources = [required_text("funding_sources", s, max_length=60) for s in data.funding_sources if s.strip()]
    if not sources:
        raise ValidationError("funding_sources", "required")
    if any("," in s for s in sources) or len({s.lower() for s in sources}) != len(sources):
        raise ValidationError("funding_sources", "bad_sources", value=", ".join(sources))
    default = next((s for s in sources if s.lower() == data.default_source.strip().lower()), None)
    if default is None:
        raise ValidationError("default_source", "unknown_source", source=data.default_source, known=", ".join(sources))
    if not data.measure_types:
        raise ValidationError("measure_types", "required")
    cap = money("cap", data.cap)
    min_costs = money("min_costs", data.min_costs)
    ceiling = money("deminimis_ceiling", data.deminimis_ceiling)
    assert cap is not None and min_costs is not None and ceiling is not None
    if cap <= 0:
        raise ValidationError("cap", "out_of_range", value=str(cap))
    return ProgrammeVersion(
        valid_from=data.valid_from,
        name=required_text("name", data.name, max_length=200),
        rate=_rate(data.rate),
        cap=cap,
        min_costs=min_costs,
        max_vouchers_per_year=_whole("max_vouchers_per_year", data.max_vouchers_per_year),
        deminimis_ceiling=ceiling,
        deminimis_years=_whole("deminimis_years", data.deminimis_years),
        proof_months=_whole("proof_months", data.proof_months),
        lead_days=_whole("lead_days", data.lead_days),
        measure_types=",".join(MeasureType(t).value for t in data.measure_types),
        funding_sources=",".join(sources),
        default_source=default,
    )
