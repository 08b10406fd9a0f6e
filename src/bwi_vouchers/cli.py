"""The command line (DESIGN §10): the same services as the desktop, for admins, scripts and tests.

Exit status: 0 done; 1 refused for bad input (one clear message on stderr, nothing half-done);
2 wrong usage. With several references, 1 when any was refused, each result printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bwi_vouchers import __version__
from bwi_vouchers.cli_amend import register as register_amend
from bwi_vouchers.cli_audit import register as register_audit
from bwi_vouchers.cli_case import register as register_case
from bwi_vouchers.cli_documents import register as register_documents
from bwi_vouchers.cli_programme import parse_day
from bwi_vouchers.cli_programme import register as register_programme
from bwi_vouchers.cli_proof import add_arguments as add_proof_arguments
from bwi_vouchers.cli_proof import cost_items, move_proof, wants_proof
from bwi_vouchers.cli_team import register as register_team
from bwi_vouchers.domain.enums import Outcome, Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.formats import day, money, number, plural
from bwi_vouchers.logs import setup_logging
from bwi_vouchers.paths import DB_ENV
from bwi_vouchers.texts import reason_text, rule_title, status_text

if TYPE_CHECKING:  # the services (SQLAlchemy and the models) are imported once a command runs: see ``_run``
    from bwi_vouchers.services import Services
    from bwi_vouchers.services.demo import DemoSummary
    from bwi_vouchers.services.dto import ApplicationInfo, CheckReport

Handler = Callable[[argparse.Namespace, "Services"], int]
log = logging.getLogger("bwi_vouchers")
SYMBOL = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.WARNING: "!"}


class Refused(Exception):
    """Bad input found by the command line itself (before any service ran)."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH_OR_URL",
                        help=f"SQLite-Datei oder SQLAlchemy-URL "
                             f"(Vorgabe: ${DB_ENV}, sonst der Datenordner des Benutzers)")
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="LOGIN",
                        help="nur für Administratoren, nur auf SQLite: für diesen Benutzer handeln (im Protokoll "
                             "„admin für LOGIN“). Sonst handelt die Anmeldung am Betriebssystem, auf PostgreSQL "
                             "die Datenbank-Anmeldung")
    parser = argparse.ArgumentParser(
        prog="bwi-vouchers", parents=[common], epilog="Exit-Status: 0 erledigt, 1 abgelehnt, 2 falscher Aufruf.",
        description="Internationalisierungsgutscheine der bw-i verwalten. Ohne Befehl startet das Programmfenster.")
    parser.add_argument("--version", action="version", version=f"bwi-vouchers {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="eine leere Datenbank mit realistischen Beispieldaten füllen")
    demo.add_argument("--applications", type=int, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=cmd_demo)

    register_team(sub, common)

    budget = sub.add_parser("budget", parents=[common], help="Budgetzeilen je Jahr und Mittelherkunft")
    budget_sub = budget.add_subparsers(dest="budget_command", metavar="set|show", required=True)
    bset = budget_sub.add_parser("set", parents=[common], help="Budgetzeile setzen, z. B. 2026 Landesmittel 250000")
    bset.add_argument("year")
    bset.add_argument("source")
    bset.add_argument("amount")
    bset.set_defaults(handler=cmd_budget_set)
    bshow = budget_sub.add_parser("show", parents=[common], help="Budget, gebunden, ausgezahlt, verfügbar je Zeile")
    bshow.add_argument("--year", type=int, default=None)
    bshow.set_defaults(handler=cmd_budget_show)

    check = sub.add_parser("check", parents=[common], help="Förderfähigkeit eines Antrags prüfen")
    check.add_argument("reference")
    check.add_argument("--json", action="store_true", help="maschinenlesbare Ausgabe")
    check.set_defaults(handler=cmd_check)

    move = sub.add_parser("move", parents=[common], help="Statuswechsel, jede Referenz in eigener Transaktion")
    move.add_argument("references", nargs="+", metavar="REFERENCE")
    move.add_argument("--to", required=True, metavar="STATUS", help=", ".join(s.value for s in Status))
    move.add_argument("--costs", default=None, metavar="EUR",
                      help="tatsächliche förderfähige Kosten, mit proof_received")
    move.add_argument("--reason", default=None, metavar="TEXT")
    add_proof_arguments(move)
    move.set_defaults(handler=cmd_move)

    backup = sub.add_parser("backup", parents=[common],
                            help="konsistente Sicherungskopie der Datenbank (PostgreSQL: mit pg_dump)")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=cmd_backup)

    register_programme(sub, common)
    register_documents(sub, common)
    register_case(sub, common)
    register_amend(sub, common)
    register_audit(sub, common)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one command. The error boundary: whatever goes wrong ends as one German line on stderr (exit 1)
    with the traceback in the log (logger ``bwi_vouchers``) — never a traceback on the terminal."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    setup_logging(level=logging.WARNING)  # a traceback goes to the log file; the terminal gets one line
    with quiet_finalizers():
        try:
            return _run(argv, out, err)
        except KeyboardInterrupt:
            print("Fehler: Abgebrochen.", file=err)
            return 1
        except Exception as exc:  # noqa: BLE001 - the boundary: our bug or the environment, said in one line
            log.error("Unerwarteter Fehler auf der Kommandozeile", exc_info=exc)
            print(f"Fehler: {describe_failure(exc)}", file=err)
            return 1


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the program's modules are imported: importing SQLAlchemy,
    the models and the services creates about a million objects and no garbage, and the collector's passes over
    them cost a reading command about a tenth of its start (issue 10)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # nor are they garbage later: every later pass (and the last one, at exit) skips them
        if was_enabled:
            gc.enable()


