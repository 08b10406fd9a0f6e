"""What every part of the demo generator shares: the seeded random draws, the clock, the events, the staff."""

from __future__ import annotations

import itertools
import marshal
import pickle
import random
from array import array
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from heapq import heappop, heappush
from typing import Any

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.domain.money import from_cents
from bwi_vouchers.domain.programme import Programme, programme_for
from bwi_vouchers.domain.rules import Check
from bwi_vouchers.services.demo import names
from bwi_vouchers.services.demo.model import (
    AWAITING_PROOF,
    FUTURE,
    LONG_DUE,
    RECENTLY_DUE,
    RUNNING,
    Cancelled,
    DemoCancelled,
    DemoReference,
    Progress,
    Weighted,
    sources_of,
)
from bwi_vouchers.services.demo.spill import SEQ_BITS, Spill, Waiting, key_second, second_key

COMPANY_KEYS = ("name", "legal_form", "register_number", "vat_id", "street", "postcode", "city", "region_code",
                "seat_or_branch_in_bw", "nace_code", "match_key")


def company_event(row: dict[str, Any], user: str) -> dict[str, Any]:
    """The audit event of a demo company's creation, made from its row when it is written."""
    changes = {key: [None, row[key]] for key in COMPANY_KEYS if row[key] is not None}
    return {"at": row["created_at"], "user_login": user, "entity": "company", "entity_id": str(row["id"]),
            "action": "created", "changes": changes}


