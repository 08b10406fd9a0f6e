"""The report and the export print well: landscape, one page wide, header row on every page, a footer."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import World
from tests.documents.helpers import Cases

pytestmark = pytest.mark.both_engines


def _assert_prints_well(ws: Worksheet) -> None:
    assert ws.page_setup.orientation == "landscape", ws.title
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
    assert ws.print_title_rows == "$1:$1", ws.title
    assert ws.oddFooter.left.text == "&D", ws.title
    assert ws.oddFooter.right.text == "Seite &P von &N", ws.title


def test_every_report_sheet_has_a_page_setup(world: World, cases: Cases, out: Path) -> None:
    book = load_workbook(world.services.reports.budget_report(out / "bericht.xlsx"))
    assert len(book.worksheets) >= 7
    for ws in book.worksheets:
        _assert_prints_well(ws)


def test_the_export_has_a_page_setup(world: World, cases: Cases, out: Path) -> None:
    written = world.services.reports.export_applications(out / "liste.xlsx")
    _assert_prints_well(load_workbook(written.path)["Anträge"])
