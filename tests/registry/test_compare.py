"""Statistics checked against reference values with stated tolerances: exact CIs against R's
binom.test, DerSimonian–Laird against Kacker (2004) and against the formulas by hand."""
import math

import numpy as np
import pandas as pd
import pytest

from registry import compare
from tests.dashboard.fixture_registry import FIXTURE_CORPUS


# R 4.x: binom.test(x, n)$conf.int
@pytest.mark.parametrize("x,n,low,high", [
    (5, 10, 0.1870860, 0.8129140),
    (0, 10, 0.0, 0.3084971),
    (10, 10, 0.6915029, 1.0),
    (18, 20, 0.6830173, 0.9876515),
])
def test_clopper_pearson_matches_r_binom_test(x, n, low, high):
    lo, hi = compare.clopper_pearson([x], [n])
    assert lo[0] == pytest.approx(low, abs=1e-6)
    assert hi[0] == pytest.approx(high, abs=1e-6)


def test_clopper_pearson_is_nan_where_n_is_unknown():
    lo, hi = compare.clopper_pearson([3, np.nan, 2], [np.nan, 10, 1])
    assert np.isnan(lo).all() and np.isnan(hi).all()


def test_dersimonian_laird_tau_matches_kacker_2004():
    # Kacker (2004) Table 1, first row: DL tau = 0.5359 (the example statsmodels also tests)
    eff = [61.00, 61.40, 62.21, 62.30, 62.34, 62.60, 62.70, 62.84, 65.90]
    var = [0.2025, 1.2100, 0.0900, 0.2025, 0.3844, 0.5625, 0.0676, 0.0225, 1.8225]
    mean, se, tau2, i2, q = compare.random_effects(eff, var)
    assert math.sqrt(tau2) == pytest.approx(0.5359, abs=1e-3)


def by_hand(x, n, transform):
    """DerSimonian–Laird on the logit or double-arcsine scale, written out from the formulas."""
    x, n = np.asarray(x, float), np.asarray(n, float)
    if transform == "logit":
        c = np.where((x == 0) | (x == n), 0.5, 0)
        y, v = np.log((x + c) / (n - x + c)), 1 / (x + c) + 1 / (n - x + c)
    else:
        y = 0.5 * (np.arcsin(np.sqrt(x / (n + 1))) + np.arcsin(np.sqrt((x + 1) / (n + 1))))
        v = 1 / (4 * n + 2)
    w = 1 / v
    q = np.sum(w * (y - np.sum(w * y) / w.sum()) ** 2)
    k = len(x)
    tau2 = max(0.0, (q - (k - 1)) / (w.sum() - np.sum(w ** 2) / w.sum()))
    ws = 1 / (v + tau2)
    mu = np.sum(ws * y) / ws.sum()
    se = math.sqrt(1 / ws.sum())
    i2 = max(0.0, (q - (k - 1)) / q)
    from scipy.stats import t
    half = t.ppf(0.975, k - 2) * math.sqrt(tau2 + se ** 2)
    return mu, se, tau2, i2, (mu - 1.959964 * se, mu + 1.959964 * se), (mu - half, mu + half)


EVENTS, TOTALS = [18, 28, 8, 7, 30], [20, 32, 12, 10, 60]


def test_logit_pool_matches_hand_calculation():
    mu, se, tau2, i2, ci, pi = by_hand(EVENTS, TOTALS, "logit")
    p = compare.pool(EVENTS, TOTALS, "logit")
    expit = lambda z: 100 / (1 + math.exp(-z))  # noqa: E731
    assert p.tau2 == pytest.approx(tau2, rel=1e-9)
    assert p.i2 == pytest.approx(i2, rel=1e-9)
    assert p.estimate == pytest.approx(expit(mu), abs=1e-6)
    assert (p.ci_low, p.ci_high) == pytest.approx((expit(ci[0]), expit(ci[1])), abs=1e-4)
    assert (p.pi_low, p.pi_high) == pytest.approx((expit(pi[0]), expit(pi[1])), abs=1e-4)
    assert (p.k, p.events, p.n) == (5, 91, 134)


def test_freeman_tukey_pool_matches_hand_calculation():
    mu, se, tau2, i2, ci, pi = by_hand(EVENTS, TOTALS, "ft")
    p = compare.pool(EVENTS, TOTALS, "ft")
    assert p.tau2 == pytest.approx(tau2, rel=1e-9)
    assert p.i2 == pytest.approx(i2, rel=1e-9)
    # Miller (1978) inversion at the harmonic mean n, on the sum scale t = 2·mu
    n_h = len(TOTALS) / sum(1 / n for n in TOTALS)
    t = 2 * mu
    root = math.sqrt(1 - (math.sin(t) + (math.sin(t) - 1 / math.sin(t)) / n_h) ** 2)
    assert p.estimate == pytest.approx(100 * 0.5 * (1 - math.copysign(1, math.cos(t)) * root), abs=1e-6)


