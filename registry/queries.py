"""Every read the dashboard and the CLI need, as DataFrames, from a registry file.

A build writes a temporary copy and ``os.replace``s it onto the registry path, so nothing here
holds a connection: each read opens the file read-only, queries, and closes
(``registry.store.read_only``). A
dashboard left open then never blocks a build, and ``stamp`` tells a cache when to reload.

Curations (``registry.curation``) are merged over machine values in ``measurements``; every
table below is built from it, so comparison pages use curated values. Rows a curator marked
wrong stay in ``measurements`` (``curation == "wrong"``) for the Study page, and are dropped
from every summary and comparison.
"""
from __future__ import annotations

import functools
import json
import os
import warnings
from pathlib import Path

import pandas as pd

from extract.errors import RegistryError  # noqa: F401  (re-exported: the dashboard never imports extract)
from registry import curation
from registry.store import read_only

NOTICE_BADGES = {"retraction": "✖ retracted", "expression_of_concern": "⚠ concern", "erratum": "✎ erratum"}
ANY = ("any", None)
GRADE3 = (">=3", "3-4")  # in order of preference for a "grade ≥3" rate
# Study-table columns: (endpoint, grades, landmark months); each shows the study's headline value.
HEADLINES = {
    "CR %": ("complete_remission", None, None),
    "2-y OS %": ("overall_survival", None, 24),
    "2-y PFS %": ("progression_free_survival", None, 24),
    "CRS any %": ("crs", ANY, None),
    "CRS ≥3 %": ("crs", GRADE3, None),
    "ICANS %": ("neurotoxicity", ANY, None),
}
RATE_ENDPOINTS = {"complete_remission": "CR", "overall_response": "ORR", "mrd_negative": "MRD-negative",
                  "crs": "CRS", "neurotoxicity": "ICANS"}
CURATION_COLUMNS = ("curation", "curated_by", "curated_at", "curation_reason", "machine")


def stamp(db: str | os.PathLike) -> tuple:
    """Changes whenever a build replaces the registry or a curation is saved: a cache key."""
    out = []
    for p in (Path(db), curation.log_path(db)):
        try:
            s = p.stat()
            out += [s.st_ino, s.st_mtime_ns, s.st_size]
        except FileNotFoundError:
            out += [None, None, None]
    return tuple(out)


def _frame(db, sql: str, params: list | tuple = ()) -> pd.DataFrame:
    with read_only(db) as con:
        return con.execute(sql, list(params)).df()


def _nan_to_none(v):
    return None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else v


def _true(s: pd.Series) -> pd.Series:
    """A nullable boolean column as plain bools (null → False)."""
    return s.astype("boolean").fillna(False).astype(bool)


# ---------------------------------------------------------------- documents and families

def families(db) -> pd.DataFrame:
    """doc_key → family: documents sharing any trial id (transitively) are one family, since
    their patients overlap. ``family`` is the family's first trial id in sort order, or the
    doc_key of a document that shares none; ``family_size`` counts its active documents."""
    docs = _frame(db, "SELECT doc_key FROM documents WHERE status = 'active'")
    links = _frame(db, """SELECT d.doc_key, t.trial_id FROM trial_ids t
                          JOIN documents d ON d.id = t.document_id WHERE d.status = 'active'""")
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_key, trial in links.itertuples(index=False):
        a, b = find("doc:" + doc_key), find("trial:" + trial.upper())
        if a != b:
            parent[max(a, b)] = min(a, b)
    trials_of: dict[str, list[str]] = {}
    for doc_key, trial in links.itertuples(index=False):
        trials_of.setdefault(find("doc:" + doc_key), []).append(trial)
    rows = []
    for doc_key in docs["doc_key"]:
        root = find("doc:" + doc_key)
        ids = sorted(set(trials_of.get(root, [])))
        rows.append((doc_key, ids[0] if ids else doc_key, root))
    out = pd.DataFrame(rows, columns=["doc_key", "family", "_root"])
    out["family_size"] = out.groupby("_root")["doc_key"].transform("size")
    return out.drop(columns="_root")


def documents(db, include_removed: bool = False) -> pd.DataFrame:
    """One row per document: its fields, trial ids and notices as text, badges, retracted flag,
    family. Text and record JSON are left out (see ``document``)."""
    # every comparison starts from this table: read it once per registry file version
    return _documents(str(db), include_removed, stamp(db)[:3]).copy()


