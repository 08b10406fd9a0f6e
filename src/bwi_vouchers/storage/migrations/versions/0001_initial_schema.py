"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 17:24:26.466203
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bwi_vouchers.storage.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('login', name=op.f('uq_app_user_login'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_login', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_event_user_at', ['user_login', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_user_login'), ['user_login'], unique=False)

    op.create_table('budget_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('amount', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line')),
    sa.UniqueConstraint('year', 'source', name=op.f('uq_budget_line_year'))
    )
    op.create_table('measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure')),
    sa.UniqueConstraint('code', name=op.f('uq_measure_code'))
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_start_date'), ['start_date'], unique=False)

    op.create_table('programme_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('rate', bwi_vouchers.storage.types.ExactDecimal(length=40), nullable=False),
    sa.Column('cap', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('min_costs', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('max_vouchers_per_year', sa.Integer(), nullable=False),
    sa.Column('deminimis_ceiling', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('deminimis_years', sa.Integer(), nullable=False),
    sa.Column('proof_months', sa.Integer(), nullable=False),
    sa.Column('lead_days', sa.Integer(), nullable=False),
    sa.Column('measure_types', sa.String(length=200), nullable=False),
    sa.Column('funding_sources', sa.String(length=200), nullable=False),
    sa.Column('default_source', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_version')),
    sa.UniqueConstraint('valid_from', name=op.f('uq_programme_version_valid_from'))
    )
    op.create_table('reference_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_reference_counter'))
    )
    op.create_table('region',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region')),
    sa.UniqueConstraint('name', name=op.f('uq_region_name'))
    )
    op.create_table('theme',
    sa.Column('code', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name_de', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_theme'))
    )
    op.create_table('cluster',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('region_code', sa.String(length=40), nullable=True),
    sa.Column('state_owned', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_cluster_region_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster')),
    sa.UniqueConstraint('name', name=op.f('uq_cluster_name'))
    )
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('legal_form', sa.String(length=60), nullable=True),
    sa.Column('register_number', sa.String(length=60), nullable=True),
    sa.Column('vat_id', sa.String(length=30), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('region_code', sa.String(length=40), nullable=True),
    sa.Column('seat_or_branch_in_bw', sa.Boolean(), nullable=False),
    sa.Column('nace_code', sa.String(length=10), nullable=True),
    sa.Column('match_key', sa.String(length=320), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_company_region_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_match_key'), ['match_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_register_number'), ['register_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_vat_id'), ['vat_id'], unique=False)

    op.create_table('measure_theme',
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('theme_code', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_measure_theme_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_code'], ['theme.code'], name=op.f('fk_measure_theme_theme_code_theme')),
    sa.PrimaryKeyConstraint('measure_id', 'theme_code', name=op.f('pk_measure_theme'))
    )
    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('ref_year', sa.Integer(), nullable=False),
    sa.Column('ref_number', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('theme_code', sa.Integer(), nullable=True),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('receipt_date', sa.Date(), nullable=False),
    sa.Column('early_start_consent', sa.Date(), nullable=True),
    sa.Column('eligible_costs', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('requested_amount', bwi_vouchers.storage.types.Money(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('funding_source', sa.String(length=60), nullable=True),
    sa.Column('budget_line_id', sa.Integer(), nullable=True),
    sa.Column('voucher_amount', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('approved_amount', bwi_vouchers.storage.types.Money(), nullable=True),
    sa.Column('approval_date', sa.Date(), nullable=True),
    sa.Column('in_review_by', sa.String(length=60), nullable=True),
    sa.Column('in_review_at', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=60), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('proof_due_date', sa.Date(), nullable=True),
    sa.Column('proof_received_date', sa.Date(), nullable=True),
    sa.Column('proof_recorded_by', sa.String(length=60), nullable=True),
    sa.Column('actual_costs', bwi_vouchers.storage.types.Money(), nullable=True),
    sa.Column('payout_amount', bwi_vouchers.storage.types.Money(), nullable=True),
    sa.Column('payout_date', sa.Date(), nullable=True),
    sa.Column('paid_by', sa.String(length=60), nullable=True),
    sa.Column('closed_by', sa.String(length=60), nullable=True),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['budget_line_id'], ['budget_line.id'], name=op.f('fk_application_budget_line_id_budget_line')),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_application_cluster_id_cluster')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_application_company_id_company')),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_application_measure_id_measure')),
    sa.ForeignKeyConstraint(['theme_code'], ['theme.code'], name=op.f('fk_application_theme_code_theme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('ref_year', 'ref_number', name=op.f('uq_application_ref_year')),
    sa.UniqueConstraint('reference', name=op.f('uq_application_reference'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_budget_line_id'), ['budget_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_company_id'), ['company_id'], unique=False)
        batch_op.create_index('ix_application_company_measure', ['company_id', 'measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_proof_due_date'), ['proof_due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_receipt_date'), ['receipt_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_status'), ['status'], unique=False)

    op.create_table('cluster_theme',
    sa.Column('cluster_id', sa.Integer(), nullable=False),
    sa.Column('theme_code', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_cluster_theme_cluster_id_cluster'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_code'], ['theme.code'], name=op.f('fk_cluster_theme_theme_code_theme')),
    sa.PrimaryKeyConstraint('cluster_id', 'theme_code', name=op.f('pk_cluster_theme'))
    )
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('function', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_contact_company_id_company'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_company_id'), ['company_id'], unique=False)

    op.create_table('deminimis_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('granting_body', sa.String(length=200), nullable=False),
    sa.Column('grant_date', sa.Date(), nullable=True),
    sa.Column('amount', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_deminimis_record_company_id_company'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deminimis_record'))
    )
    with op.batch_alter_table('deminimis_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deminimis_record_company_id'), ['company_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_membership_cluster_id_cluster')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_membership_company_id_company'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_company_id'), ['company_id'], unique=False)

    op.create_table('sme_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('reference_year', sa.Integer(), nullable=False),
    sa.Column('annual_work_units', bwi_vouchers.storage.types.ExactDecimal(length=40), nullable=False),
    sa.Column('turnover', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('balance_sheet_total', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_sme_figures_company_id_company'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sme_figures')),
    sa.UniqueConstraint('company_id', 'reference_year', name=op.f('uq_sme_figures_company_id'))
    )
    with op.batch_alter_table('sme_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sme_figures_company_id'), ['company_id'], unique=False)

    op.create_table('cost_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=True),
    sa.Column('amount', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_cost_item_application_id_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_item'))
    )
    with op.batch_alter_table('cost_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_item_application_id'), ['application_id'], unique=False)

    op.create_table('eligibility_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=4), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=60), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('checked_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_eligibility_check_application_id_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_check'))
    )
    with op.batch_alter_table('eligibility_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_check_application_id'), ['application_id'], unique=False)

    op.create_table('generated_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_generated_document_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_generated_document'))
    )
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generated_document_application_id'), ['application_id'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('budget_line_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount', bwi_vouchers.storage.types.Money(), nullable=False),
    sa.Column('booked_on', sa.Date(), nullable=False),
    sa.Column('booked_at', sa.DateTime(), nullable=False),
    sa.Column('booked_by', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_ledger_entry_application_id_application')),
    sa.ForeignKeyConstraint(['budget_line_id'], ['budget_line.id'], name=op.f('fk_ledger_entry_budget_line_id_budget_line')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_budget_line_id'), ['budget_line_id'], unique=False)
        batch_op.create_index('ix_ledger_entry_line_kind_amount', ['budget_line_id', 'kind', 'amount'], unique=False)

    # The audit trail and the ledger are append-only: the database itself refuses to change them.
    if op.get_bind().dialect.name == "sqlite":
        for table in ("audit_event", "ledger_entry"):
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in ("audit_event", "ledger_entry"):
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_entry_line_kind_amount')
        batch_op.drop_index(batch_op.f('ix_ledger_entry_budget_line_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entry_application_id'))

    op.drop_table('ledger_entry')
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generated_document_application_id'))

    op.drop_table('generated_document')
    with op.batch_alter_table('eligibility_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_check_application_id'))

    op.drop_table('eligibility_check')
    with op.batch_alter_table('cost_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_item_application_id'))

    op.drop_table('cost_item')
    with op.batch_alter_table('sme_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sme_figures_company_id'))

    op.drop_table('sme_figures')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_company_id'))
        batch_op.drop_index(batch_op.f('ix_membership_cluster_id'))

    op.drop_table('membership')
    with op.batch_alter_table('deminimis_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deminimis_record_company_id'))

    op.drop_table('deminimis_record')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_company_id'))

    op.drop_table('contact')
    op.drop_table('cluster_theme')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_status'))
        batch_op.drop_index(batch_op.f('ix_application_receipt_date'))
        batch_op.drop_index(batch_op.f('ix_application_proof_due_date'))
        batch_op.drop_index(batch_op.f('ix_application_measure_id'))
        batch_op.drop_index('ix_application_company_measure')
        batch_op.drop_index(batch_op.f('ix_application_company_id'))
        batch_op.drop_index(batch_op.f('ix_application_budget_line_id'))

    op.drop_table('application')
    op.drop_table('measure_theme')
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_vat_id'))
        batch_op.drop_index(batch_op.f('ix_company_register_number'))
        batch_op.drop_index(batch_op.f('ix_company_name'))
        batch_op.drop_index(batch_op.f('ix_company_match_key'))

    op.drop_table('company')
    op.drop_table('cluster')
    op.drop_table('theme')
    op.drop_table('region')
    op.drop_table('reference_counter')
    op.drop_table('programme_version')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_start_date'))

    op.drop_table('measure')
    op.drop_table('budget_line')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_user_login'))
        batch_op.drop_index('ix_audit_event_user_at')
        batch_op.drop_index('ix_audit_event_entity')
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    op.drop_table('app_user')
