"""Build hook: copy the repository's shipped folders into the package as ``bwi_vouchers/_shipped/``.

The folders stay where they are in the repository (``data/``, ``templates/``, ``resources/``,
``docs/handbuch/``); a wheel carries copies of them as package data, which ``bwi_vouchers.paths`` finds
through ``importlib.resources``. Everything else about the build is in ``pyproject.toml``; the sdist
takes the folders along through ``MANIFEST.in``.
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SHIPPED = ("data", "templates", "resources", "docs/handbuch")  # as bwi_vouchers.paths.SHIPPED_FOLDERS
#: Developer tools and caches beside the shipped files that the program does not read.
LEFT_OUT = ("*.py", "*.pyc", "__pycache__", "*.ts", "*.tsv")


class BuildPyWithShipped(build_py):
    """``build_py`` that also copies the shipped folders (not in editable mode: there they are read in place)."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            shutil.rmtree(self._target_root(), ignore_errors=True)  # no stale files from an earlier build
            for source, target in self._shipped_files():
                self.mkpath(str(target.parent))
                self.copy_file(str(source), str(target), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs += [str(target) for _source, target in self._shipped_files()]
        return outputs

    def _target_root(self) -> Path:
        return Path(self.build_lib) / "bwi_vouchers" / "_shipped"

    def _shipped_files(self) -> list[tuple[Path, Path]]:
        target_root = self._target_root()
        pairs = []
        for folder in SHIPPED:
            root = HERE / folder
            for source in sorted(root.rglob("*")):
                relative = source.relative_to(HERE)
                if source.is_file() and not any(fnmatch.fnmatch(part, pattern)
                                                for part in relative.parts for pattern in LEFT_OUT):
                    pairs.append((source, target_root / relative))
        return pairs


setup(cmdclass={"build_py": BuildPyWithShipped})
