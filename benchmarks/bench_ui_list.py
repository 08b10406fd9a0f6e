"""Desktop rows of the benchmark: the main window and the application list at {n} applications.

The work is done once by ``ui_list.run`` (a real main window, offscreen, the list loaded off the GUI thread);
each row below reports one of its figures beside the plain-Python limit measured in the same run.
"""

from __future__ import annotations

from registry import Context, Result, bench

_measured: dict[str, object] = {}  # ui_list.run's rows by key: the window is built once for all rows below


def _row(ctx: Context, key: str) -> Result:
    if not _measured:
        import ui_list

        ctx.ensure_demo()
        ctx.close()  # the desktop opens the database itself, as at a real start
        _measured.update({row.key: row for row in ui_list.run(ctx.db_path) if row.key})
    row = _measured.get(key)
    if row is None:
        return Result(None, skipped="not measured")
    return Result(row.seconds, row.raw_seconds, note=(row.raw + " " + row.text).strip())  # type: ignore[attr-defined]


@bench(50, "desktop: start to a usable main window (list page)", bar=2.0)
def window_start(ctx: Context) -> Result:
    return _row(ctx, "start")


@bench(51, "desktop: list of {n} loaded off the GUI thread (raw: query + rows alone)")
def list_load(ctx: Context) -> Result:
    return _row(ctx, "load")


@bench(52, "desktop: one search keystroke, worst (raw: a list comprehension)", bar=0.100, unit="ms")
def keystroke(ctx: Context) -> Result:
    return _row(ctx, "keystroke")


@bench(53, "desktop: re-sort by eligible costs, first click (raw: list.sort)", bar=0.300, unit="ms")
def sort_costs(ctx: Context) -> Result:
    return _row(ctx, "sort-costs")


@bench(54, "desktop: re-sort by company, first click (raw: list.sort)", bar=0.300, unit="ms")
def sort_company(ctx: Context) -> Result:
    return _row(ctx, "sort-company")


@bench(55, "desktop: memory with the list loaded (bar 500 MB)")
def memory(ctx: Context) -> Result:
    result = _row(ctx, "memory")
    return Result(None, note=result.note)
