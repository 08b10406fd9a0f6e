"""programme version: legal basis of de minimis and SME thresholds

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 00:40:00

Existing versions get the values in force when this migration was written (the defaults of
``data/programme.toml``); the stored R10 checks get the de-minimis years and legal basis their
sentence now names.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bwi_vouchers.storage.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

BASIS = "Verordnung (EU) 2023/2831"
BASIS_TITLE = ("der Kommission vom 13. Dezember 2023 über die Anwendung der Artikel 107 und 108 des Vertrags über "
               "die Arbeitsweise der Europäischen Union auf De-minimis-Beihilfen (ABl. L, 2023/2831, 15.12.2023)")
# Money is stored as integer cents, ExactDecimal as its text.
FILLED = {"deminimis_basis": BASIS, "deminimis_basis_title": BASIS_TITLE, "sme_staff_limit": "250",
          "sme_turnover_limit": 50_000_000_00, "sme_balance_limit": 43_000_000_00}


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column('deminimis_basis', sa.String(length=200), nullable=True),
        sa.Column('deminimis_basis_title', sa.String(length=600), nullable=True),
        sa.Column('sme_staff_limit', bwi_vouchers.storage.types.ExactDecimal(length=40), nullable=True),
        sa.Column('sme_turnover_limit', bwi_vouchers.storage.types.Money(), nullable=True),
        sa.Column('sme_balance_limit', bwi_vouchers.storage.types.Money(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table('programme_version') as batch:
        for column in _columns():
            batch.add_column(column)
    version = sa.table('programme_version', sa.column('deminimis_basis', sa.String()),
                       sa.column('deminimis_basis_title', sa.String()), sa.column('sme_staff_limit', sa.String()),
                       sa.column('sme_turnover_limit', sa.BigInteger()), sa.column('sme_balance_limit', sa.BigInteger()))
    op.execute(version.update().values(**FILLED))
    with op.batch_alter_table('programme_version') as batch:
        for column in _columns():
            batch.alter_column(column.name, existing_type=column.type, nullable=False)
    _fill_stored_checks(op.get_bind())


def _fill_stored_checks(connection: sa.Connection) -> None:
    """The R10 sentence names the window and the legal basis; stored checks get today's defaults."""
    check = sa.table('eligibility_check', sa.column('id', sa.Integer()), sa.column('rule', sa.String()),
                     sa.column('params', sa.JSON()))
    rows = connection.execute(sa.select(check.c.id, check.c.params).where(check.c.rule == 'R10')).all()
    for row_id, params in rows:
        filled = {"years": "3", "basis": BASIS, **(params or {})}
        connection.execute(check.update().where(check.c.id == row_id).values(params=filled))


def downgrade() -> None:
    with op.batch_alter_table('programme_version') as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
