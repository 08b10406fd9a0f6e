"""Reading cell values: real cells or German text (``01.03.2026``, ``2.500,00``, ``ja``) into typed values.

Each reader returns the value or raises ``CellError`` with a code and parameters that ``texts`` puts
into words. Money never passes through float arithmetic: a float cell is taken by its shortest decimal
representation, which is exactly what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from bwi_vouchers import formats
from bwi_vouchers.domain.dates import EARLIEST, LATEST, plausible
from bwi_vouchers.domain.money import MoneyError, parse_german_money, to_money
from bwi_vouchers.exchange.columns import Column, Kind

YES = frozenset({"ja", "j", "yes", "y", "x", "wahr", "true", "1"})
NO = frozenset({"nein", "n", "no", "falsch", "false", "0"})
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")
MAX_DECIMAL = Decimal(1_000_000_000)


class CellError(ValueError):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def shown(value: object) -> str:
    """A cell value as the user sees it, for messages."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return formats.day(value, "de")
    return str(value).strip()


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value: object, column: Column) -> str:
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))  # a postcode or register number typed as a number
    elif isinstance(value, (date, datetime)):
        text = formats.day(value, "de")
    else:
        text = str(value).strip()
    if len(text) > column.max_length:
        raise CellError("cell_too_long", max=column.max_length)
    return text


def read_date(value: object, earliest: date = EARLIEST) -> date:
    """A date within the window the programme can mean (``domain.dates``); a two-digit year is 20xx."""
    day = _date_of(value)
    if not plausible(day, earliest):
        raise CellError("cell_date_out_of_range", date=day.isoformat(), earliest=earliest.isoformat(),
                        latest=LATEST.isoformat())
    return day


def _date_of(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time):  # a cell formatted as a time of day (Excel's day 0)
        raise CellError("cell_time_not_date", value=value.strftime("%H:%M"))
    text = shown(value)
    match = _DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            two_digits = len(match.group(3)) == 2  # only "01.03.26" means 2026; "01.03.0026" is year 26
            return date(year + 2000 if two_digits else year, month, day)
        match = _ISO.match(text)
        if match:
            return date(*(int(g) for g in match.groups()))
    except ValueError:
        pass
    raise CellError("cell_not_date", value=text)


def read_money(value: object) -> Decimal:
    try:
        if isinstance(value, bool):
            raise MoneyError("not_a_number", value)
        if isinstance(value, float):
            return to_money(Decimal(repr(value)))
        if isinstance(value, (int, Decimal)):
            return to_money(value)
        return parse_german_money(str(value))
    except MoneyError as exc:
        code = {"negative": "cell_negative", "too_many_decimals": "cell_decimals",
                "too_large": "cell_too_large"}.get(exc.code, "cell_not_amount")
        raise CellError(code, value=shown(value)) from None


def read_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise CellError("cell_not_number", value=shown(value))
    try:
        if isinstance(value, float):
            number = Decimal(repr(value))
        elif isinstance(value, (int, Decimal)):
            number = Decimal(value)
        else:
            text = str(value).strip().replace(" ", "")
            if "," in text:
                text = text.replace(".", "").replace(",", ".")
            if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
                raise InvalidOperation
            number = Decimal(text)
    except InvalidOperation:
        raise CellError("cell_not_number", value=shown(value)) from None
    if number < 0:
        raise CellError("cell_negative", value=shown(value))
    if number > MAX_DECIMAL:
        raise CellError("cell_too_large", value=shown(value))
    return number


def read_integer(value: object) -> int:
    number = read_decimal(value)
    if number != number.to_integral_value():
        raise CellError("cell_not_integer", value=shown(value))
    return int(number)


def read_yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = shown(value).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError("cell_not_yes_no", value=shown(value))


_READERS: dict[Kind, Callable[[object], Any]] = {
    Kind.DATE: read_date, Kind.MONEY: read_money, Kind.DECIMAL: read_decimal, Kind.INTEGER: read_integer,
    Kind.YES_NO: read_yes_no}


def read_cell(value: object, column: Column) -> Any:
    """The typed value of one cell; None for an empty optional cell."""
    if is_empty(value):
        if column.required:
            raise CellError("cell_required")
        return None
    if column.kind is Kind.TEXT:
        return read_text(value, column)
    if column.kind is Kind.DATE:
        return read_date(value, column.earliest)
    return _READERS[column.kind](value)
