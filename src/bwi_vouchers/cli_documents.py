"""Command-line commands for documents and spreadsheets: template, import, export, report, letters.

``cli.py`` adds these through ``register``; the conventions are the same: a handler gets the parsed
arguments and the services and returns the exit status (0 done, 1 refused), a ``BwiError`` is printed
as one line on stderr by ``cli.main``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bwi_vouchers.errors import BwiError
from bwi_vouchers.formats import number, plural

if TYPE_CHECKING:  # imported when an import runs: openpyxl is loaded only for spreadsheets
    from bwi_vouchers.services import Services
    from bwi_vouchers.services.importing import ImportReport, RowResult

LETTER_STATUSES = ("approved", "proof_received", "rejected", "paid", "closed", "revoked")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = sub.add_parser("template", parents=[common], help="die leere Importvorlage schreiben (.xlsx)")
    template.add_argument("file", type=Path, metavar="FILE.xlsx")
    template.set_defaults(handler=cmd_template)

    imp = sub.add_parser("import", parents=[common], help="Unternehmen, Maßnahmen und Anträge importieren (.xlsx)")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="jede Zeile prüfen und melden, nichts ändern")
    imp.set_defaults(handler=cmd_import)

    export = sub.add_parser("export", parents=[common], help="die Antragsliste als .xlsx")
    export.add_argument("file", type=Path, metavar="FILE.xlsx")
    export.add_argument("--year", type=int, default=None, help="Haushaltsjahr (Jahr des Maßnahmebeginns)")
    export.add_argument("--status", action="append", default=None, metavar="S",
                        help="nur diese Status (wiederholen oder durch Komma trennen)")
    export.set_defaults(handler=cmd_export)

    report = sub.add_parser("report", parents=[common], help="der Budgetbericht als .xlsx")
    report.add_argument("file", type=Path, metavar="FILE.xlsx")
    report.add_argument("--year", type=int, default=None)
    report.set_defaults(handler=cmd_report)

    letters = sub.add_parser("letters", parents=[common],
                             help="Bewilligungs-, Ablehnungs-, Auszahlungs-, Widerrufs- und Änderungsbescheide, "
                                  "Erinnerungen (.docx)")
    letters.add_argument("dir", type=Path, metavar="DIR")
    letters.add_argument("--status", choices=LETTER_STATUSES, default=None,
                         help="die Briefe für alle Anträge in diesem Status")
    letters.add_argument("--reference", nargs="+", action="extend", default=None, metavar="R",
                         help="die Briefe für diese Anträge")
    letters.add_argument("--reminders", action="store_true",
                         help="Erinnerungen für Verwendungsnachweise, die überfällig oder bald fällig sind")
    letters.add_argument("--days", type=int, default=None, metavar="N",
                         help="mit --reminders: fällig innerhalb von N Tagen (Standard 30)")
    letters.add_argument("--pdf", action="store_true", help="zu jedem Brief auch ein PDF (braucht LibreOffice)")
    letters.add_argument("--templates", type=Path, default=None, metavar="FOLDER",
                         help="eigene Briefvorlagen (approval, rejection, payout, reminder, revocation, "
                              "amendment .docx)")
    letters.set_defaults(handler=cmd_letters)


def cmd_template(args: argparse.Namespace, services: Services) -> int:
    path = services.importing.template(args.file)
    print(f"Importvorlage geschrieben: {path}", file=args.out)
    return 0


def _row_line(row: RowResult, dry_run: bool) -> str:
    from bwi_vouchers.services.importing import RowState

    place = f"{row.sheet}, Zeile {row.row}"
    if row.state is RowState.REFUSED:
        reasons = "; ".join((f"Spalte „{p.column}“: " if p.column else "") + p.message().rstrip(".")
                            for p in row.problems)
        return f"{place}: abgelehnt – {reasons}."
    if row.state is RowState.ALREADY:
        return f"{place}: bereits importiert ({row.key})"
    if row.sheet == "Anträge":
        return f"{place}: {row.key}" + (" (Probelauf)" if dry_run else "")
    return f"{place}: {row.key} " + ("würde angelegt" if dry_run else "angelegt")


def _summary(report: ImportReport) -> str:
    from bwi_vouchers.services.importing import RowState

    imported, already = report.count(RowState.IMPORTED), report.count(RowState.ALREADY)
    applications = report.count(RowState.IMPORTED, "Anträge")
    verb = "würden importiert" if report.dry_run else "importiert"
    rows = plural(len(report.rows), de=("{n} Zeile", "{n} Zeilen"))
    text = (f"{rows} gelesen: {number(imported)} {verb} (davon "
            f"{plural(applications, de=('{n} Antrag', '{n} Anträge'))}), {number(already)} bereits importiert, "
            f"{number(report.refused)} abgelehnt.")
    if report.dry_run:
        return "Probelauf – es wurde nichts geändert. " + text
    return text


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    report = services.importing.run(actor.login, args.file, dry_run=args.dry_run)
    for row in report.rows:
        print(_row_line(row, report.dry_run), file=args.out)
    print(_summary(report), file=args.out)
    return 1 if report.refused else 0


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.lifecycle import parse_status
    from bwi_vouchers.services.listing import ApplicationFilter

    names = [part for value in (args.status or []) for part in value.split(",") if part.strip()]
    where = ApplicationFilter(statuses=frozenset(parse_status(n) for n in names), year=args.year)
    written = services.reports.export_applications(args.file, where)
    print(plural(written.rows, de=("{n} Antrag", "{n} Anträge")) + f" exportiert: {written.path}", file=args.out)
    return 0


def cmd_report(args: argparse.Namespace, services: Services) -> int:
    path = services.reports.budget_report(args.file, args.year)
    print(f"Budgetbericht geschrieben: {path}", file=args.out)
    return 0


def cmd_letters(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    if args.reminders and (args.status or args.reference):
        print("--reminders lässt sich nicht mit --status oder --reference verbinden.", file=args.err)
        return 2
    if args.days is not None and not args.reminders:
        print("--days gehört zu --reminders.", file=args.err)
        return 2
    if args.reminders:
        batch = services.letters.write_reminders(actor.login, args.dir, days=30 if args.days is None else args.days,
                                                 pdf=args.pdf, template_dir=args.templates)
    else:
        batch = services.letters.write_many(actor.login, args.dir, references=args.reference,
                                            statuses=[args.status] if args.status else None, pdf=args.pdf,
                                            template_dir=args.templates)
    for letter in batch.written:
        extra = f" (+ {letter.pdf.name})" if letter.pdf else ""
        print(f"{letter.reference}: {letter.kind.word} – {letter.path.name}{extra}", file=args.out)
    for reference, error in batch.failed:
        print(f"{reference}: kein Brief – {error}", file=args.err)
    if batch.pdf_skipped:
        print(f"Hinweis: {BwiError('soffice_missing')}", file=args.err)
    if batch.pdf_error is not None:
        print(f"Hinweis: {batch.pdf_error}", file=args.err)
    print(plural(len(batch.written), de=("{n} Brief", "{n} Briefe")) + f" geschrieben, {number(len(batch.failed))} "
          f"nicht geschrieben: {batch_folder(args.dir)}", file=args.out)
    return 1 if batch.failed or batch.pdf_error is not None else 0


def batch_folder(folder: Path) -> Path:
    return Path(folder).expanduser().resolve()
