"""Money as Decimal: parsing, rounding down to whole euros, cents."""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal, InvalidOperation

CENT = Decimal("0.01")
EURO = Decimal("1")
# No single amount in this programme comes near this; anything above is a typing error.
MAX_AMOUNT = Decimal("1000000000.00")
# Plain decimal text only: Decimal() alone would also take "1e3", "1_000", "NaN" and "Infinity".
_PLAIN = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")


class MoneyError(ValueError):
    """A text or number that is not an amount of money we accept; ``code`` says why."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def to_money(value: object, *, allow_negative: bool = False) -> Decimal:
    """Turn an int, Decimal or plain text (``1234.5``) into a Decimal with cents.

    Floats are refused: money never passes through binary floating point.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError("not_a_number", value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        if not _PLAIN.match(value.strip()):
            raise MoneyError("not_a_number", value)
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise MoneyError("not_a_number", value) from None
    else:
        raise MoneyError("not_a_number", value)
    if not amount.is_finite():
        raise MoneyError("not_a_number", value)
    # Before quantizing: a number with more digits than the context holds cannot be quantized at all.
    if abs(amount) > MAX_AMOUNT:
        raise MoneyError("too_large", value)
    if amount != amount.quantize(CENT, rounding=ROUND_DOWN):
        raise MoneyError("too_many_decimals", value)
    if amount < 0 and not allow_negative:
        raise MoneyError("negative", value)
    return amount.quantize(CENT)


def parse_german_money(text: str) -> Decimal:
    """Parse ``2.500,00`` or ``2500,5`` or ``2500.50`` (German first) into money; also what
    ``formats.money`` writes (``1.234,56 €``, with any kind of space before the euro sign)."""
    raw = text.strip().replace("€", "").replace("EUR", "").strip()
    raw = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1 or (raw.count(".") == 1 and len(raw.split(".")[1]) == 3):
        # "2.500" is two thousand five hundred in German, never two and a half.
        raw = raw.replace(".", "")
    return to_money(raw)


def floor_euros(amount: Decimal) -> Decimal:
    """Round down to whole euros, keeping two decimals (``1234.99`` → ``1234.00``)."""
    return amount.quantize(EURO, rounding=ROUND_DOWN).quantize(CENT)


def cents(amount: Decimal) -> int:
    """Exact integer cents of an amount with at most two decimals."""
    value = amount * 100
    if value != value.to_integral_value():
        raise MoneyError("too_many_decimals", amount)
    return int(value)


def from_cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(CENT)
