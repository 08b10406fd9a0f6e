"""Put bwi-vouchers into the Linux desktop's application menu (for the current user, no root needed).

    .venv/bin/python scripts/install_desktop_entry.py            # install
    .venv/bin/python scripts/install_desktop_entry.py --remove   # take it out again

Writes ``applications/bwi-vouchers.desktop`` (from ``resources/bwi-vouchers.desktop``, with ``Exec`` set to
the installed ``bwi-vouchers`` beside this Python) and ``icons/hicolor/256x256/apps/bwi-vouchers.png`` into
``$XDG_DATA_HOME`` (normally ``~/.local/share``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from bwi_vouchers import paths

ENTRY = f"{paths.APP_NAME}.desktop"
#: Characters that make the desktop-entry spec require a quoted Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_executable() -> Path | None:
    beside = Path(sys.executable).with_name(paths.APP_NAME)
    if beside.is_file():
        return beside
    found = shutil.which(paths.APP_NAME)
    return Path(found) if found else None


def _string_value(text: str) -> str:
    """Escape a desktop-entry string value."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def exec_value(executable: Path) -> str:
    """``Exec=`` for an absolute program path, quoted as the desktop-entry spec asks."""
    text = str(executable).replace("%", "%%")
    if any(char in _RESERVED for char in text):
        text = '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'
    return _string_value(text)


def entry_text(executable: Path) -> str:
    lines = []
    for line in (paths.resources_dir() / ENTRY).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_value(executable)
        elif line.startswith("TryExec="):
            line = "TryExec=" + _string_value(str(executable))
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(home: Path) -> tuple[Path, Path]:
    return (home / "applications" / ENTRY,
            home / "icons" / "hicolor" / "256x256" / "apps" / f"{paths.APP_NAME}.png")


def install(home: Path, executable: Path) -> tuple[Path, Path]:
    entry, icon = targets(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(executable), encoding="utf-8")
    shutil.copyfile(paths.icon_file("png"), icon)
    return entry, icon


def remove(home: Path) -> list[Path]:
    removed = []
    for path in targets(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Menüeintrag für bwi-vouchers anlegen oder entfernen.")
    parser.add_argument("--remove", action="store_true", help="den Menüeintrag wieder entfernen")
    parser.add_argument("--executable", type=Path, default=None,
                        help="das Programm, das der Eintrag startet (Vorgabe: bwi-vouchers neben diesem Python)")
    args = parser.parse_args(argv)
    home = data_home()
    if args.remove:
        for path in remove(home):
            print(f"entfernt: {path}")
        return 0
    executable = args.executable or default_executable()
    if executable is None or not executable.is_file():
        print("bwi-vouchers ist nicht installiert (erst: .venv/bin/pip install .)", file=sys.stderr)
        return 1
    for path in install(home, executable.resolve()):
        print(f"geschrieben: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
