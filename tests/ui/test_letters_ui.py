"""Letters and the export from the application list, and the editor's letter button (files read back)."""

from __future__ import annotations

import app_data
import pytest
from documents_helpers import Outside, decide
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import Column


@pytest.fixture
def outside(monkeypatch):  # type: ignore[no-untyped-def]
    return Outside(monkeypatch)


@pytest.fixture
def decided(ui_services):  # type: ignore[no-untyped-def]
    sample = app_data.sample(ui_services)
    decide(ui_services, sample["alpha"].reference, Status.APPROVED)
    decide(ui_services, sample["beta"].reference, Status.APPROVED)
    return sample


def open_list(make_window, login: str = "clerk"):  # type: ignore[no-untyped-def]
    window = make_window(login)
    window.show_page("applications")
    return window, window.pages["applications"]


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_letters_for_two_selected_approved_applications(qtbot, make_window, ui_services, decided, outside,
                                                        tmp_path) -> None:
    window, page = open_list(make_window)
    assert not page.documents.letters_button.isEnabled()  # nothing selected yet
    page.show_status("approved")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.documents.letters_button.isEnabled()
    outside.folder = tmp_path
    qtbot.mouseClick(page.documents.letters_button, Qt.MouseButton.LeftButton)

    alpha, beta = decided["alpha"], decided["beta"]
    files = sorted(tmp_path.glob("*.docx"))
    assert [f.name for f in files] == [f"{alpha.reference}_Bewilligung.docx", f"{beta.reference}_Bewilligung.docx"]
    for info, path in ((alpha, files[0]), (beta, files[1])):
        documents = ui_services.applications.documents(info.reference)
        assert [(d.kind, d.file_name, d.created_by) for d in documents] == [("approval", str(path), "clerk")]
        text = text_of(path)
        assert info.reference in text and info.company_name in text
    summary = page.documents.writer.summary
    assert summary is not None and summary.isVisible()
    assert summary.written == [alpha.reference, beta.reference] and summary.failed == []
    qtbot.mouseClick(summary.open_folder_button, Qt.MouseButton.LeftButton)
    assert outside.opened == [tmp_path]


def test_a_selection_without_letters_says_why(qtbot, make_window, decided) -> None:
    window, page = open_list(make_window)
    page.show_status("received")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    button = page.documents.letters_button
    assert not button.isEnabled() and "no letter to write" in button.toolTip()


def test_no_folder_chosen_writes_nothing(qtbot, make_window, ui_services, decided, outside) -> None:
    window, page = open_list(make_window)
    page.table.selectAll()
    qtbot.mouseClick(page.documents.letters_button, Qt.MouseButton.LeftButton)
    assert page.documents.writer.summary is None
    assert ui_services.applications.documents(decided["alpha"].reference) == []


def test_export_exactly_the_rows_shown_in_their_order(qtbot, make_window, decided, outside, tmp_path) -> None:
    window, page = open_list(make_window)
    qtbot.keyClicks(page.search, "alpha")
    page.table.sortByColumn(Column.COSTS, Qt.SortOrder.AscendingOrder)  # 2.600 € before 4.000 €
    shown = [page.model.row_at(r).reference for r in range(page.model.rowCount())]
    assert shown == [decided["alpha2"].reference, decided["alpha"].reference]
    outside.save_as = tmp_path / "angezeigt.xlsx"
    qtbot.mouseClick(page.documents.export_button, Qt.MouseButton.LeftButton)

    sheet = load_workbook(outside.save_as)["Anträge"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == shown
    assert page.documents.saved is not None and page.documents.saved.headline.text() == "2 applications exported."


def test_export_is_disabled_when_nothing_is_shown(qtbot, make_window, decided) -> None:
    window, page = open_list(make_window)
    assert page.documents.export_button.isEnabled()
    qtbot.keyClicks(page.search, "gibt es nicht")
    assert not page.documents.export_button.isEnabled()


def test_editor_writes_the_letter_and_shows_it_under_documents(qtbot, make_window, ui_services, decided, outside,
                                                               tmp_path) -> None:
    window = make_window("clerk")
    alpha = decided["alpha"]
    editor = window.editors.open(alpha.reference)
    assert editor is not None and editor.letter.isVisibleTo(editor) and editor.letter.isEnabled()
    assert editor.documents.rowCount() == 0
    outside.folder = tmp_path
    qtbot.mouseClick(editor.letter, Qt.MouseButton.LeftButton)

    path = tmp_path / f"{alpha.reference}_Bewilligung.docx"
    assert path.exists() and alpha.company_name in text_of(path)
    assert editor.tabs.currentWidget() is editor.documents_view
    assert editor.documents.rowCount() == 1
    row = [editor.documents.index(0, column).data() for column in range(editor.documents.columnCount())]
    recorded = ui_services.applications.documents(alpha.reference)[0]
    assert row[:3] == ["Approval letter", path.name, "Anna Müller"]
    assert row[4] == recorded.sha256[:8] + "…"
    assert editor.documents.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == f"Approval letter\n{path}"
    assert path.name in editor.message.text()
    assert "Letter written: Approval letter" in [editor.history.index(r, 2).data()
                                                 for r in range(editor.history.rowCount())]
    editor.documents_view.doubleClicked.emit(editor.documents.index(0, 1))
    assert outside.opened == [path]


def test_editor_has_no_letter_button_before_the_decision(make_window, decided) -> None:
    window = make_window("clerk")
    editor = window.editors.open(decided["gamma"].reference)
    assert editor is not None and not editor.letter.isVisibleTo(editor)
