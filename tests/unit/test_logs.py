"""The log file: one rotating file, set up once, never holding a password."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from bwi_vouchers import logs


@pytest.fixture(autouse=True)
def _detach() -> Iterator[None]:
    yield
    logs.stop_logging()


def _ours() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_setup_writes_a_rotating_file_in_the_folder(tmp_path: Path) -> None:
    path = logs.setup_logging(folder=tmp_path / "log")
    assert path == tmp_path / "log" / "bwi-vouchers.log"
    assert logs.log_path() == path
    logging.getLogger("bwi_vouchers.test").info("Antrag IG-2026-0001 gespeichert")
    _ours()[0].flush()
    assert "Antrag IG-2026-0001 gespeichert" in path.read_text(encoding="utf-8")
    handler = _ours()[0]
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5


def test_setup_twice_adds_no_second_handler_and_moves_with_the_folder(tmp_path: Path) -> None:
    logs.setup_logging(folder=tmp_path / "a")
    logs.setup_logging(folder=tmp_path / "a")
    assert len(_ours()) == 1
    moved = logs.setup_logging(folder=tmp_path / "b")
    assert len(_ours()) == 1 and logs.log_path() == moved == tmp_path / "b" / "bwi-vouchers.log"


def test_default_folder_is_the_users_log_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(logs.LOG_ENV, raising=False)
    assert logs.log_dir().name in ("log", "Logs", "bwi-vouchers")  # platformdirs: ~/.local/state/…/log etc.
    assert "bwi-vouchers" in str(logs.log_dir())
    monkeypatch.setenv(logs.LOG_ENV, str(tmp_path / "elsewhere"))
    assert logs.log_path() == tmp_path / "elsewhere" / "bwi-vouchers.log"


def test_passwords_never_reach_the_file(tmp_path: Path) -> None:
    path = logs.setup_logging(folder=tmp_path)
    assert path is not None
    log = logging.getLogger("bwi_vouchers.test")
    log.info("Datenbank %s", "postgresql+psycopg://anna:Geheim%4012@db.example:5432/bwi")
    try:
        raise RuntimeError("connection to host=db user=anna password=Tr0ub4dor failed")
    except RuntimeError:
        log.exception("Verbindung gescheitert")
    _ours()[0].flush()
    text = path.read_text(encoding="utf-8")
    assert "Geheim" not in text and "Tr0ub4dor" not in text
    assert "postgresql+psycopg://anna:***@db.example:5432/bwi" in text and "password=***" in text
    assert "Traceback" in text


@pytest.mark.parametrize(("text", "masked"), [
    ("sqlite:////home/anna/bwi.db", "sqlite:////home/anna/bwi.db"),
    ("postgresql://:pw@h/d", "postgresql://:***@h/d"),
    ("postgresql://anna@h/d?password=x1&sslmode=require", "postgresql://anna@h/d?password=***&sslmode=require"),
    ("see http://host:8080/path", "see http://host:8080/path"),
])
def test_mask_secrets(text: str, masked: str) -> None:
    assert logs.mask_secrets(text) == masked


def test_unwritable_folder_does_not_stop_the_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.setup_logging(folder=blocker / "log") is None
    assert "keine Protokolldatei" in capsys.readouterr().err
