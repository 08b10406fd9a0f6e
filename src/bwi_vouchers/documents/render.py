"""The one renderer: a .docx template and a context in, a finished letter on disk out.

Rendering always escapes (a company called ``Müller & Söhne <GmbH>`` comes out as written), runs Jinja in
a sandbox with strict undefined names (an admin's own template cannot reach into Python, and a misspelt
field is an error rather than a blank), and writes to a temporary file beside the target that is then
renamed — a reader never sees a half-written letter.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from bwi_vouchers.atomic import os_reason, write_temp, write_via_temp
from bwi_vouchers.errors import BwiError

DOCX_SUFFIX = ".docx"


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    sha256: str


class LetterEnvironment(SandboxedEnvironment):
    """The Jinja environment for letters: sandboxed, strict, escaping — and compiling each template part
    once. docxtpl hands over the same XML source for every letter made from a template; compiling it is a
    fifth of the work of a letter, so a batch keeps one environment and compiles each part only once."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=True)
        self._compiled: dict[str, Template] = {}
        self.globals["range"] = _small_range  # a letter has no use for more; a huge one would only hang

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``'x' * 10**9`` or ``9 ** 9 ** 9`` in an admin's template is refused instead of eating the memory."""
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("exponent too large for a letter")
        if operator == "*" and any(isinstance(a, int) and abs(a) > MAX_REPEAT for a in (left, right)) and any(
                isinstance(a, (str, list, tuple)) for a in (left, right)):
            raise SecurityError("repetition too large for a letter")
        return super().call_binop(context, operator, left, right)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Template:  # noqa: A002
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            if len(self._compiled) > 64:  # an admin's many templates: keep the memory bounded
                self._compiled.clear()
            self._compiled[source] = super().from_string(source)
        return self._compiled[source]


MAX_RANGE = 1_000  # items of range() in a template (the sandbox's own limit is 100,000)
MAX_REPEAT = 10_000


_range_budget: ContextVar[list[int] | None] = ContextVar("range_budget", default=None)


def _small_range(*args: int) -> range:
    """range() for templates: at most MAX_RANGE items per call and per letter (nested loops count together)."""
    result = range(*args)
    budget = _range_budget.get()
    left = MAX_RANGE if budget is None else budget[0]
    if len(result) > left:
        raise SecurityError(f"range() of more than {MAX_RANGE} items in a letter template")
    if budget is not None:
        budget[0] -= len(result)
    return result


def _environment() -> LetterEnvironment:
    return LetterEnvironment()


def load_template(path: Path) -> bytes:
    """The template's bytes (read once per batch), or a clear error when it is missing or no .docx."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BwiError("template_missing", path=str(path), detail=os_reason(exc)) from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise BwiError("template_broken", path=str(path), detail="keine .docx-Datei")
    return data


def render_bytes(template: bytes, context: Mapping[str, Any], *, name: str = "",
                 environment: LetterEnvironment | None = None) -> bytes:
    """Render a template into the bytes of a .docx file (pass one ``environment`` for many letters)."""
    from docxtpl import DocxTemplate  # only when a letter is made: docxtpl, python-docx and lxml are slow to import

    document = DocxTemplate(io.BytesIO(template))
    budget = _range_budget.set([MAX_RANGE])
    try:
        document.render(dict(context), jinja_env=environment or _environment(), autoescape=True)
    except UndefinedError as exc:
        raise BwiError("template_unknown_field", template=name, detail=str(exc)) from None
    except TemplateError as exc:
        raise BwiError("template_broken", path=name, detail=str(exc)) from None
    except (OverflowError, RecursionError, MemoryError, TypeError, ValueError, ArithmeticError) as exc:
        # The sandbox stops e.g. a huge range() with OverflowError; a template's own expression can fail too.
        raise BwiError("template_broken", path=name, detail=f"{type(exc).__name__}: {exc}"[:300]) from None
    finally:
        _range_budget.reset(budget)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def write_atomically(target: Path, data: bytes) -> WrittenFile:
    """Write beside the target, flush to disk, then rename over it; nothing half-written stays behind."""
    write_via_temp(target, lambda temp: _write(temp, data))
    return WrittenFile(target, hashlib.sha256(data).hexdigest())


def render_to_file(template: bytes, context: Mapping[str, Any], target: Path, *, name: str = "",
                   environment: LetterEnvironment | None = None) -> WrittenFile:
    return write_atomically(target, render_bytes(template, context, name=name, environment=environment))


def render_to_temp(template: bytes, context: Mapping[str, Any], target: Path, *, name: str = "",
                   environment: LetterEnvironment | None = None) -> WrittenFile:
    """Render into a temporary file beside the target (flushed to disk) and return that file and its hash;
    the caller records the letter and then renames it with ``atomic.finish``."""
    data = render_bytes(template, context, name=name, environment=environment)
    temp = write_temp(target, lambda path: _write(path, data))
    return WrittenFile(temp, hashlib.sha256(data).hexdigest())


def undeclared_fields(template: Path, context: Mapping[str, Any]) -> set[str]:
    """The fields a template uses that the context does not provide (empty for a fitting template)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(str(template)).get_undeclared_template_variables(_environment(), dict(context))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
