"""Qt translations: English source strings; German ships compiled (``resources/translations/*.qm``).

The ``.qm`` is kept in the repository and in every build, so the program speaks German from the first
start without any tool; ``resources/translations/update_de.py`` regenerates it from the ``.ts`` and a test
fails when the shipped ``.qm`` is not what the ``.ts`` compiles to.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bwi_vouchers import paths

DOMAIN = "bwi_vouchers"
log = logging.getLogger(__name__)


def qm_file(language: str) -> Path:
    """The compiled translation shipped for a language."""
    return paths.translations_dir() / f"{DOMAIN}_{language}.qm"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translator and Qt's own (dialog buttons) for the language; English only its plurals."""
    translators: list[QTranslator] = []
    if language == "en":
        # the source texts are English; only the sentences with a count (%n) need their singular and plural
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = QTranslator(app)
        if plurals.load(str(qm_file("en"))):
            app.installTranslator(plurals)
            translators.append(plurals)
        else:
            log.warning("translation %s could not be loaded", qm_file("en"))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    ours = QTranslator(app)
    qm = qm_file(language)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation %s could not be loaded", qm)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.German), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
