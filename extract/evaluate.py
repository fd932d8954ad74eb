"""Score extraction against gold records, with the matching rules of ``tools/score.py``.

    result = evaluate("tests/data/gold", "tests/data/corpus")
    result.micro_f1, result.precision, result.recall, result.ci_exact, result.fields_accuracy
    print(result.report(verbose=True))

Gold files are record-shaped JSON (``docs/record.md``); each names its corpus file in
``source.path`` and is keyed by (that file's basename, pmid), so two articles of one XML file
are both scored. The corpus file is ``corpus_dir/<basename>`` (default: ``gold_dir/../corpus``).
Values match as in score.py: counts ±0.5, doses within 1 % with the same unit, percents ±0.1
(computed from n/N when absent), landmark percent + months, medians, p-value strings and
CRS/ICANS/GVHD grades; CIs are scored separately as "CI exact".
"""
from __future__ import annotations

import json
import math
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RATE = {"complete_remission", "overall_response", "partial_remission", "mrd_negative",
        "crs", "neurotoxicity", "gvhd", "relapse", "transplant"}
SURV = {"overall_survival", "progression_free_survival", "event_free_survival",
        "leukemia_free_survival", "relapse_free_survival"}
COUNT = {"patients_enrolled", "patients_treated"}
GRADED = {"crs", "neurotoxicity", "gvhd"}
DOC_FIELDS = ("pmid", "doi", "year", "trial_ids", "study_type", "notices")


# ---------------------------------------------------------------- matching (score.py rules)
def _num(x) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _close(a, b, tol: float = 0.051) -> bool:
    a, b = _num(a), _num(b)
    return a is not None and b is not None and abs(a - b) <= tol


def _pct(m: dict) -> float | None:
    p = _num(m.get("percent"))
    if p is None and _num(m.get("n")) is not None and _num(m.get("N")):
        p = 100.0 * _num(m["n"]) / _num(m["N"])
    return p


def norm_grade(g) -> str:
    g = str(g or "any").strip().lower().replace(" ", "").replace("–", "-").replace("≥", ">=")
    return {"all": "any", "1/2": "1-2", "i-ii": "1-2", "3/4": "3-4", "iii-iv": "3-4",
            "3+": ">=3", "≥3": ">=3"}.get(g, g)


def _norm_label(s) -> str:
    return "".join(ch for ch in str(s or "").lower() if ch.isalnum())


def norm_p(v) -> str:
    v = str(v).replace(" ", "").lower()
    for pre in ("p=", "p<", "p>"):
        if v.startswith(pre):
            return v[len(pre) - 1:] if pre[-1] in "<>" else v[len(pre):]
    return v.lstrip("p=")


def matches(g: dict, p: dict) -> bool:
    """True when predicted measurement ``p`` counts as gold measurement ``g``."""
    e = g["endpoint"]
    if p.get("endpoint") != e:
        return False
    if e in COUNT:
        return _close(g.get("value"), p.get("value"), 0.5)
    if e == "disease_count":
        return _close(g.get("value"), p.get("value"), 0.5) and _norm_label(g.get("label")) == _norm_label(p.get("label"))
    if e == "dose":
        lo, hi = _num(g.get("low")), _num(g.get("high"))
        plo, phi = _num(p.get("low")), _num(p.get("high"))
        if plo is None or lo is None:
            return False
        phi = plo if phi is None else phi
        hi = lo if hi is None else hi

        def unit(m):
            return str(m.get("unit") or "cells/kg").replace(" ", "").lower()
        if unit(g) != unit(p):
            return False
        return math.isclose(lo, plo, rel_tol=0.01) and math.isclose(hi, phi, rel_tol=0.01)
    if e in SURV:
        if g.get("median_months") is not None:
            return _close(g["median_months"], p.get("median_months"))
        return _close(g.get("percent"), p.get("percent")) and _close(g.get("months"), p.get("months"), 0.01)
    if e == "median_followup":
        return _close(g.get("months"), p.get("months"))
    if e == "p_value":
        return norm_p(g.get("value")) == norm_p(p.get("value"))
    if e in RATE:
        if e in GRADED and norm_grade(g.get("grade")) != norm_grade(p.get("grade")):
            return False
        gp, pp = _pct(g), _pct(p)
        if gp is not None:
            return _close(gp, pp, 0.1)
        return _close(g.get("n"), p.get("n"), 0.5)
    return False


