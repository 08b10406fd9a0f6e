"""Queries and inserts for an application's attachments, comments and proof-of-use cost items (kept beside
``repositories``).

Attachment contents are stored once per SHA-256: ``store_content`` inserts the bytes unless a row with that
hash is there already — also when a colleague stores the same file at the same moment (``ON CONFLICT DO
NOTHING`` on both engines), so that two clerks attaching one receipt never collide.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bwi_vouchers.storage.models import Attachment, AttachmentContent, Base, Comment, ProofCostItem


def store_content(session: Session, sha256: str, data: bytes) -> None:
    """Insert the bytes under their hash, unless they are stored already."""
    if session.get(AttachmentContent, sha256) is not None:
        return
    dialect = session.get_bind().dialect.name
    values = {"sha256": sha256, "size": len(data), "data": data}
    table = Base.metadata.tables[AttachmentContent.__tablename__]
    if dialect == "postgresql":  # the dialects' insert is imported here: the command line's start never loads it
        from sqlalchemy.dialects import postgresql

        session.execute(postgresql.insert(table).values(**values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        session.execute(sqlite.insert(table).values(**values).on_conflict_do_nothing())
    else:
        session.add(AttachmentContent(**values))
        session.flush()


def content(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(AttachmentContent.data).where(AttachmentContent.sha256 == sha256))


def attachments(session: Session, application_id: int) -> list[Attachment]:
    """An application's attachments, oldest first (superseded ones too)."""
    return list(session.scalars(select(Attachment).where(Attachment.application_id == application_id)
                                .order_by(Attachment.added_at, Attachment.id)))


def comments(session: Session, application_id: int) -> list[Comment]:
    """An application's comment thread, oldest first."""
    return list(session.scalars(select(Comment).where(Comment.application_id == application_id)
                                .order_by(Comment.at, Comment.id)))


def proof_cost_items(session: Session, application_id: int) -> list[ProofCostItem]:
    """The actual cost items of an application's proof of use, in their order."""
    return list(session.scalars(select(ProofCostItem).where(ProofCostItem.application_id == application_id)
                                .order_by(ProofCostItem.position, ProofCostItem.id)))
