"""Efficacy: CR, ORR and MRD-negative rates per study, exact CIs, random-effects pooling."""
import streamlit as st

from dashboard import ENDPOINT_NAMES, load, pooled_section, pooling_controls

st.title("Efficacy")
ENDPOINTS = ["complete_remission", "overall_response", "mrd_negative"]
endpoint = st.radio("Endpoint", ENDPOINTS, format_func=ENDPOINT_NAMES.get, horizontal=True, key="eff_endpoint")
opts = pooling_controls("eff")
table = load("comparison", endpoint)
st.caption("One figure per study: its overall rate (no subgroup, not extramedullary), with n and N where "
           "stated, from the largest denominator. Curated values replace machine values.")
pooled_section(table, opts, ENDPOINT_NAMES[endpoint], key=f"eff_{endpoint}")
