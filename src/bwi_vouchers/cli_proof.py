"""The proof of use on the command line: ``move REF --to proof_received`` with ``--received``, ``--cost``,
``--receipt`` and ``--dry-run`` (``--costs EUR``, one total, keeps working).

Before anything is written the payout is previewed (approved amount, actual costs, rate, payout, what goes back
to the budget line at the payout); ``--dry-run`` stops there. ``cli.cmd_move`` hands the step over to ``move_proof``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from bwi_vouchers.cli_programme import parse_day
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.money import MoneyError, parse_german_money
from bwi_vouchers.errors import TransitionRefused, ValidationError
from bwi_vouchers.formats import money as format_eur

if TYPE_CHECKING:  # the services load SQLAlchemy: only once a command runs (see cli._run)
    from bwi_vouchers.services import Services
    from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
    from bwi_vouchers.services.proof import ProofPreview


def add_arguments(move: argparse.ArgumentParser) -> None:
    """The proof-of-use options of ``move``."""
    move.add_argument("--received", default=None, metavar="DATE",
                      help="Eingang des Verwendungsnachweises (24.11.2026 oder 2026-11-24; Vorgabe: heute), "
                           "mit proof_received")
    move.add_argument("--cost", action="append", default=None, metavar="KATEGORIE=EUR",
                      help="eine tatsächliche Kostenposition, z. B. \"Reisekosten=1200,50\"; mehrfach möglich, "
                           "die Summe sind die tatsächlichen Kosten (statt --costs), mit proof_received")
    move.add_argument("--receipt", action="append", type=Path, default=None, metavar="FILE",
                      help="einen Beleg anhängen (Art „Beleg“); mehrfach möglich, mit proof_received")
    move.add_argument("--dry-run", action="store_true",
                      help="mit proof_received: nur die Auszahlung berechnen und zeigen, nichts speichern")


def cost_items(texts: list[str] | None) -> list[CostItemInfo] | None:
    """``--cost "Kategorie=Betrag"`` options as cost items (None when none were given)."""
    if texts is None:
        return None
    items = []
    for position, text in enumerate(texts, start=1):
        category, sign, amount = text.rpartition("=")
        if not sign:
            raise ValidationError("cost_items", "cost_item_format", value=text)
        if not category.strip():
            raise ValidationError("cost_items", "cost_item_category", position=position)
        try:
            value = parse_german_money(amount)
        except MoneyError as exc:
            raise ValidationError("cost_items", f"money_{exc.code}", value=text) from None
        from bwi_vouchers.services.dto import CostItemInfo

        items.append(CostItemInfo(category.strip(), value))
    return items


def wants_proof(args: argparse.Namespace) -> bool:
    """Whether any of the proof-of-use options was given."""
    return bool(args.received or args.cost or args.receipt or args.dry_run)


def move_proof(args: argparse.Namespace, services: Services, actor: str, target: Status) -> ApplicationInfo | None:
    """One application's proof of use: preview, then (unless ``--dry-run``) record. None after a dry run."""
    from bwi_vouchers.services.attachments import read_file  # only this command loads the proof's modules
    from bwi_vouchers.services.base import money

    if target is not Status.PROOF_RECEIVED:
        if args.receipt:
            raise ValidationError("receipts", "receipts_only_with_proof")
        if args.received:
            raise ValidationError("received", "received_only_with_proof")
        raise ValidationError("costs", "costs_only_with_proof")
    received = parse_day("received", args.received) if args.received else None
    items = cost_items(args.cost)
    if items is not None and args.costs is not None:
        raise ValidationError("cost_items", "costs_or_items")
    total = money("costs", args.costs, allow_none=True)  # as plain as before: 4200 or 4200.50
    receipts = [read_file(path.expanduser()) for path in args.receipt or []]  # all read first: one bad, none
    reference = args.references[0]
    basis = services.proof.basis(reference)
    if basis.status is not Status.APPROVED:
        raise TransitionRefused("transition_not_allowed", reference=basis.reference, status=basis.status.value,
                                target=Status.PROOF_RECEIVED.value)
    actual = sum((item.amount for item in items), Decimal("0.00")) if items is not None else total
    if actual is not None:
        for line in preview_lines(basis.reference, basis.preview(actual, received), items):
            print(line, file=args.out)
    if args.dry_run:
        problem = basis.preview(actual or Decimal("0.00"), received).problem
        if problem is not None:
            raise problem
        print("Probelauf: nichts gespeichert.", file=args.out)
        return None
    return services.proof.record(actor, reference, received=received, items=items, costs=total,
                                 receipts=receipts)


def preview_lines(reference: str, preview: ProofPreview, items: list[CostItemInfo] | None) -> list[str]:
    """The payout preview as the command line prints it before writing."""
    from bwi_vouchers.documents.context import percent_text

    lines = [f"{reference}: Vorschau Verwendungsnachweis vom {preview.received:%d.%m.%Y}"]
    if items:
        lines.append("  Kostenpositionen:")
        lines += [f"    {_cut(item.category, 34):<34}{format_eur(item.amount):>16}" for item in items]
    rows = (("Bewilligter Betrag", format_eur(preview.approved)),
            ("Tatsächliche förderfähige Kosten", format_eur(preview.actual_costs)),
            ("Fördersatz", percent_text(preview.rate)),
            ("Auszahlung", format_eur(preview.payout)),
            ("Bei Auszahlung frei für das Budget", format_eur(preview.released)))
    lines += [f"  {label + ':':<36}{value:>16}" for label, value in rows]
    return lines


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
