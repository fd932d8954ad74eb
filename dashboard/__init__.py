"""dashboard: the Streamlit app over the registry (``cartreg dashboard``). A thin view: pages
call ``registry.queries`` / ``registry.compare`` and render. Shared view helpers live here.

Paper text is untrusted: it is shown as plain text (dataframes, st.text) or as markdown with
every ASCII punctuation character escaped, never with ``unsafe_allow_html``.
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from registry import compare, queries

ENDPOINT_NAMES = {
    "complete_remission": "Complete remission (CR)", "overall_response": "Overall response (ORR)",
    "mrd_negative": "MRD-negative", "crs": "CRS", "neurotoxicity": "ICANS / neurotoxicity",
    "overall_survival": "Overall survival (OS)", "progression_free_survival": "Progression-free survival (PFS)",
    "event_free_survival": "Event-free survival (EFS)", "leukemia_free_survival": "Leukemia-free survival (LFS)",
    "relapse_free_survival": "Relapse-free survival (RFS)",
}
def endpoint_name(endpoint: str) -> str:
    return ENDPOINT_NAMES.get(endpoint) or endpoint.replace("_", " ").capitalize()


MAX_FOREST_ROWS = 60  # beyond this a forest plot is unreadable; the table below has every row


def db_path() -> Path:
    """``--db`` after ``--`` on the streamlit command line, else $CARTREG_DB, else registry.duckdb."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--db")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return Path(args.db or os.environ.get("CARTREG_DB") or "registry.duckdb")


@st.cache_data(show_spinner=False, max_entries=256)
def _cached(name: str, db: str, stamp: tuple, args: tuple):
    return getattr(queries, name)(db, *args)


def load(name: str, *args):
    """``registry.queries.<name>(db, *args)``, cached until a build replaces the registry or a
    curation is saved (``queries.stamp``). Stops the page with a message if there is no registry."""
    db = db_path()
    try:
        return _cached(name, str(db), queries.stamp(db), args)
    except queries.RegistryError as e:
        st.error(str(e))
        st.stop()


def warm_imports() -> None:
    """statsmodels and lifelines take over a second each to import; load them in the
    background once the first page has had time to render, so later pages open fast."""
    if getattr(warm_imports, "started", False):
        return
    warm_imports.started = True

    def run():
        time.sleep(3)
        import lifelines  # noqa: F401
        import statsmodels.stats.meta_analysis  # noqa: F401
    threading.Thread(target=run, daemon=True).start()


# ---------------------------------------------------------------- untrusted text

# the ASCII punctuation that means something to CommonMark, GitHub markdown or Streamlit
# (links, emphasis, code, HTML, entities, lists, headings, tables, LaTeX, :directives[...])
_PUNCT = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^&])")


def escape_md(text: str | None) -> str:
    """Text that markdown shows literally: the punctuation markdown could read as markup is
    backslash-escaped (CommonMark allows escaping any ASCII punctuation), so no paper can
    inject links, HTML, LaTeX or Streamlit directives; newlines become spaces."""
    return _PUNCT.sub(r"\\\1", (text or "").replace("\n", " "))


