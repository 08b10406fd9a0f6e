"""The bad-input corpus: each case a command line (and the input file it needs, built here) and the German
words its refusal must contain. ``test_corpus`` runs every case and checks: exit 1, the message, no
traceback, and the database unchanged (table contents, or the file's bytes for a file that is not ours)."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from docx import Document

from tests.conftest import World
from tests.documents.helpers import decided
from tests.exchange.helpers import GOOD, MEASURE, workbook

Build = Callable[[World, Path], list[str]]


@dataclass(frozen=True)
class Case:
    name: str
    build: Build  # makes the input files in the folder and returns the arguments after "--db DB"
    expect: str  # a fragment of the German message (stdout + stderr)
    user: str = "admin"
    other_db: Callable[[World, Path], Path] | None = None  # run against this file instead; its bytes must stay


def application_row(world: World, tmp: Path, **cells: Any) -> list[str]:
    """An import of one application row (for the known measure M-2026-101) with the given cells."""
    world.measure("M-2026-101")
    return ["import", str(workbook(tmp / "a.xlsx", applications=[{**GOOD, **cells}]))]


def measure_row(tmp: Path, **cells: Any) -> list[str]:
    return ["import", str(workbook(tmp / "m.xlsx", measures=[{**MEASURE, **cells}]))]


def template_folder(tmp: Path, text: str) -> Path:
    """A letter-template folder whose approval letter holds ``text``."""
    folder = tmp / "vorlagen"
    folder.mkdir()
    document = Document()
    document.add_paragraph(text)
    document.save(str(folder / "approval.docx"))
    return folder


def letters_with(text: str) -> Build:
    def build(world: World, tmp: Path) -> list[str]:
        decided(world)
        (tmp / "briefe").mkdir()
        return ["letters", str(tmp / "briefe"), "--status", "approved", "--templates", str(template_folder(tmp, text))]
    return build


def copy_db(world: World, tmp: Path) -> Path:
    path = world.database.sqlite_path()
    assert path is not None
    target = tmp / "copy.db"
    with closing(sqlite3.connect(str(path))) as source, closing(sqlite3.connect(str(target))) as copy:
        source.backup(copy)
    return target


def newer_db(world: World, tmp: Path) -> Path:
    path = copy_db(world, tmp)
    with closing(sqlite3.connect(str(path))) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    return path


def damaged_db(world: World, tmp: Path) -> Path:
    path = copy_db(world, tmp)
    with path.open("r+b") as stream:  # 8 KB overwritten in the middle of the tables
        stream.seek(8 * 4096)
        stream.write(b"\xff" * 8192)
    return path


def foreign_db(world: World, tmp: Path) -> Path:
    path = tmp / "notizen.db"
    with closing(sqlite3.connect(str(path))) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('Einkaufsliste')")
        connection.commit()
    return path


def text_file(world: World, tmp: Path) -> Path:
    path = tmp / "text.db"
    path.write_text("Das ist keine Datenbank.\n" * 100)
    return path


def file_of(name: str, content: bytes) -> Build:
    def build(world: World, tmp: Path) -> list[str]:
        (tmp / name).write_bytes(content)
        return ["import", str(tmp / name)]
    return build


def _weber_exists(world: World, tmp: Path) -> list[str]:
    from bwi_vouchers.domain.enums import Role

    world.services.users.add("admin", "weber", roles=frozenset({Role.CLERK}))
    return ["user", "add", "WEBER", "--roles", "clerk"]


def _xlsx_without_sheets(world: World, tmp: Path) -> list[str]:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Tabelle1"
    book.save(str(tmp / "leer.xlsx"))
    return ["import", str(tmp / "leer.xlsx")]


def _zip_bomb_like(world: World, tmp: Path) -> list[str]:
    with zipfile.ZipFile(tmp / "gross.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * 5_000_000 + b">")
    return ["import", str(tmp / "gross.xlsx")]


CASES: tuple[Case, ...] = (
    # -- plausible values in the import
    Case("receipt in year 1", lambda w, t: application_row(w, t, **{"Antragseingang": "01.01.0001"}),
         "Spalte „Antragseingang“: Das Datum 01.01.0001 ist nicht plausibel"),
    Case("receipt 1899", lambda w, t: application_row(w, t, **{"Antragseingang": "31.12.1899"}),
         "Spalte „Antragseingang“: Das Datum 31.12.1899 ist nicht plausibel"),
    Case("receipt 1950 as a real date cell",
         lambda w, t: application_row(w, t, **{"Antragseingang": datetime(1950, 1, 2)}),
         "Spalte „Antragseingang“: Das Datum 02.01.1950 ist nicht plausibel"),
    Case("receipt as a time of day", lambda w, t: application_row(w, t, **{"Antragseingang": time(0, 0)}),
         "Spalte „Antragseingang“: „00:00“ ist eine Uhrzeit, kein Datum"),
    Case("receipt 31 February", lambda w, t: application_row(w, t, **{"Antragseingang": "31.02.2026"}),
         "Spalte „Antragseingang“: „31.02.2026“ ist kein Datum"),
    Case("receipt in the future", lambda w, t: application_row(w, t, **{"Antragseingang": "01.03.2099"}),
         "Spalte „Antragseingang“: Antragseingang: das Datum 01.03.2099 muss zwischen"),
    Case("member since 1899", lambda w, t: application_row(w, t, **{"Mitglied seit": "30.12.1899"}),
         "Spalte „Mitglied seit“: Das Datum 30.12.1899 ist nicht plausibel"),
    Case("negative costs", lambda w, t: application_row(w, t, **{"Förderfähige Kosten (EUR)": "-5,00"}),
         "Spalte „Förderfähige Kosten (EUR)“: „-5,00“ darf nicht negativ sein"),
    Case("costs not a number", lambda w, t: application_row(w, t, **{"Förderfähige Kosten (EUR)": "viel"}),
         "„viel“ ist kein Betrag"),
    Case("huge costs", lambda w, t: application_row(w, t, **{"Förderfähige Kosten (EUR)": "9" * 20}),
         "unplausibel"),
    Case("staff as text", lambda w, t: application_row(w, t, **{"Beschäftigte (JAE)": "zwölf"}),
         "Spalte „Beschäftigte (JAE)“: „zwölf“ ist keine Zahl"),
    Case("postcode of four digits", lambda w, t: application_row(w, t, **{"PLZ": "7017"}),
         "Spalte „PLZ“: „7017“ ist keine fünfstellige Postleitzahl"),
    Case("bad e-mail", lambda w, t: application_row(w, t, **{"E-Mail": "erika(at)example"}),
         "Spalte „E-Mail“: „erika(at)example“ ist keine E-Mail-Adresse"),
    Case("unknown target field", lambda w, t: application_row(w, t, **{"Themenfeld": 19}),
         "Spalte „Themenfeld“: „19“ ist kein Zielfeld"),
    Case("unknown cluster", lambda w, t: application_row(w, t, **{"Cluster/Netzwerk": "Gibt es nicht e.V."}),
         "ist nicht registriert"),
    Case("unknown measure", lambda w, t: ["import", str(workbook(t / "a.xlsx", applications=[GOOD]))],
         "Spalte „Maßnahme“: Maßnahme „M-2026-101“ ist nicht bekannt"),
    Case("seat not yes/no", lambda w, t: application_row(w, t, **{"Sitz/Niederlassung in BW": "vielleicht"}),
         "„vielleicht“ – bitte „ja“ oder „nein“"),
    # -- clean text in the import
    Case("right-to-left override in a company name",
         lambda w, t: application_row(w, t, **{"Unternehmen": "Firma \u202eHbmG\u202c"}),
         "Spalte „Unternehmen“: Das Feld „Name“ enthält ein unsichtbares Steuerzeichen für die Schreibrichtung "
         "(U+202E)"),
    Case("isolate in a city", lambda w, t: application_row(w, t, **{"Ort": "Stutt\u2066gart"}),
         "Spalte „Ort“: Das Feld „Ort“ enthält ein unsichtbares Steuerzeichen"),
    Case("line break in a company name", lambda w, t: application_row(w, t, **{"Unternehmen": "Firma\nGmbH"}),
         "Spalte „Unternehmen“: Das Feld „Name“ darf keinen Zeilenumbruch enthalten"),
    # (a workbook cannot hold C0 control characters other than tab and line breaks)
    Case("tab in a company name", lambda w, t: application_row(w, t, **{"Unternehmen": "Firma\tGmbH"}),
         "Spalte „Unternehmen“: Das Feld „Name“ enthält ein Steuerzeichen (U+0009)"),
    Case("carriage return in a contact name", lambda w, t: application_row(w, t, **{"Ansprechpartner": "Erika\rM"}),
         "Spalte „Ansprechpartner“: Das Feld „Ansprechpartner“ darf keinen Zeilenumbruch enthalten"),
    Case("C1 control in a street", lambda w, t: application_row(w, t, **{"Straße": "Königstraße\x9b1"}),
         "Spalte „Straße“: Das Feld „Straße“ enthält ein Steuerzeichen (U+009B)"),
    Case("zero-width only company name", lambda w, t: application_row(w, t, **{"Unternehmen": "\u200b\u200b"}),
         "Spalte „Unternehmen“: Das Feld „Name“ fehlt"),
    # -- measures in the import
    Case("country XX", lambda w, t: measure_row(t, **{"Zielland": "XX"}),
         "Spalte „Zielland“: „XX“ ist kein Ländercode nach ISO 3166"),
    Case("country not a country", lambda w, t: measure_row(t, **{"Zielland": "Atlantis"}),
         "Spalte „Zielland“: „Atlantis“ ist kein Land"),
    Case("measure starting 1899", lambda w, t: measure_row(t, **{"Beginn": "31.12.1899"}),
         "Spalte „Beginn“: Das Datum 31.12.1899 ist nicht plausibel"),
    Case("measure ending 9999", lambda w, t: measure_row(t, **{"Ende": datetime(9999, 12, 31)}),
         "Spalte „Ende“: Das Datum 31.12.9999 ist nicht plausibel"),
    Case("measure ends before it starts", lambda w, t: measure_row(t, **{"Ende": "01.05.2026"}),
         "Spalte „Ende“: Ende: das Ende 01.05.2026 liegt vor dem Beginn 04.05.2026"),
    Case("measure type unknown", lambda w, t: measure_row(t, **{"Art": "Kaffeefahrt"}),
         "Spalte „Art“: „Kaffeefahrt“ ist nicht zulässig"),
    Case("measure title with a bidi override", lambda w, t: measure_row(t, **{"Titel": "Reise \u202dnach Japan"}),
         "Spalte „Titel“: Das Feld „Titel“ enthält ein unsichtbares Steuerzeichen"),
    Case("measure by a clerk", lambda w, t: measure_row(t), "nur die Administration legt Maßnahmen an", user="clerk"),
    Case("cluster by a clerk",
         lambda w, t: ["import", str(workbook(t / "c.xlsx", clusters=[{"Name": "Quantum BW",
                                                                       "Art": "Landesweites Netzwerk"}]))],
         "Cluster und Netzwerke legen nur Administratoren an", user="clerk"),
    Case("cluster name with a line break",
         lambda w, t: ["import", str(workbook(t / "c.xlsx", clusters=[{"Name": "Quantum\r\nBW",
                                                                       "Art": "Landesweites Netzwerk"}]))],
         "Spalte „Name“: Das Feld „Name“ darf keinen Zeilenumbruch enthalten"),
    # -- broken files
    Case("not an xlsx name", file_of("daten.csv", b"a;b\n1;2\n"), "daten.csv ist keine lesbare Excel-Arbeitsmappe"),
    Case("random bytes", file_of("kaputt.xlsx", b"\x00\x01 nonsense" * 50), "keine lesbare Excel-Arbeitsmappe"),
    Case("empty file", file_of("leer.xlsx", b""), "ist leer"),
    Case("old excel format", file_of("alt.xlsx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600),
         "Excel"),
    Case("missing file", lambda w, t: ["import", str(t / "fehlt.xlsx")], "existiert nicht"),
    Case("workbook without our sheets", _xlsx_without_sheets, "enthält keines der Blätter"),
    Case("zip with a huge member", _zip_bomb_like, "Excel-Arbeitsmappe"),
    # -- users
    Case("escape codes in a display name",
         lambda w, t: ["user", "add", "mueller", "--name", "\x1b[2J\x1b[31mMüller", "--roles", "clerk"],
         "Das Feld „Name“ enthält ein Steuerzeichen (U+001B)"),
    Case("bidi override in a display name",
         lambda w, t: ["user", "add", "mueller", "--name", "Mül\u202eler", "--roles", "clerk"],
         "Schreibrichtung (U+202E)"),
    Case("login differing only in case", _weber_exists, "Der Benutzer „weber“ existiert bereits"),
    Case("login with a space", lambda w, t: ["user", "add", "a b", "--roles", "clerk"], "kein gültiger Anmeldename"),
    Case("login with an escape", lambda w, t: ["user", "add", "a\x1bb", "--roles", "clerk"],
         "kein gültiger Anmeldename"),
    Case("unknown role", lambda w, t: ["user", "add", "neu", "--roles", "chef"], "„chef“ ist keine Rolle"),
    Case("user added by a clerk", lambda w, t: ["user", "add", "neu", "--roles", "clerk"],
         "nicht die dafür nötige Rolle", user="clerk"),
    Case("unknown acting user", lambda w, t: ["budget", "set", "2026", "Landesmittel", "100"],
         "ist nicht angelegt", user="niemand"),
    # -- lifecycle and budget
    Case("unknown reference", lambda w, t: ["move", "IG-2026-9999", "--to", "in_review"], "existiert nicht"),
    Case("unknown status", lambda w, t: ["move", "IG-2026-0001", "--to", "genehmigt"], "„genehmigt“ ist kein Status"),
    Case("reason with a bidi override",
         lambda w, t: ["move", "IG-2026-0001", "--to", "rejected", "--reason", "abgelehnt \u202e"],
         "Das Feld „Begründung“ enthält ein unsichtbares Steuerzeichen"),
    Case("reason with an escape", lambda w, t: ["move", "IG-2026-0001", "--to", "rejected", "--reason", "x\x1b[0m"],
         "Das Feld „Begründung“ enthält ein Steuerzeichen"),
    Case("costs with three decimals", lambda w, t: ["move", "IG-2026-0001", "--to", "proof_received",
                                                    "--costs", "1,234"], "„1,234“ ist kein Betrag"),
    Case("budget year 1899", lambda w, t: ["budget", "set", "1899", "Landesmittel", "100"], "außerhalb von 2000–2100"),
    Case("budget negative", lambda w, t: ["budget", "set", "2026", "Landesmittel", "-5"], "negativ"),
    Case("budget unknown source", lambda w, t: ["budget", "set", "2026", "Lotto", "100"], "keine Mittelherkunft"),
    Case("budget amount text", lambda w, t: ["budget", "set", "2026", "Landesmittel", "viel"], "kein Betrag"),
    Case("check unknown reference", lambda w, t: ["check", "IG-1999-0001"], "existiert nicht"),
    Case("demo into a filled database", lambda w, t: (w.measure(), w.application(w.company(), "M-2026-001"),
                                                       ["demo", "--applications", "5"])[-1], "bereits"),
    Case("demo with a negative count", lambda w, t: ["demo", "--applications", "-1"], "zwischen 0 und 1.000.000"),
    # -- files written: reports, exports, backups, letters
    Case("report into /proc", lambda w, t: ["report", "/proc/bericht.xlsx"], "kann nicht geschrieben werden"),
    Case("export into /proc", lambda w, t: ["export", "/proc/liste.xlsx"], "kann nicht geschrieben werden"),
    Case("report into a missing folder", lambda w, t: ["report", str(t / "fehlt" / "b.xlsx")],
         "Ordner existiert nicht"),
    Case("export as .csv", lambda w, t: ["export", str(t / "liste.csv")], "Endung .xlsx"),
    Case("template into /proc", lambda w, t: ["template", "/proc/vorlage.xlsx"], "kann nicht geschrieben werden"),
    Case("backup into /proc", lambda w, t: ["backup", "/proc/sicherung.db"], "Die Sicherung nach /proc/sicherung.db"),
    Case("backup over an existing file", lambda w, t: (t.joinpath("da.db").write_text("x"),
                                                        ["backup", str(t / "da.db")])[-1], "existiert bereits"),
    Case("letters under a file", lambda w, t: (t.joinpath("datei").write_text("x"),
                                               ["letters", str(t / "datei" / "briefe"), "--status", "approved"])[-1],
         "kann nicht angelegt werden: ein Teil des Pfads ist kein Ordner"),
    Case("letter template with include", letters_with("{% include 'andere.docx' %}"), "Briefvorlage"),
    Case("letter template with a huge range",
         letters_with("{% for i in range(10**9) %}x{% endfor %}"), "Briefvorlage"),
    Case("letter template repeating a text a billion times", letters_with("{{ 'x' * 10**9 }}"), "Briefvorlage"),
    Case("letter template with a huge power", letters_with("{{ 7 ** 99999 }}"), "Briefvorlage"),
    Case("letter template with nested loops", letters_with(
        "{% for i in range(999) %}{% for j in range(999) %}{% for k in range(999) %}x{% endfor %}{% endfor %}"
        "{% endfor %}"), "Briefvorlage"),
    Case("letter template reaching into Python", letters_with("{{ reference.__class__.__mro__ }}"), "Briefvorlage"),
    Case("letter template with an unknown field", letters_with("{{ gibt_es_nicht }}"), "Briefvorlage"),
    Case("letter template folder missing",
         lambda w, t: (decided(w), t.joinpath("b").mkdir(),
                       ["letters", str(t / "b"), "--status", "approved", "--templates", str(t / "nix")])[-1],
         "Briefvorlage"),
    # -- the database itself
    Case("a URL of no known kind", lambda w, t: ["--db", "foo://bar", "budget", "show"],
         "weder ein Dateipfad noch eine bekannte Datenbankadresse"),
    Case("another database server than PostgreSQL", lambda w, t: ["--db", "mysql://u@127.0.0.1/x", "budget", "show"],
         "Datenbanken vom Typ „mysql“ werden nicht unterstützt"),
    Case("a database newer than the program", lambda w, t: ["budget", "show"],
         "Diese Datenbank ist neuer als das Programm (Revision 9999_from_the_future); bitte das Programm "
         "aktualisieren.",
         other_db=newer_db),
    Case("another program's database", lambda w, t: ["budget", "show"], "keine Datenbank dieses Programms",
         other_db=foreign_db),
    Case("a text file as database", lambda w, t: ["budget", "show"], "keine SQLite-Datenbank", other_db=text_file),
    Case("a damaged database, a write", lambda w, t: ["budget", "set", "2027", "Landesmittel", "5"], "beschädigt",
         other_db=damaged_db),
    Case("a damaged database, a backup", lambda w, t: ["backup", str(t / "sicherung.db")], "beschädigt",
         other_db=damaged_db),
    Case("a damaged database, a report", lambda w, t: ["report", str(t / "bericht.xlsx")], "beschädigt",
         other_db=damaged_db),
)