def _run(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # --help, --version and wrong usage end here, before any heavy import
    handler: Handler | None = getattr(args, "handler", None)
    db = getattr(args, "db", None)
    with collector_paused():
        from bwi_vouchers.app import acting_identity, open_database, run_desktop
    if handler is None:
        return run_desktop(db, getattr(args, "user", None))
    args.out, args.err = out, err
    try:
        services = open_database(db)
    except BwiError as error:
        print(f"Fehler: {error}", file=err)
        return 1
    if services.database.damaged is not None:  # nothing is read from or written to a damaged file here
        try:
            services.database.refuse_write()
        except BwiError as error:
            print(f"Fehler: {error}", file=err)
            return 1
        finally:
            services.database.dispose()
    try:
        identity = acting_identity(services, getattr(args, "user", None))
        args.login = identity.login
        status = handler(args, services)
        if identity.operator is not None:  # after the result: a refusal stays one line
            print(f"Im Protokoll: {identity.shown()}", file=err)
        return status
    except (BwiError, Refused) as error:
        print(f"Fehler: {error}", file=err)
        return 1
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): not an error of ours; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        services.database.dispose()


def describe_failure(exc: BaseException) -> str:
    """One German sentence for a failure that no service turned into a BwiError."""
    from sqlalchemy.exc import DatabaseError

    from bwi_vouchers.storage.checks import is_damage

    if isinstance(exc, MemoryError):
        return str(BwiError("out_of_memory"))
    if isinstance(exc, DatabaseError) and exc.orig is not None and is_damage(exc.orig):
        return str(BwiError("database_damaged", path="", detail=str(exc.orig), backups="dem Datenordner"))
    if isinstance(exc, OSError) and exc.filename:
        from bwi_vouchers.atomic import os_reason

        return str(BwiError("cannot_write", path=str(exc.filename), detail=os_reason(exc)))
    return str(BwiError("unexpected", kind=type(exc).__name__))


