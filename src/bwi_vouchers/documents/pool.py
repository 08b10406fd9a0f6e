"""Rendering letters in worker processes: plain contexts in, (file name, SHA-256) out.

The workers import neither Qt nor the database: each gets the template folder once (its initializer
reads the template bytes), then per letter a picklable context dict and the target file name. A worker
renders with escaping, writes through a temporary file renamed into the target folder and reports the
file's name and hash; a refusal comes back as (code, params) rather than an exception, so nothing
depends on pickling an error. Written for the 'spawn' start method: everything here is top level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bwi_vouchers.documents.render import LetterEnvironment, load_template, render_to_temp
from bwi_vouchers.errors import BwiError

_templates: dict[str, bytes] = {}
_environment: LetterEnvironment | None = None
_folder: Path | None = None


KINDS = ("approval", "rejection", "payout")
_template_dir: Path | None = None


def init_worker(template_dir: str, folder: str) -> None:
    """Once per worker: the templates' bytes and one compiling environment. A template that cannot be
    read here is read (and refused) when a letter of its kind asks for it."""
    global _environment, _folder, _template_dir
    _environment = LetterEnvironment()
    _folder = Path(folder)
    _template_dir = Path(template_dir)
    for kind in KINDS:
        try:
            _templates[kind] = load_template(_template_dir / f"{kind}.docx")
        except BwiError:
            pass


def render_letter(kind: str, context: dict[str, Any], name: str) -> tuple[str, str | None, Any]:
    """Render one letter into a temporary file in the folder: (temporary file's name, sha256, None), or
    (name, None, (code, params)) when refused. The caller records the letter, then renames the file."""
    if _folder is None or _template_dir is None:
        raise RuntimeError("render_letter runs only in a worker started with the pool's initializer")
    try:
        if kind not in _templates:
            _templates[kind] = load_template(_template_dir / f"{kind}.docx")
        written = render_to_temp(_templates[kind], context, _folder / name, name=f"{kind}.docx",
                                 environment=_environment)
    except BwiError as error:
        return name, None, (error.code, {k: str(v) for k, v in error.params.items()})
    return written.path.name, written.sha256, None
