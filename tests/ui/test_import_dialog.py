"""Importing a workbook from Berichte: dry run, the report per row, confirm or cancel, broken files refused."""

from __future__ import annotations

import threading

import app_data
import pytest
from documents_helpers import Outside
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from bwi_vouchers.ui.tasks import SynchronousTaskRunner

GOOD = {"Unternehmen": "Neu & Co. GmbH", "Registernummer": "Ulm HRB 7001", "PLZ": "70173", "Ort": "Stuttgart",
        "Sitz/Niederlassung in BW": "ja", "Beschäftigte (JAE)": 12, "Jahresumsatz (EUR)": "1.500.000,00",
        "Bilanzsumme (EUR)": 800000, "Cluster/Netzwerk": "Photonics BW", "Mitglied seit": "01.01.2024",
        "Themenfeld": 6, "Maßnahme": "M-2026-001", "Antragseingang": "02.03.2026",
        "Förderfähige Kosten (EUR)": "4.000,00"}
BAD = {**GOOD, "Unternehmen": "Falschdatum GmbH", "Registernummer": "Ulm HRB 7002", "Antragseingang": "32.13.2026"}


@pytest.fixture
def outside(monkeypatch):  # type: ignore[no-untyped-def]
    return Outside(monkeypatch)


@pytest.fixture
def workbook(ui_services, tmp_path):  # type: ignore[no-untyped-def]
    """The program's own template, filled in with one good and one bad row."""
    app_data.budget(ui_services)
    app_data.measure(ui_services, "M-2026-001")
    path = ui_services.importing.template(tmp_path / "antraege.xlsx")
    book = load_workbook(path)
    sheet = book["Anträge"]
    headers = [cell.value for cell in sheet[1]]
    for row in (GOOD, BAD):
        sheet.append([row.get(header) for header in headers])
    book.save(path)
    return path


def companies(services) -> set[str]:  # type: ignore[no-untyped-def]
    return {row.company for row in services.listing.rows()}


def check(qtbot, make_window, outside, path):  # type: ignore[no-untyped-def]
    """Open Berichte as the clerk and pick the workbook: the dry run's report opens."""
    window = make_window("clerk")
    window.show_page("reports")
    page = window.pages["reports"]
    outside.open_file = path
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    return window, page


def test_report_then_confirm_imports_the_good_row(qtbot, make_window, ui_services, workbook, outside) -> None:
    window, page = check(qtbot, make_window, outside, workbook)
    dialog = page.imports.dialog
    assert dialog is not None and dialog.isVisible() and dialog.report.dry_run
    model = dialog.model
    lines = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert lines[0] == ["Anträge", "2", "will be imported", "IG-2026-0001"]
    assert lines[1][:3] == ["Anträge", "3", "refused"]
    assert lines[1][3].startswith("Column “Antragseingang”: „32.13.2026“ ist kein Datum")
    assert dialog.headline.text() == "2 rows read: 1 will be imported, 0 already imported, 1 refused."
    assert companies(ui_services) == set()  # the dry run changed nothing

    with qtbot.waitSignal(page.context.events.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert companies(ui_services) == {"Neu & Co. GmbH"}
    assert ui_services.applications.get("IG-2026-0001").company_name == "Neu & Co. GmbH"
    done = page.imports.dialog
    assert done is not dialog and done.isVisible() and not done.report.dry_run and done.import_button is None
    assert done.model.index(0, 2).data() == "imported"
    assert page.import_note.text() == "2 rows read: 1 imported, 0 already imported, 1 refused."


def test_refused_rows_only(qtbot, make_window, workbook, outside) -> None:
    window, page = check(qtbot, make_window, outside, workbook)
    dialog = page.imports.dialog
    dialog.refused_only.setChecked(True)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "3"


def test_cancelling_the_report_imports_nothing(qtbot, make_window, ui_services, workbook, outside) -> None:
    window, page = check(qtbot, make_window, outside, workbook)
    qtbot.mouseClick(page.imports.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert companies(ui_services) == set()
    assert page.import_note.text() == "Import cancelled; nothing was changed."


def test_the_same_file_again_imports_nothing_twice(qtbot, make_window, ui_services, workbook, outside) -> None:
    window, page = check(qtbot, make_window, outside, workbook)
    qtbot.mouseClick(page.imports.dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.imports.dialog
    assert dialog.report.dry_run and dialog.model.index(0, 2).data() == "already imported"
    assert not dialog.import_button.isEnabled() and dialog.import_button.toolTip() == "There is nothing to import."


class CancellingRunner(SynchronousTaskRunner):
    """As if the clerk pressed Cancel in the progress dialog at once."""

    def start(self, work, *, on_done, on_error, **kwargs) -> threading.Event:  # type: ignore[no-untyped-def]
        try:
            result = work(lambda done, total: None, lambda: True)
        except Exception as error:  # noqa: BLE001 - handed on as the real runner does
            on_error(error)
        else:
            on_done(result)
        return threading.Event()


def test_a_cancelled_import_changes_nothing(qtbot, make_window, ui_services, workbook, outside) -> None:
    window, page = check(qtbot, make_window, outside, workbook)
    window.context.runner = CancellingRunner()
    qtbot.mouseClick(page.imports.dialog.import_button, Qt.MouseButton.LeftButton)
    assert companies(ui_services) == set()
    assert page.import_note.text() == "Der Import wurde abgebrochen; es wurde nichts übernommen."
    assert outside.warnings == []  # the clerk's own cancel is no error


def test_a_broken_file_is_refused_with_a_clear_message(qtbot, make_window, ui_services, outside, tmp_path) -> None:
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"this is not a workbook")
    window, page = check(qtbot, make_window, outside, broken)
    assert page.imports.dialog is None
    assert len(outside.warnings) == 1 and "keine lesbare Excel-Arbeitsmappe" in outside.warnings[0]
    assert page.import_note.text() == outside.warnings[0]
    assert companies(ui_services) == set()