@contextmanager
def quiet_finalizers() -> Iterator[None]:
    """Errors that Python can only report while cleaning up (e.g. a half-written workbook's XML stream,
    "Exception ignored in …") go to the log, not to the user's terminal."""
    previous = sys.unraisablehook

    def to_log(unraisable: Any) -> None:
        log.debug("Beim Aufräumen ignoriert: %s", unraisable.err_msg or unraisable.object,
                  exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))

    sys.unraisablehook = to_log
    try:
        yield
    finally:
        gc.collect()  # let what the command left behind be finalised while the hook is still ours
        gc.unfreeze()  # what ``collector_paused`` froze is looked at again by later passes (tests run many commands)
        sys.unraisablehook = previous


# commands --------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.demo import MAX_APPLICATIONS

    if args.applications < 0 or args.applications > MAX_APPLICATIONS:
        raise Refused(f"--applications muss zwischen 0 und {number(MAX_APPLICATIONS)} liegen.")
    actor = services.users.acting(args.login)
    summary = services.demo.load(actor.login, applications=args.applications, seed=args.seed)
    print(f"Demodaten geladen: {demo_summary_text(summary)}", file=args.out)
    ready = _ready_to_review(services)
    if ready:
        print("Eingegangen und förderfähig, zum Ausprobieren: " + ", ".join(ready), file=args.out)
    return 0


def demo_summary_text(summary: DemoSummary) -> str:
    """'1.000 Anträge (1 eingegangen, 3 in Prüfung, …), 50 Unternehmen, …' (statuses in the lifecycle's order)."""
    statuses = ", ".join(f"{number(count)} {status_text(status)}" for status, count in summary.by_status.items()
                         if count)
    counts = (
        plural(summary.applications, de=("{n} Antrag", "{n} Anträge")) + f" ({statuses})",
        plural(summary.companies, de=("{n} Unternehmen", "{n} Unternehmen")),
        plural(summary.measures, de=("{n} Maßnahme", "{n} Maßnahmen")),
        plural(summary.budget_lines, de=("{n} Budgetzeile", "{n} Budgetzeilen")),
        plural(summary.ledger_entries, de=("{n} Buchung", "{n} Buchungen")),
        plural(summary.audit_events, de=("{n} Protokolleintrag", "{n} Protokolleinträge")),
        plural(summary.users, de=("{n} Benutzer", "{n} Benutzer")),
    )
    return ", ".join(counts)


def _ready_to_review(services: Services, wanted: int = 3) -> list[str]:
    """A few received applications that pass every rule: where a new user can start the lifecycle."""
    from bwi_vouchers.services.listing import ApplicationFilter

    received = services.listing.rows(ApplicationFilter(statuses=frozenset({Status.RECEIVED})))
    found: list[str] = []
    for row in reversed(received[-50:]):
        if services.applications.check(row.reference).assessment.eligible:
            found.append(row.reference)
            if len(found) == wanted:
                break
    return sorted(found)


