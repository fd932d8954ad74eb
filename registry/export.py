"""``cartreg export``: the registry as CSV/Parquet (one row per measurement) or JSON Lines."""
from __future__ import annotations

import json
import os
from pathlib import Path

from registry.store import read_only

FLAT = """
SELECT d.pmid, d.doi, d.title, d.journal, d.year, d.study_type, d.path, d.format,
       m.endpoint, m.value, m.label, m.low, m.high, m.unit, m.percent, m.n, m.total AS "N",
       m.months, m.median_months, m.ci_low, m.ci_high, m.range_low, m.range_high, m.grade,
       m.timepoint_days, m.site, m.subgroup, m.mrd_negative, m.includes_cri, m.acute,
       m.chronic, m.negated, m.derived, m.p_value, m.compares, m.outcome, m.warnings, m.rule,
       m.evidence_text, m.evidence_start, m.evidence_end, m.page, m.key AS measurement_key
FROM measurements m JOIN documents d ON d.id = m.document_id
WHERE d.status = 'active'
ORDER BY d.path, d.idx, m.ordinal
"""


def export_registry(db: str | os.PathLike, out: str | os.PathLike, fmt: str) -> int:
    """Write the registry to ``out``; returns the number of rows (measurements or records)."""
    out = Path(out)
    with read_only(db) as con:
        if fmt == "jsonl":
            rows = con.execute("SELECT record FROM documents WHERE status = 'active' "
                               "ORDER BY path, idx").fetchall()
            with open(out, "w", encoding="utf-8") as fh:
                for (rec,) in rows:
                    fh.write(json.dumps(json.loads(rec), ensure_ascii=False) + "\n")
            return len(rows)
        df = con.execute(FLAT).df()
    if fmt == "parquet":
        df.to_parquet(out, index=False)
    else:
        df.to_csv(out, index=False)
    return len(df)