def ci_ok(g: dict, p: dict) -> bool | None:
    """None when gold states no CI; else whether both bounds agree."""
    if g.get("ci_low") is None and g.get("ci_high") is None:
        return None

    def same(a, b):
        return (a is None and b is None) or _close(a, b)
    return same(g.get("ci_low"), p.get("ci_low")) and same(g.get("ci_high"), p.get("ci_high"))


def doc_fields(g: dict, p: dict) -> dict[str, bool]:
    out = {}
    for f in ("pmid", "doi", "year"):
        if g.get(f) is not None:
            out[f] = str(g[f]).lower() == str(p.get(f)).lower()
    if g.get("trial_ids") is not None:
        out["trial_ids"] = sorted(map(str.upper, g["trial_ids"])) == sorted(map(str.upper, p.get("trial_ids") or []))
    if g.get("study_type") is not None:
        def st(x):
            return {"clinical": "clinical-trial", "off-target": "clinical-trial"}.get(x, x)
        out["study_type"] = st(g["study_type"]) == st(p.get("study_type"))
    if g.get("notices") is not None:
        def key(n):
            return (n.get("type"), str(n.get("pmid") or n.get("doi") or "").lower())
        out["notices"] = sorted(map(key, g["notices"])) == sorted(map(key, p.get("notices") or []))
    return out


# ---------------------------------------------------------------- result
def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F


@dataclass
class EvalResult:
    """Scores of one evaluation. ``misses``/``extras`` are (document, measurement) pairs;
    ``ci_mismatches`` (document, gold, predicted); ``field_errors`` (document, field, gold,
    predicted); ``errors`` (document, message) for corpus files that could not be read."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ci_hits: int = 0
    ci_total: int = 0
    outcome_hits: int = 0    # matched p-values whose gold names an outcome: how many name the same (score.py does not check)
    outcome_total: int = 0
    per_endpoint: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    fields_ok: Counter = field(default_factory=Counter)
    fields_total: Counter = field(default_factory=Counter)
    docs: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, dict]] = field(default_factory=list)
    ci_mismatches: list[tuple[str, dict, dict]] = field(default_factory=list)
    field_errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    outcome_mismatches: list[tuple[str, dict, dict]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return _prf(self.tp, self.fp, self.fn)[1]

    @property
    def micro_f1(self) -> float:
        return _prf(self.tp, self.fp, self.fn)[2]

    @property
    def ci_exact(self) -> tuple[int, int]:
        return self.ci_hits, self.ci_total

    @property
    def fields_accuracy(self) -> float:
        return sum(self.fields_ok.values()) / max(1, sum(self.fields_total.values()))

    def endpoint_scores(self) -> dict[str, tuple[float, float, float]]:
        """endpoint → (precision, recall, F1)."""
        out = {}
        for e, c in self.per_endpoint.items():
            out[e] = _prf(c["hit"], c["fp"], c["gold"] - c["hit"])
        return out

    def report(self, verbose: bool = False) -> str:
        """Per-endpoint lines, field lines and score.py's summary line (always last)."""
        lines = []
        if verbose:
            def short(m):
                return json.dumps({k: v for k, v in m.items() if k != "evidence"}, ensure_ascii=False)
            for doc, msg in self.errors:
                lines.append(f"  ERROR {doc}: {msg}")
            for doc, m in self.misses:
                ev = (m.get("evidence") or {}).get("text")
                lines.append(f"  MISS {doc}: {short(m)}" + (f"\n        in: {ev}" if ev else ""))
            for doc, m in self.extras:
                lines.append(f"  EXTRA {doc}: {short(m)}\n        in: {(m.get('evidence') or {}).get('text')}")
            for doc, g, p in self.ci_mismatches:
                lines.append(f"  CI {doc}: {g['endpoint']} gold [{g.get('ci_low')}, {g.get('ci_high')}] "
                             f"predicted [{p.get('ci_low')}, {p.get('ci_high')}]")
            for doc, f, gv, pv in self.field_errors:
                lines.append(f"  FIELD {doc}: {f} gold={gv!r} pred={pv!r}")
            for doc, g, p in self.outcome_mismatches:
                lines.append(f"  OUTCOME {doc}: p {g.get('value')} gold={g.get('outcome')!r} pred={p.get('outcome')!r}")
        scores = self.endpoint_scores()
        for e in sorted(self.per_endpoint):
            c = self.per_endpoint[e]
            P, R, F = scores[e]
            lines.append(f"{e:28s} recall {c['hit']}/{c['gold']}  extra {c['fp']}  P={P:.3f} R={R:.3f} F1={F:.3f}")
        for f in sorted(self.fields_total):
            lines.append(f"field {f:10s} {self.fields_ok[f]}/{self.fields_total[f]}")
        if self.outcome_total:
            lines.append(f"p-value outcomes named as in gold {self.outcome_hits}/{self.outcome_total} (not scored)")
        lines.append(
            f"measurements P={self.precision:.3f} R={self.recall:.3f} F1={self.micro_f1:.3f} "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}) | CI exact {self.ci_hits}/{self.ci_total} | "
            f"doc fields {self.fields_accuracy:.3f} over {self.docs} docs")
        return "\n".join(lines)


