"""Consistency checks: a value that fails one is kept, with a warning saying why.

    check_measurements(measurements) -> the same measurements, ``warnings`` filled in

Checks (each warning names its check):
- ``percent-vs-n/N``: a stated percent disagrees with 100·n/N by more than rounding allows;
- ``n>N``: a count is larger than its denominator;
- ``percent-range``: a percent outside 0–100;
- ``ci-excludes-estimate``: the CI does not contain the percent or median it belongs to, or low > high;
- ``grade>any``: a grade band's percent (or count) exceeds the any-grade value of the same
  endpoint (and acute/chronic kind) in the document;
- ``subgroup>total``: a per-group patients_treated count exceeds the total treated, or
  treated exceeds enrolled;
- ``range-excludes-median``: a follow-up median outside its range.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from extract.record import Measurement


def _num(x):
    return x if type(x) in (int, float) else None


def check_one(m: Measurement) -> list[str]:
    """Warnings that one measurement earns on its own."""
    f = m.fields
    out = []
    p, n, N = _num(f.get("percent")), _num(f.get("n")), _num(f.get("N"))
    if p is not None and not 0 <= p <= 100:
        out.append(f"percent-range: percent {p} is outside 0-100")
    if n is not None and N is not None:
        if n > N:
            out.append(f"n>N: n {n} exceeds N {N}")
        elif p is not None and N and not f.get("derived"):
            exact = 100.0 * n / N
            # a percent may be rounded to an integer, or truncated, by the authors
            if abs(exact - p) > 1.0:
                out.append(f"percent-vs-n/N: {p}% stated, {n}/{N} is {exact:.1f}%")
    lo, hi = _num(f.get("ci_low")), _num(f.get("ci_high"))
    if lo is not None and hi is not None:
        est = _num(f.get("percent")) if f.get("percent") is not None else _num(f.get("median_months"))
        if lo > hi:
            out.append(f"ci-excludes-estimate: CI low {lo} > high {hi}")
        elif est is not None and not lo <= est <= hi:
            out.append(f"ci-excludes-estimate: {est} is outside the CI {lo}-{hi}")
    if m.endpoint == "median_followup":
        rl, rh, mo = _num(f.get("range_low")), _num(f.get("range_high")), _num(f.get("months"))
        if rl is not None and rh is not None and mo is not None and not rl <= mo <= rh:
            out.append(f"range-excludes-median: {mo} is outside the range {rl}-{rh}")
    return out


def _kind(m: Measurement) -> tuple:
    return (m.endpoint, bool(m.fields.get("acute")), bool(m.fields.get("chronic")), m.fields.get("subgroup"))


def check_measurements(ms: Iterable[Measurement]) -> tuple[Measurement, ...]:
    """Every measurement of one document, each with its failed checks added to ``warnings``."""
    ms = tuple(ms)
    anygrade = {}
    for m in ms:
        if m.fields.get("grade") == "any" and not m.fields.get("negated"):
            anygrade.setdefault(_kind(m), m)
    treated = [m for m in ms if m.endpoint == "patients_treated" and not m.fields.get("subgroup")]
    enrolled = [m for m in ms if m.endpoint == "patients_enrolled"]
    total = max((_num(m.fields.get("value")) or 0 for m in treated), default=None)
    total_enrolled = max((_num(m.fields.get("value")) or 0 for m in enrolled), default=None)
    out = []
    for m in ms:
        w = check_one(m)
        g = m.fields.get("grade")
        ref = anygrade.get(_kind(m))
        if g not in (None, "any") and ref is not None:
            for k in ("percent", "n"):
                a, b = _num(m.fields.get(k)), _num(ref.fields.get(k))
                if a is not None and b is not None and a > b:
                    w.append(f"grade>any: grade {g} {k} {a} exceeds the any-grade {k} {b}")
        v = _num(m.fields.get("value"))
        if m.endpoint == "patients_treated" and v is not None:
            if m.fields.get("subgroup") and total and v > total:
                w.append(f"subgroup>total: {m.fields.get('subgroup')} count {v} exceeds the {total} treated")
            if not m.fields.get("subgroup") and total_enrolled and v > total_enrolled:
                w.append(f"subgroup>total: {v} treated exceeds the {total_enrolled} enrolled")
        if m.endpoint == "disease_count" and v is not None and total and v > total:
            w.append(f"subgroup>total: {m.fields.get('label')} count {v} exceeds the {total} treated")
        out.append(replace(m, warnings=tuple(m.warnings) + tuple(w)) if w else m)
    return tuple(out)
