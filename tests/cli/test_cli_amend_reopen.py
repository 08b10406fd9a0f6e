"""``amend``, ``move … --to in_review`` of a rejection, ``letters --reminders`` and ``letters --status revoked``
on the command line, in process (on PostgreSQL each person connects with their own login: the database's rules
apply too)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.test_cli import address, snapshot
from tests.cli.test_cli_case import run
from tests.conftest import World
from tests.documents.helpers import Cases, decided
from tests.documents.test_letters import text_of

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(world: World) -> tuple[Path | str, Cases]:
    made = decided(world)
    world.database.dispose()
    return address(world), made


def test_amend_lowers_the_amount_and_its_letter_follows(cases: tuple[Path | str, Cases], world: World,
                                                        tmp_path: Path) -> None:
    db, c = cases
    code, out, err = run(db, "amend", c.approved, "--amount", "1.234,56", "--reason", "Kleinere Standfläche.",
                         user="approver")
    assert code == 0, err
    assert out == (f"{c.approved}: bewilligt jetzt 1.234,56 € statt 2.700,00 €; 1.465,44 € an das Budget "
                   f"freigegeben. Den Änderungsbescheid schreibt „letters ORDNER --reference {c.approved}“.\n")
    assert world.services.applications.get(c.approved).approved_amount == Decimal("1234.56")
    folder = tmp_path / "neu" / "briefe"
    code, out, err = run(db, "letters", str(folder), "--reference", c.approved)
    assert code == 0, err
    text = text_of(folder / f"{c.approved}_Änderungsbescheid.docx")
    assert "1.234,56 €" in text and "2.700,00 €" in text and "Kleinere Standfläche." in text


@pytest.mark.parametrize(("amount", "words"), [("2700", "kann den Betrag nur senken"),
                                               ("5000,00", "kann den Betrag nur senken"),
                                               ("-1", "darf nicht negativ sein"),
                                               ("0", "muss größer als 0 € sein")])
def test_amend_refuses_a_higher_equal_or_negative_amount(cases: tuple[Path | str, Cases], amount: str,
                                                         words: str) -> None:
    db, c = cases
    before = snapshot(db)
    code, out, err = run(db, "amend", c.approved, "--amount", amount, "--reason", "x", user="approver")
    assert code == 1 and out == "" and words in err and len(err.strip().splitlines()) == 1
    assert snapshot(db) == before


def test_a_clerk_may_not_amend(cases: tuple[Path | str, Cases]) -> None:
    db, c = cases
    code, _out, err = run(db, "amend", c.approved, "--amount", "100", "--reason", "x", user="clerk")
    assert code == 1 and "Bewilligung/Freigabe" in err


def test_reopen_a_rejection_with_a_reason_then_another_person_decides(cases: tuple[Path | str, Cases]) -> None:
    db, c = cases
    code, _out, err = run(db, "move", c.rejected, "--to", "in_review", user="clerk2")
    assert code == 1 and "Begründung" in err
    code, out, err = run(db, "move", c.rejected, "--to", "in_review", "--reason", "Einwendung vom 5.3.", user="clerk2")
    assert code == 0, err
    assert c.rejected in out
    # the reopener is not an approver here; another approver decides again (R04 still fails: rejected)
    code, out, err = run(db, "move", c.rejected, "--to", "rejected", "--reason", "Bleibt abgelehnt.",
                         user="approver2")
    assert code == 0, err


def test_reminders_and_revocation_letters(cases: tuple[Path | str, Cases], tmp_path: Path) -> None:
    db, c = cases
    folder = tmp_path / "erinnerungen"
    # proofs due 08.11.2026: within ten years of whatever today is, overdue or not
    code, out, err = run(db, "letters", str(folder), "--reminders", "--days", "3650")
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert f"{c.approved}_Erinnerung.docx" in names and not any(c.paid in n for n in names)
    assert "08.11.2026" in text_of(folder / f"{c.approved}_Erinnerung.docx")
    assert "3 Briefe geschrieben" in out

    code, _out, err = run(db, "move", c.paid, "--to", "revoked", "--reason", "Zweck verfehlt.", user="approver")
    assert code == 0, err
    code, out, err = run(db, "letters", str(folder), "--status", "revoked")
    assert code == 0, err
    text = text_of(folder / f"{c.paid}_Widerruf.docx")
    assert "Bitte überweisen Sie 2.000,00 €" in text and "Zweck verfehlt." in text


def test_days_belong_to_reminders(cases: tuple[Path | str, Cases], tmp_path: Path) -> None:
    db, _c = cases
    code, _out, err = run(db, "letters", str(tmp_path), "--days", "5")
    assert code == 2 and "--reminders" in err
