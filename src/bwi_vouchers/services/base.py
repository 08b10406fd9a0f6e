"""What every service shares: the database, the clock, the acting user and the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, overload

from bwi_vouchers.domain.enums import MeasureType, Role, SizeClass
from bwi_vouchers.domain.money import MoneyError, to_money
from bwi_vouchers.domain.programme import Programme, in_force
from bwi_vouchers.domain.sme import SmeFigures, SmeLimit, size_class
from bwi_vouchers.errors import InvalidFields, NotFoundError, PermissionDenied, ValidationError
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.plausible import clean_text
from bwi_vouchers.storage.database import Database, UnitOfWork
from bwi_vouchers.storage.models import ProgrammeVersion, User

T = TypeVar("T")


class Problems:
    """Collects what is wrong with a form's fields, so that all of them are named at once, not one per save."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, read: Callable[[], T], default: T) -> T:
        """``read()``, or ``default`` when it refuses its field (the refusal is kept)."""
        try:
            return read()
        except InvalidFields as error:
            self.found.extend(error.problems)
        except ValidationError as error:
            self.found.append(error)
        return default

    @classmethod
    def of(cls, read: Callable[[], object]) -> list[ValidationError]:
        """Every field ``read()`` refuses (one ``ValidationError`` or ``InvalidFields``); empty when it passes."""
        problems = cls()
        problems.check(read, None)
        return problems.found

    def raise_any(self) -> None:
        """Raise the one refusal as it is, several as ``InvalidFields``; nothing when all fields are fine."""
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise InvalidFields(self.found)


class Service:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.db = database
        self.clock = clock

    def _actor(self, uow: UnitOfWork, login: str, role: Role | None = None) -> User:
        """The acting user, who must exist, be active and (if given) hold the role."""
        user = uow.user(login)
        if user is None or not user.active:
            raise PermissionDenied("unknown_user", user=login)
        if role is not None and role.value not in roles_of(user):
            raise PermissionDenied("role_missing_action", user=login, role=role.value)
        return user

    def _audit(self, uow: UnitOfWork, actor: str, entity: str, entity_id: str | int, action: str,
               changes: dict[str, list[Any]]) -> None:
        uow.audit(user=actor, entity=entity, entity_id=entity_id, action=action, changes=changes,
                  at=self.clock.now())


def roles_of(user: User) -> frozenset[str]:
    return frozenset(r for r in user.roles.split(",") if r)


def jsonable(value: Any) -> Any:
    """A value as the audit trail stores it: dates ISO, money as text, enums as their value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """Field → [old, new] for what differs."""
    return {key: [jsonable(old.get(key)), jsonable(value)] for key, value in new.items()
            if jsonable(old.get(key)) != jsonable(value)}


def created(values: dict[str, Any]) -> dict[str, list[Any]]:
    return {key: [None, jsonable(value)] for key, value in values.items() if value is not None}


@overload
def money(field: str, value: object) -> Decimal: ...


@overload
def money(field: str, value: object, *, allow_none: bool) -> Decimal | None: ...


def money(field: str, value: object, *, allow_none: bool = False) -> Decimal | None:
    """A money input, or a ValidationError naming the field (``None`` only with ``allow_none``)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(field, "required")
    try:
        return to_money(value)
    except MoneyError as exc:
        raise ValidationError(field, f"money_{exc.code}", value=str(value)) from None


def required_text(field: str, value: str | None, *, max_length: int = 300, multiline: bool = False) -> str:
    """A filled, clean text (see ``plausible.clean_text``), or a ValidationError naming the field."""
    text = clean_text(field, value or "", multiline=multiline).strip()
    if not text:
        raise ValidationError(field, "required")
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length)
    return text


def optional_text(field: str, value: str | None, *, max_length: int = 300,
                  multiline: bool = False) -> str | None:
    """A clean text or None when empty (see ``plausible.clean_text``), or a ValidationError naming the field."""
    text = clean_text(field, value or "", multiline=multiline).strip()
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length)
    return text or None


def programme_of(row: ProgrammeVersion) -> Programme:
    return Programme(
        id=row.id, valid_from=row.valid_from, name=row.name, rate=row.rate, cap=row.cap, min_costs=row.min_costs,
        max_vouchers_per_year=row.max_vouchers_per_year, deminimis_ceiling=row.deminimis_ceiling,
        deminimis_years=row.deminimis_years, deminimis_basis=row.deminimis_basis,
        deminimis_basis_title=row.deminimis_basis_title,
        sme_limit=SmeLimit(row.sme_staff_limit, row.sme_turnover_limit, row.sme_balance_limit),
        proof_months=row.proof_months, lead_days=row.lead_days,
        measure_types=frozenset(MeasureType(t) for t in row.measure_types.split(",") if t),
        funding_sources=tuple(s for s in row.funding_sources.split(",") if s), default_source=row.default_source,
    )


def programmes(uow: UnitOfWork) -> list[Programme]:
    versions = [programme_of(row) for row in uow.programme_versions()]
    if not versions:
        raise NotFoundError("no_programme")
    return versions


def figures_size(versions: Sequence[Programme], figures: SmeFigures) -> SizeClass:
    """The size class of one reference year's figures, by the SME limit in force at the end of that year."""
    return size_class(figures, in_force(versions, date(figures.reference_year, 12, 31)).sme_limit)