@functools.lru_cache(maxsize=4)
def _documents(db: str, include_removed: bool, _stamp: tuple) -> pd.DataFrame:
    where = "" if include_removed else "WHERE d.status = 'active'"
    df = _frame(db, f"""
        SELECT d.doc_key, d.pmid, d.doi, d.title, d.journal, d.year, d.study_type, d.targets,
               d.path, d.idx, d.format, d.status,
               (SELECT string_agg(t.trial_id, ', ' ORDER BY t.position) FROM trial_ids t
                 WHERE t.document_id = d.id) AS trial_ids,
               (SELECT string_agg(DISTINCT n.type, ',') FROM notices n WHERE n.document_id = d.id
                 AND coalesce(n.relation, 'in') <> 'of') AS notice_types
        FROM documents d {where} ORDER BY d.year DESC NULLS LAST, d.doc_key""")
    df["targets"] = df["targets"].map(lambda s: ", ".join(json.loads(s or "[]")))
    df["trial_ids"] = df["trial_ids"].fillna("")
    types = df["notice_types"].map(lambda v: sorted(v.split(",")) if isinstance(v, str) else [])
    df["notices"] = types.map(", ".join)
    df["badges"] = types.map(lambda ts: " ".join(NOTICE_BADGES[t] for t in ts if t in NOTICE_BADGES))
    df["retracted"] = types.map(lambda ts: "retraction" in ts)
    df["label"] = [_label(*r) for r in zip(df["journal"], df["year"], df["pmid"], df["path"], df["idx"])]
    df = df.drop(columns="notice_types")
    if len(df):
        df = df.merge(families(db), on="doc_key", how="left")
    else:
        df["family"], df["family_size"] = [], []
    return df


def _label(journal, year, pmid, path, idx) -> str:
    """A short unique name for plots and the meta::metaprop export: 'Blood Adv 2024 · 880100101'."""
    name = pmid or Path(path).name + (f"#{idx}" if idx else "")
    head = " ".join(str(x) for x in (journal, int(year) if pd.notna(year) else None) if x)
    return f"{head} · {name}" if head else name


def document(db, doc_key: str) -> dict | None:
    """One document's row (with ``text``, ``record`` parsed, ``trial_ids`` list), or None."""
    df = _frame(db, """SELECT d.*, (SELECT list(t.trial_id ORDER BY t.position) FROM trial_ids t
                                    WHERE t.document_id = d.id) AS trial_id_list
                       FROM documents d WHERE d.doc_key = ? ORDER BY d.status = 'active' DESC LIMIT 1""",
                [doc_key])
    if df.empty:
        return None
    row = {k: _nan_to_none(v) for k, v in df.iloc[0].to_dict().items()}
    row["record"] = json.loads(row.get("record") or "{}")
    row["targets"] = json.loads(row.get("targets") or "[]")
    ids = row.pop("trial_id_list")
    row["trial_ids"] = [] if ids is None else list(ids)
    return row


def notices(db, doc_key: str | None = None) -> pd.DataFrame:
    """Notices (erratum, retraction, …) with ``linked_doc_key`` when the linked record is itself
    in the registry."""
    where, params = ("WHERE d.doc_key = ?", [doc_key]) if doc_key else ("", [])
    return _frame(db, f"""
        SELECT d.doc_key, n.type, coalesce(n.relation, 'in') AS relation, n.pmid, n.doi, n.text,
               (SELECT o.doc_key FROM documents o WHERE o.status = 'active' AND
                 ((n.pmid IS NOT NULL AND o.pmid = n.pmid) OR (n.doi IS NOT NULL AND o.doi = n.doi))
                 LIMIT 1) AS linked_doc_key
        FROM notices n JOIN documents d ON d.id = n.document_id {where}
        ORDER BY d.doc_key, n.type""", params)


def family_members(db, doc_key: str) -> pd.DataFrame:
    """The other active documents in ``doc_key``'s publication family."""
    docs = documents(db)
    fam = docs.loc[docs["doc_key"] == doc_key, "family"]
    if fam.empty:
        return docs.iloc[0:0]
    return docs[(docs["family"] == fam.iloc[0]) & (docs["doc_key"] != doc_key)]


# ---------------------------------------------------------------- measurements

