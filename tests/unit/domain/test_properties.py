"""Property tests (Hypothesis) where the rules meet arithmetic: amounts, money text, dates, the lifecycle's ledger."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import event, given, settings
from hypothesis import strategies as st

from bwi_vouchers import formats
from bwi_vouchers.domain.enums import LedgerKind, Role, Status
from bwi_vouchers.domain.ledger import totals_from_sums
from bwi_vouchers.domain.lifecycle import ApplicationState, allowed_targets, apply, plan_step
from bwi_vouchers.domain.money import cents, from_cents, parse_german_money, to_money
from bwi_vouchers.domain.programme import add_months
from bwi_vouchers.domain.rules import assess
from bwi_vouchers.errors import BwiError

from .programmes import DEFAULT, programme
from .test_rules import BASE

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("10000000.00"), places=2,
                      allow_nan=False, allow_infinity=False)
rates = st.integers(min_value=1, max_value=100).map(lambda n: Decimal(n) / 100)
caps = st.integers(min_value=0, max_value=100_000).map(lambda n: Decimal(n).quantize(Decimal("0.01")))


def whole_euros(value: Decimal) -> bool:
    return value == value.to_integral_value() and value.as_tuple().exponent == -2


@given(costs=amounts, rate=rates, cap=caps)
def test_voucher_amount_never_exceeds_cap_nor_rate_times_costs(costs: Decimal, rate: Decimal, cap: Decimal) -> None:
    amount = programme(rate=rate, cap=cap).voucher_amount(costs)
    assert Decimal(0) <= amount <= cap
    assert amount <= rate * costs
    assert whole_euros(amount)
    # ... and it is the largest such whole amount: rounding down loses less than one euro.
    assert min(cap, rate * costs) - amount < 1


@given(costs=amounts, more=amounts)
def test_voucher_amount_grows_with_the_costs(costs: Decimal, more: Decimal) -> None:
    assert DEFAULT.voucher_amount(costs) <= DEFAULT.voucher_amount(costs + more)


@given(approved=caps, actual=amounts, rate=rates)
def test_payout_never_exceeds_the_approved_amount(approved: Decimal, actual: Decimal, rate: Decimal) -> None:
    payout = programme(rate=rate).payout_amount(approved, actual)
    assert Decimal(0) <= payout <= approved
    assert payout <= rate * actual
    assert whole_euros(payout)
    assert min(approved, rate * actual) - payout < 1


@given(costs=amounts, requested=st.none() | amounts)
def test_the_granted_amount_is_at_most_the_voucher_amount_and_the_request(costs: Decimal,
                                                                            requested: Decimal | None) -> None:
    result = assess(replace(BASE, eligible_costs=costs, requested_amount=requested))
    assert result.amount <= result.voucher_amount
    if requested is not None:
        assert result.amount <= requested
        assert result.amount == min(requested, result.voucher_amount)
    else:
        assert result.amount == result.voucher_amount


@given(amount=amounts)
def test_german_money_text_round_trips(amount: Decimal) -> None:
    assert parse_german_money(formats.money(amount)) == amount
    assert to_money(str(amount)) == amount
    assert from_cents(cents(amount)) == amount


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), months=st.integers(0, 120))
def test_add_months_lands_in_the_right_month_on_the_same_or_last_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert result.year * 12 + result.month == day.year * 12 + day.month + months
    assert result.day == min(day.day, calendar.monthrange(result.year, result.month)[1])


# The lifecycle's plans, applied at random: the ledger of one application never goes wrong. -------------------

ACTORS = {"clerk": frozenset({Role.CLERK}), "clerk2": frozenset({Role.CLERK}),
          "approver": frozenset({Role.APPROVER}), "approver2": frozenset({Role.APPROVER})}
ENDINGS = frozenset({Status.WITHDRAWN, Status.REJECTED, Status.EXPIRED, Status.REVOKED})
LINE = 3


@settings(max_examples=200)
@given(data=st.data(), costs=st.decimals(min_value=Decimal("500.00"), max_value=Decimal("20000.00"), places=2))
def test_random_steps_keep_the_ledger_of_an_application_sound(data: st.DataObject, costs: Decimal) -> None:
    assessment = assess(replace(BASE, eligible_costs=costs))
    current = ApplicationState("IG-2026-0001", Status.RECEIVED, None, None, None, None, None, Decimal(0),
                               date(2026, 5, 8), None)
    sums = {kind: Decimal(0) for kind in LedgerKind}
    today = date(2026, 3, 2)
    for _ in range(data.draw(st.integers(0, 12))):
        drawn = sorted(allowed_targets(current.status))
        onward = [t for t in drawn if t not in ENDINGS]
        # Mostly onward along the drawing, sometimes to an ending, now and then anywhere (which must be refused).
        choice = data.draw(st.integers(0, 9))
        options = onward if onward and choice < 7 else drawn if drawn and choice < 9 else list(Status)
        target = data.draw(st.sampled_from(options))
        actor = data.draw(st.sampled_from(sorted(ACTORS)))
        actual = data.draw(amounts)
        today = date.fromordinal(today.toordinal() + data.draw(st.integers(0, 400)))
        before = current.status
        try:
            plan = plan_step(current, target, actor=actor, roles=ACTORS[actor], today=today, programme=DEFAULT,
                             assessment=assessment, actual_costs=actual if target is Status.PROOF_RECEIVED else None,
                             reason="Begründung", budget_line=LINE)
        except BwiError:
            continue
        assert target in allowed_targets(before)
        for booking in plan.bookings:
            assert booking.amount > 0
            sums[booking.kind] += booking.amount
        assert plan.budget_line == (LINE if sums[LedgerKind.COMMITMENT] else None)
        current = apply(current, plan)
        # The state that apply(plan) leaves agrees with the ledger the plans booked, summed independently here,
        # and with the budget figures derived from it.
        open_commitment = (sums[LedgerKind.COMMITMENT] - sums[LedgerKind.RELEASE] - sums[LedgerKind.PAYOUT])
        assert current.status is target and current.open_commitment == open_commitment
        totals = totals_from_sums(2026, "Landesmittel", Decimal("100000.00"), sums)
        assert totals.committed == current.open_commitment
        assert totals.available == Decimal("100000.00") - totals.committed - totals.paid
        approved = current.approved_amount or Decimal(0)
        paid = sums[LedgerKind.PAYOUT] - sums[LedgerKind.RECOVERY]
        assert totals.paid == paid
        assert open_commitment >= 0
        assert Decimal(0) <= paid <= approved
        assert sums[LedgerKind.COMMITMENT] <= assessment.amount
        if target in (Status.EXPIRED, Status.REVOKED, Status.PAID, Status.CLOSED):
            assert open_commitment == 0  # nothing stays reserved once the voucher is settled or ended
        if target is Status.REVOKED:
            assert paid == 0
    event(f"ended {current.status.value}")
