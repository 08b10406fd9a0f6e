"""An application's attachments (DESIGN §4): files kept in the database, listed, opened and extracted.

The content lives in the database (a team shares it), once per SHA-256. An attachment is never deleted — an
auditor must find every file that was ever part of a case, also one that was attached by mistake. A newer
file of the same name and kind supersedes the older one; a clerk may also replace one explicitly, or mark
one as attached by mistake (with a reason): both leave it in the list as superseded, with who, when and why.
The database enforces this too (triggers). Every step is in the audit trail.

A file name is data: stored as given, shown with invisible characters escaped
(``domain.attachments.shown_name``), and made safe before it names a file on disk (``safe_file_name``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bwi_vouchers.atomic import os_reason, write_via_temp
from bwi_vouchers.domain.attachments import MAX_NAME, MAX_SIZE, AttachmentKind, unique_names
from bwi_vouchers.domain.enums import Role
from bwi_vouchers.domain.sizes import FileSize
from bwi_vouchers.errors import BwiError, MissingRecord, NotFoundError, ValidationError
from bwi_vouchers.services.base import Service, required_text
from bwi_vouchers.storage import case
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application, Attachment


@dataclass(frozen=True)
class NewFile:
    """A file read for attaching: its name as given and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    reference: str
    kind: AttachmentKind
    file_name: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    superseded_by: int | None = None
    superseded_at: datetime | None = None
    superseded_login: str | None = None
    superseded_reason: str | None = None

    @property
    def current(self) -> bool:
        return self.superseded_at is None


@dataclass(frozen=True)
class Attached:
    """What attaching one file did: ``added`` (new), or ``unchanged`` (the same file was attached already);
    ``replaced``: the attachment it superseded."""

    info: AttachmentInfo
    added: bool
    replaced: AttachmentInfo | None = None


