"""Safety: CRS and ICANS grade profiles per study, and the pooled grade ≥3 rate."""
import streamlit as st

from dashboard import ENDPOINT_NAMES, MAX_FOREST_ROWS, load, pooled_section, pooling_controls
from registry import queries

st.title("Safety")
endpoint = st.radio("Toxicity", ["crs", "neurotoxicity"], format_func=ENDPOINT_NAMES.get, horizontal=True,
                    key="saf_endpoint")
name = ENDPOINT_NAMES[endpoint]

st.subheader(f"{name}: grade profile per study")
profile = load("grade_profile", endpoint)
any_grade = load("comparison", endpoint, queries.ANY)
if profile.empty and any_grade.empty:
    st.info(f"No study reports {name} rates.")
else:
    import plotly.graph_objects as go
    ORDER = ["1", "2", "1-2", "3", "4", "3-4", ">=3", "5"]
    shown = set(profile["doc_key"]) | set(any_grade["doc_key"])
    if len(shown) > MAX_FOREST_ROWS:  # a bar per study stops being readable; the largest studies are drawn
        shown = set(any_grade.nlargest(MAX_FOREST_ROWS, "N")["doc_key"])
        st.caption(f"Drawing the {MAX_FOREST_ROWS} largest of {len(set(profile['doc_key']) | set(any_grade['doc_key']))} "
                   "studies; the table below has them all.")
    fig = go.Figure()
    for grade in sorted(profile["grade"].unique(), key=lambda g: ORDER.index(g) if g in ORDER else 99):
        g = profile[(profile["grade"] == grade) & profile["doc_key"].isin(shown)]
        fig.add_bar(x=g["label"], y=g["pct"], name=grade, hovertemplate="%{x}: %{y}%<extra>grade " + grade + "</extra>")
    marks = any_grade[any_grade["doc_key"].isin(shown)]
    fig.add_scatter(x=marks["label"], y=marks["pct"], mode="markers", name="any grade",
                    marker=dict(symbol="line-ew-open", size=28, color="black"))
    fig.update_layout(barmode="stack", height=420, margin=dict(l=10, r=10, t=30, b=10),
                      yaxis_title="% of patients", legend_title="grade")
    st.plotly_chart(fig, key="saf_profile")
    st.caption("Single grades where a study gives them; grouped grades (1-2, 3-4, ≥3) only where the single "
               "grades they cover are not given, so no patient is stacked twice. The black mark is the "
               "any-grade rate. Grade rows and their sentences:")
    st.dataframe(profile.rename(columns={"label": "study", "pct": "%", "evidence_text": "evidence"})[
        ["study", "grade", "%", "derived", "curation", "evidence"]], hide_index=True, key="saf_profile_table")

st.subheader(f"{name} grade ≥3: per study and pooled")
opts = pooling_controls("saf")
pooled_section(load("comparison", endpoint, queries.GRADE3), opts, f"{name} grade ≥3", key=f"saf_{endpoint}")
