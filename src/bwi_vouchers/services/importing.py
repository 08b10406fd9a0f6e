"""Bulk import from the import workbook (DESIGN §8), and its empty template.

The file is refused as a whole when it cannot be read (see ``exchange.reader``). Otherwise every row is
read and checked, sheet by sheet (Cluster, Maßnahmen, Anträge), inside ONE transaction, and reported with
its sheet, row number, column and reason when it fails; later rows can already use what earlier ones
created (a new cluster or measure, a new company). The few cluster and measure rows are taken through the
form helpers, each in its own savepoint. The application rows are first validated in memory — with the same
checks as the forms, against caches loaded once per import — and only the good ones are planned, with their
references; a real run writes the plan at the end in bulk (see ``RowImporter.write``): should the database
still refuse something then, the whole run is rolled back and nothing is imported by halves. A dry run
writes nothing and rolls back — it reports exactly what the real run would do; a real run commits the good
rows together. A second run of the same file imports nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.errors import BwiError
from bwi_vouchers.exchange.columns import APPLICATIONS, CLUSTERS, MEASURES, SheetSpec
from bwi_vouchers.exchange.reader import read_import
from bwi_vouchers.exchange.template import write_template
from bwi_vouchers.services.base import Service, roles_of
from bwi_vouchers.services.import_rows import RowImporter
from bwi_vouchers.texts import error_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class RowState(StrEnum):
    IMPORTED = "imported"  # taken over (in a dry run: would be)
    ALREADY = "already"  # the same record exists already: nothing done
    REFUSED = "refused"  # cannot be read: see the problems


@dataclass(frozen=True)
class Problem:
    column: str  # the sheet's header; '' when the reason concerns the row as a whole
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, language: str = "de") -> str:
        return error_text(self.code, self.params, language)


@dataclass(frozen=True)
class RowResult:
    sheet: str
    row: int
    state: RowState
    key: str | None = None  # the reference given, or the measure code / cluster name
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    path: Path
    dry_run: bool
    rows: tuple[RowResult, ...]

    def count(self, state: RowState, sheet: str | None = None) -> int:
        return sum(1 for r in self.rows if r.state is state and (sheet is None or r.sheet == sheet))

    @property
    def refused(self) -> int:
        return self.count(RowState.REFUSED)


class ImportService(Service):
    def template(self, target: Path) -> Path:
        """Write the empty import template (its instruction sheet lists target fields and known clusters)."""
        with self.db.unit_of_work() as uow:
            themes = [(t.code, t.name_de) for t in uow.themes() if t.active]
            clusters = [c.name for c in uow.clusters() if c.active]
        return write_template(target, themes=themes, clusters=clusters)

    def run(self, actor: str, path: Path, *, dry_run: bool = False, progress: Progress | None = None,
            is_cancelled: Cancelled | None = None) -> ImportReport:
        """Import a workbook (clerks). Refused rows are reported; the good ones are taken in one transaction."""
        source = Path(path).expanduser().resolve()
        sheets = read_import(source)
        total = sum(len(sheet.rows) for sheet in sheets)
        results: list[RowResult] = []
        # A dry run works in a transaction that is rolled back, never committed.
        with self.db.unit_of_work(write=not dry_run) as uow:
            user = self._actor(uow, actor, Role.CLERK)
            rows = RowImporter(uow, actor, admin=Role.ADMIN.value in roles_of(user), today=self.clock.today(),
                               now=self.clock.now(), source=source.name, dry_run=dry_run)
            handlers: dict[str, Callable[[SheetSpec, int, Mapping[str, object]], tuple[str, str | None, list]]] = {
                CLUSTERS.name: rows.cluster, MEASURES.name: rows.measure, APPLICATIONS.name: rows.application}
            for sheet in sheets:
                handle = handlers[sheet.spec.name]
                for number, raw in sheet.rows:
                    if is_cancelled is not None and is_cancelled():
                        raise BwiError("import_cancelled")
                    state, key, problems = handle(sheet.spec, number, raw)
                    results.append(RowResult(sheet.spec.name, number, RowState(state), key,
                                             tuple(Problem(c, code, params) for c, code, params in problems)))
                    if progress is not None:
                        progress(len(results), total)
            if is_cancelled is not None and is_cancelled():  # once more after the last row, before writing
                raise BwiError("import_cancelled")
            report = ImportReport(source, dry_run, tuple(results))
            if not dry_run:
                # Every row is validated above; the good application rows are written now, together. Should one
                # still fail here, the whole run is rolled back: nothing is imported by halves.
                rows.write()
            if not dry_run and report.count(RowState.IMPORTED):  # an import that changed nothing leaves no trace
                uow.audit(user=actor, entity="import", entity_id=source.name[:60], action="imported",
                          at=self.clock.now(), changes={
                              "imported": [None, report.count(RowState.IMPORTED)],
                              "already": [None, report.count(RowState.ALREADY)],
                              "refused": [None, report.refused]})
        return report
