"""audit trail: hash chain; append-only on PostgreSQL too

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 03:30:00

``audit_event`` gets ``prev_hash`` and ``hash``, filled for the events already there in id order. The hash is
``bwi_vouchers.storage.chain_hash.event_hash`` (standard library only): imported rather than copied, since the
program verifies these hashes with that very function and it never changes. The columns are read by
reflection, so that a nullable column another migration added (None in old rows: left out of the hash) needs
nothing here.

On PostgreSQL a trigger function refuses UPDATE, DELETE and TRUNCATE of ``audit_event`` and ``ledger_entry``
(SQLite has its triggers since 0001; they are taken off for the fill and put back).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bwi_vouchers.storage.chain_hash import GENESIS, NOT_CONTENT, event_hash

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

APPEND_ONLY = ("audit_event", "ledger_entry")
BATCH = 20_000
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION bwi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$"""


def _sqlite_triggers(create: bool) -> None:
    for verb in ("update", "delete"):
        if create:
            op.execute(f"CREATE TRIGGER audit_event_no_{verb} BEFORE {verb.upper()} ON audit_event "
                       "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{verb}")


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_triggers(create=False)
    with op.batch_alter_table('audit_event') as batch:
        batch.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    _fill_chain(connection)
    with op.batch_alter_table('audit_event') as batch:  # SQLite: the table is copied, its triggers go with it
        batch.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
    if sqlite:
        _sqlite_triggers(create=True)
    elif connection.dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION bwi_append_only()")


def _fill_chain(connection: sa.Connection) -> None:
    """Chain the existing events in id order, a batch at a time (bounded memory for a large trail)."""
    table = sa.Table('audit_event', sa.MetaData(), autoload_with=connection)
    columns = [c for c in table.columns if c.name not in NOT_CONTENT]
    postgresql = connection.dialect.name == "postgresql"
    write: sa.Insert | sa.Update
    if postgresql:  # the links go into a temporary table, then one UPDATE: far fewer round trips than a row each
        connection.exec_driver_sql("CREATE TEMPORARY TABLE bwi_chain_fill (event_id integer PRIMARY KEY, "
                                   "link_prev varchar(64), link_hash varchar(64)) ON COMMIT DROP")
        fill = sa.table('bwi_chain_fill', sa.column('event_id'), sa.column('link_prev'), sa.column('link_hash'))
        write = fill.insert()
    else:
        write = (table.update().where(table.c.id == sa.bindparam('event_id'))
                 .values(prev_hash=sa.bindparam('link_prev'), hash=sa.bindparam('link_hash')))
    previous, last = GENESIS, None
    while True:
        query = sa.select(table.c.id, *columns).order_by(table.c.id).limit(BATCH)
        if last is not None:
            query = query.where(table.c.id > last)
        rows = connection.execute(query).all()
        if not rows:
            break
        links = []
        for row in rows:
            values = row._mapping
            current = event_hash(previous, {c.name: values[c.name] for c in columns})
            links.append({'event_id': row.id, 'link_prev': previous, 'link_hash': current})
            previous = current
        connection.execute(write, links)
        last = rows[-1].id
    if postgresql:
        connection.exec_driver_sql("UPDATE audit_event SET prev_hash = f.link_prev, hash = f.link_hash "
                                   "FROM bwi_chain_fill f WHERE audit_event.id = f.event_id")


def downgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_triggers(create=False)
    elif connection.dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bwi_append_only()")
    with op.batch_alter_table('audit_event') as batch:
        batch.drop_column('hash')
        batch.drop_column('prev_hash')
    if sqlite:
        _sqlite_triggers(create=True)
