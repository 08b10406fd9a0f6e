"""The fixed vocabularies of the programme, as enums whose values are the words stored and typed."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    PROOF_RECEIVED = "proof_received"
    PAID = "paid"
    CLOSED = "closed"
    EXPIRED = "expired"
    REVOKED = "revoked"


PENDING = frozenset({Status.RECEIVED, Status.IN_REVIEW})
COMMITTED = frozenset({Status.APPROVED, Status.PROOF_RECEIVED, Status.PAID, Status.CLOSED})
ENDED_WITHOUT_AID = frozenset({Status.REJECTED, Status.WITHDRAWN, Status.EXPIRED, Status.REVOKED})


class MeasureType(StrEnum):
    MARKET_RESEARCH_TRIP = "market_research_trip"
    COOPERATION_FAIR = "cooperation_fair"
    LOCATION_PRESENTATION = "location_presentation"


class ClusterKind(StrEnum):
    INITIATIVE = "initiative"  # regional cluster initiative
    NETWORK = "network"  # state-wide network


class Role(StrEnum):
    CLERK = "clerk"
    APPROVER = "approver"
    BUDGET = "budget"
    ADMIN = "admin"


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARNING = "warning"


class LedgerKind(StrEnum):
    COMMITMENT = "commitment"
    RELEASE = "release"
    PAYOUT = "payout"
    RECOVERY = "recovery"


class SizeClass(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Salutation(StrEnum):
    """How a contact person is addressed in letters (*Anrede*); none known: greeted by name."""

    FRAU = "Frau"
    HERR = "Herr"
