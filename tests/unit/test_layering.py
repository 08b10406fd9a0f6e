"""Imports point downward: the domain is standard library only, and nothing below the UI loads Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import bwi_vouchers.domain

DOMAIN = Path(bwi_vouchers.domain.__file__).parent
DOMAIN_MODULES = sorted(DOMAIN.glob("*.py"))
# What the domain may use of the project itself: its own modules and the typed errors.
PROJECT_ALLOWED = ("bwi_vouchers.domain", "bwi_vouchers.errors")


def loaded_after(*modules: str) -> set[str]:
    """The module names loaded in a fresh interpreter after importing ``modules``."""
    code = ("import sys, json\n" + "".join(f"import {m}\n" for m in modules)
            + "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_services_and_storage_do_not_load_qt() -> None:
    loaded = loaded_after("bwi_vouchers.services", "bwi_vouchers.domain.rules", "bwi_vouchers.storage.database")
    assert "bwi_vouchers.services" in loaded  # the import really happened
    assert not {m for m in loaded if m == "PySide6" or m.startswith("PySide6.")}


def test_the_domain_loads_neither_storage_nor_qt() -> None:
    names = [f"bwi_vouchers.domain.{p.stem}" for p in DOMAIN_MODULES if p.stem != "__init__"]
    loaded = loaded_after(*names)
    assert set(names) <= loaded
    for forbidden in ("PySide6", "sqlalchemy", "alembic", "openpyxl", "docxtpl", "bwi_vouchers.storage",
                      "bwi_vouchers.services", "bwi_vouchers.ui"):
        assert not {m for m in loaded if m == forbidden or m.startswith(forbidden + ".")}, forbidden


def imported_modules(path: Path) -> list[str]:
    """Every module a source file imports (absolute names; relative imports resolved within the domain)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = "bwi_vouchers.domain" if node.level == 1 else "bwi_vouchers"
                names.append(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.append(node.module)
    return names


def allowed(module: str) -> bool:
    top = module.split(".")[0]
    if top == "__future__" or top in sys.stdlib_module_names:
        return True
    return any(module == p or module.startswith(p + ".") for p in PROJECT_ALLOWED)


def test_there_are_domain_modules_to_check() -> None:
    assert {"rules", "lifecycle", "money", "programme"} <= {p.stem for p in DOMAIN_MODULES}


@pytest.mark.parametrize("path", DOMAIN_MODULES, ids=lambda p: p.name)
def test_domain_modules_import_only_the_standard_library_and_the_domain(path: Path) -> None:
    outside = [m for m in imported_modules(path) if not allowed(m)]
    assert outside == [], f"{path.name} imports {outside}"


def test_the_import_scan_would_catch_a_third_party_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import decimal\nfrom sqlalchemy import select\nfrom bwi_vouchers.storage import models\n"
                      "def f():\n    import PySide6\n", encoding="utf-8")
    assert [m for m in imported_modules(sample) if not allowed(m)] == ["sqlalchemy", "bwi_vouchers.storage",
                                                                        "PySide6"]


# The whole package: imports point downward, imports inside functions included --------------------------------

PACKAGE = DOMAIN.parent
QT_AND_UP = ("PySide6", "bwi_vouchers.ui", "bwi_vouchers.cli", "bwi_vouchers.app")
#: Where a module lives decides what it must not import. ``app.py`` is the composition root and may import all.
FORBIDDEN = {
    "below the desktop": QT_AND_UP,
    "the desktop": ("bwi_vouchers.cli", "bwi_vouchers.app"),
    "the command line": ("PySide6", "bwi_vouchers.ui"),
}


def layer_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] == "ui":
        return "the desktop"
    if relative.name.startswith("cli") and len(relative.parts) == 1:
        return "the command line"
    if relative.name in ("app.py", "__main__.py"):
        return None
    return "below the desktop"


def offends(module: str, forbidden: tuple[str, ...]) -> bool:
    # "bwi_vouchers.cli" forbids cli.py and the cli_*.py modules beside it
    return any(module == f or module.startswith(f + ".") or module.startswith(f + "_") for f in forbidden)


PACKAGE_MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "_shipped" not in p.parts and layer_of(p) is not None)


@pytest.mark.parametrize("path", PACKAGE_MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_downward(path: Path) -> None:
    layer = layer_of(path)
    assert layer is not None
    bad = [m for m in imported_modules(path) if offends(m, FORBIDDEN[layer])]
    assert bad == [], f"{path.relative_to(PACKAGE)} ({layer}) imports {bad}"


def test_the_downward_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def run():\n    from bwi_vouchers.cli import main\n    from bwi_vouchers.app import run\n",
                      encoding="utf-8")
    assert [m for m in imported_modules(sample) if offends(m, FORBIDDEN["the desktop"])] == [
        "bwi_vouchers.cli", "bwi_vouchers.app"]
    assert layer_of(PACKAGE / "ui" / "main.py") == "the desktop"
    assert layer_of(PACKAGE / "cli_documents.py") == "the command line"
    assert layer_of(PACKAGE / "services" / "lifecycle.py") == "below the desktop"


def test_the_command_line_does_not_load_qt() -> None:
    loaded = loaded_after("bwi_vouchers.cli")
    assert "bwi_vouchers.cli_documents" in loaded
    assert not {m for m in loaded if m == "PySide6" or m.startswith("PySide6.") or m.startswith("bwi_vouchers.ui")}
