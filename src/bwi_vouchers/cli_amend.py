"""Command-line ``amend``: lower an approval's amount (Änderungsbescheid); the difference goes back to the budget.

``cli.py`` adds it through ``register``; the handler returns the exit status (0 done), a ``BwiError`` (a higher,
equal or negative amount, a missing reason, no approval) is printed as one German line by ``cli.main`` (exit 1).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bwi_vouchers.formats import money as format_eur

if TYPE_CHECKING:  # the services load SQLAlchemy: only once a command runs (see cli._run)
    from bwi_vouchers.services import Services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    amend = sub.add_parser("amend", parents=[common],
                           help="Bewilligung ändern (Änderungsbescheid): nur ein niedrigerer Betrag")
    amend.add_argument("reference", metavar="REFERENCE")
    amend.add_argument("--amount", required=True, metavar="EUR", help="der neue bewilligte Betrag, z. B. 1234,56")
    amend.add_argument("--reason", required=True, metavar="TEXT", help="Begründung (steht im Änderungsbescheid)")
    amend.set_defaults(handler=cmd_amend)


def cmd_amend(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting(args.login)
    done = services.amendments.amend(actor.login, args.reference, args.amount, args.reason)
    print(f"{done.reference}: bewilligt jetzt {format_eur(done.amount)} statt {format_eur(done.previous)}; "
          f"{format_eur(done.released)} an das Budget freigegeben. Den Änderungsbescheid schreibt "
          f"„letters ORDNER --reference {done.reference}“.", file=args.out)
    return 0
