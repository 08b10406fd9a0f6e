"""The demo generator's vocabulary: status mixes and flaws, the public results, the drafts it works on."""

from __future__ import annotations

import gc
import itertools
from bisect import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.enums import MeasureType, Status
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.demo import names

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MAX_APPLICATIONS = 1_000_000
#: Of the progress bar: generating takes this share, writing the rest.
PROGRESS_TOTAL = 1000
GENERATE_SHARE = 350

#: Statuses that hold one of the company's (at most two) vouchers of a year: pending or granted once.
HOLDS_A_SLOT = frozenset({Status.RECEIVED, Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID,
                          Status.CLOSED, Status.EXPIRED, Status.REVOKED})
STEP_ORDER = {
    Status.APPROVED: (Status.IN_REVIEW, Status.APPROVED),
    Status.REJECTED: (Status.IN_REVIEW, Status.REJECTED),
    Status.PROOF_RECEIVED: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED),
    Status.PAID: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID),
    Status.CLOSED: (Status.IN_REVIEW, Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED),
    Status.EXPIRED: (Status.IN_REVIEW, Status.APPROVED, Status.EXPIRED),
}

# Status mix per phase of the measure (clean applications; flawed ones are rejected or withdrawn).
FUTURE = ((Status.RECEIVED, 22), (Status.IN_REVIEW, 18), (Status.APPROVED, 50), (Status.WITHDRAWN, 6),
          (Status.REJECTED, 2))
RUNNING = ((Status.APPROVED, 88), (Status.WITHDRAWN, 5), (Status.REVOKED, 2), (Status.REJECTED, 2))
AWAITING_PROOF = ((Status.APPROVED, 45), (Status.PROOF_RECEIVED, 20), (Status.PAID, 22), (Status.WITHDRAWN, 4),
                  (Status.REVOKED, 4), (Status.REJECTED, 2))
RECENTLY_DUE = ((Status.APPROVED, 12), (Status.EXPIRED, 9), (Status.PROOF_RECEIVED, 8), (Status.PAID, 30),
                (Status.CLOSED, 26), (Status.WITHDRAWN, 4), (Status.REVOKED, 5), (Status.REJECTED, 2))
LONG_DUE = ((Status.CLOSED, 58), (Status.PAID, 11), (Status.EXPIRED, 10), (Status.PROOF_RECEIVED, 2),
            (Status.REVOKED, 6), (Status.WITHDRAWN, 5), (Status.REJECTED, 2))

# Flaws that make an application ineligible, each failing exactly one rule.
NOT_SME, STATE_OWNED_ONLY, OUTSIDE_BW, DEMINIMIS_FULL = "R04", "R02", "R03", "R10"
LATE, LOW_COSTS = "R06", "R07"
COMPANY_FLAWS = ((NOT_SME, Decimal("0.015")), (STATE_OWNED_ONLY, Decimal("0.015")), (OUTSIDE_BW, Decimal("0.005")),
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
    #: ``ids(table, count)``: that many ids for new rows of the table, reserved in the database (``bulk.reserve_ids``)
    ids: Callable[[str, int], Sequence[int]]
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


VALUE = {status: status.value for status in Status}  # Enum.value is slow in a hot loop


@contextmanager
def gc_paused() -> Iterator[None]:
    """Millions of small objects and no cycles among them: the cyclic collector would only rescan them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Weighted:
    """Values with integer or float weights, drawn with one random number and a binary search."""

    def __init__(self, weighted: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in weighted]
        self.cum = list(itertools.accumulate(weight for _, weight in weighted))

    def pick(self, random_: Callable[[], float]) -> Any:
        return self.values[bisect(self.cum, random_() * self.cum[-1])]


@dataclass(eq=False, slots=True)
class CompanyDraft:
    id: int
    name: str
    theme: int
    flaw: str | None
    town: names.Town
    cluster_id: int
    weight: int
    domain: str
    index: int = 0  # in the list of companies (ids ascend with it)


@dataclass(eq=False, slots=True)
class MeasureDraft:
    id: int
    start: date
    end: date
    themes: tuple[int, ...]
    type: MeasureType
    city: str
    country: str
    title: str
    code: str = ""
    index: int = 0  # in the list of measures (ids ascend with it)


@dataclass(eq=False, slots=True)
class StepDraft:
    target: Status
    day: date
    user: str
    reason: str | None = None


@dataclass(eq=False, slots=True)
class AppDraft:
    company: CompanyDraft
    measure: MeasureDraft
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
    steps: list[StepDraft] = field(default_factory=list)
    actual_costs: Decimal | None = None
    minute: int = 0
    id: int = 0
    reference: str = ""


class NoCompany(Exception):
    pass


class UniqueNumbers:
    """Whole numbers drawn at random without repeats, from ranges that widen before they fill up.

    A draw starts in ``ranges[0]``; once half of the current range is taken, the next (wider) one is used, and
    past the last one the upper end grows tenfold. So a draw needs two tries on average and the pool never runs
    out, however many are drawn; the same random generator gives the same numbers.
    """

    def __init__(self, ranges: Sequence[tuple[int, int]], random_: Callable[[], float]) -> None:
        self.ranges = list(ranges)
        self.low, self.high = self.ranges.pop(0)
        self.random = random_
        self.taken: set[int] = set()

    def draw(self) -> int:
        taken = self.taken
        if 2 * len(taken) >= self.high - self.low + 1:
            self.low, self.high = self.ranges.pop(0) if self.ranges else (self.low, self.high * 10 + 9)
        span = self.high - self.low + 1
        number = self.low + int(self.random() * span)
        while number in taken:
            number = self.low + int(self.random() * span)
        taken.add(number)
        return number


def sources_of(versions: list[Programme]) -> list[str]:
    sources: list[str] = []
    for programme in versions:
        sources += [s for s in programme.funding_sources if s not in sources]
    return sources


def title_of(kind: MeasureType, theme: int, city: str) -> str:
    field_name = names.THEME_SHORT.get(theme, "")
    if kind is MeasureType.MARKET_RESEARCH_TRIP:
        return f"Markterkundungsreise {field_name} nach {city}"
    if kind is MeasureType.COOPERATION_FAIR:
        return f"Kooperationsbörse {field_name} in {city}"
    return f"Standortpräsentation Baden-Württemberg in {city} ({field_name})"


ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "é": "e",
                        "è": "e", "á": "a", "ó": "o"})


def ascii_of(text: str) -> str:
    return "".join(ch for ch in text.translate(ASCII).lower() if ch.isascii() and (ch.isalnum() or ch in "-"))


def domain_of(name: str) -> str:
    words = [w for w in (ascii_of(part) for part in name.replace("&", " ").replace("-", " ").split()) if w]
    stop = {"gmbh", "co", "kg", "ag", "se", "ug", "ohg", "ek", "gbr", "haftungsbeschraenkt"}
    kept = [w for w in words if w not in stop][:2] or ["firma"]
    return "-".join(kept) + ".de"
