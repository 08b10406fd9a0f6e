"""attachments and comments of an application; the free-text notes move into the comment thread

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 03:30:00

New tables: ``attachment_content`` (the bytes, once per SHA-256), ``attachment`` (one file attached to an
application; superseded, never deleted) and ``application_comment`` (the thread, append-only). On both
engines the database itself refuses to change or delete comments and contents, to delete an attachment, or
to change one other than by superseding it once.

Each application's notes become the first comment of its thread: its author is whoever last wrote the notes
according to the audit trail (the "created" or "changed" event that set them), at that event's time; where
the trail names nobody, the application's creator at its creation time. An audit event "notes_to_comment"
(user ``migration``) records the move. Then the ``notes`` column is dropped: the thread is the only place
for remarks, so nothing can be overwritten by whoever saves last any more.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from bwi_vouchers.storage.chain_hash import GENESIS, event_hash

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

APPEND_ONLY = ("application_comment", "attachment_content")
PG_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION bwi_case_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$"""
PG_SUPERSEDE_ONLY = """
CREATE OR REPLACE FUNCTION bwi_attachment_supersede_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL
       OR NEW.id <> OLD.id OR NEW.application_id <> OLD.application_id OR NEW.kind <> OLD.kind
       OR NEW.file_name <> OLD.file_name OR NEW.size <> OLD.size OR NEW.sha256 <> OLD.sha256
       OR NEW.added_by <> OLD.added_by OR NEW.added_at <> OLD.added_at THEN
        RAISE EXCEPTION 'attachment is append-only (it can only be superseded, once)';
    END IF;
    RETURN NEW;
END $$"""
SQLITE_SUPERSEDE_ONLY = """
CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment
WHEN OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL
     OR NEW.id IS NOT OLD.id OR NEW.application_id IS NOT OLD.application_id OR NEW.kind IS NOT OLD.kind
     OR NEW.file_name IS NOT OLD.file_name OR NEW.size IS NOT OLD.size OR NEW.sha256 IS NOT OLD.sha256
     OR NEW.added_by IS NOT OLD.added_by OR NEW.added_at IS NOT OLD.added_at
BEGIN SELECT RAISE(ABORT, 'attachment is append-only (it can only be superseded, once)'); END"""


def _tables() -> None:
    op.create_table('attachment_content',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_content'))
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.String(length=60), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('superseded_by', sa.Integer(), nullable=True),
    sa.Column('superseded_at', sa.DateTime(), nullable=True),
    sa.Column('superseded_login', sa.String(length=60), nullable=True),
    sa.Column('superseded_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'],
                            name=op.f('fk_attachment_application_id_application')),
    sa.ForeignKeyConstraint(['sha256'], ['attachment_content.sha256'],
                            name=op.f('fk_attachment_sha256_attachment_content')),
    sa.ForeignKeyConstraint(['superseded_by'], ['attachment.id'], name=op.f('fk_attachment_superseded_by_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
    op.create_table('application_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'],
                            name=op.f('fk_application_comment_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_comment'))
    )
    with op.batch_alter_table('application_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_comment_application_id'), ['application_id'], unique=False)


def _triggers(dialect: str) -> None:
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        op.execute("CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment "
                   "BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END")
        op.execute(SQLITE_SUPERSEDE_ONLY)
    elif dialect == "postgresql":
        op.execute(PG_APPEND_ONLY)
        op.execute(PG_SUPERSEDE_ONLY)
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"FOR EACH ROW EXECUTE FUNCTION bwi_case_append_only()")
        for table in (*APPEND_ONLY, "attachment"):
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION bwi_case_append_only()")
        op.execute("CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment "
                   "FOR EACH ROW EXECUTE FUNCTION bwi_case_append_only()")
        op.execute("CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment "
                   "FOR EACH ROW EXECUTE FUNCTION bwi_attachment_supersede_only()")


