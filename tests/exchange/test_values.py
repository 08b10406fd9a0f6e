"""Reading cells: German text and real cells into dates, money, numbers and yes/no — or a reason why not."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from bwi_vouchers.exchange.columns import Column, Kind
from bwi_vouchers.exchange.values import CellError, read_cell

DATE = Column("D", Kind.DATE)
MONEY = Column("M", Kind.MONEY)
NUMBER = Column("N", Kind.DECIMAL)
YES_NO = Column("J", Kind.YES_NO)
TEXT = Column("T", max_length=5)
REQUIRED = Column("R", required=True)


@pytest.mark.parametrize(("value", "expected"), [
    ("01.03.2026", date(2026, 3, 1)), ("1.3.2026", date(2026, 3, 1)), ("01.03.26", date(2026, 3, 1)),
    ("2026-03-01", date(2026, 3, 1)), (datetime(2026, 3, 1, 0, 0), date(2026, 3, 1)),
    (date(2026, 3, 1), date(2026, 3, 1)),
])
def test_dates(value: object, expected: date) -> None:
    assert read_cell(value, DATE) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2.500,00", Decimal("2500.00")), ("2500,5", Decimal("2500.50")), ("2.500", Decimal("2500.00")),
    ("2500.50", Decimal("2500.50")), (" 1.234,56 € ", Decimal("1234.56")), (2500, Decimal("2500.00")),
    (2500.5, Decimal("2500.50")), (Decimal("7.10"), Decimal("7.10")),
])
def test_money(value: object, expected: Decimal) -> None:
    assert read_cell(value, MONEY) == expected


@pytest.mark.parametrize(("column", "value", "code"), [
    (DATE, "32.13.2026", "cell_not_date"), (DATE, "29.02.2026", "cell_not_date"), (DATE, 46082, "cell_not_date"),
    (MONEY, "viel", "cell_not_amount"), (MONEY, "-5,00", "cell_negative"), (MONEY, 0.1 + 0.2, "cell_decimals"),
    (MONEY, "1e3", "cell_not_amount"), (MONEY, "9.999.999.999,00", "cell_too_large"), (MONEY, True, "cell_not_amount"),
    (NUMBER, "zwölf", "cell_not_number"), (NUMBER, "-1", "cell_negative"), (YES_NO, "vielleicht", "cell_not_yes_no"),
    (TEXT, "zu lang", "cell_too_long"), (REQUIRED, "  ", "cell_required"), (REQUIRED, None, "cell_required"),
])
def test_refusals(column: Column, value: object, code: str) -> None:
    with pytest.raises(CellError) as refused:
        read_cell(value, column)
    assert refused.value.code == code


def test_other_kinds() -> None:
    assert read_cell("12,5", NUMBER) == Decimal("12.5")
    assert read_cell(7.25, NUMBER) == Decimal("7.25")
    assert [read_cell(v, YES_NO) for v in ("ja", "Nein", "x", True, 0)] == [True, False, True, True, False]
    assert read_cell(70173.0, Column("PLZ")) == "70173"  # a postcode typed as a number
    assert read_cell(None, MONEY) is None and read_cell("", DATE) is None  # optional cells may stay empty
