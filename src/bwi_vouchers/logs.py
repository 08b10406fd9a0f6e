"""The log file: one rotating file in the user's log folder, set up in one place for the desktop and the command line.

``setup_logging()`` attaches a ``RotatingFileHandler`` (about 1 MB, 5 old files kept) to the root logger;
calling it again does not add a second one. Everything written to the file passes ``mask_secrets`` first,
so a database URL's password never lands in the log, not even inside a traceback.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from bwi_vouchers.paths import APP_AUTHOR, APP_NAME

LOG_ENV = "BWI_VOUCHERS_LOG_DIR"  # another log folder (tests, a bundle's smoke test)
LOG_FILE = "bwi-vouchers.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
MASK = "***"
_HANDLER_NAME = "bwi-vouchers-file"

# scheme://user:PASSWORD@host  and  password=PASSWORD (in a URL's query or a libpq connection string)
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][\w+.-]*://[^:/@\s]*:)(?P<secret>[^@\s]+)(?P<tail>@)")
_KEY_PASSWORD = re.compile(r"(?P<head>\b(?:password|passwd|pwd)\s*=\s*['\"]?)(?P<secret>[^&\s;'\"]+)", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """The text with every password in a URL (``user:secret@``) or ``password=secret`` replaced by ``***``."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + MASK + m["tail"], text)
    return _KEY_PASSWORD.sub(lambda m: m["head"] + MASK, text)


def log_dir() -> Path:
    """The user's log folder (``BWI_VOUCHERS_LOG_DIR`` if set), e.g. ``~/.local/state/bwi-vouchers/log``."""
    folder = os.environ.get(LOG_ENV)
    return Path(folder) if folder else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_path() -> Path:
    """The current log file, where ``setup_logging()`` writes (or would write)."""
    handler = _our_handler()
    return Path(handler.baseFilename) if handler is not None else log_dir() / LOG_FILE


class _MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_secrets(super().format(record))


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler) and handler.get_name() == _HANDLER_NAME:
            return handler
    return None


def setup_logging(*, folder: Path | None = None, level: int = logging.INFO, console: bool = False) -> Path | None:
    """Send log records to the rotating log file (and to stderr with ``console``); returns the file's path.

    Calling it again with another folder moves the log there; with the same folder it changes nothing.
    When the folder cannot be written, logging goes to stderr only and ``None`` is returned: a read-only
    home folder must not stop the program from starting.
    """
    root = logging.getLogger()
    root.setLevel(level)
    target = (folder or log_dir()) / LOG_FILE
    existing = _our_handler()
    if existing is not None:
        if existing.baseFilename == os.path.abspath(target):
            return target
        root.removeHandler(existing)
        existing.close()
    if console and not any(type(h) is logging.StreamHandler for h in root.handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(_MaskingFormatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as error:
        print(f"bwi-vouchers: keine Protokolldatei in {target.parent}: {error}", file=sys.stderr)
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(_MaskingFormatter(FORMAT))
    root.addHandler(handler)
    logging.captureWarnings(True)
    return target


def stop_logging() -> None:
    """Close and detach the log file (tests; the end of a process closes it anyway)."""
    handler = _our_handler()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logging.captureWarnings(False)
