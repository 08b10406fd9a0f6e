"""Backups of a PostgreSQL database with ``pg_dump`` (custom format; ``pg_restore`` puts one back)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from bwi_vouchers.atomic import os_reason
from bwi_vouchers.errors import BwiError

#: Where Debian and Ubuntu keep the client programs of each installed version.
DEBIAN_BINARIES = Path("/usr/lib/postgresql")


def find_pg_dump() -> Path | None:
    """``BWI_PG_DUMP``, else ``pg_dump`` on the PATH, else the newest version in Debian's folders."""
    chosen = os.environ.get("BWI_PG_DUMP")
    if chosen:
        return Path(chosen) if Path(chosen).is_file() else None
    on_path = shutil.which("pg_dump")
    if on_path:
        return Path(on_path)
    found = sorted(DEBIAN_BINARIES.glob("*/bin/pg_dump"), key=lambda p: int("0" + p.parts[-3]))
    return found[-1] if found else None


def connection_settings(url: URL) -> tuple[str, dict[str, str]]:
    """libpq's URI for ``url`` without the password, and the environment that carries the password."""
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), environment


def dump(url: URL, target: Path) -> None:
    """Write a consistent dump of the database to ``target``: beside it first, then renamed; a failure leaves no
    file behind. Raises ``BwiError`` with a German reason (``pg_dump_missing``, ``backup_failed``)."""
    program = find_pg_dump()
    if program is None:
        raise BwiError("pg_dump_missing")
    partial = target.with_name(f".~{target.name}.part")
    address, environment = connection_settings(url)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        done = subprocess.run([str(program), "--format=custom", "--no-password", f"--file={partial}",
                               f"--dbname={address}"], env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            reason = (done.stderr.strip() or f"pg_dump endete mit {done.returncode}").replace(
                str(url.password or "\0"), "***")
            raise BwiError("backup_failed", path=str(target), detail=reason)
        partial.replace(target)
    except OSError as exc:
        raise BwiError("backup_failed", path=str(target), detail=os_reason(exc)) from None
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
