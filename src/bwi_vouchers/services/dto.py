"""Plain frozen records that services return; nothing here is tied to the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from bwi_vouchers.domain.enums import Role, SizeClass, Status
from bwi_vouchers.domain.rules import Assessment


@dataclass(frozen=True)
class UserInfo:
    login: str
    display_name: str
    roles: frozenset[Role]
    active: bool


@dataclass(frozen=True)
class ThemeInfo:
    code: int
    name_de: str
    name_en: str
    active: bool


@dataclass(frozen=True)
class ClusterInfo:
    id: int
    name: str
    kind: str
    region: str | None
    state_owned: bool
    active: bool
    themes: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class SmeFiguresInfo:
    reference_year: int
    annual_work_units: Decimal
    turnover: Decimal
    balance_sheet_total: Decimal
    size_class: SizeClass


@dataclass(frozen=True)
class MembershipInfo:
    cluster_id: int
    cluster_name: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class ContactInfo:
    name: str
    email: str | None
    phone: str | None
    function: str | None
    salutation: str | None = None  # Salutation value: "Frau" | "Herr"; None = greeted by name


@dataclass(frozen=True)
class DeminimisInfo:
    granting_body: str
    grant_date: date | None
    amount: Decimal
    legal_basis: str | None


@dataclass(frozen=True)
class CompanyInfo:
    id: int
    name: str
    legal_form: str | None
    register_number: str | None
    vat_id: str | None
    street: str | None
    postcode: str | None
    city: str | None
    region: str | None
    seat_or_branch_in_bw: bool
    nace_code: str | None
    version: int
    figures: tuple[SmeFiguresInfo, ...] = ()
    memberships: tuple[MembershipInfo, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()
    deminimis: tuple[DeminimisInfo, ...] = ()


@dataclass(frozen=True)
class MeasureInfo:
    id: int
    code: str
    title: str
    type: str
    country: str
    city: str | None
    start_date: date
    end_date: date
    organiser: str | None
    themes: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class CostItemInfo:
    category: str
    amount: Decimal
    description: str | None = None


@dataclass(frozen=True)
class LedgerEntryInfo:
    id: int
    year: int
    source: str
    reference: str | None
    kind: str
    amount: Decimal
    booked_on: date
    booked_by: str
    note: str | None


@dataclass(frozen=True)
class ApplicationInfo:
    id: int
    reference: str
    status: Status
    company_id: int
    company_name: str
    measure_code: str
    measure_title: str
    theme_code: int | None
    cluster_id: int | None
    receipt_date: date
    early_start_consent: date | None
    eligible_costs: Decimal
    requested_amount: Decimal | None
    voucher_amount: Decimal
    approved_amount: Decimal | None
    approval_date: date | None
    budget_year: int | None
    budget_source: str | None
    in_review_by: str | None
    decided_by: str | None
    decision_date: date | None
    decision_reason: str | None
    proof_due_date: date | None
    proof_received_date: date | None
    proof_recorded_by: str | None
    actual_costs: Decimal | None
    payout_amount: Decimal | None
    payout_date: date | None
    paid_by: str | None
    created_by: str
    created_at: datetime
    version: int
    cost_items: tuple[CostItemInfo, ...] = ()
    #: Who changed its facts while it was in review: they may not decide it (four eyes, DESIGN §6).
    facts_changed_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CheckReport:
    reference: str
    status: Status
    assessment: Assessment


@dataclass(frozen=True)
class StepResult:
    """One reference's outcome in a (batch) lifecycle step: done, or refused with the error."""

    reference: str
    ok: bool
    status: Status | None = None
    error: Exception | None = None


@dataclass(frozen=True)
class AuditInfo:
    id: int
    at: datetime
    user: str
    entity: str
    entity_id: str
    action: str
    changes: dict[str, list[object]]


@dataclass(frozen=True)
class DocumentInfo:
    """A letter made for an application, recorded so that it can be proven later."""

    kind: str
    file_name: str
    sha256: str
    created_by: str
    created_at: datetime
