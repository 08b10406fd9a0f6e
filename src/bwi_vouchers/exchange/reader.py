"""Opening an import workbook defensively and reading its sheets into raw rows.

A file that is missing, empty, too large, password-protected, in the old .xls format, not a workbook at
all, or without the expected sheets and headers is refused as a whole with a clear message — before
anything is read into the database.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from bwi_vouchers.domain.sizes import FileSize
from bwi_vouchers.errors import BwiError
from bwi_vouchers.exchange.columns import IMPORT_SHEETS, SheetSpec
from bwi_vouchers.exchange.values import is_empty

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 400 * 1024 * 1024  # a small file that unpacks to gigabytes is a zip bomb, not a workbook
MAX_ROWS = 100_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class SheetData:
    spec: SheetSpec
    rows: tuple[tuple[int, dict[str, object]], ...]  # (row number in the sheet, header → raw cell value)



def check_file(path: Path) -> None:
    """Refuse a file that cannot be an import workbook, without opening it as one."""
    if not path.is_file():
        raise BwiError("file_missing", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise BwiError("file_empty", path=str(path))
    if size > MAX_BYTES:
        raise BwiError("file_too_large", path=str(path), size=FileSize(size), limit=FileSize(MAX_BYTES))
    with path.open("rb") as stream:
        head = stream.read(len(OLE_MAGIC))
        if head == OLE_MAGIC:  # an OLE compound file: an encrypted .xlsx or an old .xls
            stream.seek(0)
            if ENCRYPTED_MARK in stream.read():
                raise BwiError("file_encrypted", path=str(path))
            raise BwiError("file_old_format", path=str(path))
    if not zipfile.is_zipfile(path):
        raise BwiError("file_broken", path=str(path), detail="keine Excel-Arbeitsmappe")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise BwiError("file_broken", path=str(path), detail=str(exc)) from None
    if unpacked > MAX_UNPACKED:
        raise BwiError("file_too_large_unpacked", path=str(path), size=FileSize(unpacked),
                       limit=FileSize(MAX_UNPACKED))


def read_import(path: Path, specs: tuple[SheetSpec, ...] = IMPORT_SHEETS) -> list[SheetData]:
    """The sheets of the import workbook that exist, in import order, with their non-empty rows."""
    path = Path(path).expanduser().resolve()
    check_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a broken file fails in many ways inside openpyxl; all mean "unreadable"
        raise BwiError("file_broken", path=str(path), detail=f"{type(exc).__name__}: {exc}") from None
    try:
        names = {name.strip().casefold(): name for name in workbook.sheetnames}
        found = [(spec, names[spec.name.casefold()]) for spec in specs if spec.name.casefold() in names]
        if not found:
            raise BwiError("import_no_sheets", path=str(path), sheets=", ".join(f"„{s.name}“" for s in specs))
        sheets = []
        budget = MAX_ROWS
        for spec, name in found:
            data = _read_sheet(workbook[name], spec, path, budget)
            budget -= len(data.rows)
            sheets.append(data)
    except BwiError:
        raise
    except Exception as exc:  # noqa: BLE001 - read-only parsing is lazy: broken XML surfaces while iterating
        raise BwiError("file_broken", path=str(path), detail=f"{type(exc).__name__}: {exc}") from None
    finally:
        workbook.close()
    if not any(sheet.rows for sheet in sheets):
        raise BwiError("import_no_rows", path=str(path))
    return sheets


def _read_sheet(ws: object, spec: SheetSpec, path: Path, budget: int) -> SheetData:
    declared = getattr(ws, "max_row", None)
    if isinstance(declared, int) and declared > MAX_ROWS + 1:
        raise BwiError("too_many_rows", path=str(path), limit=MAX_ROWS)
    rows_iter = ws.iter_rows(values_only=True)  # type: ignore[attr-defined]
    try:
        return _read_rows(rows_iter, spec, path, budget)
    finally:
        rows_iter.close()  # the sheet's XML file, at once (a refusal's traceback would keep it open until GC)


def _read_rows(rows_iter: Iterator[tuple[object, ...]], spec: SheetSpec, path: Path, budget: int) -> SheetData:
    header = next(rows_iter, None) or ()
    headers = [str(h).strip() if h is not None else "" for h in header]
    known = set(spec.headers)
    missing = [c.header for c in spec.columns if c.required and c.header not in headers]
    unknown = [h for h in headers if h and h not in known]
    if missing or unknown:
        raise BwiError("import_missing_columns" if missing else "import_unknown_columns", sheet=spec.name,
                       columns=", ".join(f"„{h}“" for h in (missing or unknown)))
    index = {h: i for i, h in enumerate(headers) if h}
    rows = []
    seen = 0
    for number, values in enumerate(rows_iter, start=2):
        seen += 1
        if seen > 2 * MAX_ROWS:  # formatted but empty rows count too, up to a point
            raise BwiError("too_many_rows", path=str(path), limit=MAX_ROWS)
        if all(is_empty(v) for v in values):
            continue
        rows.append((number, {h: values[i] if i < len(values) else None for h, i in index.items()}))
        if len(rows) > budget:
            raise BwiError("too_many_rows", path=str(path), limit=MAX_ROWS)
    return SheetData(spec, tuple(rows))
