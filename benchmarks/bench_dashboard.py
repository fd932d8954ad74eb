"""Dashboard speed on a registry of 5,000 synthetic studies: time to first render of each page
and to apply a filter, measured with streamlit's AppTest. Targets: first render < 2 s, filter < 0.3 s.

    python benchmarks/bench_dashboard.py [--studies 5000] [--db PATH]

Each page is measured in a fresh process (as the first visitor after the server started, with
streamlit, pandas and duckdb already imported, nothing cached): the app's first run (Studies),
then the page, then one filter or toggle on it. The registry is written by bulk inserts from
DataFrames (tests/dashboard/fixture_registry.write_frames), never row by row.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["studies", "study", "efficacy", "safety", "survival"]


def synthetic_frames(n: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    """``n`` studies, each with ~16 measurements whose evidence sentences are in its text; one
    in ten shares a trial id with another (publication families), one in fifty is retracted."""
    rng = np.random.default_rng(seed)
    docs, meas, trials, notices = [], [], [], []
    for i in range(n):
        doc_id, key = f"d{i:06d}", f"pmid:{70000000 + i}"
        N = int(rng.integers(8, 120))
        cr = int(rng.binomial(N, rng.uniform(0.5, 0.95)))
        crs = int(rng.binomial(N, 0.85))
        crs3 = int(rng.binomial(N, 0.1))
        icans = int(rng.binomial(N, 0.1))
        os24 = round(float(rng.uniform(30, 80)), 1)
        stated = [
            ("patients_treated", dict(value=N), f"A total of {N} patients received CD7 CAR-T cells."),
            ("dose", dict(low=1e6, high=2e6, unit="cells/kg"), "Doses were 1 × 10^6/kg to 2 × 10^6/kg."),
            ("disease_count", dict(value=N // 2, label="T-ALL"), f"T-ALL was the diagnosis in {N // 2}."),
            ("complete_remission", dict(n=cr, total=N, percent=round(100 * cr / N, 1)),
             f"Complete remission was achieved by {cr} of {N} patients ({100 * cr / N:.1f}%)."),
            ("overall_response", dict(n=min(N, cr + 2), total=N), f"The ORR was {min(N, cr + 2)}/{N}."),
            ("mrd_negative", dict(n=cr - 1 if cr else 0, total=N), f"MRD negativity: {max(cr - 1, 0)} of {N}."),
            ("overall_survival", dict(percent=os24, months=24, ci_low=os24 - 12, ci_high=os24 + 12),
             f"The 2-year OS was {os24}% (95% CI, {os24 - 12:.1f}-{os24 + 12:.1f})."),
            ("overall_survival", dict(percent=min(99.0, os24 + 15), months=12), f"1-year OS was {min(99.0, os24 + 15)}%."),
            ("progression_free_survival", dict(percent=os24 - 10, months=24), f"2-year PFS was {os24 - 10:.1f}%."),
            ("crs", dict(n=crs, total=N, grade="any"), f"CRS occurred in {crs} of {N} patients."),
            ("crs", dict(n=crs3, total=N, grade=">=3"), f"Grade ≥3 CRS occurred in {crs3} of {N} patients."),
            ("crs", dict(n=max(crs - crs3, 0), grade="1-2"), f"Grade 1-2 CRS occurred in {max(crs - crs3, 0)}."),
            ("neurotoxicity", dict(n=icans, total=N, grade="any"), f"ICANS occurred in {icans} of {N} patients."),
            ("neurotoxicity", dict(n=icans // 3, total=N, grade=">=3"), f"Grade ≥3 ICANS in {icans // 3} of {N}."),
            ("median_followup", dict(months=float(rng.integers(6, 40))), "The median follow-up was long."),
            ("transplant", dict(n=cr // 2, total=N), f"{cr // 2} of {N} proceeded to transplant."),
        ]
        parts, pos = [f"Synthetic CD7 CAR-T study {i}\n\n"], 0
        pos = len(parts[0])
        for j, (endpoint, fields, sentence) in enumerate(stated):
            meas.append(dict(id=f"{doc_id}m{j}", key=f"{doc_id}k{j}", document_id=doc_id, ordinal=j,
                             endpoint=endpoint, evidence_text=sentence, evidence_start=pos,
                             evidence_end=pos + len(sentence), **fields))
            parts.append(sentence + " ")
            pos += len(sentence) + 1
        family = i - 1 if i % 10 == 1 else i  # every tenth study has a follow-up report
        docs.append(dict(id=doc_id, doc_key=key, path=f"synthetic/{i:06d}.txt", format="text", sha256=str(i),
                         pmid=str(70000000 + i), title=f"Synthetic CD7 CAR-T cells in T-ALL, cohort {i}",
                         journal="Synth J", year=int(2018 + i % 8), study_type="clinical-trial",
                         targets=json.dumps(["CD7"] if i % 4 else ["CD5", "CD7"]), text="".join(parts)))
        trials.append(dict(id=f"{doc_id}t", document_id=doc_id, trial_id=f"NCT{70000000 + family:08d}"))
        if i % 50 == 0:
            notices.append(dict(id=f"{doc_id}n", document_id=doc_id, type="retraction", relation="in"))
        elif i % 20 == 0:
            notices.append(dict(id=f"{doc_id}n", document_id=doc_id, type="erratum", relation="in"))
    return {"documents": pd.DataFrame(docs), "measurements": pd.DataFrame(meas),
            "trial_ids": pd.DataFrame(trials), "notices": pd.DataFrame(notices),
            "runs": pd.DataFrame([dict(id="bench", started_at=pd.Timestamp.now(), version="bench",
                                       rules_hash="bench", corpus="synthetic")])}


def make_registry(db: Path, n: int) -> float:
    from tests.dashboard.fixture_registry import write_frames
    t = time.perf_counter()
    write_frames(db, synthetic_frames(n))
    return time.perf_counter() - t


def measure_page(page: str, db: str) -> dict:
    """In this (fresh) process: the first render of ``page`` and one filter on it."""
    import streamlit  # noqa: F401  (a running server has these imported before any visitor)
    from streamlit.testing.v1 import AppTest
    import registry.queries  # noqa: F401
    os.environ["CARTREG_DB"] = db
    at = AppTest.from_file(APP, default_timeout=120)
    t = time.perf_counter()
    at.run()
    out = {"page": page}
    if page != "studies":
        import streamlit as st
        st.cache_data.clear()  # the page's own first render: nothing cached
        at.switch_page(f"views/{page}.py")
        if page == "study":
            at.query_params["doc"] = "pmid:70000011"
        t = time.perf_counter()
        at.run()
    out["first_render_s"] = time.perf_counter() - t
    assert not at.exception, [e.value for e in at.exception]
    filters = {
        "studies": lambda: at.text_input(key="search").input("cohort 12"),
        "study": lambda: at.radio(key="cur_action").set_value("add"),
        "efficacy": lambda: at.toggle(key="eff_all").set_value(True),
        "safety": lambda: at.toggle(key="saf_retracted").set_value(True),
        "survival": lambda: at.radio(key="sur_endpoint").set_value("progression_free_survival"),
    }
    filters[page]()
    t = time.perf_counter()
    at.run()
    out["filter_s"] = time.perf_counter() - t
    if page == "studies":
        at.multiselect(key="targets").set_value(["CD5"])
        t = time.perf_counter()
        at.run()
        out["filter2_s"] = time.perf_counter() - t
    assert not at.exception, [e.value for e in at.exception]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--studies", type=int, default=5000)
    ap.add_argument("--db")
    ap.add_argument("--page", help=argparse.SUPPRESS)  # internal: measure one page in this process
    args = ap.parse_args()
    if args.page:
        print(json.dumps(measure_page(args.page, args.db)))
        return
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db or Path(tmp.name) / "bench.duckdb")
    if not db.exists():
        print(f"writing {args.studies} synthetic studies: {make_registry(db, args.studies):.1f} s")
    print(f"{'page':10s} {'first render':>13s} {'filter':>8s}   (targets: < 2 s, < 0.3 s)")
    for page in PAGES:
        res = subprocess.run([sys.executable, __file__, "--page", page, "--db", str(db)],
                             capture_output=True, text=True, cwd=ROOT)
        if res.returncode:
            print(f"{page:10s} failed:\n{res.stderr[-2000:]}")
            continue
        r = json.loads(res.stdout.strip().splitlines()[-1])
        extra = f"   (target filter: {r['filter2_s']:.3f} s)" if "filter2_s" in r else ""
        print(f"{page:10s} {r['first_render_s']:12.2f}s {r['filter_s']:7.3f}s{extra}")


if __name__ == "__main__":
    main()
