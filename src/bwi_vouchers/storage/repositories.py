"""Queries and inserts by purpose; services call these inside a unit of work and never write SQL."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, lazyload
from sqlalchemy.orm.attributes import flag_modified

from bwi_vouchers.errors import ConflictError
from bwi_vouchers.storage import (
    audit_chain,  # noqa: F401 - installs the sealing of every audit event inserted
    failures,
)
from bwi_vouchers.storage.locks import Locks
from bwi_vouchers.storage.models import (
    Application,
    AuditEvent,
    Base,
    BudgetLine,
    Cluster,
    Company,
    Contact,
    CostItem,
    DeminimisRecord,
    EligibilityCheck,
    GeneratedDocument,
    LedgerEntry,
    Measure,
    Membership,
    ProgrammeVersion,
    Region,
    SmeFigures,
    Theme,
    User,
)
from bwi_vouchers.storage.page_query import like_patterns

T = TypeVar("T", bound=Base)
ZERO = Decimal("0.00")


class Repositories(Locks):
    def __init__(self, session: Session) -> None:
        self._s = session

    # generic -----------------------------------------------------------------------------------
    def add(self, obj: T) -> T:
        self._s.add(obj)
        return obj

    def add_all(self, objs: Sequence[Base]) -> None:
        self._s.add_all(objs)

    def delete(self, obj: Base) -> None:
        self._s.delete(obj)

    def get(self, model: type[T], key: Any) -> T | None:
        return self._s.get(model, key)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: when the block raises, only its own changes are undone."""
        try:
            with self._s.begin_nested():
                yield
        except IntegrityError as exc:
            raise (failures.translate(exc) or ConflictError("integrity")) from exc

    def touch(self, obj: Base, attribute: str) -> None:
        """Write the row even if only a relationship changed, so that its version moves on."""
        flag_modified(obj, attribute)

    # users -------------------------------------------------------------------------------------
    def user(self, login: str) -> User | None:
        """The user of a login, compared case-insensitively (``WEBER`` is ``weber``)."""
        return self._s.scalar(select(User).where(func.lower(User.login) == login.lower()))

    def users(self) -> list[User]:
        return list(self._s.scalars(select(User).order_by(User.login)))

    def user_count(self) -> int:
        return self._s.scalar(select(func.count(User.id))) or 0

    # reference data ----------------------------------------------------------------------------
    def themes(self) -> list[Theme]:
        return list(self._s.scalars(select(Theme).order_by(Theme.code)))

    def regions(self) -> list[Region]:
        return list(self._s.scalars(select(Region).order_by(Region.name)))

    def clusters(self) -> list[Cluster]:
        return list(self._s.scalars(select(Cluster).order_by(Cluster.name)))

    def cluster_by_name(self, name: str) -> Cluster | None:
        return self._s.scalar(select(Cluster).where(func.lower(Cluster.name) == name.strip().lower()))

    def programme_versions(self) -> list[ProgrammeVersion]:
        return list(self._s.scalars(select(ProgrammeVersion).order_by(ProgrammeVersion.valid_from)))

    # companies ---------------------------------------------------------------------------------
    def companies(self) -> list[Company]:
        return list(self._s.scalars(select(Company).order_by(Company.name)))

    def company_names(self) -> list[tuple[int, str, str | None]]:
        """(id, name, city) of every company, by name: for pickers, without loading whole records."""
        return [tuple(row) for row in self._s.connection().execute(  # type: ignore[misc]
            select(Company.id, Company.name, Company.city).order_by(Company.name))]

    def measure_plain(self, measure_id: int) -> Measure | None:
        """A measure without its target fields (the eligibility check does not need them)."""
        return self._s.get(Measure, measure_id, options=[lazyload(Measure.themes)])

    def get_company(self, company_id: int) -> Company | None:
        return self._s.get(Company, company_id)

    def company_by_register(self, register_number: str) -> Company | None:
        return self._s.scalars(select(Company).where(Company.register_number == register_number)).first()

    def company_by_vat(self, vat_id: str) -> Company | None:
        return self._s.scalars(select(Company).where(Company.vat_id == vat_id)).first()

    def company_by_match_key(self, key: str) -> Company | None:
        return self._s.scalars(select(Company).where(Company.match_key == key)).first()

    def company_keys(self) -> list[tuple[int, str | None, str | None, str]]:
        """(id, register number, VAT ID, match key) of every company, oldest first — for matching in bulk."""
        query = select(Company.id, Company.register_number, Company.vat_id, Company.match_key).order_by(Company.id)
        return [tuple(row) for row in self._s.execute(query)]  # type: ignore[misc]

    def sme_figures(self, company_id: int) -> list[SmeFigures]:
        return list(self._s.scalars(
            select(SmeFigures).where(SmeFigures.company_id == company_id).order_by(SmeFigures.reference_year)))

    def memberships(self, company_id: int) -> list[tuple[Membership, Cluster]]:
        rows = self._s.execute(
            select(Membership, Cluster).join(Cluster, Cluster.id == Membership.cluster_id)
            .where(Membership.company_id == company_id).order_by(Membership.valid_from)
            .options(lazyload(Cluster.themes)))
        return [(m, c) for m, c in rows]

    def contacts(self, company_id: int) -> list[Contact]:
        return list(self._s.scalars(select(Contact).where(Contact.company_id == company_id).order_by(Contact.id)))

    def deminimis_records(self, company_id: int) -> list[DeminimisRecord]:
        return list(self._s.scalars(
            select(DeminimisRecord).where(DeminimisRecord.company_id == company_id).order_by(DeminimisRecord.id)))

    # measures ----------------------------------------------------------------------------------
    def measure_by_code(self, code: str) -> Measure | None:
        # Themes load when first touched: most callers only need the measure, and an eager load would
        # run again on every lookup of a measure already in the session (the import looks up thousands).
        return self._s.scalar(select(Measure).where(func.upper(Measure.code) == code.strip().upper())
                              .options(lazyload(Measure.themes)))

    def measures(self) -> list[Measure]:
        return list(self._s.scalars(select(Measure).order_by(Measure.start_date, Measure.code)))

    # applications ------------------------------------------------------------------------------
    def application_by_reference(self, reference: str) -> Application | None:
        return self._s.scalar(select(Application).where(Application.reference == reference.strip().upper()))

    def get_application(self, application_id: int) -> Application | None:
        return self._s.get(Application, application_id)

    def applications_of_measure(self, measure_id: int) -> list[tuple[int, date, str]]:
        """(company id, receipt date, reference) of every application for a measure."""
        query = select(Application.company_id, Application.receipt_date, Application.reference).where(
            Application.measure_id == measure_id)
        return [tuple(row) for row in self._s.execute(query)]  # type: ignore[misc]

    def application_same(self, company_id: int, measure_id: int, receipt_date: date) -> Application | None:
        return self._s.scalar(select(Application).where(
            Application.company_id == company_id, Application.measure_id == measure_id,
            Application.receipt_date == receipt_date))

    def applications_of_company(self, company_id: int) -> list[tuple[Application, Measure]]:
        rows = self._s.execute(
            select(Application, Measure).join(Measure, Measure.id == Application.measure_id)
            .where(Application.company_id == company_id).options(lazyload(Measure.themes)))
        return [(a, m) for a, m in rows]

    def application_count(self) -> int:
        return self._s.scalar(select(func.count(Application.id))) or 0

    def application_rows(self, *, company_id: int | None = None, measure_id: int | None = None,
                         ids: Collection[int] | None = None) -> list[tuple[Any, ...]]:
        """Every application (or one company's or measure's, or those with the ids) as one flat tuple for lists
        and exports."""
        query = (
            select(Application.id, Application.reference, Company.name, Measure.code, Measure.title, Measure.type,
                   Measure.country, Measure.start_date, Application.theme_code, Cluster.name, Company.region_code,
                   Application.receipt_date, Application.status, Application.eligible_costs,
                   Application.voucher_amount, Application.approved_amount, Application.payout_amount,
                   Application.proof_due_date, Application.funding_source)
            .join(Company, Company.id == Application.company_id)
            .join(Measure, Measure.id == Application.measure_id)
            .outerjoin(Cluster, Cluster.id == Application.cluster_id)
            .order_by(Application.ref_year, Application.ref_number))
        if company_id is not None:
            query = query.where(Application.company_id == company_id)
        if measure_id is not None:
            query = query.where(Application.measure_id == measure_id)
        if ids is not None:
            query = query.where(Application.id.in_(list(ids)))
        # Plain Core execution: the ORM's row loading adds about a second at 100,000 rows and gives nothing here.
        return [tuple(row) for row in self._s.connection().execute(query)]

    def cost_items(self, application_id: int) -> list[CostItem]:
        return list(self._s.scalars(
            select(CostItem).where(CostItem.application_id == application_id).order_by(CostItem.position)))

    def stored_checks(self, application_id: int) -> list[EligibilityCheck]:
        return list(self._s.scalars(
            select(EligibilityCheck).where(EligibilityCheck.application_id == application_id)
            .order_by(EligibilityCheck.rule)))

    def replace_checks(self, application_id: int, checks: list[EligibilityCheck]) -> None:
        for old in self.stored_checks(application_id):
            self._s.delete(old)
        self._s.flush()
        self._s.add_all(checks)

    def document_hashes(self, file_names: list[str]) -> set[tuple[str, str]]:
        """(file name, SHA-256) of the generated documents recorded under these names."""
        found: set[tuple[str, str]] = set()
        for start in range(0, len(file_names), 500):
            chunk = file_names[start:start + 500]
            found.update((name, sha) for name, sha in self._s.execute(
                select(GeneratedDocument.file_name, GeneratedDocument.sha256)
                .where(GeneratedDocument.file_name.in_(chunk))))
        return found

    def documents(self, application_id: int) -> list[GeneratedDocument]:
        return list(self._s.scalars(
            select(GeneratedDocument).where(GeneratedDocument.application_id == application_id)
            .order_by(GeneratedDocument.created_at, GeneratedDocument.id)))

    def references_with_status(self, statuses: Sequence[str]) -> list[str]:
        """References of the applications in these statuses, in reference order."""
        return list(self._s.scalars(
            select(Application.reference).where(Application.status.in_(list(statuses)))
            .order_by(Application.ref_year, Application.ref_number)))

    # budget ------------------------------------------------------------------------------------
    def budget_line(self, year: int, source: str) -> BudgetLine | None:
        return self._s.scalar(select(BudgetLine).where(BudgetLine.year == year, BudgetLine.source == source))

    def budget_lines(self, year: int | None = None) -> list[BudgetLine]:
        query = select(BudgetLine).order_by(BudgetLine.year, BudgetLine.source)
        if year is not None:
            query = query.where(BudgetLine.year == year)
        return list(self._s.scalars(query))

    def ledger_sums(self, line_ids: Sequence[int] | None = None) -> dict[int, dict[str, Decimal]]:
        """Per budget line and kind, the sum of the ledger — computed in the database."""
        total = func.sum(LedgerEntry.amount)  # typed as Money: cents summed in SQL, Decimal in Python
        query = select(LedgerEntry.budget_line_id, LedgerEntry.kind, total).group_by(
            LedgerEntry.budget_line_id, LedgerEntry.kind)
        if line_ids is not None:
            query = query.where(LedgerEntry.budget_line_id.in_(list(line_ids)))
        sums: dict[int, dict[str, Decimal]] = {}
        for line_id, kind, amount in self._s.execute(query):
            sums.setdefault(line_id, {})[kind] = amount
        return sums

    def ledger_of_application(self, application_id: int) -> list[LedgerEntry]:
        return list(self._s.scalars(
            select(LedgerEntry).where(LedgerEntry.application_id == application_id).order_by(LedgerEntry.id)))

    def ledger_of_line(self, line_id: int) -> list[LedgerEntry]:
        return list(self._s.scalars(
            select(LedgerEntry).where(LedgerEntry.budget_line_id == line_id).order_by(LedgerEntry.id)))

    # audit -------------------------------------------------------------------------------------
    def audit(self, *, user: str, entity: str, entity_id: str | int, action: str,
              changes: dict[str, list[Any]], at: datetime, on_behalf_of: str | None = None) -> AuditEvent:
        """``user`` acted; ``on_behalf_of``: the user an admin acted for (see ``AuditEvent``)."""
        event = AuditEvent(at=at, user_login=user, entity=entity, entity_id=str(entity_id), action=action,
                           changes=changes, on_behalf_of=on_behalf_of)
        self._s.add(event)
        return event

    def audit_events(self, *, entity: str | None = None, entity_id: str | None = None, user: str | None = None,
                     since: datetime | None = None, until: datetime | None = None,
                     limit: int | None = None, offset: int = 0, text: str | None = None) -> list[AuditEvent]:
        """Newest first. ``text`` matches the record's id or reference, or a company's or cluster's name."""
        newest = (AuditEvent.at.desc(), AuditEvent.id.desc())
        where: list[ColumnElement[bool]] = []
        if text:
            where.append(_record_matches(text, self._s))
        if entity is not None:
            where.append(AuditEvent.entity == entity)
        if entity_id is not None:
            where.append(AuditEvent.entity_id == str(entity_id))
        if since is not None:
            where.append(AuditEvent.at >= since)
        if until is not None:
            where.append(AuditEvent.at < until)
        query = select(AuditEvent).order_by(*newest)
        if user is not None:  # what the user did, also for others, and what an admin did in their name
            if limit is None:
                query = query.where(or_(AuditEvent.user_login == user, AuditEvent.on_behalf_of == user))
            else:
                # Each side newest first along its own index, only as many as the page needs, then merged: an OR
                # of the two would read and sort every event of the user (seconds at millions of events).
                enough = limit + offset
                sides = [select(AuditEvent.id).where(column == user, *where).order_by(*newest).limit(enough)
                         .subquery() for column in (AuditEvent.user_login, AuditEvent.on_behalf_of)]
                query = query.where(AuditEvent.id.in_(union_all(*(select(side.c.id) for side in sides))))
        query = query.where(*where)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        return list(self._s.scalars(query))

    def audit_logins(self) -> list[str]:
        """Every login that appears in the audit trail: each found by one step along the column's index (the
        next login after the last one found) — a handful of index seeks instead of reading millions of events."""
        found: set[str] = set()
        for column in (AuditEvent.user_login, AuditEvent.on_behalf_of):
            login = self._s.scalar(select(func.min(column)))
            while login is not None:
                found.add(login)
                login = self._s.scalar(select(func.min(column)).where(column > login))
        return sorted(found)

    # aggregates for overviews ------------------------------------------------------------------
    def status_counts(self) -> dict[str, int]:
        """Applications per status, counted in the database."""
        query = select(Application.status, func.count(Application.id)).group_by(Application.status)
        return {status: count for status, count in self._s.execute(query)}

    def proofs_due(self, *, status: str, until: date, limit: int) -> tuple[list[tuple[str, str, date]], int]:
        """(reference, company, due date) in ``status`` due by ``until``, earliest first; and how many in all."""
        where = (Application.status == status, Application.proof_due_date.is_not(None),
                 Application.proof_due_date <= until)
        query = (select(Application.reference, Company.name, Application.proof_due_date)
                 .join(Company, Company.id == Application.company_id).where(*where)
                 .order_by(Application.proof_due_date, Application.reference).limit(limit))
        total = self._s.scalar(select(func.count(Application.id)).where(*where)) or 0
        return [(ref, name, due) for ref, name, due in self._s.execute(query) if due is not None], total

    def company_rows(self) -> list[tuple[int, str, str | None, str | None, int]]:
        """(id, name, city, region name, number of applications) of every company, by name."""
        counts = (select(Application.company_id.label("company_id"), func.count(Application.id).label("n"))
                  .group_by(Application.company_id).subquery())
        query = (select(Company.id, Company.name, Company.city, Region.name, func.coalesce(counts.c.n, 0))
                 .outerjoin(Region, Region.code == Company.region_code)
                 .outerjoin(counts, counts.c.company_id == Company.id).order_by(Company.name, Company.id))
        return [tuple(row) for row in self._s.execute(query)]  # type: ignore[misc]

    def newest_sme_figures(self) -> list[tuple[int, int, Decimal, Decimal, Decimal]]:
        """(company id, reference year, work units, turnover, balance-sheet total) of each company's newest year."""
        newest = (select(SmeFigures.company_id.label("company_id"), func.max(SmeFigures.reference_year).label("year"))
                  .group_by(SmeFigures.company_id).subquery())
        query = (select(SmeFigures.company_id, SmeFigures.reference_year, SmeFigures.annual_work_units,
                        SmeFigures.turnover, SmeFigures.balance_sheet_total)
                 .join(newest, (newest.c.company_id == SmeFigures.company_id)
                       & (newest.c.year == SmeFigures.reference_year)))
        return [tuple(row) for row in self._s.execute(query)]  # type: ignore[misc]

    def measure_rows(self) -> list[tuple[Measure, int]]:
        """Every measure with its number of applications, by start date."""
        counts = (select(Application.measure_id.label("measure_id"), func.count(Application.id).label("n"))
                  .group_by(Application.measure_id).subquery())
        query = (select(Measure, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.measure_id == Measure.id)
                 .order_by(Measure.start_date, Measure.code))
        return [(m, n) for m, n in self._s.execute(query)]

    def member_counts(self, on: date) -> dict[int, int]:
        """Per cluster, the companies whose membership is active on a day."""
        query = (select(Membership.cluster_id, func.count(func.distinct(Membership.company_id)))
                 .where(Membership.valid_from <= on, or_(Membership.valid_to.is_(None), Membership.valid_to >= on))
                 .group_by(Membership.cluster_id))
        return {cluster_id: count for cluster_id, count in self._s.execute(query)}

    def ledger_with_references(self, line_id: int) -> list[tuple[Any, ...]]:
        """(id, application reference, kind, amount, booked on, booked by, note) of a line's ledger, in booking
        order — one query of plain columns, fast also for tens of thousands of entries."""
        query = (select(LedgerEntry.id, Application.reference, LedgerEntry.kind, LedgerEntry.amount,
                        LedgerEntry.booked_on, LedgerEntry.booked_by, LedgerEntry.note)
                 .outerjoin(Application, Application.id == LedgerEntry.application_id)
                 .where(LedgerEntry.budget_line_id == line_id).order_by(LedgerEntry.id))
        return [tuple(row) for row in self._s.execute(query)]

    def names(self, model: type[Company] | type[Cluster], ids: Sequence[int]) -> dict[int, str]:
        """Names of companies or clusters by id, for showing records in words."""
        if not ids:
            return {}
        return {i: n for i, n in self._s.execute(select(model.id, model.name).where(model.id.in_(list(ids))))}

    def measure_labels(self, ids: Sequence[int]) -> dict[int, str]:
        """``M-2027-001 Markterkundungsreise …`` by measure id, for showing records in words."""
        if not ids:
            return {}
        query = select(Measure.id, Measure.code, Measure.title).where(Measure.id.in_(list(ids)))
        return {i: f"{code} {title}" for i, code, title in self._s.execute(query)}

    def budget_line_labels(self, ids: Sequence[int]) -> dict[int, str]:
        """``2026 Landesmittel`` by budget line id."""
        if not ids:
            return {}
        query = select(BudgetLine.id, BudgetLine.year, BudgetLine.source).where(BudgetLine.id.in_(list(ids)))
        return {i: f"{year} {source}" for i, year, source in self._s.execute(query)}


