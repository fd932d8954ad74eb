"""extract.numbers: number words, percents, n/N, CIs, doses, times, grades, damaged text."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from extract.numbers import (atom_value, landmark_months, normalise_grade, p_value, parse_ci,
                             parse_doses, parse_fraction, parse_percent, repair, scan,
                             timepoint_days, to_months, to_number, word_to_int)


@pytest.mark.parametrize("text, value", [
    ("Twenty-two", 22), ("twenty two", 22), ("fifteen", 15), ("Nine", 9), ("Forty-one", 41),
    ("ninety", 90), ("one hundred and three", 103), ("zero", 0), ("thirty-one", 31),
])
def test_number_words(text, value):
    assert word_to_int(text) == value


@pytest.mark.parametrize("text, value", [
    ("17", 17), ("89.5", 89.5), ("82·9", 82.9), ("1,234", 1234), (".008", 0.008),
    ("Twenty-two", 22), ("−3", -3), ("cells", None), ("", None),
])
def test_to_number(text, value):
    assert to_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("89.5%", 89.5), ("89.5 %", 89.5), ("Ninety percent", 90), ("82·9%", 82.9), ("5 per cent", 5),
    ("no percent here", None),
])
def test_percent(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text, nN", [
    ("17 of 19", (17, 19)), ("five of five", (5, 5)), ("fifteen of the 23", (15, 23)),
    ("19/20", (19, 20)), ("18 out of 20", (18, 20)), ("Twenty-nine of the 103", (29, 103)),
    ("20 of 19", None), ("no fraction", None),
])
def test_fraction(text, nN):
    assert parse_fraction(text) == nN


@pytest.mark.parametrize("text, ci", [
    ("(95% CI 47.7-79.4)", (47.7, 79.4)),
    ("(95% CI, 47.7-79.4)", (47.7, 79.4)),
    ("(95% CI: 47.7%–79.4%)", (47.7, 79.4)),
    ("(CI 95%: 46–75)", (46, 75)),            # the level after the label
    ("(CI 95% 47.7-79.4)", (47.7, 79.4)),
    ("95% CI 47.7 to 79.4", (47.7, 79.4)),
    ("95% confidence interval [CI], 47.7-79.4", (47.7, 79.4)),
    ("[47.7, 79.4]", (47.7, 79.4)),
    ("(95% CI 0-40.2)", (0, 40.2)),
    ("95% CI 47.7 79.4", (47.7, 79.4)),          # lost dash in extracted PDF text
    ("(95% CI, 14.3-not reached)", (14.3, None)),
    ("(95% CI 6.2 to NR)", (6.2, None)),
    ("72.4% ± 5.1%", None),                      # a spread, not a CI
    ("(range, 4.0-9.2)", None),
])
def test_ci(text, ci):
    assert parse_ci(text) == ci


@pytest.mark.parametrize("text, doses", [
    ("5 × 10^5/kg", [(5e5, 5e5, "cells/kg")]),
    ("1 × 106 cells/kg", [(1e6, 1e6, "cells/kg")]),                    # flattened superscript
    ("1 × 10⁶ cells/kg", [(1e6, 1e6, "cells/kg")]),
    ("1-1.5 × 10(6)/kg", [(1e6, 1.5e6, "cells/kg")]),
    ("2.0E6 CAR+ cells/kg", [(2e6, 2e6, "cells/kg")]),
    ("$1.5 \\times 10^8$ CAR-T cells", [(1.5e8, 1.5e8, "cells")]),
    ("0.5, 1.0, or 2.0 × 10^6 cells/kg", [(5e5, 5e5, "cells/kg"), (1e6, 1e6, "cells/kg"), (2e6, 2e6, "cells/kg")]),
    ("0.2-5.0 × 10^6 CAR-T cells/kg", [(2e5, 5e6, "cells/kg")]),
    ("0.1-2.5 × 10^8 CAR-T cells", [(1e7, 2.5e8, "cells")]),
    ("1 × 10^6 to 2 × 10^6 cells/kg", [(1e6, 2e6, "cells/kg")]),
    ("$1$  to  $1.5 \\times 10^6$  /kg", [(1e6, 1.5e6, "cells/kg")]),
    ("5 × 10^5 (n = 3), 1 × 10^6 (n = 6), or 1.5 × 10^6 (n = 11) cells/kg",
     [(5e5, 5e5, "cells/kg"), (1e6, 1e6, "cells/kg"), (1.5e6, 1.5e6, "cells/kg")]),
    ("2 million CAR T cells/kg", [(2e6, 2e6, "cells/kg")]),
    # a shared-exponent list whose members follow their level names (blind22)
    ("DL1 0.5, DL2 1.0 and DL3 2.0 × 106 cells/kg", [(5e5, 5e5, "cells/kg"), (1e6, 1e6, "cells/kg"), (2e6, 2e6, "cells/kg")]),
    ("dose level 1: 1, dose level 2: 3, or dose level 3: 10 × 10^7 CAR-T cells",
     [(1e7, 1e7, "cells"), (3e7, 3e7, "cells"), (1e8, 1e8, "cells")]),
    ("1.2 × 10 6 cells/kg", [(1.2e6, 1.2e6, "cells/kg")]),
    ("5 × 10^5 blasts", []),                                            # no cells, no /kg
    ("106 patients", []),                                               # never read 106 alone
])
def test_doses(text, doses):
    got = [(d.low, d.high, d.unit) for d in parse_doses(repair(text).text)]
    assert got == [(pytest.approx(a), pytest.approx(b), u) for a, b, u in doses]


@pytest.mark.parametrize("value, unit, months", [
    (134, "days", 4.4), (2, "years", 24), (18, "months", 18), (4, "weeks", 0.92), (1, "yr", 12),
])
def test_to_months(value, unit, months):
    assert to_months(value, unit) == pytest.approx(months)


@pytest.mark.parametrize("text, months", [
    ("2-year", 24), ("1-yr", 12), ("18-month", 18), ("Two-year", 24), ("6-month", 6),
    ("at 12 months", 12), ("1 year", 12), ("no landmark", None),
])
def test_landmark(text, months):
    assert landmark_months(text) == months


@pytest.mark.parametrize("text, days", [
    ("day 28", 28), ("On day 28", 28), ("within 28 days", 28), ("week 4", 28), ("4 weeks", 28),
    ("At 4 weeks", 28), ("1 month", 28), ("one month after infusion", 28), ("week 12", 84),
    ("by day 14", 14), ("3 months", 91),
])
def test_timepoint(text, days):
    assert timepoint_days(text) == days


@pytest.mark.parametrize("text, grade", [
    ("grade 1/2", "1-2"), ("grade 1–2", "1-2"), ("grade I–II", "1-2"), ("grade I/II", "1-2"),
    ("low-grade (1-2)", "1-2"), ("grade ≥3", ">=3"), ("grade 3 or higher", ">=3"),
    ("severe (grade ≥ 3)", ">=3"), ("grade 3+", ">=3"), ("≥ grade 3", ">=3"), ("grade >2", ">=3"),
    ("grade 3/4", "3-4"), ("grade III–IV", "3-4"), ("grade III-IV", "3-4"), ("grade 3-5", ">=3"),
    ("grade 2", "2"), ("grade IV", "4"), ("any grade", "any"), ("all grades", "any"),
    ("grade 1-4", "any"), ("grade ≤2", "1-2"), ("severe", ">=3"), ("", None),
])
def test_grades(text, grade):
    assert normalise_grade(text) == grade


@pytest.mark.parametrize("text, value", [
    ("P = .004", ".004"), ("(P < .001)", "<.001"), ("p<0.0001", "<0.0001"), ("P=0.03", "0.03"),
    ("p < .0001", "<.0001"), ("P value = .61", ".61"), ("no p here", None),
])
def test_p_value(text, value):
    assert p_value(text) == value


@pytest.mark.parametrize("damaged, repaired", [
    ("(n 5 18)", "(n = 18)"),
    ("(P 5 .008)", "(P = .008)"),
    ("45.2% 630%", "45.2% ±30%"),
    ("event-\nfree survival", "event-free survival"),
    ("Event-\nFree Survival", "Event-Free Survival"),
    ("MRD-\nnegative", "MRD-negative"),
    ("CD19-\npositive", "CD19-positive"),
    ("47.7-\n79.4", "47.7-79.4"),
    ("cytokine re-\nlease", "cytokine release"),
    ("sur-\nvival", "survival"),
    ("grade $3 CRS", "grade ≥3 CRS"),
    ("$p < .0001$", "p < .0001"),
    ("47.7\u201379.4", "47.7-79.4"),
    ("10\u2076", "106"),
    ("in 17 (89 .5%)", "in 17 (89.5%)"),
    ("twelve naïve patients (Müller et al.)", "12 naive patients (Muller et al.)"),
    ("×10⁶ ≥3 µL ß", "×106 ≥3 µL ß"),   # symbols and letters without an ASCII base stay
    ("grade Ⅱ-Ⅳ acute GVHD", "grade II-IV acute GVHD"),
    # a pipe table: cells tab-separated, the rule line dropped, the outer pipes optional with 3+ cells
    ("| Dose | ORR |\n|---|:---:|\n| DL1 | 4 (66.7) |\nT-ALL | 12 | 10 (83%)\n3 | RESULTS",
     "Dose\tORR\nDL1\t4 (66.7)\nT-ALL\t12\t10 (83%)\n3 | RESULTS"),
])
def test_repair(damaged, repaired):
    assert repair(damaged).text == repaired


def test_patterns_are_ascii():
    """Every pattern that reads repaired text is compiled with re.A (ASCII \\w, \\d, \\b and
    case folding: cheaper than Unicode lookups); repair folds accented letters so that this
    reads "naïve" as "naive". A pattern added without re.A fails here."""
    from extract import endpoints, numbers
    from extract.endpoints import cues

    found = [(m.__name__, k, v) for m in (endpoints, numbers) for k, v in vars(m).items() if isinstance(v, re.Pattern)]
    found += [("cues", k, v) for k, v in vars(cues()).items() if isinstance(v, re.Pattern)]
    found += [("cues", r.id, r.re) for r in cues().cohort] + [("cues", t[0], t[2]) for t in cues().regex_terms]
    assert len(found) > 100
    assert [(m, k) for m, k, v in found if not v.flags & re.ASCII] == []


@given(st.lists(st.sampled_from(list("ab1 $\\-\n%56.×^{}|") + ["\\times", "grade $3", "n 5 1", "-\nfree", "sur-\nvival", "A-\nB", "1-\n2",
                                                                   " | ", "\n|---|"]),
                max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_repair_offsets_map_back(text):
    """Every repaired character comes from an original offset, in order."""
    r = repair(text)
    assert len(r.index) == len(r.text) + 1
    assert r.index[-1] == len(text)
    assert all(0 <= a <= b for a, b in zip(r.index, r.index[1:]))
    for i in range(len(r.text) + 1):
        for j in range(i, len(r.text) + 1):
            a, b = r.original(i, j)
            assert 0 <= a <= b <= len(text)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_scan_never_raises(text):
    for a in scan(text):
        assert text[a.start:a.end] == a.text
        atom_value(a)
    parse_doses(text)


@pytest.mark.parametrize("text, grade", [
    ("CRS was grade 3.", "3"), ("ICANS above grade 2.", ">=3"), ("grade 2.5 units", None),
])
def test_grade_atoms_at_sentence_end(text, grade):
    got = [atom_value(a)["grade"] for a in scan(text) if a.kind == "grade"]
    assert got == ([grade] if grade else [])


def test_scan_orders_specific_atoms_first():
    kinds = [(a.kind, a.text) for a in scan("the 2-year OS was 63.5% (95% CI 47.7-79.4) in 17 of 19 patients")]
    assert kinds == [("lm", "2-year"), ("pct", "63.5%"), ("ci", "95% CI 47.7-79.4"), ("frac", "17 of 19")]


@pytest.mark.parametrize("text, lo, hi", [
    ("(range, 2.1-18.4)", 2.1, 18.4), ("(range 15-66)", 15, 66), ("(IQR, 18.0-30.2 months)", 18.0, 30.2),
    ("(range, 2.1 18.4)", 2.1, 18.4),          # lost dash
    ("ranging from 3 to 24", 3, 24),
])
def test_ranges(text, lo, hi):
    (a,) = [a for a in scan(text) if a.kind == "range"]
    assert atom_value(a) == {"range_low": lo, "range_high": hi}


@pytest.mark.parametrize("text, atoms", [
    # the spread after an estimate is part of the percent atom, or an atom without a value
    ("58.3% ± 9.1%", [("pct", {"percent": 58.3})]),
    ("58.3 ± 9.1%", [("pct", {"percent": 58.3})]),
    ("52.1% +/- 7.3%", [("pct", {"percent": 52.1})]),
    ("45.0% (SE 9.1%)", [("pct", {"percent": 45.0}), ("spread", {})]),
    ("61.2% (SE, 8.4%)", [("pct", {"percent": 61.2}), ("spread", {})]),
    ("70% (standard error 6%)", [("pct", {"percent": 70}), ("spread", {})]),
    ("80% (± 8.9%; 95% CI, 62-90)", [("pct", {"percent": 80}), ("spread", {}), ("ci", {"ci_low": 62, "ci_high": 90})]),
    # n = x/N gives both counts; n > N is not a fraction
    ("(n = 18/20)", [("neq", {"n": 18, "N": 20})]),
    ("(n = 21/20)", [("neq", {"n": 21})]),
])
def test_spreads_and_counts(text, atoms):
    assert [(a.kind, atom_value(a)) for a in scan(text)] == atoms


# conference abbreviations: "gr" for grade (only with a grade after it), "y" for year (only
# hyphenated to a landmark's number)
@pytest.mark.parametrize("text, grade", [
    ("gr 1 in 2 pts", "1"), ("Gr 3-4 ICANS", "3-4"), ("(gr ≥3 4.3%)", ">=3"), ("CRS gr. 2 in 3", "2"),
    ("gr III-IV aGVHD", "3-4"), ("GR 1/2", "1-2"), ("gr>2", ">=3"),
    ("the green line", None), ("a 5 gr tablet", None), ("gr in 3", None), ("agr 3", None),
])
def test_grade_abbreviation(text, grade):
    got = [atom_value(a)["grade"] for a in scan(text) if a.kind == "grade"]
    assert got == ([grade] if grade else [])


@pytest.mark.parametrize("text, months", [
    ("1-y OS 74.6%", [12]), ("the 2-y EFS", [24]), ("1.5-y PFS", [18]), ("1-yr OS", [12]),
    ("1-y OS and 2-y OS", [12, 24]),
    ("aged 3-70 y", []), ("median age 63 y (range 24-79)", []), ("a 3-y-old boy", []), ("5 y later", []),
])
def test_year_abbreviation_landmark(text, months):
    assert [atom_value(a)["months"] for a in scan(text) if a.kind == "lm"] == months


@pytest.mark.parametrize("text, atoms", [
    # a bound is an atom without a value ("less than 6 months" is no median, "at least 50%" no rate)
    ("less than 6 months", [("dur", {})]),
    ("more than 2 years", [("dur", {})]),
    ("at least 50%", [("pct", {})]),
    ("below 30%", [("pct", {})]),
    ("under 12 months", [("dur", {})]),
    ("6 months", [("dur", {"duration": 6})]),
    # after "(" a number is an atom only as the first of a pair ("10(6)", "(1)" are no counts)
    ("(12 vs 24.0 months", [("num", {"n": 12}), ("dur", {"duration": 24})]),
    ("10(6)/kg", [("num", {"n": 10})]),
    ("(1) patients", []),
])
def test_bounds_and_pairs(text, atoms):
    assert [(a.kind, atom_value(a)) for a in scan(text)] == atoms


def test_atomic_numbers_keep_the_atom_scan_unchanged():
    """ATOM_RE matches each number once (an atomic group): the same atoms as the plain pattern."""
    from extract import numbers

    plain = re.compile(numbers._FIRST + "(?:" + "|".join(f"(?P<_{k}>{p})" for k, p in numbers._ALTS) + ")", re.I)
    text = ("By day 28, 18 of 20 patients (90.0%) achieved CR (95% CI, 68.3-98.8; P = .004); grade ≥3 CRS "
            "in 2 (n = 2/20), median OS 14.2 months [9.1, 20.3] (range, 2-30), 2-year OS 63.5% ± 9.1%, "
            "at 3 months, less than 6 months, (9.8 vs 24.0 months), HR 0.4, all 9, in 2021, 5 × 10^6/kg")
    assert [(m.span(), m.lastgroup) for m in numbers.ATOM_RE.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in plain.finditer(text)]
