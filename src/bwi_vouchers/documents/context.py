"""Pure context builders: the facts of one letter in, the words and figures its template shows out.

Every value is a finished German string (``1.234,56 €``, ``24.11.2026``) or a flag or a list of them, so
templates need no filters. ``templates/README.md`` documents each field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bwi_vouchers import formats
from bwi_vouchers.domain.countries import country_name
from bwi_vouchers.domain.enums import COMMITTED, Status
from bwi_vouchers.domain.greeting import addressee, greeting
from bwi_vouchers.domain.rules import Check
from bwi_vouchers.texts import MEASURE_TYPE, reason_text, rule_title, years_period

GRANTING_BODY = "Baden-Württemberg International GmbH"
EFRE = "EFRE"


class LetterKind(StrEnum):
    APPROVAL = "approval"
    REJECTION = "rejection"
    PAYOUT = "payout"
    REMINDER = "reminder"
    REVOCATION = "revocation"
    AMENDMENT = "amendment"

    @property
    def word(self) -> str:
        """The German name, used in file names and lists."""
        return {"approval": "Bewilligung", "rejection": "Ablehnung", "payout": "Auszahlung",
                "reminder": "Erinnerung", "revocation": "Widerruf", "amendment": "Änderungsbescheid"}[self.value]


#: Which letter a status calls for by default; the approval letter can be issued again later on.
DEFAULT_KIND = {Status.APPROVED: LetterKind.APPROVAL, Status.PROOF_RECEIVED: LetterKind.APPROVAL,
                Status.REJECTED: LetterKind.REJECTION, Status.PAID: LetterKind.PAYOUT,
                Status.CLOSED: LetterKind.PAYOUT, Status.REVOKED: LetterKind.REVOCATION}
ALLOWED = {LetterKind.APPROVAL: COMMITTED, LetterKind.REJECTION: frozenset({Status.REJECTED}),
           LetterKind.PAYOUT: frozenset({Status.PAID, Status.CLOSED}),
           # a reminder of the proof of use while none is recorded; an amendment only of an approval as it stands
           LetterKind.REMINDER: frozenset({Status.APPROVED}), LetterKind.REVOCATION: frozenset({Status.REVOKED}),
           LetterKind.AMENDMENT: frozenset({Status.APPROVED})}


def kind_for(status: Status, kind: LetterKind | None = None) -> LetterKind | None:
    """The letter for a status (or whether the asked kind fits it); None when no letter fits."""
    chosen = kind or DEFAULT_KIND.get(status)
    return chosen if chosen is not None and status in ALLOWED[chosen] else None


@dataclass(frozen=True)
class LetterFacts:
    """What a letter says about one application, gathered by the letter service."""

    reference: str
    letter_date: date
    company_name: str
    company_street: str | None
    company_postcode: str | None
    company_city: str | None
    contact_name: str | None
    receipt_date: date
    measure_code: str
    measure_title: str
    measure_type: str
    measure_country: str
    measure_city: str | None
    measure_start: date
    measure_end: date
    theme_code: int | None
    theme_name: str | None
    cluster_name: str | None
    eligible_costs: Decimal
    requested_amount: Decimal | None
    voucher_amount: Decimal
    rate: Decimal
    cap: Decimal
    deminimis_ceiling: Decimal
    deminimis_years: int
    deminimis_basis: str
    deminimis_basis_title: str
    funding_source: str
    budget_year: int
    signer_name: str
    clerk_name: str
    approved_amount: Decimal | None = None
    approval_date: date | None = None
    proof_due_date: date | None = None
    decision_reason: str | None = None
    failed_checks: tuple[Check, ...] = ()
    proof_received_date: date | None = None
    actual_costs: Decimal | None = None
    payout_amount: Decimal | None = None
    payout_date: date | None = None
    cost_items: tuple[tuple[str, str | None, Decimal], ...] = ()
    contact_salutation: str | None = None  # "Frau" | "Herr" | None
    decision_date: date | None = None  # of the last decision (the revocation's day for a revocation letter)
    previous_amount: Decimal | None = None  # an amendment: the approved amount before it
    amendment_date: date | None = None
    amendment_reason: str | None = None
    repayment_amount: Decimal | None = None  # a revocation of a paid voucher: the payout to be repaid


def german_date(day: date | None) -> str:
    return formats.day(day, "de")


def money_text(amount: Decimal | None) -> str:
    return formats.money(amount, "de")


def percent_text(rate: Decimal) -> str:
    """0.50 → ``50 %``; 0.375 → ``37,5 %``."""
    return formats.percent(rate, "de")


def funding_text(source: str) -> str:
    """Where the money comes from, as a phrase after 'aus'."""
    if source.upper() == EFRE:
        return "Mitteln des Europäischen Fonds für regionale Entwicklung (EFRE)"
    if source.lower() == "landesmittel":
        return "Landesmitteln des Landes Baden-Württemberg"
    return f"Mitteln der Mittelherkunft „{source}“"


def common_context(f: LetterFacts) -> dict[str, Any]:
    city_line = " ".join(p for p in (f.company_postcode, f.company_city) if p)
    place = ", ".join(p for p in (f.measure_city, country_name(f.measure_country)) if p)
    return {
        "reference": f.reference,
        "letter_date": german_date(f.letter_date),
        "receipt_date": german_date(f.receipt_date),
        "company_name": f.company_name,
        "company_street": f.company_street or "",
        "company_postcode_city": city_line,
        "contact_name": f.contact_name or "",
        "contact_addressee": addressee(f.contact_salutation, f.contact_name),
        "salutation": greeting(f.contact_salutation, f.contact_name),
        "measure_code": f.measure_code,
        "measure_title": f.measure_title,
        "measure_type": MEASURE_TYPE.get(f.measure_type, (f.measure_type,))[0],
        "measure_country": country_name(f.measure_country),
        "measure_city": f.measure_city or "",
        "measure_place": place,
        "measure_start": german_date(f.measure_start),
        "measure_end": german_date(f.measure_end),
        "measure_period": f"{german_date(f.measure_start)} bis {german_date(f.measure_end)}",
        "theme_name": f"{f.theme_code} – {f.theme_name}" if f.theme_code and f.theme_name else "",
        "cluster_name": f.cluster_name or "",
        "eligible_costs": money_text(f.eligible_costs),
        "requested_amount": money_text(f.requested_amount),
        "voucher_amount": money_text(f.voucher_amount),
        "rate": percent_text(f.rate),
        "cap": money_text(f.cap),
        "funding_source": f.funding_source,
        "funding_text": funding_text(f.funding_source),
        "budget_year": str(f.budget_year),
        "efre": f.funding_source.upper() == EFRE,
        "granting_body": GRANTING_BODY,
        "deminimis_basis": f.deminimis_basis,
        "deminimis_basis_title": f.deminimis_basis_title,
        "deminimis_period": years_period(f.deminimis_years),
        "signer_name": f.signer_name,
        "clerk_name": f.clerk_name,
    }


def approval_context(f: LetterFacts) -> dict[str, Any]:
    approved = f.approved_amount or Decimal(0)
    reduced = f.requested_amount is not None and f.requested_amount > approved
    return {
        **common_context(f),
        "approved_amount": money_text(approved),
        "approval_date": german_date(f.approval_date),
        "proof_due_date": german_date(f.proof_due_date),
        "request_reduced": reduced,
        "cost_items": [{"category": c, "description": d or "", "amount": money_text(a)} for c, d, a in f.cost_items],
        "deminimis_amount": money_text(approved),
        "grant_date": german_date(f.approval_date),
        "deminimis_ceiling": money_text(f.deminimis_ceiling),
    }


def rejection_context(f: LetterFacts) -> dict[str, Any]:
    failed = [{"rule": c.rule, "title": rule_title(c.rule), "reason": reason_text(c.reason, c.params)}
              for c in f.failed_checks]
    return {
        **common_context(f),
        "failed_rules": failed,
        "reasons": [item["reason"] for item in failed],
        "decision_reason": (f.decision_reason or "").strip(),
    }


def payout_context(f: LetterFacts) -> dict[str, Any]:
    approved = f.approved_amount or Decimal(0)
    paid = f.payout_amount or Decimal(0)
    released = max(approved - paid, Decimal("0.00"))
    return {
        **common_context(f),
        "approved_amount": money_text(approved),
        "approval_date": german_date(f.approval_date),
        "proof_received_date": german_date(f.proof_received_date),
        "actual_costs": money_text(f.actual_costs),
        "payout_amount": money_text(paid),
        "payout_date": german_date(f.payout_date),
        "released_amount": money_text(released),
        "released": released > 0,
        "grant_date": german_date(f.approval_date),
        "deminimis_amount": money_text(paid),
    }


def reminder_context(f: LetterFacts) -> dict[str, Any]:
    """The proof of use due within the days asked for, or overdue (counted from the letter's date)."""
    due = f.proof_due_date or f.letter_date
    late = (f.letter_date - due).days
    return {
        **common_context(f),
        "approved_amount": money_text(f.approved_amount),
        "approval_date": german_date(f.approval_date),
        "proof_due_date": german_date(due),
        "overdue": late > 0,
        "days_overdue": str(max(late, 0)),
        "days_left": str(max(-late, 0)),
    }


def revocation_context(f: LetterFacts) -> dict[str, Any]:
    repay = f.repayment_amount or Decimal("0.00")
    return {
        **common_context(f),
        "approved_amount": money_text(f.approved_amount),
        "approval_date": german_date(f.approval_date),
        "revocation_date": german_date(f.decision_date),
        "decision_reason": (f.decision_reason or "").strip(),
        "repayment": repay > 0,
        "repayment_amount": money_text(repay),
        "payout_amount": money_text(f.payout_amount),
        "payout_date": german_date(f.payout_date),
    }


def amendment_context(f: LetterFacts) -> dict[str, Any]:
    new = f.approved_amount or Decimal("0.00")
    previous = f.previous_amount if f.previous_amount is not None else new
    return {
        **common_context(f),
        "previous_amount": money_text(previous),
        "approved_amount": money_text(new),
        "released_amount": money_text(previous - new),
        "approval_date": german_date(f.approval_date),
        "amendment_date": german_date(f.amendment_date),
        "amendment_reason": (f.amendment_reason or "").strip(),
        "proof_due_date": german_date(f.proof_due_date),
        "grant_date": german_date(f.approval_date),
        "deminimis_amount": money_text(new),
    }


BUILDERS = {LetterKind.APPROVAL: approval_context, LetterKind.REJECTION: rejection_context,
            LetterKind.PAYOUT: payout_context, LetterKind.REMINDER: reminder_context,
            LetterKind.REVOCATION: revocation_context, LetterKind.AMENDMENT: amendment_context}


def letter_context(kind: LetterKind, facts: LetterFacts) -> dict[str, Any]:
    return BUILDERS[kind](facts)