def measurements(db, doc_key: str | None = None, endpoints: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Measurements of active documents (or of one document) with curations merged: a
    corrected row carries the curated values and ``machine`` (what extraction said), an added
    row comes from the log with its evidence, a row marked wrong has ``curation == "wrong"``."""
    clauses, params = ["d.status = 'active'"], []
    if doc_key is not None:
        clauses.append("d.doc_key = ?")
        params.append(doc_key)
    if endpoints:
        clauses.append(f"m.endpoint IN ({', '.join('?' * len(endpoints))})")
        params += list(endpoints)
    df = _frame(db, f"""
        SELECT d.doc_key, m.* EXCLUDE (data, bbox, document_id)
        FROM measurements m JOIN documents d ON d.id = m.document_id
        WHERE {' AND '.join(clauses)} ORDER BY d.doc_key, m.ordinal""", params)
    # the columns are 32-bit REAL: 94.4 reads back as 94.40000153; no value has more decimals
    floats = df.select_dtypes("float").columns
    df[floats] = df[floats].astype("float64").round(4)
    return apply_curations(df, curation.current(db), doc_key=doc_key, endpoints=endpoints,
                           known_docs=None if doc_key else _active_doc_keys(db))


def _active_doc_keys(db) -> set[str]:
    return set(_frame(db, "SELECT doc_key FROM documents WHERE status = 'active'")["doc_key"])


def apply_curations(df: pd.DataFrame, state: dict[str, dict], doc_key: str | None = None,
                    endpoints: tuple[str, ...] | None = None, known_docs: set[str] | None = None) -> pd.DataFrame:
    """Merge curation state (``curation.current``) over machine rows; see ``measurements``."""
    df = df.copy()
    for c in CURATION_COLUMNS:
        df[c] = None
    if not state:
        return df
    index = {k: i for i, k in enumerate(df["key"])}
    added = []
    for key, s in state.items():
        if s["action"] is None:
            continue
        ev = s["event"]
        meta = {"curated_by": ev["who"], "curated_at": ev["at"], "curation_reason": ev["reason"]}
        if s["action"] == "add":
            if (doc_key and s["doc_key"] != doc_key) or (endpoints and s["endpoint"] not in endpoints):
                continue
            if known_docs is not None and s["doc_key"] not in known_docs:
                continue
            if doc_key is None and known_docs is None:
                continue
            row = {"doc_key": s["doc_key"], "key": key, "id": key, "endpoint": s["endpoint"],
                   "ordinal": 10_000 + len(added), "evidence_text": s["evidence"]["text"],
                   "evidence_start": s["evidence"]["start"], "evidence_end": s["evidence"]["end"],
                   "warnings": "[]", "curation": "added", "machine": None, "rule": "curated", **meta}
            row.update({curation.COLUMN.get(f, f): v for f, v in s["new"].items()})
            added.append(row)
            continue
        i = index.get(key)
        if i is None:
            continue  # the measurement is gone after re-extraction: the curation is orphaned
        pos = df.index[i]
        if s["action"] == "wrong":
            df.loc[pos, "curation"] = "wrong"
        else:
            machine = {}
            for f, v in s["new"].items():
                col = curation.COLUMN.get(f, f)
                if col in df.columns:
                    machine[f] = _nan_to_none(df.at[pos, col])
                    if v is not None and df[col].dtype == bool:
                        df[col] = df[col].astype(object)
                    df.at[pos, col] = v
            df.at[pos, "machine"] = json.dumps(machine)
            df.loc[pos, "curation"] = "corrected"
        for k, v in meta.items():
            df.at[pos, k] = v
    if added:
        floats = df.select_dtypes("number").columns
        with warnings.catch_warnings():  # pandas' notice about all-null columns; dtypes are restored below
            warnings.simplefilter("ignore", FutureWarning)
            df = pd.concat([df, pd.DataFrame(added)], ignore_index=True)
        df[floats] = df[floats].apply(pd.to_numeric, errors="coerce")
        if doc_key is not None:
            df["doc_key"] = doc_key
    return df


def cells(x: float) -> str:
    """A cell count as written in papers: 500000 → '5 × 10^5', 1500000 → '1.5 × 10^6'."""
    if not isinstance(x, (int, float)) or x < 1000:
        return f"{x:g}" if isinstance(x, (int, float)) else str(x)
    exp = len(str(int(x))) - 1
    return f"{round(x / 10 ** exp, 3):g} × 10^{exp}"


def value_text(m: dict) -> str:
    """A measurement's numbers as one short string: '90.0% (18/20)', '14.2 mo median', …"""
    g = {k: _nan_to_none(m.get(k)) for k in ("value", "percent", "n", "total", "months", "median_months",
                                             "ci_low", "ci_high", "low", "high", "unit", "label", "grade")}

    def num(x):
        return f"{x:g}" if isinstance(x, (int, float)) else str(x)
    parts = []
    if g["percent"] is not None:
        parts.append(f"{num(g['percent'])}%")
    if g["n"] is not None or g["total"] is not None:
        parts.append(f"({num(g['n']) if g['n'] is not None else '?'}/{num(g['total']) if g['total'] is not None else '?'})")
    if g["months"] is not None:
        parts.append(f"at {num(g['months'])} mo")
    if g["median_months"] is not None:
        parts.append(f"median {num(g['median_months'])} mo")
    if g["ci_low"] is not None or g["ci_high"] is not None:  # a missing end was "not reached"
        lo = num(g["ci_low"]) if g["ci_low"] is not None else "NR"
        hi = num(g["ci_high"]) if g["ci_high"] is not None else "NR"
        parts.append(f"95% CI {lo}–{hi}")
    if g["value"] is not None:
        parts.append(num(g["value"]))
    if g["low"] is not None:
        dose = cells(g["low"]) if g["high"] in (None, g["low"]) else f"{cells(g['low'])}–{cells(g['high'])}"
        parts.append(f"{dose} {g['unit'] or ''}".strip())
    for q in ("grade", "label"):
        if g[q] is not None:
            parts.append(f"{q} {g[q]}")
    return " ".join(parts) or "—"


# ---------------------------------------------------------------- rates and headline values

def with_rates(m: pd.DataFrame) -> pd.DataFrame:
    """Adds ``events``, ``N``, ``pct``, and ``pct_derived`` / ``derived_any``: the percent, or any
    of the three, was computed here from the other two or marked derived by extraction. The
    stated numbers always win."""
    m = m.copy()
    for c in ("percent", "n", "total"):
        m[c] = pd.to_numeric(m[c], errors="coerce")
    p, n, t = m["percent"], m["n"], m["total"]
    m["events"] = n.where(n.notna(), (p * t / 100).round())
    m["N"] = t.where(t.notna(), (100 * n / p).where(p > 0).round())
    m["pct"] = p.where(p.notna(), 100 * n / t)
    stated = _true(m["derived"]) if "derived" in m else False
    m["pct_derived"] = (p.isna() & m["pct"].notna()) | stated
    m["derived_any"] = m["pct_derived"] | (n.isna() & m["events"].notna()) | (t.isna() & m["N"].notna())
    return m


def pick(m: pd.DataFrame, endpoint: str, grades: tuple | None = None, months: float | None = None) -> pd.DataFrame:
    """One measurement per document for a study-level comparison: the overall figure (no
    subgroup, not extramedullary), with n and N known if any is, from the largest N, first in
    the text; for ``grades`` in their order of preference. Rows marked wrong never count."""
    sel = m[(m["endpoint"] == endpoint) & (m["curation"].fillna("") != "wrong")]
    if grades is not None:
        sel = sel[sel["grade"].isin([g for g in grades if g]) | (sel["grade"].isna() if None in grades else False)]
    if months is not None:
        sel = sel[sel["months"] == months]
    else:
        sel = sel[sel["percent"].notna() | sel["n"].notna()]
    if sel.empty:
        return with_rates(sel).assign(_grade_rank=[])
    sel = with_rates(sel)
    grade_rank = {g: i for i, g in enumerate(grades or ())}
    sel = sel.assign(
        _sub=sel["subgroup"].notna(), _extra=sel["site"].fillna("").eq("extramedullary"),
        _unknown=sel["events"].isna() | sel["N"].isna(),
        _grade_rank=sel["grade"].map(lambda g: grade_rank.get(g, grade_rank.get(None, 0))),
        _negN=-sel["N"].fillna(0))
    sel = sel.sort_values(["doc_key", "_sub", "_extra", "_grade_rank", "_unknown", "_negN", "ordinal"])
    return sel.drop_duplicates("doc_key").drop(columns=["_sub", "_extra", "_unknown", "_negN"])


HEADLINE_ENDPOINTS = ("patients_treated", "dose", "disease_count", "complete_remission",
                      "overall_survival", "progression_free_survival", "crs", "neurotoxicity")


def study_table(db) -> pd.DataFrame:
    """One row per active document for the Studies page: document fields, N treated, the
    HEADLINES columns, diseases, dose range (cells/kg), and ``flags`` naming values that are
    derived (computed from other stated numbers) or curated. ``sources`` are the measurement
    keys behind each headline value, for tracing a number to its sentence."""
    docs = documents(db)
    m = measurements(db, endpoints=HEADLINE_ENDPOINTS)
    return summarise(docs, m)


def summarise(docs: pd.DataFrame, m: pd.DataFrame) -> pd.DataFrame:
    """The body of ``study_table``, on frames (tests and the benchmark call it directly)."""
    out = docs.set_index("doc_key")
    flags: dict[str, list[str]] = {k: [] for k in out.index}
    sources: dict[str, dict[str, str]] = {k: {} for k in out.index}
    ok = m[m["curation"].fillna("") != "wrong"]

    treated = ok[ok["endpoint"] == "patients_treated"].assign(_sub=lambda x: x["subgroup"].notna())
    treated = treated.sort_values(["doc_key", "_sub", "value"], ascending=[True, True, False]).drop_duplicates("doc_key")
    out["N treated"] = treated.set_index("doc_key")["value"]
    for k, key, cur in zip(treated["doc_key"], treated["key"], treated["curation"]):
        sources[k]["N treated"] = key
        if cur:
            flags[k].append("N treated curated")
    for col, (endpoint, grades, months) in HEADLINES.items():
        p = pick(ok, endpoint, grades, months)
        out[col] = p.set_index("doc_key")["pct"].round(1) if len(p) else None
        for k, key, der, cur in zip(p["doc_key"], p["key"], p["pct_derived"], p["curation"]):
            sources[k][col] = key
            if der:
                flags[k].append(f"{col} derived")
            if cur:
                flags[k].append(f"{col} curated")
    diseases = ok[ok["endpoint"] == "disease_count"].groupby("doc_key")["label"].agg(
        lambda s: ", ".join(sorted({str(x) for x in s if x})))
    out["diseases"] = diseases
    dose = ok[(ok["endpoint"] == "dose") & (ok["unit"].fillna("cells/kg") == "cells/kg")]
    out["dose low"] = dose.groupby("doc_key")["low"].min()
    out["dose high"] = dose.groupby("doc_key")["high"].max()
    out["diseases"] = out["diseases"].fillna("")
    out["flags"] = pd.Series({k: " · ".join(v) for k, v in flags.items()})
    out["sources"] = pd.Series(sources)
    return out.reset_index()


def filter_studies(df: pd.DataFrame, search: str = "", diseases=(), targets=(), study_types=(),
                   years: tuple[int, int] | None = None, trial_id: str = "",
                   dose: tuple[float, float] | None = None, notice_types=(), has_notices: bool = False) -> pd.DataFrame:
    """The Studies filters on a ``study_table`` frame. Empty arguments mean no filter; list
    filters match any of their values; ``dose`` keeps studies whose dose range overlaps it."""
    keep = pd.Series(True, index=df.index)
    if search.strip():
        keep &= df["title"].fillna("").str.contains(search.strip(), case=False, regex=False)
    for col, wanted in (("diseases", diseases), ("targets", targets)):
        if wanted:
            sets = df[col].fillna("").str.split(", ")
            keep &= sets.map(lambda xs: bool(set(xs) & set(wanted)))
    if study_types:
        keep &= df["study_type"].isin(list(study_types))
    if years:
        keep &= df["year"].between(years[0], years[1])
    if trial_id.strip():
        keep &= df["trial_ids"].str.contains(trial_id.strip(), case=False, regex=False)
    if dose:
        keep &= (df["dose low"] <= dose[1]) & (df["dose high"] >= dose[0])
    if notice_types:
        keep &= df["notices"].map(lambda s: bool(set(s.split(", ")) & set(notice_types)))
    if has_notices:
        keep &= df["notices"] != ""
    return df[keep]


def comparison(db, endpoint: str, grades: tuple | None = None) -> pd.DataFrame:
    """One row per active document reporting ``endpoint`` (at ``grades``): the chosen
    measurement (see ``pick``) with ``events``/``N``/``pct``, its evidence sentence, whether it is
    derived or curated, and the document's family, year, study type and retraction flag."""
    return comparison_from(documents(db), measurements(db, endpoints=(endpoint,)), endpoint, grades)


def comparison_from(docs: pd.DataFrame, m: pd.DataFrame, endpoint: str, grades: tuple | None = None) -> pd.DataFrame:
    p = pick(m, endpoint, grades)
    cols = ["doc_key", "key", "endpoint", "grade", "events", "N", "pct", "percent", "n", "total",
            "derived_any", "curation", "machine", "evidence_text", "evidence_start", "evidence_end", "page",
            "subgroup", "site", "timepoint_days"]
    p = p[[c for c in cols if c in p.columns]]
    d = docs[["doc_key", "label", "title", "year", "study_type", "targets", "trial_ids", "family",
              "family_size", "retracted", "badges"]]
    out = d.merge(p, on="doc_key", how="inner")
    return out.rename(columns={"derived_any": "derived"}).reset_index(drop=True)


def grade_profile(db, endpoint: str) -> pd.DataFrame:
    """Grade breakdown rows (``doc_key``, ``label``, ``grade``, ``pct``, ``derived``, evidence) for
    stacked bars. Per study, single grades (1…5) are used where given; the coarse groups
    (1-2, 3-4, >=3) only where the single grades they cover are absent, so no patient is stacked twice."""
    m = measurements(db, endpoints=(endpoint,))
    return grade_profile_from(documents(db), m)


GROUP_COVERS = {"1-2": {"1", "2"}, "3-4": {"3", "4"}, ">=3": {"3", "4", "5"}}


def grade_profile_from(docs: pd.DataFrame, m: pd.DataFrame) -> pd.DataFrame:
    m = with_rates(m[(m["curation"].fillna("") != "wrong") & m["grade"].notna() & (m["grade"] != "any")
                     & m["subgroup"].isna()])
    m = m[m["pct"].notna()].drop_duplicates(["doc_key", "grade"])
    singles = m[m["grade"].isin(["1", "2", "3", "4", "5"])].groupby("doc_key")["grade"].agg(set)
    keep = []
    for doc_key, grade in zip(m["doc_key"], m["grade"]):
        covers = GROUP_COVERS.get(grade)
        have = singles.get(doc_key, set())
        keep.append(covers is None or not (covers & have))
    m = m[pd.Series(keep, index=m.index, dtype=bool)]
    # ">=3" and "3-4" cover the same patients when both are given; keep the wider one
    both = set(m.loc[m["grade"] == ">=3", "doc_key"]) & set(m.loc[m["grade"] == "3-4", "doc_key"])
    m = m[~(m["doc_key"].isin(both) & (m["grade"] == "3-4"))]
    out = docs[["doc_key", "label", "retracted"]].merge(
        m[["doc_key", "grade", "pct", "pct_derived", "curation", "evidence_text", "key"]], on="doc_key")
    return out.rename(columns={"pct_derived": "derived"})


def survival_points(db, endpoint: str) -> pd.DataFrame:
    """Landmark estimates (``months``, ``percent``, CI) and medians (``median_months``) of one
    survival endpoint, one row per stated figure, overall (no subgroup) first."""
    m = measurements(db, endpoints=(endpoint,))
    m = m[(m["curation"].fillna("") != "wrong") & ((m["months"].notna() & m["percent"].notna())
                                                    | m["median_months"].notna())]
    cols = ["doc_key", "key", "months", "percent", "ci_low", "ci_high", "median_months", "subgroup",
            "total", "derived", "curation", "evidence_text"]
    docs = documents(db)[["doc_key", "label", "title", "path", "retracted"]]
    return docs.merge(m[cols], on="doc_key").sort_values(["doc_key", "subgroup", "months"], na_position="first")


def curve_files(db) -> dict[str, Path]:
    """doc_key → the CSV beside its paper (same stem, ``.csv``: a digitised survival curve or
    per-patient data), for the active documents that have one. Relative document paths are
    tried against the build's corpus folder, the registry's folder and the working directory."""
    docs = _frame(db, "SELECT doc_key, path FROM documents WHERE status = 'active'")
    runs = _frame(db, "SELECT corpus FROM runs ORDER BY started_at DESC LIMIT 1")
    corpus = [Path(c) for c in runs["corpus"] if c]
    bases = [*corpus, *[c.parent for c in corpus], Path(db).resolve().parent, Path.cwd()]
    out = {}
    for doc_key, path in zip(docs["doc_key"], docs["path"]):
        p = Path(path)
        for base in ([Path()] if p.is_absolute() else bases):
            cand = (base / p).with_suffix(".csv")
            if cand.is_file():
                out[doc_key] = cand
                break
    return out
