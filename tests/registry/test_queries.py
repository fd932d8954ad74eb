"""registry.queries against a registry built from the dashboard fixture corpus."""
import shutil
import subprocess
import sys

import duckdb
import pytest

from registry import queries
from tests.dashboard.fixture_registry import FIXTURE_CORPUS, build_fixture_registry

F1, F2, RETRACTED, TANDEM, CONCERN = "pmid:990100101", "pmid:990100202", "pmid:990100303", "pmid:990100404", "pmid:990100505"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_fixture_registry(tmp_path_factory.mktemp("reg") / "registry.duckdb")


def test_study_table_has_one_row_per_document_with_headline_values(db):
    t = queries.study_table(db).set_index("doc_key")
    assert len(t) == 5
    assert t.loc[F1, ["N treated", "CR %", "CRS any %", "CRS ≥3 %", "ICANS %"]].tolist() == [20, 90.0, 85.0, 10.0, 5.0]
    assert t.loc[F2, ["2-y OS %", "2-y PFS %", "CRS ≥3 %"]].tolist() == [61.2, 48.5, 9.4]
    assert t.loc[TANDEM, "CR %"] == 66.7  # stored as 32-bit REAL; read back rounded
    assert t.loc[TANDEM, "ICANS %"] == 0.0  # "No ICANS was observed" is a measurement
    assert "CRS any % derived" in t.loc[TANDEM, "flags"]  # 10 of 12, percent not stated
    assert t.loc[F2, "diseases"] == "T-ALL, T-LBL"
    assert (t.loc[F2, "dose low"], t.loc[F2, "dose high"]) == (1e6, 2e6)


def test_badges_and_retraction(db):
    t = queries.study_table(db).set_index("doc_key")
    assert t.loc[RETRACTED, "badges"] == "✖ retracted" and t.loc[RETRACTED, "retracted"]
    assert t.loc[TANDEM, "badges"] == "✎ erratum" and not t.loc[TANDEM, "retracted"]
    assert t.loc[CONCERN, "badges"] == "⚠ concern"
    n = queries.notices(db, RETRACTED)
    assert n[["type", "relation", "pmid"]].values.tolist() == [["retraction", "in", "990100399"]]


def test_documents_sharing_a_trial_id_form_a_family(db):
    fam = queries.families(db).set_index("doc_key")
    assert fam.loc[F1, "family"] == fam.loc[F2, "family"] == "NCT09900101"
    assert fam.loc[F1, "family_size"] == 2 and fam.loc[TANDEM, "family_size"] == 1
    assert queries.family_members(db, F1)["doc_key"].tolist() == [F2]


@pytest.mark.parametrize("filters,expected", [
    (dict(search="TANDEM"), [TANDEM]),
    (dict(targets=["CD5"]), [TANDEM]),
    (dict(diseases=["T-LBL"]), [F2]),
    (dict(study_types=["case-report"]), []),
    (dict(years=(2023, 2024)), [F2, CONCERN, TANDEM]),
    (dict(trial_id="nct09900101"), [F2, F1]),
    (dict(dose=(1.5e6, 5e6)), [F2]),
    (dict(notice_types=["retraction", "expression_of_concern"]), [CONCERN, RETRACTED]),
    (dict(has_notices=True), [CONCERN, TANDEM, RETRACTED]),
])
def test_filters(db, filters, expected):
    assert queries.filter_studies(queries.study_table(db), **filters)["doc_key"].tolist() == expected


def test_comparison_table_per_endpoint(db):
    cr = queries.comparison(db, "complete_remission").set_index("doc_key")
    assert cr.loc[F1, ["events", "N", "pct"]].tolist() == [18, 20, 90.0]
    assert cr.loc[F1, "evidence_text"].startswith("On day 28, 18 of 20 patients (90.0%)")
    assert bool(cr.loc[RETRACTED, "retracted"]) and cr.loc[F1, "family"] == "NCT09900101"
    g3 = queries.comparison(db, "crs", queries.GRADE3).set_index("doc_key")
    assert g3.loc[F2, ["grade", "events", "N"]].tolist() == ["3-4", 3, 32]
    assert TANDEM not in g3.index  # only single grades, no ≥3 figure: nothing is summed silently


