"""The one formatting module: money, numbers, dates, sizes and plurals in German and English (Babel's CLDR data)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bwi_vouchers import formats
from bwi_vouchers.domain.money import parse_german_money, to_money

D = Decimal


@pytest.mark.parametrize(("amount", "german", "english"), [
    ("1234.56", "1.234,56 €", "€1,234.56"),
    ("0", "0,00 €", "€0.00"),
    ("999", "999,00 €", "€999.00"),
    ("1000", "1.000,00 €", "€1,000.00"),
    ("1234567.5", "1.234.567,50 €", "€1,234,567.50"),
    ("-1234.5", "-1.234,50 €", "-€1,234.50"),
    ("-0.05", "-0,05 €", "-€0.05"),
    ("0.05", "0,05 €", "€0.05"),
    ("999999999.99", "999.999.999,99 €", "€999,999,999.99"),
])
def test_money(amount: str, german: str, english: str) -> None:
    assert formats.money(D(amount), "de") == german
    assert formats.money(D(amount), "en") == english
    assert formats.money(D(amount), "en_GB") == english


def test_money_uses_a_plain_space_and_nothing_for_none() -> None:
    assert "\u00a0" not in formats.money(D("175"), "de")
    assert formats.money(None, "de") == ""


@given(st.decimals(min_value=D("0.00"), max_value=D("999999999.99"), places=2, allow_nan=False,
                   allow_infinity=False))
def test_what_the_formatter_writes_the_parsers_read(amount: Decimal) -> None:
    assert parse_german_money(formats.money(amount, "de")) == amount
    english = formats.money(amount, "en")
    assert to_money(english.replace(",", "").replace("€", "")) == amount


def test_the_parser_also_reads_a_no_break_space() -> None:
    assert parse_german_money("1.234,56\u00a0€") == D("1234.56")
    assert parse_german_money("1.234,56\u202f€") == D("1234.56")


@pytest.mark.parametrize(("value", "german", "english"), [
    (0, "0", "0"), (7, "7", "7"), (12345, "12.345", "12,345"), (100000, "100.000", "100,000"),
    (-2500, "-2.500", "-2,500"), (D("56.2"), "56,2", "56.2"), (D("1234.75"), "1.234,75", "1,234.75"),
])
def test_number(value: int | Decimal, german: str, english: str) -> None:
    assert formats.number(value, "de") == german
    assert formats.number(value, "en") == english


def test_number_with_fixed_places() -> None:
    assert formats.number(D("56"), "de", places=1) == "56,0"
    assert formats.number(3, "en", places=2) == "3.00"


@pytest.mark.parametrize(("rate", "german", "english"), [
    ("0.5", "50 %", "50%"), ("0.375", "37,5 %", "37.5%"), ("1", "100 %", "100%"),
])
def test_percent(rate: str, german: str, english: str) -> None:
    assert formats.percent(D(rate), "de") == german
    assert formats.percent(D(rate), "en") == english


def test_dates_and_moments() -> None:
    assert formats.day(date(2026, 12, 2), "de") == "02.12.2026"
    assert formats.day(date(2026, 12, 2), "en") == "02/12/2026"
    assert formats.day(date(1, 3, 4), "de") == "04.03.0001"  # four digits, always
    assert formats.day(None, "de") == ""
    moment = datetime(2026, 12, 2, 8, 3, 5)
    assert formats.moment(moment, "de") == "02.12.2026 08:03"
    assert formats.moment(moment, "en", seconds=True) == "02/12/2026 08:03:05"


@pytest.mark.parametrize(("size", "german", "english"), [
    (0, "0 Byte", "0 bytes"), (1, "1 Byte", "1 byte"), (812, "812 Byte", "812 bytes"),
    (12595, "12,3 KB", "12.3 KB"), (4 * 1024 * 1024, "4,0 MB", "4.0 MB"), (25 * 1024 * 1024, "25,0 MB", "25.0 MB"),
    (1536, "1,5 KB", "1.5 KB"),
])
def test_size(size: int, german: str, english: str) -> None:
    assert formats.size(size, "de") == german
    assert formats.size(size, "en") == english


@pytest.mark.parametrize(("count", "german", "english"), [
    (0, "0 weitere Gutscheine", "0 other vouchers"),
    (1, "1 weiterer Gutschein", "1 other voucher"),
    (2, "2 weitere Gutscheine", "2 other vouchers"),
    (12345, "12.345 weitere Gutscheine", "12,345 other vouchers"),
])
def test_plural(count: int, german: str, english: str) -> None:
    words = {"de": ("{n} weiterer Gutschein", "{n} weitere Gutscheine"),
             "en": ("{n} other voucher", "{n} other vouchers")}
    assert formats.plural(count, "de", **words) == german
    assert formats.plural(count, "en", **words) == english


def test_plural_without_english_is_german() -> None:
    assert formats.plural(1, "en", de=("{n} Tag", "{n} Tage")) == "1 Tag"


def test_listing() -> None:
    assert formats.listing(["R01", "R04", "R08"], "de") == "R01, R04 und R08"
    assert formats.listing(["R01", "R04"], "en") == "R01 and R04"
    assert formats.listing([], "de") == ""


def test_importing_the_module_does_not_import_babel() -> None:
    probe = "import sys, bwi_vouchers.formats, bwi_vouchers.texts; print('babel' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "False"


def test_percent_with_fixed_places() -> None:
    assert formats.percent(D("0"), "de", places=1) == "0,0 %"
    assert formats.percent(D("0.20849"), "de", places=1) == "20,8 %"
    assert formats.percent(D("1"), "en", places=1) == "100.0%"
