"""Row: the eligibility check of one application — ApplicationService.check against plain queries + assess."""

from __future__ import annotations

import random

from rawsql import check, programmes
from registry import Context, Result, bench, timed

SAMPLE = 200


@bench(20, "eligibility check of one application", bar=0.010, unit="ms")
def eligibility(ctx: Context) -> Result:
    ctx.ensure_demo()
    services = ctx.services()
    con = ctx.raw()
    references = [r for (r,) in con.execute("SELECT reference FROM application ORDER BY id")]
    sample = random.Random(ctx.seed).sample(references, min(SAMPLE, len(references)))
    services.applications.check(sample[0])  # warm up (first query plans, imports)
    ours = timed(lambda: [services.applications.check(r).assessment for r in sample])

    def by_hand() -> list:
        versions = programmes(con)
        return [check(con, r, ctx.today, versions) for r in sample]

    raw = timed(by_hand)
    con.close()
    differ = sum(1 for a, b in zip(ours.value, raw.value, strict=True)
                 if [(c.rule, c.outcome) for c in a.checks] != [(c.rule, c.outcome) for c in b.checks]
                 or a.amount != b.amount)
    eligible = sum(1 for a in ours.value if a.eligible)
    return Result(ours.wall / len(sample), raw.wall / len(sample), note=(
        f"mean over {len(sample)} random references ({eligible} eligible); raw and ours disagree on {differ}"))
