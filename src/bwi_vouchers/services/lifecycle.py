"""Lifecycle steps: one transaction per application, together with its ledger entries and audit event."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Role, Status
from bwi_vouchers.domain.lifecycle import ApplicationState, plan_step
from bwi_vouchers.domain.programme import programme_for
from bwi_vouchers.domain.rules import Assessment
from bwi_vouchers.domain.step_plan import StepPlan
from bwi_vouchers.errors import BwiError, NotFoundError, ValidationError, present
from bwi_vouchers.services.applications import (
    CleanItem,
    application_info,
    clean_cost_items,
    facts_changed_in_review,
    items_text,
)
from bwi_vouchers.services.base import Service, money, optional_text, programmes, roles_of
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo, StepResult
from bwi_vouchers.services.eligibility import budget_line_for, facts_of, judge
from bwi_vouchers.services.step_writer import write_step
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, EligibilityCheck, Measure, ProofCostItem, User

#: The most actual cost items one proof of use lists.
MAX_PROOF_ITEMS = 100


def parse_status(text: str | Status) -> Status:
    try:
        return Status(str(text).strip().lower())
    except ValueError:
        raise ValidationError("status", "unknown_status", status=str(text),
                              known=", ".join(s.value for s in Status)) from None


def open_commitment(uow: UnitOfWork, application_id: int) -> Decimal:
    """What of this application's commitment is neither paid nor released."""
    total = Decimal("0.00")
    for entry in uow.ledger_of_application(application_id):
        if entry.kind == LedgerKind.COMMITMENT:
            total += entry.amount
        elif entry.kind in (LedgerKind.RELEASE, LedgerKind.PAYOUT):
            total -= entry.amount
    return total


def proof_items(items: Sequence[CostItemInfo] | None, costs: object) -> tuple[list[CleanItem], Decimal | None]:
    """The proof of use's actual cost items (checked) and the actual costs: their total, or ``costs`` when the
    proof gives a total only (the older form); both at once are refused."""
    if items is None:
        return [], money("costs", costs, allow_none=True)
    if costs is not None and str(costs).strip():
        raise ValidationError("cost_items", "costs_or_items")
    if len(items) > MAX_PROOF_ITEMS:
        raise ValidationError("cost_items", "too_many_cost_items", max=MAX_PROOF_ITEMS)
    clean = clean_cost_items(items)
    if not clean:
        raise ValidationError("cost_items", "costs_required")
    return clean, sum((amount for *_, amount in clean), Decimal("0.00"))


