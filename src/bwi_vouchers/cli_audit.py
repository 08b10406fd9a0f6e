"""Command-line command for the audit trail: ``audit verify`` walks the hash chain (issue 9, item 4).

Exit status 0 when every event is intact and linked to the one before; 1 with the first broken link — an event
whose content was changed, one that no longer chains onto its predecessor, or a gap where events were removed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bwi_vouchers.formats import moment, plural

if TYPE_CHECKING:  # the audit service is imported when ``audit verify`` runs
    from bwi_vouchers.services import Services
    from bwi_vouchers.services.audit import ChainBreak

ENTITY = {"application": "Antrag", "company": "Unternehmen", "measure": "Maßnahme", "cluster": "Cluster/Netzwerk",
          "budget_line": "Budgetzeile", "user": "Benutzer", "programme_version": "Programmversion",
          "theme": "Themenfeld", "import": "Import"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", parents=[common], help="das Protokoll (Prüfkette der Ereignisse)")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="verify", required=True)
    verify = audit_sub.add_parser(
        "verify", parents=[common],
        help="die Prüfkette des Protokolls prüfen: meldet das erste geänderte, fehlende oder nicht verkettete "
             "Ereignis (Exit-Status 1)")
    verify.set_defaults(handler=cmd_audit_verify)


def events(count: int) -> str:
    return plural(count, de=("{n} Ereignis", "{n} Ereignisse"))


def break_text(problem: ChainBreak) -> str:
    """'Ereignis Nr. 1234 vom 02.12.2026 14:03:05 (mueller, Antrag IG-2026-0001): Inhalt geändert'."""
    from bwi_vouchers.services.audit import BROKEN, CHANGED

    event = problem.event
    when = f" vom {moment(event.at, seconds=True)}" if event.at is not None else ""
    record = f"{ENTITY.get(event.entity, event.entity)} {event.entity_id}"
    if problem.kind == CHANGED:
        what = "Inhalt geändert"
    elif problem.kind == BROKEN:
        what = "Verkettung unterbrochen"
    elif problem.previous_id is None:
        what = f"Ereignis fehlt (vor Nr. {event.id})"
    else:
        what = f"Ereignis fehlt (Lücke zwischen Nr. {problem.previous_id} und {event.id})"
    return f"Ereignis Nr. {event.id}{when} ({event.user}, {record}): {what}"


def cmd_audit_verify(args: argparse.Namespace, services: Services) -> int:
    check = services.audit.verify()
    if check.problem is None:
        print(f"Prüfkette in Ordnung: {events(check.count)}.", file=args.out)
        print(f"Prüfwert des letzten Ereignisses: {check.last_hash}", file=args.out)
        return 0
    print(break_text(check.problem), file=args.out)
    print(f"Davor in Ordnung: {events(check.count)}.", file=args.out)
    return 1
