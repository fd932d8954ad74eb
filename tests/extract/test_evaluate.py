"""extract.evaluate on the dev gold: accuracy thresholds, the seed record, CI exactness,
score.py-compatible report, and the matching rules themselves."""
import json
import re
from pathlib import Path

import pytest

from extract.evaluate import EvalResult, ci_ok, doc_fields, evaluate, load_gold, matches

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD, CORPUS = DATA / "gold", DATA / "corpus"
SUMMARY = re.compile(r"^measurements P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} \(tp \d+, fp \d+, fn \d+\) \| "
                     r"CI exact \d+/\d+ \| doc fields \d\.\d{3} over \d+ docs$")


@pytest.fixture(scope="module")
def result() -> EvalResult:
    return evaluate(GOLD, CORPUS)


def test_dev_gold_micro_f1(result):
    assert result.micro_f1 >= 0.95, result.report(verbose=True)


def test_every_ci_exact(result):
    hits, total = result.ci_exact
    assert total > 0 and hits == total, result.ci_mismatches


def test_document_fields(result):
    assert result.fields_accuracy == 1.0, result.field_errors


def test_both_articles_of_one_xml_file_are_scored(result):
    keys = set(load_gold(GOLD))
    assert ("dev-09.xml", "880900901") in keys and ("dev-09.xml", "880900902") in keys
    assert result.docs == len(keys) == len(list(GOLD.glob("*.json")))
    assert result.per_endpoint["overall_response"]["gold"] >= 1   # dev-09a's extramedullary ORR counts


def test_seed_record_reproduced_exactly(result):
    seed = "pubmed-37740926.txt"
    assert not [m for d, m in result.misses if d == seed]
    assert not [m for d, m in result.extras if d == seed]
    assert not [f for f in result.field_errors if f[0] == seed]


def test_report_last_line_has_score_py_format(result):
    report = result.report(verbose=True)
    assert SUMMARY.match(report.splitlines()[-1]), report.splitlines()[-1]
    assert SUMMARY.match(result.report(verbose=False).splitlines()[-1])
    assert "recall" in report


def test_default_corpus_dir_is_next_to_gold():
    assert evaluate(GOLD).micro_f1 == evaluate(GOLD, CORPUS).micro_f1


def test_misses_and_extras_are_listed(tmp_path):
    g = json.loads((GOLD / "dev-10.json").read_text())
    g["measurements"].append({"endpoint": "crs", "grade": "4", "n": 99})
    (tmp_path / "dev-10.json").write_text(json.dumps(g))
    r = evaluate(tmp_path, CORPUS)
    assert r.fn == 1 and r.misses[0][1]["n"] == 99 and r.recall < 1.0
    assert "MISS dev-10.txt" in r.report(verbose=True)


def test_p_value_outcomes_are_reported_but_not_scored(result, tmp_path):
    """The dev gold's p-values name their outcomes as extracted; a gold outcome changed by hand is listed as
    an OUTCOME line and leaves the scores as score.py has them (p-values match on their value alone)."""
    assert result.outcome_total == 5 and result.outcome_hits == 5
    assert "p-value outcomes named as in gold 5/5 (not scored)" in result.report()
    g = json.loads((GOLD / "dev-03.json").read_text())
    next(m for m in g["measurements"] if m["endpoint"] == "p_value")["outcome"] = "overall_survival"
    (tmp_path / "dev-03.json").write_text(json.dumps(g))
    r = evaluate(tmp_path, CORPUS)
    assert (r.outcome_hits, r.outcome_total, r.micro_f1) == (0, 1, 1.0)
    assert "OUTCOME dev-03.txt: p .03 gold='overall_survival' pred='event_free_survival'" in r.report(verbose=True)


# ---------------------------------------------------------------- the matching rules
@pytest.mark.parametrize("g, p, ok", [
    ({"endpoint": "crs", "grade": "1/2", "percent": 80.0}, {"endpoint": "crs", "grade": "1-2", "percent": 80.05}, True),
    ({"endpoint": "crs", "grade": "3-4", "percent": 11.7}, {"endpoint": "crs", "grade": ">=3", "percent": 11.7}, False),
    ({"endpoint": "relapse", "n": 8, "N": 10}, {"endpoint": "relapse", "percent": 80.0}, True),
    ({"endpoint": "transplant", "n": 5}, {"endpoint": "transplant", "n": 5, "N": 19}, True),
    ({"endpoint": "dose", "low": 1e6, "high": 1.5e6}, {"endpoint": "dose", "low": 1.005e6, "high": 1.5e6, "unit": "cells/kg"}, True),
    ({"endpoint": "dose", "low": 1e7, "high": 2.5e8, "unit": "cells"}, {"endpoint": "dose", "low": 1e7, "high": 2.5e8}, False),
    ({"endpoint": "overall_survival", "percent": 63.5, "months": 24}, {"endpoint": "overall_survival", "percent": 63.5, "months": 12}, False),
    ({"endpoint": "overall_survival", "median_months": 9.6}, {"endpoint": "overall_survival", "median_months": 9.6}, True),
    ({"endpoint": "p_value", "value": "<.001"}, {"endpoint": "p_value", "value": "P < .001"}, True),
    ({"endpoint": "disease_count", "label": "T-ALL", "value": 13}, {"endpoint": "disease_count", "label": "tall", "value": 13}, True),
    ({"endpoint": "patients_treated", "value": 19}, {"endpoint": "patients_enrolled", "value": 19}, False),
])
def test_matches(g, p, ok):
    assert matches(g, p) is ok


def test_ci_and_fields():
    assert ci_ok({"ci_low": 47.7, "ci_high": 79.4}, {"ci_low": 47.7, "ci_high": 79.4}) is True
    assert ci_ok({"ci_low": 6.2}, {"ci_low": 6.2}) is True
    assert ci_ok({"ci_low": 47.7, "ci_high": 79.4}, {}) is False
    assert ci_ok({}, {"ci_low": 1}) is None
    out = doc_fields({"pmid": "1", "trial_ids": ["ChiCTR22"], "notices": []},
                     {"pmid": "1", "trial_ids": ["CHICTR22"], "notices": []})
    assert out == {"pmid": True, "trial_ids": True, "notices": True}


def test_bad_gold_dir_raises_source_error(tmp_path):
    from extract.errors import SourceError
    with pytest.raises(SourceError):
        evaluate(tmp_path / "missing")
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(SourceError, match="bad.json"):
        evaluate(tmp_path, CORPUS)
