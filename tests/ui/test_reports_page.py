"""Berichte: the budget report and the list export written through the page and read back with openpyxl."""

from __future__ import annotations

import shutil
from decimal import Decimal

import app_data
import pytest
from documents_helpers import Outside, decide
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Role, Status


@pytest.fixture
def outside(monkeypatch):  # type: ignore[no-untyped-def]
    return Outside(monkeypatch)


@pytest.fixture
def decided(ui_services):  # type: ignore[no-untyped-def]
    """The sample applications; alpha and beta approved (budget committed), delta rejected."""
    sample = app_data.sample(ui_services)
    decide(ui_services, sample["alpha"].reference, Status.APPROVED)
    decide(ui_services, sample["beta"].reference, Status.APPROVED)
    decide(ui_services, sample["delta"].reference, Status.REJECTED)
    return sample


def open_reports(make_window, login: str = "admin"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("reports")
    return window, window.pages["reports"]


def exported(path) -> list[str]:  # type: ignore[no-untyped-def]
    """The references on the sheet 'Anträge', top to bottom."""
    return [row[0] for row in load_workbook(path)["Anträge"].iter_rows(min_row=2, values_only=True)]


def money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_the_page_has_a_section_for_each_kind_of_file(make_window) -> None:
    window, page = open_reports(make_window)
    assert window.current_page() is page and window.sidebar.item(7).text() == "Reports"  # German: Berichte
    texts = [label.text() for label in page.findChildren(type(page.import_note))]
    for title in ("Budget report (.xlsx)", "Export the application list (.xlsx)",
                  "Import applications from Excel", "Letters (.docx)"):
        assert title in texts
    assert page.pdf.isEnabled() == bool(shutil.which("soffice") or shutil.which("libreoffice"))


def test_budget_report_totals_equal_the_ledger(qtbot, make_window, ui_services, decided, outside, tmp_path) -> None:
    window, page = open_reports(make_window)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2026))
    outside.save_as = tmp_path / "bericht"  # without ending: the page adds .xlsx
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)

    target = tmp_path / "bericht.xlsx"
    assert page.saved is not None and page.saved.isVisible() and page.saved.path == target
    assert "2026" in outside.asked[0]  # the suggested name says which year
    book = load_workbook(target)
    assert book.sheetnames == ["Budget", "Zielfelder", "Regionen", "Maßnahmenarten", "Zielländer",
                               "Unternehmensgröße", "De-minimis"]
    line = ui_services.budget.line(2026, "Landesmittel")
    rows = {(r[0], r[1]): [money(v) for v in r[2:6]] for r in book["Budget"].iter_rows(min_row=2, values_only=True)
            if isinstance(r[0], int)}
    assert rows == {(2026, "Landesmittel"): [line.budget, line.committed, line.paid, line.available]}
    total = next(r for r in book["Zielfelder"].iter_rows(values_only=True) if r[0] == "Summe")
    assert money(total[4]) == line.committed > 0

    qtbot.mouseClick(page.saved.open_file_button, Qt.MouseButton.LeftButton)
    assert outside.opened == [target]
    assert not page.saved.isVisible()


def test_cancelling_the_file_dialog_writes_nothing(qtbot, make_window, outside, tmp_path) -> None:
    window, page = open_reports(make_window)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.saved is None and list(tmp_path.glob("*.xlsx")) == []


def test_export_as_filtered_in_the_list(qtbot, make_window, ui_services, decided, outside, tmp_path) -> None:
    window = make_window()
    window.show_page("applications")
    applications = window.pages["applications"]
    qtbot.keyClicks(applications.search, "alpha")
    window.show_page("reports")
    page = window.pages["reports"]
    assert page.export_filtered.text().endswith("search “alpha”")
    page.export_filtered.setChecked(True)
    outside.save_as = tmp_path / "liste.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert exported(outside.save_as) == sorted([decided["alpha"].reference, decided["alpha2"].reference])
    assert page.saved is not None and page.saved.headline.text() == "2 applications exported."

    page.export_all.setChecked(True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert exported(outside.save_as) == sorted(info.reference for info in decided.values())


def test_save_the_import_template_and_open_its_folder(qtbot, make_window, outside, tmp_path) -> None:
    window, page = open_reports(make_window, "clerk")
    outside.save_as = tmp_path / "vorlage.xlsx"
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    book = load_workbook(outside.save_as, read_only=True)
    assert book.sheetnames == ["Anleitung", "Cluster", "Maßnahmen", "Anträge"]
    book.close()
    qtbot.mouseClick(page.saved.open_folder_button, Qt.MouseButton.LeftButton)
    assert outside.opened == [tmp_path]


def test_letters_by_status_only_for_those_without_one(qtbot, make_window, ui_services, decided, outside,
                                                      tmp_path) -> None:
    window, page = open_reports(make_window, "clerk")
    outside.folder = tmp_path
    assert page.missing_only.isChecked()
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    summary = page.letters.summary
    assert summary is not None and summary.isVisible()
    expected = {decided[k].reference for k in ("alpha", "beta", "delta")}
    assert set(summary.written) == expected and summary.failed == []
    assert len(list(tmp_path.glob("*.docx"))) == 3

    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)  # again: every one has its letter
    assert page.letters.summary.written == []
    assert "No letters were needed" in page.letters.summary.headline.text()

    page.letter_choice.setCurrentIndex(page.letter_choice.findData("rejected"))
    page.missing_only.setChecked(False)
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    assert page.letters.summary.written == [decided["delta"].reference]
    assert len(ui_services.applications.documents(decided["delta"].reference)) == 2


def test_letters_are_for_clerks_and_approvers(make_window, ui_services) -> None:
    ui_services.users.add("admin", "controller", roles=frozenset({Role.BUDGET}), display_name="Jana Koch")
    window, page = open_reports(make_window, "controller")
    assert not page.letters_button.isEnabled()
    assert page.letters_button.toolTip() == "Only clerks and approvers write letters."
    assert not page.import_button.isEnabled()
    assert page.report_button.isEnabled()  # the budget report is for the budget controller above all
