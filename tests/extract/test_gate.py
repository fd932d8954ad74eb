"""extract.gate: a first-character lookahead that never changes what a pattern matches."""
import re

from hypothesis import given, settings, strategies as st

from extract import gate
from extract.endpoints import cues

PATTERNS = [
    (r"\b(?:were|was|had\s+been)\s+(?:infused|treated)\b", re.I),
    (r"(?<![\w-])(?:T-ALL|ALL|(?i:acute lymphoblastic leukemia))(?![\w-])", 0),
    (r"\d(?<![\d.,]\d)\d*\s+(?:patients?|pts)\b", re.I),
    (r"(?:\bno|\bzero|\bnone of the)\s+(?:any\s+)?$", re.I),
    (r"(?:among|in)?\s*(?P<n>\d+)", 0),          # can start with a space or a digit
    (r"\bI\s*2\s*=|\bI²|(?-i:\bHR\b)", re.I),
]


def test_first_chars_of_word_alternatives_under_ignorecase():
    assert gate.first_chars(r"\b(?:were|was|had\s+been)\s+treated", re.I) == "hw"
    # the lookahead is compiled with the same flags, so it folds case as the pattern does
    assert gate.compile(r"\b(?:were|was)\s+treated", re.I).search("They WERE Treated").span() == (5, 17)


def test_first_chars_keeps_categories_and_optional_prefixes():
    assert gate.first_chars(r"(?:among\s+)?(?P<n>\d+)\s+patients", re.I) == r"\da"
    assert gate.first_chars(r"\b(?:\s*\(\s*)?x", re.I) == r"(\sx"


def test_no_gate_where_it_cannot_be_bounded_or_the_engine_already_scans():
    assert gate.first_chars(r"\w+ed\b") is None          # \w: any word character
    assert gate.first_chars(r"(?:ab)?c?") is None         # can match the empty string
    assert gate.first_chars(r"[^a]b") is None             # negated class
    assert gate.first_chars(r"CR|CRi") is None            # the engine's own literal scan
    assert gate.first_chars(r"\d\d*%") is None           # likewise for a leading class
    assert gate.compile(r"\w+ed\b").pattern == r"\w+ed\b"


def test_global_inline_flags_fall_back_to_the_plain_pattern():
    rx = gate.compile(r"(?i)\bwere\b")
    assert rx.pattern == r"(?i)\bwere\b"
    assert rx.search("WERE").span() == (0, 4)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeinorstwxAIT-LN 0123456789.,()²=", max_size=60))
def test_gated_patterns_find_exactly_what_the_plain_ones_find(text):
    for pattern, flags in PATTERNS:
        plain, gated = re.compile(pattern, flags), gate.compile(pattern, flags)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(gated.search(text)) == bool(plain.search(text))


def test_every_cue_pattern_compiles_and_most_are_gated():
    c = cues()
    rxs = [v for v in vars(c).values() if isinstance(v, re.Pattern)] + [r.re for r in c.cohort]
    gated = [r for r in rxs if r.pattern.startswith("(?=[")]
    assert len(gated) >= len(rxs) // 2

