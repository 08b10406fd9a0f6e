"""The time source, injected so that tests and demo data can fix 'today'."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


class Clock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


@dataclass
class FixedClock(Clock):
    """A clock standing at a given day; ``advance`` moves it on (tests, demo data)."""

    day: date
    time: datetime = field(init=False)

    def __post_init__(self) -> None:
        self.time = datetime.combine(self.day, datetime.min.time()).replace(hour=9)

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return self.time

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)
        self.time += timedelta(days=days)
