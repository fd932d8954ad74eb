"""Curations: human corrections of machine-extracted values, durable and audited.

A build replaces the registry file wholesale (``os.replace``), so curations live beside it in an
append-only JSON Lines log, ``<db>.curations.jsonl``, which no build touches. Each line is one
event; nothing is ever rewritten, so the log is its own audit trail:

    {"id", "at" (UTC ISO 8601), "who", "reason", "action", "doc_key", "key", "endpoint",
     "old": {field: value}, "new": {field: value}, "evidence": {"text", "start", "end"} (add only)}

``action`` is ``wrong`` (the machine value is wrong; drop it), ``correct`` (replace fields),
``add`` (a value extraction missed, with its sentence from the paper), or ``restore`` (undo the
earlier curations of ``key``). Events attach to ``measurements.key``, which is stable across
re-extraction, and to ``documents.doc_key``, stable across rebuilds. Field names are the
record's (``N``, not the column ``total``). The latest event for a key wins.
"""
from __future__ import annotations

import fcntl
import getpass
import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from extract.errors import CartregError
from extract.record import ENDPOINTS

ACTIONS = ("wrong", "correct", "add", "restore")
NUMERIC = {"value", "low", "high", "percent", "n", "N", "months", "median_months", "ci_low",
           "ci_high", "range_low", "range_high", "timepoint_days"}
TEXT = {"label", "unit", "grade", "site", "subgroup"}
FLAGS = {"mrd_negative", "includes_cri", "acute", "chronic", "negated"}
EDITABLE = NUMERIC | TEXT | FLAGS
COLUMN = {"N": "total"}  # record field → measurements column
_RATE = ("percent", "n", "N", "timepoint_days", "site", "subgroup")
_LANDMARK = ("percent", "months", "ci_low", "ci_high", "median_months", "subgroup", "N")
FIELDS = {  # the fields a curator may set, per endpoint (record names; docs/record.md)
    **{e: ("value", "subgroup") for e in ("patients_enrolled", "patients_treated")},
    "disease_count": ("value", "label"), "dose": ("low", "high", "unit", "label"),
    **{e: _RATE for e in ("complete_remission", "mrd_negative", "overall_response",
                          "partial_remission", "transplant", "relapse")},
    **{e: _LANDMARK for e in ("overall_survival", "progression_free_survival", "event_free_survival",
                              "leukemia_free_survival", "relapse_free_survival")},
    "median_followup": ("months", "range_low", "range_high"),
    **{e: ("percent", "n", "N", "grade", "subgroup") for e in ("crs", "neurotoxicity", "gvhd")},
    "p_value": (),  # a p-value is a string as written; mark it wrong rather than edit it
}


class CurationError(CartregError):
    """A curation was refused: no reason, an unknown field, or an impossible value."""


def log_path(db: str | os.PathLike) -> Path:
    return Path(str(db) + ".curations.jsonl")


def clean_values(values: dict[str, Any]) -> dict[str, Any]:
    """Validated field values: numbers as floats, '' as null; raises CurationError naming the field."""
    out: dict[str, Any] = {}
    for k, v in values.items():
        if k not in EDITABLE:
            raise CurationError(f"cannot curate field {k!r}")
        if v is None or (isinstance(v, str) and not v.strip()):
            out[k] = None
        elif k in NUMERIC:
            try:
                out[k] = float(str(v).strip().rstrip("%"))
            except ValueError:
                raise CurationError(f"{k}: {v!r} is not a number") from None
        elif k in FLAGS:
            out[k] = v if isinstance(v, bool) else str(v).strip().lower() in ("1", "true", "yes")
        else:
            out[k] = str(v).strip()
    for k in ("percent", "ci_low", "ci_high"):
        if out.get(k) is not None and not 0 <= out[k] <= 100:
            raise CurationError(f"{k}: {out[k]} is not a percentage between 0 and 100")
    n, total = out.get("n"), out.get("N")
    if n is not None and total is not None and not 0 <= n <= total:
        raise CurationError(f"n={n} must lie between 0 and N={total}")
    return out


def _append(db, event: dict) -> dict:
    """Append one event under an exclusive lock and fsync it, so concurrent sessions never
    interleave lines and an acknowledged save survives a crash."""
    path = log_path(db)
    new = not path.exists()
    line = json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "a", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
    if new:  # the new directory entry must be durable too
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return event


def record(db, *, action: str, doc_key: str, reason: str, key: str | None = None,
           endpoint: str | None = None, old: dict | None = None, new: dict | None = None,
           evidence: dict | None = None, who: str | None = None) -> dict:
    """Validate and append one curation event; returns it. Prefer the helpers below."""
    if action not in ACTIONS:
        raise CurationError(f"unknown curation action {action!r}")
    if not (reason or "").strip():
        raise CurationError("a curation needs a reason")
    if not doc_key:
        raise CurationError("a curation needs the document's doc_key")
    if action != "add" and not key:
        raise CurationError(f"{action}: which measurement? (key missing)")
    if endpoint is not None and endpoint not in ENDPOINTS:
        raise CurationError(f"unknown endpoint {endpoint!r}")
    event_id = uuid.uuid4().hex
    event = {
        "id": event_id, "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "who": (who or "").strip() or getpass.getuser(), "reason": reason.strip(),
        "action": action, "doc_key": doc_key, "key": key or f"curated:{event_id}",
        "endpoint": endpoint, "old": old or {}, "new": clean_values(new or {}),
    }
    if evidence is not None:
        event["evidence"] = evidence
    return _append(db, event)


