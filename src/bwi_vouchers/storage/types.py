"""Column types that keep money and exact decimals exact on every database."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, String
from sqlalchemy.types import TypeDecorator

from bwi_vouchers.domain.money import cents, from_cents


class Money(TypeDecorator[Decimal]):
    """Euros as Decimal in Python, integer cents in the database — never a float in between."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
            raise TypeError(f"money must be Decimal, got {type(value).__name__}")
        return cents(Decimal(value))

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        return None if value is None else from_cents(int(value))


class ExactDecimal(TypeDecorator[Decimal]):
    """A decimal kept as its text (rates, annual work units): exact, and never summed in SQL."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
            raise TypeError(f"decimal must be Decimal, got {type(value).__name__}")
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)
