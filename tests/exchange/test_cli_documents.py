"""The command line: template, import (dry run, real, again), export, report and letters, as a user runs them."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from bwi_vouchers.cli import main
from tests.conftest import World
from tests.documents.helpers import Cases
from tests.exchange.helpers import GOOD, MEASURE, workbook


def run(world: World, *args: str, user: str = "clerk") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(world.database.sqlite_path()), "--user", user, *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_template_then_import_dry_run_real_and_again(world: World, tmp_path: Path) -> None:
    code, out, _ = run(world, "template", str(tmp_path / "vorlage.xlsx"))
    assert code == 0 and "Importvorlage geschrieben" in out
    assert load_workbook(tmp_path / "vorlage.xlsx").sheetnames == ["Anleitung", "Cluster", "Maßnahmen", "Anträge"]

    # The command line runs on the real clock: receipt dates in the past.
    rows = [{**GOOD, "Antragseingang": "03.03.2025"},
            {**GOOD, "Registernummer": "Amtsgericht Stuttgart HRB 2", "Antragseingang": "32.13.2025"}]
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=rows)

    code, out, _ = run(world, "import", str(path), "--dry-run", user="admin")  # measures: the admins'
    assert code == 1
    assert out.splitlines() == [
        "Maßnahmen, Zeile 2: M-2026-101 würde angelegt",
        "Anträge, Zeile 2: IG-2025-0001 (Probelauf)",
        "Anträge, Zeile 3: abgelehnt – Spalte „Antragseingang“: „32.13.2025“ ist kein Datum (TT.MM.JJJJ).",
        "Probelauf – es wurde nichts geändert. 3 Zeilen gelesen: 2 würden importiert (davon 1 Antrag), "
        "0 bereits importiert, 1 abgelehnt.",
    ]

    code, out, _ = run(world, "import", str(path), user="admin")
    assert code == 1  # a refused row: exit 1, the good rows are imported all the same
    assert "Anträge, Zeile 2: IG-2025-0001" in out.splitlines()
    assert world.services.applications.get("IG-2025-0001").company_name == GOOD["Unternehmen"]

    code, out, _ = run(world, "import", str(path))
    assert "Anträge, Zeile 2: bereits importiert (IG-2025-0001)" in out.splitlines()
    assert "0 importiert" in out


def test_a_broken_file_is_one_clear_error(world: World, tmp_path: Path) -> None:
    (tmp_path / "kaputt.xlsx").write_bytes(b"nonsense")
    code, out, err = run(world, "import", str(tmp_path / "kaputt.xlsx"))
    assert code == 1 and out == ""
    assert err.startswith("Fehler: Die Datei") and "keine lesbare Excel-Arbeitsmappe" in err


def test_export_report_and_letters(world: World, cases: Cases, tmp_path: Path) -> None:
    code, out, _ = run(world, "export", str(tmp_path / "liste.xlsx"), "--status", "approved,paid", "--year", "2026")
    assert code == 0 and out.startswith("4 Anträge exportiert")

    code, out, _ = run(world, "report", str(tmp_path / "bericht.xlsx"), "--year", "2026")
    assert code == 0 and "Budgetbericht geschrieben" in out

    folder = tmp_path / "briefe"
    folder.mkdir()
    code, out, err = run(world, "letters", str(folder), "--status", "approved")
    assert code == 0, err
    assert f"{cases.approved}: Bewilligung – {cases.approved}_Bewilligung.docx" in out
    assert "3 Briefe geschrieben, 0 nicht geschrieben" in out

    code, out, err = run(world, "letters", str(folder), "--reference", cases.rejected, cases.received)
    assert code == 1
    assert f"{cases.rejected}: Ablehnung" in out
    assert f"{cases.received}: kein Brief" in err
