"""Amounts: voucher and payout arithmetic, money parsing and formatting, dates, SME size classes, ledger totals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import LedgerKind, SizeClass
from bwi_vouchers.domain.ledger import sum_by_kind, totals_from_sums
from bwi_vouchers.domain.money import (
    MoneyError,
    cents,
    floor_euros,
    from_cents,
    parse_german_money,
    to_money,
)
from bwi_vouchers.domain.programme import add_months, in_force, subtract_years
from bwi_vouchers.domain.references import CHARACTERS, could_be_in_reference, format_reference, parse_reference
from bwi_vouchers.domain.sme import SmeFigures, size_class

from .programmes import DEFAULT, programme

D = Decimal


# voucher amount --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("costs", "amount"), [
    ("1001.99", "500.00"),   # 500.995 → 500
    ("1001.00", "500.00"),   # 500.50 → 500
    ("1003.00", "501.00"),
    ("999.98", "499.00"),    # 499.99 → 499
    ("500.00", "250.00"),
    ("0.00", "0.00"),
    ("5999.99", "2999.00"),
    ("6000.00", "3000.00"),  # exactly the cap
    ("6001.99", "3000.00"),  # capped
    ("250000.00", "3000.00"),
])
def test_voucher_amount_is_half_the_costs_rounded_down_to_whole_euros_and_capped(costs: str, amount: str) -> None:
    result = DEFAULT.voucher_amount(D(costs))
    assert result == D(amount)
    assert str(result) == amount  # whole euros, still with two decimals


def test_voucher_amount_follows_the_programme_rate_and_cap() -> None:
    other = programme(rate=D("0.40"), cap=D("2500.00"))
    assert other.voucher_amount(D("1002.49")) == D("400.00")  # 400.996
    assert other.voucher_amount(D("7000.00")) == D("2500.00")


@pytest.mark.parametrize(("approved", "actual", "payout"), [
    ("2000.00", "4000.00", "2000.00"),
    ("2000.00", "3001.99", "1500.00"),   # 1500.995 → 1500
    ("2000.00", "9000.00", "2000.00"),   # never more than approved
    ("1500.00", "3000.00", "1500.00"),
    ("2000.00", "0.00", "0.00"),
    ("2000.00", "1.99", "0.00"),
])
def test_payout_is_min_of_approved_and_rate_times_actual_costs(approved: str, actual: str, payout: str) -> None:
    result = DEFAULT.payout_amount(D(approved), D(actual))
    assert result == D(payout)
    assert str(result) == payout


def test_floor_euros_keeps_two_decimals() -> None:
    assert str(floor_euros(D("1234.99"))) == "1234.00"
    assert str(floor_euros(D("7"))) == "7.00"
    assert str(floor_euros(D("0.99"))) == "0.00"


# to_money: Decimal only ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [1.5, 0.1, 2500.0, float("nan"), True, None, [1]])
def test_to_money_refuses_floats_and_other_non_numbers(value: object) -> None:
    with pytest.raises(MoneyError) as info:
        to_money(value)
    assert info.value.code == "not_a_number"


@pytest.mark.parametrize("text", ["1e3", "1E+2", "1_000", "NaN", "Infinity", "-Infinity", "abc", "", "12,50",
                                  "1.2.3", "0x10"])
def test_to_money_refuses_text_that_is_not_a_plain_decimal(text: str) -> None:
    with pytest.raises(MoneyError) as info:
        to_money(text)
    assert info.value.code == "not_a_number"


@pytest.mark.parametrize(("value", "expected"), [
    (5, "5.00"), (D("5.1"), "5.10"), ("1234.5", "1234.50"), (" 12.30 ", "12.30"), ("0", "0.00"),
    ("1000000000.00", "1000000000.00"),
])
def test_to_money_accepts_int_decimal_and_plain_text(value: object, expected: str) -> None:
    result = to_money(value)
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_to_money_refuses_more_than_cents() -> None:
    with pytest.raises(MoneyError) as info:
        to_money("12.345")
    assert info.value.code == "too_many_decimals"
    assert to_money("12.340") == D("12.34")  # a trailing zero is no extra precision


def test_to_money_refuses_negative_amounts_unless_allowed() -> None:
    with pytest.raises(MoneyError) as info:
        to_money("-0.01")
    assert info.value.code == "negative"
    assert to_money("-0.01", allow_negative=True) == D("-0.01")


@pytest.mark.parametrize("value", ["1000000000.01", "1" + "0" * 40, D("1E+30"), 10**40])
def test_to_money_refuses_absurdly_large_amounts(value: object) -> None:
    with pytest.raises(MoneyError) as info:
        to_money(value)
    assert info.value.code == "too_large"


def test_cents_round_trip_is_exact() -> None:
    assert cents(D("12.34")) == 1234
    assert cents(D("-0.01")) == -1
    assert from_cents(1234) == D("12.34")
    assert str(from_cents(100)) == "1.00"
    with pytest.raises(MoneyError):
        cents(D("0.001"))


# German money text -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2.500,00", "2500.00"),
    ("2500,5", "2500.50"),
    ("2.500", "2500.00"),          # German thousands separator, never 2.5
    ("1.234.567,89 €", "1234567.89"),
    ("1.000.000", "1000000.00"),
    ("2500.50", "2500.50"),
    ("2.5", "2.50"),
    ("2,5", "2.50"),
    (" 1.000 EUR ", "1000.00"),
    ("0,99", "0.99"),
])
def test_parse_german_money(text: str, expected: str) -> None:
    assert str(parse_german_money(text)) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("zwei", "not_a_number"), ("", "not_a_number"), ("1e3", "not_a_number"), ("2.500,001", "too_many_decimals"),
    ("-5,00", "negative"),
])
def test_parse_german_money_refuses_what_is_no_amount(text: str, code: str) -> None:
    with pytest.raises(MoneyError) as info:
        parse_german_money(text)
    assert info.value.code == code


# dates -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 5, 8), 6, date(2026, 11, 8)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),   # month end
    (date(2027, 8, 31), 6, date(2028, 2, 29)),   # leap year
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 7, 31), 6, date(2027, 1, 31)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 6, 30), 18, date(2027, 12, 30)),
    (date(2026, 6, 30), 0, date(2026, 6, 30)),
])
def test_add_months_keeps_the_day_or_takes_the_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_proof_due_is_measure_end_plus_the_programme_months() -> None:
    assert DEFAULT.proof_due(date(2026, 8, 31)) == date(2027, 2, 28)
    assert programme(proof_months=3).proof_due(date(2026, 5, 8)) == date(2026, 8, 8)


def test_subtract_years_maps_29_february_to_28_february() -> None:
    assert subtract_years(date(2026, 3, 2), 3) == date(2023, 3, 2)
    assert subtract_years(date(2028, 2, 29), 3) == date(2025, 2, 28)
    assert subtract_years(date(2028, 2, 29), 4) == date(2024, 2, 29)


def test_in_force_picks_the_latest_version_valid_on_the_day() -> None:
    old = DEFAULT
    new = replace(DEFAULT, valid_from=date(2026, 7, 1), cap=D("4000.00"))
    assert in_force([new, old], date(2026, 6, 30)) is old
    assert in_force([new, old], date(2026, 7, 1)) is new
    assert in_force([new, old], date(2019, 1, 1)) is old  # before the first version: the first


# SME size classes ------------------------------------------------------------------------------------------------

def figures(awu: str, turnover: str = "1000000.00", balance: str = "1000000.00") -> SmeFigures:
    return SmeFigures(2025, D(awu), D(turnover), D(balance))


@pytest.mark.parametrize(("fig", "klass"), [
    (figures("9.99"), SizeClass.MICRO),
    (figures("10"), SizeClass.SMALL),
    (figures("9", "2000000.00", "9000000.00"), SizeClass.MICRO),        # turnover at the ceiling
    (figures("9", "9000000.00", "2000000.00"), SizeClass.MICRO),        # or balance at the ceiling
    (figures("9", "2000000.01", "2000000.01"), SizeClass.SMALL),        # both above: next class
    (figures("49.99"), SizeClass.SMALL),
    (figures("50"), SizeClass.MEDIUM),
    (figures("49", "10000000.00", "99000000.00"), SizeClass.SMALL),
    (figures("49", "10000000.01", "10000000.01"), SizeClass.MEDIUM),
    (figures("249.99"), SizeClass.MEDIUM),
    (figures("250"), SizeClass.LARGE),
    (figures("100", "50000000.00", "99000000.00"), SizeClass.MEDIUM),
    (figures("100", "99000000.00", "43000000.00"), SizeClass.MEDIUM),
    (figures("100", "50000000.01", "43000000.01"), SizeClass.LARGE),
])
def test_size_class_boundaries(fig: SmeFigures, klass: SizeClass) -> None:
    assert size_class(fig, DEFAULT.sme_limit) is klass


def test_the_sme_limit_is_the_programme_versions() -> None:
    """Where medium ends is programme data: a version with a lower staff limit makes 200 AWU large."""
    fig = SmeFigures(2026, Decimal(200), Decimal("1000000.00"), Decimal("1000000.00"))
    lower = replace(DEFAULT.sme_limit, staff=Decimal(150))
    assert (size_class(fig, DEFAULT.sme_limit), size_class(fig, lower)) == (SizeClass.MEDIUM, SizeClass.LARGE)
    # not an SME by the programme is large, even where the EU's smaller classes would call it small
    small = SmeFigures(2026, Decimal(12), Decimal("1000000.00"), Decimal("1000000.00"))
    assert size_class(small, replace(DEFAULT.sme_limit, staff=Decimal(10))) is SizeClass.LARGE


# references ------------------------------------------------------------------------------------------------------

def test_references_format_and_parse() -> None:
    assert format_reference(2026, 1) == "IG-2026-0001"
    assert format_reference(2026, 12345) == "IG-2026-12345"
    assert parse_reference(" ig-2026-0012 ") == (2026, 12)
    assert parse_reference("IG-2026-10000") == (2026, 10000)
    for bad in ("IG-26-0001", "IG-2026-001", "XX-2026-0001", "IG-2026-0001x", ""):
        assert parse_reference(bad) is None


def test_which_search_texts_could_be_part_of_a_reference() -> None:
    for year, number in ((2022, 1), (2026, 9999), (2031, 123456)):
        assert set(format_reference(year, number)) <= CHARACTERS  # every reference is written with these
    for part in ("ig-2026", "G-20", "0569", "-", "i", "2026-000"):
        assert could_be_in_reference(part), part
    for name_only in ("q", "gmbh", "berge", "ö", "2026 ", "IG_2026", "ß"):  # only company names can hold these
        assert not could_be_in_reference(name_only), name_only


# ledger ----------------------------------------------------------------------------------------------------------

def test_totals_from_ledger_sums() -> None:
    sums = sum_by_kind([
        (LedgerKind.COMMITMENT, D("2000.00")), (LedgerKind.COMMITMENT, D("1500.00")),
        (LedgerKind.PAYOUT, D("1200.00")), (LedgerKind.RELEASE, D("800.00")),   # first: paid 1,200, rest released
        (LedgerKind.RECOVERY, D("200.00")),
    ])
    totals = totals_from_sums(2026, "Landesmittel", D("10000.00"), sums)
    assert totals.committed == D("1500.00")      # 3,500 − 800 − 1,200
    assert totals.paid == D("1000.00")           # 1,200 − 200
    assert totals.available == D("7500.00")      # 10,000 − 1,500 − 1,000
    assert totals.budget == D("10000.00")


def test_totals_of_an_empty_ledger() -> None:
    totals = totals_from_sums(2026, "EFRE", D("5000.00"), {})
    assert (totals.committed, totals.paid, totals.available) == (0, 0, D("5000.00"))
