"""Applications: record and change them (with cost items), look them up, judge them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.enums import PENDING, Role, Status
from bwi_vouchers.domain.money import MAX_AMOUNT
from bwi_vouchers.domain.programme import Programme, programme_for
from bwi_vouchers.domain.references import format_reference
from bwi_vouchers.errors import (
    BwiError,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
    present,
)
from bwi_vouchers.services.base import (
    Service,
    created,
    diff,
    jsonable,
    money,
    optional_text,
    programmes,
    required_text,
    roles_of,
)
from bwi_vouchers.services.budget import canonical_source
from bwi_vouchers.services.dto import ApplicationInfo, CheckReport, CostItemInfo, DocumentInfo
from bwi_vouchers.services.eligibility import Facts, facts_of, judge
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, BudgetLine, Cluster, Company, CostItem, Measure, Theme

EARLIEST = date(2000, 1, 1)

#: An application's facts (DESIGN §6) as its audit events name them. Whoever changes one of them while the
#: application is in review may not decide it; its funding source are not facts in this sense.
FACTS = frozenset({"company_id", "measure_id", "theme_code", "cluster_id", "receipt_date", "early_start_consent",
                   "eligible_costs", "requested_amount", "cost_items"})


@dataclass(frozen=True)
class ApplicationInput:
    company_id: int
    measure_code: str
    theme_code: int | None
    receipt_date: date
    cost_items: tuple[CostItemInfo, ...] = ()
    cluster_id: int | None = None
    requested_amount: object = None
    early_start_consent: date | None = None
    funding_source: str | None = None


def edit_refusal(status: Status | None, roles: Collection[str], *, user: str, reference: str = "") -> BwiError | None:
    """Why ``user`` (holding ``roles``) may not change an application in ``status`` (``None``: record a new one),
    or ``None`` when they may. The one rule behind the save's refusal and the editor's read-only mode.

    Only received or in-review applications are changed (a decided one is fixed: an amendment or a revocation
    is a step of its own), and only by a clerk.
    """
    if status is not None and status not in PENDING:
        return TransitionRefused("not_editable", reference=reference, status=status.value)
    if Role.CLERK.value not in {str(role) for role in roles}:
        return PermissionDenied("role_missing_action", user=user, role=Role.CLERK.value)
    return None


def _fetch(uow: UnitOfWork, reference: str) -> Application:
    app = uow.application_by_reference(reference)
    if app is None:
        raise NotFoundError("unknown_reference", reference=reference)
    return app


def facts_changed_in_review(uow: UnitOfWork, app: Application) -> frozenset[str]:
    """Who changed the facts of ``app`` since it last entered the review; nobody unless it is in review now.

    Read from the application's audit events (one query on their entity index), newest first, back to the
    step into ``in_review``: changes before that step, or in an earlier review, bar nobody.
    """
    if app.status != Status.IN_REVIEW.value:
        return frozenset()
    changers: set[str] = set()
    for event in uow.audit_events(entity="application", entity_id=app.reference):
        status = (event.changes or {}).get("status")
        if status is not None and status[-1] == Status.IN_REVIEW.value:
            break
        if event.action == "changed" and FACTS.intersection(event.changes or {}):
            changers.add(event.user_login)
            if event.on_behalf_of:  # an admin changed them for a clerk: neither of the two decides it
                changers.add(event.on_behalf_of)
    return frozenset(changers)


def application_info(uow: UnitOfWork, app: Application) -> ApplicationInfo:
    company = present(uow.get(Company, app.company_id), f"das Unternehmen von {app.reference}")
    measure = present(uow.get(Measure, app.measure_id), f"die Maßnahme von {app.reference}")
    line = uow.get(BudgetLine, app.budget_line_id) if app.budget_line_id else None
    items = tuple(CostItemInfo(i.category, i.amount, i.description) for i in uow.cost_items(app.id))
    return ApplicationInfo(
        app.id, app.reference, Status(app.status), company.id, company.name, measure.code, measure.title,
        app.theme_code, app.cluster_id, app.receipt_date, app.early_start_consent, app.eligible_costs,
        app.requested_amount, app.voucher_amount, app.approved_amount, app.approval_date,
        line.year if line else measure.start_date.year, line.source if line else app.funding_source,
        app.in_review_by, app.decided_by, app.decision_date, app.decision_reason, app.proof_due_date,
        app.proof_received_date, app.proof_recorded_by, app.actual_costs, app.payout_amount, app.payout_date,
        app.paid_by, app.created_by, app.created_at, app.version, items,
        facts_changed_in_review(uow, app))


class _Clean:
    """An ApplicationInput checked against the database: every field valid, or a ValidationError."""

    def __init__(self, uow: UnitOfWork, data: ApplicationInput, today: date, *, company: Company | None = None,
                 measure: Measure | None = None) -> None:
        # ``company`` / ``measure``: already resolved by the caller (a bulk import), so not asked for again.
        company = company if company is not None else uow.get(Company, data.company_id)
        if company is None:
            raise ValidationError("company", "unknown_company", company=data.company_id)
        self.company = company
        measure = measure if measure is not None else uow.measure_by_code(data.measure_code or "")
        if measure is None:
            raise ValidationError("measure", "unknown_measure", measure=data.measure_code)
        self.measure = measure
        if data.theme_code is not None and uow.get(Theme, data.theme_code) is None:
            raise ValidationError("theme", "unknown_theme", theme=data.theme_code)
        if data.cluster_id is not None and uow.get(Cluster, data.cluster_id) is None:
            raise ValidationError("cluster", "unknown_cluster", cluster=data.cluster_id)
        if not EARLIEST <= data.receipt_date <= today:
            raise ValidationError("receipt_date", "date_out_of_range", date=data.receipt_date.isoformat(),
                                  earliest=EARLIEST.isoformat(), latest=today.isoformat())
        if data.early_start_consent is not None and not EARLIEST <= data.early_start_consent <= today:
            raise ValidationError("early_start_consent", "date_out_of_range",
                                  date=data.early_start_consent.isoformat(), earliest=EARLIEST.isoformat(),
                                  latest=today.isoformat())
        self.items = clean_cost_items(data.cost_items)
        self.costs = sum((amount for *_, amount in self.items), Decimal("0.00"))
        self.requested = money("requested_amount", data.requested_amount, allow_none=True)
        self.source = canonical_source(uow, data.funding_source) if data.funding_source else None
        self.data = data

    def facts(self, **extra: object) -> Facts:
        return Facts(self.company.id, self.measure, self.data.theme_code, self.data.cluster_id,
                     self.data.receipt_date, self.data.early_start_consent, self.costs, self.requested,
                     funding_source=self.source, **extra)  # type: ignore[arg-type]

    def values(self, voucher_amount: Decimal) -> dict[str, object]:
        return {
            "company_id": self.company.id, "measure_id": self.measure.id, "theme_code": self.data.theme_code,
            "cluster_id": self.data.cluster_id, "receipt_date": self.data.receipt_date,
            "early_start_consent": self.data.early_start_consent, "eligible_costs": self.costs,
            "requested_amount": self.requested, "funding_source": self.source, "voucher_amount": voucher_amount,
        }


#: A checked cost item: (position, category, description, net amount).
CleanItem = tuple[int, str, str | None, Decimal]


def clean_cost_items(items: Sequence[CostItemInfo], field: str = "cost_items") -> list[CleanItem]:
    """Cost items checked one by one (a ValidationError names the item's field) and their total against the
    largest amount; used for an application's planned costs and for a proof of use's actual costs."""
    clean: list[CleanItem] = []
    for position, item in enumerate(items, start=1):
        amount = money(f"{field}[{position}].amount", item.amount)
        category = required_text(f"{field}[{position}].category", item.category, max_length=60)
        clean.append((position, category, optional_text(f"{field}[{position}].description", item.description),
                      amount))
    total = sum((amount for *_, amount in clean), Decimal("0.00"))
    if total > MAX_AMOUNT:
        raise ValidationError(field, "money_too_large", value=str(total))
    return clean


def _replace_items(uow: UnitOfWork, app_id: int, items: list[tuple[int, str, str | None, Decimal]]) -> None:
    for old in uow.cost_items(app_id):
        uow.delete(old)
    uow.flush()
    for position, category, description, amount in items:
        uow.add(CostItem(application_id=app_id, position=position, category=category, description=description,
                         amount=amount))


def items_text(items: Sequence[CleanItem]) -> list[str]:
    """Cost items as the audit trail lists them: ``Reisekosten: 1200.50 (Flug)``."""
    return [f"{category}: {amount}" + (f" ({description})" if description else "")
            for _, category, description, amount in items]


def add_application(uow: UnitOfWork, actor: str, data: ApplicationInput, today: date, now: datetime, *,
                    versions: list[Programme] | None = None) -> Application:
    """Record a received application inside a unit of work (the form and the import both come here).

    It is validated, gets the next reference of its receipt year, and its creation is audited.
    ``versions``: the programme versions, when the caller (a bulk import) has read them already.
    """
    # The company first, then the year's counter (the order of every lock taker, see ``storage.locks``): a
    # decision about another application of the company counts this one only once it is committed.
    uow.lock_company(data.company_id)
    clean = _Clean(uow, data, today)
    programme = programme_for(versions or programmes(uow), data.receipt_date)
    year = data.receipt_date.year
    number = uow.next_reference_number(year)
    reference = format_reference(year, number)
    values = clean.values(programme.voucher_amount(clean.costs))
    app = uow.add(Application(reference=reference, ref_year=year, ref_number=number, status=Status.RECEIVED.value,
                              created_by=actor, created_at=now, **values))
    uow.flush()
    for position, category, description, amount in clean.items:  # a new application has no items to replace
        uow.add(CostItem(application_id=app.id, position=position, category=category, description=description,
                         amount=amount))
    changes = {**created({"status": Status.RECEIVED, **values}), "cost_items": [None, items_text(clean.items)]}
    uow.audit(user=actor, entity="application", entity_id=reference, action="created", at=now, changes=changes)
    return app


def application_records(uow: UnitOfWork, actor: str, data: ApplicationInput, today: date, now: datetime, *,
                        versions: list[Programme], number: int, app_id: int, company: Company,
                        measure: Measure) -> tuple[Application, list[CostItem], dict[str, list[Any]]]:
    """What ``add_application`` inserts, validated the same way but built in memory with the given id and
    reference number, and not added (a bulk import writes it itself): the application, its cost items and
    the changes of its "created" audit event."""
    clean = _Clean(uow, data, today, company=company, measure=measure)
    programme = programme_for(versions, data.receipt_date)
    year = data.receipt_date.year
    reference = format_reference(year, number)
    values = clean.values(programme.voucher_amount(clean.costs))
    app = Application(id=app_id, reference=reference, ref_year=year, ref_number=number,
                      status=Status.RECEIVED.value, created_by=actor, created_at=now, **values)
    items = [CostItem(application_id=app_id, position=position, category=category, description=description,
                      amount=amount) for position, category, description, amount in clean.items]
    changes = {**created({"status": Status.RECEIVED, **values}), "cost_items": [None, items_text(clean.items)]}
    return app, items, changes


class ApplicationService(Service):
    def create(self, actor: str, data: ApplicationInput) -> ApplicationInfo:
        """Record a received application; it gets the next reference of its receipt year."""
        def work(uow: UnitOfWork) -> ApplicationInfo:
            refusal = edit_refusal(None, roles_of(self._actor(uow, actor)), user=actor)
            if refusal is not None:
                raise refusal
            app = add_application(uow, actor, data, self.clock.today(), self.clock.now())
            return application_info(uow, app)

        return self.db.retrying(work)

    def update(self, actor: str, reference: str, expected_version: int, data: ApplicationInput) -> ApplicationInfo:
        """Change a pending application; a stale version (someone saved first) is a conflict."""
        today = self.clock.today()
        with self.db.unit_of_work(write=True) as uow:
            user = self._actor(uow, actor)
            app = uow.lock_application(reference)  # a concurrent save waits, then sees the new version
            if app is None:
                raise NotFoundError("unknown_reference", reference=reference)
            refusal = edit_refusal(Status(app.status), roles_of(user), user=actor, reference=app.reference)
            if refusal is not None:
                raise refusal
            if app.version != expected_version:
                raise ConflictError("changed_meanwhile")
            clean = _Clean(uow, data, today)
            if data.receipt_date.year != app.ref_year:
                raise ValidationError("receipt_date", "receipt_year_fixed", year=app.ref_year)
            programme = programme_for(programmes(uow), data.receipt_date)
            values = clean.values(programme.voucher_amount(clean.costs))
            old_items = [(i.position, i.category, i.description, i.amount) for i in uow.cost_items(app.id)]
            changes = diff({k: getattr(app, k) for k in values}, values)
            if items_text(old_items) != items_text(clean.items):
                changes["cost_items"] = [items_text(old_items), items_text(clean.items)]
            for key, value in values.items():
                setattr(app, key, value)
            if old_items != clean.items:
                # The items live in their own table: without this, a change of items alone would leave the
                # version as it was and a stale save would silently overwrite it.
                app.version = expected_version + 1
            _replace_items(uow, app.id, clean.items)
            uow.flush()
            if changes:
                self._audit(uow, actor, "application", app.reference, "changed", changes)
            return application_info(uow, app)

    def get(self, reference: str) -> ApplicationInfo:
        with self.db.unit_of_work() as uow:
            return application_info(uow, _fetch(uow, reference))

    def check(self, reference: str) -> CheckReport:
        """Eligibility now (decision date today), or as decided (the approval date) once approved."""
        with self.db.unit_of_work() as uow:
            app = _fetch(uow, reference)
            facts = facts_of(uow, app)
            assessment = judge(uow, facts, programme_for(programmes(uow), facts.receipt_date), self.clock.today())
            return CheckReport(app.reference, Status(app.status), assessment)

    def check_draft(self, data: ApplicationInput, reference: str | None = None) -> CheckReport:
        """The live checklist for a form that is not saved yet (or the edited form of a saved one)."""
        with self.db.unit_of_work() as uow:
            clean = _Clean(uow, data, self.clock.today())
            own = uow.application_by_reference(reference) if reference else None
            facts = clean.facts(reference=own.reference if own else None, own_id=own.id if own else None,
                                status=Status(own.status) if own else Status.RECEIVED)
            assessment = judge(uow, facts, programme_for(programmes(uow), facts.receipt_date), self.clock.today())
            return CheckReport(own.reference if own else "", facts.status, assessment)

    def history(self, reference: str) -> list[dict[str, object]]:
        with self.db.unit_of_work() as uow:
            app = _fetch(uow, reference)
            return [{"at": e.at, "user": e.user_login, "on_behalf_of": e.on_behalf_of, "action": e.action,
                     "changes": {k: [jsonable(v) for v in pair] for k, pair in e.changes.items()}}
                    for e in uow.audit_events(entity="application", entity_id=app.reference)]

    def documents(self, reference: str) -> list[DocumentInfo]:
        """The letters made for an application, oldest first."""
        with self.db.unit_of_work() as uow:
            app = _fetch(uow, reference)
            return [DocumentInfo(d.kind, d.file_name, d.sha256, d.created_by, d.created_at)
                    for d in uow.documents(app.id)]
