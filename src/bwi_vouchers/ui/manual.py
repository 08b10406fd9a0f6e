"""The user manual inside the program: docs/handbuch/handbuch.md in a QTextBrowser, with contents and search."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers.ui.geometry import available_area, fitted

MANUAL_FILE = "handbuch.md"
CONTENTS_LEVELS = 2  # chapters and sections in the contents; deeper headings only in the text
_POSITION = Qt.ItemDataRole.UserRole
ORIGINAL_NAME = QTextFormat.Property.UserProperty + 1  # a scaled picture remembers its file


def slug(heading: str) -> str:
    """The anchor of a heading as GitHub makes it: ``Anträge erfassen`` → ``anträge-erfassen``."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def _as_image(resource: object) -> QImage | None:
    """A loaded picture as a QImage (QTextBrowser hands out a QPixmap, a QImage or the file's bytes)."""
    if isinstance(resource, QByteArray):
        resource = QImage.fromData(resource)
    if isinstance(resource, QPixmap):
        resource = resource.toImage()
    return resource if isinstance(resource, QImage) and not resource.isNull() else None


#: The manual's first size (fitted to the screen); the help remembers what the user makes of it.
MANUAL_SIZE = QSize(1040, 660)


class ManualWindow(QWidget):
    """A window of its own: contents on the left, the manual on the right, a search field above."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manual")
        self.setWindowTitle(self.tr("Manual"))  # the platform adds " — bwi-vouchers"
        self.folder = folder
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.itemActivated.connect(self._on_contents_item_activated)
        self.contents.itemClicked.connect(self._on_contents_item_activated)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.document().setDocumentMargin(16)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps, pictures fit
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in the manual (Enter: next hit)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.not_found = QLabel()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 760])
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.headings: dict[str, int] = {}
        self._fitted_to = 0
        self._section: int | None = None  # the chapter asked for; kept in view while pictures are fitted
        self.browser.verticalScrollBar().actionTriggered.connect(self._on_scroll_bar_action_triggered)
        self.browser.viewport().installEventFilter(self)
        self.load()
        self.resize(fitted(MANUAL_SIZE, available_area(self)))

    def load(self) -> None:
        source = self.folder / MANUAL_FILE
        if not source.is_file():
            self.browser.setPlainText(self.tr("The manual is missing from this installation (%1).")
                                      .replace("%1", str(source)))
            return
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(source)), QTextDocument.ResourceType.MarkdownResource)
        self._build_contents()

    def _build_contents(self) -> None:
        """Chapters and their sections; a single title heading above the chapters is left out."""
        self.contents.clear()
        self.headings.clear()
        found: list[tuple[int, str, int]] = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                text = block.text().strip()
                self.headings.setdefault(slug(text), block.position())
                found.append((level, text, block.position()))
            block = block.next()
        levels = [level for level, _text, _position in found]
        repeated = [level for level in set(levels) if levels.count(level) > 1]
        top = min(repeated or levels or [1])
        parents: dict[int, QTreeWidgetItem] = {}
        for level, text, position in found:
            if not top <= level < top + CONTENTS_LEVELS:
                continue
            item = QTreeWidgetItem([text])
            item.setData(0, _POSITION, position)
            owner = parents.get(level - 1)
            if owner is None:
                self.contents.addTopLevelItem(item)
            else:
                owner.addChild(item)
            parents[level] = item
        self.contents.expandToDepth(0)

    def fit_images(self) -> None:
        """Show pictures wider than the text column smoothly scaled to its width (the pictures are screenshots)."""
        document = self.browser.document()
        room = int(self.browser.viewport().width() - 2 * document.documentMargin() - 4)
        if room <= 100 or room == self._fitted_to:
            return
        self._fitted_to = room
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    self._fit_image(fragment.position(), fragment.length(), QTextImageFormat(fragment.charFormat()),
                                    room)
                fragments += 1
            block = block.next()
        if self._section is not None:
            self._scroll_to(self._section)

    def _fit_image(self, position: int, length: int, image: QTextImageFormat, room: int) -> None:
        document = self.browser.document()
        original = str(image.property(ORIGINAL_NAME) or image.name())
        natural = _as_image(document.resource(QTextDocument.ResourceType.ImageResource, QUrl(original)))
        if natural is None:
            return
        name = original
        if natural.width() > room:
            name = f"scaled:{room}/{original}"  # an absolute URL: the document does not resolve it against the file
            scaled = natural.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), scaled)
        if name == image.name():
            return
        image.setProperty(ORIGINAL_NAME, original)
        image.setName(name)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
        return super().eventFilter(watched, event)

    @Slot(int)
    def _on_scroll_bar_action_triggered(self, _action: int) -> None:
        self._section = None  # the reader scrolls on: stop holding the chapter in view

    def show_section(self, anchor: str) -> bool:
        """Scroll to the heading with this anchor (``#`` optional); False when there is none."""
        position = self.headings.get(anchor.lstrip("#"))
        if position is None:
            return False
        self._scroll_to(position)
        return True

    def _scroll_to(self, position: int) -> None:
        self._section = position
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        top = self.browser.document().documentLayout().blockBoundingRect(cursor.block()).top()
        self.browser.verticalScrollBar().setValue(int(top))

    @Slot(QTreeWidgetItem)
    def _on_contents_item_activated(self, item: QTreeWidgetItem) -> None:
        self._scroll_to(int(item.data(0, _POSITION)))

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.show_section(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    @Slot()
    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        found = self.browser.find(text)
        if not found:  # from the top again
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.not_found.setText("" if found else self.tr("Not found"))
