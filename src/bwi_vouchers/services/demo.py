"""Demo data (DESIGN §10 ``demo``): a realistic database, deterministic by seed and today's date.

German companies in real Baden-Württemberg towns, measures to real destinations abroad, and applications
over every status and several years — each one consistent with the rules and the services: amounts from
the programme version in force, references consecutive per year, approved ones eligible, rejected ones
(mostly) with a failing rule, four-eyes respected, a ledger entry for every booking and an audit event
for every step, shaped as the services write them.

``generate`` is pure (reference data in, rows out); ``DemoService.load`` reads the reference data,
generates and writes everything with ``storage.bulk`` in one transaction.
"""

from __future__ import annotations

import gc
import itertools
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from bwi_vouchers.domain.enums import MeasureType, Role, Status
from bwi_vouchers.domain.money import CENT, format_eur, from_cents
from bwi_vouchers.domain.programme import Programme, add_months, in_force
from bwi_vouchers.domain.references import format_reference
from bwi_vouchers.domain.rules import RULES
from bwi_vouchers.errors import BwiError, ValidationError
from bwi_vouchers.services import demo_names as names
from bwi_vouchers.services.base import Service, programmes, roles_of
from bwi_vouchers.services.companies import match_key
from bwi_vouchers.storage import bulk
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import BudgetLine

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MAX_APPLICATIONS = 1_000_000
#: Of the progress bar: generating takes this share, writing the rest.
_PROGRESS_TOTAL = 1000
_GENERATE_SHARE = 350

#: Statuses that hold one of the company's (at most two) vouchers of a year: pending or granted once.
_HOLDS_A_SLOT = frozenset({Status.RECEIVED, Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID,
                           Status.CLOSED, Status.EXPIRED, Status.REVOKED})
_STEP_ORDER = {
    Status.APPROVED: (Status.IN_REVIEW, Status.APPROVED),
    Status.REJECTED: (Status.IN_REVIEW, Status.REJECTED),
    Status.PROOF_RECEIVED: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED),
    Status.PAID: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID),
    Status.CLOSED: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED),
    Status.EXPIRED: (Status.IN_REVIEW, Status.APPROVED, Status.EXPIRED),
}

# Status mix per phase of the measure (clean applications; flawed ones are rejected or withdrawn).
_FUTURE = ((Status.RECEIVED, 22), (Status.IN_REVIEW, 18), (Status.APPROVED, 50), (Status.WITHDRAWN, 6),
           (Status.REJECTED, 2))
_RUNNING = ((Status.APPROVED, 88), (Status.WITHDRAWN, 5), (Status.REVOKED, 2), (Status.REJECTED, 2))
_AWAITING_PROOF = ((Status.APPROVED, 45), (Status.PROOF_RECEIVED, 20), (Status.PAID, 22), (Status.WITHDRAWN, 4),
                   (Status.REVOKED, 4), (Status.REJECTED, 2))
_RECENTLY_DUE = ((Status.APPROVED, 12), (Status.EXPIRED, 9), (Status.PROOF_RECEIVED, 8), (Status.PAID, 30),
                 (Status.CLOSED, 26), (Status.WITHDRAWN, 4), (Status.REVOKED, 5), (Status.REJECTED, 2))
_LONG_DUE = ((Status.CLOSED, 58), (Status.PAID, 11), (Status.EXPIRED, 10), (Status.PROOF_RECEIVED, 2),
             (Status.REVOKED, 6), (Status.WITHDRAWN, 5), (Status.REJECTED, 2))

# Flaws that make an application ineligible, each failing exactly one rule.
NOT_SME, STATE_OWNED_ONLY, OUTSIDE_BW, DEMINIMIS_FULL = "R04", "R02", "R03", "R10"
LATE, LOW_COSTS = "R06", "R07"
_COMPANY_FLAWS = ((NOT_SME, Decimal("0.015")), (STATE_OWNED_ONLY, Decimal("0.015")), (OUTSIDE_BW, Decimal("0.005")),
                  (DEMINIMIS_FULL, Decimal("0.003")))


