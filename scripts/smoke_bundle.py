"""Smoke test of the frozen bundle: its two programs do the basic jobs, the window opens in German and English.

    python scripts/smoke_bundle.py dist/bwi-vouchers [--seconds 4]

Needs only the standard library (it checks the bundle, not the source). In a temporary folder: ``bwi-vouchers-cli
--version``, ``demo --applications 80``, ``check REF`` (a reference named by demo, else one from ``export``),
``letters DIR`` and ``report FILE.xlsx`` (every file written must be a real .docx / .xlsx), ``import`` of
scripts/smoke_import_good.xlsx (Austrian and Czech VAT IDs) and _bad.xlsx (a wrong German check digit, refused);
then the windowed ``bwi-vouchers`` with QT_QPA_PLATFORM=offscreen, first with no settings (German, as on a first
start) and then with the language set to English. The program writes its main window's title, menus and sidebar
into a file (``BWI_VOUCHERS_SELF_CHECK``, see ui/main.py); the window must show texts of the language asked for,
still run after ``--seconds`` and print nothing on stderr (but the offscreen platform's note below).
On Linux the user folders (settings, data, logs) point into the temporary folder; on Windows the language is
set in the registry (HKCU\\Software\\bw-i\\bwi-vouchers) and put back afterwards.
Exit status 0 when all passed; 1 with a line ``smoke_bundle: FAIL: …`` at the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
USER = "smoke"
# Enough applications for 20 letters or more: from 20 on they are rendered by worker processes, and a frozen
# program must start those as workers (multiprocessing.freeze_support in __main__.py).
APPLICATIONS = 80
REFERENCE = re.compile(r"IG-\d{4}-\d{4,}")
# Texts only the right language shows: (window title, one sidebar entry).
EXPECTED = {
    "de": ("Internationalisierungsgutscheine", "Anträge"),  # Qt adds " — bwi-vouchers" in the title bar
    "en": ("Internationalisation vouchers", "Applications"),
}


# The one line allowed on stderr: Qt's offscreen platform plugin (used here for want of a screen) says it for
# every window shown; the real platforms (windows, xcb, wayland) implement the call.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


class Failed(Exception):
    pass


PASSED: list[str] = []


def ok(text: str) -> None:
    PASSED.append(text)
    print(f"ok: {text}", flush=True)


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.cli = folder / f"bwi-vouchers-cli{EXE}"
        self.gui = folder / f"bwi-vouchers{EXE}"
        for program in (self.cli, self.gui):
            if not program.is_file():
                raise Failed(f"the program {program} is missing")
        self.work = work
        self.db = work / "smoke.db"
        # The operating-system login is who acts on SQLite (``--user`` is for an admin acting for someone else):
        # the smoke test's commands all run as USER, the first user of its database.
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOGNAME=USER, USER=USER, USERNAME=USER)
        self.env.pop("BWI_VOUCHERS_DB", None)
        if sys.platform.startswith("linux"):  # settings, data and logs of this run stay in the temporary folder
            for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                self.env[name] = str(work / name.lower())

    def run_cli(self, *args: str, timeout: float = 300, status: int = 0) -> str:
        command = [str(self.cli), "--db", str(self.db), *args]
        shown = " ".join(["bwi-vouchers-cli", *args])
        try:
            done = subprocess.run(command, env=self.env, capture_output=True, timeout=timeout, cwd=self.work)
        except subprocess.TimeoutExpired:
            raise Failed(f"{shown}: no answer within {timeout:.0f} s") from None
        out, err = (stream.decode("utf-8", "replace") for stream in (done.stdout, done.stderr))
        if done.returncode != status:
            raise Failed(f"{shown}: exit status {done.returncode} (expected {status})\n{out}{err}")
        return out


def valid_office_file(path: Path, part: str) -> None:
    """A .docx/.xlsx is a zip archive with its main part in it."""
    if not path.is_file() or path.stat().st_size == 0:
        raise Failed(f"{path} was not written")
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None or part not in archive.namelist():
                raise Failed(f"{path} is not a valid document (no {part})")
    except zipfile.BadZipFile:
        raise Failed(f"{path} is not a zip archive, so no .docx/.xlsx") from None


def check_cli(bundle: Bundle) -> None:
    version = bundle.run_cli("--version").strip()
    source = re.search(r'__version__ = "([^"]+)"', (ROOT / "src/bwi_vouchers/__init__.py").read_text("utf-8"))
    if not source or version != f"bwi-vouchers {source.group(1)}":
        raise Failed(f"--version printed {version!r}, expected 'bwi-vouchers {source.group(1) if source else '?'}'")
    ok(f"--version: {version}")

    out = bundle.run_cli("demo", "--applications", str(APPLICATIONS))
    if "Demodaten geladen" not in out:
        raise Failed(f"demo printed no summary:\n{out}")
    ok(f"demo --applications {APPLICATIONS}")

    references = REFERENCE.findall(out)
    found_in = "named by demo"
    if not references:  # demo names none when no received application passes every rule: take one from export
        listing = bundle.work / "antraege.xlsx"
        bundle.run_cli("export", str(listing))
        valid_office_file(listing, "xl/workbook.xml")
        with zipfile.ZipFile(listing) as archive:
            text = " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                            if name.endswith(".xml"))
        references = REFERENCE.findall(text)
        found_in = "from export"
        if not references:
            raise Failed("neither demo nor export named an application reference")
    reference = references[0]
    out = bundle.run_cli("check", reference)
    if reference not in out or "Status:" not in out:
        raise Failed(f"check {reference} printed no report:\n{out}")
    ok(f"check {reference} ({found_in})")

    letters = bundle.work / "briefe"
    letters.mkdir()
    bundle.run_cli("letters", str(letters))
    written = sorted(letters.rglob("*.docx"))
    if not written:
        raise Failed(f"letters wrote no .docx into {letters}")
    for letter in written:
        valid_office_file(letter, "word/document.xml")
    if len(written) < 20:
        raise Failed(f"letters wrote {len(written)} letters, fewer than the 20 that start worker processes")
    how = "rendered by worker processes" if (os.cpu_count() or 1) > 1 else "one core: no worker processes"
    ok(f"letters: {len(written)} valid .docx ({how})")

    report = bundle.work / "budgetbericht.xlsx"
    bundle.run_cli("report", str(report))
    valid_office_file(report, "xl/workbook.xml")
    ok("report: a valid .xlsx")

    # python-stdnum's VAT modules are found by name at run time: an Austrian and a Czech VAT ID must pass the
    # check digits in the bundle, a German one with a wrong check digit must be refused (smoke_import_*.xlsx)
    out = bundle.run_cli("import", str(ROOT / "scripts" / "smoke_import_good.xlsx"))
    if "2 Anträge" not in out:
        raise Failed(f"import of two applications with an AT and a CZ VAT ID printed:\n{out}")
    out = bundle.run_cli("import", str(ROOT / "scripts" / "smoke_import_bad.xlsx"), status=1)
    if "Prüfziffer" not in out:
        raise Failed(f"import of a wrong German VAT ID was not refused for its check digit:\n{out}")
    ok("import: VAT IDs checked by python-stdnum in the bundle (AT, CZ valid; a wrong DE check digit refused)")


@contextmanager
def language(bundle: Bundle, code: str | None) -> Iterator[None]:
    """The program's language setting for one start: None leaves it unset (a first start)."""
    if sys.platform == "win32":
        import winreg

        key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\bw-i\bwi-vouchers")
        try:
            before: str | None = winreg.QueryValueEx(key, "language")[0]
        except OSError:
            before = None
        try:
            if code is None:
                if before is not None:
                    winreg.DeleteValue(key, "language")
            else:
                winreg.SetValueEx(key, "language", 0, winreg.REG_SZ, code)
            yield
        finally:
            if before is None:
                try:
                    winreg.DeleteValue(key, "language")
                except OSError:
                    pass
            else:
                winreg.SetValueEx(key, "language", 0, winreg.REG_SZ, before)
            key.Close()
    elif sys.platform.startswith("linux"):
        settings = Path(bundle.env["XDG_CONFIG_HOME"]) / "bw-i" / "bwi-vouchers.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.unlink(missing_ok=True)
        if code is not None:
            settings.write_text(f"[General]\nlanguage={code}\n", encoding="utf-8")
        yield
    else:
        raise Failed(f"setting the language is not supported on {sys.platform}")


