"""proof of use: the actual cost items by category

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 07:00:00

New table ``proof_cost_item``: the actual cost items of an application's proof of use (category, description,
net amount), written once with the step to ``proof_received``; their total is the application's
``actual_costs``. On both engines the database refuses to change or delete them. Proofs recorded before this
revision keep their total (``application.actual_costs``) and have no items: nothing is invented for them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TABLE = "proof_cost_item"
PG_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION bwi_proof_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$"""


def upgrade() -> None:
    op.create_table(TABLE,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),  # integer cents, as every money column
    sa.ForeignKeyConstraint(['application_id'], ['application.id'],
                            name=op.f('fk_proof_cost_item_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proof_cost_item'))
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proof_cost_item_application_id'), ['application_id'], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {TABLE}_no_{verb.lower()} BEFORE {verb} ON {TABLE} "
                       f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only'); END")
    elif dialect == "postgresql":
        op.execute(PG_APPEND_ONLY)
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {TABLE}_no_{verb.lower()} BEFORE {verb} ON {TABLE} "
                       f"FOR EACH ROW EXECUTE FUNCTION bwi_proof_append_only()")
        op.execute(f"CREATE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION bwi_proof_append_only()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_{verb}")
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proof_cost_item_application_id'))
    op.drop_table(TABLE)
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS bwi_proof_append_only()")
