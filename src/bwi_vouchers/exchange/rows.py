"""Plain value rows streamed into a write-only sheet without openpyxl's per-cell objects.

openpyxl's write-only mode still builds a cell object per value and writes it element by element; for the
budget report's 70,000-row de-minimis extract that is most of the time. Here a row of plain values becomes
the row's XML text directly — the same cells openpyxl would write (inline strings, numbers with the
column's number-format style, dates as serial numbers with the date style, formula-looking texts with
the quote prefix) — and is handed to openpyxl's own XML stream in chunks. Rows that carry cell objects
(the styled header, a bold totals row) still go through openpyxl, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from bwi_vouchers.exchange.cells import DATE, FORMULA_START, INTEGER, MAX_TEXT, text_cell

CHUNK = 500  # rows parsed and streamed at once


class _RawRow(str):
    """The cells of one row as XML text (already numbered)."""


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")  # an XML parser would turn a bare CR into LF
    return text


def _style_id(ws: Any, fmt: str) -> int:
    cell = WriteOnlyCell(ws, value=0)
    cell.number_format = fmt
    return int(cell.style_id)


class FastSheet:
    """Appends rows to a fresh write-only sheet: plain value rows fast, cell rows through openpyxl.

    Create it after the sheet's columns, panes and filter are set (before the first row)."""

    def __init__(self, ws: Any, formats: Sequence[str | None]) -> None:
        self.ws = ws
        self.row = 0
        self._buffer: list[str] = []
        self.fast = LXML and hasattr(ws, "_get_writer") and getattr(ws, "_rows", None) is None
        self._letters = [get_column_letter(i) for i in range(1, len(formats) + 1)]
        self._formats = list(formats)
        self._styles: dict[str, int] = {}
        self._dates: dict[date, str] = {}
        if self.fast:
            ws._get_writer()
            self._epoch = ws.parent.epoch
            self._quoted = int(text_cell(ws, "=").style_id)
            ws._rows = self._stream()
            next(ws._rows)

    # -- the coroutine that replaces openpyxl's own row writer -------------------------------------------
    def _stream(self) -> Any:
        from lxml import etree

        writer = self.ws._writer
        xf = writer.xf.send(True)
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    item = yield
                    if isinstance(item, _RawRow):
                        self._buffer.append(item)
                        if len(self._buffer) >= CHUNK:
                            self._flush(xf, etree)
                    else:
                        self._flush(xf, etree)
                        writer.write_row(xf, self.ws._values_to_row(item, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
            self._flush(xf, etree)
        writer.xf.send(None)

    def _flush(self, xf: Any, etree: Any) -> None:
        if self._buffer:
            for element in etree.fromstring("<sheetData>" + "".join(self._buffer) + "</sheetData>"):
                xf.write(element)
            self._buffer.clear()

    # -- appending -------------------------------------------------------------------------------------------
    def append(self, cells: list[Any]) -> None:
        """A row of cell objects or prepared values (the header, totals, notes): openpyxl writes it."""
        self.ws.append(cells)
        self.row += 1

    def append_values(self, values: Sequence[Any], fallback: Any) -> None:
        """A row of plain values in the sheet's columns; ``fallback(values)`` gives the cells for a row
        holding a value this writer does not know (openpyxl then writes that row)."""
        self.row += 1
        xml = self._encode(values, self.row) if self.fast else None
        if xml is None:
            self.ws.append(fallback(values))
        else:
            self.ws._rows.send(_RawRow(xml))  # past append's type check: the stream knows raw rows

    def _style(self, fmt: str) -> str:
        if fmt not in self._styles:
            self._styles[fmt] = _style_id(self.ws, fmt)
        sid = self._styles[fmt]
        return f' s="{sid}"' if sid else ""

    def _date(self, value: date) -> str:
        if value not in self._dates:
            serial = to_excel(value, self._epoch)
            self._dates[value] = str(int(serial) if serial == int(serial) else serial)
        return self._dates[value]

    def _encode(self, values: Sequence[Any], row: int) -> str | None:
        if len(values) != len(self._formats):
            raise ValueError(f"{len(values)} values for {len(self._formats)} columns")
        parts = [f'<row r="{row}">']
        for letter, fmt, value in zip(self._letters, self._formats, values):  # noqa: B905 - checked
            if value is None:
                continue
            kind = type(value)
            if kind is str or not isinstance(value, (bool, int, Decimal, float, date)):
                text = value if kind is str else str(value)
                if ILLEGAL_CHARACTERS_RE.search(text):
                    text = ILLEGAL_CHARACTERS_RE.sub("", text)
                text = text[:MAX_TEXT]
                if not text:
                    parts.append(f'<c r="{letter}{row}" t="inlineStr"/>')  # as openpyxl writes an empty text
                    continue
                style = f' s="{self._quoted}"' if text.startswith(FORMULA_START) else ""
                space = ' xml:space="preserve"' if text != text.strip() else ""
                parts.append(f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>')
            elif kind is bool or kind is float:
                return None
            elif isinstance(value, (date, datetime)):
                day = value.date() if isinstance(value, datetime) else value
                parts.append(f'<c r="{letter}{row}"{self._style(DATE)} t="n"><v>{self._date(day)}</v></c>')
            else:
                if isinstance(value, Decimal) and not value.is_finite():
                    return None
                parts.append(f'<c r="{letter}{row}"{self._style(fmt or INTEGER)} t="n"><v>{value}</v></c>')
        parts.append("</row>")
        return "".join(parts)
