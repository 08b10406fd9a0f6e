"""Eligibility rules R01–R12 at their boundaries: each test checks the outcome and the reason code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import MeasureType, Outcome, Status
from bwi_vouchers.domain.rules import (
    RULES,
    Check,
    CheckInput,
    Membership,
    OtherApplication,
    PriorAid,
    assess,
    deminimis_total,
)
from bwi_vouchers.domain.sme import SmeFigures

from .programmes import DEFAULT, programme

RECEIPT = date(2026, 3, 2)
START = date(2026, 5, 4)
MEASURE = 7
PHOTONICS = Membership(1, "Photonics BW", False, date(2024, 1, 1))
STATE_OWNED = Membership(2, "BIOPRO", True, date(2024, 1, 1))

BASE = CheckInput(
    programme=DEFAULT,
    reference="IG-2026-0005",
    status=Status.RECEIVED,
    theme_code=6,
    active_theme_codes=frozenset(range(1, 19)),
    cluster_id=1,
    memberships=(PHOTONICS,),
    seat_or_branch_in_bw=True,
    sme=SmeFigures(2025, Decimal("12"), Decimal("1000000.00"), Decimal("500000.00")),
    measure_id=MEASURE,
    measure_type=MeasureType.MARKET_RESEARCH_TRIP,
    measure_country="US",
    measure_start=START,
    receipt_date=RECEIPT,
    early_start_consent=None,
    eligible_costs=Decimal("4000.00"),  # voucher amount 2,000.00
    requested_amount=None,
    decision_date=RECEIPT,
    budget_available=Decimal("250000.00"),
    budget_label="2026 Landesmittel",
)


def check(rule: str, **changes: object) -> Check:
    return assess(replace(BASE, **changes)).by_rule(rule)  # type: ignore[arg-type]


def assert_check(result: Check, outcome: Outcome, reason: str) -> None:
    assert (result.outcome, result.reason) == (outcome, reason), result


def other(reference: str, status: Status, *, measure_id: int = 99, measure_start: date = date(2026, 9, 1),
          receipt: date = date(2026, 1, 15), approved: str | None = None, paid: str | None = None,
          approval_date: date | None = None) -> OtherApplication:
    return OtherApplication(reference, measure_id, measure_start, receipt, status,
                            Decimal(approved) if approved else None, Decimal(paid) if paid else None, approval_date)


def test_the_base_case_passes_every_rule_in_order() -> None:
    result = assess(BASE)
    assert [c.rule for c in result.checks] == list(RULES) == [f"R{n:02d}" for n in range(1, 13)]
    assert all(c.outcome is Outcome.PASS for c in result.checks), result.failed
    assert result.eligible
    assert result.voucher_amount == result.amount == Decimal("2000.00")


def test_one_failing_rule_makes_the_application_ineligible() -> None:
    result = assess(replace(BASE, seat_or_branch_in_bw=False))
    assert not result.eligible
    assert [c.rule for c in result.failed] == ["R03"]


# R01 -------------------------------------------------------------------------------------------------------------

def test_r01_active_theme_passes() -> None:
    assert_check(check("R01"), Outcome.PASS, "theme_ok")


def test_r01_inactive_theme_fails() -> None:
    result = check("R01", active_theme_codes=frozenset(range(1, 19)) - {6})
    assert_check(result, Outcome.FAIL, "theme_inactive")
    assert result.params["theme"] == "6"


def test_r01_missing_theme_fails() -> None:
    assert_check(check("R01", theme_code=None), Outcome.FAIL, "theme_missing")


# R02 -------------------------------------------------------------------------------------------------------------

def test_r02_membership_starting_on_the_receipt_date_counts() -> None:
    result = check("R02", memberships=(replace(PHOTONICS, valid_from=RECEIPT),))
    assert_check(result, Outcome.PASS, "member")
    assert result.params["cluster"] == "Photonics BW"


def test_r02_membership_starting_the_day_after_receipt_does_not_count() -> None:
    result = check("R02", memberships=(replace(PHOTONICS, valid_from=RECEIPT + timedelta(days=1)),))
    assert_check(result, Outcome.FAIL, "membership_inactive")


def test_r02_membership_ending_on_the_receipt_date_still_counts() -> None:
    assert_check(check("R02", memberships=(replace(PHOTONICS, valid_to=RECEIPT),)), Outcome.PASS, "member")


def test_r02_membership_ended_the_day_before_receipt_fails() -> None:
    result = check("R02", memberships=(replace(PHOTONICS, valid_to=RECEIPT - timedelta(days=1)),))
    assert_check(result, Outcome.FAIL, "membership_inactive")


def test_r02_state_owned_network_fails() -> None:
    result = check("R02", cluster_id=2, memberships=(STATE_OWNED,))
    assert_check(result, Outcome.FAIL, "state_owned")
    assert result.params["cluster"] == "BIOPRO"


def test_r02_member_of_another_cluster_than_the_one_named_fails() -> None:
    assert_check(check("R02", cluster_id=3), Outcome.FAIL, "not_member")


def test_r02_no_membership_at_all_fails() -> None:
    assert_check(check("R02", memberships=()), Outcome.FAIL, "not_member")
    assert_check(check("R02", memberships=(), cluster_id=None), Outcome.FAIL, "not_member")


def test_r02_without_a_named_cluster_any_active_private_membership_counts() -> None:
    assert_check(check("R02", cluster_id=None, memberships=(STATE_OWNED, PHOTONICS)), Outcome.PASS, "member")
    assert_check(check("R02", cluster_id=None, memberships=(STATE_OWNED,)), Outcome.FAIL, "state_owned")


# R03 -------------------------------------------------------------------------------------------------------------

def test_r03_seat_or_branch_in_bw() -> None:
    assert_check(check("R03"), Outcome.PASS, "seat_in_bw")
    assert_check(check("R03", seat_or_branch_in_bw=False), Outcome.FAIL, "no_seat_in_bw")


# R04 -------------------------------------------------------------------------------------------------------------

def sme(awu: str = "12", turnover: str = "1000000.00", balance: str = "500000.00") -> SmeFigures:
    return SmeFigures(2025, Decimal(awu), Decimal(turnover), Decimal(balance))


def test_r04_exactly_250_annual_work_units_fails() -> None:
    result = check("R04", sme=sme(awu="250"))
    assert_check(result, Outcome.FAIL, "sme_staff")
    assert result.params["awu"] == "250"


def test_r04_249_99_annual_work_units_passes() -> None:
    assert_check(check("R04", sme=sme(awu="249.99")), Outcome.PASS, "sme_ok")


def test_r04_turnover_exactly_50_million_passes_even_with_a_big_balance_sheet() -> None:
    assert_check(check("R04", sme=sme(turnover="50000000.00", balance="90000000.00")), Outcome.PASS, "sme_ok")


def test_r04_turnover_above_50_million_fails_only_with_balance_above_43_million() -> None:
    assert_check(check("R04", sme=sme(turnover="50000000.01", balance="43000000.01")), Outcome.FAIL, "sme_money")


def test_r04_turnover_above_50_million_with_balance_exactly_43_million_passes() -> None:
    assert_check(check("R04", sme=sme(turnover="50000000.01", balance="43000000.00")), Outcome.PASS, "sme_ok")


def test_r04_turnover_above_50_million_with_a_small_balance_sheet_passes() -> None:
    assert_check(check("R04", sme=sme(turnover="80000000.00", balance="1000000.00")), Outcome.PASS, "sme_ok")


def test_r04_missing_figures_fail() -> None:
    assert_check(check("R04", sme=None), Outcome.FAIL, "sme_figures_missing")


# R05 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(MeasureType))
def test_r05_every_programme_type_abroad_passes(kind: MeasureType) -> None:
    assert_check(check("R05", measure_type=kind), Outcome.PASS, "measure_ok")


@pytest.mark.parametrize("country", ["DE", "de", " De ", ""])
def test_r05_destination_in_germany_fails(country: str) -> None:
    assert_check(check("R05", measure_country=country), Outcome.FAIL, "not_abroad")


def test_r05_unknown_measure_type_fails() -> None:
    assert_check(check("R05", measure_type="trade_show"), Outcome.FAIL, "measure_type")


def test_r05_type_not_in_this_programme_version_fails() -> None:
    narrow = programme(measure_types=frozenset({MeasureType.COOPERATION_FAIR}))
    assert_check(check("R05", programme=narrow), Outcome.FAIL, "measure_type")
    assert_check(check("R05", programme=narrow, measure_type=MeasureType.COOPERATION_FAIR), Outcome.PASS,
                 "measure_ok")


# R06 -------------------------------------------------------------------------------------------------------------

def test_r06_receipt_on_the_start_day_passes_with_zero_lead_days() -> None:
    result = check("R06", receipt_date=START)
    assert_check(result, Outcome.PASS, "in_time")
    assert result.params["lead_days"] == "0"


def test_r06_receipt_one_day_after_the_start_fails() -> None:
    assert_check(check("R06", receipt_date=START + timedelta(days=1)), Outcome.FAIL, "too_late")


def test_r06_with_lead_days_the_receipt_must_be_that_many_days_before_the_start() -> None:
    lead = programme(lead_days=14)
    assert_check(check("R06", programme=lead, receipt_date=START - timedelta(days=14)), Outcome.PASS, "in_time")
    assert_check(check("R06", programme=lead, receipt_date=START - timedelta(days=13)), Outcome.FAIL, "too_late")


def test_r06_early_start_consent_on_the_start_day_allows_a_late_receipt() -> None:
    result = check("R06", receipt_date=START + timedelta(days=3), early_start_consent=START)
    assert_check(result, Outcome.PASS, "early_start_consent")


def test_r06_early_start_consent_before_the_start_allows_a_late_receipt() -> None:
    result = check("R06", receipt_date=START + timedelta(days=3), early_start_consent=START - timedelta(days=10))
    assert_check(result, Outcome.PASS, "early_start_consent")


def test_r06_early_start_consent_after_the_start_does_not_help() -> None:
    result = check("R06", receipt_date=START + timedelta(days=3), early_start_consent=START + timedelta(days=1))
    assert_check(result, Outcome.FAIL, "too_late")


# R07 -------------------------------------------------------------------------------------------------------------

def test_r07_exactly_the_minimum_passes() -> None:
    assert_check(check("R07", eligible_costs=Decimal("500.00")), Outcome.PASS, "minimum_ok")


def test_r07_one_cent_below_the_minimum_fails() -> None:
    result = check("R07", eligible_costs=Decimal("499.99"))
    assert_check(result, Outcome.FAIL, "below_minimum")
    assert result.params["minimum"] == "500.00"


def test_r07_minimum_comes_from_the_programme_version() -> None:
    higher = programme(min_costs=Decimal("1000.00"))
    assert_check(check("R07", programme=higher, eligible_costs=Decimal("999.99")), Outcome.FAIL, "below_minimum")
    assert_check(check("R07", programme=higher, eligible_costs=Decimal("1000.00")), Outcome.PASS, "minimum_ok")


# R08 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED])
def test_r08_one_committed_voucher_is_within_the_limit_two_are_not(status: Status) -> None:
    one = check("R08", others=(other("IG-2026-0001", status),))
    assert_check(one, Outcome.PASS, "count_ok")
    assert one.params["count"] == "1"
    two = check("R08", others=(other("IG-2026-0001", status), other("IG-2026-0002", Status.APPROVED)))
    assert_check(two, Outcome.FAIL, "too_many")
    assert two.params["references"] == "IG-2026-0001, IG-2026-0002"


@pytest.mark.parametrize("status", [Status.RECEIVED, Status.IN_REVIEW])
def test_r08_earlier_pending_applications_count(status: Status) -> None:
    result = check("R08", others=(other("IG-2026-0001", status), other("IG-2026-0002", status)))
    assert_check(result, Outcome.FAIL, "too_many")


@pytest.mark.parametrize("status", [Status.RECEIVED, Status.IN_REVIEW])
def test_r08_later_pending_applications_do_not_count(status: Status) -> None:
    later = RECEIPT + timedelta(days=1)
    result = check("R08", others=(other("IG-2026-0001", status, receipt=later),
                                  other("IG-2026-0002", status, receipt=later)))
    assert_check(result, Outcome.PASS, "count_ok")
    assert result.params["count"] == "0"


def test_r08_pending_on_the_same_day_is_ordered_by_reference() -> None:
    lower = (other("IG-2026-0003", Status.RECEIVED, receipt=RECEIPT),
             other("IG-2026-0004", Status.RECEIVED, receipt=RECEIPT))
    higher = (other("IG-2026-0006", Status.RECEIVED, receipt=RECEIPT),
              other("IG-2026-0007", Status.RECEIVED, receipt=RECEIPT))
    assert_check(check("R08", others=lower), Outcome.FAIL, "too_many")
    assert_check(check("R08", others=higher), Outcome.PASS, "count_ok")


def test_r08_an_unsaved_form_comes_after_every_pending_application_of_the_same_day() -> None:
    same_day = (other("IG-2026-0006", Status.RECEIVED, receipt=RECEIPT),
                other("IG-2026-0007", Status.RECEIVED, receipt=RECEIPT))
    assert_check(check("R08", reference=None, others=same_day), Outcome.FAIL, "too_many")


@pytest.mark.parametrize("status", [Status.REJECTED, Status.WITHDRAWN, Status.EXPIRED, Status.REVOKED])
def test_r08_ended_applications_do_not_count(status: Status) -> None:
    result = check("R08", others=(other("IG-2026-0001", status), other("IG-2026-0002", status),
                                  other("IG-2026-0003", status)))
    assert_check(result, Outcome.PASS, "count_ok")
    assert result.params["count"] == "0"


def test_r08_counts_by_the_year_of_the_measure_start_not_the_receipt() -> None:
    other_year = (other("IG-2025-0001", Status.APPROVED, measure_start=date(2025, 12, 31)),
                  other("IG-2026-0001", Status.PAID, measure_start=date(2027, 1, 1)))
    assert_check(check("R08", others=other_year), Outcome.PASS, "count_ok")
    # Received in 2025, but the measure starts in 2026: both count for 2026.
    same_year = (other("IG-2025-0007", Status.APPROVED, receipt=date(2025, 12, 1), measure_start=date(2026, 1, 2)),
                 other("IG-2025-0008", Status.APPROVED, receipt=date(2025, 12, 1), measure_start=date(2026, 12, 31)))
    assert_check(check("R08", others=same_year), Outcome.FAIL, "too_many")


def test_r08_limit_comes_from_the_programme_version() -> None:
    two = (other("IG-2026-0001", Status.APPROVED), other("IG-2026-0002", Status.APPROVED))
    assert_check(check("R08", programme=programme(max_vouchers_per_year=3), others=two), Outcome.PASS, "count_ok")


# R09 -------------------------------------------------------------------------------------------------------------

def test_r09_earlier_application_for_the_same_measure_is_a_duplicate() -> None:
    result = check("R09", others=(other("IG-2026-0002", Status.RECEIVED, measure_id=MEASURE),))
    assert_check(result, Outcome.FAIL, "duplicate")
    assert result.params["reference"] == "IG-2026-0002"


@pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.APPROVED, Status.PAID, Status.EXPIRED, Status.REVOKED])
def test_r09_earlier_application_in_other_states_still_blocks(status: Status) -> None:
    assert_check(check("R09", others=(other("IG-2026-0002", status, measure_id=MEASURE),)), Outcome.FAIL, "duplicate")


@pytest.mark.parametrize("status", [Status.REJECTED, Status.WITHDRAWN])
def test_r09_rejected_or_withdrawn_earlier_application_does_not_block(status: Status) -> None:
    assert_check(check("R09", others=(other("IG-2026-0002", status, measure_id=MEASURE),)), Outcome.PASS,
                 "no_duplicate")


def test_r09_a_later_application_for_the_same_measure_does_not_block_this_one() -> None:
    later = other("IG-2026-0009", Status.APPROVED, measure_id=MEASURE, receipt=RECEIPT + timedelta(days=1))
    same_day_higher = other("IG-2026-0006", Status.RECEIVED, measure_id=MEASURE, receipt=RECEIPT)
    assert_check(check("R09", others=(later, same_day_higher)), Outcome.PASS, "no_duplicate")


def test_r09_same_day_lower_reference_is_earlier() -> None:
    result = check("R09", others=(other("IG-2026-0004", Status.RECEIVED, measure_id=MEASURE, receipt=RECEIPT),))
    assert_check(result, Outcome.FAIL, "duplicate")


def test_r09_names_the_earliest_blocking_application() -> None:
    result = check("R09", others=(
        other("IG-2026-0003", Status.IN_REVIEW, measure_id=MEASURE, receipt=date(2026, 2, 1)),
        other("IG-2026-0001", Status.REJECTED, measure_id=MEASURE, receipt=date(2026, 1, 1)),
        other("IG-2026-0002", Status.RECEIVED, measure_id=MEASURE, receipt=date(2026, 1, 20)),
    ))
    assert_check(result, Outcome.FAIL, "duplicate")
    assert result.params["reference"] == "IG-2026-0002"


def test_r09_other_measures_are_no_duplicates() -> None:
    assert_check(check("R09", others=(other("IG-2026-0002", Status.APPROVED, measure_id=MEASURE + 1),)),
                 Outcome.PASS, "no_duplicate")


# R10 -------------------------------------------------------------------------------------------------------------
# Voucher amount 2,000.00, ceiling 300,000.00: 298,000.00 of other aid fits exactly, one cent more does not.

FITS = "298000.00"
TOO_MUCH = "298000.01"


def r10(*aid: PriorAid, decision: date = RECEIPT, **changes: object) -> Check:
    return check("R10", prior_aid=aid, decision_date=decision, **changes)


def test_r10_aid_up_to_exactly_the_ceiling_passes() -> None:
    result = r10(PriorAid(Decimal(FITS), date(2025, 6, 1)))
    assert_check(result, Outcome.PASS, "deminimis_ok")
    assert result.params["headroom"] == "0.00"


def test_r10_one_cent_above_the_ceiling_fails() -> None:
    result = r10(PriorAid(Decimal(TOO_MUCH), date(2025, 6, 1)))
    assert_check(result, Outcome.FAIL, "deminimis_exceeded")
    assert result.params["total"] == TOO_MUCH


def test_r10_aid_granted_exactly_three_years_before_the_decision_is_not_counted() -> None:
    result = r10(PriorAid(Decimal(TOO_MUCH), date(2023, 3, 2)))
    assert_check(result, Outcome.PASS, "deminimis_ok")
    assert result.params["total"] == "0"


def test_r10_aid_granted_one_day_later_is_counted() -> None:
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), date(2023, 3, 3))), Outcome.FAIL, "deminimis_exceeded")


def test_r10_aid_granted_on_the_decision_date_is_counted() -> None:
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), RECEIPT)), Outcome.FAIL, "deminimis_exceeded")


def test_r10_aid_granted_after_the_decision_date_is_not_counted() -> None:
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), RECEIPT + timedelta(days=1))), Outcome.PASS, "deminimis_ok")


def test_r10_an_undated_prior_aid_total_counts_as_inside_the_window() -> None:
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), None)), Outcome.FAIL, "deminimis_exceeded")
    assert_check(r10(PriorAid(Decimal(FITS), None)), Outcome.PASS, "deminimis_ok")


def test_r10_the_window_follows_the_decision_date() -> None:
    aid = PriorAid(Decimal(TOO_MUCH), date(2023, 6, 1))
    assert_check(r10(aid, decision=date(2026, 6, 1)), Outcome.PASS, "deminimis_ok")
    assert_check(r10(aid, decision=date(2026, 5, 31)), Outcome.FAIL, "deminimis_exceeded")


def test_r10_decision_on_29_february_reaches_back_to_28_february() -> None:
    decision = date(2028, 2, 29)
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), date(2025, 2, 28)), decision=decision), Outcome.PASS,
                 "deminimis_ok")
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), date(2025, 3, 1)), decision=decision), Outcome.FAIL,
                 "deminimis_exceeded")


def test_r10_aid_granted_on_29_february_three_years_before_28_february_is_counted() -> None:
    # Window (2024-02-28, 2027-02-28]: 29 February 2024 lies inside it.
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), date(2024, 2, 29)), decision=date(2027, 2, 28)), Outcome.FAIL,
                 "deminimis_exceeded")
    assert_check(r10(PriorAid(Decimal(TOO_MUCH), date(2024, 2, 28)), decision=date(2027, 2, 28)), Outcome.PASS,
                 "deminimis_ok")


def test_r10_several_aids_add_up() -> None:
    result = r10(PriorAid(Decimal("150000.00"), date(2025, 1, 1)), PriorAid(Decimal("148000.01"), None))
    assert_check(result, Outcome.FAIL, "deminimis_exceeded")
    assert result.params["total"] == TOO_MUCH


def test_r10_an_approved_voucher_counts_with_its_approved_amount() -> None:
    approved = other("IG-2026-0001", Status.APPROVED, approved=TOO_MUCH, approval_date=date(2026, 1, 10))
    assert_check(r10(others=(approved,)), Outcome.FAIL, "deminimis_exceeded")
    proof = replace(approved, status=Status.PROOF_RECEIVED)
    assert_check(r10(others=(proof,)), Outcome.FAIL, "deminimis_exceeded")


@pytest.mark.parametrize("status", [Status.PAID, Status.CLOSED])
def test_r10_a_paid_voucher_counts_with_its_paid_amount(status: Status) -> None:
    paid = other("IG-2026-0001", status, approved=TOO_MUCH, paid="1000.00", approval_date=date(2026, 1, 10))
    result = r10(others=(paid,))
    assert_check(result, Outcome.PASS, "deminimis_ok")
    assert result.params["total"] == "1000.00"


@pytest.mark.parametrize("status", [Status.EXPIRED, Status.REVOKED, Status.WITHDRAWN, Status.REJECTED,
                                    Status.RECEIVED, Status.IN_REVIEW])
def test_r10_expired_revoked_withdrawn_or_undecided_vouchers_do_not_count(status: Status) -> None:
    ended = other("IG-2026-0001", status, approved=TOO_MUCH, paid=TOO_MUCH, approval_date=date(2026, 1, 10))
    result = r10(others=(ended,))
    assert_check(result, Outcome.PASS, "deminimis_ok")
    assert result.params["total"] == "0"


def test_r10_an_approved_voucher_older_than_the_window_does_not_count() -> None:
    old = other("IG-2023-0001", Status.CLOSED, approved=TOO_MUCH, paid=TOO_MUCH, approval_date=date(2023, 3, 2))
    assert deminimis_total(replace(BASE, others=(old,))) == 0
    assert_check(r10(others=(old,)), Outcome.PASS, "deminimis_ok")


def test_r10_a_lower_request_is_what_counts_against_the_ceiling() -> None:
    aid = PriorAid(Decimal("299000.00"), None)
    assert_check(r10(aid), Outcome.FAIL, "deminimis_exceeded")
    assert_check(r10(aid, requested_amount=Decimal("1000.00")), Outcome.PASS, "deminimis_ok")


def test_r10_ceiling_and_years_come_from_the_programme_version() -> None:
    strict = programme(deminimis_ceiling=Decimal("200000.00"), deminimis_years=2)
    assert_check(r10(PriorAid(Decimal("198000.01"), date(2025, 1, 1)), programme=strict), Outcome.FAIL,
                 "deminimis_exceeded")
    assert_check(r10(PriorAid(Decimal("198000.01"), date(2024, 3, 2)), programme=strict), Outcome.PASS,
                 "deminimis_ok")


# R11 -------------------------------------------------------------------------------------------------------------

def test_r11_a_request_above_the_voucher_amount_is_capped_with_a_warning() -> None:
    result = assess(replace(BASE, requested_amount=Decimal("2500.00")))
    assert_check(result.by_rule("R11"), Outcome.WARNING, "request_capped")
    assert result.by_rule("R11").params == {"requested": "2500.00", "amount": "2000.00"}
    assert result.amount == Decimal("2000.00")
    assert result.eligible
    assert [c.rule for c in result.warnings] == ["R11"]


def test_r11_a_lower_request_is_granted_as_asked() -> None:
    result = assess(replace(BASE, requested_amount=Decimal("1500.00")))
    assert_check(result.by_rule("R11"), Outcome.PASS, "request_ok")
    assert result.amount == Decimal("1500.00")
    assert result.voucher_amount == Decimal("2000.00")


def test_r11_a_request_of_exactly_the_voucher_amount_passes() -> None:
    result = assess(replace(BASE, requested_amount=Decimal("2000.00")))
    assert_check(result.by_rule("R11"), Outcome.PASS, "request_ok")
    assert result.amount == Decimal("2000.00")


def test_r11_no_request_grants_the_voucher_amount() -> None:
    result = assess(BASE)
    assert_check(result.by_rule("R11"), Outcome.PASS, "request_ok")
    assert result.amount == Decimal("2000.00")


# R12 -------------------------------------------------------------------------------------------------------------

def test_r12_no_budget_line_fails() -> None:
    assert_check(check("R12", budget_available=None), Outcome.FAIL, "no_budget_line")


def test_r12_a_cent_short_fails() -> None:
    result = check("R12", budget_available=Decimal("1999.99"))
    assert_check(result, Outcome.FAIL, "budget_short")
    assert result.params["amount"] == "2000.00"


def test_r12_exactly_enough_passes() -> None:
    assert_check(check("R12", budget_available=Decimal("2000.00")), Outcome.PASS, "budget_ok")


def test_r12_budget_is_compared_with_the_amount_granted_not_the_voucher_amount() -> None:
    result = check("R12", budget_available=Decimal("1500.00"), requested_amount=Decimal("1500.00"))
    assert_check(result, Outcome.PASS, "budget_ok")


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED])
def test_r12_an_already_committed_application_passes_without_available_money(status: Status) -> None:
    result = assess(replace(BASE, status=status, approved_amount=Decimal("1800.00"), budget_available=Decimal(0)))
    assert_check(result.by_rule("R12"), Outcome.PASS, "committed")
    assert result.amount == Decimal("1800.00")