def test_rates_derive_the_missing_number_and_say_so(db):
    anyg = queries.comparison(db, "crs", queries.ANY).set_index("doc_key")
    assert anyg.loc[TANDEM, ["events", "N", "pct"]].tolist() == [10, 12, 83.3] and anyg.loc[TANDEM, "derived"]
    assert not anyg.loc[F1, "derived"]


def test_grade_profile_stacks_no_patient_twice(db):
    g = queries.grade_profile(db, "crs")
    assert sorted(g[g["doc_key"] == TANDEM]["grade"]) == ["1", "2", "3"]
    assert g[g["doc_key"] == F2]["grade"].tolist() == ["3-4"]


def test_survival_points_and_curve_file(db):
    os_ = queries.survival_points(db, "overall_survival")
    assert sorted(os_["doc_key"]) == sorted([F1, F2, TANDEM, CONCERN])
    row = os_[os_["doc_key"] == TANDEM].iloc[0]
    assert row["median_months"] == 14.2 and (row["ci_low"], row["ci_high"]) == (9.1, 19.3)
    assert queries.curve_files(db) == {F1: FIXTURE_CORPUS / "fx-01.csv"}


def test_document_with_two_trial_ids(db):
    # numpy arrays from DuckDB lists once broke `x or []` on a paper with two trial ids
    doc = queries.document(db, TANDEM)
    assert doc["trial_ids"] == ["NCT09900404", "2022-990404-11"] and doc["targets"] == ["CD5", "CD7"]
    assert doc["text"].startswith("FULL TEXT LINKS")


def test_every_evidence_offset_points_at_its_sentence(db):
    for key in queries.documents(db)["doc_key"]:
        text = queries.document(db, key)["text"]
        for r in queries.measurements(db, key).itertuples():
            assert text[r.evidence_start:r.evidence_end] == r.evidence_text


def test_value_text():
    assert queries.value_text({"percent": 90.0, "n": 18, "total": 20}) == "90% (18/20)"
    assert queries.value_text({"median_months": 14.2, "ci_low": 9.1, "ci_high": 19.3}) == "median 14.2 mo 95% CI 9.1–19.3"
    assert queries.value_text({"median_months": 10.4, "ci_low": 6.2}) == "median 10.4 mo 95% CI 6.2–NR"
    assert queries.value_text({"low": 1e6, "high": 1.5e6, "unit": "cells/kg"}) == "1 × 10^6–1.5 × 10^6 cells/kg"
    assert queries.value_text({"low": 5e7, "high": 5e7, "unit": "cells"}) == "5 × 10^7 cells"


def test_readers_never_block_a_build(db, tmp_path):
    """Every query closes its connection: a writer can open the file right after, and a
    build replacing the file changes the cache stamp."""
    copy = tmp_path / "r.duckdb"
    shutil.copy(db, copy)
    before = queries.stamp(copy)
    queries.study_table(copy)
    duckdb.connect(str(copy)).close()  # would raise if a read-only connection were still open
    from registry.build import build_registry
    build_registry(FIXTURE_CORPUS, copy)
    assert queries.stamp(copy) != before


def test_a_missing_registry_is_a_registry_error(tmp_path):
    with pytest.raises(queries.RegistryError, match="cartreg build"):
        queries.study_table(tmp_path / "none.duckdb")


def test_registry_readers_import_neither_spacy_nor_streamlit():
    code = ("import sys, registry.queries, registry.compare, registry.curation; "
            "bad = [m for m in ('spacy', 'streamlit', 'extract.endpoints') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
