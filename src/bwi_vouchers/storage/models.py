"""The tables (DESIGN §4) as SQLAlchemy 2 typed models. Nothing outside ``storage`` sees these classes."""

# No "from __future__ import annotations": SQLAlchemy reads the Mapped[...] annotations as objects, without
# evaluating 184 strings at every start (about a fifth of what importing this module costs).

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bwi_vouchers.storage.types import ExactDecimal, Money

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class ProgrammeVersion(Versioned, Base):
    __tablename__ = "programme_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    cap: Mapped[Decimal] = mapped_column(Money)
    min_costs: Mapped[Decimal] = mapped_column(Money)
    max_vouchers_per_year: Mapped[int] = mapped_column(Integer)
    deminimis_ceiling: Mapped[Decimal] = mapped_column(Money)
    deminimis_years: Mapped[int] = mapped_column(Integer)
    deminimis_basis: Mapped[str] = mapped_column(String(200))  # short name of the legal basis, for texts
    deminimis_basis_title: Mapped[str] = mapped_column(String(600))  # the rest of its full title, for letters
    sme_staff_limit: Mapped[Decimal] = mapped_column(ExactDecimal)  # annual work units: fewer than this
    sme_turnover_limit: Mapped[Decimal] = mapped_column(Money)  # at most (or the balance-sheet total)
    sme_balance_limit: Mapped[Decimal] = mapped_column(Money)  # at most
    proof_months: Mapped[int] = mapped_column(Integer)
    lead_days: Mapped[int] = mapped_column(Integer)
    measure_types: Mapped[str] = mapped_column(String(200))  # comma-separated MeasureType values
    funding_sources: Mapped[str] = mapped_column(String(200))  # comma-separated
    default_source: Mapped[str] = mapped_column(String(60))
    __mapper_args__ = {"version_id_col": Versioned.version}


class Theme(Base):
    __tablename__ = "theme"
    code: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name_de: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Region(Base):
    __tablename__ = "region"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


cluster_theme = Table(
    "cluster_theme",
    Base.metadata,
    Column("cluster_id", ForeignKey("cluster.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_code", ForeignKey("theme.code"), primary_key=True),
)

measure_theme = Table(
    "measure_theme",
    Base.metadata,
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_code", ForeignKey("theme.code"), primary_key=True),
)


class Cluster(Versioned, Base):
    __tablename__ = "cluster"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # ClusterKind
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    state_owned: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    themes = relationship(Theme, secondary=cluster_theme, lazy="selectin")
    __mapper_args__ = {"version_id_col": Versioned.version}


class Company(Versioned, Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    legal_form: Mapped[str | None] = mapped_column(String(60))
    register_number: Mapped[str | None] = mapped_column(String(60), index=True)
    vat_id: Mapped[str | None] = mapped_column(String(30), index=True)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    seat_or_branch_in_bw: Mapped[bool] = mapped_column(Boolean, default=True)
    nace_code: Mapped[str | None] = mapped_column(String(10))
    match_key: Mapped[str] = mapped_column(String(320), index=True)  # normalised name + postcode
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __mapper_args__ = {"version_id_col": Versioned.version}


class SmeFigures(Base):
    __tablename__ = "sme_figures"
    __table_args__ = (UniqueConstraint("company_id", "reference_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    reference_year: Mapped[int] = mapped_column(Integer)
    annual_work_units: Mapped[Decimal] = mapped_column(ExactDecimal)
    turnover: Mapped[Decimal] = mapped_column(Money)
    balance_sheet_total: Mapped[Decimal] = mapped_column(Money)


class Membership(Base):
    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    function: Mapped[str | None] = mapped_column(String(100))
    salutation: Mapped[str | None] = mapped_column(String(10))  # Salutation: "Frau" | "Herr" | NULL


class DeminimisRecord(Base):
    __tablename__ = "deminimis_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    granting_body: Mapped[str] = mapped_column(String(200))
    grant_date: Mapped[date | None] = mapped_column(Date)  # None: a declared total without a date
    amount: Mapped[Decimal] = mapped_column(Money)
    legal_basis: Mapped[str | None] = mapped_column(String(200))


class Measure(Versioned, Base):
    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(40))  # MeasureType
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    city: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    organiser: Mapped[str | None] = mapped_column(String(200))
    themes = relationship(Theme, secondary=measure_theme, lazy="selectin")
    __mapper_args__ = {"version_id_col": Versioned.version}


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("year", "source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(60))
    amount: Mapped[Decimal] = mapped_column(Money)
    __mapper_args__ = {"version_id_col": Versioned.version}


class ReferenceCounter(Base):
    """The last reference number given per year: references are consecutive and never reused."""

    __tablename__ = "reference_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Application(Versioned, Base):
    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("ref_year", "ref_number"),
        Index("ix_application_company_measure", "company_id", "measure_id"),
        # The list sorts by each column, ties in reference order, from these (migration 0006).
        *(Index(f"ix_application_list_{name}", column, "ref_year", "ref_number") for name, column in (
            ("company", "company_id"), ("measure", "measure_id"), ("theme", "theme_code"),
            ("cluster", "cluster_id"), ("receipt", "receipt_date"), ("status", "status"),
            ("costs", "eligible_costs"), ("voucher", "voucher_amount"), ("approved", "approved_amount"),
            ("paid", "payout_amount"))),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    ref_year: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[int] = mapped_column(Integer)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"), index=True)
    theme_code: Mapped[int | None] = mapped_column(ForeignKey("theme.code"))
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id"))
    receipt_date: Mapped[date] = mapped_column(Date, index=True)
    early_start_consent: Mapped[date | None] = mapped_column(Date)
    eligible_costs: Mapped[Decimal] = mapped_column(Money)  # sum of the cost items
    requested_amount: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), index=True)
    funding_source: Mapped[str | None] = mapped_column(String(60))  # None: the programme's default source
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_line.id"), index=True)  # set at approval
    voucher_amount: Mapped[Decimal] = mapped_column(Money)  # computed from the costs at the last save
    approved_amount: Mapped[Decimal | None] = mapped_column(Money)
    approval_date: Mapped[date | None] = mapped_column(Date)
    in_review_by: Mapped[str | None] = mapped_column(String(60))
    in_review_at: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(60))
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    proof_due_date: Mapped[date | None] = mapped_column(Date, index=True)
    proof_received_date: Mapped[date | None] = mapped_column(Date)
    proof_recorded_by: Mapped[str | None] = mapped_column(String(60))
    actual_costs: Mapped[Decimal | None] = mapped_column(Money)
    payout_amount: Mapped[Decimal | None] = mapped_column(Money)
    payout_date: Mapped[date | None] = mapped_column(Date)
    paid_by: Mapped[str | None] = mapped_column(String(60))
    closed_by: Mapped[str | None] = mapped_column(String(60))
    closed_date: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __mapper_args__ = {"version_id_col": Versioned.version}


class CostItem(Base):
    __tablename__ = "cost_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money)


class ProofCostItem(Base):
    """One actual cost item of an application's proof of use (Verwendungsnachweis); their total is the application's
    ``actual_costs``. Written once with the step to ``proof_received``; never changed or deleted (triggers)."""

    __tablename__ = "proof_cost_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money)


class EligibilityCheck(Base):
    """The stored result of each rule, written when a decision is taken (approve or reject)."""

    __tablename__ = "eligibility_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(4))
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(60))
    params: Mapped[dict[str, str]] = mapped_column(JSON)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    checked_by: Mapped[str] = mapped_column(String(60))


