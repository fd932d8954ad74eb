"""Every dashboard page with streamlit's AppTest, against a registry built from the fixture corpus."""
import json
import shutil
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.fixture_registry import build_fixture_registry

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
F1, F2, TANDEM, CONCERN = "pmid:990100101", "pmid:990100202", "pmid:990100404", "pmid:990100505"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_fixture_registry(tmp_path_factory.mktemp("reg") / "registry.duckdb")


@pytest.fixture
def db(built, tmp_path, monkeypatch):
    """A private copy per test (curations write beside it), named by $CARTREG_DB."""
    copy = tmp_path / "registry.duckdb"
    shutil.copy(built, copy)
    monkeypatch.setenv("CARTREG_DB", str(copy))
    return copy


def app(page=None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    if page:
        at.switch_page(f"views/{page}.py")
    for k, v in query.items():
        at.query_params[k] = v
    return at.run()


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def no_errors(at):
    assert not at.exception, [e.value for e in at.exception]


def test_studies_lists_every_study_and_filters(db):
    at = app()
    no_errors(at)
    table = at.dataframe[0].value
    assert len(table) == 5 and {"CR %", "2-y OS %", "2-y PFS %", "CRS any %", "CRS ≥3 %", "ICANS %", "N treated"} <= set(table)
    assert "✖ retracted" in set(table["badges"])
    at.text_input(key="search").input("tandem").run()
    assert at.dataframe[0].value["title"].str.contains("Tandem").tolist() == [True]
    at.text_input(key="search").input("").run()
    at.multiselect(key="notice_types").set_value(["retraction"]).run()
    assert len(at.dataframe[0].value) == 1
    no_errors(at)


def test_studies_traces_each_number_to_its_sentence(db):
    at = app()
    at.selectbox(key="open_study").set_value(F1).run()
    text = markdown(at)
    assert "**CR %: 90\\.0** — On day 28, :orange-background[**18**] of :orange-background[**20**] patients" in text
    link = at.get("page_link")[0].proto
    assert link.page == "study" and link.query_string == "doc=pmid%3A990100101"


def test_study_shows_evidence_notices_and_family(db):
    at = app("study", doc=F1)
    no_errors(at)
    text = markdown(at)
    assert "> On day 28, :orange-background[**18**] of :orange-background[**20**] patients \\(:orange-background[**90\\.0**]%\\)" in text
    assert any(c.value.startswith("characters ") for c in at.caption)
    assert "Other publications of the same trial" in [s.value for s in at.subheader]
    assert [p.proto.query_string for p in at.get("page_link")] == ["doc=pmid%3A990100202"]
    at = app("study", doc="pmid:990100303")
    assert "excluded from pooling by default" in at.error[0].value


def test_study_marks_derived_values(db):
    at = app("study", doc=TANDEM)  # "CRS occurred in 10 of 12 patients": the 83.3% is derived
    assert "**CRS** 83\\.3% \\(10/12\\) grade any `derived`" in markdown(at)


def test_paper_text_is_never_rendered_as_markup(db):
    at = app("study", doc=CONCERN)
    text = markdown(at)
    assert "\\<b\\>with\\</b\\> \\*no\\* \\[new\\]\\(javascript\\:alert\\(1\\)\\)" in text
    assert "<b>" not in text and "](javascript" not in text
    assert not any(m.proto.allow_html for m in at.markdown)


def test_study_curation_correct_then_comparisons_use_it(db):
    from registry import queries
    m = queries.measurements(db, F1)
    key = m[m["endpoint"] == "complete_remission"]["key"].iloc[0]
    at = app("study", doc=F1)
    at.radio(key="cur_action").set_value("correct").run()
    at.selectbox(key="cur_key").set_value(key).run()
    at.text_input(key=f"cur_{key}_percent").input("85").run()
    at.button(key="cur_save").click().run()
    assert "a curation needs a reason" in at.error[0].value  # nothing saved without a reason
    at.text_input(key="cur_reason").input("table 2 says 85%").run()
    at.text_input(key="cur_who").input("tester").run()
    at.button(key="cur_save").click().run()
    no_errors(at)
    assert [s.value for s in at.success] == ["Saved: correct a value."]
    assert ":violet-badge[curated] machine value: percent 90\\.0 — tester" in markdown(at)
    at.switch_page("views/efficacy.py").run()
    table = at.dataframe[0].value.set_index("study")
    assert table.loc["Leuk Res Fict 2022 · 990100101", "%"] == 85.0
    assert "curated (corrected)" in table.loc["Leuk Res Fict 2022 · 990100101", "notes"]


def test_study_page_with_notices_still_offers_corrections(db):
    # a local name for the notice alert once shadowed the form's helper on papers with notices
    at = app("study", doc=CONCERN)
    at.radio(key="cur_action").set_value("correct").run()
    no_errors(at)
    assert at.text_input(key="cur_reason") is not None


def test_study_curation_add_a_missed_value(db):
    at = app("study", doc=F2)
    at.radio(key="cur_action").set_value("add").run()
    at.selectbox(key="cur_endpoint").set_value("transplant").run()
    at.text_input(key="cur_new_transplant_n").input("5").run()
    at.text_area(key="cur_evidence").input("Remissions were durable in most patients.").run()
    at.text_input(key="cur_reason").input("stated in the discussion").run()
    at.button(key="cur_save").click().run()
    no_errors(at)
    assert ":violet-badge[curated: added by hand]" in markdown(at)


def test_efficacy_pools_once_per_family_with_toggles(db):
    at = app("efficacy")
    no_errors(at)
    pooled = next(m.value for m in at.markdown if m.value.startswith("**Pooled"))
    assert "3 studies" in pooled and "I²" in pooled and "prediction interval" in pooled
    caption = " ".join(c.value for c in at.caption)
    assert "each trial counted once: its report with the most patients" in caption
    assert "retracted papers excluded" in caption and "DerSimonian–Laird" in caption
    # different antigens are not pooled by default: the most studied target is preselected
    assert at.multiselect(key="eff_complete_remission_targets").value == ["CD7"]
    assert "targets: CD7" in caption
    table = at.dataframe[0].value.set_index("study")
    assert table.loc["J Fict Oncol 2021 · 990100303", "not pooled because"] == "retracted"
    assert table.loc["Leuk Res Fict 2022 · 990100101", "not pooled because"].startswith("same trial (NCT09900101)")
    assert all(table["evidence"].str.len() > 0)  # no number without its sentence
    assert at.get("download_button")[0].label.startswith("Download for R meta::metaprop")
    at.toggle(key="eff_all").set_value(True).run()
    at.toggle(key="eff_retracted").set_value(True).run()
    assert "5 studies" in next(m.value for m in at.markdown if m.value.startswith("**Pooled"))
    at.multiselect(key="eff_complete_remission_targets").set_value(["CD5"]).run()
    assert "1 study," in next(m.value for m in at.markdown if m.value.startswith("**Pooled"))
    at.multiselect(key="eff_complete_remission_targets").set_value([]).run()
    at.radio(key="eff_transform").set_value("ft").run()
    at.radio(key="eff_endpoint").set_value("mrd_negative").run()
    no_errors(at)
    assert "2 studies" in next(m.value for m in at.markdown if m.value.startswith("**Pooled"))


def test_safety_grade_profiles_and_pooled_grade_3(db):
    at = app("safety")
    no_errors(at)
    charts = [[t.get("name") for t in json.loads(c.proto.spec)["data"]] for c in at.get("plotly_chart")]
    assert len(charts) == 2 and {"1", "2", "3", "3-4", ">=3", "any grade"} <= set(charts[0])
    assert "CRS grade ≥3" in next(m.value for m in at.markdown if m.value.startswith("**Pooled"))
    at.radio(key="saf_endpoint").set_value("neurotoxicity").run()
    no_errors(at)


def test_survival_draws_km_from_data_and_labels_models(db):
    at = app("survival")
    no_errors(at)
    curves = [t.get("name") for t in json.loads(at.get("plotly_chart")[1].proto.spec)["data"]]
    assert "Leuk Res Fict 2022 · 990100101 — kaplan-meier (reconstructed)" in curves
    assert "Blood Fict 2023 · 990100404 — MODEL, not data" in curves
    assert any("model: exponential between reported landmarks (not patient data)" in c.value for c in at.caption)
    at.radio(key="sur_endpoint").set_value("event_free_survival").run()
    no_errors(at)
    assert "No study reports" in at.info[0].value


def test_missing_registry_is_a_message_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("CARTREG_DB", str(tmp_path / "none.duckdb"))
    at = app()
    no_errors(at)
    assert "cartreg build" in at.error[0].value


def test_db_comes_from_the_command_line_then_the_environment(monkeypatch):
    from dashboard import db_path
    monkeypatch.setenv("CARTREG_DB", "env.duckdb")
    monkeypatch.setattr(sys, "argv", ["app.py", "--db", "/x/cli.duckdb"])
    assert db_path() == Path("/x/cli.duckdb")
    monkeypatch.setattr(sys, "argv", ["app.py"])
    assert db_path() == Path("env.duckdb")
    monkeypatch.delenv("CARTREG_DB")
    assert db_path() == Path("registry.duckdb")
