"""Studies: one row per paper with its headline numbers; filters; open a study."""
import pandas as pd
import streamlit as st

from dashboard import escape_md, highlight, load
from registry import queries

st.title("Studies")
table = load("study_table")
if table.empty:
    st.info("The registry has no documents yet: run `cartreg build CORPUS`.")
    st.stop()


def options(col: str) -> list[str]:
    return sorted({x for s in table[col].fillna("") for x in s.split(", ") if x})


DOSES = [1e4, 5e4, 1e5, 5e5, 1e6, 5e6, 1e7, 5e7, 1e8, 5e8, 1e9]
with st.sidebar:
    search = st.text_input("Search titles", key="search")
    diseases = st.multiselect("Disease", options("diseases"), key="diseases")
    targets = st.multiselect("Target", options("targets"), key="targets")
    types = st.multiselect("Study type", sorted(table["study_type"].dropna().unique()), key="types")
    years = table["year"].dropna()
    year_range = None
    if len(years) and years.min() < years.max():
        year_range = st.slider("Year", int(years.min()), int(years.max()),
                               (int(years.min()), int(years.max())), key="years")
    trial = st.text_input("Trial id contains", key="trial")
    dose = st.select_slider("Dose (cells/kg)", DOSES, value=(DOSES[0], DOSES[-1]), key="dose",
                            format_func=lambda d: f"{d:.0e}".replace("e+0", "×10^"))
    notice_types = st.multiselect("Notices", ["retraction", "expression_of_concern", "erratum", "comment", "update"],
                                  key="notice_types")
    has_notices = st.checkbox("Only papers with notices", key="has_notices")

rows = queries.filter_studies(
    table, search=search, diseases=diseases, targets=targets, study_types=types,
    years=year_range if year_range != (years.min(), years.max()) else None, trial_id=trial,
    dose=dose if dose != (DOSES[0], DOSES[-1]) else None, notice_types=notice_types, has_notices=has_notices)
st.caption(f"{len(rows)} of {len(table)} studies. Values are each study's overall figure; "
           "`flags` marks values derived from other stated numbers or curated by a person. "
           "Open a study below to see the sentence behind every number.")
COLUMNS = ["badges", "label", "title", "year", "study_type", "targets", "diseases", "trial_ids", "N treated",
           "CR %", "2-y OS %", "2-y PFS %", "CRS any %", "CRS ≥3 %", "ICANS %", "flags"]
st.dataframe(rows[COLUMNS], hide_index=True, key="studies_table", column_config={
    "badges": st.column_config.TextColumn("notices", width="small"),
    "label": st.column_config.TextColumn("study"),
    "year": st.column_config.NumberColumn(format="%d"),
    "N treated": st.column_config.NumberColumn(format="%d"),
    **{c: st.column_config.NumberColumn(format="%.1f") for c in queries.HEADLINES},
})

if rows.empty:
    st.stop()
titles = dict(zip(rows["doc_key"], rows["label"] + " — " + rows["title"].fillna("(no title)")))
chosen = st.selectbox("Open a study", list(titles), format_func=titles.get, key="open_study")
st.page_link("views/study.py", label="Open its evidence and curation page →", query_params={"doc": chosen})

# the sentence behind each number in the chosen row
row = rows[rows["doc_key"] == chosen].iloc[0]
m = load("measurements", chosen)
by_key = {k: r for k, r in zip(m["key"], m.to_dict("records"))}
for col, key in (row["sources"] or {}).items():
    r = by_key.get(key)
    if r is not None and pd.notna(row.get(col)):
        value = f"{row[col]:g}" if col == "N treated" else f"{row[col]:.1f}"
        derived = " (derived)" if f"{col} derived" in row["flags"] else ""
        st.markdown(f"**{escape_md(col)}: {escape_md(value)}**{derived} — {highlight(r['evidence_text'], r)}")
