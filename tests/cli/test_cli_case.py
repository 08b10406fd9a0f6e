"""``attach``, ``attachments`` (list and ``--extract``) and ``comment`` on the command line, in process."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from bwi_vouchers.cli import main
from bwi_vouchers.domain.attachments import MAX_SIZE
from tests.cli.test_cli import address, snapshot
from tests.conftest import World
from tests.pg import login_url

pytestmark = pytest.mark.both_engines


def run(db: Path | str, *args: str, user: str = "clerk") -> tuple[int, str, str]:
    """The command line as ``user``: on SQLite the admin acting for them with --user; on PostgreSQL connected
    with their own login."""
    out, err = io.StringIO(), io.StringIO()
    who = ["--db", login_url(db, user)] if isinstance(db, str) else ["--db", str(db), "--user", user]
    code = main([*who, *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def case(world: World) -> tuple[Path | str, str]:
    reference = world.application(world.company("Müller & Söhne <GmbH>"), world.measure()).reference
    world.database.dispose()
    return address(world), reference


def test_attach_list_and_extract(case: tuple[Path | str, str], tmp_path: Path) -> None:
    db, reference = case
    receipt = tmp_path / "Rechnung & <Messe>.pdf"
    receipt.write_bytes(b"%PDF receipt")
    form = tmp_path / "antrag.pdf"
    form.write_bytes(b"%PDF form")
    code, out, err = run(db, "attach", reference, str(receipt), "--kind", "Beleg")
    assert code == 0, err
    sha = hashlib.sha256(b"%PDF receipt").hexdigest()
    assert out == f"{reference}: Nr. 1 „Rechnung & <Messe>.pdf“ angehängt – Beleg, 12 Byte, SHA-256 {sha}\n"
    assert run(db, "attach", reference, str(form), "--kind", "antrag")[0] == 0
    code, out, _ = run(db, "attach", reference, str(receipt), "--kind", "beleg")
    assert code == 0 and "bereits angehängt" in out

    code, out, _ = run(db, "attachments", reference, user="approver")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Nr.", "Name", "Art", "Größe", "SHA-256", "von", "am"]
    assert "Rechnung & <Messe>.pdf" in lines[1] and "Beleg" in lines[1] and sha in lines[1]
    assert "antrag.pdf" in lines[2] and "Antrag" in lines[2]
    assert lines[-1] == "2 aktuell, 0 ersetzt."

    folder = tmp_path / "export" / "IG"
    code, out, err = run(db, "attachments", reference, "--extract", str(folder))
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["Rechnung & _Messe_.pdf", "antrag.pdf"]
    assert (folder / "antrag.pdf").read_bytes() == b"%PDF form"


def test_bad_files_and_kinds_are_refused_with_one_german_line(case: tuple[Path | str, str],
                                                              tmp_path: Path) -> None:
    db, reference = case
    good = tmp_path / "gut.pdf"
    good.write_bytes(b"ok")
    big = tmp_path / "scan.tif"
    with big.open("wb") as handle:
        handle.truncate(MAX_SIZE + 10)
    (tmp_path / "leer.txt").write_bytes(b"")
    before = snapshot(db)
    for args, words in [
        ((str(good), str(big)), "zu groß"),
        ((str(good), str(tmp_path / "leer.txt")), "leer (0 Byte)"),
        ((str(tmp_path / "fehlt.pdf"),), "nicht gefunden"),
        ((str(good), "--kind", "Rechnung"), "keine Art von Anhang"),
    ]:
        code, out, err = run(db, "attach", reference, *args)
        assert code == 1 and out == "" and err.startswith("Fehler: ") and words in err, err
        assert len(err.splitlines()) == 1
    code, _, err = run(db, "attach", "IG-2026-9999", str(good))
    assert code == 1 and "IG-2026-9999" in err
    assert snapshot(db) == before


def test_comment_then_read_the_thread(case: tuple[Path | str, str]) -> None:
    db, reference = case
    code, out, err = run(db, "comment", reference, "Rückfrage: <Beleg> & Rechnung fehlen", user="approver")
    assert code == 0, err
    assert out.startswith(f"{reference}: Kommentar von approver am ")
    code, out, _ = run(db, "comments", reference)
    assert code == 0 and out.splitlines()[1] == "    Rückfrage: <Beleg> & Rechnung fehlen"
    code, _, err = run(db, "comment", reference, "   ")
    assert code == 1 and "Kommentar" in err
