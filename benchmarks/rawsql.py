"""The 'raw' side of the benchmarks: the same work with plain sqlite3 and the pure domain functions.

The values are converted the way the project's column types store them (money as integer cents, dates as ISO
text, JSON as text), so that a raw-written database reads back the same through the real services.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime

from bwi_vouchers.domain.enums import COMMITTED, LedgerKind, MeasureType, Status
from bwi_vouchers.domain.ledger import BudgetTotals, totals_from_sums
from bwi_vouchers.domain.money import from_cents
from bwi_vouchers.domain.programme import Programme, programme_for
from bwi_vouchers.domain.rules import Assessment, CheckInput, Membership, OtherApplication, PriorAid, assess
from bwi_vouchers.domain.sme import SmeFigures, SmeLimit
from bwi_vouchers.storage.bulk import insert_order
from bwi_vouchers.storage.models import Base
from bwi_vouchers.storage.types import ExactDecimal, Money

Convert = Callable[[Any], Any] | None


def _money(value: Decimal | None) -> int | None:
    return None if value is None else int(value * 100)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DATETIME storage format
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def converters(table: str, columns: Sequence[str]) -> list[Convert]:
    types = {c.name: c.type for c in Base.metadata.tables[table].columns}
    result: list[Convert] = []
    for name in columns:
        kind = types[name]
        if isinstance(kind, Money):
            result.append(_money)
        elif isinstance(kind, ExactDecimal):
            result.append(_text)
        elif isinstance(kind, DateTime):
            result.append(_moment)
        elif isinstance(kind, Date):
            result.append(_day)
        elif isinstance(kind, JSON):
            result.append(_json)
        elif isinstance(kind, Boolean):
            result.append(_flag)
        else:
            result.append(None)
    return result


def insert_rows(con: sqlite3.Connection, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Convert and insert every table's dict rows with executemany, parents first (caller holds the transaction)."""
    for name in insert_order(list(tables)):
        rows = tables[name]
        if not rows:
            continue
        columns = list(rows[0])
        convert = list(zip(columns, converters(name, columns), strict=True))
        tuples = [tuple(row[c] if f is None else f(row[c]) for c, f in convert) for row in rows]
        marks = ", ".join("?" * len(columns))
        con.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", tuples)


# eligibility ---------------------------------------------------------------------------------------------------

def programmes(con: sqlite3.Connection) -> list[Programme]:
    rows = con.execute(
        "SELECT id, valid_from, name, rate, cap, min_costs, max_vouchers_per_year, deminimis_ceiling, "
        "deminimis_years, proof_months, lead_days, measure_types, funding_sources, default_source, "
        "deminimis_basis, deminimis_basis_title, sme_staff_limit, sme_turnover_limit, sme_balance_limit "
        "FROM programme_version ORDER BY valid_from").fetchall()
    return [Programme(
        id=r[0], valid_from=date.fromisoformat(r[1]), name=r[2], rate=Decimal(r[3]), cap=from_cents(r[4]),
        min_costs=from_cents(r[5]), max_vouchers_per_year=r[6], deminimis_ceiling=from_cents(r[7]),
        deminimis_years=r[8], proof_months=r[9], lead_days=r[10],
        measure_types=frozenset(MeasureType(t) for t in r[11].split(",") if t),
        funding_sources=tuple(s for s in r[12].split(",") if s), default_source=r[13],
        deminimis_basis=r[14], deminimis_basis_title=r[15],
        sme_limit=SmeLimit(Decimal(r[16]), from_cents(r[17]), from_cents(r[18]))) for r in rows]


def _d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _m(cents: int | None) -> Decimal | None:
    return None if cents is None else from_cents(cents)


