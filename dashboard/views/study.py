"""Study: every measurement with its evidence sentence, notices, family, and curation."""
import json

import pandas as pd
import streamlit as st

from dashboard import db_path, endpoint_name, escape_md, highlight, load
from registry import curation, queries


def shown(row: dict, field: str) -> str:
    """A field's current value as the curation form shows it ('' when null)."""
    v = row.get(curation.COLUMN.get(field, field))
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


docs = load("documents")
if docs.empty:
    st.info("The registry has no documents yet.")
    st.stop()
labels = dict(zip(docs["doc_key"], docs["label"] + " — " + docs["title"].fillna("(no title)")))
wanted = st.query_params.get("doc")
keys = list(labels)
doc_key = st.selectbox("Study", keys, index=keys.index(wanted) if wanted in labels else 0,
                       format_func=labels.get, key="study_doc")
if doc_key != wanted:
    st.query_params["doc"] = doc_key
doc = load("document", doc_key)
info = docs[docs["doc_key"] == doc_key].iloc[0]

st.header(escape_md(doc["title"] or "(no title)"))
st.caption(" · ".join(escape_md(x) for x in (
    doc["journal"], str(doc["year"] or ""), f"PMID {doc['pmid']}" if doc["pmid"] else "",
    f"DOI {doc['doi']}" if doc["doi"] else "", doc["study_type"], ", ".join(doc["targets"]),
    ", ".join(doc["trial_ids"]), doc["path"]) if x))

# notices: a retraction matters more than anything else on the page
for n in load("notices", doc_key).to_dict("records"):
    text = f"**{escape_md(n['type'].replace('_', ' '))}** ({escape_md(n['relation'])})" + \
        (f" PMID {escape_md(n['pmid'])}" if n["pmid"] else "") + (f" DOI {escape_md(n['doi'])}" if n["doi"] else "") + \
        (f": {escape_md(n['text'])}" if n["text"] else "")
    alert = {"retraction": st.error, "expression_of_concern": st.warning}.get(n["type"], st.info)
    alert(text + (" — excluded from pooling by default." if n["type"] == "retraction" and n["relation"] == "in" else ""))
    if n["linked_doc_key"]:
        st.page_link("views/study.py", label="Open the linked notice", query_params={"doc": n["linked_doc_key"]})

family = load("family_members", doc_key)
if len(family):
    st.subheader("Other publications of the same trial")
    st.caption(f"They share a trial id ({escape_md(info['family'])}), so their patients overlap: pooled "
               "estimates count the family once by default.")
    for k, lab in zip(family["doc_key"], family["label"] + " — " + family["title"].fillna("")):
        st.page_link("views/study.py", label=lab, query_params={"doc": k})

st.subheader("Measurements")
m = load("measurements", doc_key)
if m.empty:
    st.info("No measurements were extracted from this paper. Add a missed value below.")
text = doc["text"] or ""
for r in m.to_dict("records"):
    name = endpoint_name(r["endpoint"])
    tags = []
    if r.get("derived") is True:
        tags.append("`derived`")
    if r["curation"] == "corrected":
        machine = json.loads(r["machine"] or "{}")
        tags.append(f":violet-badge[curated] machine value: {escape_md(', '.join(f'{k} {v}' for k, v in machine.items()))}")
    elif r["curation"] == "added":
        tags.append(":violet-badge[curated: added by hand]")
    elif r["curation"] == "wrong":
        tags.append(":red-badge[curated: marked wrong, not used]")
    if r["curation"]:
        tags.append(f"— {escape_md(r['curated_by'])}, {escape_md(r['curated_at'])}: “{escape_md(r['curation_reason'])}”")
    head = f"**{escape_md(name)}** {escape_md(queries.value_text(r))}"
    st.markdown(f"{'~~' + head + '~~' if r['curation'] == 'wrong' else head} {' '.join(tags)}")
    start, end = int(r["evidence_start"] or 0), int(r["evidence_end"] or 0)
    where = f"page {int(r['page'])}, " if pd.notna(r.get("page")) else ""
    st.markdown(f"> {highlight(r['evidence_text'], r)}")
    ok = text[start:end] == r["evidence_text"]
    st.caption(f"{where}characters {start}–{end}" + ("" if ok else " ⚠ offsets do not match the stored text"))
    for w in json.loads(r.get("warnings") or "[]"):
        st.warning(f"Consistency check: {escape_md(w)}")

st.subheader("Curate")
st.caption("Corrections are kept outside the registry file, with who, when, old, new and why; they "
           "survive rebuilds and are used by the comparison pages.")
ACTIONS = {"correct": "Correct a value", "wrong": "Mark a value wrong", "restore": "Restore the machine value",
           "add": "Add a missed value"}
action = st.radio("Action", list(ACTIONS), format_func=ACTIONS.get, horizontal=True, key="cur_action")
values, chosen, endpoint, evidence = {}, None, None, ""
if action == "add":
    endpoint = st.selectbox("Endpoint", list(curation.FIELDS), key="cur_endpoint",
                            format_func=endpoint_name)
    for f in curation.FIELDS[endpoint]:
        values[f] = st.text_input(f, key=f"cur_new_{endpoint}_{f}")
    evidence = st.text_area("Evidence: the sentence, copied exactly from the paper", key="cur_evidence")
elif m.empty:
    st.stop()
else:
    rows = {r["key"]: r for r in m.to_dict("records")}
    chosen = st.selectbox("Measurement", list(rows), key="cur_key", format_func=lambda k: (
        f"{endpoint_name(rows[k]['endpoint'])}: {queries.value_text(rows[k])}"
        + (f" [{rows[k]['curation']}]" if rows[k]["curation"] else "")))
    if action == "correct":
        for f in curation.FIELDS.get(rows[chosen]["endpoint"], ()):
            values[f] = st.text_input(f, value=shown(rows[chosen], f), key=f"cur_{chosen}_{f}")
reason = st.text_input("Reason (required)", key="cur_reason")
who = st.text_input("Your name", key="cur_who", placeholder="defaults to the server's user name")
if st.button("Save curation", type="primary", key="cur_save"):
    db = db_path()
    try:
        if action == "add":
            curation.add_missing(db, doc_key, text, endpoint, values, evidence, reason, who)
        elif action == "correct":
            changed = {f: v for f, v in values.items() if v.strip() != shown(rows[chosen], f)}
            if not changed:
                raise curation.CurationError("nothing changed: edit a value first")
            curation.correct(db, rows[chosen], changed, reason, who)
        elif action == "wrong":
            curation.mark_wrong(db, rows[chosen], reason, who)
        else:
            curation.restore(db, rows[chosen], reason, who)
        st.session_state["cur_saved"] = f"Saved: {ACTIONS[action].lower()}."
        st.rerun()
    except curation.CurationError as e:
        st.error(str(e))
if msg := st.session_state.pop("cur_saved", None):
    st.success(msg)
