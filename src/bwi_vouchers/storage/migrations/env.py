"""Alembic environment: run with the connection handed over by ``bwi_vouchers.storage.migrate``."""

from __future__ import annotations

from alembic import context

from bwi_vouchers.storage.list_query import is_search_object
from bwi_vouchers.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through bwi_vouchers.storage.migrate, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=lambda name, type_, parents: not is_search_object(name),  # FTS5 table, trigram indexes
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
