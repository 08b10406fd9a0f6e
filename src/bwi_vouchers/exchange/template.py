"""The empty import template: an instruction sheet and the three data sheets with their exact headers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from bwi_vouchers.exchange.cells import HEADER_ALIGN, HEADER_FILL, HEADER_FONT, clean_text, save_workbook
from bwi_vouchers.exchange.columns import IMPORT_SHEETS, Column, Kind, SheetSpec

GUIDE = "Anleitung"
VALIDATED_ROWS = 10_000
CHOICES = {
    ("Cluster", "Art"): ("Cluster-Initiative", "Landesweites Netzwerk"),
    ("Maßnahmen", "Art"): ("Markterkundungsreise", "Kooperationsbörse", "Standortpräsentation"),
}
STEPS = (
    "So importieren Sie Anträge (und bei Bedarf Cluster und Maßnahmen) aus Excel:",
    "1. Füllen Sie die Blätter „Cluster“ (optional), „Maßnahmen“ (optional) und „Anträge“ aus – eine Zeile je "
    "Datensatz, ab Zeile 2. Die Überschriften in Zeile 1 nicht ändern, keine Spalten hinzufügen.",
    "2. Daten als Datum (01.03.2026), Beträge als Zahl oder deutscher Text (2.500,00), ja/nein als „ja“ oder „nein“.",
    "3. Probelauf: bwi-vouchers import DATEI.xlsx --dry-run – prüft alles und ändert nichts. Jede Zeile wird mit "
    "Blatt und Zeilennummer gemeldet: die Referenz, die sie bekäme, „bereits importiert“ oder Spalte und Grund, "
    "warum sie nicht gelesen werden kann.",
    "4. Import: bwi-vouchers import DATEI.xlsx – übernimmt alle lesbaren Zeilen in einem Zug. Zeilen mit Fehlern "
    "werden übersprungen; korrigieren Sie sie und importieren Sie dieselbe Datei erneut: schon importierte Anträge "
    "(gleiches Unternehmen, gleiche Maßnahme, gleicher Antragseingang) werden nicht doppelt angelegt.",
    "Anträge, deren Angaben lesbar sind, die aber Fördervoraussetzungen nicht erfüllen, werden importiert; die "
    "Prüfliste des Antrags zeigt, warum sie nicht förderfähig sind.",
    "Die Datei darf höchstens 20 MB und 100.000 Zeilen haben und nicht kennwortgeschützt sein.",
)


def _style_header(ws: Worksheet, spec: SheetSpec) -> None:
    for index, column in enumerate(spec.columns, start=1):
        cell = ws.cell(row=1, column=index, value=column.header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32


def _validations(ws: Worksheet, spec: SheetSpec) -> None:
    for index, column in enumerate(spec.columns, start=1):
        choices = CHOICES.get((spec.name, column.header))
        if choices is None and column.kind is Kind.YES_NO:
            choices = ("ja", "nein")
        if choices is None:
            continue
        letter = get_column_letter(index)
        rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        rule.error, rule.errorTitle = f"Bitte wählen: {', '.join(choices)}", column.header
        rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
        ws.add_data_validation(rule)


def _format(column: Column) -> str:
    return {Kind.DATE: "Datum", Kind.MONEY: "Betrag in Euro", Kind.DECIMAL: "Zahl", Kind.INTEGER: "ganze Zahl",
            Kind.YES_NO: "ja/nein"}.get(column.kind, "Text")


def _guide(ws: Worksheet, themes: Sequence[tuple[int, str]], clusters: Sequence[str]) -> None:
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 90
    title = ws.cell(row=1, column=1, value="Importvorlage Internationalisierungsgutscheine")
    title.font = Font(bold=True, size=14)
    row = 3
    for step in STEPS:
        ws.cell(row=row, column=1, value=step).alignment = Alignment(wrap_text=False)
        row += 1
    for spec in IMPORT_SHEETS:
        row += 1
        ws.cell(row=row, column=1, value=f"Blatt „{spec.name}“").font = Font(bold=True, size=12)
        ws.cell(row=row + 1, column=1, value=spec.hint)
        row += 2
        for index, label in enumerate(("Spalte", "Pflicht", "Format", "Hinweis"), start=1):
            cell = ws.cell(row=row, column=index, value=label)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for column in spec.columns:
            row += 1
            for index, value in enumerate((column.header, "ja" if column.required else "", _format(column),
                                           column.hint), start=1):
                ws.cell(row=row, column=index, value=value).data_type = "s"
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Zielfelder (Spalte „Themenfeld“)").font = Font(bold=True, size=12)
    for code, name in themes:
        row += 1
        ws.cell(row=row, column=1, value=code)
        ws.cell(row=row, column=2, value=clean_text(name)).data_type = "s"
    row += 2
    ws.cell(row=row, column=1, value="Registrierte Cluster und Netzwerke").font = Font(bold=True, size=12)
    for name in clusters:
        row += 1
        cell = ws.cell(row=row, column=1, value=clean_text(name))
        cell.data_type = "s"
        if cell.value.startswith(("=", "+", "-", "@")):
            cell.quotePrefix = True


def write_template(target: Path, *, themes: Sequence[tuple[int, str]] = (), clusters: Sequence[str] = ()) -> Path:
    """The empty import template with an instruction sheet (which lists target fields and known clusters)."""
    workbook = Workbook()
    guide = workbook.active
    guide.title = GUIDE
    _guide(guide, themes, clusters)
    for spec in IMPORT_SHEETS:
        ws = workbook.create_sheet(spec.name)
        _style_header(ws, spec)
        _validations(ws, spec)
    return save_workbook(workbook, target)