def _notes_authors(connection: sa.Connection) -> dict[str, tuple[str, Any]]:
    """Per reference: (user, time) of the newest audit event of the application that set its notes."""
    event = sa.table('audit_event', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()),
                     sa.column('user_login', sa.String()), sa.column('entity', sa.String()),
                     sa.column('entity_id', sa.String()), sa.column('changes', sa.JSON()))
    found: dict[str, tuple[str, Any]] = {}
    # Only events of applications that have notes: the JSON is read in Python (one portable query).
    query = sa.select(event.c.entity_id, event.c.user_login, event.c.at, event.c.changes).where(
        event.c.entity == 'application',
        event.c.entity_id.in_(sa.select(sa.column('reference')).select_from(sa.table('application')).where(
            sa.column('notes').is_not(None)))).order_by(event.c.at, event.c.id)
    for reference, login, at, changes in connection.execute(query):
        if isinstance(changes, dict) and 'notes' in changes:
            found[reference] = (login, at)  # later events overwrite earlier ones
    return found


def _move_notes(connection: sa.Connection) -> None:
    app = sa.table('application', sa.column('id', sa.Integer()), sa.column('reference', sa.String()),
                   sa.column('notes', sa.Text()), sa.column('created_by', sa.String()),
                   sa.column('created_at', sa.DateTime()))
    comment = sa.table('application_comment', sa.column('application_id', sa.Integer()),
                       sa.column('author', sa.String()), sa.column('at', sa.DateTime()), sa.column('text', sa.Text()))
    audit = sa.table('audit_event', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()),
                     sa.column('user_login', sa.String()), sa.column('entity', sa.String()),
                     sa.column('entity_id', sa.String()), sa.column('action', sa.String()),
                     sa.column('changes', sa.JSON()), sa.column('prev_hash', sa.String()),
                     sa.column('hash', sa.String()))
    rows = connection.execute(sa.select(app.c.id, app.c.reference, app.c.notes, app.c.created_by,
                                        app.c.created_at).where(app.c.notes.is_not(None)).order_by(app.c.id)).all()
    if not rows:
        return
    authors = _notes_authors(connection)
    now = datetime.now().replace(microsecond=0)
    # Each event joins the audit trail's hash chain (migration 0003) after the newest one, as every writer does.
    previous = connection.execute(sa.select(audit.c.hash).order_by(audit.c.id.desc()).limit(1)).scalar() or GENESIS
    comments, events = [], []
    for app_id, reference, notes, creator, created_at in rows:
        text = notes.strip()
        if not text:
            continue
        author, at = authors.get(reference, (creator, created_at))
        comments.append({"application_id": app_id, "author": author, "at": at, "text": text})
        content = {"at": now, "user_login": "migration", "entity": "application", "entity_id": reference,
                   "action": "notes_to_comment", "changes": {"notes": [notes, None], "comment": [None, text]}}
        current = event_hash(previous, content)
        events.append({**content, "prev_hash": previous, "hash": current})
        previous = current
    for start in range(0, len(comments), 5000):
        connection.execute(comment.insert(), comments[start:start + 5000])
        connection.execute(audit.insert(), events[start:start + 5000])


def upgrade() -> None:
    connection = op.get_bind()
    _tables()
    _triggers(connection.dialect.name)
    _move_notes(connection)
    if connection.dialect.name == "sqlite":
        # Natively (SQLite 3.35+): a batch copy of the table would have to drop it, which the foreign keys of
        # its cost items, checks, ledger entries … refuse.
        op.execute("ALTER TABLE application DROP COLUMN notes")
    else:
        op.drop_column('application', 'notes')


def downgrade() -> None:
    """The notes come back from the comment that each application's notes became (the others stay lost)."""
    connection = op.get_bind()
    op.add_column('application', sa.Column('notes', sa.Text(), nullable=True))
    app = sa.table('application', sa.column('id', sa.Integer()), sa.column('notes', sa.Text()))
    comment = sa.table('application_comment', sa.column('id', sa.Integer()),
                       sa.column('application_id', sa.Integer()), sa.column('text', sa.Text()))
    first = sa.select(comment.c.text).where(comment.c.application_id == app.c.id).order_by(
        comment.c.id).limit(1).scalar_subquery()
    connection.execute(app.update().values(notes=first))
    dialect = connection.dialect.name
    for table in (*APPEND_ONLY, "attachment"):
        for verb in ("update", "delete", "truncate"):
            if dialect == "postgresql":
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb} ON {table}")
            elif dialect == "sqlite":
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS bwi_case_append_only()")
        op.execute("DROP FUNCTION IF EXISTS bwi_attachment_supersede_only()")
    with op.batch_alter_table('application_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_comment_application_id'))
    op.drop_table('application_comment')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_application_id'))
    op.drop_table('attachment')
    op.drop_table('attachment_content')
