"""Files written whole or not at all: a temporary file beside the target, then one rename.

Letters and workbooks are written through here, so a crash or a full disk never leaves a half-written
file under the target's name. The temporary file gets the usual permissions (not mkstemp's 0600), so the
finished file can be shared like any other the user saves.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from bwi_vouchers.errors import BwiError


def _temp_beside(target: Path) -> Path:
    for _ in range(100):
        temp = target.with_name(f".~{target.stem}.{secrets.token_hex(4)}{target.suffix}.part")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {target}")


def write_via_temp(target: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``target``, flush it to disk, then rename it over ``target``."""
    if not target.parent.is_dir():
        raise BwiError("cannot_write", path=str(target), detail="der Ordner existiert nicht")
    try:
        temp = _temp_beside(target)
    except OSError as exc:
        raise BwiError("cannot_write", path=str(target), detail=exc.strerror or str(exc)) from None
    try:
        write(temp)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BwiError("cannot_write", path=str(target), detail=exc.strerror or str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
