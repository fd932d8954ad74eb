"""The spaCy pipeline (built once per process), the rule files and the sentence splitter.

    nlp = get_nlp()   # spacy.blank("en"), CartregTokenizer, cartreg_sentences, two span_rulers
    doc = nlp(text)   # doc.sents; doc.spans["cartreg"] / ["cartreg_abbr"]: endpoint terms

Rules are data in ``rules/``: ``terms.jsonl`` (phrase patterns with ids for the rulers:
endpoint names and distractors such as MLFS or neutropenia) and ``cues.json`` (context
regexes with ids: background, populations, negation, cohort counts, disease labels). Every
span's ``id_`` is its rule id; ``rules_hash()`` identifies the rule files and the extractor
version, and the registry records it with each run.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

EXTRACTOR_VERSION = "cartreg-extract/1"
RULES_DIR = Path(__file__).parent / "rules"
SPANS_KEY = "cartreg"


def rule_files() -> list[Path]:
    return sorted(p for p in RULES_DIR.iterdir() if p.suffix in (".json", ".jsonl"))


def rules_hash() -> str:
    """sha256 over the extractor version, every rule file and the extractor's own code (name
    and bytes): a registry built with other rules or code is re-extracted by the next build."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    root = Path(__file__).parent
    code = sorted(root.glob("*.py")) + sorted((root / "readers").glob("*.py"))
    for p in rule_files() + code:
        h.update(b"\0" + p.relative_to(root).as_posix().encode() + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=None)
def load_rules(name: str) -> Any:
    """A rule file parsed: ``*.json`` → its object, ``*.jsonl`` → list of objects."""
    path = RULES_DIR / name
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def term_attrs() -> dict[str, dict[str, Any]]:
    """Rule id → the attributes its matches carry (e.g. cr.cri → includes_cri)."""
    out: dict[str, dict[str, Any]] = {}
    for p in load_rules("terms.jsonl"):
        if p.get("attrs"):
            out.setdefault(p["id"], {}).update(p["attrs"])
    return out


@lru_cache(maxsize=1)
def get_nlp():
    """spacy.blank('en') with the cartreg tokenizer, sentence splitter and term rulers; built
    once per process (cached)."""
    import spacy
    from extract import factories  # noqa: F401  (registers the cartreg_ components)

    nlp = spacy.blank("en")
    nlp.tokenizer = factories.CartregTokenizer(nlp.vocab)
    nlp.add_pipe("cartreg_sentences")
    patterns = load_rules("terms.jsonl")
    # two phrase rulers: most terms match case-insensitively, abbreviations that are also
    # words ("CR" vs "cr", "OR" vs "or") only as written. Phrase matching is ~30x faster
    # than token patterns here, so terms.jsonl holds phrases only.
    for name, attr, key, exact in (("cartreg_terms", "LOWER", SPANS_KEY, False),
                                   ("cartreg_abbrevs", "ORTH", SPANS_KEY + "_abbr", True)):
        ruler = nlp.add_pipe("span_ruler", name=name, config={
            "spans_key": key, "phrase_matcher_attr": attr, "validate": False,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}})
        ruler.add_patterns([{"label": p["label"], "id": p["id"], "pattern": p["pattern"]}
                            for p in patterns if (p.get("case") == "exact") == exact])
    return nlp


@lru_cache(maxsize=1)
def term_matchers():
    """(LOWER PhraseMatcher, ORTH PhraseMatcher, match key → (label, rule id), the digit tokens
    the terms contain) built from terms.jsonl: the same terms as the pipeline's rulers, for
    callers that only need matches (endpoint extraction calls them directly, skipping span and
    SpanGroup construction)."""
    from spacy.matcher import PhraseMatcher

    nlp = get_nlp()
    lower, orth = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    keys: dict[int, tuple[str, str]] = {}
    digits: set[str] = set()
    by_key: dict[str, list] = {}
    for p in load_rules("terms.jsonl"):
        key = f"{p['label']}|{p['id']}|{p.get('case', '')}"
        by_key.setdefault(key, []).append(p["pattern"])
    for key, pats in by_key.items():
        label, rid, case = key.split("|")
        matcher = orth if case == "exact" else lower
        docs = [nlp.make_doc(t) for t in pats]
        matcher.add(key, docs)
        keys[nlp.vocab.strings[key]] = (label, rid)
        digits.update(t.text for d in docs for t in d if t.text.isdigit())
    return lower, orth, keys, frozenset(digits)