class DemoCancelled(BwiError):
    """The demo load was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass(frozen=True)
class DemoSummary:
    users: int
    companies: int
    measures: int
    applications: int
    by_status: Mapping[str, int]
    budget_lines: int
    ledger_entries: int
    audit_events: int

    def __str__(self) -> str:
        statuses = ", ".join(f"{status} {count}" for status, count in self.by_status.items() if count)
        return (f"{self.applications} Anträge ({statuses}), {self.companies} Unternehmen, {self.measures} Maßnahmen, "
                f"{self.budget_lines} Budgetzeilen, {self.ledger_entries} Buchungen, {self.audit_events} "
                f"Protokolleinträge, {self.users} Benutzer")


@dataclass(frozen=True)
class ClusterRef:
    id: int
    name: str
    state_owned: bool
    themes: tuple[int, ...]


@dataclass(frozen=True)
class DemoReference:
    """What the generator needs to know about the database it fills."""

    today: date
    programmes: tuple[Programme, ...]
    themes: tuple[int, ...]  # active target fields
    clusters: tuple[ClusterRef, ...]
    users: Mapping[str, frozenset[str]]  # existing login -> roles
    next_id: Mapping[str, int]
    measure_codes: tuple[str, ...]
    counters: Mapping[int, int]  # reference_counter rows already there
    budget_lines: Mapping[tuple[int, str], tuple[int, Decimal]]  # existing (year, source) -> (id, amount)
    actor: str


@dataclass
class DemoRows:
    """Everything the generator made: rows per table, plus the updates of what existed already."""

    tables: dict[str, list[dict[str, Any]]]
    counters: dict[int, int]
    budget_amounts: dict[int, Decimal]  # existing budget line id -> raised amount
    summary: DemoSummary


def read_reference(uow: UnitOfWork, today: date, actor: str) -> DemoReference:
    clusters = tuple(ClusterRef(c.id, c.name, c.state_owned, tuple(sorted(t.code for t in c.themes)))
                     for c in sorted(uow.clusters(), key=lambda c: c.id) if c.active)
    session = uow.session
    return DemoReference(
        today=today,
        programmes=tuple(programmes(uow)),
        themes=tuple(t.code for t in uow.themes() if t.active),
        clusters=clusters,
        users={u.login: roles_of(u) for u in uow.users()},
        next_id=bulk.next_ids(session, ["company", "measure", "application", "budget_line"]),
        measure_codes=tuple(sorted(bulk.measure_codes(session))),
        counters=bulk.reference_counters(session),
        budget_lines={(line.year, line.source): (line.id, line.amount) for line in uow.budget_lines()},
        actor=actor,
    )


class DemoService(Service):
    def load(self, actor: str, *, applications: int = 1000, seed: int = 1, progress: Progress | None = None,
             is_cancelled: Cancelled | None = None) -> DemoSummary:
        """Fill a database without applications with demo data, in one transaction (cancel: nothing written)."""
        _check_count(applications)
        cancelled = is_cancelled or (lambda: False)
        report = progress or (lambda done, total: None)
        with _gc_paused(), self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor)
            existing = uow.application_count()
            if existing:
                raise BwiError("demo_not_empty", count=existing)
            reference = read_reference(uow, self.clock.today(), actor)

            def generating(done: int, total: int) -> None:
                report(_GENERATE_SHARE * done // max(total, 1), _PROGRESS_TOTAL)

            rows = generate(reference, applications=applications, seed=seed, progress=generating,
                            is_cancelled=cancelled)

            def writing(done: int, total: int) -> None:
                report(_GENERATE_SHARE + (_PROGRESS_TOTAL - _GENERATE_SHARE) * done // max(total, 1),
                       _PROGRESS_TOTAL)

            try:
                bulk.insert(uow.session, rows.tables, progress=writing, is_cancelled=cancelled, release=True)
            except bulk.Interrupted:
                raise DemoCancelled() from None
            bulk.set_reference_counters(uow.session, rows.counters)
            for line_id, amount in rows.budget_amounts.items():
                line = uow.get(BudgetLine, line_id)
                assert line is not None
                line.amount = amount
            if cancelled():
                raise DemoCancelled()
            report(_PROGRESS_TOTAL, _PROGRESS_TOTAL)
            return rows.summary

    def rows(self, actor: str, *, applications: int = 1000, seed: int = 1) -> DemoRows:
        """The rows ``load`` would write into this database, without writing them (benchmarks, tests)."""
        _check_count(applications)
        with self.db.unit_of_work() as uow:
            self._actor(uow, actor)
            reference = read_reference(uow, self.clock.today(), actor)
        return generate(reference, applications=applications, seed=seed)


def _check_count(applications: int) -> None:
    if not 0 <= applications <= MAX_APPLICATIONS:
        raise ValidationError("applications", "out_of_range", value=applications)


def generate(reference: DemoReference, *, applications: int, seed: int, progress: Progress | None = None,
             is_cancelled: Cancelled | None = None) -> DemoRows:
    """All demo rows for ``applications`` applications; the same inputs always give the same rows."""
    with _gc_paused():
        return _Generator(reference, seed, progress, is_cancelled).run(applications)


# ---------------------------------------------------------------------------------------------------------------
# the generator — written for speed as well: 100,000 applications take some 20 s of CPU to generate

_V = {status: status.value for status in Status}  # Enum.value is slow in a hot loop


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Millions of small objects and no cycles among them: the cyclic collector would only rescan them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Weighted:
    """Values with integer or float weights, drawn with one random number and a binary search."""

    def __init__(self, weighted: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in weighted]
        self.cum = list(itertools.accumulate(weight for _, weight in weighted))

    def pick(self, random_: Callable[[], float]) -> Any:
        return self.values[bisect(self.cum, random_() * self.cum[-1])]


@dataclass(eq=False)
class _Company:
    id: int
    name: str
    theme: int
    flaw: str | None
    town: names.Town
    cluster_id: int
    weight: int
    domain: str
    first_day: date | None = None


@dataclass(eq=False)
class _Measure:
    id: int
    start: date
    end: date
    themes: tuple[int, ...]
    type: MeasureType
    city: str
    country: str
    title: str
    code: str = ""
    first_day: date | None = None


@dataclass(eq=False)
class _Step:
    target: Status
    day: date
    user: str
    reason: str | None = None


@dataclass(eq=False)
class _App:
    company: _Company
    measure: _Measure
    programme: Programme
    theme: int
    receipt: date
    due: date  # proof of use due, should the application be approved
    items: list[tuple[str, str, Decimal]]
    costs: Decimal
    requested: Decimal | None
    voucher: Decimal
    amount: Decimal  # what an approval grants
    source: str | None
    line_source: str
    status: Status
    flaw: str | None
    created_by: str
    notes: str | None
    steps: list[_Step] = field(default_factory=list)
    actual_costs: Decimal | None = None
    minute: int = 0
    id: int = 0
    reference: str = ""


class _Generator:
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
        self.sources = _sources(self.programmes)
        self.themes = tuple(t for t in reference.themes if t in names.FIELD_WORDS) or tuple(names.FIELD_WORDS)
        self.eligible_clusters = [c for c in reference.clusters if not c.state_owned]
        self.state_clusters = [c for c in reference.clusters if c.state_owned]
        self.audit: list[tuple[datetime, int, dict[str, Any]]] = []
        self.seq = itertools.count()
        self.tables: dict[str, list[dict[str, Any]]] = {}
        self.phases = {name: _Weighted(mix) for name, mix in (
            ("future", _FUTURE), ("running", _RUNNING), ("awaiting", _AWAITING_PROOF),
            ("recently_due", _RECENTLY_DUE), ("long_due", _LONG_DUE))}
        self.outcomes = {rule: "pass" for rule in RULES}

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
        return in_force(self.programmes, receipt)

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
        self.audit.append((at, next(self.seq), {"at": at, "user_login": user, "entity": entity,
                                                 "entity_id": entity_id, "action": action, "changes": changes}))

    def _tick(self, done: int, total: int) -> None:
        if done % 2000 == 0:
            if self.is_cancelled is not None and self.is_cancelled():
                raise DemoCancelled()
            if self.progress is not None:
                self.progress(done, total)

    # -- the whole run ---------------------------------------------------------------------------------
    def run(self, count: int) -> DemoRows:
        self._users()
        companies = self._companies(max(20, count // 4))
        measures = self._measures(max(12, count // 40))
        apps = self._applications(count, companies, measures)
        self._number(apps)
        lines = self._budget_lines(apps)
        self._application_rows(apps, lines)
        self._company_rows(companies)
        self._measure_rows(measures)
        counters = self._counters(apps)
        budget_amounts = self._budget_rows(lines)
        self._finish_users(apps)
        self.audit.sort(key=lambda item: (item[0], item[1]))
        self.tables["audit_event"] = [row for _, _, row in self.audit]
        self.tables["ledger_entry"].sort(key=lambda row: (row["booked_at"], row["application_id"]))
        by_status = {s.value: 0 for s in Status}
        for app in apps:
            by_status[_V[app.status]] += 1
        summary = DemoSummary(
            users=len(self.tables["app_user"]), companies=len(companies), measures=len(measures),
            applications=len(apps), by_status=by_status, budget_lines=len(lines),
            ledger_entries=len(self.tables["ledger_entry"]), audit_events=len(self.tables["audit_event"]))
        return DemoRows(self.tables, counters, budget_amounts, summary)

    # -- users ---------------------------------------------------------------------------------------------
    def _users(self) -> None:
        """The demo staff; an existing login is kept as it is and used only for the roles it has."""
        self.new_users: list[tuple[str, str, tuple[str, ...]]] = []
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

    def _other(self, pool: list[str], not_this: str | None) -> str:
        """Four eyes: somebody from the pool other than the given user."""
        choices = [login for login in pool if login != not_this]
        return self._choice(choices or pool)

    def _finish_users(self, apps: list[_App]) -> None:
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

    # -- companies ------------------------------------------------------------------------------------------
    def _companies(self, count: int) -> list[_Company]:
        first_id = self.ref.next_id["company"]
        flaws: list[str | None] = [None] * count
        special = len(names.SPECIAL_COMPANY_NAMES)
        free = list(range(special, count))
        self.rng.shuffle(free)
        for kind, rate in _COMPANY_FLAWS:
            if kind == STATE_OWNED_ONLY and not self.state_clusters:
                continue
            for _ in range(max(1, int(count * rate))):
                if free:
                    flaws[free.pop()] = kind
        forms = _Weighted([(form, weight) for form, weight, _ in names.LEGAL_FORMS])
        register_kinds = {form: kind for form, _, kind in names.LEGAL_FORMS}
        activity = _Weighted(((1, 55), (2, 25), (4, 15), (8, 5)))
        taken: set[str] = set()
        registers: set[int] = set()
        vats: set[str] = set()
        companies: list[_Company] = []
        rows: dict[str, list[dict[str, Any]]] = {"company": [], "sme_figures": [], "membership": [], "contact": [],
                                                 "deminimis_record": []}
        for index in range(count):
            theme = self._choice(self.themes)
            flaw = flaws[index]
            town = self._choice(names.TOWNS_OUTSIDE_BW if flaw == OUTSIDE_BW else names.TOWNS)
            if index < special:
                name, legal_form = names.SPECIAL_COMPANY_NAMES[index]
            else:
                legal_form = forms.pick(self._random)
                name = self._company_name(theme, legal_form, town, taken)
            taken.add(name)
            register_kind = register_kinds.get(legal_form)
            register = None
            if register_kind is not None and self._random() < 0.95:
                number = self._ri(700000, 799999)
                while number in registers:
                    number = self._ri(700000, 799999)
                registers.add(number)
                register = f"Amtsgericht {town.court} {register_kind} {number}"
            vat = None
            if register is None or self._random() < 0.8:
                vat = self._vat_id()
                while vat in vats:
                    vat = self._vat_id()
                vats.add(vat)
            clusters = self._memberships(theme, flaw)
            company = _Company(id=first_id + index, name=name, theme=theme, flaw=flaw, town=town,
                               cluster_id=clusters[0][0].id, weight=activity.pick(self._random), domain=_domain(name))
            companies.append(company)
            rows["company"].append({
                "id": company.id, "name": name, "legal_form": legal_form, "register_number": register,
                "vat_id": vat, "street": f"{self._choice(names.STREETS)} {self._ri(1, 180)}",
                "postcode": town.postcode, "city": town.name, "region_code": town.region,
                "seat_or_branch_in_bw": flaw != OUTSIDE_BW, "nace_code": self._choice(names.NACE_CODES[theme]),
                "match_key": match_key(name, town.postcode), "created_at": None, "version": 1})
            rows["sme_figures"] += self._figures(company)
            for cluster, valid_from, valid_to in clusters:
                rows["membership"].append({"company_id": company.id, "cluster_id": cluster.id,
                                           "valid_from": valid_from, "valid_to": valid_to})
            for _ in range(1 if self._random() < 0.7 else 2):
                rows["contact"].append(self._contact(company))
            rows["deminimis_record"] += self._deminimis(company)
        self.tables.update(rows)
        self.company_rows = {row["id"]: row for row in rows["company"]}
        return companies

    def _company_name(self, theme: int, legal_form: str, town: names.Town, taken: set[str]) -> str:
        choice = self._choice
        base = ""
        for attempt in range(12):
            word = choice(names.FIELD_WORDS[theme])
            pattern = self._random()
            if pattern < 0.40:
                base = f"{choice(names.SURNAMES)} {word}"
            elif pattern < 0.62:
                base = f"{choice(names.REGIONAL_WORDS)} {word}"
            elif pattern < 0.80:
                base = f"{choice(names.FANTASY_PREFIXES)}{choice(names.FANTASY_SUFFIXES)} {word}"
            elif pattern < 0.86:
                base = f"{choice(names.SURNAMES)} & {choice(names.SURNAMES)}"
            elif pattern < 0.93:
                base = f"{choice(names.FANTASY_PREFIXES)}{choice(names.FANTASY_SUFFIXES)}"
            else:
                base = f"{choice(names.SURNAMES)} {word} {town.name.split()[0].split('/')[0]}"
            if attempt >= 8:
                base = f"{base} {choice(names.REGIONAL_WORDS)}"
            name = f"{base} {legal_form}"
            if name not in taken:
                return name
        number = 2
        while f"{base} {number} {legal_form}" in taken:
            number += 1
        return f"{base} {number} {legal_form}"

    def _memberships(self, theme: int, flaw: str | None) -> list[tuple[ClusterRef, date, date | None]]:
        """The first entry is the cluster the company's applications name; it is active long before them."""
        since = date(self.year - self._ri(5, 14), self._ri(1, 12), self._ri(1, 28))
        if flaw == STATE_OWNED_ONLY:
            return [(self._choice(self.state_clusters), since, None)]
        pool = self.eligible_clusters or list(self.ref.clusters)
        fitting = [c for c in pool if theme in c.themes]
        main = self._choice(fitting if fitting and self._random() < 0.85 else pool)
        result: list[tuple[ClusterRef, date, date | None]] = [(main, since, None)]
        if self._random() < 0.2:
            other = self._choice([c for c in self.ref.clusters if c.id != main.id] or [main])
            if other.id != main.id:
                start = date(self.year - self._ri(3, 9), self._ri(1, 12), 1)
                end = None if self._random() < 0.7 else start + timedelta(days=self._ri(200, 900))
                result.append((other, start, end if end is None or end < self.today else None))
        return result

    def _figures(self, company: _Company) -> list[dict[str, Any]]:
        ri = self._ri
        if company.flaw == NOT_SME:
            base = (Decimal(ri(260, 2400)), Decimal(ri(60, 900)) * 1_000_000, Decimal(ri(48, 700)) * 1_000_000)
        else:
            size = self._random()
            if size < 0.15:  # micro
                base = (Decimal(ri(20, 90)) / 10, Decimal(ri(300, 1900)) * 1000, Decimal(ri(200, 1800)) * 1000)
            elif size < 0.60:  # small
                base = (Decimal(ri(100, 480)) / 10, Decimal(ri(2000, 9500)) * 1000, Decimal(ri(1500, 9000)) * 1000)
            else:  # medium, staying below 250 annual work units after growth
                base = (Decimal(ri(500, 2250)) / 10, Decimal(ri(10000, 45000)) * 1000,
                        Decimal(ri(8000, 40000)) * 1000)
        rows = []
        for offset, growth in ((5, Decimal("1")), (2, Decimal(ri(100, 110)) / 100)):
            awu, turnover, balance = base
            rows.append({"company_id": company.id, "reference_year": self.year - offset,
                         "annual_work_units": (awu * growth).quantize(Decimal("0.1")),
                         "turnover": (turnover * growth).quantize(CENT),
                         "balance_sheet_total": (balance * growth).quantize(CENT)})
        return rows

    def _contact(self, company: _Company) -> dict[str, Any]:
        first, last = self._choice(names.FIRST_NAMES), self._choice(names.SURNAMES)
        title = "Dr. " if self._random() < 0.1 else ""
        area = company.town.area_code
        phone = f"+49 {area[1:]} {self._ri(100, 9999)}{self._ri(10, 99)}-{self._ri(0, 399)}"
        return {"company_id": company.id, "name": f"{title}{first} {last}",
                "email": f"{_ascii(first)}.{_ascii(last)}@{company.domain}", "phone": phone,
                "function": self._choice(names.CONTACT_FUNCTIONS)}

    def _deminimis(self, company: _Company) -> list[dict[str, Any]]:
        if company.flaw == DEMINIMIS_FULL:
            ceiling = max(p.deminimis_ceiling for p in self.programmes)
            return [{"company_id": company.id, "granting_body": names.DEMINIMIS_DECLARED, "grant_date": None,
                     "amount": ceiling - Decimal("150.00"), "legal_basis": names.DEMINIMIS_NEW_BASIS}]
        if self._random() >= 0.15:
            return []
        rows = []
        for _ in range(self._ri(1, 2)):
            granted = self.today - timedelta(days=self._ri(30, 4 * 365))
            basis = names.DEMINIMIS_NEW_BASIS if granted >= date(2024, 1, 1) else names.DEMINIMIS_OLD_BASIS
            rows.append({"company_id": company.id, "granting_body": self._choice(names.DEMINIMIS_BODIES),
                         "grant_date": granted, "amount": self._money(1500, 45000, step=100),
                         "legal_basis": basis})
        return rows

    def _vat_id(self) -> str:
        """DE + 8 digits + the check digit (ISO 7064 MOD 11,10, as the Bundeszentralamt für Steuern has it)."""
        digits = [self._ri(1, 9)] + [self._ri(0, 9) for _ in range(7)]
        product = 10
        for digit in digits:
            total = (digit + product) % 10 or 10
            product = (2 * total) % 11
        return "DE" + "".join(map(str, digits)) + str((11 - product) % 10)

    # -- measures ---------------------------------------------------------------------------------------------
    def _measures(self, count: int) -> list[_Measure]:
        destinations = [(city, country, tuple(t for t in themes if t in self.themes))
                        for city, country, themes in names.DESTINATIONS]
        destinations = [d for d in destinations if d[2]] or [(c, k, self.themes) for c, k, _ in names.DESTINATIONS]
        by_city = {city: (city, country, themes) for city, country, themes in destinations}
        kinds = _Weighted(((MeasureType.MARKET_RESEARCH_TRIP, 45), (MeasureType.COOPERATION_FAIR, 35),
                           (MeasureType.LOCATION_PRESENTATION, 20)))
        # The first three are the classic ones of the issue text: they always exist.
        fixed = [("Boston", MeasureType.MARKET_RESEARCH_TRIP, 1), ("Lyon", MeasureType.COOPERATION_FAIR, 1),
                 ("Singapur", MeasureType.LOCATION_PRESENTATION, 2)]
        years = list(range(self.year - 3, self.year + 2))
        drafts: list[_Measure] = []
        for index in range(count):
            year = years[index % len(years)]
            if index < len(fixed) and fixed[index][0] in by_city and fixed[index][2] in self.themes:
                city, kind, theme = fixed[index]
                country, others = by_city[city][1], by_city[city][2]
            else:
                city, country, others = self._choice(destinations)
                kind = kinds.pick(self._random)
                theme = self._choice(others)
            themes: tuple[int, ...] = (theme,)
            if len(others) > 1 and self._random() < 0.35:
                themes = (theme, self._choice([t for t in others if t != theme]))
            days = self._ri(2, 6)
            if index - len(fixed) in (0, 1):
                # Two measures anchored on today, so that the dashboard always has approved vouchers whose
                # proof of use is due within the next weeks and others whose proof is overdue.
                end = add_months(self.today, -self._programme(self.today).proof_months)
                end += timedelta(days=12 if index == len(fixed) else -40)
                start = end - timedelta(days=days - 1)
            else:
                start = date(year, 1, 10) + timedelta(days=self._ri(0, 338))
                while start.weekday() > 3:  # trips start Monday to Thursday
                    start += timedelta(days=1)
                end = start + timedelta(days=days - 1)
            drafts.append(_Measure(0, start, end, themes, kind, city, country, _title(kind, theme, city)))
        drafts.sort(key=lambda m: (m.start, m.city, m.title))
        used: dict[int, set[int]] = {}
        for code in self.ref.measure_codes:
            parts = code.split("-")
            if len(parts) == 3 and parts[0] == "M" and parts[1].isdigit() and parts[2].isdigit():
                used.setdefault(int(parts[1]), set()).add(int(parts[2]))
        numbers: dict[int, int] = {}
        first_id = self.ref.next_id["measure"]
        for index, measure in enumerate(drafts):
            year = measure.start.year
            number = numbers.get(year, 0) + 1
            while number in used.get(year, ()):
                number += 1
            numbers[year] = number
            measure.id = first_id + index
            measure.code = f"M-{year}-{number:03d}"
        return drafts

    def _measure_weight(self, measure: _Measure) -> float:
        """Applications come in up to ~18 months ahead; nobody has applied yet for what is further away."""
        ahead = (measure.start - self.today).days
        if ahead <= 120:
            return 1.0
        return max(0.0, 1.0 - (ahead - 120) / 420)

    # -- applications -------------------------------------------------------------------------------------------
    def _applications(self, count: int, companies: list[_Company], measures: list[_Measure]) -> list[_App]:
        weighted = [(m, self._measure_weight(m)) for m in measures]
        weighted = [(m, w) for m, w in weighted if w > 0] or [(m, 1.0) for m in measures]
        pick_measure = _Weighted(weighted)
        clean = [c for c in companies if c.flaw is None]
        flawed = [c for c in companies if c.flaw is not None]
        all_clean = _Weighted([(c, c.weight) for c in clean])
        by_theme = {theme: _Weighted([(c, c.weight) for c in clean if c.theme == theme]) for theme in self.themes
                    if any(c.theme == theme for c in clean)}
        self.used_pairs: set[tuple[int, int]] = set()
        self.slots: dict[tuple[int, int], int] = {}
        apps = []
        for index in range(count):
            self._tick(index, 2 * count)
            measure = pick_measure.pick(self._random)
            theme = self._choice(measure.themes)
            draw = self._random()
            if flawed and draw < 0.04:
                company = self._free_company(flawed, None, measure)
                flaw = company.flaw
            else:
                flaw = LATE if draw < 0.065 else LOW_COSTS if draw < 0.09 else None
                if flaw == LATE and (self.today - measure.start).days < 25:
                    flaw = LOW_COSTS
                company = self._clean_company(all_clean, by_theme.get(theme), measure)
            apps.append(self._application(company, measure, theme, flaw))
        return apps

    def _free_company(self, pool: list[_Company], weighted: _Weighted | None, measure: _Measure,
                      slot_year: int | None = None) -> _Company:
        """A company that has not applied for this measure yet (and has a voucher slot left in the year)."""
        for _ in range(40):
            company = weighted.pick(self._random) if weighted is not None else self._choice(pool)
            if (company.id, measure.id) in self.used_pairs:
                continue
            if slot_year is not None and self.slots.get((company.id, slot_year), 0) >= 2:
                continue
            return company
        start = self._ri(0, len(pool) - 1)
        for offset in range(len(pool)):
            company = pool[(start + offset) % len(pool)]
            if (company.id, measure.id) not in self.used_pairs and (
                    slot_year is None or self.slots.get((company.id, slot_year), 0) < 2):
                return company
        raise _NoCompany()

    def _clean_company(self, all_clean: _Weighted, fitting: _Weighted | None, measure: _Measure) -> _Company:
        """A clean company with a free voucher slot in the measure's year, preferably from the measure's field."""
        year = measure.start.year
        if fitting is not None and self._random() < 0.8:
            try:
                return self._free_company(fitting.values, fitting, measure, year)
            except _NoCompany:
                pass
        try:
            return self._free_company(all_clean.values, all_clean, measure, year)
        except _NoCompany:
            return self._free_company(all_clean.values, all_clean, measure)  # no slot left: it will be withdrawn

    def _application(self, company: _Company, measure: _Measure, theme: int, flaw: str | None) -> _App:
        ri = self._ri
        today = self.today
        year = measure.start.year
        has_slot = flaw is None and self.slots.get((company.id, year), 0) < 2
        # 1. the receipt date and the status, consistent with where the measure stands today
        if flaw == LATE:
            receipt = min(measure.start + timedelta(days=ri(1, 20)), today - timedelta(days=3))
            status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
        elif measure.start > today:
            if flaw is not None and flaw != LOW_COSTS and self._random() < 0.4:
                status = Status.RECEIVED if self._random() < 0.5 else Status.IN_REVIEW
            elif flaw is not None:
                status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
            else:
                status = self.phases["future"].pick(self._random)
            low, high = (0, 20) if status is Status.RECEIVED else (2, 60) if status is Status.IN_REVIEW else (8, 150)
            receipt = max(today - timedelta(days=ri(low, high)), measure.start - timedelta(days=540))
        else:
            receipt = measure.start - timedelta(days=ri(20, 150))
            if flaw is not None:
                status = Status.REJECTED if self._random() < 0.88 else Status.WITHDRAWN
            else:
                status = self.phases[self._phase(measure, receipt)].pick(self._random)
        if flaw is None and status is Status.REJECTED:
            flaw = "manual"
        if flaw is None and status in _HOLDS_A_SLOT and not has_slot:
            status = Status.WITHDRAWN  # the company already holds its two vouchers of that year
        programme = self._programme(receipt)
        # 2. costs and amounts, by the programme version in force on the receipt date
        items = self._cost_items(measure, low=flaw == LOW_COSTS)
        costs = sum((amount for _, _, amount in items), Decimal("0.00"))
        voucher = programme.voucher_amount(costs)
        requested = self._requested(voucher)
        source = "EFRE" if "EFRE" in self.sources and self._random() < 0.2 else None
        app = _App(company=company, measure=measure, programme=programme, theme=theme, receipt=receipt,
                   due=programme.proof_due(measure.end), items=items, costs=costs, requested=requested,
                   voucher=voucher, amount=requested if requested is not None and requested < voucher else voucher,
                   source=source, line_source=source or programme.default_source, status=status, flaw=flaw,
                   created_by=self._choice(self.clerks),
                   notes=self._choice(names.NOTES) if self._random() < 0.05 else None)
        app.steps = self._steps(app)
        self.used_pairs.add((company.id, measure.id))
        if flaw is None and status in _HOLDS_A_SLOT:
            self.slots[(company.id, year)] = self.slots.get((company.id, year), 0) + 1
        if company.first_day is None or receipt < company.first_day:
            company.first_day = receipt
        if measure.first_day is None or receipt < measure.first_day:
            measure.first_day = receipt
        return app

    def _phase(self, measure: _Measure, receipt: date) -> str:
        if (self.today - measure.end).days < 7:
            return "running"
        due = self._programme(receipt).proof_due(measure.end)
        if self.today <= due:
            return "awaiting"
        return "recently_due" if (self.today - due).days <= 120 else "long_due"

    def _cost_items(self, measure: _Measure, *, low: bool) -> list[tuple[str, str, Decimal]]:
        days = (measure.end - measure.start).days + 1
        if low:
            category, _, _, text = names.COST_PARTICIPATION
            return [(category, text.format(city=measure.city, days=days), self._money(150, 480, step=10))]
        if measure.type is MeasureType.MARKET_RESEARCH_TRIP:
            kinds = [names.COST_PARTICIPATION] + ([names.COST_TRAVEL] if self._random() < 0.75 else [])
        elif measure.type is MeasureType.COOPERATION_FAIR:
            kinds = [names.COST_PARTICIPATION if self._random() < 0.5 else names.COST_STAND]
            kinds += [names.COST_TRAVEL] if self._random() < 0.7 else []
        else:
            kinds = [names.COST_STAND, names.COST_STAND_BUILD if self._random() < 0.5 else names.COST_TRAVEL]
        if len(kinds) < 3 and self._random() < 0.25:
            kinds.append(names.COST_INTERPRETER)
        items = []
        for category, low_eur, high_eur, text in kinds:
            travel = category == names.COST_TRAVEL[0]
            amount = self._money(low_eur, high_eur, step=1 if travel else 50, cents=travel)
            items.append((category, text.format(city=measure.city, days=days), amount))
        return items

    def _requested(self, voucher: Decimal) -> Decimal | None:
        draw = self._random()
        if draw < 0.55:
            return voucher
        if draw < 0.80:
            return None
        if draw < 0.92:
            # a round figure below the voucher amount: the approval grants what was asked for
            lower = (voucher - self._choice((200, 300, 500))) // 100 * 100
            return lower.quantize(CENT) if lower >= 100 else voucher
        return (voucher + self._choice((250, 500, 1000))).quantize(CENT)  # capped, with a warning (R11)

    # -- the lifecycle steps with dates and users -------------------------------------------------------------
    def _steps(self, app: _App) -> list[_Step]:
        ri = self._ri
        today = self.today
        measure = app.measure
        status = app.status

        def clamp(day: date, after: date) -> date:
            return min(today, max(day, after))

        if status is Status.RECEIVED:
            return []
        if status is Status.WITHDRAWN and self._random() < 0.35:
            day = clamp(app.receipt + timedelta(days=ri(1, 20)), app.receipt)
            return [_Step(Status.WITHDRAWN, day, self._choice(self.clerks), self._choice(names.WITHDRAWAL_REASONS))]
        reviewer = self._choice(self.clerks)
        review_day = clamp(app.receipt + timedelta(days=ri(1, 8)), app.receipt)
        steps = [_Step(Status.IN_REVIEW, review_day, reviewer)]
        if status is Status.IN_REVIEW:
            return steps
        if status is Status.WITHDRAWN:
            day = clamp(review_day + timedelta(days=ri(1, 15)), review_day)
            steps.append(_Step(Status.WITHDRAWN, day, self._choice(self.clerks),
                               self._choice(names.WITHDRAWAL_REASONS)))
            return steps
        decision_day = clamp(review_day + timedelta(days=ri(1, 10)), review_day)
        decider = self._other(self.approvers, reviewer)
        if status is Status.REJECTED:
            steps.append(_Step(Status.REJECTED, decision_day, decider, self._rejection_reason(app)))
            return steps
        steps.append(_Step(Status.APPROVED, decision_day, decider))
        chain = _STEP_ORDER.get(status, ())
        if status is Status.REVOKED:
            options = [Status.APPROVED]
            if (today - measure.end).days >= 14:
                options += [Status.PROOF_RECEIVED, Status.PAID]
            chain = _STEP_ORDER.get(self._choice(options), ())
        last = decision_day
        recorder = None
        for target in chain[2:]:
            if target is Status.PROOF_RECEIVED:
                latest = min(today, app.due)
                span = max(7, min(175, (latest - measure.end).days))
                last = min(clamp(measure.end + timedelta(days=ri(7, span)), last), max(latest, last))
                recorder = self._choice(self.clerks)
                app.actual_costs = (app.costs * ri(70, 105) / 100).quantize(CENT)
                steps.append(_Step(Status.PROOF_RECEIVED, last, recorder))
            elif target is Status.PAID:
                last = clamp(last + timedelta(days=ri(2, 25)), last)
                steps.append(_Step(Status.PAID, last, self._other(self.approvers, recorder)))
            elif target is Status.CLOSED:
                last = clamp(last + timedelta(days=ri(14, 90)), last)
                steps.append(_Step(Status.CLOSED, last, self._choice(self.clerks)))
            elif target is Status.EXPIRED:
                last = clamp(app.due + timedelta(days=ri(1, 45)), last)
                steps.append(_Step(Status.EXPIRED, last, self._other(self.clerks, reviewer)))
        if status is Status.REVOKED:
            last = clamp(last + timedelta(days=ri(10, 60)), last)
            steps.append(_Step(Status.REVOKED, last, self._other(self.approvers, reviewer),
                               self._choice(names.REVOCATION_REASONS)))
        return steps

    def _rejection_reason(self, app: _App) -> str:
        programme = app.programme
        flaw = app.flaw
        if flaw == NOT_SME:
            return "R04: Kein KMU im Sinne der Empfehlung 2003/361/EG (250 Beschäftigte oder mehr)."
        if flaw == STATE_OWNED_ONLY:
            return ("R02: Mitglied nur in einem Netzwerk einer Landesgesellschaft; dessen Mitglieder sind von der "
                    "Förderung ausgeschlossen.")
        if flaw == OUTSIDE_BW:
            return "R03: Weder Sitz noch Niederlassung in Baden-Württemberg."
        if flaw == DEMINIMIS_FULL:
            return (f"R10: Mit dem Gutschein würde der De-minimis-Höchstbetrag von "
                    f"{format_eur(programme.deminimis_ceiling)} überschritten.")
        if flaw == LATE:
            return "R06: Antrag erst nach Beginn der Maßnahme eingegangen (vorzeitiger Maßnahmenbeginn)."
        if flaw == LOW_COSTS:
            return f"R07: Förderfähige Kosten unter dem Mindestbetrag von {format_eur(programme.min_costs)}."
        return self._choice(names.REJECTION_WITHOUT_RULE)

    # -- numbering, budget lines and rows -----------------------------------------------------------------------
    def _number(self, apps: list[_App]) -> None:
        """Ids and references in the order of receipt: consecutive per receipt year, no gaps."""
        for app in apps:
            app.minute = self._ri(0, 540)
        apps.sort(key=lambda a: (a.receipt, a.minute, a.company.id, a.measure.id))
        numbers: dict[int, int] = dict(self.ref.counters)
        first_id = self.ref.next_id["application"]
        for index, app in enumerate(apps):
            year = app.receipt.year
            numbers[year] = numbers.get(year, 0) + 1
            app.id = first_id + index
            app.reference = format_reference(year, numbers[year])

    def _budget_lines(self, apps: list[_App]) -> dict[tuple[int, str], dict[str, Any]]:
        """Every (measure year × funding source) line: existing ones are kept, new ones get the next ids."""
        years = {app.measure.start.year for app in apps} | set(range(self.year - 3, self.year + 2))
        lines: dict[tuple[int, str], dict[str, Any]] = {}
        next_id = self.ref.next_id["budget_line"]
        for year in sorted(years):
            for source in self.sources:
                existing = self.ref.budget_lines.get((year, source))
                if existing is not None:
                    lines[(year, source)] = {"id": existing[0], "old": existing[1], "need": Decimal(0),
                                             "first": None}
                else:
                    lines[(year, source)] = {"id": next_id, "old": None, "need": Decimal(0), "first": None}
                    next_id += 1
        return lines

    def _counters(self, apps: list[_App]) -> dict[int, int]:
        counters = dict(self.ref.counters)
        for app in apps:
            year, number = app.receipt.year, int(app.reference.rsplit("-", 1)[1])
            counters[year] = max(counters.get(year, 0), number)
        return counters

    def _application_rows(self, apps: list[_App], lines: dict[tuple[int, str], dict[str, Any]]) -> None:
        app_rows: list[dict[str, Any]] = []
        item_rows: list[dict[str, Any]] = []
        ledger_rows: list[dict[str, Any]] = []
        total = len(apps)
        for index, app in enumerate(apps):
            self._tick(total + index, 2 * total)
            app_rows.append(self._replay(app, lines[(app.measure.start.year, app.line_source)], ledger_rows))
            for position, (category, description, amount) in enumerate(app.items, start=1):
                item_rows.append({"application_id": app.id, "position": position, "category": category,
                                  "description": description, "amount": amount})
        self.tables["application"] = app_rows
        self.tables["cost_item"] = item_rows
        self.tables["ledger_entry"] = ledger_rows

    def _replay(self, app: _App, line: dict[str, Any], ledger: list[dict[str, Any]]) -> dict[str, Any]:
        """Walk the application through its steps as the lifecycle service would: columns, ledger, audit.

        The audit events carry the same fields, in the same order, as ``LifecycleService`` writes them:
        ``status`` and each changed column as [old, new], then ``ledger`` and ``checks`` where they apply.
        """
        measure = app.measure
        reference = app.reference
        if app.receipt >= self.today:
            created_at = self._at(app.receipt)
        else:
            created_at = datetime(app.receipt.year, app.receipt.month, app.receipt.day, 8) + timedelta(
                minutes=app.minute)
        created: dict[str, Any] = {"status": [None, "received"], "company_id": [None, app.company.id],
                                   "measure_id": [None, measure.id], "theme_code": [None, app.theme],
                                   "cluster_id": [None, app.company.cluster_id],
                                   "receipt_date": [None, app.receipt.isoformat()],
                                   "eligible_costs": [None, str(app.costs)]}
        if app.requested is not None:
            created["requested_amount"] = [None, str(app.requested)]
        if app.source is not None:
            created["funding_source"] = [None, app.source]
        created["voucher_amount"] = [None, str(app.voucher)]
        if app.notes is not None:
            created["notes"] = [None, app.notes]
        created["cost_items"] = [None, [f"{category}: {amount}" for category, _, amount in app.items]]
        self._event(created_at, app.created_by, "application", reference, "created", created)
        row: dict[str, Any] = {
            "id": app.id, "reference": reference, "ref_year": app.receipt.year,
            "ref_number": int(reference[8:]), "company_id": app.company.id, "measure_id": measure.id,
            "theme_code": app.theme, "cluster_id": app.company.cluster_id, "receipt_date": app.receipt,
            "early_start_consent": None, "eligible_costs": app.costs, "requested_amount": app.requested,
            "funding_source": app.source, "voucher_amount": app.voucher, "notes": app.notes,
            "status": "received", "budget_line_id": None, "approved_amount": None, "approval_date": None,
            "in_review_by": None, "in_review_at": None, "decided_by": None, "decision_date": None,
            "decision_reason": None, "proof_due_date": None, "proof_received_date": None, "proof_recorded_by": None,
            "actual_costs": None, "payout_amount": None, "payout_date": None, "paid_by": None, "closed_by": None,
            "closed_date": None, "created_by": app.created_by, "created_at": created_at,
            "version": 1 + len(app.steps),
        }
        status = "received"
        open_commitment = Decimal(0)
        moment = created_at
        for step in app.steps:
            target = _V[step.target]
            user, day = step.user, step.day
            iso = day.isoformat()
            audit: dict[str, Any] = {"status": [status, target]}
            bookings: list[tuple[str, Decimal]] = []
            if target == "in_review":
                row["in_review_by"], row["in_review_at"] = user, day
                audit["in_review_by"], audit["in_review_at"] = [None, user], [None, iso]
            elif target in ("withdrawn", "rejected"):
                row["decided_by"], row["decision_date"], row["decision_reason"] = user, day, step.reason
                audit["decided_by"], audit["decision_date"] = [None, user], [None, iso]
                if step.reason is not None:
                    audit["decision_reason"] = [None, step.reason]
            elif target == "approved":
                due = app.due
                row.update(approved_amount=app.amount, approval_date=day, decided_by=user, decision_date=day,
                           proof_due_date=due, budget_line_id=line["id"])
                audit.update(approved_amount=[None, str(app.amount)], approval_date=[None, iso],
                             decided_by=[None, user], decision_date=[None, iso],
                             proof_due_date=[None, due.isoformat()])
                bookings.append(("commitment", app.amount))
                line["need"] += app.amount
                if line["first"] is None or day < line["first"]:
                    line["first"] = day
            elif target == "proof_received":
                assert app.actual_costs is not None
                payout = app.programme.payout_amount(app.amount, app.actual_costs)
                row.update(actual_costs=app.actual_costs, proof_received_date=day, proof_recorded_by=user,
                           payout_amount=payout)
                audit.update(actual_costs=[None, str(app.actual_costs)], proof_received_date=[None, iso],
                             proof_recorded_by=[None, user], payout_amount=[None, str(payout)])
            elif target == "paid":
                row["paid_by"], row["payout_date"] = user, day
                audit["paid_by"], audit["payout_date"] = [None, user], [None, iso]
                payout = row["payout_amount"]
                if payout > 0:
                    bookings.append(("payout", payout))
                if open_commitment - payout > 0:
                    bookings.append(("release", open_commitment - payout))
            elif target == "closed":
                row["closed_by"], row["closed_date"] = user, day
                audit["closed_by"], audit["closed_date"] = [None, user], [None, iso]
            elif target in ("expired", "revoked"):
                if row["decided_by"] != user:
                    audit["decided_by"] = [row["decided_by"], user]
                if row["decision_date"] != day:
                    audit["decision_date"] = [row["decision_date"].isoformat(), iso]
                row["decided_by"], row["decision_date"] = user, day
                if target == "revoked":
                    row["decision_reason"] = step.reason
                    audit["decision_reason"] = [None, step.reason]
                if open_commitment > 0:
                    bookings.append(("release", open_commitment))
                if target == "revoked" and status == "paid" and row["payout_amount"]:
                    bookings.append(("recovery", row["payout_amount"]))
            moment = self._at(day, moment)
            if bookings:
                for kind, amount in bookings:
                    if kind == "commitment":
                        open_commitment += amount
                    elif kind != "recovery":
                        open_commitment -= amount
                    ledger.append({"budget_line_id": row["budget_line_id"], "application_id": app.id, "kind": kind,
                                   "amount": amount, "booked_on": day, "booked_at": moment, "booked_by": user,
                                   "note": f"{reference} {target}"})
                audit["ledger"] = [None, [f"{kind} {amount}" for kind, amount in bookings]]
            if target in ("approved", "rejected"):
                audit["checks"] = [None, self._check_outcomes(app, target)]
            self._event(moment, user, "application", reference, "status:" + target, audit)
            status = target
        assert status == _V[app.status], (reference, status, app.status)
        row["status"] = status
        if status in ("received", "in_review"):
            line["need"] += app.amount  # room for the pending ones, so that their checklist shows R12 passing
        return row

    def _check_outcomes(self, app: _App, target: str) -> dict[str, str]:
        """The outcome per rule as the decision's audit event lists it: the flaw fails, a high request warns."""
        outcomes = dict(self.outcomes)
        if app.requested is not None and app.requested > app.voucher:
            outcomes["R11"] = "warning"
        if target == "rejected" and app.flaw in outcomes:
            outcomes[app.flaw] = "fail"
        return outcomes

    def _budget_rows(self, lines: dict[tuple[int, str], dict[str, Any]]) -> dict[int, Decimal]:
        """Each line gets 115 % of all ever committed on it and of the pending, rounded up to 10,000 €."""
        rows = []
        raised: dict[int, Decimal] = {}
        for (year, source), line in lines.items():
            need = line["need"] * Decimal("1.15")
            tens = -(-int(need.to_integral_value(rounding=ROUND_CEILING)) // 10_000)
            amount = Decimal(max(50_000, tens * 10_000)).quantize(CENT)
            user = self._choice(self.budget_users)
            if line["old"] is not None:
                if line["old"] < amount:
                    raised[line["id"]] = amount
                    self._event(self._at(self.today), user, "budget_line", f"{year}/{source}", "changed",
                                {"amount": [str(line["old"]), str(amount)]})
                continue
            day = min(date(year - 1, 11, 15), self.today)
            if line["first"] is not None:
                day = min(day, line["first"] - timedelta(days=1))
            at = datetime.combine(day, time(8)) + timedelta(minutes=self._ri(0, 60))
            rows.append({"id": line["id"], "year": year, "source": source, "amount": amount, "version": 1})
            self._event(at, user, "budget_line", f"{year}/{source}", "created", {"amount": [None, str(amount)]})
        self.tables["budget_line"] = rows
        return raised

    def _company_rows(self, companies: list[_Company]) -> None:
        keys = ("name", "legal_form", "register_number", "vat_id", "street", "postcode", "city", "region_code",
                "seat_or_branch_in_bw", "nace_code", "match_key")
        for company in companies:
            row = self.company_rows[company.id]
            if company.first_day is not None:
                day = company.first_day - timedelta(days=self._ri(1, 30))
            else:
                day = self.today - timedelta(days=self._ri(0, 4 * 365))
            at = datetime(day.year, day.month, day.day, 7, 30) + timedelta(minutes=self._ri(0, 29))
            row["created_at"] = at
            changes = {key: [None, row[key]] for key in keys if row[key] is not None}
            self._event(at, self._choice(self.clerks), "company", str(company.id), "created", changes)

    def _measure_rows(self, measures: list[_Measure]) -> None:
        rows = []
        links = []
        for measure in measures:
            rows.append({"id": measure.id, "code": measure.code, "title": measure.title, "type": measure.type.value,
                         "country": measure.country, "city": measure.city, "start_date": measure.start,
                         "end_date": measure.end, "organiser": names.ORGANISER, "version": 1})
            links += [{"measure_id": measure.id, "theme_code": theme} for theme in measure.themes]
            day = min(measure.start - timedelta(days=self._ri(150, 300)), self.today)
            if measure.first_day is not None:
                day = min(day, measure.first_day - timedelta(days=self._ri(1, 20)))
            at = datetime.combine(day, time(7)) + timedelta(minutes=self._ri(0, 40))
            self._event(at, self._choice(self.clerks), "measure", measure.code, "created", {
                "title": [None, measure.title], "type": [None, measure.type.value],
                "country": [None, measure.country], "city": [None, measure.city],
                "start_date": [None, measure.start.isoformat()], "end_date": [None, measure.end.isoformat()]})
        self.tables["measure"] = rows
        self.tables["measure_theme"] = links


class _NoCompany(Exception):
    pass


def _sources(versions: list[Programme]) -> list[str]:
    sources: list[str] = []
    for programme in versions:
        sources += [s for s in programme.funding_sources if s not in sources]
    return sources


def _title(kind: MeasureType, theme: int, city: str) -> str:
    field_name = names.THEME_SHORT.get(theme, "")
    if kind is MeasureType.MARKET_RESEARCH_TRIP:
        return f"Markterkundungsreise {field_name} nach {city}"
    if kind is MeasureType.COOPERATION_FAIR:
        return f"Kooperationsbörse {field_name} in {city}"
    return f"Standortpräsentation Baden-Württemberg in {city} ({field_name})"


_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "é": "e",
                        "è": "e", "á": "a", "ó": "o"})


def _ascii(text: str) -> str:
    return "".join(ch for ch in text.translate(_ASCII).lower() if ch.isascii() and (ch.isalnum() or ch in "-"))


def _domain(name: str) -> str:
    words = [w for w in (_ascii(part) for part in name.replace("&", " ").replace("-", " ").split()) if w]
    stop = {"gmbh", "co", "kg", "ag", "se", "ug", "ohg", "ek", "gbr", "haftungsbeschraenkt"}
    kept = [w for w in words if w not in stop][:2] or ["firma"]
    return "-".join(kept) + ".de"