FEW_RECORDS = 5_000  # events of records matching a search text, up to which they are looked up by id


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _record_matches(text: str, session: Session | None = None) -> ColumnElement[bool]:
    """An audit event's record matches: its id or reference, or the name of the company or cluster it is.

    With a SQLite ``session``, a text whose records are few (a name, a full reference) is looked up as ids — the
    record ids from the covering index on (entity, entity_id), the named records by that index too — instead of
    reading the events newest first until a page is found, which reads every event when nothing matches (17 s
    at 4.7 million events; now about 1 s). A text matching many records (a year) keeps the newest-first walk,
    which then finds a page at once."""
    pattern = _like(text)
    spellings = like_patterns(text.strip())  # ä and Ä both: ILIKE folds ASCII letters only (SQLite, C locale)
    named = [
        and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(
            select(cast(model.id, String)).where(or_(*(model.name.ilike(p, escape="\\") for p in spellings)))))
        for entity, model in (("company", Company), ("cluster", Cluster))
    ]
    if session is not None and session.get_bind().dialect.name == "sqlite":
        # LIKE folds ASCII letters itself (``lower()`` on every id costs three times as much); other letters are
        # spelled both ways.
        by_id = or_(*(AuditEvent.entity_id.like(p, escape="\\") for p in spellings))
        found = session.scalars(select(AuditEvent.id).where(by_id).limit(FEW_RECORDS + 1)).all()
        if len(found) <= FEW_RECORDS:
            return or_(AuditEvent.id.in_(found), AuditEvent.id.in_(
                union_all(*(select(AuditEvent.id).where(n) for n in named))))
    return or_(AuditEvent.entity_id.ilike(pattern, escape="\\"), *named)
