"""Import workbooks for the tests: one dict per row, keyed by the exact German header."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from bwi_vouchers.exchange.columns import APPLICATIONS, CLUSTERS, MEASURES
from tests.documents.helpers import ODD_NAME

GOOD = {"Unternehmen": ODD_NAME, "Registernummer": "Ulm HRB 5001", "Straße": "Königstraße 1", "PLZ": "70173",
        "Ort": "Stuttgart", "Sitz/Niederlassung in BW": "ja", "Beschäftigte (JAE)": "12,5",
        "Jahresumsatz (EUR)": "1.500.000,00", "Bilanzsumme (EUR)": 800000, "Cluster/Netzwerk": "Photonics BW",
        "Mitglied seit": "01.01.2024", "Themenfeld": 6, "Maßnahme": "M-2026-101", "Antragseingang": "01.03.2026",
        "Förderfähige Kosten (EUR)": "5.400,00", "Ansprechpartner": "Erika Mustermann",
        "E-Mail": "erika@example.com"}
MEASURE = {"Maßnahme": "M-2026-101", "Titel": "Markterkundungsreise Japan", "Art": "Markterkundungsreise",
           "Zielland": "Japan", "Ort": "Tokio", "Beginn": "04.05.2026", "Ende": date(2026, 5, 8), "Themenfeld": "6"}


def workbook(path: Path, *, clusters: Sequence[dict[str, Any]] = (), measures: Sequence[dict[str, Any]] = (),
             applications: Sequence[dict[str, Any]] = ()) -> Path:
    """A workbook in the import layout: one dict per data row, keyed by header."""
    book = Workbook()
    book.remove(book.active)
    for spec, rows in ((CLUSTERS, clusters), (MEASURES, measures), (APPLICATIONS, applications)):
        ws = book.create_sheet(spec.name)
        ws.append(list(spec.headers))
        for row in rows:
            ws.append([row.get(h) for h in spec.headers])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # what a user typed as text stays text
    book.save(str(path))
    return path