def _machine(m: dict, fields: Iterable[str]) -> dict:
    return {f: _plain(m.get(COLUMN.get(f, f))) for f in fields}


def _plain(v):
    """JSON-safe scalars (numpy/pandas values and NaN become plain values / null)."""
    if v is None:
        return None
    try:
        if v != v:  # NaN
            return None
    except (TypeError, ValueError):
        pass
    return v.item() if hasattr(v, "item") else v


def mark_wrong(db, m: dict, reason: str, who: str | None = None) -> dict:
    """``m`` is a measurement row (queries.measurements) with ``key``, ``doc_key``, ``endpoint``."""
    return record(db, action="wrong", doc_key=m["doc_key"], key=m["key"], endpoint=m["endpoint"],
                  old=_machine(m, ("percent", "n", "N", "value")), reason=reason, who=who)


def correct(db, m: dict, new: dict, reason: str, who: str | None = None) -> dict:
    if not new:
        raise CurationError("nothing to correct: give at least one new value")
    clean_values(new)  # refuse unknown fields before reading the machine values
    return record(db, action="correct", doc_key=m["doc_key"], key=m["key"], endpoint=m["endpoint"],
                  old=_machine(m, new), new=new, reason=reason, who=who)


def restore(db, m: dict, reason: str, who: str | None = None) -> dict:
    return record(db, action="restore", doc_key=m["doc_key"], key=m["key"], endpoint=m["endpoint"],
                  reason=reason, who=who)


def add_missing(db, doc_key: str, doc_text: str, endpoint: str, values: dict, evidence_text: str,
                reason: str, who: str | None = None) -> dict:
    """A value extraction missed. ``evidence_text`` must occur in the document's canonical text,
    so the added number, like every other, carries its sentence and offsets."""
    evidence_text = (evidence_text or "").strip()
    start = doc_text.find(evidence_text) if evidence_text else -1
    if start < 0:
        raise CurationError("the evidence sentence must be copied exactly from the paper's text")
    return record(db, action="add", doc_key=doc_key, endpoint=endpoint, new=values, reason=reason,
                  who=who, evidence={"text": evidence_text, "start": start,
                                     "end": start + len(evidence_text)})


def events(db) -> list[dict]:
    """Every event in log order. A torn last line (a crash mid-write) is skipped, not fatal."""
    path = log_path(db)
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_SH)
        try:
            lines = f.read().splitlines()
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def current(db=None, log: list[dict] | None = None) -> dict[str, dict]:
    """key → the state its events add up to: {"action", "new", "event", "history"}.
    ``restore`` clears a key; a ``correct`` after ``wrong`` reinstates it with new values."""
    state: dict[str, dict] = {}
    for e in (log if log is not None else events(db)):
        k = e["key"]
        history = state.get(k, {}).get("history", []) + [e]
        if e["action"] == "restore":
            state[k] = {"action": None, "new": {}, "event": e, "history": history}
        elif e["action"] == "correct":
            prev = state.get(k, {})
            base = dict(prev.get("new", {})) if prev.get("action") in ("correct", "add") else {}
            base.update(e["new"])
            action = "add" if prev.get("action") == "add" else "correct"
            state[k] = {"action": action, "new": base, "event": e, "history": history,
                        "evidence": prev.get("evidence"), "endpoint": prev.get("endpoint") or e["endpoint"],
                        "doc_key": e["doc_key"]}
        else:
            state[k] = {"action": e["action"], "new": dict(e["new"]), "event": e, "history": history,
                        "evidence": e.get("evidence"), "endpoint": e["endpoint"], "doc_key": e["doc_key"]}
    return state


def export_curations(db, out_path: str | os.PathLike) -> int:
    """Write every curation event (the full audit trail: who, when, action, old, new, why) to
    ``out_path``: CSV when it ends in ``.csv`` (old/new as JSON text), else JSON Lines. Each
    event has ``applies``: true when it is its key's latest event. Returns the number written."""
    log = events(db)
    latest = {s["event"]["id"] for s in current(log=log).values()}
    rows = [dict(e, applies=e["id"] in latest) for e in log]
    if str(out_path).lower().endswith(".csv"):
        import csv
        cols = ["at", "who", "action", "doc_key", "key", "endpoint", "old", "new", "reason",
                "evidence", "applies", "id"]
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in rows:
                w.writerow({c: json.dumps(r[c], ensure_ascii=False) if c in ("old", "new") else
                            (r.get("evidence") or {}).get("text", "") if c == "evidence" else r.get(c)
                            for c in cols})
    else:
        with open(out_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    return len(rows)
