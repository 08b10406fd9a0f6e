"""Rows: letters, the budget report and the import — ours against raw docxtpl / raw openpyxl doing the same work.

    .venv/bin/python benchmarks/run.py --only letter      (or: report, import)
"""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from openpyxl import Workbook, load_workbook
from registry import Context, Result, bench, timed

from bwi_vouchers import paths
from bwi_vouchers.documents.context import letter_context
from bwi_vouchers.exchange.columns import APPLICATIONS, MEASURES
from bwi_vouchers.services import Services, reports
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.letters import gather, kind_for
from bwi_vouchers.storage.database import Database

REPEAT = 20
BATCH = 1_000
IMPORT_ROWS = 10_000


def _references(ctx: Context, statuses: tuple[str, ...], limit: int) -> list[str]:
    con = ctx.raw()
    marks = ",".join("?" * len(statuses))
    rows = con.execute(f"SELECT reference FROM application WHERE status IN ({marks}) ORDER BY id LIMIT ?",
                       (*statuses, limit)).fetchall()
    con.close()
    return [r[0] for r in rows]


def _contexts(services: Services, references: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """(template name, context) per reference, gathered the service's way (untimed: the raw side's input)."""
    result = []
    with services.database.unit_of_work() as uow:
        for reference in references:
            app = uow.application_by_reference(reference)
            kind = kind_for(app.status)  # type: ignore[arg-type]
            result.append((kind.value, letter_context(kind, gather(uow, app, kind, services.clock.today()))))
    return result


def _raw_letters(contexts: list[tuple[str, dict[str, Any]]], folder: Path) -> None:
    """docxtpl alone: load the template, render with escaping, save."""
    for index, (name, context) in enumerate(contexts):
        document = DocxTemplate(str(paths.templates_dir() / f"{name}.docx"))
        document.render(context, autoescape=True)
        document.save(str(folder / f"raw-{index}.docx"))


@bench(60, "one letter (approval .docx, recorded)", bar=0.100, unit="ms")
def one_letter(ctx: Context) -> Result:
    ctx.ensure_demo()
    services = ctx.services()
    reference = _references(ctx, ("approved",), 1)[0]
    folder = ctx.workdir / "one-letter"
    folder.mkdir(exist_ok=True)
    services.letters.write(ctx.actor, reference, folder)  # warm up: templates and code paths loaded
    repeat = 3 if ctx.quick else REPEAT
    ours = timed(lambda: [services.letters.write(ctx.actor, reference, folder) for _ in range(repeat)])
    contexts = _contexts(services, [reference]) * repeat
    raw = timed(lambda: _raw_letters(contexts, folder))
    return Result(ours.wall / repeat, raw.wall / repeat,
                  note=f"mean of {repeat}; ours gathers, renders, writes via a temporary file and records the "
                       "document and an audit event; raw only renders and saves")


@bench(61, "1,000 letters in a batch (approval, rejection, payout)", bar=60.0)
def batch_letters(ctx: Context) -> Result:
    ctx.ensure_demo()
    services = ctx.services()
    size = 30 if ctx.quick else BATCH  # --quick: a smoke run
    third = size // 3
    references = (_references(ctx, ("approved",), third) + _references(ctx, ("rejected",), third)
                  + _references(ctx, ("paid",), size - 2 * third))
    ours_folder, raw_folder = ctx.workdir / "letters-ours", ctx.workdir / "letters-raw"
    ours_folder.mkdir(exist_ok=True)
    raw_folder.mkdir(exist_ok=True)
    ours = timed(lambda: services.letters.write_many(ctx.actor, ours_folder, references=references))
    contexts = _contexts(services, references)
    raw = timed(lambda: _raw_letters(contexts, raw_folder))
    return Result(ours.wall, raw.wall, note=f"{len(ours.value.written):,} letters written, "
                                            f"{len(ours.value.failed)} refused")


@bench(62, "budget report .xlsx at {n} applications", bar=15.0)
def budget_report(ctx: Context) -> Result:
    ctx.ensure_demo()
    services = ctx.services()
    ours = timed(lambda: services.reports.budget_report(ctx.workdir / "bericht.xlsx"))
    with services.database.unit_of_work() as uow:  # the same numbers, computed untimed for the raw side
        tables = [services.reports._budget(uow, None)]
        tables += reports._breakdowns(uow, None, reports._labels(uow), reports._size_lookup(uow))
        tables.append(reports._deminimis(uow, None))

    def raw_write() -> None:
        book = Workbook(write_only=True)
        for table in tables:
            ws = book.create_sheet(table.sheet)
            ws.append([c.header for c in table.columns])
            for row in table.rows:
                ws.append(list(row))
        book.save(str(ctx.workdir / "bericht-raw.xlsx"))

    raw = timed(raw_write)
    cells = sum(len(t.rows) * len(t.columns) for t in tables)
    return Result(ours.wall, raw.wall, note=f"{cells:,} cells; raw writes the same values without formats, "
                                            "filters, chart or formula protection, and computes nothing")


def _import_file(path: Path, ctx: Context) -> Path:
    """10,000 application rows (3,000 companies, 60 new measures), receipt dates before today."""
    rnd = random.Random(ctx.seed)
    book = Workbook(write_only=True)
    measures = book.create_sheet("Maßnahmen")
    measures.append(list(MEASURES.headers))
    codes = []
    for i in range(60):
        start = ctx.today + timedelta(days=30 + 5 * i)
        codes.append(f"M-BENCH-{i:03d}")
        measures.append([codes[-1], f"Markterkundungsreise {i}", "Markterkundungsreise", "Japan", "Tokio",
                         start, start + timedelta(days=4), "6"])
    sheet = book.create_sheet("Anträge")
    sheet.append(list(APPLICATIONS.headers))
    for _ in range(300 if ctx.quick else IMPORT_ROWS):  # --quick: a smoke run
        c = rnd.randrange(3000)
        receipt = ctx.today - timedelta(days=rnd.randrange(1, 300))
        sheet.append([f"Bench {c} GmbH", f"Ulm HRB {c + 1}", None, "Hauptstraße 1", f"7{c % 10000:04d}", "Stuttgart",
                      "ja", "12,5", "1.500.000,00", 800000, "Photonics BW", "01.01.2020", 6, rnd.choice(codes),
                      receipt.strftime("%d.%m.%Y"), f"{rnd.randrange(500, 9000)},00", None, "Frau", f"Person {c}",
                      f"p{c}@example.com", None])
    book.save(str(path))
    return path


@bench(63, "import of 10,000 rows, validated (real run)", bar=30.0)
def import_rows(ctx: Context) -> Result:
    ctx.ensure_demo()
    ctx.services()  # the demo database exists and is migrated
    path = _import_file(ctx.workdir / "import.xlsx", ctx)
    copy = ctx.workdir / "import.db"  # a copy of the demo database: the demo stays as it was
    with sqlite3.connect(str(ctx.db_path)) as source, sqlite3.connect(str(copy)) as target:
        source.backup(target)
    services = Services.build(Database.open("sqlite:///" + str(copy)), FixedClock(ctx.today))
    try:
        ours = timed(lambda: services.importing.run(ctx.actor, path))
    finally:
        services.database.dispose()

    def raw_read() -> int:
        book = load_workbook(path, read_only=True, data_only=True)
        rows = sum(1 for ws in book for _ in ws.iter_rows(values_only=True))
        book.close()
        return rows

    raw = timed(raw_read)
    report = ours.value
    if report.refused:  # a refused row costs less than an imported one: the row would flatter (it once did)
        first = next(row for row in report.rows if row.problems)
        raise RuntimeError(f"the benchmark's import file has {report.refused} refused rows, e.g. {first}")
    applications = sum(1 for row in report.rows if row.sheet == APPLICATIONS.name)
    return Result(ours.wall, raw.wall, note=f"{len(report.rows):,} rows ({applications:,} applications, "
                                            f"{len(report.rows) - applications} measures), every one imported; "
                                            "raw only reads the cells")


if __name__ == "__main__":
    import sys

    sys.exit("run these rows with benchmarks/run.py (e.g. --db demo.db --only letter)")
