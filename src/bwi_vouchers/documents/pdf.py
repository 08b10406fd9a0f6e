"""PDF copies of letters through LibreOffice (``soffice``), when it is installed.

LibreOffice converts into a temporary folder beside the letters; each PDF is then renamed into place,
so a cancelled or timed-out conversion leaves no half-written PDF. Each run uses its own throw-away
LibreOffice profile, so it neither disturbs nor waits for a LibreOffice the user has open.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bwi_vouchers.atomic import os_reason
from bwi_vouchers.documents.render import WrittenFile
from bwi_vouchers.errors import BwiError

CHUNK = 50  # letters per LibreOffice run: one start-up for many, and a command line of sane length
SECONDS_PER_FILE = 10
BASE_TIMEOUT = 60


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(files: Sequence[Path]) -> list[WrittenFile]:
    """PDFs beside the given .docx files (same name, ``.pdf``). Raises when LibreOffice is missing or fails."""
    executable = soffice_path()
    if executable is None:
        raise BwiError("soffice_missing")
    written: list[WrittenFile] = []
    for start in range(0, len(files), CHUNK):
        chunk = list(files[start:start + CHUNK])
        by_folder: dict[Path, list[Path]] = {}
        for path in chunk:
            by_folder.setdefault(path.parent, []).append(path)
        for folder, paths in by_folder.items():
            written += _convert(executable, folder, paths)
    return written


def _convert(executable: str, folder: Path, paths: list[Path]) -> list[WrittenFile]:
    with tempfile.TemporaryDirectory(prefix="bwi-soffice-profile-") as profile, \
            tempfile.TemporaryDirectory(dir=folder, prefix=".~pdf-") as out:
        command = [executable, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", out, *(str(p) for p in paths)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False,
                                    timeout=BASE_TIMEOUT + SECONDS_PER_FILE * len(paths))
        except subprocess.TimeoutExpired:
            raise BwiError("pdf_timeout", count=len(paths)) from None
        except OSError as exc:
            raise BwiError("pdf_failed", detail=os_reason(exc)) from None
        written = []
        for path in paths:
            made = Path(out) / (path.stem + ".pdf")
            if not made.is_file():
                detail = (result.stderr or result.stdout or f"exit {result.returncode}").strip().splitlines()
                raise BwiError("pdf_failed", detail=detail[-1] if detail else path.name)
            target = path.with_suffix(".pdf")
            data = made.read_bytes()
            os.replace(made, target)
            written.append(WrittenFile(target, hashlib.sha256(data).hexdigest()))
        return written
