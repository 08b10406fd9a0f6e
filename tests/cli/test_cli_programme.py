"""``programme list`` / ``programme add`` and the two-version rule through a real subprocess.

The command line runs with the real clock, so the second version lies in its past: an application received
before the change day must still be checked, approved and written to with the first version's numbers.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest

from bwi_vouchers.services.programmes import ProgrammeChange
from tests.cli.test_cli import run, snapshot
from tests.conftest import World

pytestmark = pytest.mark.slow


@pytest.fixture
def two_versions(world: World) -> tuple[Path, str, str]:
    """Seed version (cap 3,000 €, 50 %) and from 1 April 2026 a second one (cap 2,000 €, 40 %, one voucher a
    year); one application received on 2 March 2026, one on 2 May 2026."""
    world.budget("100000.00")
    world.services.catalogue.add_programme_change("admin", ProgrammeChange(
        valid_from=date(2026, 4, 1), rate_percent="40", cap="2000", max_vouchers_per_year="1"))
    measure = world.measure(start=date(2026, 6, 15), end=date(2026, 6, 19))
    company = world.company("Alt GmbH")
    old = world.application(company, measure, costs="8000.00").reference
    world.application(company, world.measure(start=date(2026, 7, 13), end=date(2026, 7, 17)), costs="8000.00")
    world.clock.advance(61)
    new = world.application(world.company("Neu GmbH"), measure, costs="8000.00").reference
    path = world.database.sqlite_path()
    assert path is not None
    world.database.dispose()
    return path, old, new


def test_check_and_approval_use_the_receipt_date_version(two_versions: tuple[Path, str, str],
                                                         tmp_path: Path) -> None:
    db, old, new = two_versions
    checked = {ref: json.loads(run(db, "check", ref, "--json").stdout) for ref in (old, new)}
    assert (checked[old]["amount"], checked[new]["amount"]) == ("3000.00", "2000.00")
    assert run(db, "move", old, "--to", "in_review", user="clerk").returncode == 0
    approved = run(db, "move", old, "--to", "approved", user="approver")
    assert approved.returncode == 0, approved.stderr
    assert "3.000,00 €" in approved.stdout
    written = run(db, "letters", str(tmp_path), "--reference", old, user="clerk")
    assert written.returncode == 0, written.stderr
    letter = tmp_path / f"{old}_Bewilligung.docx"
    text = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
    assert "3.000,00 €" in text and "in einem Zeitraum von drei Jahren" in text


def test_list_shows_every_version_with_its_numbers(two_versions: tuple[Path, str, str]) -> None:
    db, _, _ = two_versions
    listed = run(db, "programme", "list")
    assert listed.returncode == 0, listed.stderr
    out = listed.stdout
    assert "Programmversion ab 01.01.2020" in out and "Programmversion ab 01.04.2026" in out
    first, second = out.split("Programmversion ab 01.04.2026")
    assert "Höchstbetrag 3.000,00 €" in first and "Fördersatz 50 %" in first
    assert "Höchstbetrag 2.000,00 €" in second and "Fördersatz 40 %" in second
    assert "höchstens 1;" in second and "(heute in Kraft)" in second
    assert "300.000,00 € in drei Jahren (Verordnung (EU) 2023/2831)" in second  # carried over


def test_add_carries_the_other_numbers_over(two_versions: tuple[Path, str, str]) -> None:
    db, _, _ = two_versions
    start = date.today() + timedelta(days=30)
    added = run(db, "programme", "add", "--from", f"{start:%d.%m.%Y}", "--cap", "2.500", "--deminimis-years", "2",
                user="admin")
    assert added.returncode == 0, added.stderr
    assert f"Programmversion ab {start:%d.%m.%Y} angelegt." in added.stdout
    newest = run(db, "programme", "list").stdout.split(f"Programmversion ab {start:%d.%m.%Y}")[1]
    assert "Höchstbetrag 2.500,00 €" in newest and "Fördersatz 40 %" in newest and "höchstens 1;" in newest
    assert "in zwei Jahren" in newest and "(künftig)" in newest


@pytest.mark.parametrize(("args", "words"), [
    (("--rate", "150"), "Fördersatz"),
    (("--rate", "-1"), "Fördersatz"),
    (("--cap", "-5"), "negativ"),
    (("--cap", "viel"), "kein Betrag"),
    (("--cap", "99999999"), "1.000.000,00 €"),
    (("--per-year", "zwei"), "keine Zahl"),
    (("--lead-days", "1000"), "Vorlauf"),
    (("--proof-months", "-1"), "Verwendungsnachweis"),
    (("--deminimis-ceiling", "0"), "De-minimis-Höchstbetrag"),
    (("--deminimis-years", "99"), "De-minimis-Zeitraum"),
])
def test_bad_numbers_exit_1_with_one_german_line_and_change_nothing(two_versions: tuple[Path, str, str],
                                                                   args: tuple[str, ...], words: str) -> None:
    db, _, _ = two_versions
    before = snapshot(db)
    start = date.today() + timedelta(days=30)
    result = run(db, "programme", "add", "--from", start.isoformat(), *args, user="admin")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Fehler: ") and result.stderr.count("\n") == 1
    assert words in result.stderr
    assert snapshot(db) == before


@pytest.mark.parametrize(("day", "words"), [("2026-04-01", "Gültig ab"), ("31.02.2027", "kein Datum")])
def test_a_from_date_not_after_the_newest_version_is_refused(two_versions: tuple[Path, str, str], day: str,
                                                            words: str) -> None:
    db, _, _ = two_versions
    before = snapshot(db)
    result = run(db, "programme", "add", "--from", day, "--cap", "1000", user="admin")
    assert (result.returncode, result.stderr.count("\n")) == (1, 1) and words in result.stderr
    assert snapshot(db) == before


def test_only_an_admin_adds_a_version(two_versions: tuple[Path, str, str]) -> None:
    db, _, _ = two_versions
    before = snapshot(db)
    result = run(db, "programme", "add", "--from", f"{date.today() + timedelta(days=30)}", user="clerk")
    assert result.returncode == 1 and "Administration" in result.stderr
    assert snapshot(db) == before
