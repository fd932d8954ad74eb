"""Survival: landmark estimates with CIs against time, and curves: Kaplan–Meier from data
beside the paper, otherwise a model through the reported landmarks, labelled as a model."""
import streamlit as st

from dashboard import ENDPOINT_NAMES, load
from registry import compare

st.title("Survival")
ENDPOINTS = ["overall_survival", "progression_free_survival", "event_free_survival",
             "leukemia_free_survival", "relapse_free_survival"]
endpoint = st.radio("Endpoint", ENDPOINTS, format_func=ENDPOINT_NAMES.get, horizontal=True, key="sur_endpoint")
points = load("survival_points", endpoint)
if points.empty:
    st.info(f"No study reports {ENDPOINT_NAMES[endpoint]} landmarks or medians.")
    st.stop()

import plotly.graph_objects as go  # noqa: E402  (only when there is something to draw)

st.subheader("Reported landmark estimates")
marks = points[points["months"].notna() & points["subgroup"].isna()]
fig = go.Figure()
# one trace (and legend entry) per study while that stays readable; beyond, one trace for all
groups = marks.groupby("label") if marks["label"].nunique() <= 15 else [(f"{marks['doc_key'].nunique()} studies", marks)]
for label, g in groups:
    fig.add_trace(go.Scatter(x=g["months"], y=g["percent"], mode="markers", name=label, text=g["label"],
                             hovertemplate="%{text}: %{y}% at %{x} months<extra></extra>",
                             error_y=dict(type="data", symmetric=False, array=(g["ci_high"] - g["percent"]).fillna(0),
                                          arrayminus=(g["percent"] - g["ci_low"]).fillna(0))))
fig.update_layout(height=380, xaxis=dict(title="months", rangemode="tozero"),
                  yaxis=dict(title="% surviving", range=[0, 105]),
                  margin=dict(l=10, r=10, t=30, b=10))
st.plotly_chart(fig, key="sur_landmarks")

st.subheader("Curves")
docs = points.drop_duplicates("doc_key")
files = load("curve_files")
has_csv = [k for k in docs["doc_key"] if k in files]
labels = dict(zip(docs["doc_key"], docs["label"]))
chosen = st.multiselect("Studies", list(labels), default=(has_csv + [k for k in labels if k not in has_csv])[:6],
                        format_func=labels.get, key="sur_studies")
treated = load("study_table").set_index("doc_key")["N treated"]
fig = go.Figure()
notes = []
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
for i, k in enumerate(chosen):
    color = COLORS[i % len(COLORS)]
    csv = files.get(k)
    try:
        curve = (compare.km_curve(csv, labels[k], treated.get(k)) if csv is not None
                 else compare.model_curve(points[(points["doc_key"] == k) & points["subgroup"].isna()], labels[k]))
    except ValueError as e:
        st.warning(str(e))
        continue
    if curve is None:
        continue
    model = curve.kind == "model"
    name = f"{curve.label} — {'MODEL, not data' if model else curve.kind}"
    shape = "linear" if model else "hv"
    if curve.lower is not None:  # the 95% band: the upper edge, then the lower edge filled up to it
        fig.add_trace(go.Scatter(x=curve.time, y=curve.upper, mode="lines", line=dict(width=0, shape=shape),
                                 showlegend=False, hoverinfo="skip", legendgroup=name))
        fig.add_trace(go.Scatter(x=curve.time, y=curve.lower, mode="lines", line=dict(width=0, shape=shape),
                                 fill="tonexty", fillcolor=color + "33", showlegend=False, hoverinfo="skip",
                                 legendgroup=name))
    fig.add_trace(go.Scatter(x=curve.time, y=curve.survival, name=name, mode="lines", legendgroup=name,
                             line=dict(dash="dash" if model else "solid", shape=shape, color=color)))
    notes.append(f"{curve.label}: {curve.note}")
fig.update_layout(height=420, xaxis_title="months", yaxis=dict(title="% surviving", range=[0, 105]),
                  margin=dict(l=10, r=10, t=40, b=10), legend=dict(orientation="h", y=1.0, yanchor="bottom"))
st.plotly_chart(fig, key="sur_curves")
for n in notes:
    st.caption(n)

st.subheader("Every reported figure and its sentence")
view = points.rename(columns={"label": "study", "evidence_text": "evidence"})
st.dataframe(view[["study", "months", "percent", "ci_low", "ci_high", "median_months", "subgroup", "curation",
                   "evidence"]], hide_index=True, key="sur_table")
