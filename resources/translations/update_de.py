"""Refresh the German translation: extract tr() strings with lupdate, fill them from de/*.tsv, compile.

    .venv/bin/python resources/translations/update_de.py

Each ``de/*.tsv`` line is ``English source<TAB>German text`` (one file per page or area, so that
people working on different pages do not edit the same file). Strings without a German text stay
'unfinished' in the .ts; a test lists them.

A count in a sentence is Qt's ``%n`` (``self.tr("%n applications exported.", "", count)``); its German text
gives the singular and the plural separated by ``|``: ``%n Antrag exportiert.|%n Anträge exportiert.``.
English needs those two forms too (the source text is only one of them): ``en/*.tsv`` holds them the same
way, and the script writes ``bwi_vouchers_en.ts``/``.qm`` with the plural messages only (``lupdate
-pluralonly``), which the English program loads.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "bwi_vouchers_de.ts"
QM = TS.with_suffix(".qm")
TS_EN = HERE / "bwi_vouchers_en.ts"
QM_EN = TS_EN.with_suffix(".qm")
PLURAL_SEPARATOR = "|"


def glossary(language: str = "de") -> dict[str, str]:
    mapping: dict[str, str] = {}
    for path in sorted((HERE / language).glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 2 and row[0] and not row[0].startswith("#"):
                    mapping[row[0].replace("\\n", "\n")] = row[1].replace("\\n", "\n")
    return mapping


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found")
    return found


def fill(ts: Path, mapping: dict[str, str]) -> list[str]:
    """Put the texts into the .ts; the sources that have none (or a plural without its two forms)."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = mapping.get(source)
        if message.get("numerus") == "yes":
            forms = text.split(PLURAL_SEPARATOR) if text else []
            if len(forms) != 2:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif text:
            translation.text = text
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "bwi_vouchers" / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(TS)], check=True)
    missing = fill(TS, glossary("de"))
    subprocess.run([tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-pluralonly", "-target-language", "en_GB",
                    *sources, "-ts", str(TS_EN)], check=True)
    missing_en = fill(TS_EN, glossary("en"))
    subprocess.run([tool("lrelease"), "-silent", str(TS_EN), "-qm", str(QM_EN)], check=True)
    for source in missing:
        print(f"no German text: {source!r}")
    for source in missing_en:
        print(f"no English plural forms: {source!r}")
    return 1 if missing or missing_en else 0


if __name__ == "__main__":
    raise SystemExit(main())
