"""Files written whole or not at all: a temporary file beside the target, then one rename.

Letters and workbooks are written through here, so a crash or a full disk never leaves a half-written
file under the target's name. The temporary file gets the usual permissions (not mkstemp's 0600), so the
finished file can be shared like any other the user saves.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from bwi_vouchers.errors import BwiError

TEMP_NAME = re.compile(r"\.~(.+)\.[0-9a-f]{8}(\.[^.]*)?\.part")
REASONS = {errno.ENOENT: "Datei oder Ordner nicht gefunden", errno.EACCES: "keine Schreibberechtigung",
           errno.EPERM: "keine Schreibberechtigung", errno.EROFS: "das Laufwerk ist schreibgeschützt",
           errno.ENOSPC: "der Datenträger ist voll", errno.EDQUOT: "das Speicherkontingent ist erschöpft",
           errno.EISDIR: "das ist ein Ordner", errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
           errno.ENAMETOOLONG: "der Name ist zu lang", errno.EEXIST: "die Datei existiert bereits"}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in German for the usual reasons (the system's words otherwise)."""
    return REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _temp_beside(target: Path) -> Path:
    for _ in range(100):
        temp = target.with_name(f".~{target.stem}.{secrets.token_hex(4)}{target.suffix}.part")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {target}")


def probe_folder(target: Path) -> None:
    """Refuse (``cannot_write``) when no file can be created beside the target; leaves nothing behind."""
    try:
        _temp_beside(target).unlink()
    except OSError as exc:
        raise BwiError("cannot_write", path=str(target), detail=os_reason(exc)) from None


def write_via_temp(target: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``target``, flush it to disk, then rename it over ``target``.
    Temporary files that a killed earlier write of the same target left behind are removed first."""
    for stale in leftovers(target.parent):
        if temp_target(stale) == target:
            stale.unlink(missing_ok=True)
    temp = write_temp(target, write)
    finish(temp, target)
    return target


def write_temp(target: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``target`` (``.~NAME.xxxxxxxx.SUFFIX.part``) and flush it to
    disk; the caller renames it with ``finish`` (after recording it, for a letter). On failure it is removed."""
    if not target.parent.is_dir():
        raise BwiError("cannot_write", path=str(target), detail="der Ordner existiert nicht")
    try:
        temp = _temp_beside(target)
    except OSError as exc:
        raise BwiError("cannot_write", path=str(target), detail=os_reason(exc)) from None
    try:
        write(temp)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BwiError("cannot_write", path=str(target), detail=os_reason(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def finish(temp: Path, target: Path, *, recorded: bool = False) -> None:
    """Rename a finished temporary file to its target name (one atomic step). On failure it is removed —
    unless it is ``recorded`` (a letter whose record is committed): then it stays for the next run to name."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        if not recorded:
            temp.unlink(missing_ok=True)
        raise BwiError("cannot_write", path=str(target), detail=os_reason(exc)) from None


def temp_target(temp: Path) -> Path | None:
    """The target a temporary file of ``write_temp`` was meant for; None for any other file."""
    match = TEMP_NAME.fullmatch(temp.name)
    return temp.with_name(match.group(1) + (match.group(2) or "")) if match else None


def leftovers(folder: Path) -> list[Path]:
    """The temporary files of ``write_temp`` in a folder (left by a killed or crashed run)."""
    try:
        return sorted(p for p in folder.iterdir() if TEMP_NAME.fullmatch(p.name))
    except OSError:
        return []
