"""The program's icon (SVG, PNG, multi-size ICO) and the Linux desktop entry with its install script."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from bwi_vouchers import paths

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "install_desktop_entry.py"


def test_svg_png_and_ico_are_the_programs_icon(qapp: object) -> None:
    assert QSvgRenderer(str(paths.icon_file("svg"))).isValid()
    png = QImage(str(paths.icon_file("png")))
    assert png.size() == QSize(256, 256)
    assert png.hasAlphaChannel() and png.pixelColor(0, 0).alpha() == 0  # transparent corners
    assert not QIcon(str(paths.icon_file("png"))).isNull()


def test_ico_holds_every_size_from_16_to_256(qapp: object) -> None:
    ico = paths.icon_file("ico")
    reserved, kind, count = struct.unpack_from("<HHH", ico.read_bytes())
    assert (reserved, kind) == (0, 1)
    reader = QImageReader(str(ico))
    assert reader.imageCount() == count
    sizes = set()
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.add(image.width())
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes


def test_ico_directory_matches_its_images() -> None:
    data = paths.icon_file("ico").read_bytes()
    (count,) = struct.unpack_from("<H", data, 4)
    for index in range(count):
        side, _h, _c, _r, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        blob = data[offset:offset + length]
        assert blob.startswith(b"\x89PNG\r\n\x1a\n") and len(blob) == length
        width, height = struct.unpack(">II", blob[16:24])  # the PNG's IHDR
        assert (side or 256, planes, bits) == (width, 1, 32) and width == height


def run_script(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60)


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_shipped_desktop_entry_names_the_program_and_its_icon() -> None:
    values = entry_values(paths.resources_dir() / "bwi-vouchers.desktop")
    assert values["Type"] == "Application" and values["Name"] == "bwi-vouchers"
    assert values["GenericName"] == "Gutscheinverwaltung"
    assert values["Exec"] == "bwi-vouchers" and values["Icon"] == "bwi-vouchers"
    assert values["Categories"] == "Office;Finance;"


def test_install_script_writes_the_entry_with_the_installed_program_and_the_icon(tmp_path: Path) -> None:
    program = tmp_path / "Programme mit Leerzeichen" / "bwi-vouchers"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    home = tmp_path / "share"
    result = run_script(home, "--executable", str(program))
    assert result.returncode == 0, result.stderr
    entry = home / "applications" / "bwi-vouchers.desktop"
    icon = home / "icons" / "hicolor" / "256x256" / "apps" / "bwi-vouchers.png"
    values = entry_values(entry)
    assert values["Exec"] == f'"{program}"'  # quoted: the path has spaces
    assert values["TryExec"] == str(program)
    assert values["Icon"] == "bwi-vouchers"
    assert icon.read_bytes() == paths.icon_file("png").read_bytes()
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run([validator, str(entry)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    removed = run_script(home, "--remove")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not icon.exists()


def test_install_script_refuses_a_missing_program(tmp_path: Path) -> None:
    result = run_script(tmp_path / "share", "--executable", str(tmp_path / "nowhere" / "bwi-vouchers"))
    assert result.returncode == 1
    assert "nicht installiert" in result.stderr
    assert not (tmp_path / "share").exists()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_shipped_desktop_entry_is_valid() -> None:
    check = subprocess.run(["desktop-file-validate", str(paths.resources_dir() / "bwi-vouchers.desktop")],
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