def check_gui(bundle: Bundle, code: str | None, seconds: float, start_timeout: float = 90) -> dict[str, object]:
    expected = code or "de"
    name = f"window ({'first start, German' if code is None else expected})"
    report = bundle.work / f"self-check-{expected}.json"
    stderr_file = bundle.work / f"gui-{expected}.stderr"
    env = dict(bundle.env, BWI_VOUCHERS_SELF_CHECK=str(report))
    with language(bundle, code), stderr_file.open("wb") as stderr:
        process = subprocess.Popen([str(bundle.gui), "--db", str(bundle.db)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr, cwd=bundle.work)
        try:
            deadline = time.monotonic() + start_timeout
            while not report.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            if not report.exists():
                state = "ended" if process.poll() is not None else "still had not shown it"
                raise Failed(f"{name}: no main window within {start_timeout:.0f} s (the program {state})")
            time.sleep(seconds)
            if process.poll() is not None:
                raise Failed(f"{name}: the program ended by itself (exit status {process.returncode})")
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    errors = "".join(line for line in stderr_file.read_text("utf-8", "replace").splitlines(keepends=True)
                     if line.strip() != OFFSCREEN_NOTE)
    if errors.strip():
        raise Failed(f"{name}: the program wrote on stderr:\n{errors}")
    texts = json.loads(report.read_text("utf-8"))
    title, entry = EXPECTED[expected]
    if texts["title"] != title or entry not in texts["sidebar"]:
        raise Failed(f"{name}: expected the title {title!r} and {entry!r} in the sidebar, the window shows: {texts}")
    menus = ", ".join(texts["menus"]) or "none"
    ok(f"{name}: {texts['title']!r}; sidebar {', '.join(texts['sidebar'])}; menus {menus}; "
       f"ran {seconds:g} s with nothing on stderr")
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen bundle's two programs.")
    parser.add_argument("folder", type=Path, help="the bundle's folder, e.g. dist/bwi-vouchers")
    parser.add_argument("--seconds", type=float, default=4, help="how long the window must keep running")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="bwi-smoke-") as temp:
            bundle = Bundle(args.folder.resolve(), Path(temp))
            check_cli(bundle)
            german = check_gui(bundle, None, args.seconds)
            english = check_gui(bundle, "en", args.seconds)
            if german["menus"] and german["menus"] == english["menus"]:
                raise Failed(f"the menus read the same in German and English: {german['menus']}")
    except Failed as failure:
        sys.stdout.flush()
        print(f"smoke_bundle: FAIL: {failure}", file=sys.stderr, flush=True)
        print(f"smoke_bundle: {len(PASSED)} passed, 1 failed", flush=True)
        return 1
    print(f"smoke_bundle: all passed in {time.monotonic() - started:.0f} s")
    print(f"smoke_bundle: {len(PASSED)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