class LedgerEntry(Base):
    """One booking against a budget line; never changed or deleted (a correction is a new entry)."""

    __tablename__ = "ledger_entry"
    # Covering index: budget totals sum per line and kind without reading the table.
    __table_args__ = (Index("ix_ledger_entry_line_kind_amount", "budget_line_id", "kind", "amount"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # LedgerKind
    amount: Mapped[Decimal] = mapped_column(Money)  # always positive; the kind gives the direction
    booked_on: Mapped[date] = mapped_column(Date)
    booked_at: Mapped[datetime] = mapped_column(DateTime)
    booked_by: Mapped[str] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(String(300))


class AuditEvent(Base):
    """Append-only: database triggers refuse UPDATE and DELETE on this table. Hash-chained: ``hash`` is the
    SHA-256 of ``prev_hash`` (the hash of the event before) and the row's content, set by the storage layer at
    insert (``storage.audit_chain``)."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    #: Who acted: the OS login on SQLite, the database login on PostgreSQL — also when an admin acts for another
    #: user (``--user`` on SQLite), whose login is then in ``on_behalf_of`` ("schulz für fischer").
    user_login: Mapped[str] = mapped_column(String(60), index=True)
    on_behalf_of: Mapped[str | None] = mapped_column(String(60), index=True)  # the log filtered by user
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON)  # field -> [old, new]
    prev_hash: Mapped[str] = mapped_column(String(64))  # hex SHA-256; the first event's is "0" * 64
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        Index("ix_audit_event_user_at", "user_login", "at"),  # the audit log filtered by user, newest first
    )


class GeneratedDocument(Base):
    __tablename__ = "generated_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))  # comma-separated Role values, sorted
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AttachmentContent(Base):
    """The bytes of an attached file, stored once per content (its SHA-256); never changed or deleted (triggers)."""

    __tablename__ = "attachment_content"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """A file attached to an application. Never deleted (triggers); a newer one supersedes it, and only the
    ``superseded_*`` columns are ever filled in, once."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # AttachmentKind
    file_name: Mapped[str] = mapped_column(String(500))  # as given: data, never a path
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_content.sha256"), index=True)
    added_by: Mapped[str] = mapped_column(String(60))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))  # None: withdrawn or current
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    superseded_login: Mapped[str | None] = mapped_column(String(60))
    superseded_reason: Mapped[str | None] = mapped_column(String(500))


class Comment(Base):
    """One comment in an application's thread; append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "application_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    author: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
