"""Writing tables of plain values into a workbook: the application export and every sheet of the report.

Each table becomes a sheet with a styled, frozen header row, an auto-filter over its data, column widths
and number formats from its column specs, an optional totals row below the filtered range, and an
optional bar chart. The workbook is written in write-only mode, so 100,000 rows stream to disk.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from bwi_vouchers.errors import WorkCancelled
from bwi_vouchers.exchange.cells import (
    cell_for,
    checked_target,
    discard_workbook,
    header_row,
    prepare_sheet,
    save_workbook,
    text_cell,
)
from bwi_vouchers.exchange.columns import Column
from bwi_vouchers.exchange.rows import FastSheet

CHECK_EVERY = 2_000  # rows between two looks at the cancel flag


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[int, int]  # first and last column (1-based) that label a bar group
    values: tuple[int, int]  # first and last column of the series
    y_title: str = "EUR"


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Any]]
    totals: Sequence[Any] | None = None  # written below the data, after an empty row
    chart: Chart | None = None
    notes: tuple[str, ...] = field(default=())  # lines below everything (e.g. what the figures mean)


def _row(ws: Any, formats: Sequence[str | None], values: Sequence[Any], *, bold: bool = False) -> list[Any]:
    if len(values) != len(formats):
        raise ValueError(f"{len(values)} values for {len(formats)} columns")
    return [cell_for(ws, value, fmt, bold=bold) for fmt, value in zip(formats, values)]  # noqa: B905 - checked


def _chart(ws: Any, table: Table, spec: Chart) -> None:
    last = len(table.rows) + 1
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = spec.title
    chart.y_axis.title = spec.y_title
    chart.y_axis.numFmt = "#,##0"
    chart.height, chart.width = 9, 22
    chart.add_data(Reference(ws, min_col=spec.values[0], max_col=spec.values[1], min_row=1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=spec.categories[0], max_col=spec.categories[1], min_row=2,
                                   max_row=last))
    ws.add_chart(chart, f"{get_column_letter(len(table.columns) + 2)}2")


def write_tables(target: Path, tables: Sequence[Table], is_cancelled: Callable[[], bool] | None = None) -> Path:
    """One sheet per table, in order; written to a temporary file and renamed onto ``target``.

    ``is_cancelled`` is asked between tables, every few thousand rows and once more before the rename: when
    it says yes, ``WorkCancelled`` is raised and no file is left behind (an existing target stays as it was).
    """
    target = checked_target(target)  # before a write-only workbook opens its temporary sheet files
    stop = is_cancelled or _never

    def check() -> None:
        if stop():
            raise WorkCancelled()

    workbook = Workbook(write_only=True)
    try:
        for table in tables:
            check()
            _write_table(workbook, table, check)
    except WorkCancelled:
        discard_workbook(workbook)
        raise
    return save_workbook(workbook, target, before_rename=check)


def _write_table(workbook: Workbook, table: Table, check: Callable[[], None]) -> None:
    ws = workbook.create_sheet(table.sheet)
    prepare_sheet(ws, (c.width for c in table.columns), rows=len(table.rows), columns=len(table.columns))
    if table.chart is not None and table.rows:
        _chart(ws, table, table.chart)
    formats = [c.number_format for c in table.columns]
    sheet = FastSheet(ws, formats)
    sheet.append(header_row(ws, (c.header for c in table.columns)))
    fallback = functools.partial(_row, ws, formats)
    for number, values in enumerate(table.rows, 1):
        sheet.append_values(values, fallback)
        if number % CHECK_EVERY == 0:
            check()
    if table.totals is not None:
        sheet.append([])
        sheet.append(_row(ws, formats, table.totals, bold=True))
    if table.notes:
        sheet.append([])
        for line in table.notes:
            sheet.append([text_cell(ws, line)])


def _never() -> bool:
    return False
