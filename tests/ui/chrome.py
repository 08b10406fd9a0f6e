"""The words of the program's chrome (labels, buttons, titles, headers, tooltips, menus), and a crawler.

Used by the language smoke test: it walks every page and the dialogs its buttons open, collecting the
texts a user reads — but not the data in table cells and fields, which may be German in either language.
Data that shows up in labels (a company's name in a header) is masked with the words of the database.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

GERMAN = re.compile(
    r"[äöüÄÖÜß]|\b(und|oder|der|die|das|nicht|für|mit|ist|wird|werden|bitte|kein|keine|Antrag|Anträge|"
    r"Unternehmen|Maßnahmen?|Speichern|Abbrechen|Schließen|Suchen|Ja|Nein|bewilligt|abgelehnt|eingegangen|"
    r"ausgezahlt|zurückgezogen|Sicherung|Datei|Benutzer|Betrag|Kosten|Zielfeld|Prüfung|Buchungen|gebunden|"
    r"Hinweis|erfüllt|Zeile|Spalte|Blatt|fehlt|Frist|Datum|Jahr)\b"
    r"|\d,\d\d\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b", re.IGNORECASE)  # German numbers and dates: 1.500,00 and 24.11.2026
ENGLISH = re.compile(
    r"\b(the|and|of|is|are|Save|Cancel|Close|Open|Search|Delete|New|Apply|Yes|No|Application|Applications|"
    r"Company|Companies|Measures?|Settings|Reports|Overview|Users?|Loading|Choose|Please|Restore|File|Folder|"
    r"approved|rejected|received|paid|commitment|release|payout)\b"
    r"|€\d|\d\.\d\d(?![\d.])|\b\d{1,2}/\d{1,2}/\d{4}\b")  # English numbers and dates: €1,500.00 and 24/11/2026
TABLE_MODELS = (QAbstractTableModel, QAbstractProxyModel)
_CODE = re.compile(r"^[a-z_,]+$")  # statuses, kinds, roles: codes that the program turns into words
_LETTER = re.compile(r"[^\W\d_]")  # a NACE code like 28.4 is no word: masking it would cut numbers apart
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")


def data_words(db: Path) -> list[str]:
    """Every text stored in the database's data tables (names, titles, cities …), longest first.

    Codes (``approved``, ``clerk,admin``) and the ledger's notes are not data: the program shows them in words.
    """
    words: set[str] = set()
    with closing(sqlite3.connect(str(db))) as raw:
        tables = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in ("audit_event", "alembic_version", "eligibility_check", "ledger_entry")]
        for table in tables:
            columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")
                       if "CHAR" in row[2].upper() or "TEXT" in row[2].upper()]
            for column in columns:
                for (value,) in raw.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"):
                    if isinstance(value, str) and len(value) > 2 and not _CODE.match(value) and _LETTER.search(value):
                        words.add(value)
    return sorted(words, key=len, reverse=True)


@dataclass
class Chrome:
    """The texts seen so far, with where they were seen."""

    texts: dict[str, str] = field(default_factory=dict)

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.setdefault(plain(text), where)

    def widget(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            name = type(widget).__name__
            if widget.isWindow():
                self.add(f"{name} window title", widget.windowTitle())
            self.add(f"{name} tooltip", widget.toolTip())
            if isinstance(widget, QLabel):
                self.add("label", widget.text())
            elif isinstance(widget, QAbstractButton):
                self.add("button", widget.text())
            elif isinstance(widget, QGroupBox):
                self.add("group box", widget.title())
            elif isinstance(widget, QLineEdit):
                self.add("placeholder", widget.placeholderText())
            elif isinstance(widget, QListWidget):  # the sidebar, a batch step's results: messages, not data
                for row in range(widget.count()):
                    self.add("list item", widget.item(row).text())
            elif isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    self.add("tab", widget.tabText(i))
                    self.add("tab tooltip", widget.tabToolTip(i))
            elif isinstance(widget, QAbstractItemView) and isinstance(widget.model(), TABLE_MODELS):
                model = widget.model()
                for column in range(model.columnCount(QModelIndex())):
                    self.add("column header", model.headerData(column, Qt.Orientation.Horizontal))
                vertical = getattr(widget, "verticalHeader", None)
                if vertical is not None and vertical().isVisible():
                    for row in range(model.rowCount(QModelIndex())):
                        self.add("row header", model.headerData(row, Qt.Orientation.Vertical))
            if isinstance(widget, QMenu):
                self.add("menu", widget.title())
            for action in widget.actions():
                if isinstance(action, QAction):
                    self.add("action", action.text())
                    self.add("action tooltip", action.toolTip() if action.toolTip() != action.text().replace(
                        "&", "") else "")

    def leftovers(self, marker: re.Pattern[str], data: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
        """Texts with a marker word of the other language, after the data's words are taken out."""
        words = list(data)
        found = []
        for text, where in self.texts.items():
            if not marker.search(text):
                continue
            masked = text
            for word in [*allowed, *words]:
                if word in masked:
                    masked = masked.replace(word, " ")
            if marker.search(masked):
                found.append(f"{where}: {text!r}")
        return sorted(found)


