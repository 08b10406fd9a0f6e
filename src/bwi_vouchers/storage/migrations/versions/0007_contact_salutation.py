"""contact person: salutation (Anrede)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:00:00

Letters greet the contact person by salutation ("Sehr geehrte Frau Jäger,"). Existing contacts have none
(NULL) and keep the greeting by name until a clerk sets it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        batch.add_column(sa.Column('salutation', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        batch.drop_column('salutation')
