"""Files that are no importable workbook are refused as a whole, with a clear message, and change nothing."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from openpyxl import Workbook

from bwi_vouchers.errors import BwiError
from bwi_vouchers.exchange import reader
from tests.conftest import World
from tests.documents.helpers import counts
from tests.exchange.helpers import GOOD, MEASURE, workbook


def encrypted_file(path: Path) -> Path:
    """An OLE compound file as Excel writes it for a password-protected workbook: a header, then a directory
    with the streams EncryptionInfo and EncryptedPackage (names in UTF-16)."""
    header = bytearray(512)
    header[:8] = reader.OLE_MAGIC
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    directory = bytearray()
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[:len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded) + 2)
        directory += entry
    path.write_bytes(bytes(header) + bytes(directory) + b"\0" * 4096)
    return path


def refused(world: World, path: Path) -> BwiError:
    before = counts(world)
    with pytest.raises(BwiError) as error:
        world.services.importing.run("clerk", path)
    assert counts(world) == before
    with pytest.raises(BwiError):
        world.services.importing.run("clerk", path, dry_run=True)
    return error.value


def test_empty_file(world: World, tmp_path: Path) -> None:
    (tmp_path / "leer.xlsx").write_bytes(b"")
    error = refused(world, tmp_path / "leer.xlsx")
    assert error.code == "file_empty" and "leer" in str(error)


def test_broken_file(world: World, tmp_path: Path) -> None:
    (tmp_path / "kaputt.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    assert refused(world, tmp_path / "kaputt.xlsx").code == "file_broken"
    (tmp_path / "text.xlsx").write_text("Unternehmen;PLZ\nA;70173\n", encoding="utf-8")
    assert refused(world, tmp_path / "text.xlsx").code == "file_broken"


def test_zip_that_is_no_workbook(world: World, tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as archive:
        archive.writestr("hallo.txt", "kein Excel")
    assert refused(world, tmp_path / "zip.xlsx").code == "file_broken"


def test_password_protected_file(world: World, tmp_path: Path) -> None:
    error = refused(world, encrypted_file(tmp_path / "geheim.xlsx"))
    assert error.code == "file_encrypted"
    assert "Kennwort" in str(error)


def test_old_xls_file(world: World, tmp_path: Path) -> None:
    (tmp_path / "alt.xls").write_bytes(reader.OLE_MAGIC + b"\0" * 2048)
    assert refused(world, tmp_path / "alt.xls").code == "file_old_format"


def test_huge_file(world: World, tmp_path: Path) -> None:
    path = tmp_path / "riesig.xlsx"
    with path.open("wb") as stream:
        stream.truncate(reader.MAX_BYTES + 1)
    error = refused(world, path)
    assert error.code == "file_too_large" and "20,0 MB" in str(error)


def test_too_many_rows(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    path = workbook(tmp_path / "viele.xlsx", measures=[MEASURE],
                    applications=[{**GOOD, "Registernummer": f"Ulm HRB {n + 1}"} for n in range(6)])
    assert refused(world, path).code == "too_many_rows"


def test_missing_file(world: World, tmp_path: Path) -> None:
    assert refused(world, tmp_path / "nicht-da.xlsx").code == "file_missing"


def test_wrong_sheets_columns_and_no_rows(world: World, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Tabelle1"
    book.save(str(tmp_path / "fremd.xlsx"))
    assert refused(world, tmp_path / "fremd.xlsx").code == "import_no_sheets"

    book = Workbook()
    book.active.title = "Anträge"
    book.active.append(["Unternehmen", "Postleitzahl", "Maßnahme"])
    book.save(str(tmp_path / "spalten.xlsx"))
    error = refused(world, tmp_path / "spalten.xlsx")
    assert error.code == "import_missing_columns" and "Antragseingang" in str(error)

    book = Workbook()
    book.active.title = "Anträge"
    from bwi_vouchers.exchange.columns import APPLICATIONS

    book.active.append([*APPLICATIONS.headers, "Bemerkung"])
    book.save(str(tmp_path / "extra.xlsx"))
    error = refused(world, tmp_path / "extra.xlsx")
    assert error.code == "import_unknown_columns" and "Bemerkung" in str(error)

    assert refused(world, workbook(tmp_path / "leer2.xlsx")).code == "import_no_rows"
