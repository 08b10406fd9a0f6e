"""Opening a PostgreSQL database that is not there to open: one German message each, nothing changed."""

from __future__ import annotations

import psycopg
import pytest

from bwi_vouchers.app import open_database
from bwi_vouchers.errors import BwiError
from tests import pg


def _refusal(url: str) -> BwiError:
    with pytest.raises(BwiError) as caught:
        open_database(url)
    return caught.value


def test_a_server_that_does_not_answer() -> None:
    port = pg.free_port()  # nothing listens there
    error = _refusal(f"postgresql+psycopg://weber@127.0.0.1:{port}/bwi")
    assert error.code == "server_unreachable"
    assert f"127.0.0.1:{port} ist nicht erreichbar" in error.message("de")
    assert "Connection refused" not in error.message("de")  # no driver text


def test_a_database_the_server_does_not_have(postgres_server) -> None:  # type: ignore[no-untyped-def]
    error = _refusal(postgres_server.url("gibt_es_nicht"))
    assert error.code == "database_missing"
    assert "keine Datenbank „gibt_es_nicht“" in error.message("de")


def test_another_programs_database_is_left_alone(postgres_databases) -> None:  # type: ignore[no-untyped-def]
    url = postgres_databases(False)
    plain = url.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute("CREATE TABLE customers (id integer PRIMARY KEY, name text)")
    error = _refusal(url)
    assert error.code == "foreign_server_database" and "(customers)" in error.message("de")
    with psycopg.connect(plain, autocommit=True) as connection:
        tables = {name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"customers"}  # not one table of ours was created
