"""The bad-input campaign kept: every case of the corpus gets one clear German answer and changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bwi_vouchers.cli import main
from tests.conftest import World
from tests.hardening.corpus import CASES, Case


def table_digest(path: Path) -> dict[str, str]:
    """A digest of every table's rows (read-only), so "unchanged" means no row added, changed or removed."""
    digests = {}
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]
        for table in tables:
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
    return digests


def test_the_corpus_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 70
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gets_one_clear_answer_and_changes_nothing(case: Case, world: World, tmp_path: Path,
                                                            capfd: pytest.CaptureFixture[str]) -> None:
    own = world.database.sqlite_path()
    assert own is not None
    args = case.build(world, tmp_path)
    world.database.dispose()
    if case.other_db is not None:
        path = case.other_db(world, tmp_path)
        before_bytes, before_files = path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    else:
        path = own
        before = table_digest(path)
    command = args if args[0] == "--db" else ["--db", str(path), *args]
    capfd.readouterr()

    code = main([*command[:2], "--user", case.user, *command[2:]])

    out, err = capfd.readouterr()
    assert code == 1, (out, err)
    assert case.expect in out + err, (out, err)
    assert "Traceback" not in out + err and "Exception ignored" not in err
    if case.other_db is not None:
        assert path.read_bytes() == before_bytes  # byte-for-byte untouched
        # no backup copy (SQLite's own -wal/-shm beside a WAL file may appear on reading: they are not ours)
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == before_files
    else:
        assert table_digest(path) == before
    assert not [p for p in tmp_path.rglob(".~*.part")]
