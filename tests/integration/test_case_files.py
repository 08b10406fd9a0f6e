"""Attachments and comments of an application through the real services, on both engines: stored once by
content, size and emptiness refused, superseded never deleted, extracted under safe names, append-only in
the database itself."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bwi_vouchers.domain.attachments import MAX_SIZE, AttachmentKind
from bwi_vouchers.errors import BwiError, NotFoundError, PermissionDenied, ValidationError
from bwi_vouchers.services.attachments import NewFile
from tests.conftest import World

pytestmark = pytest.mark.both_engines

HOSTILE = ["../x", "con.txt", "a/b", "& < > \" '", "Beleg.pdf", "beleg.PDF", "..\\..\\boot.ini"]


@pytest.fixture
def reference(world: World) -> str:
    return world.application(world.company("Müller & Söhne <GmbH>"), world.measure()).reference


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_attaching_lists_name_kind_size_checksum_who_and_when(world: World, reference: str, tmp_path: Path) -> None:
    path = write(tmp_path, "Rechnung Messe.pdf", b"%PDF-1.4 receipt")
    results = world.services.attachments.attach("clerk", reference, [path], AttachmentKind.RECEIPT)
    assert [r.added for r in results] == [True]
    [info] = world.services.attachments.list(reference)
    assert (info.file_name, info.kind, info.size, info.sha256, info.added_by, info.added_at, info.current) == (
        "Rechnung Messe.pdf", AttachmentKind.RECEIPT, 16, hashlib.sha256(b"%PDF-1.4 receipt").hexdigest(),
        "clerk", world.clock.now(), True)
    assert world.services.attachments.content(reference, info.id) == b"%PDF-1.4 receipt"
    event = world.services.applications.history(reference)[0]
    assert (event["user"], event["action"]) == ("clerk", "attached")
    assert event["changes"]["attachment"] == [None, "Rechnung Messe.pdf"]
    assert event["changes"]["sha256"] == [None, info.sha256]


def test_identical_content_is_stored_once(world: World, reference: str) -> None:
    other = world.application(world.company(), world.measure()).reference
    data = b"the same receipt"
    world.services.attachments.attach_files("clerk", reference, [NewFile("a.pdf", data)])
    world.services.attachments.attach_files("clerk", other, [NewFile("b.pdf", data)], AttachmentKind.RECEIPT)
    world.services.attachments.attach_files("clerk", other, [NewFile("c.pdf", b"another")])
    raw = world.raw()
    try:
        contents = raw.execute("SELECT sha256, size FROM attachment_content ORDER BY size").fetchall()
        assert [tuple(row) for row in contents] == sorted(
            [(hashlib.sha256(b"another").hexdigest(), 7), (hashlib.sha256(data).hexdigest(), 16)],
            key=lambda row: row[1])
        assert raw.execute("SELECT COUNT(*) FROM attachment").fetchone()[0] == 3
    finally:
        raw.close()


def test_same_name_and_kind_supersedes_and_the_same_file_changes_nothing(world: World, reference: str) -> None:
    service = world.services.attachments
    first = service.attach_files("clerk", reference, [NewFile("VN.pdf", b"v1")], AttachmentKind.PROOF)[0]
    again = service.attach_files("clerk", reference, [NewFile("VN.pdf", b"v1")], AttachmentKind.PROOF)[0]
    assert not again.added and again.info.id == first.info.id
    world.clock.advance(1)
    newer = service.attach_files("clerk2", reference, [NewFile("VN.pdf", b"v2")], AttachmentKind.PROOF)[0]
    assert newer.added and newer.replaced is not None and newer.replaced.id == first.info.id
    old, new = service.list(reference)
    assert (old.current, old.superseded_by, old.superseded_login) == (False, new.id, "clerk2")
    assert new.current
    # Another kind with the same name is a file of its own.
    service.attach_files("clerk", reference, [NewFile("VN.pdf", b"v3")], AttachmentKind.OTHER)
    assert [a.current for a in service.list(reference)] == [False, True, True]
    assert service.content(reference, old.id) == b"v1"  # the superseded file is still there


def test_an_explicit_replacement_and_a_mistake_keep_the_old_file(world: World, reference: str) -> None:
    service = world.services.attachments
    wrong = service.attach_files("clerk", reference, [NewFile("scan.pdf", b"wrong")])[0].info
    right = service.attach_files("clerk", reference, [NewFile("scan-neu.pdf", b"right")],
                                 replaces=wrong.id)[0]
    assert right.replaced is not None and right.replaced.id == wrong.id
    stray = service.attach_files("clerk", reference, [NewFile("fremd.pdf", b"other firm")])[0].info
    withdrawn = service.withdraw("clerk", reference, stray.id, "gehört zu einem anderen Antrag")
    assert (withdrawn.current, withdrawn.superseded_by, withdrawn.superseded_reason) == (
        False, None, "gehört zu einem anderen Antrag")
    assert len(service.list(reference)) == 3
    with pytest.raises(NotFoundError):
        service.withdraw("clerk", reference, stray.id, "zweimal")
    with pytest.raises(ValidationError):
        service.withdraw("clerk", reference, right.info.id, "  ")
    assert world.services.applications.history(reference)[0]["action"] == "attachment_withdrawn"


def test_too_large_empty_missing_and_folder_are_refused_and_nothing_is_attached(world: World, reference: str,
                                                                                 tmp_path: Path) -> None:
    good = write(tmp_path, "gut.pdf", b"fine")
    huge = tmp_path / "riesig.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_SIZE + 1)  # sparse: refused by its size, never read
    empty = write(tmp_path, "leer.pdf", b"")
    service = world.services.attachments
    with pytest.raises(BwiError) as large:
        service.attach("clerk", reference, [good, huge])
    assert large.value.code == "attachment_too_large"
    assert "höchstens 25,0 MB" in str(large.value) and "riesig.pdf" in str(large.value)
    with pytest.raises(BwiError, match="leer"):
        service.attach("clerk", reference, [good, empty])
    with pytest.raises(BwiError, match="nicht gefunden"):
        service.attach("clerk", reference, [good, tmp_path / "fehlt.pdf"])
    with pytest.raises(BwiError, match="keine Datei"):
        service.attach("clerk", reference, [good, tmp_path])
    with pytest.raises(BwiError) as exact:
        service.attach_files("clerk", reference, [NewFile("x.bin", b"\0" * (MAX_SIZE + 1))])
    assert exact.value.code == "attachment_too_large"
    assert service.list(reference) == []
    ok = service.attach_files("clerk", reference, [NewFile("genau.bin", b"\0" * MAX_SIZE)])  # the limit itself
    assert ok[0].info.size == MAX_SIZE


def test_only_clerks_attach_but_anyone_comments(world: World, reference: str) -> None:
    with pytest.raises(PermissionDenied):
        world.services.attachments.attach_files("approver", reference, [NewFile("a.pdf", b"a")])
    comment = world.services.comments.add("approver", reference, "Bitte Beleg nachfordern.")
    assert (comment.author, comment.text) == ("approver", "Bitte Beleg nachfordern.")


def test_extract_writes_safe_unique_names_into_a_new_folder(world: World, reference: str, tmp_path: Path) -> None:
    service = world.services.attachments
    for number, name in enumerate(HOSTILE):
        kind = list(AttachmentKind)[number % len(AttachmentKind)]
        service.attach_files("clerk", reference, [NewFile(name, f"inhalt {number}".encode())], kind)
    assert [a.file_name for a in service.list(reference)] == HOSTILE  # stored as given
    target = tmp_path / "neu" / "ordner"
    (tmp_path / "neu").mkdir()
    (tmp_path / "neu" / "x").write_text("outside")  # what "../x" must never overwrite
    written = service.extract(reference, target)
    names = [path.name for _, path in written]
    assert names == ["_x", "_con.txt", "a_b", "& _ _ _ '", "Beleg.pdf", "beleg (2).PDF", "_.._boot.ini"]
    assert sorted(p.name for p in target.iterdir()) == sorted(names)
    assert all(path.parent == target for _, path in written)
    assert (tmp_path / "neu" / "x").read_text() == "outside"
    for number, (_, path) in enumerate(written):
        assert path.read_bytes() == f"inhalt {number}".encode()
    again = service.extract(reference, target)  # files already there are not overwritten
    assert again[0][1].name == "_x (2)" and (target / "_x").read_bytes() == b"inhalt 0"


def test_comments_form_a_thread_oldest_first(world: World, reference: str) -> None:
    service = world.services.comments
    service.add("clerk", reference, "Erste Zeile\r\nzweite Zeile")
    world.clock.advance(1)
    service.add("approver", reference, "<b>Antwort</b> & Rückfrage")
    thread = service.thread(reference)
    assert [(c.author, c.text) for c in thread] == [("clerk", "Erste Zeile\nzweite Zeile"),
                                                    ("approver", "<b>Antwort</b> & Rückfrage")]
    assert thread[0].at < thread[1].at
    history = world.services.applications.history(reference)
    assert (history[0]["action"], history[0]["changes"]["comment"]) == (
        "commented", [None, "<b>Antwort</b> & Rückfrage"])
    for bad in ("", "   ", "a\u202eb"):
        with pytest.raises(ValidationError):
            service.add("clerk", reference, bad)
    with pytest.raises(ValidationError):
        service.add("clerk", reference, "x" * 4001)
    with pytest.raises(NotFoundError):
        service.add("clerk", "IG-2026-9999", "gibt es nicht")
    assert len(service.thread(reference)) == 2


@pytest.mark.parametrize("statement", [
    "UPDATE application_comment SET text = 'geändert'",
    "DELETE FROM application_comment",
    "UPDATE attachment_content SET size = 1",
    "DELETE FROM attachment_content",
    "DELETE FROM attachment",
    "UPDATE attachment SET file_name = 'anders.pdf'",
    "UPDATE attachment SET superseded_at = NULL WHERE superseded_at IS NOT NULL",
])
def test_the_database_refuses_to_rewrite_comments_and_attachments(world: World, reference: str,
                                                                   statement: str) -> None:
    world.services.comments.add("clerk", reference, "bleibt")
    service = world.services.attachments
    service.attach_files("clerk", reference, [NewFile("a.pdf", b"1")])
    service.attach_files("clerk", reference, [NewFile("a.pdf", b"2")])  # supersedes the first
    before = ([(a.file_name, a.superseded_at) for a in service.list(reference)],
              world.services.comments.thread(reference))
    raw = world.raw()
    try:
        with pytest.raises(raw.Error, match="append-only"):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    assert ([(a.file_name, a.superseded_at) for a in service.list(reference)],
            world.services.comments.thread(reference)) == before


def test_superseding_once_is_what_the_database_allows(world: World, reference: str) -> None:
    service = world.services.attachments
    service.attach_files("clerk", reference, [NewFile("a.pdf", b"1")])
    raw = world.raw()
    try:
        raw.execute("UPDATE attachment SET superseded_at = added_at, superseded_login = 'clerk', "
                    "superseded_reason = 'von Hand'")
        raw.commit()
    finally:
        raw.close()
    assert service.list(reference)[0].superseded_reason == "von Hand"
