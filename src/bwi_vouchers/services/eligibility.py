"""Gathers the facts the rules need from the database and judges an application (saved or a draft)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import COMMITTED, MeasureType, Status
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.domain.rules import Assessment, CheckInput, Membership, OtherApplication, PriorAid, assess
from bwi_vouchers.domain.sme import SmeFigures
from bwi_vouchers.errors import present
from bwi_vouchers.services.budget import available_on
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, BudgetLine, Measure


@dataclass(frozen=True)
class Facts:
    """The application's own facts; a saved application and an unsaved form both give these."""

    company_id: int
    measure: Measure
    theme_code: int | None
    cluster_id: int | None
    receipt_date: date
    early_start_consent: date | None
    eligible_costs: Decimal
    requested_amount: Decimal | None
    status: Status = Status.RECEIVED
    reference: str | None = None
    own_id: int | None = None
    approved_amount: Decimal | None = None
    approval_date: date | None = None
    budget_line_id: int | None = None
    funding_source: str | None = None


def facts_of(uow: UnitOfWork, app: Application) -> Facts:
    measure = present(uow.measure_plain(app.measure_id), f"die Maßnahme von {app.reference}")
    return Facts(app.company_id, measure, app.theme_code, app.cluster_id, app.receipt_date, app.early_start_consent,
                 app.eligible_costs, app.requested_amount, Status(app.status), app.reference, app.id,
                 app.approved_amount, app.approval_date, app.budget_line_id, app.funding_source)


def budget_line_for(uow: UnitOfWork, facts: Facts, programme: Programme) -> BudgetLine | None:
    """The committed line, else (year of the measure's start, the chosen or default source)."""
    if facts.budget_line_id is not None:
        return uow.get(BudgetLine, facts.budget_line_id)
    return uow.budget_line(facts.measure.start_date.year, facts.funding_source or programme.default_source)


def budget_label(facts: Facts, programme: Programme) -> str:
    return f"{facts.measure.start_date.year} {facts.funding_source or programme.default_source}"


def sme_for(uow: UnitOfWork, company_id: int, receipt: date) -> SmeFigures | None:
    """The figures of the latest reference year up to the receipt year, else the newest there are."""
    rows = uow.sme_figures(company_id)
    if not rows:
        return None
    upto = [r for r in rows if r.reference_year <= receipt.year]
    row = upto[-1] if upto else rows[-1]
    return SmeFigures(row.reference_year, row.annual_work_units, row.turnover, row.balance_sheet_total)


def check_input(uow: UnitOfWork, facts: Facts, programme: Programme, today: date) -> CheckInput:
    """The rules' input; ``programme`` is the application's version (``programme_for`` its receipt date)."""
    company = present(uow.get_company(facts.company_id), f"das Unternehmen Nr. {facts.company_id}")
    memberships = tuple(Membership(c.id, c.name, c.state_owned, m.valid_from, m.valid_to)
                        for m, c in uow.memberships(company.id))
    others = tuple(
        OtherApplication(a.reference, a.measure_id, m.start_date, a.receipt_date, Status(a.status),
                         a.approved_amount, a.payout_amount, a.approval_date)
        for a, m in uow.applications_of_company(company.id) if a.id != facts.own_id)
    prior = tuple(PriorAid(d.amount, d.grant_date) for d in uow.deminimis_records(company.id))
    decided = facts.status in COMMITTED and facts.approval_date is not None
    # A committed application's R12 looks at its commitment, not at the line's money left.
    line = None if decided else budget_line_for(uow, facts, programme)
    return CheckInput(
        programme=programme, reference=facts.reference, status=facts.status, theme_code=facts.theme_code,
        active_theme_codes=frozenset(t.code for t in uow.themes() if t.active), cluster_id=facts.cluster_id,
        memberships=memberships, seat_or_branch_in_bw=company.seat_or_branch_in_bw,
        sme=sme_for(uow, company.id, facts.receipt_date), measure_id=facts.measure.id,
        measure_type=_measure_type(facts.measure.type), measure_country=facts.measure.country,
        measure_start=facts.measure.start_date, receipt_date=facts.receipt_date,
        early_start_consent=facts.early_start_consent, eligible_costs=facts.eligible_costs,
        requested_amount=facts.requested_amount,
        decision_date=facts.approval_date if decided and facts.approval_date else today,
        budget_available=available_on(uow, line), budget_label=budget_label(facts, programme),
        others=others, prior_aid=prior, approved_amount=facts.approved_amount,
    )


def _measure_type(value: str) -> MeasureType | str:
    try:
        return MeasureType(value)
    except ValueError:
        return value


def judge(uow: UnitOfWork, facts: Facts, programme: Programme, today: date) -> Assessment:
    """Every rule for the facts, by the application's programme version (chosen by the caller, once)."""
    return assess(check_input(uow, facts, programme, today))