# ---------------------------------------------------------------- evaluation
def load_gold(gold_dir: str | os.PathLike) -> dict[tuple[str, str], dict]:
    """(corpus basename, pmid or '') → gold record, for every *.json in ``gold_dir``.
    Raises SourceError for a missing directory or a file that is not a gold record."""
    from extract.errors import SourceError

    if not Path(gold_dir).is_dir():
        raise SourceError(gold_dir, "gold directory not found")
    gold = {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        try:
            g = json.loads(Path(gold_dir, name).read_text(encoding="utf-8"))
            g["source"]["path"]
        except (ValueError, KeyError, TypeError) as e:
            raise SourceError(Path(gold_dir, name), f"not a gold record: {type(e).__name__}: {e}") from None
        if g.get("expect_error"):
            continue
        gold[(os.path.basename(g["source"]["path"]), str(g.get("pmid") or ""))] = g
    return gold


def evaluate(gold_dir: str | os.PathLike, corpus_dir: str | os.PathLike | None = None) -> EvalResult:
    """Extract every corpus file a gold record names and score the records against gold."""
    from extract import extract_path
    from extract.errors import CartregError

    corpus_dir = Path(corpus_dir) if corpus_dir is not None else Path(gold_dir).resolve().parent / "corpus"
    gold = load_gold(gold_dir)
    preds: dict[str, list[dict]] = {}
    res = EvalResult(docs=len(gold))
    for (doc, pmid), g in gold.items():
        if doc not in preds:
            try:
                preds[doc] = [r.to_json() for r in extract_path(corpus_dir / doc)]
            except CartregError as e:
                preds[doc] = []
                res.errors.append((doc, str(e)))
        cands = preds[doc]
        p = next((r for r in cands if g.get("pmid") and str(r.get("pmid")) == str(g["pmid"])),
                 cands[0] if cands else {})
        _score_doc(res, doc, g, p)
    return res


def _score_doc(res: EvalResult, doc: str, g: dict, p: dict) -> None:
    pm = list(p.get("measurements") or [])
    used: set[int] = set()
    for gm in g.get("measurements") or []:
        hit = next((i for i, x in enumerate(pm) if i not in used and matches(gm, x)), None)
        if hit is not None and gm["endpoint"] == "p_value" and pm[hit].get("outcome") != gm.get("outcome"):
            # (p-values match on their value alone, so among equal values the one naming the same outcome is as good a
            # match for the counts as score.py's first one, and tells whether the outcome was read)
            hit = next((i for i, x in enumerate(pm) if i not in used and matches(gm, x)
                        and x.get("outcome") == gm.get("outcome")), hit)
        res.per_endpoint[gm["endpoint"]]["gold"] += 1
        if hit is None:
            res.fn += 1
            res.misses.append((doc, gm))
            continue
        used.add(hit)
        res.tp += 1
        res.per_endpoint[gm["endpoint"]]["hit"] += 1
        if gm["endpoint"] == "p_value" and gm.get("outcome"):
            res.outcome_total += 1
            res.outcome_hits += gm["outcome"] == pm[hit].get("outcome")
            if gm["outcome"] != pm[hit].get("outcome"):
                res.outcome_mismatches.append((doc, gm, pm[hit]))
        c = ci_ok(gm, pm[hit])
        if c is not None:
            res.ci_total += 1
            res.ci_hits += bool(c)
            if not c:
                res.ci_mismatches.append((doc, gm, pm[hit]))
    for i, x in enumerate(pm):
        if i not in used:
            res.fp += 1
            res.per_endpoint[x.get("endpoint")]["fp"] += 1
            res.extras.append((doc, x))
    for f, ok in doc_fields(g, p).items():
        res.fields_total[f] += 1
        res.fields_ok[f] += ok
        if not ok:
            res.field_errors.append((doc, f, g.get(f), p.get(f)))


__all__ = ["evaluate", "EvalResult", "matches", "ci_ok", "doc_fields", "load_gold"]
