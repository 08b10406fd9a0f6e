"""The window of dates the programme can mean: its first vouchers were not before 2000, and nothing is
planned beyond 2100. A date outside is a typing error (``01.01.0001``, an empty Excel cell read as 1899)."""

from __future__ import annotations

from datetime import date

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
#: Cluster memberships may be older than the programme (the company dialog offers dates from 1990 on).
MEMBERSHIP_EARLIEST = date(1990, 1, 1)


def plausible(value: date, earliest: date = EARLIEST) -> bool:
    return earliest <= value <= LATEST
