"""Printing: the application list as PDF (pages, header on each, footer) and letters through LibreOffice."""

from __future__ import annotations

import re
from pathlib import Path

import app_data
import pytest
from documents_helpers import Outside, decide
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import Column
from bwi_vouchers.ui import letter_print
from bwi_vouchers.ui.pages import list_print
from bwi_vouchers.ui.table_print import PrintColumn, PrintTable, print_to_pdf

PAGE = re.compile(r"(?:Seite|Page) (\d+) (?:von|of) (\d+)")


@pytest.fixture
def outside(monkeypatch):  # type: ignore[no-untyped-def]
    return Outside(monkeypatch)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF file."""
    assert path.read_bytes().startswith(b"%PDF-")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return pages


def test_a_long_table_prints_on_pages_with_header_and_footer(qapp, tmp_path: Path) -> None:
    columns = [PrintColumn("Referenz", 100), PrintColumn("Unternehmen", 200), PrintColumn("Betrag", 90, right=True)]
    rows = [(f"IG-2026-{n:04d}", f"Firma {n} GmbH", f"{n},00 €") for n in range(1, 151)]
    path = print_to_pdf(PrintTable("Anträge (150)", columns, rows, "Gedruckt am 02.03.2026"), tmp_path / "liste.pdf")

    pages = pdf_pages(path)
    assert len(pages) >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]  # no temporary file left
    for number, text in enumerate(pages, start=1):
        assert "Referenz" in text and "Unternehmen" in text  # the header row on every page
        assert "Gedruckt am 02.03.2026" in text
        assert PAGE.search(text).groups() == (str(number), str(len(pages)))  # type: ignore[union-attr]
    every = "\n".join(pages)
    assert all(f"IG-2026-{n:04d}" in every for n in range(1, 151))  # no row lost between pages


def test_the_list_prints_what_the_filter_shows_as_a_pdf_that_opens(qtbot, make_window, ui_services, outside,
                                                                    tmp_path: Path) -> None:
    sample = app_data.sample(ui_services)
    decide(ui_services, sample["alpha"].reference, Status.APPROVED)
    window = make_window("clerk")
    window.show_page("applications")
    page = window.pages["applications"]
    page.show_status("approved")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    outside.save_as = tmp_path / "liste"  # the ending is added
    page.printing.button.click()
    choice = page.printing.choice
    assert choice is not None and choice.isVisible()
    choice.pdf_button.click()
    assert not choice.isVisible()

    target = tmp_path / "liste.pdf"
    assert outside.opened == [target]
    [text] = pdf_pages(target)
    assert sample["alpha"].reference in text
    assert all(info.reference not in text for key, info in sample.items() if key != "alpha")
    headers = {column: str(page.model.headerData(column, page.table.horizontalHeader().orientation()))
               for column in Column}
    assert headers[Column.REFERENCE] in text and headers[Column.APPROVED] in text
    assert headers[Column.CLUSTER] not in text  # a hidden column is not printed
    assert PAGE.search(text).groups() == ("1", "1")  # type: ignore[union-attr]


def test_a_very_long_list_asks_first_and_no_prints_nothing(qtbot, make_window, ui_services, outside, monkeypatch,
                                                           tmp_path: Path) -> None:
    app_data.sample(ui_services)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(list_print, "WARN_ROWS", 2)
    window = make_window("clerk")
    window.show_page("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 2)
    outside.save_as = tmp_path / "liste.pdf"
    page.printing.start("pdf")
    assert len(asked) == 1 and str(page.model.rowCount()) in asked[0]
    assert outside.asked == [] and outside.opened == [] and list(tmp_path.glob("*.pdf")) == []


@pytest.fixture
def written_letter(ui_services, tmp_path: Path) -> tuple[str, Path]:
    sample = app_data.sample(ui_services)
    reference = sample["alpha"].reference
    decide(ui_services, reference, Status.APPROVED)
    folder = tmp_path / "Briefe"
    folder.mkdir()
    letter = ui_services.letters.write("clerk", reference, folder)
    return reference, letter.path


def test_without_libreoffice_the_word_file_opens_with_a_message(qtbot, make_window, outside, monkeypatch,
                                                                written_letter) -> None:
    reference, letter = written_letter
    told: list[str] = []
    monkeypatch.setattr(letter_print, "soffice_path", lambda: None)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: told.append(text))
    editor = make_window("clerk").editors.open(reference)
    assert editor.print_letter.isEnabled() and editor.print_letter.chosen() == letter
    editor.print_letter.click()
    assert len(told) == 1 and "LibreOffice" in told[0]
    assert outside.opened == [letter]
    assert sorted(p.name for p in letter.parent.iterdir()) == [letter.name]  # nothing added beside the letter


@pytest.mark.skipif(letter_print.soffice_path() is None, reason="LibreOffice is not installed")
def test_a_letter_prints_as_a_pdf_made_by_libreoffice(qtbot, make_window, outside, written_letter) -> None:
    reference, letter = written_letter
    editor = make_window("clerk").editors.open(reference)
    editor.print_letter.click()
    [opened] = outside.opened
    assert opened.suffix == ".pdf" and opened.parent.parent.name == letter_print.PRINT_FOLDER
    assert reference in "\n".join(pdf_pages(opened))
    assert sorted(p.name for p in letter.parent.iterdir()) == [letter.name]  # the letter folder stays as recorded


def test_an_application_without_letters_has_nothing_to_print(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)
    editor = make_window("clerk").editors.open(sample["alpha"].reference)
    assert not editor.print_letter.isEnabled() and editor.print_letter.chosen() is None


def test_the_letter_summary_prints_the_chosen_letter(qtbot, make_window, ui_services, outside, monkeypatch,
                                                     tmp_path: Path) -> None:
    from bwi_vouchers.ui.letter_print import LetterPrinter
    from bwi_vouchers.ui.letters import LetterSummary

    sample = app_data.sample(ui_services)
    for key in ("alpha", "beta"):
        decide(ui_services, sample[key].reference, Status.APPROVED)
    folder = tmp_path / "Briefe"
    folder.mkdir()
    batch = ui_services.letters.write_many("clerk", folder, statuses=["approved"])
    monkeypatch.setattr(letter_print, "soffice_path", lambda: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = make_window("clerk")
    summary = LetterSummary(batch, folder, "de", window, printer=LetterPrinter(window.context, window))
    qtbot.addWidget(summary)
    assert summary.print_button.isVisibleTo(summary) and not summary.print_button.isEnabled()
    summary.list.setCurrentRow(1)
    assert summary.print_button.isEnabled()
    summary.print_button.click()
    chosen = sorted(batch.written, key=lambda w: w.reference)[1].path
    assert outside.opened == [chosen]


def test_the_print_preview_shows_the_pages_of_the_list(qtbot, make_window, ui_services) -> None:
    import gc

    app_data.sample(ui_services)
    window = make_window("clerk")
    window.show_page("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.printing.button.click()
    page.printing.choice.preview_button.click()
    preview = page.printing.preview
    gc.collect()  # the dialog does not own its printer: a printer freed under it crashed the program
    qtbot.waitUntil(preview.isVisible)
    preview.grab()  # paints the pages through the printer
    assert page.printing.preview_printer.pageLayout().orientation().name == "Landscape"
    preview.close()
