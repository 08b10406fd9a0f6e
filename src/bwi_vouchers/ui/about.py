"""Über bwi-vouchers: version, the versions of Python, Qt, PySide6 and SQLAlchemy, the database and the folders."""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bwi_vouchers import __version__
from bwi_vouchers.logs import log_path
from bwi_vouchers.paths import user_data_dir

OS = "OS"


def _distribution_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # a frozen bundle may carry no metadata
        module = sys.modules.get(name.lower())
        return str(getattr(module, "__version__", "?"))


def versions() -> list[tuple[str, str]]:
    """(name, version) of the program and what it runs on, for About and for crash details."""
    return [
        ("bwi-vouchers", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", _distribution_version("SQLAlchemy")),
        (OS, platform.platform(terse=True)),
    ]


def versions_text() -> str:
    return "\n".join(f"{name}: {version}" for name, version in versions())


def folder_link(folder: Path, text: str | None = None) -> str:
    """A rich-text link that opens the folder in the file manager (QLabel with openExternalLinks)."""
    shown = (text or str(folder)).replace("&", "&amp;").replace("<", "&lt;")
    return f'<a href="{QUrl.fromLocalFile(str(folder)).toString()}">{shown}</a>'


class AboutDialog(QDialog):
    def __init__(self, *, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About bwi-vouchers"))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>bwi-vouchers {__version__}</h2>"
                         + self.tr("Internationalisation vouchers of Baden-Württemberg International (bw-i)"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        for name, version in versions()[1:]:  # the program's own version is in the heading
            form.addRow((self.tr("Operating system") if name == OS else name) + ":", self._label(version))
        self.database_label = self._label(database)
        form.addRow(self.tr("Database:"), self.database_label)
        self.log_label = self._label(folder_link(log_path().parent), link=True)
        form.addRow(self.tr("Log folder:"), self.log_label)
        self.data_label = self._label(folder_link(user_data_dir()), link=True)
        form.addRow(self.tr("Data folder:"), self.data_label)
        layout.addLayout(form)
        self._database = database
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy information"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _label(text: str, *, link: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if link:
            label.setOpenExternalLinks(True)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def text(self) -> str:
        """Everything the dialog shows, as plain text (what "Copy information" puts on the clipboard)."""
        return "\n".join([versions_text(), f"Database: {self._database}", f"Log: {log_path()}",
                          f"Data: {user_data_dir()}"])

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))