class Outside:
    """Message boxes, input and file dialogs replaced: their texts are kept, and the answer is 'cancel'."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, chrome: Chrome) -> None:
        self.chrome = chrome
        self.open_file: Path | None = None
        self.folder: Path | None = None
        self.answer = QMessageBox.StandardButton.Cancel
        self.crashes: list[str] = []
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, self._box)
        monkeypatch.setattr(QMessageBox, "exec", self._exec)
        monkeypatch.setattr(QInputDialog, "getText", self._input)
        monkeypatch.setattr(QInputDialog, "getMultiLineText", self._input)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _folder(self, parent, title, *rest, **kwargs):  # type: ignore[no-untyped-def]
        self.chrome.add("file dialog title", title)
        return str(self.folder) if self.folder else ""

    def _box(self, parent, title, text, *rest):  # type: ignore[no-untyped-def]
        self.chrome.add("message box title", title)
        self.chrome.add("message box", text)
        return self.answer

    def _exec(self, box: QMessageBox) -> int:
        self.crashes.append(f"{box.text()}\n{box.detailedText()}")
        return 0

    def _input(self, parent, title, label, *rest, **kwargs):  # type: ignore[no-untyped-def]
        self.chrome.add("input dialog title", title)
        self.chrome.add("input dialog", label)
        return "", False

    def _file(self, parent, title, *rest, **kwargs):  # type: ignore[no-untyped-def]
        self.chrome.add("file dialog title", title)
        return "", ""

    def _open(self, parent, title, *rest, **kwargs):  # type: ignore[no-untyped-def]
        self.chrome.add("file dialog title", title)
        return (str(self.open_file), "") if self.open_file else ("", "")


def windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def select_first_rows(root: QWidget) -> None:
    """Choose the first row of every visible table, so that detail views and row buttons come alive."""
    for view in root.findChildren(QTableView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.selectRow(0)


SKIP_BUTTONS = frozenset({"", "…"})


def every_tab(root: QWidget) -> Iterator[None]:
    """Show each tab of each tab widget in turn (hidden buttons cannot be clicked)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield


def click_everything(root: QWidget, chrome: Chrome, *, deeper: bool = True) -> None:
    """Click every enabled, visible button of ``root``; collect the windows that open, press their OK, close them."""
    before = windows()
    buttons = [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
               and b.text() not in SKIP_BUTTONS and not b.isCheckable()
               and getattr(b, "menu", lambda: None)() is None]  # a menu pops up (offscreen: a Qt warning)
    for button in buttons:
        if not button.isVisible() or not button.isEnabled():
            continue  # an earlier click changed the page
        button.click()
        for window in windows() - before:
            chrome.widget(window)
            if deeper:
                ok = getattr(getattr(window, "buttons", None), "button", None)
                if ok is not None:
                    from PySide6.QtWidgets import QDialogButtonBox

                    ok_button = ok(QDialogButtonBox.StandardButton.Ok)
                    if ok_button is not None and ok_button.isEnabled() and window.isVisible():
                        ok_button.click()
                        chrome.widget(window)
            window.close()
        chrome.widget(root.window())
