"""``move … --to proof_received`` with ``--received``, ``--cost``, ``--receipt`` and ``--dry-run`` through a real
subprocess, as a clerk (on PostgreSQL with the clerk's own login): the payout previewed before the write, a wrong
date refused with the field named, nothing written by a refusal or a dry run."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.dto import CostItemInfo
from tests.cli.test_cli import address, run, snapshot
from tests.conftest import World

pytestmark = [pytest.mark.slow, pytest.mark.both_engines]


@pytest.fixture
def approved(world: World) -> tuple[Path | str, str, World]:
    """One application approved for 3,000 € (7,000 € of costs) for a measure that ended on 8 May 2026."""
    world.budget("100000.00")
    info = world.application(world.company("Müller & Söhne <GmbH>"), world.measure(), costs="7000.00")
    world.services.lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", info.reference, Status.APPROVED)
    world.database.dispose()  # the command line writes; the world reads afterwards with new connections
    return address(world), info.reference, world


def test_cost_items_and_receipts_record_the_previewed_payout(approved: tuple[Path | str, str, World],
                                                            tmp_path: Path) -> None:
    db, ref, world = approved
    receipt = tmp_path / "Rechnung Hotel.pdf"
    receipt.write_bytes(b"%PDF-1.4 hotel")
    done = run(db, "move", ref, "--to", "proof_received", "--received", "03.06.2026", "--cost", "Reisekosten=1200,50",
               "--cost", "Standmiete=2.000", "--receipt", str(receipt), user="clerk")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{ref}: Vorschau Verwendungsnachweis vom 03.06.2026"
    preview = "\n".join(lines[:-1])
    assert "Reisekosten" in preview and "1.200,50 €" in preview and "2.000,00 €" in preview
    assert "Bewilligter Betrag:" in preview and "3.000,00 €" in preview
    assert "Tatsächliche förderfähige Kosten:" in preview and "3.200,50 €" in preview
    assert "Fördersatz:" in preview and "50 %" in preview
    assert "Auszahlung:" in preview and "1.600,00 €" in preview
    assert "Bei Auszahlung frei für das Budget:" in preview and "1.400,00 €" in preview
    assert lines[-1] == (f"{ref}: Verwendungsnachweis eingegangen – Kosten 3.200,50 €, auszuzahlen 1.600,00 €, "
                         f"eingegangen am 03.06.2026")
    services = world.services
    stored = services.applications.get(ref)
    assert (stored.status, stored.payout_amount, stored.proof_received_date) == (
        Status.PROOF_RECEIVED, Decimal("1600.00"), date(2026, 6, 3))
    assert services.proof.recorded(ref).items == (CostItemInfo("Reisekosten", Decimal("1200.50")),
                                                  CostItemInfo("Standmiete", Decimal("2000.00")))
    [attached] = services.attachments.list(ref)
    assert (attached.file_name, attached.kind, attached.added_by) == ("Rechnung Hotel.pdf", AttachmentKind.RECEIPT,
                                                                      "clerk")
    listed = run(db, "attachments", ref)
    assert "Rechnung Hotel.pdf" in listed.stdout and "Beleg" in listed.stdout


@pytest.mark.parametrize(("received", "words"), [
    ("2026-05-07", "der 07.05.2026 liegt vor dem Ende der Maßnahme (08.05.2026)"),
    ((date.today() + timedelta(days=1)).isoformat(), "liegt in der Zukunft"),
    ("31.02.2026", "ist kein Datum"),
])
def test_a_wrong_date_received_is_refused_naming_the_field(approved: tuple[Path | str, str, World],
                                                           received: str, words: str) -> None:
    db, ref, _ = approved
    before = snapshot(db)
    refused = run(db, "move", ref, "--to", "proof_received", "--received", received, "--cost", "Reisekosten=1000",
                  user="clerk")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Fehler: Eingang des Verwendungsnachweises: ")
    assert words in refused.stderr
    assert snapshot(db) == before


def test_a_dry_run_previews_and_writes_nothing(approved: tuple[Path | str, str, World]) -> None:
    db, ref, _ = approved
    before = snapshot(db)
    dry = run(db, "move", ref, "--to", "proof_received", "--received", "2026-06-03", "--cost", "Standmiete=9000",
              "--dry-run", user="clerk")
    assert dry.returncode == 0, dry.stderr
    assert "3.000,00 €" in dry.stdout  # the payout never exceeds the approved amount
    assert dry.stdout.splitlines()[-1] == "Probelauf: nichts gespeichert."
    assert snapshot(db) == before


@pytest.mark.parametrize(("args", "words"), [
    (("--cost", "Reisekosten"), "bitte als Kategorie=Betrag angeben"),
    (("--cost", "Reisekosten=viel"), "ist kein Betrag"),
    (("--cost", "=100"), "die Kategorie fehlt"),
    (("--cost", "Reisekosten=100", "--costs", "100"), "nicht beides"),
    (("--costs", "100", "--receipt", "/nicht/da.pdf"), "kann nicht gelesen werden"),
])
def test_bad_cost_items_are_refused_and_change_nothing(approved: tuple[Path | str, str, World],
                                                       args: tuple[str, ...], words: str) -> None:
    db, ref, _ = approved
    before = snapshot(db)
    refused = run(db, "move", ref, "--to", "proof_received", *args, user="clerk")
    assert refused.returncode == 1, refused.stdout
    assert words in refused.stderr
    assert snapshot(db) == before
