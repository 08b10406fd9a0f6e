"""Writing cells safely: text stays text, money and dates keep real number formats; files land atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from bwi_vouchers.atomic import probe_folder, write_via_temp
from bwi_vouchers.errors import BwiError

EURO = '#,##0.00 "€"'
DATE = "DD.MM.YYYY"
DECIMAL = "#,##0.00"
INTEGER = "0"
#: A text starting with one of these would be a formula (or DDE) in Excel or LibreOffice if typed in.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_TEXT = 32_767  # Excel's limit for one cell
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="003B6F")
HEADER_ALIGN = Alignment(vertical="top", wrap_text=True)
BOLD = Font(bold=True)


def clean_text(value: object) -> str:
    """Text as a cell may hold it: no control characters, within Excel's length limit."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_TEXT]


def text_cell(ws: WriteOnlyWorksheet, value: object, *, bold: bool = False) -> WriteOnlyCell:
    """An explicit string cell. A text that looks like a formula gets the quote prefix as well, so that
    editing the cell later in Excel or LibreOffice does not turn it into one either."""
    text = clean_text(value)
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    if bold:
        cell.font = BOLD
    return cell


def number_cell(ws: WriteOnlyWorksheet, value: Decimal | int | None, fmt: str = EURO, *,
                bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = fmt
    if bold:
        cell.font = BOLD
    return cell


def date_cell(ws: WriteOnlyWorksheet, value: date | None) -> WriteOnlyCell:
    if isinstance(value, datetime):
        value = value.date()
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = DATE
    return cell


def cell_for(ws: WriteOnlyWorksheet, value: Any, fmt: str | None = None, *, bold: bool = False) -> Any:
    """What to append for a value: dates as dates, numbers as numbers, everything else as plain text.

    A harmless text goes in as a plain ``str`` (openpyxl stores it as a string cell, and a plain value is
    much cheaper to write than a cell object); a text that openpyxl or a spreadsheet program could take for
    a formula or an error value becomes an explicit string cell."""
    if value is None:
        return None
    if type(value) is str and not bold and not value.startswith(FORMULA_START) and value not in ERROR_CODES \
            and not ILLEGAL_CHARACTERS_RE.search(value):
        return value[:MAX_TEXT]  # the common case first: plain text
    if isinstance(value, (date, datetime)):
        return date_cell(ws, value)
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return number_cell(ws, value, fmt or INTEGER, bold=bold)
    text = value if isinstance(value, str) else str(value)
    if bold or text.startswith(FORMULA_START) or text in ERROR_CODES or ILLEGAL_CHARACTERS_RE.search(text):
        return text_cell(ws, text, bold=bold)
    return text[:MAX_TEXT]


def header_row(ws: WriteOnlyWorksheet, headers: Iterable[str]) -> list[WriteOnlyCell]:
    cells = []
    for header in headers:
        cell = text_cell(ws, header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        cells.append(cell)
    return cells


def prepare_sheet(ws: WriteOnlyWorksheet, widths: Iterable[float], *, rows: int | None = None,
                  columns: int | None = None) -> None:
    """Column widths, a frozen header row and (when the size is known) an auto-filter over the data.

    Must be called before the first row is written (write-only sheets write their head first)."""
    widths = list(widths)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    print_setup(ws)
    if rows is not None:
        last = get_column_letter(columns or len(widths))
        ws.auto_filter.ref = f"A1:{last}{max(rows + 1, 2)}"


def print_setup(ws: Any) -> None:
    """How a sheet prints: landscape, all columns on the width of one page (as many pages tall as needed),
    the header row repeated on every page, and a footer with the print date and "Seite x von y"."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.oddFooter.left.text = "&D"
    ws.oddFooter.right.text = "Seite &P von &N"


def checked_target(target: Path) -> Path:
    """The resolved target, refused before any work when it cannot be an .xlsx file in an existing folder."""
    target = Path(target).expanduser().resolve()
    if target.suffix.lower() != ".xlsx":
        raise BwiError("not_xlsx", path=str(target))
    if not target.parent.is_dir():
        raise BwiError("cannot_write", path=str(target), detail="der Ordner existiert nicht")
    probe_folder(target)  # an unwritable folder is refused before a workbook starts streaming into temp files
    return target


def discard_workbook(workbook: Workbook) -> None:
    """Close a write-only workbook that will not be saved and remove its sheets' temporary files."""
    for ws in workbook.worksheets:
        if isinstance(ws, WriteOnlyWorksheet) and not ws.closed:
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None and isinstance(writer.out, str) and Path(writer.out).exists():
            writer.cleanup()


def save_workbook(workbook: Workbook, target: Path, before_rename: Callable[[], None] | None = None) -> Path:
    """Save beside the target and rename over it: the target is either the old file or the whole new one.
    ``before_rename`` may raise to drop the finished temporary file instead (a cancelled export)."""
    def write(temp: Path) -> None:
        workbook.save(str(temp))
        if before_rename is not None:
            before_rename()

    return write_via_temp(checked_target(target), write)