def _forms(v, count: bool) -> list[str]:
    """How a number may be written: counts as integers first, others with their decimals first."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    v = float(v)
    out = [f"{v:.2f}", f"{v:.1f}", f"{v:g}"] + ([str(int(v))] if v.is_integer() else [])
    out = list(dict.fromkeys(out))
    return out[::-1] if count else out


NUM = r"(?<![\d.]){}(?!\d|\.\d)"


def highlight(sentence: str, m: dict) -> str:
    """The evidence sentence as escaped markdown with the measurement's numbers (percent, n, N,
    value, CI, median) marked where the sentence states them: "n of N" and "n/N" together
    first, a percent before a % sign first, else the first free occurrence."""
    sentence = (sentence or "").replace("\n", " ")
    spans: list[tuple[int, int]] = []

    def free(a, b):
        return not any(x < b and a < y for x, y in spans)

    def find(pattern: str, groups: int = 0) -> bool:
        for hit in re.finditer(pattern, sentence):
            got = [hit.span(g) for g in (range(1, groups + 1) if groups else [0])]
            if all(free(*g) for g in got):
                spans.extend(got)
                return True
        return False

    n, total = m.get("n"), m.get("total")
    done = set()
    for a in _forms(n, True)[:1]:
        for b in _forms(total, True)[:1]:
            if find(rf"{NUM.format('(' + re.escape(a) + ')')}\s*(?:of|/|out of)\s*(?:the\s+)?"
                    rf"{NUM.format('(' + re.escape(b) + ')')}", 2):
                done |= {"n", "total"}
    for field in ("percent", "n", "total", "value", "ci_low", "ci_high", "median_months"):
        if field in done:
            continue
        forms = _forms(m.get(field), field in ("n", "total", "value"))
        if field == "percent" and any(find(NUM.format(re.escape(f)) + r"(?=\s*%)") for f in forms):
            continue
        any(find(NUM.format(re.escape(f))) for f in forms)
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(escape_md(sentence[pos:a]))
        out.append(f":orange-background[**{escape_md(sentence[a:b])}**]")
        pos = b
    out.append(escape_md(sentence[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- pooling view

def pooling_controls(key: str) -> dict:
    """The pooling choices, shown on the page so every pooled number states how it was made."""
    c1, c2, c3, c4 = st.columns(4)
    transform = c1.radio("Transform", list(compare.TRANSFORMS), format_func=compare.TRANSFORMS.get,
                         key=f"{key}_transform", horizontal=True)
    rule = c2.radio("Publication family", list(compare.FAMILY_RULES),
                    format_func=lambda r: f"{r} report", key=f"{key}_rule", horizontal=True)
    all_pubs = c3.toggle("Count every publication", key=f"{key}_all",
                         help="Off: reports of the same trial (shared trial id) count once, since their patients overlap.")
    retracted = c4.toggle("Include retracted papers", key=f"{key}_retracted")
    return dict(transform=transform, rule=rule, one_per_family=not all_pubs, include_retracted=retracted)


def pooled_section(table: pd.DataFrame, opts: dict, what: str, key: str) -> None:
    """Forest plot, pooled estimate, choices, the table with every number's sentence, and the
    meta::metaprop CSV, for one ``queries.comparison`` table."""
    counts = pd.Series([t for ts in table["targets"].fillna("") for t in ts.split(", ") if t]).value_counts()
    targets = sorted(counts.index)
    # different antigens are different therapies: by default pool the most studied one only
    chosen = st.multiselect("Only studies of CARs targeting", targets, key=f"{key}_targets",
                            default=list(counts.index[:1]),
                            help="Default: the most studied target. Empty: every target. A study counts if "
                                 "its CAR targets any chosen antigen.")
    if chosen:
        table = table[table["targets"].fillna("").str.split(", ").map(lambda ts: bool(set(ts) & set(chosen)))]
    table = compare.select_for_pooling(compare.with_exact_ci(table), one_per_family=opts["one_per_family"],
                                       rule=opts["rule"], include_retracted=opts["include_retracted"])
    use = table[table["pooled"]]
    pooled = compare.pool(use["events"], use["N"], opts["transform"]) if len(use) else None
    if pooled:
        st.markdown(f"**Pooled {escape_md(what)}: {escape_md(pooled.describe())}**")
    else:
        st.info(f"No study reports {what} with n and N, so nothing is pooled.")
    rules = [f"random effects, DerSimonian–Laird τ², {compare.TRANSFORMS[opts['transform']]} transform, "
             "Wald 95% CI, prediction interval with t(k−2)",
             compare.FAMILY_RULES[opts["rule"]] if opts["one_per_family"] else "every publication counted (patients may overlap)",
             "retracted papers included" if opts["include_retracted"] else "retracted papers excluded",
             f"targets: {', '.join(chosen)}" if chosen else "every target",
             "clinical-trial reports only; study CIs exact (Clopper–Pearson)"]
    st.caption("Pooling: " + "; ".join(rules) + ".")
    if len(table):
        st.plotly_chart(forest_figure(table, pooled), key=f"{key}_forest")
        st.dataframe(comparison_view(table), hide_index=True, key=f"{key}_table")
        st.download_button("Download for R meta::metaprop (study, events, n)", compare.metaprop_csv(table),
                           file_name=f"{key}-metaprop.csv", mime="text/csv", key=f"{key}_csv")


def comparison_view(table: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader checks: the numbers, how they were used, and their sentence."""
    v = table.assign(
        **{"95% CI": [f"{a:.1f}–{b:.1f}" if pd.notna(a) else "" for a, b in zip(table["ci_low"], table["ci_high"])],
           "notes": [" · ".join(x for x in ("derived" if d else "", f"curated ({c})" if c else "",
                                             "retracted" if r else "") if x)
                     for d, c, r in zip(table["derived"], table["curation"], table["retracted"])]})
    v = v.rename(columns={"label": "study", "pct": "%", "why": "not pooled because", "evidence_text": "evidence"})
    return v[["study", "events", "N", "%", "95% CI", "pooled", "not pooled because", "notes", "evidence", "family"]]