# ---------------------------------------------------------------- sentences
ABBREVIATIONS = {
    "vs", "v", "et al", "al", "e.g", "i.e", "eg", "ie", "fig", "figs", "approx", "no", "nos", "dr",
    "ca", "cf", "ref", "refs", "resp", "incl", "st", "inc", "ltd", "co", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol", "pp", "p", "med", "min", "max",
    "mo", "mos", "yr", "yrs", "wk", "wks", "pts", "pt", "n", "u.s", "ed", "eds", "suppl", "spp", "gr",
}
# or a period with its reference number after it ("… was 26%.1 Because …", "… reported.4,5 We …")
# (written to start with one character class, so the search skips to candidates in C)
# (or a Chinese full stop, before the English text after a Chinese abstract: "…1年OS率为（80.1±8.2）%。" over "Efficacy and …")
_END_RE = re.compile(r"[.!?](?:[.!?]*[\"'”’)\]]*(?=\s)|(?<=[A-Za-z%)]\.)\d{1,3}(?:[,\u2013-]\d{1,3})*(?=\s+[A-Z][a-z]))|\u3002")
_LINE_START_BREAK = re.compile(
    r"[A-Z][A-Z0-9]{1,3}\s*-\s|\*\*|#|[-*•]\s|\d+\.\s|[A-Z][A-Z /&,-]{2,40}:|"
    r"(?:Background|Introduction|Purpose|Objectives?|Aims?|Methods?|Results?|Findings|Conclusions?|"
    r"Interpretation|Design|Setting|Participants|Patients|Interventions?|Significance|Discussion|Summary|"
    r"Funding|Keywords?|Trial registration|Main outcomes? and measures?|Importance|Context)\b[^:\n]{0,40}:|"
    # a section heading alone on its line ("Background", "RESULTS", "3 | RESULTS", "Summary/Conclusion" in a PDF)
    r"(?:\d{1,2}\.?(?:\s*\|)?\s+)?(?i:abstract|background|introduction|purpose|objectives?|aims?|(?:patients|materials|subjects)\s+and\s+methods|"
    r"methods?|results?|findings|conclusions?|summary(?:/conclusions?)?|interpretation|discussion|"
    r"references|disclosures|acknowledge?ments?|keywords?|funding|safety|efficacy|toxicity)[ \t]*(?=\n|$)")


# a unit after a number ("15.7 mo.", "2 yrs.", "in 2 pts.") ends a sentence when a capitalised
# word or a number follows ("Med f/u 15.7 mo. The ORR was …", "15.7 mo. 12-mo PFS …"); "pts."
# without a number ("in CR pts. Any-grade CRS …") when a capitalised word follows
_UNIT_BEFORE_DOT = re.compile(r"(?P<num>\d\s?(?:mos?|yrs?|wks?|pts?|y|d))$|\bpts?$", re.I)


def _unit_ends_sentence(text: str, dot: int, nxt: int) -> bool:
    """True when the abbreviation before the '.' at ``dot`` is a unit or 'pts' that ends the
    sentence, the next sentence starting at ``nxt``."""
    word = text[nxt].isupper() and text[nxt + 1:nxt + 2].isalpha()
    if not (word or text[nxt].isdigit()):
        return False
    m = _UNIT_BEFORE_DOT.search(text, max(0, dot - 8), dot)
    return bool(m) and (word or bool(m.group("num")))


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# the noun a group's letter or a roman numeral names: "cohort B", "arm A", "group C", "grade I", "phase I", "type I"
_LABEL_NOUN_BEFORE = re.compile(r"\b(?:cohort|arm|group|part|stage|category|panel|grade|phase|type)\s$", re.I)


