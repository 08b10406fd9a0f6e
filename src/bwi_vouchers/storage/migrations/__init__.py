"""The Alembic migration scripts (``versions/``), run by ``bwi_vouchers.storage.migrate``."""

#: The newest revision in ``versions/``: start-up compares the database's with it without importing Alembic.
#: A new migration changes it too (tests/integration/test_migrations.py checks it against Alembic's head).
HEAD = "0008"
