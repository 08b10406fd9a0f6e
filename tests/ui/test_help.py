"""Hilfe: F1 opens the manual (every picture found, contents, chapter of the page in front); About shows versions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat

from bwi_vouchers.paths import manual_dir
from bwi_vouchers.storage.database import shown_name
from bwi_vouchers.ui.about import AboutDialog
from bwi_vouchers.ui.manual import ORIGINAL_NAME, ManualWindow, slug


def _press_f1(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1 as a user presses it: shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)


def _images(document: QTextDocument) -> list[QTextImageFormat]:
    images = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(QTextImageFormat(fmt))
            iterator += 1
        block = block.next()
    return images


def test_f1_opens_the_manual_with_contents_and_every_picture(qtbot, make_window) -> None:
    window = make_window()
    _press_f1(qtbot, window)
    manual = window.help.manual
    assert manual is not None and manual.isVisible()
    document = manual.browser.document()
    assert "Handbuch" in document.toPlainText()
    assert manual.contents.topLevelItemCount() >= 5
    images = _images(document)
    assert len(images) >= 8
    room = manual.browser.viewport().width()
    for image in images:
        file = image.property(ORIGINAL_NAME) or image.name()
        assert (manual_dir() / file).is_file(), file
        shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
        assert shown is not None and not shown.isNull(), f"picture missing: {file}"
        assert shown.width() <= room, f"{file} is wider than the manual window"


def test_manual_covers_every_role_and_the_sections_that_f1_opens(qtbot, make_window) -> None:
    from bwi_vouchers.ui.help import PAGE_SECTIONS

    window = make_window()
    manual = window.help.open_manual()
    assert manual is not None
    for anchor in PAGE_SECTIONS.values():
        assert anchor in manual.headings, anchor
    text = manual.browser.document().toPlainText()
    for words in ("Sachbearbeitung", "Bewilligung", "Budget", "Administration", "Vier-Augen-Prinzip",
                  "Verwendungsnachweis", "Auszahlung", "Import", "Brief", "Benutzer", "Sicherung"):
        assert words in text, words


def test_f1_opens_the_chapter_of_the_page_in_front(qtbot, make_window) -> None:
    window = make_window()
    window.show_page("budget")
    _press_f1(qtbot, window)
    manual = window.help.manual
    assert manual is not None
    cursor = manual.browser.textCursor()
    assert slug(cursor.block().text()) == "budget-setzen-und-beobachten"


def test_contents_entry_scrolls_to_its_chapter(qtbot, tmp_path) -> None:
    (tmp_path / "handbuch.md").write_text("# Eins\n\n" + "Text.\n\n" * 200 + "## Zwei\n\nEnde.\n", encoding="utf-8")
    manual = ManualWindow(tmp_path)
    qtbot.addWidget(manual)
    manual.show()
    top = manual.contents.topLevelItem(0)
    assert top.text(0) == "Eins" and top.child(0).text(0) == "Zwei"
    manual.contents.itemClicked.emit(top.child(0), 0)
    assert manual.browser.textCursor().block().text() == "Zwei"
    assert manual.browser.verticalScrollBar().value() > 0


def test_search_finds_a_word(qtbot, make_window) -> None:
    manual = make_window().help.open_manual()
    qtbot.keyClicks(manual.search, "Vier-Augen")
    qtbot.keyClick(manual.search, Qt.Key.Key_Return)
    assert manual.browser.textCursor().selectedText() == "Vier-Augen"
    manual.search.setText("gibt es nicht xyz")
    qtbot.keyClick(manual.search, Qt.Key.Key_Return)
    assert manual.not_found.text()


def test_about_shows_versions_database_and_folders(qtbot, make_window, ui_services) -> None:
    window = make_window()
    window.help.about_action.trigger()
    about = window.help.about
    assert about is not None and about.isVisible()
    text = " ".join(label.text() for label in about.findChildren(type(about.database_label)))
    for name in ("bwi-vouchers", "Python", "Qt", "PySide6", "SQLAlchemy"):
        assert name in text
    assert "ui.db" in about.database_label.text()
    assert "href" in about.log_label.text() and "href" in about.data_label.text()


def test_about_never_shows_a_password(qtbot) -> None:
    shown = shown_name("postgresql+psycopg://anna:Geheim123@db.example/bwi", None)
    about = AboutDialog(database=shown)
    qtbot.addWidget(about)
    assert "Geheim123" not in about.database_label.text() and "Geheim123" not in about.text()
    assert "anna:***@db.example/bwi" in about.database_label.text()


def test_f1_in_an_application_window_opens_the_chapter_on_recording(qtbot, make_window) -> None:
    window = make_window("clerk")
    editor = window.editors.open("")
    assert editor is not None
    _press_f1(qtbot, editor)
    manual = window.help.manual
    assert manual is not None and manual.isVisible()
    assert slug(manual.browser.textCursor().block().text()) == "anträge-erfassen"


def test_links_inside_the_manual_lead_to_a_heading(qtbot) -> None:
    import re

    manual = ManualWindow(manual_dir())
    qtbot.addWidget(manual)
    text = (manual_dir() / "handbuch.md").read_text(encoding="utf-8")
    anchors = re.findall(r"\]\(#([^)]+)\)", text)
    assert anchors
    for anchor in anchors:
        assert anchor in manual.headings, anchor
    manual.browser.anchorClicked.emit(QUrl("#" + anchors[0]))
    assert slug(manual.browser.textCursor().block().text()) == anchors[0]
