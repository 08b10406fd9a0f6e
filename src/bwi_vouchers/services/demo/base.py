"""What every part of the demo generator shares: the seeded random draws, the clock, the events, the staff."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
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
    AppDraft,
    Cancelled,
    DemoCancelled,
    DemoReference,
    Progress,
    Weighted,
    sources_of,
)


class GeneratorBase:
    """The state and the draws the parts share; each part (companies, measures, applications, rows) is a subclass."""

    # set by the parts, read by others
    company_rows: dict[int, dict[str, Any]]
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
        self.audit: list[tuple[datetime, int, dict[str, Any] | Callable[[], dict[str, Any]]]] = []
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
        heappush(self.audit, (at, next(self.seq), {"at": at, "user_login": user, "entity": entity,
                                                    "entity_id": entity_id, "action": action, "changes": changes}))

    def _event_later(self, at: datetime, build: Callable[[], dict[str, Any]]) -> None:
        """An event whose row ``build()`` makes only when it is written (keeps the heap small)."""
        heappush(self.audit, (at, next(self.seq), build))

    def _events_before(self, until: datetime | None) -> list[dict[str, Any]]:
        """Take the events before ``until`` (all with None) off the heap, oldest first."""
        heap = self.audit
        taken = []
        while heap and (until is None or heap[0][0] < until):
            item = heappop(heap)[2]
            taken.append(item if isinstance(item, dict) else item())
        return taken

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

    def _finish_users(self, apps: list[AppDraft]) -> None:
        first = min([app.receipt for app in apps[:1]] + [self.today - timedelta(days=365 * 4)])
        created_at = datetime.combine(first - timedelta(days=30), time(8))
        rows = []
        for login, display, user_roles in self.new_users:
            value = ",".join(sorted(user_roles))
            rows.append({"login": login, "display_name": display, "roles": value, "active": True,
                         "created_at": created_at})
            self._event(created_at, self.ref.actor, "user", login, "created",
                        {"login": [None, login], "display_name": [None, display], "roles": [None, value]})
        self.tables["app_user"] = rows
