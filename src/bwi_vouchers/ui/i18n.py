"""Qt translations: English source strings, German shipped as .ts and compiled to .qm when needed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bwi_vouchers.paths import resources_dir, user_data_dir

DOMAIN = "bwi_vouchers"


def ts_file(language: str) -> Path:
    return resources_dir() / "translations" / f"{DOMAIN}_{language}.ts"


def compiled(language: str) -> Path | None:
    """The .qm for a language: shipped next to the .ts, else compiled into the user's data folder."""
    source = ts_file(language)
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    target = user_data_dir() / "translations" / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if lrelease is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=False, timeout=60)
    return target if target.exists() else None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translator and Qt's own (dialog buttons) for the language; English needs none."""
    translators: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qm = compiled(language)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.German), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
