"""Alembic migrations: they build exactly the models' schema, and an existing file is backed up before migrating."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, inspect, select, text
from sqlalchemy.exc import DBAPIError

from bwi_vouchers.errors import BwiError
from bwi_vouchers.paths import migrations_dir
from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.chain_hash import event_hash
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.engine import make_engine
from bwi_vouchers.storage.list_query import is_search_object
from bwi_vouchers.storage.models import Base


def ours(name: str | None, _type: str = "", _parents: object = None) -> bool:
    """Not the search index (migration 0006: an FTS5 table or trigram indexes, which the models do not hold)."""
    return not is_search_object(name)


def table_names(engine_or_connection: object) -> set[str]:
    return {name for name in inspect(engine_or_connection).get_table_names() if ours(name)}


def url(path: Path) -> str:
    return "sqlite:///" + str(path)


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(str(path))) as raw:
        return {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".before-" in p.name)


@pytest.mark.both_engines
def test_migrating_an_empty_database_gives_exactly_the_models_schema(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        assert migrate.current_revision(engine) is None
        assert migrate.upgrade(engine) is None  # a fresh database needs no backup
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": ours})
            assert compare_metadata(context, Base.metadata) == []
            names = table_names(connection)
        assert names == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_the_comparison_would_notice_a_difference(empty_url: str) -> None:
    """Guard for the test above: a table the migrations do not know is reported."""
    engine = make_engine(empty_url)
    try:
        migrate.upgrade(engine)
        extended = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(extended)
        Table("not_migrated", extended, Column("id", Integer, primary_key=True))
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"include_name": ours}), extended)
        assert [d[0] for d in diff] == ["add_table"]
    finally:
        engine.dispose()


def test_the_append_only_triggers_are_migrated(tmp_path: Path) -> None:
    Database.open(url(tmp_path / "t.db"), seed=False).dispose()
    with closing(sqlite3.connect(str(tmp_path / "t.db"))) as raw:
        triggers = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"audit_event_no_update", "audit_event_no_delete", "ledger_entry_no_update",
            "ledger_entry_no_delete"} <= triggers


@pytest.mark.both_engines
def test_downgrade_to_base_and_upgrade_again(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        migrate.upgrade(engine)
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}  # the search index too
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert table_names(engine) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


def test_opening_an_up_to_date_database_makes_no_backup(tmp_path: Path) -> None:
    first = Database.open(url(tmp_path / "app.db"))
    assert first.last_backup is None
    first.dispose()
    again = Database.open(url(tmp_path / "app.db"))
    try:
        assert again.last_backup is None
        assert backups(tmp_path) == []
    finally:
        again.dispose()


def test_backup_sqlite_writes_a_readable_consistent_copy(world) -> None:  # type: ignore[no-untyped-def]
    world.budget("1234.56")
    source = world.database.sqlite_path()
    target = source.parent / "copies" / "copy.db"
    migrate.backup_sqlite(source, target)
    assert target.exists() and not target.with_name("copy.db.part").exists()
    with closing(sqlite3.connect(str(target))) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT year, source, amount FROM budget_line").fetchall() == [(2026, "Landesmittel",
                                                                                           123456)]
        logins = {login for (login,) in raw.execute("SELECT login FROM app_user")}
    assert {"admin", "clerk", "approver", "approver2"} <= logins
    reopened = Database.open(url(target))
    try:
        assert reopened.last_backup is None
        with reopened.unit_of_work() as uow:
            assert uow.budget_line(2026, "Landesmittel").amount == Decimal("1234.56")  # type: ignore[union-attr]
    finally:
        reopened.dispose()


NEXT_REVISION = '''"""a pending migration for the test"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_pending", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_pending")
'''


def test_the_head_known_without_alembic_is_alembics_head() -> None:
    """Start-up compares the stored revision with ``HEAD_REVISION`` and imports Alembic only when they
    differ: a new migration must move the constant too."""
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_a_pending_migration_backs_up_the_existing_file_first(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    database = Database.open(url(path))
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(Base.metadata.tables["reference_counter"].insert().values(year=2026, last_number=41))
    database.dispose()
    head = migrate.head_revision()

    # The shipped migrations plus one newer revision, as the next release would bring.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_pending.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")  # the next release's constant
    assert migrate.head_revision() == "9999"

    upgraded = Database.open(url(path))
    try:
        backup = upgraded.last_backup
        assert backup is not None and backup.exists()
        assert backup.parent == tmp_path and backup.name.startswith(f"office.before-{head}-")
        assert backups(tmp_path) == [backup]
        # The copy is the database as it was before: old revision, no new table, the data intact.
        assert "test_pending" not in tables(backup)
        assert "test_pending" in tables(path)
        with closing(sqlite3.connect(str(backup))) as raw:
            assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
            assert raw.execute("SELECT last_number FROM reference_counter").fetchall() == [(41,)]
        assert migrate.current_revision(upgraded.engine) == "9999"
    finally:
        upgraded.dispose()


def sqlite_at(path: Path, revision: str) -> Path:
    """A new SQLite file migrated to ``revision`` (to be filled as an older program would have left it)."""
    engine = make_engine(url(path))
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    return path


def test_0002_fills_existing_programme_versions_and_stored_r10_checks(tmp_path: Path) -> None:
    """A database of revision 0001 with a version and a stored R10 check: after the upgrade the version has
    the legal basis and SME limits of the defaults, and the stored check the words its sentence needs."""
    path = sqlite_at(tmp_path / "old.db", "0001")
    with closing(sqlite3.connect(str(path))) as raw:
        raw.execute("INSERT INTO programme_version (valid_from, name, rate, cap, min_costs, max_vouchers_per_year, "
                    "deminimis_ceiling, deminimis_years, proof_months, lead_days, measure_types, funding_sources, "
                    "default_source, version) VALUES ('2020-01-01', 'Alt', '0.50', 300000, 50000, 2, 30000000, 3, "
                    "6, 0, 'cooperation_fair', 'Landesmittel', 'Landesmittel', 1)")
        raw.execute("INSERT INTO eligibility_check (application_id, rule, outcome, reason, params, checked_at, "
                    "checked_by) VALUES (1, 'R10', 'fail', 'deminimis_exceeded', '{\"total\": \"299000.00\"}', "
                    "'2026-01-05 09:00:00', 'approver')")
        raw.commit()
    database = Database.open(url(path), seed=False)
    try:
        with database.unit_of_work() as uow:
            version = uow.programme_versions()[0]
            assert (version.deminimis_basis, version.sme_staff_limit, version.sme_turnover_limit,
                    version.sme_balance_limit) == ("Verordnung (EU) 2023/2831", Decimal(250),
                                                   Decimal("50000000.00"), Decimal("43000000.00"))
            assert version.deminimis_basis_title.startswith("der Kommission vom 13. Dezember 2023")
            params = uow.session.execute(Base.metadata.tables["eligibility_check"].select()).one().params
        assert params == {"total": "299000.00", "years": "3", "basis": "Verordnung (EU) 2023/2831"}
    finally:
        database.dispose()


@pytest.mark.both_engines
def test_0004_keeps_the_audit_trail_and_adds_who_acted_for_whom(empty_url: str) -> None:
    """A filled database of revision 0002: after the upgrade its audit events are all there, nobody acted for
    anyone, a new event can name for whom; the append-only rule still holds (SQLite's triggers are kept); on
    PostgreSQL the trigger functions are in place."""
    engine = make_engine(empty_url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            audit = Table("audit_event", MetaData(), autoload_with=connection)
            connection.execute(audit.insert(), [
                {"at": datetime(2026, 1, 5, 9, 0), "user_login": login, "entity": "user", "entity_id": login,
                 "action": "created", "changes": {}} for login in ("admin", "weber")])
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
        with engine.begin() as connection:
            audit = Table("audit_event", MetaData(), autoload_with=connection)
            rows = connection.execute(select(audit.c.user_login, audit.c.on_behalf_of).order_by(audit.c.id)).all()
            assert [tuple(r) for r in rows] == [("admin", None), ("weber", None)]
            content = {"at": datetime(2026, 1, 6), "user_login": "admin", "on_behalf_of": "weber",
                       "entity": "user", "entity_id": "x", "action": "changed", "changes": {}}
            last = connection.execute(select(audit.c.hash).order_by(audit.c.id.desc()).limit(1)).scalar_one()
            connection.execute(audit.insert().values(**content, prev_hash=last, hash=event_hash(last, content)))
            if engine.dialect.name == "postgresql":
                functions = set(connection.execute(text(
                    "SELECT proname FROM pg_proc WHERE proname LIKE 'bwi_check_%'")).scalars())
                assert functions == {"bwi_check_application", "bwi_check_ledger", "bwi_check_audit"}
        if engine.dialect.name == "sqlite":  # (PostgreSQL's append-only triggers are another migration's)
            with pytest.raises(DBAPIError), engine.begin() as connection:
                connection.execute(text("DELETE FROM audit_event"))
    finally:
        engine.dispose()


def test_0007_gives_contacts_an_empty_salutation(tmp_path: Path) -> None:
    """Contacts of an older database keep everything and get no Anrede (greeted by name until one is set)."""
    path = sqlite_at(tmp_path / "old.db", "0002")
    with closing(sqlite3.connect(str(path))) as raw:
        raw.execute("INSERT INTO company (id, name, seat_or_branch_in_bw, match_key, created_at, version) "
                    "VALUES (1, 'Alt GmbH', 1, 'alt|70173', '2026-01-05 09:00:00', 1)")
        raw.execute("INSERT INTO contact (company_id, name, email) VALUES (1, 'Martina Jäger', 'mj@example.org')")
        raw.commit()
    database = Database.open(url(path), seed=False)
    try:
        with database.unit_of_work() as uow:
            assert [(c.name, c.email, c.salutation) for c in uow.contacts(1)] == [
                ("Martina Jäger", "mj@example.org", None)]
    finally:
        database.dispose()


@pytest.mark.both_engines
def test_a_postgresql_database_is_dumped_before_it_is_migrated(empty_url: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pg_dump a PostgreSQL database is not migrated (nothing changed); with it, the dump comes first."""
    if not empty_url.startswith("postgresql"):
        pytest.skip("an SQLite file is copied before a migration (tested above)")
    engine = make_engine(empty_url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
        monkeypatch.setenv("BWI_VOUCHERS_BACKUP_DIR", str(tmp_path / "sicherungen"))
        monkeypatch.setenv("BWI_PG_DUMP", str(tmp_path / "gibt-es-nicht"))
        with pytest.raises(BwiError) as refused:
            migrate.upgrade(engine)
        assert refused.value.code == "migration_needs_pg_dump" and "pg_dump" in str(refused.value)
        assert migrate.current_revision(engine) == "0002"
        monkeypatch.delenv("BWI_PG_DUMP")
        dump = migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
        assert dump is not None and dump.parent == tmp_path / "sicherungen" and ".before-0002-" in dump.name
        assert dump.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format, for pg_restore
    finally:
        engine.dispose()