def _is_abbrev(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation ('vs.', 'et al.', 'e.g.'), not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and (text[m.start() - 1:m.start()] == "-" or text[max(0, m.start() - 4):m.start()] == "CAR "):
        return False   # ("… 5 prior CD19 CAR-T. One DLT …": the product's letter, no initial)
    if len(word) == 1 and _LABEL_NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False   # ("… 21 patients in cohort B. Two patients in cohort A had …", "… one patient with grade I. Infections …")
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    return word.endswith(" al") or text[max(0, dot - 6):dot].lower().endswith("et al")


_CAPTION_START = re.compile(r"\s*(?:table|fig(?:ure)?\.?|extended data|supplementa)", re.I)
# a caption's number opening its line, before its title: "Table 2. Survival estimates, % (95% CI)"
_CAPTION_NUMBER = re.compile(r"[ \t]*(?:(?:supplementa(?:l|ry)\s+)?table|fig(?:ure)?)\s+S?\d+[A-Za-z]?(?=[.:]?[ \t]+\S)", re.I)
# the end of a line that goes on as prose on the next ("… are shown in" over "Table 2. Median OS was …")
_REFERS_ON = re.compile(r"(?:\b(?:in|see|and|or|of|to|from|with|per|also|the)|[(,])[ \t]*$", re.I)


def _caption_line(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` opens a caption ("Table 2. Survival estimates, % (95% CI)"): its number at
    the line's start, not a reference the line above runs on into ("… are shown in" over "Table 2. Median OS …")."""
    if not _CAPTION_NUMBER.match(text, line_start):
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    return not _REFERS_ON.search(above)


def _table_after_prose(text: str, line_start: int, j: int, end: int) -> bool:
    """Whether the line at ``j`` starts a table (it and the next line hold three cells or more) set right after a
    line of prose (at ``line_start``) that is no caption's: the prose's sentence ends there ("… are limited by" over
    "Subgroup | No. of Patients | ORR, No. (%)")."""
    e1 = text.find("\n", j, end)
    if e1 < 0 or text.count("\t", j, e1) < 2 or text.count("\t", e1 + 1, text.find("\n", e1 + 1, end) % (end + 1)) < 2:
        return False
    return not _caption_above(text, line_start)


def _caption_above(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start``, or the one above it, starts a caption (a table's header goes with it)."""
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return bool(_CAPTION_START.match(text, line_start) or _CAPTION_START.match(text, before))


# a line that cannot end a sentence or a heading: it ends with a comma or an open bracket, a function word or a verb wanting
# its object. The number starting the next line is its count, no list item's ("chronic GVHD occurred in" over "3. Outcomes by
# consolidation …"), and a short line is no heading ("Of seven patients with extramedullary" over "disease …"; "The median
# weight-based dose was" over "1.7 × 10^6 …"; "42 infused patients had T-ALL and 6 had" over "T-cell lymphoblastic lymphoma"),
# or with a product's or an equation's sign: "…, DL2 1.5 ×" over "10⁶ or DL3 3.0 × 10⁶ CAR+ T cells/kg"
_GOES_ON = re.compile(r"(?:[,;(\-×=]|\d[ \t]*x|\b(?:and|or|of|the|a|an|in|with|to|at|by|for|from|than|that|as|was|were|is|are|had|has|have))$", re.A)


# a line of prose opening: a capitalised word, then lower-case words ("Among complete responders, the 12-month PFS …")
_PROSE_OPEN = re.compile(r"[A-Z][a-z]+(?:,?\s+[a-z][a-z-]*){2}")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in ``text[start:end]``, whitespace trimmed.

    A sentence ends at '.', '!' or '?' followed by whitespace and an upper-case letter, digit,
    bracket or markup — never after an abbreviation ('vs.', 'et al.', 'e.g.'), except a unit
    after a number before a capitalised word or a number ('15.7 mo. The', '15.7 mo. 12-mo PFS',
    '2 pts. No') and 'pts.' before a capitalised word — and never inside a
    number ('P = .008', '95% CI, 47.7-79.4', 'n = 18'). A blank line always ends one; a single line
    break ends one only after end punctuation, before a labelled line ('RESULTS:', '**Methods:**',
    a MEDLINE tag, a heading alone on its line), after a short heading line (no line of a narrow column running on in lower case), between two
    table rows (lines with tab-separated cells) or between a row and a short line (a group of
    rows' label: "Toxicity"). Semicolons and colons never end a sentence.
    """
    end = len(text) if end is None else end
    cuts = {start, end}
    seg = text[start:end]
    for m in _END_RE.finditer(seg):
        i = start + m.end()
        j = i
        while j < end and text[j] in " \t\r\n":
            j += 1
        if j >= end:
            continue
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "([*#\"'“‘•-"):
            continue
        dot = start + m.start()
        # (a caption's number is short: its line's start is looked for in the 30 characters before the stop, not back to
        # the paragraph's start at every stop)
        if text[dot] == "." and "\n" not in text[i:j] and (ls := max(start, text.rfind("\n", max(start, dot - 30), dot) + 1)) \
                and (c := _CAPTION_NUMBER.match(text, ls)) and c.end() == dot and _caption_line(text, ls):
            continue   # (the caption's title follows its number: one sentence)
        if text[dot] == "." and _is_abbrev(text, dot) and "\n\n" not in text[i:j] and not _unit_ends_sentence(text, dot, j):
            continue
        cuts.add(j)
    for m in re.finditer(r"\n", seg):
        i = start + m.start()
        j = i + 1
        while j < end and text[j] in " \t\r":
            j += 1
        if j >= end:
            continue
        if text[j] == "\n":
            cuts.add(j)
            continue
        line_start = text.rfind("\n", 0, i) + 1
        prev_line = text[max(line_start, start):i].strip()
        if ((_LINE_START_BREAK.match(text, j) and not (text[j].isdigit() and _GOES_ON.search(prev_line))) or not prev_line
                or (text[j] in "TtFfSs" and _caption_line(text, j))   # (a caption under a line with no end punctuation)
                or (len(prev_line) < 40 and not _GOES_ON.search(prev_line)
                    # (a narrow column's line of prose running on: "Of seven patients with extramedullary" over "disease at …";
                    # a heading is shorter: "Results" over "n=14 infused")
                    and not (text[j].islower() and len(prev_line) >= 25 and prev_line.count(" ") >= 2
                             and not _CAPTION_START.match(prev_line)))
                or ("\t" in prev_line and ("\t" in (line := text[j:text.find("\n", j) % (end + 1)])
                                            or len(line.strip()) < 40   # table rows, a row group's label
                                            # (or prose after a table's last row: "Among complete responders, the …")
                                            or text[j].isupper() and prev_line.count("\t") >= 2 and _PROSE_OPEN.match(line)))
                or (len(prev_line) >= 40 and "\t" not in prev_line and _table_after_prose(text, line_start, j, end))
                # (a sentence's full stop before a line of cells: a figure's panel letters "a | b" under "… and two of the 19
                # transplanted patients.")
                or (prev_line[-1] in ".!?" and "\t" not in prev_line and "\t" in text[j:text.find("\n", j) % (end + 1)]
                    and not _caption_above(text, line_start))):
            cuts.add(j)
    out = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