def check(con: sqlite3.Connection, reference: str, today: date, versions: list[Programme]) -> Assessment:
    """ApplicationService.check done by hand: the same facts from plain queries, then domain.rules.assess."""
    (app_id, status, company_id, measure_id, theme, cluster_id, receipt, consent, costs, requested, approved,
     approval, line_id, source) = con.execute(
        "SELECT id, status, company_id, measure_id, theme_code, cluster_id, receipt_date, early_start_consent, "
        "eligible_costs, requested_amount, approved_amount, approval_date, budget_line_id, funding_source "
        "FROM application WHERE reference = ?", (reference,)).fetchone()
    receipt_day = date.fromisoformat(receipt)
    programme = programme_for(versions, receipt_day)
    m_type, country, start = con.execute("SELECT type, country, start_date FROM measure WHERE id = ?",
                                         (measure_id,)).fetchone()
    start_day = date.fromisoformat(start)
    seat = con.execute("SELECT seat_or_branch_in_bw FROM company WHERE id = ?", (company_id,)).fetchone()[0]
    memberships = tuple(Membership(cid, name, bool(state), date.fromisoformat(since), _d(until)) for
                        cid, name, state, since, until in con.execute(
        "SELECT c.id, c.name, c.state_owned, m.valid_from, m.valid_to FROM membership m "
        "JOIN cluster c ON c.id = m.cluster_id WHERE m.company_id = ? ORDER BY m.valid_from", (company_id,)))
    others = tuple(OtherApplication(ref, mid, date.fromisoformat(ms), date.fromisoformat(rd), Status(st),
                                    _m(ap), _m(po), _d(ad)) for ref, mid, ms, rd, st, ap, po, ad in con.execute(
        "SELECT a.reference, a.measure_id, m.start_date, a.receipt_date, a.status, a.approved_amount, "
        "a.payout_amount, a.approval_date FROM application a JOIN measure m ON m.id = a.measure_id "
        "WHERE a.company_id = ? AND a.id != ?", (company_id, app_id)))
    prior = tuple(PriorAid(from_cents(amount), _d(granted)) for amount, granted in con.execute(
        "SELECT amount, grant_date FROM deminimis_record WHERE company_id = ? ORDER BY id", (company_id,)))
    figures = con.execute(
        "SELECT reference_year, annual_work_units, turnover, balance_sheet_total FROM sme_figures "
        "WHERE company_id = ? ORDER BY reference_year", (company_id,)).fetchall()
    upto = [f for f in figures if f[0] <= receipt_day.year]
    row = upto[-1] if upto else (figures[-1] if figures else None)
    sme = None if row is None else SmeFigures(row[0], Decimal(row[1]), from_cents(row[2]), from_cents(row[3]))
    if line_id is None:
        line = con.execute("SELECT id, amount FROM budget_line WHERE year = ? AND source = ?",
                           (start_day.year, source or programme.default_source)).fetchone()
    else:
        line = con.execute("SELECT id, amount FROM budget_line WHERE id = ?", (line_id,)).fetchone()
    available = None
    if line is not None:
        sums = {LedgerKind(kind): from_cents(total) for kind, total in con.execute(
            "SELECT kind, SUM(amount) FROM ledger_entry WHERE budget_line_id = ? GROUP BY kind", (line[0],))}
        available = totals_from_sums(0, "", from_cents(line[1]), sums).available
    themes = frozenset(code for (code,) in con.execute("SELECT code FROM theme WHERE active = 1"))
    state = Status(status)
    decided = state in COMMITTED and approval is not None
    return assess(CheckInput(
        programme=programme, reference=reference, status=state, theme_code=theme, active_theme_codes=themes,
        cluster_id=cluster_id, memberships=memberships, seat_or_branch_in_bw=bool(seat), sme=sme,
        measure_id=measure_id, measure_type=m_type, measure_country=country, measure_start=start_day,
        receipt_date=receipt_day, early_start_consent=_d(consent), eligible_costs=from_cents(costs),
        requested_amount=_m(requested), decision_date=_d(approval) if decided else today,
        budget_available=available, budget_label=f"{start_day.year} {source or programme.default_source}",
        others=others, prior_aid=prior, approved_amount=_m(approved)))


# budget --------------------------------------------------------------------------------------------------------

def budget_totals(con: sqlite3.Connection) -> list[BudgetTotals]:
    """One GROUP BY over the ledger, the lines beside it."""
    sums: dict[int, dict[LedgerKind, Decimal]] = {}
    for line_id, kind, total in con.execute(
            "SELECT budget_line_id, kind, SUM(amount) FROM ledger_entry GROUP BY budget_line_id, kind"):
        sums.setdefault(line_id, {})[LedgerKind(kind)] = from_cents(total)
    return [totals_from_sums(year, source, from_cents(amount), sums.get(line_id, {})) for line_id, year, source, amount
            in con.execute("SELECT id, year, source, amount FROM budget_line ORDER BY year, source")]
