"""Write scripts/smoke_import_good.xlsx and smoke_import_bad.xlsx, the import files of scripts/smoke_bundle.py.

    .venv/bin/python scripts/make_smoke_import.py

One measure and applications whose companies have foreign VAT IDs (good: Austrian and Czech, valid check digits)
or a German one with a wrong check digit (bad). The received date lies in the past for good.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from bwi_vouchers.exchange.columns import APPLICATIONS, MEASURES

HERE = Path(__file__).resolve().parent
MEASURE = {"Maßnahme": "M-2027-901", "Titel": "Markterkundungsreise Japan", "Art": "Markterkundungsreise",
           "Zielland": "Japan", "Ort": "Tokio", "Beginn": "04.05.2027", "Ende": "08.05.2027", "Themenfeld": "6"}
APPLICATION = {"Straße": "Königstraße 1", "PLZ": "70173", "Ort": "Stuttgart", "Sitz/Niederlassung in BW": "ja",
               "Beschäftigte (JAE)": "12,5", "Jahresumsatz (EUR)": "1.500.000,00", "Bilanzsumme (EUR)": 800000,
               "Cluster/Netzwerk": "Photonics BW", "Mitglied seit": "01.01.2024", "Themenfeld": 6,
               "Maßnahme": "M-2027-901", "Antragseingang": "01.12.2026", "Förderfähige Kosten (EUR)": "5.400,00",
               "Ansprechpartner": "Erika Mustermann", "E-Mail": "erika@example.com"}


def write(path: Path, vat_ids: list[str], name: str) -> None:
    book = Workbook()
    book.remove(book.active)
    measures = book.create_sheet(MEASURES.name)
    measures.append(list(MEASURES.headers))
    measures.append([MEASURE.get(header) for header in MEASURES.headers])
    applications = book.create_sheet(APPLICATIONS.name)
    applications.append(list(APPLICATIONS.headers))
    for number, vat_id in enumerate(vat_ids, start=1):
        row = APPLICATION | {"Unternehmen": f"{name} {number} GmbH", "USt-IdNr.": vat_id}
        applications.append([row.get(header) for header in APPLICATIONS.headers])
    book.save(path)


if __name__ == "__main__":
    write(HERE / "smoke_import_good.xlsx", ["ATU13585627", "CZ25123891"], "Smoke")
    write(HERE / "smoke_import_bad.xlsx", ["DE136695977"], "Falsch")  # another company: not "already imported"
