"""The Excel budget report and the export of the application list.

The report's money comes from the ledger only: budget lines with committed, paid and available as
``BudgetService.totals`` derives them, and every breakdown sums the same ledger entries grouped another
way, so each breakdown adds up to the ledger's totals.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from bwi_vouchers import formats
from bwi_vouchers.domain.countries import country_name
from bwi_vouchers.domain.enums import LedgerKind, SizeClass, Status
from bwi_vouchers.domain.ledger import ZERO, totals_from_sums
from bwi_vouchers.domain.programme import programme_for
from bwi_vouchers.domain.sme import SmeFigures, size_class
from bwi_vouchers.errors import WorkCancelled
from bwi_vouchers.exchange.columns import EXPORT_COLUMNS, Column, Kind
from bwi_vouchers.exchange.tables import Chart, Table, write_tables
from bwi_vouchers.services.base import Service, programmes
from bwi_vouchers.services.budget import line_totals
from bwi_vouchers.services.listing import ApplicationFilter, ApplicationRow, ListingService
from bwi_vouchers.storage import reporting
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.texts import MEASURE_TYPE, status_text

GRANTING_BODY = "Baden-Württemberg International GmbH"
NONE = "ohne Angabe"
SIZE_WORDS = {SizeClass.MICRO: "Kleinstunternehmen", SizeClass.SMALL: "Kleines Unternehmen",
              SizeClass.MEDIUM: "Mittleres Unternehmen", SizeClass.LARGE: "Großunternehmen"}
SIZE_ORDER = [*SIZE_WORDS.values(), "ohne KMU-Kennzahlen"]

YEAR = Column("Haushaltsjahr", Kind.INTEGER, width=14)
EUR = {name: Column(name, Kind.MONEY, width=18) for name in
       ("Budget (EUR)", "Gebunden (EUR)", "Ausgezahlt (EUR)", "Verfügbar (EUR)", "Betrag (EUR)")}
COUNT = {name: Column(name, Kind.INTEGER, width=12) for name in ("Anträge", "Bewilligungen")}
BREAKDOWNS = (("theme", "Zielfelder", "Zielfeld", 44), ("region", "Regionen", "Region", 28),
              ("measure_type", "Maßnahmenarten", "Maßnahmenart", 26), ("country", "Zielländer", "Zielland", 26),
              ("size", "Unternehmensgröße", "Größenklasse (EU-KMU-Definition)", 32))
NOTES = ("Gebunden: offene Mittelbindungen (bewilligt, noch nicht ausgezahlt oder freigegeben). "
         "Verfügbar = Budget − Gebunden − Ausgezahlt. Alle Beträge aus dem Buchungsjournal.",)


@dataclass(frozen=True)
class WrittenSheet:
    path: Path
    rows: int


class ReportService(Service):
    def budget_report(self, target: Path, year: int | None = None,
                      is_cancelled: Callable[[], bool] | None = None) -> Path:
        """Write the budget report (.xlsx) for one budget year or all of them. Cancelled: ``WorkCancelled``,
        and no file written."""
        with self.db.unit_of_work() as uow:
            tables = [self._budget(uow, year)]
            _stop_if(is_cancelled)
            tables += _breakdowns(uow, year, _labels(uow), _size_lookup(uow))
            _stop_if(is_cancelled)
            tables.append(_deminimis(uow, year))
        return write_tables(target, tables, is_cancelled)

    def export_applications(self, target: Path, where: ApplicationFilter | None = None,
                            rows: Sequence[ApplicationRow] | None = None,
                            is_cancelled: Callable[[], bool] | None = None) -> WrittenSheet:
        """The application list as shown (the list's filter, or exactly the rows given) on sheet 'Anträge'.
        Cancelled: ``WorkCancelled``, and no file written."""
        shown = list(rows) if rows is not None else ListingService(self.db, self.clock).rows(where)
        _stop_if(is_cancelled)
        with self.db.unit_of_work() as uow:
            labels = _labels(uow)
            versions = programmes(uow)
        values = [_export_values(row, labels, programme_for(versions, row.receipt_date).default_source)
                  for row in shown]
        return WrittenSheet(write_tables(target, [Table("Anträge", EXPORT_COLUMNS, values)], is_cancelled),
                            len(values))

    def _budget(self, uow: UnitOfWork, year: int | None) -> Table:
        lines = line_totals(uow, uow.budget_lines(year))
        columns = (YEAR, Column("Mittelherkunft", width=18), EUR["Budget (EUR)"], EUR["Gebunden (EUR)"],
                   EUR["Ausgezahlt (EUR)"], EUR["Verfügbar (EUR)"])
        rows = [(t.year, t.source, t.budget, t.committed, t.paid, t.available) for t in lines]
        totals = ("Summe", "", *(sum((r[i] for r in rows), ZERO) for i in range(2, 6)))
        stand = f"Stand: {formats.day(self.clock.today())}" + (f", Haushaltsjahr {year}" if year else "")
        return Table("Budget", columns, rows, totals,
                     Chart("Budget je Haushaltsjahr und Mittelherkunft", (1, 2), (3, 6)), (*NOTES, stand))


def _stop_if(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise WorkCancelled()


def _labels(uow: UnitOfWork) -> dict[str, dict[Any, str]]:
    return {
        "theme": {t.code: f"{t.code} – {t.name_de}" for t in uow.themes()},
        "region": {r.code: r.name for r in uow.regions()},
        "measure_type": {key: words[0] for key, words in MEASURE_TYPE.items()},
    }


def _size_lookup(uow: UnitOfWork) -> Any:
    """(company id, receipt date) → size class of the figures the application is judged by (as R04 does:
    the latest reference year up to the receipt year, else the newest; the SME limit of its programme
    version)."""
    versions = programmes(uow)
    by_company: dict[int, list[tuple[int, SmeFigures]]] = {}
    for company_id, ref_year, awu, turnover, balance in reporting.sme_figures(uow):
        by_company.setdefault(company_id, []).append((ref_year, SmeFigures(ref_year, awu, turnover, balance)))

    @functools.cache
    def lookup(company_id: int, receipt: date) -> str:
        figures = by_company.get(company_id)
        if not figures:
            return SIZE_ORDER[-1]
        index = bisect.bisect_right([year for year, _ in figures], receipt.year)
        chosen = figures[index - 1][1] if index else figures[-1][1]
        return SIZE_WORDS[size_class(chosen, programme_for(versions, receipt).sme_limit)]

    return lookup


def _breakdowns(uow: UnitOfWork, year: int | None, labels: dict[str, dict[Any, str]], sizes: Any) -> list[Table]:
    """One table per dimension: applications, approvals, open commitments and payouts per budget year and
    group. Every table sums the same ledger rows, so each adds up to the ledger's totals."""
    dimensions = [d for d, *_ in BREAKDOWNS]
    facts: dict[int, tuple[str, ...]] = {}
    groups: dict[str, dict[tuple[int, str], list[Any]]] = {d: {} for d in dimensions}
    for app_id, theme, region, kind, country, company_id, receipt, budget_year, approved in \
            reporting.application_facts(uow, year):
        names: tuple[str, ...] = (labels["theme"].get(theme, NONE) if theme is not None else NONE,
                                  labels["region"].get(region, region) if region else NONE,
                                  labels["measure_type"].get(kind, kind),
                                  f"{country_name(country)} ({country})" if country else NONE,
                                  sizes(company_id, receipt))
        facts[app_id] = names
        for dimension, name in zip(dimensions, names, strict=True):
            group = groups[dimension].setdefault((budget_year, name), [0, 0, ZERO, ZERO])
            group[0] += 1
            group[1] += 1 if approved else 0
    ledger: dict[tuple[int | None, int], dict[LedgerKind, Decimal]] = {}
    for app_id, budget_year, kind, amount in reporting.ledger_by_application(uow, year):
        ledger.setdefault((app_id, budget_year), {})[LedgerKind(kind)] = amount
    unknown = (NONE,) * len(dimensions)
    for (app_id, budget_year), sums in ledger.items():
        totals = totals_from_sums(budget_year, "", ZERO, sums)
        names = facts.get(app_id, unknown) if app_id is not None else unknown
        for dimension, name in zip(dimensions, names, strict=True):
            group = groups[dimension].setdefault((budget_year, name), [0, 0, ZERO, ZERO])
            group[2] += totals.committed
            group[3] += totals.paid
    tables = []
    for dimension, sheet, header, width in BREAKDOWNS:
        rows = [(budget_year, name, *figures) for (budget_year, name), figures in
                sorted(groups[dimension].items(), key=lambda item: _order(dimension, item[0]))]
        columns = (YEAR, Column(header, width=width), COUNT["Anträge"], COUNT["Bewilligungen"],
                   EUR["Gebunden (EUR)"], EUR["Ausgezahlt (EUR)"])
        sums_row = ("Summe", "", *(sum((r[i] for r in rows), 0) for i in (2, 3)),
                    *(sum((r[i] for r in rows), ZERO) for i in (4, 5)))
        tables.append(Table(sheet, columns, rows, sums_row))
    return tables


def _order(dimension: str, key: tuple[int, str]) -> tuple[Any, ...]:
    budget_year, name = key
    if dimension == "size":
        return budget_year, SIZE_ORDER.index(name) if name in SIZE_ORDER else len(SIZE_ORDER)
    if dimension == "theme" and name.split(" ")[0].isdigit():
        return budget_year, int(name.split(" ")[0]), name
    return budget_year, name == NONE, name


def _deminimis(uow: UnitOfWork, year: int | None) -> Table:
    """The de-minimis register extract: this programme's vouchers (approved amount, once paid the paid
    amount; grant date = approval date) and the prior aid recorded for the same companies."""
    columns = (Column("Unternehmen", width=34), Column("Registernummer", width=16), Column("NACE", width=8),
               EUR["Betrag (EUR)"], Column("Gewährungsdatum", Kind.DATE, width=14),
               Column("Gewährende Stelle", width=34), Column("Rechtsgrundlage", width=26),
               Column("Aktenzeichen", width=14), Column("Art", width=30))
    rows: list[tuple[Any, ...]] = []
    companies: set[int] = set()
    versions = programmes(uow)
    for name, register, nace, reference, status, approved, paid, granted, company_id, receipt in \
            reporting.deminimis_vouchers(uow, year):
        is_paid = status in (Status.PAID.value, Status.CLOSED.value)
        amount = (paid if is_paid else approved) or Decimal("0.00")
        kind = "Gutschein (ausgezahlt)" if is_paid else "Gutschein (bewilligt)"
        basis = programme_for(versions, receipt).deminimis_basis
        rows.append((name, register, nace, amount, granted, GRANTING_BODY, basis, reference, kind))
        companies.add(company_id)
    for name, register, nace, body, granted, amount, basis in \
            reporting.deminimis_prior(uow, companies if year is not None else None):
        kind = "Vorbeihilfe" if granted else "Vorbeihilfen laut Erklärung (ohne Datum)"
        rows.append((name, register, nace, amount, granted, body, basis, None, kind))
    return Table("De-minimis", columns, rows, notes=(
        "Gutscheine dieses Programms zählen mit dem bewilligten Betrag, nach der Auszahlung mit dem ausgezahlten; "
        "Tag der Gewährung ist das Bewilligungsdatum. Verfallene, widerrufene und zurückgezogene zählen nicht.",))


def _export_values(row: ApplicationRow, labels: dict[str, dict[Any, str]], default_source: str) -> tuple[Any, ...]:
    """One exported row; ``default_source``: the default of the application's programme version."""
    theme = labels["theme"].get(row.theme_code) if row.theme_code is not None else None
    return (row.reference, row.company, row.measure_code, row.measure_title,
            labels["measure_type"].get(row.measure_type, row.measure_type), country_name(row.country),
            row.measure_start, theme, row.cluster, labels["region"].get(row.region, row.region),
            row.receipt_date, status_text(row.status.value), row.eligible_costs, row.voucher_amount,
            row.approved_amount, row.payout_amount, row.proof_due_date, row.funding_source or default_source)

