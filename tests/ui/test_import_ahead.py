"""The pages' modules are imported ahead on a thread of their own, so that a page's first visit only builds it."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from bwi_vouchers.ui.pages import PAGES, import_ahead
before = {e.module for e in PAGES if f"bwi_vouchers.ui.pages.{e.module}" in sys.modules}
thread = import_ahead(PAGES)
thread.join(60)
missing = [e.module for e in PAGES if f"bwi_vouchers.ui.pages.{e.module}" not in sys.modules]
print(sorted(before), missing, thread.name, "openpyxl" in sys.modules)
"""


def test_every_page_module_is_imported_on_another_thread() -> None:
    found = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[] [] import-pages-ahead True"


WAITING = """
import sys, threading, time
from bwi_vouchers.ui.pages import PAGES, import_ahead
user_paused = threading.Event()
thread = import_ahead(PAGES, lambda seconds: user_paused.is_set())
time.sleep(0.5)
while_typing = "openpyxl" in sys.modules or any(f"bwi_vouchers.ui.pages.{e.module}" in sys.modules for e in PAGES)
user_paused.set()
thread.join(60)
print(while_typing, "openpyxl" in sys.modules)
"""


def test_the_imports_wait_while_the_user_types() -> None:
    found = subprocess.run([sys.executable, "-c", WAITING], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "False True"
