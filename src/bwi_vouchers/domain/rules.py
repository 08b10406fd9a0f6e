"""Eligibility rules R01–R12: facts in, one check per rule out (pass / fail / warning, reason code).

The reasons are codes with parameters; ``bwi_vouchers.texts`` turns them into words for the UI,
the command line and the rejection letter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bwi_vouchers.domain.enums import COMMITTED, PENDING, MeasureType, Outcome, Status
from bwi_vouchers.domain.programme import Programme, subtract_years
from bwi_vouchers.domain.references import parse_reference
from bwi_vouchers.domain.sme import SmeFigures

RULES = tuple(f"R{n:02d}" for n in range(1, 13))


@dataclass(frozen=True)
class Membership:
    cluster_id: int
    cluster_name: str
    state_owned: bool
    valid_from: date
    valid_to: date | None = None

    def active_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class OtherApplication:
    """Another application of the same company, as far as R08, R09 and R10 need it."""

    reference: str
    measure_id: int
    measure_start: date
    receipt_date: date
    status: Status
    approved_amount: Decimal | None = None
    payout_amount: Decimal | None = None
    approval_date: date | None = None


@dataclass(frozen=True)
class PriorAid:
    """De-minimis aid from elsewhere; a total without a date counts as inside the window."""

    amount: Decimal
    grant_date: date | None = None


@dataclass(frozen=True)
class CheckInput:
    programme: Programme
    reference: str | None
    status: Status
    theme_code: int | None
    active_theme_codes: frozenset[int]
    cluster_id: int | None
    memberships: tuple[Membership, ...]
    seat_or_branch_in_bw: bool
    sme: SmeFigures | None
    measure_id: int
    measure_type: MeasureType | str
    measure_country: str
    measure_start: date
    receipt_date: date
    early_start_consent: date | None
    eligible_costs: Decimal
    requested_amount: Decimal | None
    decision_date: date
    budget_available: Decimal | None
    budget_label: str = ""
    others: tuple[OtherApplication, ...] = ()
    prior_aid: tuple[PriorAid, ...] = ()
    approved_amount: Decimal | None = None


@dataclass(frozen=True)
class Check:
    rule: str
    outcome: Outcome
    reason: str
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Assessment:
    checks: tuple[Check, ...]
    voucher_amount: Decimal
    amount: Decimal  # what an approval grants: the voucher amount, or a lower request

    @property
    def eligible(self) -> bool:
        return all(c.outcome is not Outcome.FAIL for c in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.outcome is Outcome.FAIL)

    @property
    def warnings(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.outcome is Outcome.WARNING)

    def by_rule(self, rule: str) -> Check:
        return next(c for c in self.checks if c.rule == rule)


def assess(facts: CheckInput) -> Assessment:
    """Judge one application by every rule."""
    voucher = facts.programme.voucher_amount(facts.eligible_costs)
    amount = voucher
    if facts.requested_amount is not None and facts.requested_amount < voucher:
        amount = facts.requested_amount
    if facts.status in COMMITTED and facts.approved_amount is not None:
        amount = facts.approved_amount
    checks = tuple(rule(facts, amount) for rule in _RULES)
    return Assessment(checks=checks, voucher_amount=voucher, amount=amount)


def _ok(rule: str, reason: str, **params: object) -> Check:
    return Check(rule, Outcome.PASS, reason, {k: str(v) for k, v in params.items()})


def _fail(rule: str, reason: str, **params: object) -> Check:
    return Check(rule, Outcome.FAIL, reason, {k: str(v) for k, v in params.items()})


def _warn(rule: str, reason: str, **params: object) -> Check:
    return Check(rule, Outcome.WARNING, reason, {k: str(v) for k, v in params.items()})


def r01_theme(f: CheckInput, amount: Decimal) -> Check:
    if f.theme_code is None:
        return _fail("R01", "theme_missing")
    if f.theme_code not in f.active_theme_codes:
        return _fail("R01", "theme_inactive", theme=f.theme_code)
    return _ok("R01", "theme_ok", theme=f.theme_code)


def r02_membership(f: CheckInput, amount: Decimal) -> Check:
    active = [m for m in f.memberships if m.active_on(f.receipt_date)]
    if f.cluster_id is not None:
        active = [m for m in active if m.cluster_id == f.cluster_id]
        if not active:
            named = [m for m in f.memberships if m.cluster_id == f.cluster_id]
            if named:
                return _fail("R02", "membership_inactive", cluster=named[0].cluster_name,
                             receipt=f.receipt_date.isoformat())
            return _fail("R02", "not_member", receipt=f.receipt_date.isoformat())
    if not active:
        return _fail("R02", "not_member", receipt=f.receipt_date.isoformat())
    eligible = [m for m in active if not m.state_owned]
    if not eligible:
        return _fail("R02", "state_owned", cluster=active[0].cluster_name)
    return _ok("R02", "member", cluster=eligible[0].cluster_name, since=eligible[0].valid_from.isoformat(),
               cluster_id=eligible[0].cluster_id)


def r03_seat(f: CheckInput, amount: Decimal) -> Check:
    if f.seat_or_branch_in_bw:
        return _ok("R03", "seat_in_bw")
    return _fail("R03", "no_seat_in_bw")


def r04_sme(f: CheckInput, amount: Decimal) -> Check:
    s = f.sme
    limit = f.programme.sme_limit
    if s is None:
        return _fail("R04", "sme_figures_missing")
    if s.annual_work_units >= limit.staff:
        return _fail("R04", "sme_staff", awu=s.annual_work_units, limit=limit.staff, year=s.reference_year)
    if s.turnover > limit.turnover and s.balance_sheet_total > limit.balance_sheet_total:
        return _fail("R04", "sme_money", turnover=s.turnover, balance=s.balance_sheet_total,
                     turnover_limit=limit.turnover, balance_limit=limit.balance_sheet_total, year=s.reference_year)
    return _ok("R04", "sme_ok", awu=s.annual_work_units, year=s.reference_year)


def r05_measure(f: CheckInput, amount: Decimal) -> Check:
    types = {str(t) for t in f.programme.measure_types}
    if str(f.measure_type) not in types:
        return _fail("R05", "measure_type", type=f.measure_type)
    country = f.measure_country.strip().upper()
    if not country or country == "DE":
        return _fail("R05", "not_abroad", country=country or "—")
    return _ok("R05", "measure_ok", type=f.measure_type, country=country)


def r06_early_start(f: CheckInput, amount: Decimal) -> Check:
    lead = f.programme.lead_days
    latest = f.measure_start - timedelta(days=lead)
    if f.receipt_date <= latest:
        return _ok("R06", "in_time", receipt=f.receipt_date.isoformat(), start=f.measure_start.isoformat(),
                   lead_days=lead)
    if f.early_start_consent is not None and f.early_start_consent <= f.measure_start:
        return _ok("R06", "early_start_consent", consent=f.early_start_consent.isoformat(),
                   start=f.measure_start.isoformat())
    return _fail("R06", "too_late", receipt=f.receipt_date.isoformat(), start=f.measure_start.isoformat(),
                 lead_days=lead)


def r07_minimum(f: CheckInput, amount: Decimal) -> Check:
    minimum = f.programme.min_costs
    if f.eligible_costs < minimum:
        return _fail("R07", "below_minimum", costs=f.eligible_costs, minimum=minimum)
    return _ok("R07", "minimum_ok", costs=f.eligible_costs, minimum=minimum)


def _order(reference: str | None, receipt: date) -> tuple[date, tuple[int, int]]:
    parsed = parse_reference(reference) if reference else None
    return receipt, parsed if parsed else (10**9, 10**9)


def r08_per_year(f: CheckInput, amount: Decimal) -> Check:
    year = f.measure_start.year
    mine = _order(f.reference, f.receipt_date)
    counted = [
        o for o in f.others
        if o.measure_start.year == year and (
            o.status in COMMITTED
            or (o.status in PENDING and _order(o.reference, o.receipt_date) < mine)
        )
    ]
    limit = f.programme.max_vouchers_per_year
    if len(counted) + 1 > limit:
        return _fail("R08", "too_many", year=year, count=len(counted), limit=limit,
                     references=", ".join(sorted(o.reference for o in counted)))
    return _ok("R08", "count_ok", year=year, count=len(counted), limit=limit)


def r09_duplicate(f: CheckInput, amount: Decimal) -> Check:
    mine = _order(f.reference, f.receipt_date)
    earlier = sorted(
        (o for o in f.others
         if o.measure_id == f.measure_id
         and o.status not in (Status.REJECTED, Status.WITHDRAWN)
         and _order(o.reference, o.receipt_date) < mine),
        key=lambda o: _order(o.reference, o.receipt_date),
    )
    if earlier:
        return _fail("R09", "duplicate", reference=earlier[0].reference)
    return _ok("R09", "no_duplicate")


def aid_counted(other: OtherApplication) -> tuple[date | None, Decimal]:
    """(grant date, amount) with which another voucher of this programme counts as de-minimis aid."""
    if other.status in (Status.PAID, Status.CLOSED):
        return other.approval_date, other.payout_amount or Decimal(0)
    if other.status in (Status.APPROVED, Status.PROOF_RECEIVED):
        return other.approval_date, other.approved_amount or Decimal(0)
    return None, Decimal(0)


def in_window(grant_date: date | None, decision_date: date, years: int) -> bool:
    """Granted after (decision date − N years) up to the decision date; an undated total counts as inside."""
    return grant_date is None or subtract_years(decision_date, years) < grant_date <= decision_date


def aid_in_window(grants: Iterable[tuple[date | None, Decimal]], decision_date: date, years: int) -> Decimal:
    """The sum of the (grant date, amount) pairs that fall into the rolling de-minimis window."""
    return sum((value for day, value in grants if in_window(day, decision_date, years)), Decimal(0))


def deminimis_total(f: CheckInput) -> Decimal:
    """All de-minimis aid granted after (decision date − N years) up to the decision date."""
    grants = [(a.grant_date, a.amount) for a in f.prior_aid]
    grants += [aid_counted(o) for o in f.others if o.status in COMMITTED]
    return aid_in_window(grants, f.decision_date, f.programme.deminimis_years)


def r10_deminimis(f: CheckInput, amount: Decimal) -> Check:
    total = deminimis_total(f)
    ceiling = f.programme.deminimis_ceiling
    window = {"years": f.programme.deminimis_years, "basis": f.programme.deminimis_basis}
    if total + amount > ceiling:
        return _fail("R10", "deminimis_exceeded", total=total, amount=amount, ceiling=ceiling,
                     headroom=max(ceiling - total, Decimal(0)), **window)
    return _ok("R10", "deminimis_ok", total=total, amount=amount, ceiling=ceiling, headroom=ceiling - total - amount,
               **window)


def r11_request(f: CheckInput, amount: Decimal) -> Check:
    voucher = f.programme.voucher_amount(f.eligible_costs)
    if f.requested_amount is not None and f.requested_amount > voucher:
        return _warn("R11", "request_capped", requested=f.requested_amount, amount=voucher)
    return _ok("R11", "request_ok", amount=amount)


def r12_budget(f: CheckInput, amount: Decimal) -> Check:
    if f.status in COMMITTED:
        return _ok("R12", "committed", budget=f.budget_label, amount=amount)
    if f.budget_available is None:
        return _fail("R12", "no_budget_line", budget=f.budget_label)
    if f.budget_available < amount:
        return _fail("R12", "budget_short", budget=f.budget_label, available=f.budget_available, amount=amount)
    return _ok("R12", "budget_ok", budget=f.budget_label, available=f.budget_available, amount=amount)


_RULES: tuple[Callable[[CheckInput, Decimal], Check], ...] = (
    r01_theme, r02_membership, r03_seat, r04_sme, r05_measure, r06_early_start,
    r07_minimum, r08_per_year, r09_duplicate, r10_deminimis, r11_request, r12_budget,
)
