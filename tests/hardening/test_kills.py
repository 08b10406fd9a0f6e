"""Kills at random moments: a letter batch, an import and a batch of lifecycle steps run as real processes
and are killed (SIGKILL, with their worker processes) at a random moment. Afterwards the database is intact
(``PRAGMA integrity_check``), the ledger adds up for every application, every letter on disk has its record
and, after the next run, no temporary file is left."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from bwi_vouchers.cli import main
from tests.exchange.helpers import GOOD, workbook

pytestmark = pytest.mark.slow
TRIALS = 3
RNG = random.Random(13)
OPEN = ("approved", "proof_received")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database (made once): approved, rejected and paid applications for letters and steps."""
    path = tmp_path_factory.mktemp("kills") / "base.db"
    assert main(["--db", str(path), "--user", "admin", "demo", "--applications", "150", "--seed", "7"]) == 0
    assert_consistent(path)
    return path


@pytest.fixture
def db(base: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "trial.db"
    with closing(sqlite3.connect(str(base))) as source, closing(sqlite3.connect(str(path))) as copy:
        source.backup(copy)
    yield path


def run_and_kill(args: list[str], *, ready: Callable[[], bool] | None = None, longest: float = 6.0) -> None:
    """Start the command line as its own process group and kill the group (with its workers) once ``ready()``
    says the moment has come, or after a random time up to ``longest`` seconds."""
    process = subprocess.Popen([sys.executable, "-m", "bwi_vouchers", *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = RNG.uniform(0.5, longest) if ready is None else 120.0
    waited = 0.0
    try:
        while waited < deadline:
            try:
                process.wait(timeout=0.05)  # finished before the kill: also a valid outcome
                return
            except subprocess.TimeoutExpired:
                waited += 0.05
            if ready is not None and ready():
                break
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def assert_consistent(path: Path) -> None:
    """The file is intact and, for every application, the open commitment in the ledger is what its status says."""
    with closing(sqlite3.connect(str(path))) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute(
            "SELECT a.reference, a.status, a.approved_amount, "
            "COALESCE(SUM(CASE l.kind WHEN 'commitment' THEN l.amount WHEN 'release' THEN -l.amount "
            "WHEN 'payout' THEN -l.amount ELSE 0 END), 0) "
            "FROM application a LEFT JOIN ledger_entry l ON l.application_id = a.id GROUP BY a.id").fetchall()
    for reference, status, approved, open_commitment in rows:
        expected = Decimal(str(approved)) if status in OPEN else Decimal(0)
        assert Decimal(str(open_commitment)).quantize(Decimal("0.01")) == expected.quantize(Decimal("0.01")), \
            (reference, status, approved, open_commitment)


def assert_letters_recorded(path: Path, folder: Path) -> None:
    with closing(sqlite3.connect(str(path))) as connection:
        recorded = set(connection.execute("SELECT file_name, sha256 FROM generated_document"))
    for letter in folder.glob("*.docx"):
        digest = hashlib.sha256(letter.read_bytes()).hexdigest()
        assert (str(letter), digest) in recorded, f"{letter.name} is on disk without its record"


#: When to kill a letter batch: after so many temporary files, or once the first letters carry their names
#: (the records are committed and the renames are under way).
MOMENTS = [("files", RNG.randint(1, 20)), ("files", RNG.randint(20, 60)), ("named", 1)]


@pytest.mark.parametrize("moment", MOMENTS, ids=[f"{kind}-{count}" for kind, count in MOMENTS])
def test_a_killed_letter_batch_leaves_only_recorded_letters(db: Path, tmp_path: Path,
                                                            moment: tuple[str, int]) -> None:
    folder = tmp_path / "briefe"
    folder.mkdir()
    kind, count = moment
    if kind == "files":
        def ready() -> bool:
            return len(list(folder.iterdir())) >= count
    else:
        def ready() -> bool:
            return len(list(folder.glob("*.docx"))) >= count
    run_and_kill(["--db", str(db), "--user", "admin", "letters", str(folder)], ready=ready)
    assert_consistent(db)
    assert_letters_recorded(db, folder)

    assert main(["--db", str(db), "--user", "admin", "letters", str(folder)]) == 0  # the next run settles
    assert not list(folder.glob(".~*")), "temporary files left after the next run"
    assert_letters_recorded(db, folder)
    assert_consistent(db)


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_killed_import_takes_all_or_nothing(db: Path, tmp_path: Path, trial: int) -> None:
    assert main(["--db", str(db), "--user", "admin", "budget", "show"]) == 0
    with closing(sqlite3.connect(str(db))) as connection:
        code = connection.execute("SELECT code FROM measure ORDER BY start_date DESC LIMIT 1").fetchone()[0]
        before = connection.execute("SELECT COUNT(*) FROM application").fetchone()[0]
    rows = [{**GOOD, "Maßnahme": code, "Registernummer": f"Ulm HRB {90000 + n}", "Unternehmen": f"Kill {n} GmbH",
             "Cluster/Netzwerk": None, "Mitglied seit": None, "Antragseingang": "01.03.2026"} for n in range(600)]
    path = workbook(tmp_path / "gross.xlsx", applications=rows)
    run_and_kill(["--db", str(db), "--user", "admin", "import", str(path)], longest=8.0)
    assert_consistent(db)
    with closing(sqlite3.connect(str(db))) as connection:
        after = connection.execute("SELECT COUNT(*) FROM application").fetchone()[0]
    assert after in (before, before + len(rows))


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_killed_batch_of_steps_keeps_the_ledger(db: Path, trial: int) -> None:
    with closing(sqlite3.connect(str(db))) as connection:
        approved = [r[0] for r in connection.execute("SELECT reference FROM application WHERE status = 'approved'")]
    assert approved
    run_and_kill(["--db", str(db), "--user", "admin", "move", *approved, "--to", "revoked", "--reason",
                  "Widerruf im Test"], longest=4.0)
    assert_consistent(db)


def test_settling_a_folder_renames_a_committed_letter_and_removes_an_orphan(db: Path, tmp_path: Path) -> None:
    """The two states a kill can leave, made by hand: a record whose letter still has its temporary name (the
    kill came between commit and rename) and a temporary file without a record (the kill came before)."""
    folder = tmp_path / "briefe"
    folder.mkdir()
    assert main(["--db", str(db), "--user", "admin", "letters", str(folder), "--status", "rejected"]) == 0
    letter = sorted(folder.glob("*.docx"))[0]
    committed = folder / f".~{letter.stem}.0123abcd.docx.part"
    letter.rename(committed)
    orphan = folder / ".~IG-2099-0001_Ablehnung.89abcdef.docx.part"
    shutil.copy(committed, orphan)
    orphan.write_bytes(orphan.read_bytes() + b"changed")

    from bwi_vouchers.app import open_services
    from bwi_vouchers.services.letter_files import settle_folder

    services = open_services(str(db))
    try:
        assert settle_folder(services.database, folder) == (1, 1)
    finally:
        services.database.dispose()
    assert letter.exists() and not committed.exists() and not orphan.exists()
    assert_letters_recorded(db, folder)
