"""extract.checks: suspicious values are kept, with a warning naming the failed check."""
import pytest

from extract.checks import check_measurements, check_one
from extract.endpoints import read_text
from extract.record import Evidence, Measurement

EV = Evidence(text="x", start=0, end=1)


def m(endpoint, **fields):
    return Measurement(endpoint=endpoint, fields=fields, evidence=EV, rule="test")


@pytest.mark.parametrize("meas, check", [
    (m("complete_remission", percent=95.0, n=17, N=19), "percent-vs-n/N"),     # 17/19 is 89.5%
    (m("complete_remission", n=21, N=19), "n>N"),
    (m("crs", percent=140.0, grade="any"), "percent-range"),
    (m("overall_survival", percent=63.5, months=24, ci_low=70.0, ci_high=80.0), "ci-excludes-estimate"),
    (m("overall_survival", percent=63.5, months=24, ci_low=80.0, ci_high=70.0), "ci-excludes-estimate"),
    (m("progression_free_survival", median_months=9.1, ci_low=10.0, ci_high=14.8), "ci-excludes-estimate"),
    (m("median_followup", months=30.0, range_low=2.1, range_high=18.4), "range-excludes-median"),
])
def test_single_checks(meas, check):
    warnings = check_one(meas)
    assert len(warnings) == 1 and warnings[0].startswith(check)


@pytest.mark.parametrize("meas", [
    m("complete_remission", percent=89.5, n=17, N=19),
    m("complete_remission", percent=90, n=17, N=19),           # an author's whole-number rounding
    m("overall_survival", percent=63.5, months=24, ci_low=47.7, ci_high=79.4),
    m("overall_survival", median_months=14.3, ci_low=9.1),     # CI upper bound not reached
    m("complete_remission", percent=66.7, n=2, N=3, derived=True),
])
def test_consistent_values_pass(meas):
    assert check_one(meas) == []


def test_grade_band_above_any_grade_is_flagged_and_kept():
    ms = check_measurements([m("crs", grade="any", percent=20.0), m("crs", grade=">=3", percent=30.0),
                             m("crs", grade="1-2", percent=15.0)])
    assert len(ms) == 3
    assert ms[1].warnings and ms[1].warnings[0].startswith("grade>any")
    assert ms[0].warnings == () and ms[2].warnings == ()


def test_grade_bands_compare_within_acute_and_chronic():
    ms = check_measurements([m("gvhd", grade="any", acute=True, n=2), m("gvhd", grade="3", chronic=True, n=3)])
    assert all(not x.warnings for x in ms)


def test_subgroup_counts_not_above_total():
    ms = check_measurements([m("patients_enrolled", value=20), m("patients_treated", value=18),
                             m("patients_treated", value=25, subgroup="DL2"), m("disease_count", value=30, label="T-ALL")])
    assert [bool(x.warnings) for x in ms] == [False, False, True, True]
    ms = check_measurements([m("patients_enrolled", value=20), m("patients_treated", value=22)])
    assert ms[1].warnings[0].startswith("subgroup>total")


def test_extraction_attaches_warnings_without_dropping():
    found = read_text("The CR rate was 95% (17/19).")
    assert found == [("complete_remission", {"percent": 95, "n": 17, "N": 19})]
    from extract.document import Document
    from extract.endpoints import extract_measurements
    (meas,) = extract_measurements(Document("x", "text", "", "The CR rate was 95% (17/19)."))
    assert meas.warnings and meas.warnings[0].startswith("percent-vs-n/N")
    assert meas.to_json()["warnings"] == list(meas.warnings)