def cmd_budget_set(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    totals = services.budget.set_line(actor.login, args.year, args.source, args.amount)
    print(f"Budget {totals.year} {totals.source}: {money(totals.budget)} "
          f"(verfügbar {money(totals.available)})", file=args.out)
    return 0


def cmd_budget_show(args: argparse.Namespace, services: Services) -> int:
    lines = services.budget.totals(args.year)
    if not lines:
        print("Keine Budgetzeilen" + (f" für {args.year}." if args.year else "."), file=args.out)
        return 0
    header = f"{'Jahr':<6}{'Mittelherkunft':<16}{'Budget':>18}{'Gebunden':>18}{'Ausgezahlt':>18}{'Verfügbar':>18}"
    print(header, file=args.out)
    for t in lines:
        print(f"{t.year:<6}{t.source:<16}{money(t.budget):>18}{money(t.committed):>18}"
              f"{money(t.paid):>18}{money(t.available):>18}", file=args.out)
    if len(lines) > 1:
        total = [sum((getattr(t, k) for t in lines), Decimal("0.00"))
                 for k in ("budget", "committed", "paid", "available")]
        print(f"{'Summe':<22}" + "".join(f"{money(v):>18}" for v in total), file=args.out)
    return 0


def check_json(report: CheckReport) -> dict[str, object]:
    a = report.assessment
    return {
        "reference": report.reference,
        "status": report.status.value,
        "eligible": a.eligible,
        "amount": str(a.amount),
        "voucher_amount": str(a.voucher_amount),
        "checks": [{"rule": c.rule, "result": c.outcome.value, "reason": reason_text(c.reason, c.params),
                    "code": c.reason, "params": dict(c.params)} for c in a.checks],
    }


def cmd_check(args: argparse.Namespace, services: Services) -> int:
    report = services.applications.check(args.reference)
    if args.json:
        json.dump(check_json(report), args.out, ensure_ascii=False, indent=2)
        args.out.write("\n")
        return 0
    info = services.applications.get(report.reference)
    a = report.assessment
    print(f"{info.reference} – {info.company_name} – {info.measure_code} {info.measure_title}", file=args.out)
    print(f"Status: {status_text(info.status)}   förderfähig: {'ja' if a.eligible else 'nein'}   "
          f"Gutscheinbetrag: {money(a.amount)}", file=args.out)
    for c in a.checks:
        print(f"  {SYMBOL[c.outcome]} {c.rule} {rule_title(c.rule)}: {reason_text(c.reason, c.params)}",
              file=args.out)
    return 0


def cmd_move(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.lifecycle import parse_status  # only the commands that need it load it

    target = parse_status(args.to)  # a wrong status word is refused before anything happens
    actor = services.users.acting(args.login)
    if len(args.references) == 1:
        if wants_proof(args) or (target is Status.PROOF_RECEIVED and args.costs is not None):
            proven = move_proof(args, services, actor.login, target)  # previews the payout first
            if proven is not None:
                print(_moved(proven), file=args.out)
            return 0
        info = services.lifecycle.move(actor.login, args.references[0], target, costs=args.costs, reason=args.reason)
        print(_moved(info), file=args.out)
        return 0
    if args.receipt or args.dry_run:
        raise Refused("--receipt und --dry-run gehen nur mit einer Referenz.")
    received = parse_day("received", args.received) if args.received else None
    results = services.lifecycle.move_many(actor.login, args.references, target, costs=args.costs,
                                           reason=args.reason, received=received, items=cost_items(args.cost))
    refused = 0
    for result in results:
        if result.ok:
            print(_moved(services.applications.get(result.reference)), file=args.out)
        else:
            refused += 1
            print(f"{result.reference}: abgelehnt – {result.error}", file=args.err)
    print(f"{len(results) - refused} ausgeführt, {refused} abgelehnt.", file=args.out)
    return 1 if refused else 0


def _moved(info: ApplicationInfo) -> str:
    text = f"{info.reference}: {status_text(info.status)}"
    if info.status is Status.APPROVED and info.approved_amount is not None:
        text += f" – {money(info.approved_amount)} gebunden ({info.budget_year} {info.budget_source}), " \
                f"Verwendungsnachweis fällig am {day(info.proof_due_date)}"
    elif info.status is Status.PROOF_RECEIVED and info.payout_amount is not None:
        text += f" – Kosten {money(info.actual_costs or Decimal(0))}, auszuzahlen {money(info.payout_amount)}"
        if info.proof_received_date is not None:
            text += f", eingegangen am {day(info.proof_received_date)}"
    elif info.status is Status.PAID and info.payout_amount is not None:
        text += f" – {money(info.payout_amount)} ausgezahlt"
    return text


def cmd_backup(args: argparse.Namespace, services: Services) -> int:
    target: Path = args.file.expanduser().resolve()
    if target.exists():
        raise BwiError("file_exists", path=str(target))
    if not target.parent.is_dir():
        raise BwiError("cannot_write", path=str(target), detail="Ordner existiert nicht")
    services.database.backup_to(target)
    print(f"Sicherung geschrieben: {target}", file=args.out)
    return 0
