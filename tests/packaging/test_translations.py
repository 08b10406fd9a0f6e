"""German ships compiled: the .qm in the repository is what the .ts compiles to, and it loads as it is."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bwi_vouchers import paths

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "bwi_vouchers_de.ts"
QM = TS.with_suffix(".qm")


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease (part of PySide6) is missing from the virtual environment")
    return found


def compile_ts(target: Path) -> bytes:
    subprocess.run([lrelease(), "-silent", str(TS), "-qm", str(target)], check=True, timeout=120)
    return target.read_bytes()


def test_shipped_qm_is_what_the_ts_compiles_to(tmp_path: Path) -> None:
    first = compile_ts(tmp_path / "first.qm")
    second = compile_ts(tmp_path / "second.qm")
    assert first == second, "lrelease is not deterministic; this comparison would prove nothing"
    assert QM.read_bytes() == first, (
        "resources/translations/bwi_vouchers_de.qm is stale: run .venv/bin/python resources/translations/update_de.py")


def test_the_program_reads_the_shipped_qm() -> None:
    assert paths.translations_dir() / QM.name == QM


TS_EN = TS.with_name("bwi_vouchers_en.ts")


def test_shipped_english_plurals_are_what_their_ts_compiles_to(tmp_path: Path) -> None:
    target = tmp_path / "en.qm"
    subprocess.run([lrelease(), "-silent", str(TS_EN), "-qm", str(target)], check=True, timeout=120)
    assert TS_EN.with_suffix(".qm").read_bytes() == target.read_bytes(), (
        "resources/translations/bwi_vouchers_en.qm is stale: run .venv/bin/python resources/translations/update_de.py")


PLURALS = """
import json, sys
from PySide6.QtCore import QCoreApplication
from bwi_vouchers.ui import i18n
app = QCoreApplication(sys.argv[:1])
out = {}
for language in ("de", "en"):
    installed = i18n.install(app, language)
    out[language] = [QCoreApplication.translate("AuditLogPage", "%Ln events shown.", "", n) for n in (0, 1, 2, 12345)]
    for translator in installed:
        app.removeTranslator(translator)
print(json.dumps(out))
"""


def test_counts_take_singular_and_plural_in_both_languages() -> None:
    result = subprocess.run([sys.executable, "-c", PLURALS], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "de": ["0 Einträge angezeigt.", "1 Eintrag angezeigt.", "2 Einträge angezeigt.", "12.345 Einträge angezeigt."],
        "en": ["0 events shown.", "1 event shown.", "2 events shown.", "12,345 events shown."],
    }


# A fresh clone gets the files' times from the checkout, in any order. Whatever they are, German loads from
# the shipped .qm: nothing compiles at run time and no tool needs to be on PATH.
PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
import bwi_vouchers
from bwi_vouchers import paths
from bwi_vouchers.ui import i18n
app = QCoreApplication(sys.argv[:1])
loaded = i18n.install(app, "de")
print(json.dumps({"package": bwi_vouchers.__file__, "translations": str(paths.translations_dir()),
                  "installed": len(loaded),
                  "text": QCoreApplication.translate("ApplicationsPage", "Applications")}))
"""


def test_german_from_a_fresh_copy_whose_qm_is_older_than_its_ts(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "_shipped")
    for folder in ("src", "data", "templates", "resources"):
        shutil.copytree(REPO / folder, clone / folder, ignore=skip)
    ts = clone / "resources" / "translations" / TS.name
    qm = ts.with_suffix(".qm")
    os.utime(ts, (ts.stat().st_mtime + 3600, ts.stat().st_mtime + 3600))
    assert qm.stat().st_mtime < ts.stat().st_mtime
    empty = tmp_path / "no-tools"
    empty.mkdir()
    env = {**os.environ, "PYTHONPATH": str(clone / "src"), "PATH": str(empty), "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert Path(probe["package"]).is_relative_to(clone), probe  # the copy was tested, not the working tree
    assert Path(probe["translations"]) == qm.parent
    assert probe["text"] == "Anträge"
    assert not (tmp_path / "data").exists(), "nothing may be compiled into the user's data folder"