class LifecycleService(Service):
    def move(self, actor: str, reference: str, target: Status | str, *, costs: object = None,
             reason: str | None = None, received: date | None = None,
             items: Sequence[CostItemInfo] | None = None) -> ApplicationInfo:
        """One lifecycle step; refused steps raise and change nothing.

        A proof of use (``proof_received``) gives its actual costs as cost items (``items``, their total is the
        actual costs) or as one total (``costs``), and the day it came in (``received``, default today)."""
        status = parse_status(target)
        clean, actual = proof_items(items, costs)
        reason = optional_text("reason", reason, max_length=4000, multiline=True)
        # A decision that a concurrent one broke off (PostgreSQL: a deadlock) wrote nothing and runs again.
        return self.db.retrying(lambda uow: self.step_in(uow, actor, reference, status, actual, reason,
                                                         received=received, items=clean))

    def move_many(self, actor: str, references: Iterable[str], target: Status | str, *, costs: object = None,
                  reason: str | None = None, received: date | None = None,
                  items: Sequence[CostItemInfo] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> list[StepResult]:
        """The same step for many applications, each judged on its own and in its own transaction."""
        refs = list(references)
        results: list[StepResult] = []
        for index, reference in enumerate(refs):
            if is_cancelled is not None and is_cancelled():
                break
            try:
                info = self.move(actor, reference, target, costs=costs, reason=reason, received=received,
                                 items=items)
                results.append(StepResult(info.reference, True, info.status))
            except BwiError as error:
                results.append(StepResult(reference, False, None, error))
            if progress is not None:
                progress(index + 1, len(refs))
        return results

    def step_in(self, uow: UnitOfWork, actor: str, reference: str, target: Status, actual: Decimal | None,
                reason: str | None, *, received: date | None = None,
                items: Sequence[CleanItem] = ()) -> ApplicationInfo:
        """One step inside the caller's unit of work (``move``'s, or the proof of use's with its receipts)."""
        if items and target is not Status.PROOF_RECEIVED:
            raise ValidationError("cost_items", "costs_only_with_proof")
        user = self._actor(uow, actor)
        actor = user.login  # as stored: "KLEIN" and "klein" are one person for the four-eyes checks
        step = plan_in(uow, user, reference, target, today=self.clock.today(), actual=actual, reason=reason,
                       received=received, lock=True)
        app, plan, assessment = step.app, step.plan, step.assessment
        now = self.clock.now()
        changes = write_step(uow, app, plan, at=now)
        for position, category, description, amount in items:
            uow.add(ProofCostItem(application_id=app.id, position=position, category=category,
                                  description=description, amount=amount))
        if items:
            changes["actual_cost_items"] = [None, items_text(items)]
        if assessment is not None:
            uow.replace_checks(app.id, [
                EligibilityCheck(application_id=app.id, rule=c.rule, outcome=c.outcome.value, reason=c.reason,
                                 params=dict(c.params), checked_at=now, checked_by=actor)
                for c in assessment.checks])
        uow.flush()
        self._audit(uow, actor, "application", app.reference, plan.action, changes)
        return application_info(uow, app)


@dataclass(frozen=True)
class PlannedStep:
    """A step checked and planned inside a unit of work, not yet written."""

    app: Application
    plan: StepPlan
    assessment: Assessment | None


def plan_in(uow: UnitOfWork, user: User, reference: str, target: Status, *, today: date,
            actual: Decimal | None = None, reason: str | None = None, received: date | None = None,
            lock: bool) -> PlannedStep:
    """Check one step of one application for ``user`` and plan it (what it sets and books), or raise the refusal.

    The step itself (``lock=True``) locks what it checks before reading it (application, company, budget line — in
    this order everywhere): a concurrent decision waits, then reads what this one wrote (DESIGN §11). A preview
    (``decision_summary``) reads without locks and writes nothing.
    """
    actor = user.login
    app = uow.lock_application(reference) if lock else uow.application_by_reference(reference.strip().upper())
    if app is None:
        raise NotFoundError("unknown_reference", reference=reference)
    if lock:
        uow.lock_company(app.company_id)
    measure = present(uow.get(Measure, app.measure_id), f"die Maßnahme von {app.reference}")
    programme = programme_for(programmes(uow), app.receipt_date)
    facts = facts_of(uow, app)
    line = budget_line_for(uow, facts, programme) if target is Status.APPROVED or app.budget_line_id else None
    if line is not None and lock:
        line = uow.lock_budget_line(line.id)
    state = ApplicationState(
        reference=app.reference, status=Status(app.status), in_review_by=app.in_review_by,
        proof_recorded_by=app.proof_recorded_by, approved_amount=app.approved_amount,
        payout_amount=app.payout_amount, proof_due_date=app.proof_due_date,
        open_commitment=open_commitment(uow, app.id), measure_end=measure.end_date,
        budget_line=app.budget_line_id, facts_changed_by=facts_changed_in_review(uow, app))
    assessment = judge(uow, facts, programme, today) if target in (Status.APPROVED, Status.REJECTED) else None
    if target is not Status.APPROVED:
        line = None
    plan = plan_step(state, target, actor=actor, roles=frozenset(Role(r) for r in roles_of(user)), today=today,
                     programme=programme, assessment=assessment, actual_costs=actual, reason=reason,
                     budget_line=line.id if line is not None else None, received=received)
    if plan.bookings and plan.budget_line is None:
        raise NotFoundError("no_budget_line", year=measure.start_date.year, source=app.funding_source or "")
    return PlannedStep(app, plan, assessment)
