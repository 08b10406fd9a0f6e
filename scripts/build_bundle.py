"""Build the PyInstaller bundle (dist/bwi-vouchers/) from pinned, hash-checked dependencies.

    python scripts/build_bundle.py [--venv build/bundle-venv] [--dist dist] [--keep-venv]

Steps: a fresh virtual environment; ``requirements/bundle.lock`` installed into it with ``--require-hashes``
(every package pinned and checked against its hash, PyInstaller included); the project itself without
dependencies; then PyInstaller with ``installer.spec``. Ends by printing the folder's size and the time
taken. Works on Linux and Windows; run it with Python 3.11 or newer (the Python the bundle will carry).
Exit status: 0 built, 1 a step failed (its output is above the last line).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "bundle.lock"
SPEC = ROOT / "installer.spec"
NAME = "bwi-vouchers"


class StepFailed(Exception):
    pass


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(step: str, command: list[str | Path]) -> float:
    """Run one step, its output going straight through; the seconds it took."""
    print(f"== {step}: {' '.join(str(part) for part in command)}", flush=True)
    started = time.monotonic()
    if subprocess.run([str(part) for part in command], cwd=ROOT).returncode != 0:
        raise StepFailed(step)
    return time.monotonic() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files below a folder (symbolic links counted as links, not followed)."""
    size = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            size += path.lstat().st_size
            files += 1
    return size, files


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {int(seconds % 60)} s"


def build(venv: Path, dist: Path, keep_venv: bool) -> int:
    python = venv_python(venv)
    times: dict[str, float] = {}
    started = time.monotonic()
    if not (keep_venv and python.exists()):
        shutil.rmtree(venv, ignore_errors=True)
        times["venv"] = run("virtual environment", [sys.executable, "-m", "venv", venv])
        times["venv"] += run("dependencies from the lock file",
                             [python, "-m", "pip", "install", "-q", "--require-hashes", "--no-deps", "-r", LOCK])
    # The project with no dependencies and no build isolation: its build backend (setuptools, wheel) is pinned
    # in the lock too, so nothing unchecked is downloaded.
    times["project"] = run("the project", [python, "-m", "pip", "install", "-q", "--no-deps",
                                           "--no-build-isolation", "--no-cache-dir", ROOT])
    times["pyinstaller"] = run("PyInstaller", [python, "-m", "PyInstaller", "--noconfirm", "--clean",
                                               "--log-level", "WARN", "--distpath", dist,
                                               "--workpath", ROOT / "build" / "pyinstaller", SPEC])
    folder = dist / NAME
    size, files = folder_size(folder)
    total = time.monotonic() - started
    parts = ", ".join(f"{step} {minutes(seconds)}" for step, seconds in times.items())
    print(f"Bundle: {folder} – {size / 1e6:.1f} MB in {files} files; built in {minutes(total)} ({parts})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the PyInstaller bundle from requirements/bundle.lock.")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv",
                        help="the build's virtual environment (made afresh; default: build/bundle-venv)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle's folder goes (default: dist)")
    parser.add_argument("--keep-venv", action="store_true",
                        help="reuse an existing virtual environment instead of making it afresh")
    args = parser.parse_args(argv)
    try:
        return build(args.venv.resolve(), args.dist.resolve(), args.keep_venv)
    except StepFailed as failed:
        print(f"build_bundle: FAILED at step: {failed}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