def read_file(path: Path) -> NewFile:
    """A file to attach, read whole; refused (German message) when it is missing, unreadable, a folder,
    empty or larger than the limit — checked before reading, so a huge file is never loaded."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise BwiError("attachment_not_a_file", path=str(path))
        if size > MAX_SIZE:
            raise BwiError("attachment_too_large", path=str(path), size=FileSize(size), limit=FileSize(MAX_SIZE))
        with path.open("rb") as handle:
            data = handle.read(MAX_SIZE + 1)
    except OSError as exc:
        raise BwiError("attachment_unreadable", path=str(path), detail=os_reason(exc)) from None
    if not data:
        raise BwiError("attachment_empty", path=str(path))
    if len(data) > MAX_SIZE:  # it grew while being read
        raise BwiError("attachment_too_large", path=str(path), size=FileSize(len(data)),
                       limit=FileSize(MAX_SIZE))
    return NewFile(name, data)



def info_of(row: Attachment, reference: str) -> AttachmentInfo:
    return AttachmentInfo(row.id, reference, AttachmentKind(row.kind), row.file_name, row.size, row.sha256,
                          row.added_by, row.added_at, row.superseded_by, row.superseded_at, row.superseded_login,
                          row.superseded_reason)


def _application(uow: UnitOfWork, reference: str) -> Application:
    app = uow.application_by_reference(reference)
    if app is None:
        raise NotFoundError("unknown_reference", reference=reference)
    return app


def _checked(file: NewFile) -> NewFile:
    name = file.name.strip()
    if not name or name in (".", ".."):
        raise ValidationError("file_name", "attachment_no_name")
    if len(name) > MAX_NAME:
        raise ValidationError("file_name", "too_long", max=MAX_NAME)
    if not file.data:
        raise BwiError("attachment_empty", path=name)
    if len(file.data) > MAX_SIZE:
        raise BwiError("attachment_too_large", path=name, size=FileSize(len(file.data)),
                       limit=FileSize(MAX_SIZE))
    return NewFile(name, file.data)


#: What ``extract`` wrote: each attachment with the file it went to.
Extracted = list[tuple[AttachmentInfo, Path]]


class AttachmentService(Service):
    def attach(self, actor: str, reference: str, paths: Sequence[Path], kind: AttachmentKind = AttachmentKind.OTHER,
               *, replaces: int | None = None) -> list[Attached]:
        """Read the files (all of them first: one bad file and nothing is attached) and attach them."""
        return self.attach_files(actor, reference, [read_file(path) for path in paths], kind, replaces=replaces)

    def attach_files(self, actor: str, reference: str, files: Sequence[NewFile],
                     kind: AttachmentKind = AttachmentKind.OTHER, *, replaces: int | None = None) -> list[Attached]:
        """Attach files in one transaction. A current attachment of the same name (any case) and kind is
        superseded by a different file, and left as it is by the same one; ``replaces`` names an attachment
        that the (single) file supersedes whatever its name."""
        checked = [_checked(file) for file in files]
        if not checked:
            raise ValidationError("files", "required")
        with self.db.unit_of_work(write=True) as uow:
            return self.attach_in(uow, actor, reference, checked, kind, replaces=replaces)

    def attach_in(self, uow: UnitOfWork, actor: str, reference: str, files: Sequence[NewFile],
                  kind: AttachmentKind, *, replaces: int | None = None) -> list[Attached]:
        """``attach_files`` inside the caller's unit of work (e.g. a proof of use with its receipts)."""
        checked = [_checked(file) for file in files]
        if replaces is not None and len(checked) != 1:
            raise ValidationError("files", "attachment_replace_one")
        now = self.clock.now()
        self._actor(uow, actor, Role.CLERK)
        app = _application(uow, reference)
        rows = case.attachments(uow.session, app.id)
        results = []
        for file in checked:
            sha = hashlib.sha256(file.data).hexdigest()
            if replaces is not None:
                old = next((r for r in rows if r.id == replaces and r.superseded_at is None), None)
                if old is None:
                    raise NotFoundError("attachment_not_current", id=replaces, reference=app.reference)
            else:
                old = next((r for r in rows if r.superseded_at is None and r.kind == kind.value
                            and r.file_name.casefold() == file.name.casefold()), None)
                if old is not None and old.sha256 == sha and old.file_name == file.name:
                    results.append(Attached(info_of(old, app.reference), added=False))
                    continue
            case.store_content(uow.session, sha, file.data)
            new = uow.add(Attachment(application_id=app.id, kind=kind.value, file_name=file.name,
                                     size=len(file.data), sha256=sha, added_by=actor, added_at=now))
            uow.flush()
            changes: dict[str, list[object]] = {
                "attachment": [None, file.name], "kind": [None, kind.value], "size": [None, len(file.data)],
                "sha256": [None, sha]}
            replaced = None
            if old is not None:
                old.superseded_by, old.superseded_at, old.superseded_login = new.id, now, actor
                uow.flush()
                replaced = info_of(old, app.reference)
                changes["replaces"] = [f"{old.file_name} ({old.sha256[:12]})", None]
            self._audit(uow, actor, "application", app.reference, "attached", changes)
            rows.append(new)
            results.append(Attached(info_of(new, app.reference), added=True, replaced=replaced))
        return results

    def withdraw(self, actor: str, reference: str, attachment_id: int, reason: str) -> AttachmentInfo:
        """Mark an attachment as attached by mistake: it stays, superseded by nothing, with the reason."""
        why = required_text("reason", reason, max_length=500)
        now = self.clock.now()
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.CLERK)
            app = _application(uow, reference)
            row = next((r for r in case.attachments(uow.session, app.id)
                        if r.id == attachment_id and r.superseded_at is None), None)
            if row is None:
                raise NotFoundError("attachment_not_current", id=attachment_id, reference=app.reference)
            row.superseded_at, row.superseded_login, row.superseded_reason = now, actor, why
            uow.flush()
            self._audit(uow, actor, "application", app.reference, "attachment_withdrawn",
                        {"attachment": [f"{row.file_name} ({row.sha256[:12]})", None], "reason": [None, why]})
            return info_of(row, app.reference)

    def list(self, reference: str) -> list[AttachmentInfo]:
        """All attachments of an application, oldest first; superseded ones too (``current`` is False)."""
        with self.db.unit_of_work() as uow:
            app = _application(uow, reference)
            return [info_of(row, app.reference) for row in case.attachments(uow.session, app.id)]

    def content(self, reference: str, attachment_id: int) -> bytes:
        """The bytes of one attachment, checked against its SHA-256."""
        with self.db.unit_of_work() as uow:
            app = _application(uow, reference)
            row = next((r for r in case.attachments(uow.session, app.id) if r.id == attachment_id), None)
            if row is None:
                raise NotFoundError("unknown_attachment", id=attachment_id, reference=app.reference)
            sha, name, shown = row.sha256, row.file_name, app.reference
            data = case.content(uow.session, sha)
        if data is None or hashlib.sha256(data).hexdigest() != sha:
            raise MissingRecord("attachment_damaged", name=name, reference=shown)
        return data

    def save(self, reference: str, attachment_id: int, target: Path) -> Path:
        """Write one attachment to a file (temporary file, then renamed)."""
        data = self.content(reference, attachment_id)

        def write(temp: Path) -> None:
            temp.write_bytes(data)

        try:
            return write_via_temp(target, write)
        except OSError as exc:
            raise BwiError("cannot_write", path=str(target), detail=os_reason(exc)) from None

    def extract(self, reference: str, folder: Path, *, superseded: bool = False) -> Extracted:
        """Write the current attachments (``superseded``: all) into ``folder`` (created when missing), each
        under its original name made safe; equal names and files already there get " (2)", " (3)" …"""
        wanted = [a for a in self.list(reference) if superseded or a.current]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            taken = set(os.listdir(folder))
        except OSError as exc:
            raise BwiError("cannot_write", path=str(folder), detail=os_reason(exc)) from None
        written = []
        for info, name in zip(wanted, unique_names([a.file_name for a in wanted], taken), strict=True):
            written.append((info, self.save(reference, info.id, folder / name)))
        return written
