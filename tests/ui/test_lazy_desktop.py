"""Lazy desktop start (issue 10): the first screen imports only what it shows. Each start is a fresh interpreter,
so ``sys.modules`` tells exactly what it imported. Not timed: benchmarks/bench_desktop.py measures the time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from bwi_vouchers.services import Services
from bwi_vouchers.ui.pages import PAGES

HEAVY = ("alembic", "docxtpl", "openpyxl", "docx", "PySide6.QtCharts", "bwi_vouchers.ui.editor.window",
         "bwi_vouchers.services.reports", "bwi_vouchers.ui.pages.reports", "bwi_vouchers.ui.pages.settings",
         "bwi_vouchers.ui.pages.budget", "bwi_vouchers.ui.pages.dashboard")

SCRIPT = f"""
import json, os, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bwi_vouchers.app import open_database
from bwi_vouchers.ui.main import build_window
from bwi_vouchers.ui.settings import Settings
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
settings.page = "applications"
window = build_window(open_database(sys.argv[1]), "admin", settings=settings)
window.show()
app.processEvents()
page = window.pages["applications"]
loaded = [m for m in {HEAVY!r} if m in sys.modules]
window.context.events.application_open_requested.emit(sys.argv[3])
import time
limit = time.monotonic() + 120  # the editor is imported and built a portion per turn of the event loop
while window.editors.last is None and time.monotonic() < limit:
    app.processEvents()
print(json.dumps({{"rows": page.table.model().rowCount(), "loaded": loaded,
                  "editor": "bwi_vouchers.ui.editor.window" in sys.modules}}))
sys.stdout.flush()
os._exit(0)
"""


def test_the_list_start_imports_nothing_it_does_not_show(ui_services: Services, tmp_path: Path) -> None:
    ui_services.demo.load("admin", applications=40, seed=2)
    reference = ui_services.listing.rows()[0].reference
    path = ui_services.database.sqlite_path()
    ui_services.database.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "s.ini"), reference],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    assert result["rows"] > 0
    assert result["editor"]  # opening an application brings the editor in


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_sidebar_titles_are_the_pages_own(make_window, language: str) -> None:
    from bwi_vouchers.ui import i18n

    app = QCoreApplication.instance()
    translators = i18n.install(app, language)  # type: ignore[arg-type]
    try:
        window = make_window()
        for row, entry in enumerate(PAGES):
            assert window.sidebar.item(row).text() == window.pages[entry.key].title() == entry.title()
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]
        i18n.install(app, "en")  # type: ignore[arg-type]


def test_a_page_is_built_when_first_shown(make_window) -> None:
    window = make_window()
    assert not window.pages.built("reports")
    window.show_page("reports")
    assert window.pages.built("reports")
    assert window.current_page() is window.pages["reports"]
    assert list(window.pages) == [entry.key for entry in PAGES]
