"""The cartreg dashboard. Run by ``cartreg dashboard [--db PATH] [--port N]``, i.e.
``streamlit run dashboard/app.py -- --db PATH``. The registry is opened read-only per query,
so ``cartreg build`` can replace it at any time; a refresh shows the new data."""
import sys
from pathlib import Path

import streamlit as st

# streamlit puts this file's folder on sys.path, not the project's; an editable install made
# before dashboard/__init__.py existed would resolve `dashboard` to an empty namespace package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from dashboard import db_path, escape_md, warm_imports  # noqa: E402

st.set_page_config(page_title="cartreg", page_icon=":material/biotech:", layout="wide")
# the page scripts live in views/, not pages/: a pages/ folder beside the entry point turns on
# Streamlit's older auto-discovered navigation, and a direct link such as /study then ran the
# page without this file
pages = [
    st.Page("views/studies.py", title="Studies", icon=":material/table_view:", default=True),
    st.Page("views/study.py", title="Study", icon=":material/article:"),
    st.Page("views/efficacy.py", title="Efficacy", icon=":material/target:"),
    st.Page("views/safety.py", title="Safety", icon=":material/warning:"),
    st.Page("views/survival.py", title="Survival", icon=":material/show_chart:"),
]
nav = st.navigation(pages)
st.sidebar.caption(f"Registry: {escape_md(str(db_path()))}")
warm_imports()
nav.run()
