"""the application list in SQL: an index per sortable column, a substring search index

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:30:00

Each sortable column gets an index (column, ref_year, ref_number): the list reads one page of any order
from it. Search over reference and company name: on SQLite an FTS5 table with the trigram tokenizer
(``application_search``, rowid = application id), filled from the existing rows and kept in sync by triggers
on ``application`` and ``company`` — bulk inserts (demo, import) fire them too. On PostgreSQL ``pg_trgm`` GIN
indexes serve ``ILIKE '%…%'``; where the extension may not be created, the search works without them (a scan).
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

LIST_INDEXES = (("company", "company_id"), ("measure", "measure_id"), ("theme", "theme_code"),
                ("cluster", "cluster_id"), ("receipt", "receipt_date"), ("status", "status"),
                ("costs", "eligible_costs"), ("voucher", "voucher_amount"), ("approved", "approved_amount"),
                ("paid", "payout_amount"))

ROW = "SELECT {id}, {reference}, c.name FROM company c WHERE c.id = {company}"
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE application_search USING fts5(reference, company, tokenize = 'trigram')",
    "INSERT INTO application_search (rowid, reference, company) "
    "SELECT a.id, a.reference, c.name FROM application a JOIN company c ON c.id = a.company_id",
    "CREATE TRIGGER application_search_insert AFTER INSERT ON application BEGIN "
    "INSERT INTO application_search (rowid, reference, company) "
    + ROW.format(id="new.id", reference="new.reference", company="new.company_id") + "; END",
    "CREATE TRIGGER application_search_delete AFTER DELETE ON application BEGIN "
    "DELETE FROM application_search WHERE rowid = old.id; END",
    "CREATE TRIGGER application_search_update AFTER UPDATE OF id, reference, company_id ON application BEGIN "
    "DELETE FROM application_search WHERE rowid = old.id; "
    "INSERT INTO application_search (rowid, reference, company) "
    + ROW.format(id="new.id", reference="new.reference", company="new.company_id") + "; END",
    "CREATE TRIGGER application_search_company AFTER UPDATE OF name ON company BEGIN "
    "DELETE FROM application_search WHERE rowid IN (SELECT id FROM application WHERE company_id = new.id); "
    "INSERT INTO application_search (rowid, reference, company) "
    "SELECT id, reference, new.name FROM application WHERE company_id = new.id; END",
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS application_search_company", "DROP TRIGGER IF EXISTS application_search_update",
               "DROP TRIGGER IF EXISTS application_search_delete", "DROP TRIGGER IF EXISTS application_search_insert",
               "DROP TABLE IF EXISTS application_search")
POSTGRES_SEARCH = (
    "CREATE INDEX application_search_reference ON application USING gin (reference gin_trgm_ops)",
    "CREATE INDEX application_search_company ON company USING gin (name gin_trgm_ops)",
)
POSTGRES_DROP = ("DROP INDEX IF EXISTS application_search_company", "DROP INDEX IF EXISTS application_search_reference")


def upgrade() -> None:
    for name, column in LIST_INDEXES:
        op.create_index(f"ix_application_list_{name}", "application", [column, "ref_year", "ref_number"])
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif connection.dialect.name == "postgresql":
        _postgres_search(connection)


def _postgres_search(connection: sa.Connection) -> None:
    """pg_trgm indexes when the extension is there or may be created; else the search scans (and says so)."""
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as error:
        savepoint.rollback()
        log.warning("pg_trgm is not available (%s): the list's search works without an index", error.orig)
        return
    savepoint.commit()
    for statement in POSTGRES_SEARCH:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for statement in SQLITE_DROP if connection.dialect.name == "sqlite" else POSTGRES_DROP:
        op.execute(statement)
    for name, _column in reversed(LIST_INDEXES):
        op.drop_index(f"ix_application_list_{name}", "application")
