"""Printing a table of texts page by page: landscape, every column on the page's width, the header row on
every page, and a footer with the print date and "Seite x von y".

Painted with ``QPainter`` row by row at a fixed row height (a cell's text is shortened with "…" when it does
not fit), so the page count is known before the first page and a list of 100,000 rows prints without laying
out one huge document. The same painting serves the printer, the print preview and a PDF file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from bwi_vouchers.atomic import write_via_temp

FONT_POINTS = 8
MARGIN_MM = 10
HEADER_FILL = QColor("#dfe6ee")
LINE = QColor("#b0bac5")


@dataclass(frozen=True)
class PrintColumn:
    header: str
    width: float  # relative: the columns share the page's width in these proportions
    right: bool = False  # right-aligned (money)


@dataclass(frozen=True)
class PrintTable:
    title: str  # top left of every page
    columns: Sequence[PrintColumn]
    rows: Sequence[Sequence[str]]
    printed_on: str  # the date in the footer, already formatted


def landscape_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer (new, or the one given) set to A4 landscape with narrow margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    return printer


class _Layout:
    """Where things go on a page, in the printer's device pixels."""

    def __init__(self, printer: QPrinter, table: PrintTable) -> None:
        self.page = printer.pageLayout().paintRectPixels(printer.resolution())
        self.font = QFont()
        self.font.setPointSizeF(FONT_POINTS)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.title_font = QFont(self.font)
        self.title_font.setPointSizeF(FONT_POINTS + 3)
        self.title_font.setBold(True)
        metrics = QFontMetricsF(self.font, printer)
        self.metrics = metrics
        self.bold_metrics = QFontMetricsF(self.bold, printer)
        self.row_height = metrics.height() * 1.5
        self.padding = metrics.averageCharWidth() * 0.6
        width = float(self.page.width())
        total = sum(c.width for c in table.columns) or 1.0
        self.widths = [width * c.width / total for c in table.columns]
        self.title_height = QFontMetricsF(self.title_font, printer).height() * 1.6
        self.footer_height = metrics.height() * 2
        body = self.page.height() - self.title_height - self.row_height - self.footer_height
        self.rows_per_page = max(1, math.floor(body / self.row_height))

    def pages(self, rows: int) -> int:
        return max(1, math.ceil(rows / self.rows_per_page))


def page_count(printer: QPrinter, table: PrintTable) -> int:
    return _Layout(printer, table).pages(len(table.rows))


def paint_table(printer: QPrinter, table: PrintTable) -> int:
    """Print the table on ``printer`` (the pages the print dialog chose, else all); returns the pages printed."""
    layout = _Layout(printer, table)
    total = layout.pages(len(table.rows))
    first, last = printer.fromPage(), printer.toPage()
    wanted = range(max(first, 1) - 1, min(last, total) if last else total) if first else range(total)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be started."))
    try:
        for count, page in enumerate(wanted):
            if count:
                printer.newPage()
            start = page * layout.rows_per_page
            _paint_page(painter, layout, table, table.rows[start:start + layout.rows_per_page], page + 1, total)
    finally:
        painter.end()
    return len(wanted)


def _paint_page(painter: QPainter, layout: _Layout, table: PrintTable, rows: Sequence[Sequence[str]],
                number: int, total: int) -> None:
    page = layout.page
    width = float(page.width())
    painter.setFont(layout.title_font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.drawText(QRectF(0, 0, width, layout.title_height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                     table.title)
    top = layout.title_height
    painter.fillRect(QRectF(0, top, width, layout.row_height), HEADER_FILL)
    _paint_row(painter, layout, table, [c.header for c in table.columns], top, bold=True)
    y = top + layout.row_height
    painter.setPen(QPen(LINE, 0))
    painter.drawLine(0, round(y), round(width), round(y))
    for row in rows:
        _paint_row(painter, layout, table, row, y)
        y += layout.row_height
        painter.setPen(QPen(LINE, 0))
        painter.drawLine(0, round(y), round(width), round(y))
    painter.setFont(layout.font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    footer = QRectF(0, page.height() - layout.footer_height, width, layout.footer_height)
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, table.printed_on)
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     QCoreApplication.translate("Printing", "Page %1 of %2").replace("%1", str(number)).replace(
                         "%2", str(total)))


def _paint_row(painter: QPainter, layout: _Layout, table: PrintTable, cells: Sequence[str], y: float, *,
               bold: bool = False) -> None:
    painter.setFont(layout.bold if bold else layout.font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    metrics = layout.bold_metrics if bold else layout.metrics
    x = 0.0
    for column, width, text in zip(table.columns, layout.widths, cells, strict=False):
        inner = width - 2 * layout.padding
        shown = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, inner)
        align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(x + layout.padding, y, inner, layout.row_height),
                         align | Qt.AlignmentFlag.AlignVCenter, shown)
        x += width


def print_to_pdf(table: PrintTable, target: Path) -> Path:
    """The table as a PDF file at ``target`` (written beside it and renamed: whole or not at all)."""

    def write(temp: Path) -> None:
        printer = landscape_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setCreator("bwi-vouchers")
        printer.setDocName(table.title)
        paint_table(printer, table)

    return write_via_temp(target, write)
