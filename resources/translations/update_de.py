"""Refresh the German translation: extract tr() strings with lupdate, fill them from de/*.tsv, compile.

    .venv/bin/python resources/translations/update_de.py

Each ``de/*.tsv`` line is ``English source<TAB>German text`` (one file per page or area, so that
people working on different pages do not edit the same file). Strings without a German text stay
'unfinished' in the .ts; a test lists them.
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


def glossary() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for path in sorted((HERE / "de").glob("*.tsv")):
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


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "bwi_vouchers" / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(TS)], check=True)
    mapping = glossary()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        german = mapping.get(source)
        if german:
            translation.text = german
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print(f"no German text: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