@pytest.mark.parametrize("x,n", [(7, 10), (0, 12), (12, 12), (1, 50)])
def test_freeman_tukey_round_trip_of_one_study(x, n):
    assert compare.pool([x], [n], "ft").estimate == pytest.approx(100 * x / n, abs=1e-6)


def test_dl_tau2_truncated_at_zero_when_q_below_df():
    # statsmodels 0.15 returned tau2 = -0.74 and I² = -28862% for these two studies
    p = compare.pool([3, 1], [32, 10], "logit")
    assert p.tau2 == 0 and p.i2 == 0
    assert 4 < p.estimate < 15 and p.ci_low < p.estimate < p.ci_high
    assert math.isnan(p.pi_low)  # a prediction interval needs three studies


def test_zero_and_all_event_studies_pool_with_continuity_correction():
    p = compare.pool([0, 10, 5], [10, 10, 10], "logit")
    assert 0 < p.ci_low < p.estimate < p.ci_high < 100


def comparison_table():
    return pd.DataFrame({
        "doc_key": ["a", "b", "c", "d", "e", "f"],
        "label": ["A 2022", "B 2024", "C 2021", "D 2023", "E 2023", "F 2020"],
        "family": ["NCT1", "NCT1", "c", "d", "e", "f"],
        "year": [2022, 2024, 2021, 2023, 2023, 2020],
        "events": [18, 20, 15, 8, np.nan, 3],
        "N": [20, 32, 15, 12, np.nan, 4],
        "retracted": [False, False, True, False, False, False],
        "study_type": ["clinical-trial"] * 5 + ["case-report"],
    })


def test_families_count_once_by_the_largest_report():
    t = compare.select_for_pooling(comparison_table())
    assert list(t["pooled"]) == [False, True, False, True, False, False]
    assert t.loc[0, "why"] == "same trial (NCT1) as B 2024: counted once"
    assert t.loc[2, "why"] == "retracted"
    assert t.loc[4, "why"] == "n/N not stated"
    assert t.loc[5, "why"] == "not a clinical trial report"


def test_latest_rule_and_toggles():
    table = comparison_table()
    table.loc[0, "year"] = 2025  # A becomes the latest report of NCT1, B stays the largest
    assert list(compare.select_for_pooling(table, rule="latest")["pooled"])[:2] == [True, False]
    assert list(compare.select_for_pooling(table, rule="largest")["pooled"])[:2] == [False, True]
    every = compare.select_for_pooling(table, one_per_family=False, include_retracted=True)
    assert list(every["pooled"]) == [True, True, True, True, False, False]


def test_metaprop_csv_has_the_shape_r_takes():
    t = compare.select_for_pooling(comparison_table())
    assert compare.metaprop_csv(t).splitlines() == ["study,events,n", "B 2024,20,32", "D 2023,8,12"]


def test_km_reconstructed_from_a_digitised_curve_reproduces_it():
    csv = FIXTURE_CORPUS / "fx-01.csv"
    curve = compare.km_curve(csv, "fx-01")
    assert curve.kind == "kaplan-meier (reconstructed)"
    digitised = compare.read_curve_csv(csv)
    at = pd.Series(curve.survival, index=curve.time)
    for t, s in zip(digitised["time"], digitised["survival"]):
        assert at[at.index <= t].iloc[-1] == pytest.approx(100 * s, abs=0.1)
    assert (curve.lower <= curve.survival + 1e-9).all() and (curve.upper >= curve.survival - 1e-9).all()


def test_km_from_per_patient_data(tmp_path):
    csv = tmp_path / "ipd.csv"
    csv.write_text("time,event\n1,1\n2,0\n3,1\n4,1\n5,0\n")
    curve = compare.km_curve(csv, "ipd")
    assert curve.kind == "kaplan-meier"
    # 5 at risk: event at 1 → 80%; censor at 2; 3 at risk, event at 3 → 53.3%; event at 4 → 26.7%
    assert list(np.round(curve.survival, 1)) == [100.0, 80.0, 80.0, 53.3, 26.7, 26.7]


def test_digitised_curve_without_numbers_is_drawn_as_given(tmp_path):
    csv = tmp_path / "d.csv"
    csv.write_text("time,survival\n0,100\n6,80\n12,60\n")
    curve = compare.km_curve(csv, "d")
    assert curve.kind == "digitised" and curve.lower is None
    assert list(curve.survival) == [100, 80, 60]


def test_bad_curve_csv_names_the_file(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="bad.csv"):
        compare.read_curve_csv(csv)


def test_model_curve_goes_through_the_landmarks_and_says_it_is_a_model():
    pts = pd.DataFrame({"months": [12, 24, None], "percent": [75.0, 61.2, None], "median_months": [None, None, 30.0]})
    curve = compare.model_curve(pts, "x")
    assert curve.kind == "model" and "not patient data" in curve.note
    s = pd.Series(curve.survival, index=curve.time)
    assert np.interp(12, curve.time, curve.survival) == pytest.approx(75.0, abs=0.5)
    assert s.iloc[-1] == pytest.approx(50.0) and curve.time[-1] == 30
    assert compare.model_curve(pd.DataFrame({"months": [], "percent": [], "median_months": []}), "y") is None
