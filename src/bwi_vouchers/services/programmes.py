"""A new programme version, from a form or from a few changed numbers: every number checked before it is written."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
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
#: field → (lowest, highest) for the amounts: anything outside is a typing error, not a programme
AMOUNT_LIMITS = {
    "cap": (Decimal("1.00"), Decimal("1000000.00")),
    "min_costs": (Decimal("0.00"), Decimal("1000000.00")),
    "deminimis_ceiling": (Decimal("1.00"), Decimal("100000000.00")),
    "sme_turnover_limit": (Decimal("1.00"), Decimal("1000000000.00")),
    "sme_balance_limit": (Decimal("1.00"), Decimal("1000000000.00")),
}
STAFF_LIMITS = (Decimal(1), Decimal(1_000_000))


@dataclass(frozen=True)
class ProgrammeInput:
    """A whole version as a form gives it. The fields left ``None`` at the end are carried over from the
    newest version (the form does not show them)."""

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
    deminimis_basis: str | None = None
    deminimis_basis_title: str | None = None
    sme_staff_limit: object = None
    sme_turnover_limit: object = None
    sme_balance_limit: object = None


@dataclass(frozen=True)
class ProgrammeChange:
    """A new version from a date that changes some numbers; every ``None`` carries the newest version's over.
    ``rate_percent`` is in percent (``40``, ``37,5``), the amounts in euros."""

    valid_from: date
    rate_percent: object = None
    cap: object = None
    min_costs: object = None
    max_vouchers_per_year: object = None
    lead_days: object = None
    proof_months: object = None
    deminimis_ceiling: object = None
    deminimis_years: object = None
    deminimis_basis: str | None = None
    deminimis_basis_title: str | None = None
    sme_staff_limit: object = None
    sme_turnover_limit: object = None
    sme_balance_limit: object = None
    name: str | None = None


def carried_over(newest: Programme, change: ProgrammeChange) -> ProgrammeInput:
    """The whole input of the new version: the change's numbers where given, the newest version's elsewhere."""
    base = ProgrammeInput(
        valid_from=change.valid_from, name=newest.name, rate=newest.rate, cap=newest.cap, min_costs=newest.min_costs,
        max_vouchers_per_year=newest.max_vouchers_per_year, deminimis_ceiling=newest.deminimis_ceiling,
        deminimis_years=newest.deminimis_years, proof_months=newest.proof_months, lead_days=newest.lead_days,
        funding_sources=newest.funding_sources, default_source=newest.default_source,
        measure_types=tuple(t for t in MeasureType if t in newest.measure_types),
    )
    given = {f.name: getattr(change, f.name) for f in fields(change)
             if f.name not in ("valid_from", "rate_percent") and getattr(change, f.name) is not None}
    if change.rate_percent is not None:
        given["rate"] = percent_share(change.rate_percent)
    return replace(base, **given)


def _decimal(field: str, value: object) -> Decimal:
    """A number typed with a decimal point or comma (``37,5``), or a ValidationError naming the field."""
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(field, "not_a_number", value=str(value)) from None


def percent_share(value: object) -> Decimal:
    """``40`` or ``37,5`` (percent) → 0.40 / 0.375; more than 100 or not above 0 is refused."""
    percent = _decimal("rate", value)
    if not percent.is_finite() or not Decimal(0) < percent <= Decimal(100):
        raise ValidationError("rate", "not_between", value=str(value), low="0 %", high="100 %")
    if percent != percent.quantize(Decimal("0.01")):
        raise ValidationError("rate", "money_too_many_decimals", value=str(value))
    return percent / 100


def _whole(field: str, value: object) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, "not_a_number", value=str(value)) from None
    low, high = LIMITS[field]
    if not low <= number <= high:
        raise ValidationError(field, "not_between", value=number, low=low, high=high)
    return number


def _rate(value: object) -> Decimal:
    rate = _decimal("rate", value)
    if not rate.is_finite() or not Decimal(0) < rate <= Decimal(1) or rate != rate.quantize(Decimal("0.0001")):
        raise ValidationError("rate", "out_of_range", value=str(value))
    return rate


def _amount(field: str, value: object) -> Decimal:
    amount = money(field, value)
    low, high = AMOUNT_LIMITS[field]
    if not low <= amount <= high:
        raise ValidationError(field, "amount_not_between", amount=amount, minimum=low, maximum=high)
    return amount


def _staff(value: object) -> Decimal:
    staff = _decimal("sme_staff_limit", value)
    low, high = STAFF_LIMITS
    if not staff.is_finite() or not low <= staff <= high:
        raise ValidationError("sme_staff_limit", "not_between", value=str(value), low=low, high=high)
    return staff


def _given(value: str | None, newest: str) -> str:
    """The text given (an empty one is refused as missing), or the newest version's where none is."""
    return newest if value is None else value


def version_row(data: ProgrammeInput, versions: list[Programme], today: date) -> ProgrammeVersion:
    """A checked row. A new version starts after the newest one and not in the past (no retroactive rules)."""
    newest = max(versions, key=lambda v: v.valid_from)
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
    sme = newest.sme_limit
    return ProgrammeVersion(
        valid_from=data.valid_from,
        name=required_text("name", data.name, max_length=200),
        rate=_rate(data.rate),
        cap=_amount("cap", data.cap),
        min_costs=_amount("min_costs", data.min_costs),
        max_vouchers_per_year=_whole("max_vouchers_per_year", data.max_vouchers_per_year),
        deminimis_ceiling=_amount("deminimis_ceiling", data.deminimis_ceiling),
        deminimis_years=_whole("deminimis_years", data.deminimis_years),
        deminimis_basis=required_text("deminimis_basis", _given(data.deminimis_basis, newest.deminimis_basis),
                                      max_length=200),
        deminimis_basis_title=required_text(
            "deminimis_basis_title", _given(data.deminimis_basis_title, newest.deminimis_basis_title), max_length=600),
        sme_staff_limit=_staff(sme.staff if data.sme_staff_limit is None else data.sme_staff_limit),
        sme_turnover_limit=_amount("sme_turnover_limit",
                                   sme.turnover if data.sme_turnover_limit is None else data.sme_turnover_limit),
        sme_balance_limit=_amount("sme_balance_limit", sme.balance_sheet_total
                                  if data.sme_balance_limit is None else data.sme_balance_limit),
        proof_months=_whole("proof_months", data.proof_months),
        lead_days=_whole("lead_days", data.lead_days),
        measure_types=",".join(MeasureType(t).value for t in data.measure_types),
        funding_sources=",".join(sources),
        default_source=default,
    )
