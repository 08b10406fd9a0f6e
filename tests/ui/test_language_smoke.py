"""Every page and the dialogs reachable from it, in English and in German, over demo data.

Fails on any exception (pytest-qt), any Qt warning (qt_log_level_fail), an unexpected-error dialog, and on
words of the other language left in the chrome — labels, buttons, titles, headers, tooltips, message and
file dialogs. Data (company names, titles, target fields, clusters …) may be German in both languages; the
words stored in the database are taken out before looking.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from chrome import (
    ENGLISH,
    GERMAN,
    Chrome,
    Outside,
    click_everything,
    data_words,
    every_tab,
    select_first_rows,
    windows,
)
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage.database import Database
from bwi_vouchers.ui import i18n
from bwi_vouchers.ui.main import build_window
from bwi_vouchers.ui.settings import Settings
from bwi_vouchers.ui.tasks import SynchronousTaskRunner

TODAY = date(2026, 3, 2)
EDITOR_STATUSES = (Status.RECEIVED, Status.IN_REVIEW, Status.APPROVED, Status.REJECTED, Status.PROOF_RECEIVED,
                   Status.PAID, Status.EXPIRED)
#: Words that read the same in both languages, or are names of things.
SAME_IN_BOTH = ("Baden-Württemberg", "“Anträge”", "SHA-256", "E-Mail", "De-minimis", "pg_dump", "BWI_VOUCHERS_DB",
                "bwi-vouchers", "--db")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    services = Services.build(Database.open("sqlite:///" + str(path)), FixedClock(TODAY))
    services.users.acting("admin")
    services.demo.load("admin", applications=150, seed=7)
    services.database.dispose()
    return path


@dataclass
class Run:
    chrome: Chrome
    outside: Outside
    data: list[str]


@pytest.fixture
def everywhere(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # type: ignore[no-untyped-def]
               demo_file: Path) -> Iterator[object]:
    """Walk the whole program in a language; returns what was read."""
    made: list[Services] = []
    app = QApplication.instance()
    default_locale = QLocale()

    def walk(language: str) -> Run:
        db = tmp_path / f"demo-{language}.db"
        shutil.copy(demo_file, db)
        services = Services.build(Database.open("sqlite:///" + str(db)), FixedClock(TODAY))
        made.append(services)
        settings = Settings(QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat))
        settings.language = language
        translators = i18n.install(app, language)
        assert translators or language == "en", "the German translation (.qm) was not loaded"
        chrome = Chrome()
        outside = Outside(monkeypatch, chrome)
        outside.open_file = import_workbook(services, tmp_path / "import.xlsx")
        try:
            rows = services.listing.rows()
            references = [next(r.reference for r in rows if r.status is status) for status in EDITOR_STATUSES]
            window = build_window(services, "admin", settings=settings, runner=SynchronousTaskRunner())
            qtbot.addWidget(window)
            window.show()
            chrome.widget(window)
            for key, page in window.pages.items():
                window.show_page(key)
                chrome.widget(page)
                for _tab in every_tab(page):
                    select_first_rows(page)
                    chrome.widget(page)
                    click_everything(page, chrome)
            ledger = window.pages["budget"].ledger
            assert ledger.rowCount() > 0
            for row in range(ledger.rowCount()):  # a booking's note is a code: it reads in the language
                chrome.add("ledger note", ledger.index(row, ledger.columnCount() - 1).data())
            outside.folder = tmp_path / f"letters-{language}"  # the editors write their letters
            outside.folder.mkdir()
            for reference in references:
                editor = window.editors.open(reference)
                assert editor is not None
                chrome.widget(editor)
                for row in range(editor.history.rowCount()):  # the history's words (its values are data)
                    chrome.add("history", editor.history.index(row, 2).data())
                    chrome.add("history", editor.history.index(row, 3).data())
                click_everything(editor, chrome, deeper=False)
                editor.close()
            editor = window.editors.open("")
            assert editor is not None
            chrome.widget(editor)
            editor.close()
            assert list(outside.folder.glob("*.docx")), "no editor wrote its letter"
            outside.folder = None
            batch_summary(window, outside, chrome)
        finally:
            for translator in translators:
                app.removeTranslator(translator)
            QLocale.setDefault(default_locale)
        return Run(chrome, outside, data_words(db))

    yield walk
    for services in made:
        services.database.dispose()


def batch_summary(window, outside: Outside, chrome: Chrome) -> None:  # type: ignore[no-untyped-def]
    """Approve the whole list at once: the summary names what was done and why the rest was not."""
    window.show_page("applications")
    page = window.pages["applications"]
    page.table.selectAll()
    page.batch.run(Status.APPROVED)
    confirmation = page.batch.confirmation
    assert confirmation is not None and confirmation.isVisible()
    chrome.widget(confirmation)  # count, total, budget line, what is not possible
    before = windows()
    confirmation.confirm_button.click()
    summaries = windows() - before
    assert len(summaries) == 1
    for summary in summaries:
        chrome.widget(summary)
        assert summary.refused  # the demo list has applications that cannot be approved: reasons shown
        summary.close()


def import_workbook(services: Services, path: Path) -> Path:
    """The program's import template with one row that cannot be read (the import dialog then reports it)."""
    services.importing.template(path)
    book = load_workbook(path)
    sheet = book["Anträge"]
    headers = [cell.value for cell in sheet[1]]
    sheet.append(["Neue Firma GmbH" if h == "Unternehmen" else "32.13.2026" if h == "Antragseingang" else None
                  for h in headers])
    book.save(path)
    return path


def test_the_english_ui_has_no_german_chrome_and_no_errors(everywhere) -> None:  # type: ignore[no-untyped-def]
    run = everywhere("en")
    assert run.outside.crashes == []
    assert len(run.chrome.texts) > 300  # the walk really went through the program
    assert "Settings" in run.chrome.texts and "Restore…" in run.chrome.texts
    assert run.chrome.leftovers(GERMAN, run.data, SAME_IN_BOTH) == []


def test_the_german_ui_has_no_english_chrome_and_no_errors(everywhere, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = everywhere("de")
    assert run.outside.crashes == []
    assert len(run.chrome.texts) > 300
    assert "Einstellungen" in run.chrome.texts and "Wiederherstellen …" in run.chrome.texts
    assert run.chrome.leftovers(ENGLISH, run.data, (*SAME_IN_BOTH, str(tmp_path))) == []