def forest_figure(table: pd.DataFrame, pooled: compare.Pooled | None):
    import plotly.graph_objects as go
    rows = table[table["pct"].notna()].copy()
    if len(rows) > MAX_FOREST_ROWS:
        rows = rows.sort_values(["pooled", "N"], ascending=False).head(MAX_FOREST_ROWS)
    rows = rows.sort_values(["pooled", "year", "label"], ascending=[False, True, True]).reset_index(drop=True)
    y = list(range(len(rows), 0, -1))
    names = [f"{lab}{' ✖ retracted' if r else ''}" for lab, r in zip(rows["label"], rows["retracted"])]
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=rows["pct"], y=y, mode="markers", name="study (exact 95% CI)",
        error_x=dict(type="data", symmetric=False, array=(rows["ci_high"] - rows["pct"]).fillna(0),
                     arrayminus=(rows["pct"] - rows["ci_low"]).fillna(0)),
        marker=dict(symbol=["square" if p else "circle-open" for p in rows["pooled"]],
                    size=[6 + 10 * math.sqrt(n / rows["N"].max()) if pd.notna(n) else 6 for n in rows["N"]],
                    color=["#1f77b4" if p else "#999999" for p in rows["pooled"]]),
        customdata=rows[["why"]].fillna("").to_numpy(),
        hovertemplate="%{x:.1f}%<br>%{customdata[0]}<extra></extra>"))
    if pooled:
        fig.add_trace(go.Scatter(x=[pooled.ci_low, pooled.estimate, pooled.ci_high, pooled.estimate, pooled.ci_low],
                                 y=[0, 0.35, 0, -0.35, 0], fill="toself", mode="lines", name="pooled (95% CI)",
                                 line=dict(color="#d62728")))
        if not math.isnan(pooled.pi_low):
            fig.add_trace(go.Scatter(x=[pooled.pi_low, pooled.pi_high], y=[-0.6, -0.6], mode="lines",
                                     name="95% prediction interval", line=dict(color="#d62728", dash="dot")))
    fig.update_layout(height=160 + 22 * len(rows), margin=dict(l=10, r=10, t=40, b=10),
                      yaxis=dict(tickvals=y + ([0] if pooled else []), ticktext=names + (["Pooled"] if pooled else []),
                                 range=[-1.2, len(rows) + 0.8]),
                      xaxis=dict(title="% of patients", range=[-2, 102]),
                      legend=dict(orientation="h", y=1.0, yanchor="bottom"))
    return fig
