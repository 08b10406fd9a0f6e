"""Aggregate queries for the budget report (SQLAlchemy Core): the database sums, Python only labels.

Money sums are typed as Money, so the database adds integer cents and Python receives exact Decimals.
The breakdowns read two flat lists — each application's grouping facts and the ledger summed per
application — so that every breakdown is built from the same ledger sums and adds up to the ledger's totals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Integer, and_, extract, func, select, type_coerce
from sqlalchemy.orm import Session

from bwi_vouchers.storage.models import (
    Application,
    BudgetLine,
    Company,
    DeminimisRecord,
    LedgerEntry,
    Measure,
    SmeFigures,
)
from bwi_vouchers.storage.types import Money

COMMITTED = ("approved", "proof_received", "paid", "closed")


def _session(uow: Any) -> Session:
    return uow.session  # type: ignore[no-any-return]


def application_facts(uow: Any, year: int | None) -> list[tuple[Any, ...]]:
    """Per application what the breakdowns group by: (id, theme code, region code, measure type, country,
    company id, receipt date, budget year = the measure's start year, approved yes/no)."""
    budget_year = type_coerce(extract("year", Measure.start_date), Integer())
    query = (select(Application.id, Application.theme_code, Company.region_code, Measure.type, Measure.country,
                    Application.company_id, Application.receipt_date, budget_year,
                    Application.approval_date.is_not(None))
             .join(Company, Company.id == Application.company_id)
             .join(Measure, Measure.id == Application.measure_id))
    if year is not None:
        query = query.where(Measure.start_date >= date(year, 1, 1), Measure.start_date <= date(year, 12, 31))
    return [tuple(row) for row in _session(uow).execute(query)]


def ledger_by_application(uow: Any, year: int | None) -> list[tuple[int | None, int, str, Decimal]]:
    """(application id or None, budget year, ledger kind, sum) over every ledger entry (of one budget year)."""
    total = type_coerce(func.sum(LedgerEntry.amount), Money())
    query = (select(LedgerEntry.application_id, BudgetLine.year, LedgerEntry.kind, total)
             .join(BudgetLine, BudgetLine.id == LedgerEntry.budget_line_id)
             .group_by(LedgerEntry.application_id, BudgetLine.year, LedgerEntry.kind))
    if year is not None:
        query = query.where(BudgetLine.year == year)
    return [tuple(row) for row in _session(uow).execute(query)]  # type: ignore[misc]


def sme_figures(uow: Any) -> list[tuple[int, int, Decimal, Decimal, Decimal]]:
    """(company id, reference year, annual work units, turnover, balance-sheet total), by company and year."""
    query = (select(SmeFigures.company_id, SmeFigures.reference_year, SmeFigures.annual_work_units,
                    SmeFigures.turnover, SmeFigures.balance_sheet_total)
             .order_by(SmeFigures.company_id, SmeFigures.reference_year))
    return [tuple(row) for row in _session(uow).execute(query)]  # type: ignore[misc]


def _company_columns() -> tuple[Any, ...]:
    return Company.name, Company.register_number, Company.nace_code


def deminimis_vouchers(uow: Any, year: int | None) -> list[tuple[Any, ...]]:
    """This programme's vouchers that count as de-minimis aid: (company name, register number, NACE,
    reference, status, approved amount, paid amount, approval date, company id, receipt date), by approval date."""
    query = (select(*_company_columns(), Application.reference, Application.status, Application.approved_amount,
                    Application.payout_amount, Application.approval_date, Company.id, Application.receipt_date)
             .join(Company, Company.id == Application.company_id)
             .where(Application.status.in_(COMMITTED))
             .order_by(Application.approval_date, Application.ref_year, Application.ref_number))
    if year is not None:
        query = query.where(and_(Application.approval_date >= type_coerce(date(year, 1, 1), Date()),
                                 Application.approval_date <= type_coerce(date(year, 12, 31), Date())))
    return [tuple(row) for row in _session(uow).execute(query)]


def deminimis_prior(uow: Any, company_ids: set[int] | None) -> list[tuple[Any, ...]]:
    """Recorded prior aid: (company name, register number, NACE, granting body, grant date, amount,
    legal basis), for the given companies (or all), by company and date."""
    query = (select(*_company_columns(), DeminimisRecord.granting_body, DeminimisRecord.grant_date,
                    DeminimisRecord.amount, DeminimisRecord.legal_basis, Company.id)
             .join(Company, Company.id == DeminimisRecord.company_id)
             .order_by(Company.name, DeminimisRecord.grant_date, DeminimisRecord.id))
    rows = [tuple(row) for row in _session(uow).execute(query)]
    if company_ids is None:
        return [row[:-1] for row in rows]
    return [row[:-1] for row in rows if row[-1] in company_ids]