class GeneratorBase:
    """The state and the draws the parts share; each part (companies, measures, applications, rows) is a subclass."""

    # set by the parts, read by others
    company_handles: array[int]  # each company's spilled rows
    company_clerks: array[int]  # who recorded each company (index into clerks)
    company_first: array[int]  # each company's first receipt (ordinal, 0: none)
    measure_first: array[int]
    new_users: list[tuple[str, str, tuple[str, ...]]]
    clerks: list[str]
    approvers: list[str]
    budget_users: list[str]
    roles: dict[str, frozenset[Role]]
    ledger_count: int = 0  # rows handed over so far
    event_count: int = 0

    def __init__(self, reference: DemoReference, seed: int, progress: Progress | None,
                 is_cancelled: Cancelled | None) -> None:
        self.ref = reference
        self.rng = random.Random(seed)
        self._random = self.rng.random
        self.today = reference.today
        self.year = reference.today.year
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.programmes = list(reference.programmes)
        self.sources = sources_of(self.programmes)
        self.themes = tuple(t for t in reference.themes if t in names.FIELD_WORDS) or tuple(names.FIELD_WORDS)
        self.eligible_clusters = [c for c in reference.clusters if not c.state_owned]
        self.state_clusters = [c for c in reference.clusters if c.state_owned]
        # The audit events not written yet, a heap by (time, sequence); a callable builds its event when taken.
        self.audit: list[tuple[datetime, int, dict[str, Any]]] = []
        self.audit_far = Waiting()  # payload: a spill handle << 1, or a company's index << 1 | 1
        self.horizon = datetime.min  # events before it stay in memory (see _event)
        self.spill = Spill()
        self.seq = itertools.count()
        self.tables: dict[str, list[dict[str, Any]]] = {}
        self.phases = {name: Weighted(mix) for name, mix in (
            ("future", FUTURE), ("running", RUNNING), ("awaiting", AWAITING_PROOF),
            ("recently_due", RECENTLY_DUE), ("long_due", LONG_DUE))}
        self.checks: dict[tuple[bool, str | None], tuple[Check, ...]] = {}  # the demo's assessments, shared

    # -- helpers ----------------------------------------------------------------------------------------
    def _ri(self, low: int, high: int) -> int:
        """A whole number from low to high inclusive (faster than Random.randint, as deterministic)."""
        return low + int(self._random() * (high - low + 1))

    def _choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self._random() * len(seq))]

    def _pick(self, weighted: Sequence[tuple[Any, int]]) -> Any:
        total = sum(w for _, w in weighted)
        x = self._random() * total
        for value, weight in weighted:
            x -= weight
            if x < 0:
                return value
        return weighted[-1][0]

    def _money(self, low: int, high: int, *, step: int = 1, cents: bool = False) -> Decimal:
        value = self._ri(low // step, high // step) * step * 100
        if cents:
            value += self._ri(0, 99)
        return from_cents(value)

    def _programme(self, receipt: date) -> Programme:
        if len(self.programmes) == 1:
            return self.programmes[0]
        return programme_for(self.programmes, receipt)

    def _at(self, day: date, after: datetime | None = None) -> datetime:
        """A time of day for an event: office hours, and before nine on today's date (the clock's 'now')."""
        if day >= self.today:
            moment = datetime(day.year, day.month, day.day, 7) + timedelta(minutes=self._ri(0, 100))
        else:
            moment = datetime(day.year, day.month, day.day, 8) + timedelta(minutes=self._ri(0, 540))
        if after is not None and moment <= after:
            moment = after + timedelta(minutes=self._ri(1, 6))
        return moment

    def _event(self, at: datetime, user: str, entity: str, entity_id: str, action: str,
               changes: dict[str, Any]) -> None:
        """An audit event, written in the order of (time, sequence). One that the batch being made will write
        (before ``horizon``) waits in memory; a later one in the spill, its handle in ``audit_far``."""
        seq = next(self.seq)
        if at < self.horizon:
            heappush(self.audit, (at, seq, {"at": at, "user_login": user, "entity": entity, "entity_id": entity_id,
                                            "action": action, "changes": changes}))
        else:
            self.audit_far.push(at, seq, self.spill.put(marshal.dumps((user, entity, entity_id, action, changes)))
                                << 1)

    def _event_of_company(self, at: datetime, index: int) -> None:
        """The creation event of company ``index``, made from its spilled row when written (``company_event``)."""
        self.audit_far.push(at, next(self.seq), index << 1 | 1)

    def _events_before(self, until: datetime | None) -> list[dict[str, Any]]:
        """Take the events before ``until`` (a midnight; all with None) off both queues, oldest first."""
        near = self.audit
        taken = []
        for key, payload in self.audit_far.take(until):
            while near and (second_key(near[0][0]) << SEQ_BITS | near[0][1]) < key:
                taken.append(heappop(near)[2])
            taken.append(self._far_event(key, payload))
        while near and (until is None or near[0][0] < until):
            taken.append(heappop(near)[2])
        return taken

    def _far_event(self, key: int, payload: int) -> dict[str, Any]:
        at = key_second(key >> SEQ_BITS)
        if payload & 1:
            index = payload >> 1
            row = pickle.loads(self.spill.get(self.company_handles[index]))[0]
            row["created_at"] = at
            return company_event(row, self.clerks[self.company_clerks[index]])
        user, entity, entity_id, action, changes = marshal.loads(self.spill.get(payload >> 1))
        return {"at": at, "user_login": user, "entity": entity, "entity_id": entity_id, "action": action,
                "changes": changes}

    def _tick(self, done: int, total: int) -> None:
        if done % 2000 == 0:
            if self.is_cancelled is not None and self.is_cancelled():
                raise DemoCancelled()
            if self.progress is not None:
                self.progress(done, total)


    # -- users ---------------------------------------------------------------------------------------------
    def _users(self) -> None:
        """The demo staff; an existing login is kept as it is and used only for the roles it has."""
        self.new_users = []
        roles: dict[str, frozenset[str]] = {}
        for login, display, user_roles in names.DEMO_USERS:
            if login in self.ref.users:
                roles[login] = self.ref.users[login]
            else:
                self.new_users.append((login, display, user_roles))
                roles[login] = frozenset(user_roles)
        self.clerks = [login for login, r in roles.items() if Role.CLERK.value in r] or [self.ref.actor]
        self.approvers = [login for login, r in roles.items() if Role.APPROVER.value in r] or [self.ref.actor]
        self.budget_users = [login for login, r in roles.items() if Role.BUDGET.value in r] or [self.ref.actor]
        self.roles = {login: frozenset(Role(r) for r in held) for login, held in {**self.ref.users, **roles}.items()}

    def _other(self, pool: list[str], not_this: str | None) -> str:
        """Four eyes: somebody from the pool other than the given user."""
        choices = [login for login in pool if login != not_this]
        return self._choice(choices or pool)

    def _finish_users(self, first_receipt: date | None) -> None:
        first = self.today - timedelta(days=365 * 4)
        if first_receipt is not None and first_receipt < first:
            first = first_receipt
        created_at = datetime.combine(first - timedelta(days=30), time(8))
        rows = []
        for login, display, user_roles in self.new_users:
            value = ",".join(sorted(user_roles))
            rows.append({"login": login, "display_name": display, "roles": value, "active": True,
                         "created_at": created_at})
            self._event(created_at, self.ref.actor, "user", login, "created",
                        {"login": [None, login], "display_name": [None, display], "roles": [None, value]})
        self.tables["app_user"] = rows
