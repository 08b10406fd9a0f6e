"""Row: budget totals — BudgetService.totals() against one plain GROUP BY over the ledger."""

from __future__ import annotations

from rawsql import budget_totals
from registry import Context, Result, bench, timed

REPEAT = 20


@bench(30, "budget totals (every line)", unit="ms")
def totals(ctx: Context) -> Result:
    ctx.ensure_demo()
    services = ctx.services()
    con = ctx.raw()
    services.budget.totals()  # warm up
    ours = timed(lambda: [services.budget.totals() for _ in range(REPEAT)])
    raw = timed(lambda: [budget_totals(con) for _ in range(REPEAT)])
    entries = con.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]
    con.close()
    same = ours.value[-1] == raw.value[-1]
    return Result(ours.wall / REPEAT, raw.wall / REPEAT,
                  note=f"mean of {REPEAT} over {entries:,} ledger entries; same figures: {'yes' if same else 'NO'}")
