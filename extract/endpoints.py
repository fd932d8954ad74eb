"""Endpoint extraction: a Document → Measurements, each with the sentence it was read from.

Per sentence of the document's body (section labels stripped; background, skipped sections
and sentences without a number or an absence cue left out):

1. ``numbers.scan`` finds numeric atoms (percents, "17 of 19", CIs, grades, time points …) in
   the repaired text (``numbers.repair``: damaged PDF text, LaTeX, number words);
2. the term patterns of ``rules/terms.jsonl`` (spaCy phrase matching, as the pipeline's
   ``cartreg_terms``/``cartreg_abbrevs`` rulers) find endpoint terms (CRS, OS …) and
   distractors (neutropenia, MLFS, hazard ratio …), each with its rule id;
3. atoms next to each other form value groups ("17 of 19 patients (89.5%)");
4. each group is attached to the term it reports: the nearest term before it in its clause,
   or the term its verb names when the group is a subject ("15 (78.9%) were MRD-negative"),
   with "A and B were x and y, respectively" zipped in order;
5. cohort counts, doses, stated absences and two-group p-values have their own rules.

Evidence offsets are character offsets into ``doc.text``: ``doc.text[start:end] == text``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, chain
from types import SimpleNamespace
from typing import Any, Iterable, Iterator, NamedTuple

from extract import docfields, gate
from extract.document import Document
from extract.nlp import get_nlp, load_rules, split_sentences, term_attrs, term_matchers
from extract.numbers import (GRADE_LIST_COUNTS, NUM, NUMW, Atom, Dose, atom_value, derived_percent, normalise_grade,
                             parse_doses, repair, round_sig, scan, to_months, to_number)
from extract.record import RATES, SURVIVAL, Evidence, Measurement

RESPONSE = {"complete_remission", "overall_response", "partial_remission", "mrd_negative"}
GRADED = {"crs", "neurotoxicity", "gvhd"}
NEGATABLE = {"crs", "neurotoxicity", "gvhd", "relapse", "transplant"}
RATE = set(RATES)
SURV = set(SURVIVAL)
PATIENT = (r"(?:patients?|pts?|participants?|subjects?|cases?|child(?:ren)?|adults|responders?|recipients?|"
           r"individuals|adolescents|infants|"
           # (a paediatric study's "Only 4 families opted for allo-HSCT": the families decide for the children counted)
           r"families(?=\s+(?:(?:subsequently|later|then|eventually|ultimately)\s+)?(?:opted|chose|elected|declined|consented)\b))")
# substrings a dose expression cannot do without (cheaper than one regex search per sentence)
_DOSE_HINTS = ("×", "*", "x 10", "x10", "10^", "10(", "e6", "e7", "e8", "e5", "e+", "million", "/kg", "per kg",
               "10 6", "10 5", "10 7", "10 8")
_TREATED_HINTS = ("infus", "treat", "dosed", "receiv", "underw")
_COHORT_HINTS = ("enrol", "recruit", "regist", "accru", "infus", "treated", "dosed", "receiv", "underw", "included",
                 "compris", "consist", "random", "histolog", "diagnos", "types", "lineage",
                 "evaluable", "assessable", "assessed in", "evaluated in", "n =", "n=", "pheres",
                 "assessment", "evaluation", "visit",   # ("Nine patients reached the month-6 assessment": the evaluable)
                 "autologous in", "allogeneic in", "derived in", "fresh in", "given to", "administered to",
                 "analysed", "analyzed", "accounted for", "made up", "were adults", "were children",   # ("23 were adults and 18 were children")
                 "there were",   # ("…; there were 6 children (<14 years old) and 9 adults": _THERE_WERE)
                 "t recipients", "t-cell recipients", "t cell recipients", "recipients of cd", "recipients of car",   # ("Products were autologous in 97 and …")
                 "derived from", "manufactured from", "generated from", "produced from", "prepared from", "made from",   # (_KINDS_DERIVED)
                 "collected from", "harvested from")   # ("T cells were collected from 24 patients": the enrolled, cues.json)


def _substrings_re(words) -> re.Pattern:
    """A regex that finds any of ``words`` (plain substrings), for a test of whether one occurs. The
    alternatives are grouped by their first character ("a(?:mong|fter|t )|p(?:atient|ost)|…"): the engine
    tries one group at a position instead of every word, 2-3x faster than the flat alternation of the
    same words on sixty cue words (which word matches at a position may differ; whether one does not)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("|".join(f"{re.escape(ch)}(?:{'|'.join(rest)})" for ch, rest in groups.items()), re.A)


def _hint_rules(hints_per_rule) -> Any:
    """For rules that each run only on text containing one of their hint words (lower case; "" for always): a function of
    a lower-case text giving the indices, in order, of the rules it has a hint of. One regex pass finds at each position
    the longest hint starting there (alternatives longest first, grouped by first character) and takes every hint that is
    a prefix of it too: the same rules as a substring test per hint (~2x cheaper on 135 hints)."""
    hints = sorted({h for hs in hints_per_rule for h in hs if h}, key=len, reverse=True)
    rules_of = {h: frozenset(i for i, hs in enumerate(hints_per_rule) if any(h.startswith(g) for g in hs if g)) for h in hints}
    always = frozenset(i for i, hs in enumerate(hints_per_rule) if "" in hs)
    groups: dict[str, list[str]] = {}
    for h in hints:
        groups.setdefault(h[0], []).append(re.escape(h[1:]))
    find = re.compile("(?=(" + "|".join(f"{re.escape(ch)}(?:{'|'.join(rest)})" for ch, rest in groups.items()) + "))").finditer

    def rules(low: str) -> list[int]:
        got = set(always)
        for m in find(low):
            got |= rules_of[m.group(1)]
        return sorted(got)
    return rules


def _hinted(low: str, hints) -> bool:
    """Whether ``low`` contains one of ``hints``: a plain loop, ~1 µs cheaper per call than
    any() over a generator, and these tests run several times per sentence."""
    for h in hints:
        if h in low:
            return True
    return False


# ---------------------------------------------------------------- rules
# a count's percent in parentheses ("301 (74.5%) had DLBCL, 62 (15.3%) tFL")
# (or in the Lancet's brackets, with its middle-dot decimals: "36 [72%] had T-ALL and 14 [28%] had T-LBL", "[28·5%]")
_PCT_PAREN = r"(?:\(\s*\d+(?:[.\u00b7]\d+)?\s*%\s*\)|\[\s*\d+(?:[.\u00b7]\d+)?\s*%\s*\])"


class _Labels(dict):
    """Disease names (lower case) to their labels; a name wrapped across lines is looked up with single spaces."""

    def get(self, key, default=None):
        got = super().get(key)
        return got if got is not None else super().get(" ".join(key.split()), default)


@lru_cache(maxsize=1)
def cues() -> SimpleNamespace:
    """cues.json compiled (NUMW and PATIENT placeholders expanded)."""
    c = load_rules("cues.json")

    def rx(s: str, flags: int = re.I) -> re.Pattern:
        # sentences are repaired text, where numbers are digits, and the counts cues read are
        # whole numbers: NUMW needs neither number words nor decimals. Written to start with
        # \d (its lookbehind after the first digit) so a pattern starting with it gets the
        # engine's skip-to-a-digit scan instead of a test at every position. A phase's number
        # ("a phase 1 (or 1/2) trial in which patients received …") is never a count; a count with
        # thousands separators is one number ("1,319 (90.8%) were infused" is no count of 1); nor is a trial's name
        # ("CARDINAL-22 (NCT…) enrolled patients aged …", "ZUMA-1"), nor a number with a leading zero, an identifier's
        # ("NS7-02 enrolled patients at six hospitals")
        return gate.compile(s.replace("NUMW", r"\d(?<![\d.,]\d)(?!(?<=0)\d)(?<![A-Za-z]-\d)(?<!phase\s\d)(?<!phase\s\d[/-]\d)\d*(?:,\d{3}(?!\d))*").replace("PATIENT", PATIENT),
                            flags | re.A)

    dis = []
    for label, names in c["diseases"].items():
        for name in names:
            # abbreviations are case-sensitive ("ALL" is not "all"); long names are not
            dis.append((name, label, " " in name or name.islower()))
    dis.sort(key=lambda x: -len(x[0]))
    # (a long name may wrap across a PDF's lines: "diffuse large\nB-cell lymphoma")
    # The names are grouped by their first letter, each group behind a lookahead for that letter: at a position the
    # engine enters one group instead of each of the ~150 names (a name in "(?i:…)" is no literal whose first
    # character the engine tests before entering it). Only names of one group can match at a position and a group
    # keeps the longest-first order, so the same name matches as in the flat alternation (~3x faster).
    by_first: dict[str, list[str]] = {}
    for n, _, ci in dis:
        by_first.setdefault(n[0].lower(), []).append((f"(?i:{re.escape(n)})" if ci else re.escape(n)).replace("\\ ", "\\s+"))
    disease_alt = "|".join(f"(?=[{re.escape(ch)}{re.escape(ch.upper())}])(?:{'|'.join(alts)})" for ch, alts in by_first.items())
    # a lineage before the long name ("three had T/myeloid mixed-phenotype acute leukaemia (MPAL)") is read
    # as the name's own label; the abbreviated forms ("T/myeloid MPAL n=7") are labels of their own
    lineage = r"(?:(?i:[TB]/(?:myeloid|lymphoid|[TB]))\s+(?=(?i:mixed)))?"
    # an antigen before the name is no label of its own ("five with CD7-positive AML")
    # (nor is the disease's state: "four with relapsing ANCA-associated vasculitis")
    # (the state after the antigen too: "four with CD123-positive relapsed AML")
    # (nor its extent: "5 with generalized myasthenia gravis (MG)")
    # (nor its origin, where "de novo" names no disease of its own: "14 had de novo DLBCL, 4 transformed follicular lymphoma
    # (tFL)"; "de novo AML" is a label)
    # (nor its histological class: "3 with class III or IV lupus nephritis", "two with class IV LN", "ISN/RPS class III-V")
    # (two of them in a row: "three with refractory generalized myasthenia gravis", "with relapsed refractory SLE")
    marker = r"(?:(?:(?i:relapsing|relapsed|refractory|active|severe|progressive|systemic|generali[sz]ed)\s+){1,2}|(?i:de\s+novo)\s+(?!(?i:AML\b|acute\s+myeloid)))?(?:CD\d+(?:\+|-positive)\s+(?:(?i:relapsed|refractory)\s+)?)?" \
        r"(?:(?:ISN/RPS\s+)?(?i:class)\s+(?:I{1,3}|IV|V|VI)(?:\s*(?:or|and|/|,|-|\u2013|to)\s*(?:I{1,3}|IV|V|VI))*(?:\s*\+\s*V)?\s+)?"
    # a list of diseases with counts: its optional label ("Diagnoses:") and the separator after each item
    list_label = r"(?:[A-Z][\w ]{0,30}:\s*)?"
    list_sep = r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*\.?$)"
    labels = _Labels()
    for n, lab, _ in dis:
        labels[n.lower()] = lab
    # solid tumours (lower-case names) read only as what patients had: "59 had gastric or gastroesophageal junction
    # cancer (GC) and 27 had pancreatic cancer (PC)" (the disease vocabulary's parenthesised lists leave them to _tumour_counts)
    tumours = sorted(((n, lab) for lab, names in c["solid_tumours"].items() for n in names), key=lambda x: -len(x[0]))
    labels.update((n.lower(), lab) for n, lab in tumours)
    had_alt = disease_alt + "|" + "|".join(f"(?i:{re.escape(n)})".replace("\\ ", "\\s+") for n, _ in tumours)
    return SimpleNamespace(
        known_label=rx(rf"(?:{c['section_labels']['known']})"),
        skip_label=rx(rf"(?:{c['section_labels']['skip']})"),
        intro_label=rx(rf"(?:{c['section_labels']['intro']})"), section_turn=rx(c["section_labels"]["turn"]),
        # (regex, hints): each background cue runs only on a sentence with one of its hint words (lower case)
        background=[(rx(b["re"]), tuple(b.get("hint") or ("",))) for b in c["background"]],
        background_rules=_hint_rules([tuple(b.get("hint") or ("",)) for b in c["background"]]),
        background_hint=_substrings_re(c["background_hints"]),   # on lower-cased text
        baseline=[(b["id"], rx(b["re"])) for b in c["baseline"]],
        neg_before=rx(c["negation_before"]), neg_after=rx(c["negation_after"]),
        pop_before=rx(c["population_before"]), pop_after=rx(c["population_after"]),
        neg_transplant=rx(c["negated_transplant_before"]),
        subject_after=rx(c["subject_after"]), rel_subject_after=rx(c["relative_subject_after"]),
        cri_extension=rx(c["cri_extension"]),
        # (id, label, regex, hints): the regex runs only on text containing a hint (lower case)
        regex_terms=[(t["id"], t["label"], rx(t["re"]), tuple(t.get("hint") or ("",))) for t in c["regex_terms"]],
        regex_term_rules=_hint_rules([tuple(t.get("hint") or ("",)) for t in c["regex_terms"]]),
        compare=rx(c["compare"]), no_compare=rx(c["no_compare"]), association=rx(c["association"]),
        hazard_ratio=rx(c["hazard_ratio"]), odds_ratio=rx(c["odds_ratio"]),
        p_threshold=rx(c["p_threshold_after"]),
        prefix_N=rx(c["prefix_denominator"]),
        cohort=[SimpleNamespace(id=r["id"], endpoint=r["endpoint"], subgroup=r.get("subgroup"), raw=r.get("raw", False),
                                re=rx(r["re"]))
                for r in c["cohort"]],
        cohort_rules=_hint_rules([tuple(r.get("hint") or ("",)) for r in c["cohort"]]),
        treated_verbs=rx(c["treated_verbs"]), treated_subject=rx(c["treated_subject"]),
        treated_blockers=rx(c["treated_blockers"]), treated_before=rx(c["treated_before_blockers"]),
        subgroup_counts=rx(c["subgroup_counts"]),
        dose_before=rx(c["dose_label_before"]), dose_after=rx(c["dose_label_after"]),
        # (or after the kind of disease it names, set off by a dash repaired to a hyphen: "severe refractory autoimmune
        # disease—SLE (n = 11; …), idiopathic inflammatory myositis (IIM; n = 2) and …")
        disease=gate.compile(rf"(?:(?<![\w-])|(?<=disease-)|(?<=diseases-)|(?<=malignancies-)|(?<=lymphomas-)|(?<=lymphoma-))"
                             rf"(?P<d>{disease_alt})(?![\w-])", re.A), disease_labels=labels,
        # a sentence that only lists diseases with counts ("T-ALL 27, T-LBL 6.", "Diagnoses: T-ALL 12 and CD7+ AML 3.")
        # (a subtype's count nested in parentheses: "T-ALL 18 (ETP 6), T-LBL 8"; a subtype aside before the count: "AML n=10,
        # MPAL (T/myeloid) n=2")
        disease_list=gate.compile(rf"{list_label}(?:(?:CD\d+[+-]?\s+)?(?:{disease_alt})(?:\s*\([^()\d]{{1,25}}\))?\s*[,:]?\s*(?:(?i:n)\s*=\s*)?\d+"
                                  rf"(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?(?:\s*\(\s*(?:{disease_alt})\s*[,:]?\s*\d+\s*\))?{list_sep}){{2,}}"
                                  # (the count first: "15 T-ALL, 9 T-LBL", "Diagnoses: 12 T-ALL and 3 CD7+ AML")
                                  rf"|{list_label}(?:\d+\s+(?:CD\d+[+-]?\s+)?(?:{disease_alt}){list_sep}){{2,}}", re.A),
        # ("19 cases had T-ALL", "13 cases were classical Hodgkin lymphoma", "19 cases of T-ALL", "12 were diagnosed with T-LBL",
        # "25 infused patients had T-ALL and nine had T-LBL")
        disease_with=gate.compile(rf"(?i:(?P<n>{NUM}))\s+(?:{_PCT_PAREN}\s+)?(?:(?:(?:infused|treated|evaluable|enrolled)\s+)?(?:patients|(?i:cases))\s+)?(?:with|had|(?<=cases\s)of|"
                                  rf"(?:were|was)(?:\s+diagnosed\s+(?:with|as))?)\s+{lineage}{marker}(?P<d>{had_alt})(?![\w-])", re.A),
        # a disease alone as what patients had, closing its clause: "14 patients had early T-cell precursor ALL."
        disease_had=gate.compile(rf"\d(?<![\d.]\d)\d*\s+(?:{_PCT_PAREN}\s+)?(?:(?:infused|treated|evaluable|enrolled)\s+)?(?:patients|pts|cases)\s+had\s+(?:an?\s+)?(?:{disease_alt})"
                                 rf"(?:\s+(?:phenotype|subtype|immunophenotype))?(?=\s*(?:[.;,]|$)|\s+and\b)", re.A),   # ("… had AML and two had …")
        # a subtype of the disease just named: "ten with T-ALL, four of whom had an early T-cell precursor phenotype"
        disease_whom=gate.compile(rf"(?i:(?P<n>{NUM}))\s+of\s+(?:whom|them)\s+(?:had|were\s+diagnosed\s+with)\s+(?:an?\s+)?"
                                  rf"(?P<d>{disease_alt})(?:\s+(?:phenotype|subtype|immunophenotype))?(?=\s*(?:[.;,)]|and\b|$))", re.A),
        # a share of the cohort: "15 (41%) of 37 patients had T-LBL", "twelve of the 40 patients had ETP-ALL" (or of the cohort
        # named by its step with no number: "six of the infused children had ETP-ALL"), maybe the first of a list: "Nine of the
        # infused patients had T-ALL and two had T-LBL"
        disease_share=gate.compile(rf"(?P<n>\d+)\s+(?:{_PCT_PAREN}\s+)?of\s+(?:the\s+|all\s+)?(?:\d+\s+(?:[\w-]+\s+)?|(?:infused|treated|enrolled)\s+)"
                                   r"(?:patients|pts|participants|children|adults)"
                                   rf"\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?had\s+(?P<d>{disease_alt})(?![\w-])(?=\s*(?:[.;,)]|$)|\s+and\s+\d)", re.A),
        # the list going on after one: "79 had DLBCL (DLBCL), 17 transformed follicular lymphoma (tFL) and 8 …"
        disease_next=gate.compile(rf"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>\d+)\s+(?:{_PCT_PAREN}\s+)?"
                                  rf"(?:(?:(?:patients|cases)\s+)?(?:with|had|of|(?:were|was)(?:\s+diagnosed\s+(?:with|as))?)\s+)?"
                                  rf"{lineage}{marker}(?P<d>{had_alt}|(?:(?<=with\s)|(?<=had\s))(?i:{_OTHER_KINDS})(?![\w-])|(?:(?<=with\s)|(?<=had\s)){_OTHER_QUALIFIED})(?![\w-])", re.A),
        # a disease as the subject of its count: "T-ALL accounted for 43 patients (…) and T-LBL for 21"
        disease_accounted=gate.compile(rf"(?<![\w-])(?P<d>{disease_alt})(?![\w-])\s+(?:accounted\s+for|made\s+up)\s+(?P<n>\d+)"
                                       rf"\s+(?:of\s+the\s+\d+\s+)?(?:[\w-]+\s+)?(?:patients|pts|cases|children|adults)\b"
                                       rf"(?:\s*\((?P<aside>[^()]*)\))?", re.A),
        disease_accounted_next=re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<d>{disease_alt})(?![\w-])\s+(?:for\s+)?(?P<n>\d+)"
                                          rf"(?![\d%]|\.\d)(?:\s+(?:patients|pts|cases|children|adults)\b)?(?:\s*\((?P<aside>[^()]*)\))?", re.A),
        # a subtype counted in an aside: "including early T-cell precursor [ETP] ALL in 15", "including ETP-ALL in 15"
        disease_including=re.compile(rf"^\s*(?:including|incl\.)\s+(?P<d>{disease_alt})(?![\w-])(?:\s*\[[^\]]{{1,12}}\])?"
                                     rf"(?:\s+(?:ALL|phenotype|subtype))?\s+in\s+(?P<n>\d+)\s*$", re.A),
        # a disease with its count in parentheses, read only in a run of two or more:
        # "had T-ALL (41 patients), ETP-ALL (15), or T-LBL (12)"
        disease_paren=gate.compile(rf"(?<![\w-])(?P<d>{disease_alt})\s*\(\s*(?P<n>\d{{1,3}})(?:\s+(?:patients|pts|cases|children|adults))?\s*\)"
                                   rf"(?P<sep>\s*(?:,\s*(?:and\s+|or\s+)?|;\s*|\s+(?:and|or)\s+))?", re.A),
    )


# ---------------------------------------------------------------- structures
@dataclass(eq=False, slots=True)   # slots: built and read per term per sentence
class Mention:
    """A term in a sentence: ``kind`` 'E' (endpoint), 'X' (distractor) or 'G' (a grade standing
    alone, reporting the graded endpoint before it). Offsets are into the sentence text."""
    kind: str
    endpoint: str | None
    start: int
    end: int
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)
    pop: str | None = None        # 'pop': names a population ("patients in CR"); 'rel': "patients who …"
    negated: bool = False


@dataclass(eq=False, slots=True)
class Group:
    """Adjacent atoms read as one result ("17 of 19 patients (89.5%)")."""
    start: int
    end: int
    vals: dict[str, Any]
    head: str
    subject: bool = False
    rel: bool = False
    target: Mention | None = None
    arm: str | None = None        # the group's name in a terse list ("CR/CRi: auto 80.0% vs donor 93.9%")
    whole: "Group | None" = None  # the count a grade of every one of them breaks down ("CRS (all grade 1/2) … in 7 of 10")


@dataclass(slots=True)
class Found:
    endpoint: str
    fields: dict[str, Any]
    rule: str
    pos: int


# ---------------------------------------------------------------- document level
LABEL_RE = re.compile(r"(?:\*\*|__)?\s*(?P<label>[A-Za-z][A-Za-z ,&/-]{1,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*", re.A)
# a bold label with no colon: "**RESULTS** Median follow-up was 61.4 months"
BOLD_LABEL_RE = re.compile(r"(?:\*\*|__)\s*(?P<label>[A-Za-z][A-Za-z ,&/-]{1,60}?)\s*(?:\*\*|__)\s+", re.A)
# a number that does not end an identifier ("CD7", "NS6CAR" carry no value), or a stated
# absence; two searches, the digit one without IGNORECASE (a fast scan, and it decides most)
_HAS_NUMBER = re.compile(r"\d(?<![A-Za-z]\d)", re.A)   # (the digit first: the search skips to digits in C)
_HAS_ABSENCE = gate.compile(r"\b(?:no|nobody|none|neither|nor|not|never|zero|absen(?:ce|t)|free of|without)\b", re.I | re.A)
_HAS_BOTH = gate.compile(r"\bboth\s+(?:[\w/+-]+\s+){0,2}?(?:patients|responders|children|adults|recipients|cases|subjects|pts)\s+(?:who\b|with\s+(?!(?:and|or)\b))"
                         # (a case report's "Both patients developed grade 2 CRS", "Both then underwent allo-HSCT")
                         r"|\bboth\s+(?:(?:the\s+)?patients|children|pts|then|also|subsequently|later|underwent|proceeded|achieved|developed|relapsed|died|received)\b",
                         re.I | re.A)   # "Both responders who did not undergo HSCT relapsed": a count of two
_BULLETS = "\u2022\u25aa\u25e6\u2023\u2219*-"   # list markers: • ▪ ◦ ‣ ∙ * -
_BULLET = re.compile("[" + re.escape(_BULLETS) + r"][ \t]+", re.A)
MEDLINE_AB = re.compile(r"^AB\s{0,3}-\s?", re.M | re.A)
# (Cell Press's "STAR\u2605METHODS" heading its methods after the Discussion)
HEADING_RE = re.compile(r"[#*\s]*(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?(?:\s*\|)?\s+)?(?P<label>[A-Za-z][A-Za-z ,&/\u2605-]{2,60}?)[:.*\s]*", re.A)
# a run-in label in capitals with no colon, the sentence after it on the same line: JCO's "RESULTS Of 47 patients who
# underwent leukapheresis, 42 were infused", "METHODS In this phase II trial …", "CONCLUSIONS AND RELEVANCE In …"
_RUN_IN_LABEL = re.compile(r"(?P<label>[A-Z]{4,}(?: AND [A-Z]{4,})?) (?=[A-Z][a-z]|[A-Z]{2}|\d)", re.A)
# the same in title case, a bold head with no colon (J Hematol Oncol's, BMC's structured abstracts): "Results Of 58 patients
# who underwent leukapheresis, 52 were infused …", "Methods We analyzed adults …", "Conclusions HY19 induced …"
_RUN_IN_TITLE_LABEL = re.compile(r"(?P<label>Background|Methods|Results|Findings|Conclusions?|Interpretation) (?=[A-Z][a-z]*\s|[A-Z]{2}|\d)", re.A)


# an abstract book's heading line, the abstract's number and its session ("7012 Oral Abstract Session", "7013 Poster
# Discussion Session", "TPS7071 Poster Session", "LBA8000 Plenary Session")
_ABSTRACT_HEAD = re.compile(r"^(?:TPS|LBA)?\d{3,5}[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}Session[ \t]*$", re.M | re.A)


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) ranges of ``doc.text`` to read: the body minus excluded ranges; for
    MEDLINE only the AB field's value."""
    a, b = doc.body_range
    if "Session" in doc.text and len(heads := [m.start() for m in _ABSTRACT_HEAD.finditer(doc.text, a, b)]) > 1:
        b = heads[1]   # (an abstract book's page: the next abstract, from its number and session line on, is another study's)
    b = docfields.first_abstract_end(doc, a, b)   # (an EHA abstract book's numbered abstracts: "P1413 DUAL-5: TRIAL IN PROGRESS …")
    if doc.format == "medline":
        out = []
        for m in MEDLINE_AB.finditer(doc.text, a, b):
            end = doc.text.find("\n", m.end())
            out.append((m.end(), b if end < 0 or end > b else end))
        return out
    cuts = sorted((max(a, s), min(b, e)) for s, e in doc.exclude if s < b and e > a)
    out, pos = [], a
    for s, e in cuts:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < b:
        out.append((pos, b))
    return out


_NOT_KEY_CHAR = re.compile(r"[^a-z0-9]", re.A)


def _key(s: str | None) -> str:
    return _NOT_KEY_CHAR.sub("", (s or "").lower())


class Sentence(NamedTuple):
    """A sentence to read: ``text`` is its repaired text (section label stripped), ``low``
    that lower-cased (for substring tests; lowering text with symbols such as "×" or "≥" is
    slow, so it is done once); ``a``:``b`` its offsets in block ``block``'s repaired text;
    ``start``:``end`` its offsets in ``doc.text``."""
    block: int
    a: int
    b: int
    start: int
    end: int
    text: str
    low: str


# ("≥CR | 11 (68.8)", "≥ Complete response | 3 (50.0)", "Complete response or better | 70 (41.4)")
_CR_OR_BETTER_ROW = re.compile(r"\s*(?:[\u2265>]=?\s*(?:CR|complete\s+(?:response|remission))|CR\s+or\s+better|complete\s+(?:response|remission)\s+or\s+better)", re.I | re.A)
_PLAIN_CR_ROW = re.compile(r"\s*(?:CR|complete\s+(?:response|remission))(?!\s*(?:or\s+better|/|\+))\b", re.I | re.A)
# a row of MRD negativity whose label's mark leads a footnote under the table counting it among the patients in CR (or the
# responders): "MRD-negative ≥CR*\t2/3\t11/12" over "*Among patients with ≥CR, MRD assessed at 10^-5.", "MRD-negative CR†" over
# "† Of the patients who achieved CR.", "MRD negativitya" over "a Denominator: responders" (MRD negativity among responders)
_MRD_ROW_MARK = re.compile(r"\s*MRD[\s-]*(?:neg(?:ative|ativity|\.)?|undetectable)\b[^\t]*?(?P<m>[*\u2020\u2021\u00a7]|(?<=[a-z)R])[a-h])\t", re.I | re.A)
_AMONG_CR_NOTE = re.compile(r"(?:(?:among|of|in)\s+(?:the\s+|all\s+)?|denominators?\s*(?:is|are|:)?\s*(?:the\s+)?)(?:responders\b|responding\s+patients\b"
                            r"|(?:patients|pts)\s+(?:with|in|who\s+(?:achieved|attained|had))\s+(?:an?\s+)?(?:[\u2265>]=?\s*)?"
                            r"(?:s?CR\b|CRi\b|complete\s+(?:remission|response)|(?:a\s+)?response\b))", re.I | re.A)


def _among_cr_note(reps, s: Sentence, mark: str) -> bool:
    """The footnote that the mark ``mark`` of table row ``s``'s label leads, in the few lines under its table (``reps``, the
    repaired blocks), counts the row among the patients in CR or the responders (see _MRD_ROW_MARK)."""
    lines = [x.strip() for x in reps[s.block].text[s.b:s.b + 800].split("\n")[1:] if "\t" not in x] if reps else []
    return any(t.startswith(mark) and _AMONG_CR_NOTE.match(t[len(mark):].lstrip()) for t in lines[:4])


def _lowered(text: str) -> str:
    """``text`` in lower case for the rules' substring tests, a line break (a PDF's, inside a sentence) read as a
    space ("six complete\nand three partial"); offsets kept."""
    return text.lower().replace("\n", " ")


def candidate_sentences(doc: Document) -> tuple[list, list[Sentence]]:
    """The repaired blocks of ``doc`` and the sentences endpoints are read from: section
    labels stripped; background, skipped sections, the title and sentences without any
    number or absence cue left out."""
    c = cues()
    title = _key(doc.meta.get("title"))
    blocks = _blocks(doc)
    reps = []
    out = []
    for bi, (bs, be) in enumerate(blocks):
        rep = repair(doc.text[bs:be])
        reps.append(rep)
        section = None
        # an unlabelled opening ("In a pilot study, … induced CR in 19 of 20 patients. We now report the phase 1/2
        # trial …"): the sentences before a turn to the report in the paragraph's first few are background
        run, since = len(out), 0
        resume = False, None   # (a one-sentence label's sentence was read, the section to go back to)
        for a, b in _label_over_values(rep.text, _after_bullet_line(rep.text, split_sentences(rep.text))):
            a0 = a
            since += 1
            if resume[0]:
                section, resume = resume[1], (False, None)
            if 1 < since <= 4 and run < len(out) and section in (None, "abstract", "summary"):
                head = rep.text[a:a + 60].lower()
                if ("we " in head or "this " in head) and c.section_turn.match(rep.text, a, b):
                    del out[run:]
            if rep.text[b - 1] != "." or rep.text.find(":", a, min(b, a + 70)) >= 0 or rep.text.startswith(("**", "__"), a) \
                    or b - a <= 40:
                # section labels and heading lines ("RESULTS:", "**Methods:**", "3. Results"), a run-in heading split off
                # its paragraph ("Efficacy." before "Responses occurred at every dose level", JCI's subheads; "RESULTS.")
                h = HEADING_RE.fullmatch(rep.text, a, b)
                if h and c.known_label.fullmatch(h.group("label").strip()):
                    section = h.group("label").strip().lower()
                    run, since = len(out), 0
                    continue
                m = LABEL_RE.match(rep.text, a, b) or BOLD_LABEL_RE.match(rep.text, a, b)
                if m and (c.known_label.fullmatch(m.group("label").strip())
                          or (m.group("label").isupper() and len(m.group("label").strip()) > 2
                              and not _names_endpoint(m.group("label")))):
                    if m.group("label").strip().lower() in _ONE_SENTENCE_LABELS:
                        resume = True, section   # ("Abbreviations: CR, complete remission; …." under a table: the text goes on after it)
                    section = m.group("label").strip().lower()
                    a = m.end()
                    run, since = len(out), 1
            if (rep.text[a:a + 4].isupper() and (k := _RUN_IN_LABEL.match(rep.text, a, b))
                    or rep.text[a:a + 1] in "BMRFCI" and (k := _RUN_IN_TITLE_LABEL.match(rep.text, a, b))) \
                    and c.known_label.fullmatch(k.group("label").lower()):
                section = k.group("label").lower()
                a = k.end()
                run, since = len(out), 1
            if rep.text[a:a + 1] in _BULLETS and (k := _BULLET.match(rep.text, a, b)):
                a = k.end()   # "• Of the 14 pts with EMD, 6 achieved …": the sentence after its list marker
            if rep.text[a:a + 1].isdigit() and (k := _NUMBERED_HEAD_LINE.match(rep.text, a, b)):
                a = k.end()   # "3.4 | Transplantation, Relapse and Survival" over "Thirty-three patients …": the sentence under its heading
            if section and rep.text.count("\t", a, b) >= 2 and ("\t" in rep.text[a:rep.text.find("\n", a, b) % (b + 1)]
                                                             or rep.text.count("\t", rep.text.rfind("\n", a, b) + 1, b) >= 2):
                section = None   # a table's row (three cells or more), or its caption and header: a PDF floats tables into any section
            if section and c.skip_label.fullmatch(section):
                # an introduction running on into the results ("PURPOSE: … We previously reported …
                # Here we report long-term outcomes of all 21 infused patients. Patients received …")
                head = rep.text[a:a + 60].lower()
                if not (("we " in head or "this " in head) and c.intro_label.fullmatch(section)
                        and c.section_turn.match(rep.text, a, b)):
                    continue
                section = None
            # (the length before a label: "AML: 0/2 CR." keeps its short result)
            if b - a0 < 8:
                continue
            text = rep.text[a:b]
            if "%" in text and (k := _OTHERS_RATES_TAIL.search(text)):
                b = a + k.start()   # the cohort's own rates before another trial's, compared at the sentence's end
                text = rep.text[a:b]
            if text[:1] in "nN" and _FORMAT_LINE.fullmatch(text):
                continue    # a table's cell format under its header ("no. of patients/total no. (%)"): no value
            if not (_HAS_NUMBER.search(text) or _HAS_ABSENCE.search(text) or "\t" in text
                    or (("oth " in text or "oth\n" in text) and _HAS_BOTH.search(text))):   # (a PDF's "Both\npatients with …")
                continue    # no number and no stated absence: nothing to read
            oa, ob = rep.original(a, b)
            oa, ob = oa + bs, ob + bs
            if doc.excluded(oa):
                continue
            if title and b - a < len(title) + 40 and len(_key(text)) > 15 and _key(text) in title:
                continue
            low = _lowered(text)
            if c.background_hint.search(low) and _background(text.replace("\t", " | ") if "\t" in text else text, low) \
                    and not ("cut" in low[:40] and _AT_CUTOFF.match(text)) \
                    and not ("whose" in low and (low[:3] == "we " or " our " in low) and _WHOSE_EARLIER.search(text)) \
                    and not ("histor" in low and _own_beside_control(text, low)) \
                    and not ("%" not in text and ("nct" in low or "eudract" in low or "chictr" in low) and _REGISTERED_TRIAL.match(text)):
                # (a cue never runs across a table's cells: "Cohort A, no prior | Cohort B"; "At the data-cutoff date, a
                # response had been reported in 12 of 17": this study's own)
                k = _OWN_AFTER_BACKGROUND.search(text) if ";" in text else None
                if k is None or _background(text[k.end():], low[k.end():]):
                    continue
                # the earlier report, then this one's own clause: read from that clause on
                a += k.end()
                text, low = rep.text[a:b], _lowered(rep.text[a:b])
                oa, ob = rep.original(a, b)
                oa, ob = oa + bs, ob + bs
            out.append(Sentence(bi, a, b, oa, ob, text, low))
    return reps, out


# a numbered subsection's heading line run into the sentence under it (Wiley's "3.4 | Transplantation, Relapse and Survival",
# "2.3 | Statistical analysis"): its words name no result of the sentence
_NUMBERED_HEAD_LINE = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}[ \t]*\|[ \t]*[A-Z][^\n|.:;%]{2,70}\n", re.A)
# a poster's label ending with its colon, over the line of its values: "• 12-month EFS, HSCT vs no HSCT:" over "85.7% vs 63.4%
# (P = 0.09)", "Day-28 CR/CRi by age group:" over "16/16 (100%) vs 24/26 (92.3%)" (the splitter ends a short line there)
_LABEL_COLON_END = re.compile(r"[^\t\n]*[a-z][^\t\n]*:$", re.A)
_VALUES_START = re.compile(r"[<>\u2264\u2265]?\d+(?:\.\d+)?\s*(?:%|/\s*\d+|of\s+\d+)", re.A)
# a line of values broken before a parenthesis or a comparator that goes on with it (the splitter ends a short line there too):
# "• Dose levels: 2 × 10^6 (DL1), 6 × 10^6" over "(DL2) and 1.2 × 10^7 (DL3) CAR+ cells/kg", "• CRS: any grade 23/27 (85.2%);
# grade" over "≥3, 3/27 (11.1%)" (b206-04), "… were MRD-negative by flow cytometry" over "(<0.01%)"
_RUNS_ON_START = re.compile(r"\(|[<>\u2264\u2265]=?\s*\d", re.A)
# ... or over a line of groups with their sizes: "• 64 patients were infused:" over "<70 years, n = 41; ≥70 years, n = 23."
# (b222-04), "Patients treated:" over "DL1, n = 3; DL2, n = 6"
_SIZES_START = re.compile(r"[^\t\n:;=()]{1,30}?,?\s*[nN]\s?=\s?\d+\s*(?:[;,]|\.?$)", re.A | re.M)
_ANY_DIGIT = re.compile(r"\d", re.A)
# ... or a short line ending in a graded term's qualifier over the line opening with the term's abbreviation, prose going on
# (the splitter takes the short line for a heading): "• Of the 12 patients in CR/CRi, 8 underwent" / "consolidative allo-HSCT;
# grade II acute" over "GVHD developed in 2 of the 8." (b234-04), "…; grade ≥3" over "CRS occurred in 2"
_QUALIFIER_END = re.compile(r"(?:\b(?:acute|chronic|severe|mild|moderate|any[- ]grade)|\bgrade\s*(?:[\u2265>]=?\s*)?(?:[1-5]|I{1,3}|IV|V)"
                            r"(?:\s*(?:[-\u2013]|to|or)\s*(?:[1-5]|I{1,3}|IV|V))?)[ \t]*$", re.A)
_TERM_PROSE_START = re.compile(r"[A-Z][A-Za-z]{1,5}[A-Z]\b[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?[a-z]", re.A)


# a list item ending in a value with no full stop, a line of prose under it: "- ORR by dose: DL1 0/3, DL2 3/6 (50%), DL3 9/10
# (90%)" over "Median DOR was not reached; 8 of 12 responders remained in response" (EHA posters' dash bullets; the splitter
# runs the two lines together and the prose's distractor would take the values with it)
# (or a tab-indented item of a "Key outcomes:" list, one cell, over the next item or prose: "\tAllo-HCT after CAR-T: 36/49 in CR
# (73.5%)" over "\taGVHD after HCT: 9/36 (25.0%; …); cGVHD: 4/36 (11.1%)" over "Median follow-up was …", b227-07)
_BULLET_VALUE_LINE = re.compile(r"[ \t]*[" + re.escape(_BULLETS) + r"][ \t]+[^\n]*[\d%)\]][ \t]*\n(?=[A-Z][a-z]+[ ,])"
                                r"|\t+[^\t\n]*[\d%)\]] *\n(?=\t+[^\t\n]*\d[^\t\n]*$|[A-Z][a-z]+[ ,])", re.A | re.M)


# a table's caption line with no full stop, floated by a PDF into the prose above the prose's next sentence: "Table 1. Responses at
# day 28 and severe CRS by dose level" over "Six patients in remission proceeded to consolidative" (b224-01; the splitter runs the
# two on, and the caption's terms took the count; cut only before a sentence of prose that ends in a full stop, no table's row)
_CAPTION_OVER_PROSE = re.compile(r"[ \t]*(?:Table|TABLE|Figure|FIGURE|Fig\.)[ \t]+S?\d{1,2}[a-z]?[.:|][ \t]+[^\n.\t]*[^\n.:;,\t][ \t]*\n"
                                 r"(?=[A-Z][a-z]+[ ,]|\d+ [a-z]+ )", re.A)   # (a count in words is in digits after repair: "6 patients")


def _after_bullet_line(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of ``text`` with a list item's line cut from a line of prose the splitter ran on with it (_BULLET_VALUE_LINE),
    and a caption's line from the sentence of prose under it (_CAPTION_OVER_PROSE)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while (nl := text.find("\n", a, b)) >= 0 and (m := _BULLET_VALUE_LINE.match(text, ls := text.rfind("\n", 0, nl) + 1)
                                                      or text[b - 1] == "." and "\t" not in text[nl:b]
                                                      and text[:ls].rstrip()[-1:] in ("", ".", ":")   # (no prose's "… in" over "Table 2. CR/CRi was …")
                                                      and _CAPTION_OVER_PROSE.match(text, ls)) \
                and m.end() == nl + 1:
            out.append((a, len(text[:nl].rstrip())))
            a = nl + 1 + len(text[nl + 1:b]) - len(text[nl + 1:b].lstrip(" \t"))   # (the next item's own indent left out)
        out.append((a, b))
    return out


def _label_over_values(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of ``text`` with each label line ending with a colon joined to the line of values under it, a line of
    values to the line going on with it (_RUNS_ON_START), and a line ending in a graded term's qualifier to the term's line under
    it (_QUALIFIER_END)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and text[out[-1][1] - 1] == ":" and text[out[-1][1]:a].strip(" ") == "\n" and "\t" not in text[a:b] \
                and _LABEL_COLON_END.fullmatch(text, out[-1][0], out[-1][1]) and (_VALUES_START.match(text, a) or _SIZES_START.match(text, a)):
            out[-1] = (out[-1][0], b)
            continue
        if out and text[out[-1][1] - 1] not in ".!?:;" and text[out[-1][1]:a].strip(" ") == "\n" and _RUNS_ON_START.match(text, a) \
                and "\t" not in text[out[-1][0]:b] and _ANY_DIGIT.search(text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], b)
            continue
        if out and text[out[-1][1]:a].strip(" ") == "\n" and "\t" not in text[out[-1][0]:b] \
                and _QUALIFIER_END.search(text, out[-1][0], out[-1][1]) and _TERM_PROSE_START.match(text, a):
            out[-1] = (out[-1][0], b)   # (see _QUALIFIER_END)
            continue
        out.append((a, b))
    return out


def _background(text: str, low: str) -> bool:
    """Whether ``text`` (``low`` its lower-cased form) states another study's or the literature's results
    (cues.json "background"). Each cue is searched on its own, and only in a sentence with one of its
    hint words, which every match of the cue contains: one alternation of all the cues cost ~50 us per
    sentence with any background hint word."""
    c = cues()
    for i in c.background_rules(low):   # (the cues whose hint words ``low`` has, see _hint_rules)
        if c.background[i][0].search(text):
            return True
    return False


# another (named) trial's rates the cohort's are compared with at the sentence's end: "The best ORR and CR rate were 90.4% and
# 78.8%, respectively, comparable to 91% and 68% reported in ZUMA-2.", "…, similar to the 83% observed in the ZUMA-1 trial",
# "…, in line with 81% in ELIANA": the tail is cut off, the sentence's own results are read (not a group of the cohort's
# own: "similar to 80% in CR1"; "versus"/"compared with" mostly compare the cohort's own groups)
_OTHERS_RATES_TAIL = gate.compile(r"\s*,\s*(?:which\s+(?:is|was|are|were)\s+)?(?:(?:comparable|similar|close|consistent|in\s+line|in\s+keeping)\s+(?:to|with)"
                                  r")\s+(?:(?:those|that|the\s+rates?)\s+of\s+|the\s+)?"
                                  r"(?:about\s+|approximately\s+)?\d+(?:[.\u00b7]\d+)?\s*%(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:[.\u00b7]\d+)?\s*%)*"
                                  r"(?:,?\s*respectively,?)?\s+(?:(?:reported|observed|seen|achieved|obtained)\s+)?(?:in|with|for)\s+(?:the\s+)?"
                                  r"(?:(?:pivotal|registrational|phase\s+\S+)\s+)*(?!(?:CR|PR|CRi|MRD|DL|SD|PD|BM|CNS)-?\d*\b)(?-i:[A-Z][A-Za-z]*(?:[A-Z]|-?\d)[\w-]*)(?:\s+(?:trial|study))?"
                                  r"(?:\s*\[[\d,\s\u2013-]+\])?\s*[.]?\s*$", re.I | re.A)
# our own patients or trial, their early results published before: "We updated the outcomes of all 60 patients treated on our
# phase 1/2 trial (…), whose early results were reported previously" (a long-term update's cohort, no one else's)
_WHOSE_EARLIER = gate.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}?(?:results?|outcomes?|data|findings)\s+(?:were|was|have\s+been|had\s+been)\s+"
                              r"(?:previously\s+)?(?:reported|published|described)\b", re.I | re.A)
# this report's own clause after an earlier report's: "We previously reported the early results of a phase 1 trial (…) of CD7
# CAR-T cells in children; here we present long-term outcomes of all 40 children treated between 2020 and 2022", "…; in this
# update we report …", "…; we now describe …"
_OWN_AFTER_BACKGROUND = gate.compile(r";\s*(?=(?:(?:here(?:in)?|now|in\s+this\s+(?:report|study|update|analysis)),?\s+)?we\s+(?:now\s+)?"
                                     r"(?:present|report|describe|update|analy[sz]e)\b)", re.I | re.A)
# a sentence opened by the trial with its registration numbers, stating no rate, is the report's design ("registrational" or
# "pivotal" its kind): "In the single-arm, registrational phase 2 LUMA-1 trial (NCT08890706; EudraCT 2020-882076-31), patients
# … received a single infusion of ral-cel at a target dose of 3.0 × 10(6) CAR-positive T cells/kg" (not another trial's rate:
# "… an overall remission rate of 76% in the pivotal FELIX study (NCT09280017)")
_REGISTERED_TRIAL = gate.compile(r"(?:in|from)\s+the\s+(?:[\w,-]+\s+){0,5}?(?:registrational|registration|pivotal)\s+(?:[\w-]+\s+){0,4}?"
                                 r"(?:trial|study)\s*\(\s*(?:NCT\d{8}|EudraCT|ChiCTR)", re.I | re.A)
# a result dated by this study's own data cutoff: "At the data-cutoff date, …", "As of the data cut-off (May 2023), …"
_AT_CUTOFF = gate.compile(r"(?:at|as\s+of|by|on)\s+(?:the\s+)?(?:time\s+of\s+(?:the\s+)?)?(?:data[\s-]+)?cut[\s-]?off\b", re.I | re.A)
# the study's own result compared with a historical, matched or external control group's, the control's value right before
# the group: "45/49 (91.8%) achieved CR/CRi, versus 48/58 (82.8%) historical controls (P=0.17)", "18.4% vs 41.2% in
# historical controls", "56.2% (95% CI, 34.0-73.5) … versus 19.4% (95% CI, 7.9-34.8) in historical controls", "compared with
# 30% in a matched historical cohort"; or the group named first, then the pair: "Compared with historical controls, the CR
# rate was higher (91.8% vs 82.8%; P = .17)" (not a rate "reported in historical controls", nor "in historical cohorts
# fewer than 20% survive", "30% in historical series reported by Smith et al.", "… from the literature [12]": the literature's)
_CONTROL_GROUP = (r"(?:the\s+|a\s+|an\s+)?(?:(?:matched|contemporaneous|contemporary|institutional|real-world)\s+){0,2}"
                  r"(?:historical|external|synthetic)(?:ly)?\s+(?:(?:matched|control|comparator|chemotherapy|salvage)\s+){0,2}"
                  r"(?:controls?|cohorts?|comparators?|group|arm|patients)\b"
                  r"(?![^;]*?(?:\b(?:reported|published|described|literature|et\s+al)\b|\[\d))")
_CONTROL_VALUE = gate.compile(r"\b(?:vs?\.?|versus|compared\s+(?:with|to))\s+[^;%]{0,20}?\d(?:[.\u00b7]\d+)?\s*%\s*\)?"
                              r"(?:\s*[(\[][^()\[\];]{0,40}[)\]])?\s+(?:(?:in|among|for|of|with)\s+)?" + _CONTROL_GROUP, re.I | re.A)
_CONTROL_FIRST = gate.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+" + _CONTROL_GROUP +
                              r"(?=[^;]*?\d(?:[.\u00b7]\d+)?\s*%\s*(?:vs?\.?|versus)\s+\d)", re.I | re.A)


def _own_beside_control(text: str, low: str) -> bool:
    """Whether ``text`` is background only by a historical (matched, external) control group its own result is compared
    with (``_CONTROL_VALUE``, ``_CONTROL_FIRST``): the sentence without those spans names no other study."""
    spans = [m.span() for rx in (_CONTROL_VALUE, _CONTROL_FIRST) for m in rx.finditer(text)]
    if not spans:
        return False
    for a, b in sorted(spans, reverse=True):
        text, low = text[:a] + " " + text[b:], low[:a] + " " + low[b:]
    return not _background(text, low)


# (a one-line label the text goes on after: "Trial registration: NCT08891066." over "Supplementary Methods. Patients received …")
_ONE_SENTENCE_LABELS = ("abbreviations", "abbreviation", "keywords", "keyword", "key words", "trial registration",
                        "clinical trial registration", "registration")


def _names_endpoint(label: str) -> bool:
    """True when an all-capitals "LABEL:" names an endpoint ("ICANS: gr 1 in 2 pts.", "CRS: any
    grade 91.7%"): the start of a result, not a section label. Only all-capitals labels that are
    not known section labels get here, so the term match runs rarely."""
    # ("EMD: CR 6/9.", "BM: CR 10/12": a response site opening its results)
    return any(lab != "X" for _, _, lab, _ in block_terms(label)) or label.strip() in ("EMD", "EM", "BM", "CNS")


# the primary endpoint named, then reported by that name: "The primary endpoint was complete remission … at day 28." …
# "The primary endpoint was met by 47 (90·4%; 95% CI 79·0–96·8) of 52 patients", "… 41 of 45 patients achieved the
# primary endpoint" (a response endpoint only; "The primary endpoints were safety and …" names none)
_PRIMARY_DEF = gate.compile(r"\bprimary\s+(?:end\s?-?point|outcome|efficacy\s+end\s?-?point)\s+(?:was|is)\s+(?:the\s+)?(?:(?:rate|proportion)\s+of\s+"
                            r"(?:patients\s+(?:achieving|with|who\s+achieved)\s+)?)?(?:(?P<mrd>MRD[\s-]+negativ\w*|MRD[\s-]+negative\s+(?:remission|response))"
                            r"|(?P<cr>(?:(?:best\s+)?(?:overall\s+)?complete\s+(?:remission|response)|CR\b))|(?P<orr>(?:best\s+)?(?:overall|objective)\s+response|ORR\b))",
                            re.I | re.A)
_PRIMARY_MET = gate.compile(r"\b(?:the\s+)?(?P<t>primary\s+(?:end\s?-?point|outcome|efficacy\s+end\s?-?point))(?=\s+(?:was|were)\s+(?:met|achieved|reached|attained)"
                            r"\s+(?:by|in)\s+\d)|(?:(?<=achieved\s)|(?<=attained\s)|(?<=reached\s))(?:the\s+)?(?P<t2>primary\s+(?:end\s?-?point|outcome))\b",
                            re.I | re.A)
_PRIMARY_RULE = {"mrd": ("mrd_negative", "mrd.name"), "cr": ("complete_remission", "cr.name"), "orr": ("overall_response", "orr.name")}


# a response rate not named overall, objective or best: "Response rates", "the response rate"
_BARE_RESPONSE = re.compile(r"(?:the\s+)?respon\w*\s+rates?", re.I | re.A)
# the share of patients still in CR at a landmark is that landmark's CR rate: "At 3 months, 52.4% of axi-cel and 39.2% of
# tisa-cel recipients were in ongoing CR", "At 3 months, ongoing CR was documented in 49% v 36% of patients", "continuous
# complete remission at month 6 in 61%" (with no landmark and no percent, "9 remain in continuous remission" is a status)
_ONGOING_CR = re.compile(r"(?:ongoing|continuous|continued|continuing|sustained)\s+(?:CR|complete\s+(?:remission|response))", re.I | re.A)
# a lasting CR with its article after the verb of reaching it is a CR reached ("one patient had a sustained complete response",
# "One patient achieved a durable CR lasting 18 months"); not a state kept ("5 patients sustained CR", "in durable remission")
_LASTING_CR = re.compile(r"(?:sustained|durable)\s+(?:CR|complete\s+(?:remission|response))", re.I | re.A)
_HAD_A = re.compile(r"\b(?:had|achieved|attained|reached|obtained|experienced)\s+an?\s+$", re.I | re.A)
_LANDMARK_AT = gate.compile(r"\b(?:at|by)\s+(?:(?:month|week|day)\s+\+?\d+|\d+\s+(?:months?|weeks?|days?)|(?:one|two|three|six|twelve)\s+months?)\b", re.I | re.A)
# a sentence that only says "Rates were …" goes on with the one rate of the sentence before: "The primary endpoint was met
# by 47 (90·4%) of 52 patients. Rates were 30 (90·9%) of 33 in T-ALL, 12 (92·3%) of 13 in ETP-ALL, …"
_RATES_OPEN = gate.compile(r"(?:the\s+)?(?:(?:corresponding|respective|these)\s+)?(?P<t>rates?)\s+(?:were|was)\s+(?=\d|[a-z]+\s+\()", re.I | re.A)
# a poster's sub-item under a bullet of one rate, naming only its group: "• Day-28 CR/CRi: 40/42 (95.2%)" over "– Children:
# 16/16 (100%)" and "– Prior CD19 CAR-T: 8/9 (88.9%)"; "• ORR: 28/32 (87.5%)" over "◦ Cohort A (n = 12): 11/12 (91.7%)"
_SUB_ITEM = re.compile(r"(?P<name>[A-Z][\w/+-]*(?:[ \t][\w/+≥≤<>-]+){0,4}?)(?:\s*\(\s*[nN]\s*=\s*\d+\s*\))?\s*:\s*"
                       r"(?=\d+\s*(?:/|of)\s*\d+|\d+(?:\.\d+)?\s*%)", re.A)
_SUB_MARKS = "-\u2013\u25e6\u25aa\u2023"   # (a sub-list's marks: - – ◦ ▪ ‣; a list's own is "•" or "*")


def _list_mark(reps, s) -> str:
    """The list mark opening the line of sentence ``s`` in its repaired block ("" for none)."""
    t = reps[s.block].text
    head = t[t.rfind("\n", 0, s.a) + 1:s.a].strip()
    return head[:1]


# a CAR-T the document calls prior, the product its patients failed: "CD38 CAR-T cells for T-ALL relapsing after prior CD7
# CAR-T therapy", "patients who relapsed after previous CD19-directed CAR T cells"
# (the target names docfields reads)
_PRIOR_CAR = re.compile(rf"\b(?:prior|previous)\s+(?:anti-)?(?P<t>{docfields.TARGET_NAME_RE.pattern})[\s-]*(?:(?:directed|targeted|targeting|specific)[\s-]+)?CAR"
                        # (the relapse or failure the patients entered with: "B-ALL relapsing after CD19 CAR-T therapy", "who
                        # relapsed or were refractory after CD19 CAR-T", "progressed following CD19-directed CAR T cells")
                        # (not "relapses", what a background counts: "Antigen escape accounts for up to 30% of relapses after
                        # CD19-directed CAR-T therapy" in a CD19/CD20 trial whose control arm had CD19 CAR-T)
                        rf"|\b(?:relaps(?!es\b)\w*|refractory|progress\w*|failed|failure)\s+(?:after|following|post)\s+(?:anti-)?"
                        rf"(?P<t2>{docfields.TARGET_NAME_RE.pattern})[\s-]*(?:(?:directed|targeted|targeting|specific)[\s-]+)?CAR",
                        re.I | re.A)


def _prior_products(doc: Document) -> set[str]:
    """The targets of a CAR-T the document calls prior, when it names a CAR of another target too (its own: CD38 after CD7);
    none when it re-treats with the same target."""
    if "rior " not in doc.text and "revious " not in doc.text and "fter " not in doc.text and "ollowing " not in doc.text:
        return set()
    found = list(_PRIOR_CAR.finditer(doc.text))
    # (the product named prior first: after it, "Three patients relapsed after CD38 CAR-T" is the document's own result)
    prior = {m.group("t").upper() for m in found if m.group("t")} or {m.group("t2").upper() for m in found}
    return prior if prior and {t.upper() for t in docfields.targets(doc)} - prior else set()


_CLAUSE_CUT = re.compile(r";|,\s+(?:and|but|whereas|while)\b", re.A)


def _after_prior(text: str, pos: int, prior: set[str]) -> bool:
    """The clause around ``pos`` names a relapse after the prior product: "eight had CD7-negative relapse and three CD7-dim
    relapse after CD7 CAR-T" (in a CD38 CAR-T trial, the relapse its patients entered with)."""
    cuts = [(k.start(), k.end()) for k in _CLAUSE_CUT.finditer(text)]
    a = max((e for s, e in cuts if e <= pos), default=0)
    clause = text[a:min((s for s, e in cuts if s >= pos), default=len(text))]
    return any(re.search(rf"\b(?:after|following|post)\s+(?:the\s+)?(?:anti-)?{re.escape(t)}[\s-]*(?:(?:directed|targeted|targeting|specific)[\s-]+)?CAR",
                         clause, re.I | re.A) for t in prior)


def _primary_endpoint(text: str) -> tuple[str, str] | None:
    """(endpoint, rule id) of the response endpoint the document names as its primary endpoint, if any."""
    m = _PRIMARY_DEF.search(text)
    return _PRIMARY_RULE[m.lastgroup] if m else None


def _primary_span(text: str, spans, primary: tuple[str, str]) -> list:
    """A sentence reporting the primary endpoint by that name, with no term of the endpoint itself: the name read as
    the endpoint's term."""
    m = _PRIMARY_MET.search(text)
    if m is None or any(lab == primary[0] for _, _, lab, _ in spans):
        return spans
    g = "t" if m.group("t") else "t2"
    return sorted([*spans, (m.start(g), m.end(g), primary[0], primary[1])])


# the relapse's material as a clause's subject, its phenotype after: "the relapsed blasts had lost CD7", "the relapsed cells were
# CD19-negative", "relapsed leukemic cells showed CD22-dim expression"
_RELAPSED_MATERIAL = re.compile(r"\b(?:the\s+)?relapsed\s+(?:leuka?emic\s+|tumou?r\s+)?(?:blasts|lymphoblasts|cells|clones?)\s+"
                                r"(?:had|have|has|was|were|showed|lost|lacked|expressed|retained|remained)\b", re.I | re.A)
# a result in animals: "In NSG mice, CLL-1 CAR-NK cells achieved complete remission in 8 of 10 animals", "In a murine
# xenograft model, CAR T cells eradicated leukemia in 5/5 mice", "Complete responses were seen in 7 of 8 mice"
_ANIMAL_RESULT = re.compile(r"^(?:In|Among)\s+(?:[\w-]+\s+){0,3}(?:mice|rats|animals|xenografts?|(?:mouse|murine|xenograft)\s+models?)\b"
                            r"|\b\d+\s*(?:of|/)\s*\d+\s+(?:[\w-]+\s+)?(?:mice|rats|animals)\b", re.I | re.A)


# the relapse terms whose subject had the transplant after the CAR-T (cues.json): a relapse after it is no history
_AFTER_OWN_HSCT = ("rel.after-transplant", "rel.after-bridged-hsct")


def extract_measurements(doc: Document) -> tuple[Measurement, ...]:
    """Every endpoint measurement stated in ``doc``'s body, in text order, de-duplicated,
    with consistency warnings (``extract.checks``) attached."""
    from extract.checks import check_measurements

    reps, sents = candidate_sentences(doc)
    if not sents:
        return ()
    # sentences are split already (split_sentences, as cartreg_sentences does): only the term
    # rulers run, called directly (cheaper than select_pipes + nlp.pipe for one document)
    terms = sentence_terms([s.text for s in sents])
    labels_ci = _labels_ci(doc.text)
    out: list[Measurement] = []
    seen: dict[tuple, set] = {}   # same_key → the counts (n) stated with it in earlier sentences
    counted: dict[str, set] = {}  # relapse/transplant → the counts (n) stated in earlier sentences
    tables = _tables(sents, reps, doc.boxes)
    unnamed: dict[tuple, set] = {}   # same_key without the subgroup → counts (for tables' restatements)
    stated: Counter = Counter()      # same_key without the subgroup → how many of the text's results have it
    restated: dict[tuple, set] = {}  # same_key without the subgroup → the table groups whose cells restated it
    tabled: dict[tuple, int] = {}    # a table cell's same_key without the subgroup, and count → its index in out
    treated_kinds: dict[Any, set] = {}   # a treated count → the kinds of group it was stated for (None: the whole cohort)
    table_groups: dict[tuple, set] = {}  # (a table, a treated count) → the groups its rows stated it for
    p_rows: dict[tuple, int] = {}        # a table row's p-value same_key → its table (id)
    primary = _primary_endpoint(doc.text) if "rimary" in doc.text else None
    prior_cars = _prior_products(doc)   # (a relapse after the CAR-T the patients failed is their history)
    last_rate = None   # (sentence index, endpoint, rule) of a sentence whose results are of one rate endpoint
    last_sub = None    # the index of the last sentence read as a sub-item (see _SUB_ITEM)
    for k, (s, spans) in enumerate(zip(sents, terms)):
        if primary and "primary" in s.low and k not in tables:
            spans = _primary_span(s.text, spans, primary)
        if "%" in s.text and any(rid == "x.status" for *_, rid in spans) and _LANDMARK_AT.search(s.text):
            spans = [(a, b, "complete_remission", "cr.abbr" if s.text.endswith("CR", a, b) else "cr.name")
                     if rid == "x.status" and _ONGOING_CR.fullmatch(s.text, a, b) else (a, b, lab, rid) for a, b, lab, rid in spans]
        if ("sustained" in s.low or "durable" in s.low) and any(rid == "x.status" for *_, rid in spans):
            spans = [(a, b, "complete_remission", "cr.abbr" if s.text.endswith("CR", a, b) else "cr.name")
                     if rid == "x.status" and _LASTING_CR.fullmatch(s.text, a, b) and _HAD_A.search(s.text, max(0, a - 24), a)
                     else (a, b, lab, rid) for a, b, lab, rid in spans]
        if any(rid == "x.status" for *_, rid in spans) and any(lab == "complete_remission" for _, _, lab, _ in spans):
            # a state's own CR/CRi, after a slash or as its abbreviation, is no CR reached: "31 patients in continuous
            # CR/CRi proceeded to allo-HSCT", "in ongoing complete remission (CR/CRi)" (the status term stops at "CR")
            ends = {b for _, b, _, rid in spans if rid == "x.status"}
            spans = [(a, b, lab, rid) for a, b, lab, rid in spans
                     if not (lab == "complete_remission" and (pre := s.text[:a].rstrip())[-1:] in ("/", "(")
                             and len(pre[:-1].rstrip()) in ends)]
        if last_rate and last_rate[0] == k - 1 and "rate" in s.low[:24] and (r := _RATES_OPEN.match(s.text)) \
                and not any(lab != "X" for _, _, lab, _ in spans):
            spans = sorted([*spans, (r.start("t"), r.end("t"), last_rate[1], last_rate[2])])
        sub_name = None
        if last_rate and last_rate[0] == k - 1 and reps and not any(lab != "X" for _, _, lab, _ in spans) \
                and (si := _SUB_ITEM.match(s.text)) and (mk := _list_mark(reps, s)) and mk in _SUB_MARKS \
                and (_list_mark(reps, sents[k - 1]) != mk or last_sub == k - 1):
            # a sub-item of the bullet above, by the group it names (see _SUB_ITEM): that bullet's rate in the group
            spans, sub_name = [(si.start("name"), si.end("name"), last_rate[1], last_rate[2])], si.group("name")
        if last_rate and last_rate[0] == k - 1 and last_rate[2] == "cr.cri" and "respon" in s.low:
            # "8 (88.9%) achieved CR/CRi. Response rates did not differ between patients with and without prior HCT
            # (89.5% vs 90.9%)": a bare response rate after a sentence of CR/CRi results is that rate
            # (the sentence's subject, named no other way: "an extramedullary response rate of 90.9%" is no CR/CRi rate)
            spans = [(a, b, "complete_remission", "cr.cri") if lab == "overall_response" and _BARE_RESPONSE.fullmatch(s.text, a, b)
                     and s.text[:a].strip().lower() in ("", "the") else (a, b, lab, rid) for a, b, lab, rid in spans]
        if k in tables and k - 1 in tables and (_CELLS_BELOW.fullmatch(s.text) or _LABEL_CIS_BELOW.fullmatch(s.text)
                                                or _cis_retabbed(s.text, sents[k - 1].text) != s.text):
            continue   # the CIs of the row above, set on a line of their own (read with it)
        if k in tables and reps and _patient_columns_above(s, reps):
            continue   # a row of a per-patient table set one patient a column (see _PATIENT_COLUMN): no rates
        if k in tables and s.text.count("\t") + 1 < tables[k][1] and (full := _tabbed(s, reps)).startswith(s.text) \
                and full.count("\t") + 1 == tables[k][1]:
            row_text = full   # (a row's empty last cells: "P value (HSCT v no | | | 0.03 |" names its column)
        else:
            row_text = s.text
        if k in tables and "\t" in s.text and (hd := _row_head(s, reps)):
            row_text = f"{hd.rstrip('.')} {row_text}"   # (its label's start, cut off at an abbreviation's period: "MRD-neg.")
        # (the CIs' line maybe run into the footnote under the table, "(95% CI) | (15·2–66·5) | …" over "PFS, progression-free
        # survival (Kaplan–Meier).": its first line)
        nl = sents[k + 1].text.split("\n", 1)[0] if k + 1 in tables else ""
        cis = _cis_retabbed(nl, row_text) if nl[:1] == "(" and "\t" in row_text else nl
        below = k + 1 in tables and (_CELLS_BELOW.fullmatch(cis) or _LABEL_CIS_BELOW.fullmatch(cis))
        found = _table_row(row_text + ("\n" + cis + sents[k + 1].text[len(nl):] if below else ""),
                           *tables[k]) if k in tables else None
        if found is not None and "\n" in s.text and not below and _FOOTNOTE_P.search(tail := s.text.split("\n", 1)[1]) \
                and "\t" not in tail:
            # a footnote run into the table's last row ("…\nLog-rank P values, LBCL vs MCL: PFS, P = .21; OS, P = .35."):
            # its p-values, each named by its endpoint
            at = len(s.text) - len(tail)
            found = list(found) + [Found(f.endpoint, f.fields, f.rule, f.pos + at)
                                   for f in read_sentence(tail, block_terms(tail), None, labels_ci) if f.endpoint == "p_value"]
        if found is not None and "\n" in s.text and _FOOTNOTE_LINE.search(s.text, s.text.find("\n")):
            found = [*found, *_table_footnotes(s.text)]
        if found and (_STRINGENT.match(s.text) or _PLAIN_CR_ROW.match(s.text) and k - 1 in tables
                      and tables[k - 1][0] is tables[k][0] and _STRINGENT.match(sents[k - 1].text)) and any(
                x in tables and tables[x][0] is tables[k][0] and _CR_OR_BETTER_ROW.match(sents[x].text) for x in range(max(0, k - 8), k)):
            # a stringent-CR row under the table's "≥CR" row: a part of that count, no CR result of its own (and the
            # plain CR row after it, the other part: "Complete response or better | 70 (41.4)" over "Stringent complete
            # response | 51 (30.2)" and "Complete response | 19 (11.2)")
            found = [f for f in found if f.endpoint != "complete_remission"]
        if found and (mm := _MRD_ROW_MARK.match(s.text)) and _among_cr_note(reps, s, mm.group("m")):
            # MRD negativity among the patients in CR (a footnote's): no MRD-negative CR rate of the group (see _MRD_ROW_MARK)
            found = [Found("mrd_negative", {x: v for x, v in f.fields.items() if x in ("percent", "n", "N", "derived", "subgroup", "timepoint_days")},
                           f.rule, f.pos) if f.endpoint == "complete_remission" and "N" in f.fields else f for f in found]
        if found and k in tables and _BASELINE_CAPTION.search(tables[k][2]):
            # a baseline table's rows are the patients' traits at entry ("CD19-negative relapse | 15 (44.1)" under "Table 1
            # Baseline characteristics of infused patients"): no rate or estimate after the treatment
            found = [f for f in found if f.endpoint not in RATE and f.endpoint not in SURV]
        if found is None:
            if not any(lab != "X" for _, _, lab, _ in spans) and not _worth_reading(s.text, s.low):
                continue    # no endpoint term, no cohort, dose or p-value cue: nothing can be read
            # a line break inside a sentence of prose (a PDF's) is a space to the rules ("the 1-year overall survival was
            # 73.1% (…)\nand event-free survival was 59.8%"; offsets kept); a table's lines keep theirs
            if k not in tables and (rh := _HEAD_RUN_IN.match(s.text) or _foot_then_head(s.text, spans)) and "\t" not in s.text[rh.end():]:
                # a page's running head run into the page's first sentence (see _HEAD_RUN_IN): the sentence under it
                at = rh.end()
                found = [Found(f.endpoint, f.fields, f.rule, f.pos + at) for f in read_sentence(
                    s.text[at:].replace("\n", " "), [(a - at, b - at, lab, rid) for a, b, lab, rid in spans if a >= at],
                    s.low[at:], labels_ci)]
            else:
                found = read_sentence(s.text if "\t" in s.text else s.text.replace("\n", " "), spans, s.low, labels_ci)
            if any(f.rule == "rel.after-hsct" for f in found) and not any(m.endpoint == "transplant" for m in (*out, *found)) \
                    and not any(rid in _AFTER_OWN_HSCT and rx.search(s.text) for rid, _, rx, _ in cues().regex_terms):
                # relapsed after a transplant before the document (or the sentence) counts its transplants, and with no
                # subject who had it after the CAR-T ("5 of the 13 transplanted patients relapsed after …"): a history
                found = [f for f in found if f.rule != "rel.after-hsct"]
            if not found and reps and _LEVEL_DOSE_LINE.fullmatch(s.text.rstrip(" .;,")) \
                    and (unit := _lead_dose_unit(reps[s.block].text[max(0, s.a - 300):s.a])):
                lt = f"{s.text.rstrip(' .;,')} {unit}"
                found = [f for f in read_sentence(lt, block_terms(lt), None, labels_ci) if f.endpoint == "dose"]
            if any(f.fields.get("grade") == ">=4" and f.fields.get("negated") for f in found):
                found = _each_top_grade(found)
            if any(f.fields.get("negated") and f.fields.get("grade") == "any" for f in found):
                found = _kind_absent(found)
            if k + 1 in tables and k not in tables and "\t" not in s.text and tables[k + 1][4] == s.text.strip() \
                    and tables[k + 1][0][0] == "" and len(tables[k + 1][0]) == 2 and _FORMAT_CELL.fullmatch(tables[k + 1][0][1]) \
                    and _SIZED_EVENT_SECTION.fullmatch(s.text.strip()):
                found = []   # a one-column table's section over its rows ("ICANS (n = 24)" over "Any grade | 3 (12.5)"): their size
            if (k + 1 in tables or k + 2 in tables and tables[k + 2][4] and "\t" not in sents[k + 1].text) and k not in tables \
                    and "\t" in s.text:
                # a table's header (and caption) states its groups' sizes ("DL1 (n = 3)"), no results: "12-month RFS,
                # % (95% CI)" names a column (also over a group's line, "Group / End Point | 6 Months | 12 Months" over
                # "All infused patients (N = 88)", b226-03: no median OS of 6 months from a caption naming OS)
                found = [f for f in found if f.endpoint in _HEADER_ENDPOINTS and not (
                    f.endpoint == "patients_treated" and (_EVALUABLE_CAPTION.search(tables[k + 1 if k + 1 in tables else k + 2][2]) or (
                        (above := _lines_above(s, reps, 2)).lower().startswith("table") and _EVALUABLE_CAPTION.search(above))))]
            elif k + 2 in tables and k + 1 not in tables and k not in tables and "\t" in sents[k + 1].text \
                    and "\t" not in s.text and s.text.rstrip(" .") in tables[k + 2][2]:
                # the caption's sentence of its own above the header ("Table 2." then "Responses (N = 24)" over "Outcome |
                # n (%)"): the size of the table's cohort, no response count of 24
                found = [f for f in found if f.endpoint in _HEADER_ENDPOINTS]
            elif k not in tables and (cs := _CAPTION_SIZE.search(s.text)) and any(
                    j in tables and s.text.strip().rstrip(" .") in tables[j][2] for j in (k + 1, k + 2)):
                # a table's caption names its events and the table's size ("Table. CRS, ICANS and GVHD (N = 28)" over
                # "n (%) | Any grade | …"): the size is no count of the events
                found = [f for f in found if not (f.endpoint in RATE and f.fields.get("n") == int(cs.group(1))
                                                  and f.fields.get("percent") is None)]
        if found and k not in tables and ("patients" in s.low or "children" in s.low or "adults" in s.low):
            if _CAPTION_OPEN.match(s.text) or reps and _after_bare_label(reps[s.block].text, s.a):
                # (see _CAPTION_COHORT; as the treated it stays: "Table 1 | Survival outcomes of the 48 infused patients")
                found = [f for f in found if not (f.endpoint in RATE and _caption_cohort(s.text, f.pos))]
        if found and k not in tables and _ANIMAL_RESULT.search(s.text):
            continue   # a preclinical result (an abstract book's next abstract): the animals' counts and rates, no patients'
        if prior_cars and "relaps" in s.low and any(f.endpoint == "relapse" for f in found):
            found = [f for f in found if not (f.endpoint == "relapse" and _after_prior(s.text, f.pos, prior_cars))]
        if "relapsed " in s.low and any(f.endpoint == "relapse" for f in found) and (rm := _RELAPSED_MATERIAL.search(s.text)):
            # "…; in one of them, the relapsed blasts had lost CD7", "the relapsed cells had lost CD7 in 2": the count's relapse
            # material, its phenotype, no relapse (in the clause, before it or after)
            found = [f for f in found if not (f.endpoint == "relapse" and (
                0 <= rm.start() - f.pos <= 30 and not any(c in s.text[f.pos:rm.start()] for c in ";:")
                or 0 <= f.pos - rm.end() <= 30 and not any(c in s.text[rm.end():f.pos] for c in ";:,")))]
        if not found:
            continue
        if sub_name:
            found = [Found(f.endpoint, {**f.fields, "subgroup": f.fields.get("subgroup") or sub_name}, f.rule, f.pos) for f in found]
            last_sub = k
        rates = {(f.endpoint, f.rule) for f in found if f.endpoint in RATE}   # (a response rate only is carried on)
        rates = rates if all(ep in RESPONSE for ep, _ in rates) else set()
        last_rate = (k, *next(iter(rates))) if len(rates) == 1 and k not in tables else None
        ev = Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end, page=doc.page_of(s.start),
                      bbox=doc.bbox_of(s.start, s.end))
        # a result stated in an earlier sentence is a restatement unless its count differs
        # ("91.7% (33)" then "11/12 vs 22/24"); in one sentence, two rates or survival
        # estimates with the same numbers are two results (11/12 and 22/24 are both 91.7%)
        here: dict[tuple, Any] = {}
        before = len(out)   # the measurements of earlier sentences
        paired = _fresh_pairs(s.text, found, seen) if seen and k not in tables and any(
            f.endpoint == "p_value" for f in found) else ()
        for f in found:
            key = same_key(f.endpoint, f.fields)
            n = f.fields.get("n") if f.endpoint in RATE else None
            prev, match_key = (None if f in paired else seen.get(key)), same_key
            if row_p := (prev is not None and f.endpoint == "p_value" and k in tables and p_rows.get(key) == id(tables[k][0])):
                prev = None   # (another row's comparison of the same table: "12-mo LFS | 83.3 (…) | 51.4 (…) | <.001" over
                # "24-mo LFS | 74.9 (…) | 35.1 (…) | <.001", two p-values)
            if prev is None and n is not None and k not in tables and f.fields.get("subgroup") \
                    and not f.fields.keys() & {"N", "percent"}:
                # "One patient at DL3 had grade 4 CRS" after the table's whole-cohort "1 (3.8)": the bare count, named
                # by its level, restates it
                prev = seen.get(same_key(f.endpoint, {**f.fields, "subgroup": None}))
            if prev is None and f.endpoint in SURV and k not in tables and f.fields.get("subgroup") and f.fields.get("ci_low") is None \
                    and any(isinstance(x, float) and x != int(x) for x in (f.fields.get("percent"), f.fields.get("median_months"))):
                # a visual abstract's "2-year EFS: 68.1% (HSCT) vs 34.2% (no HSCT)" after the abstract's "Two-year EFS was 68.1%
                # with consolidative HSCT and 34.2% without it", read with no group: the same estimate, named
                prev = seen.get(same_key(f.endpoint, {**f.fields, "subgroup": None}))
            if prev is None and k in tables and f.fields.get("subgroup"):
                # a table restates the text's per-group results under its own column names
                # ("Axi-cel (n = 172)" for the text's "with axi-cel"): the group name is not compared
                prev = unnamed.get(ku := _key_unnamed(f.endpoint, f.fields))
                if prev is None and f.endpoint in RATE and n and isinstance(pc := f.fields.get("percent"), int) \
                        and (cN := f.fields.get("N")) and abs(100 * n / cN - pc) <= 0.5 \
                        and n in unnamed.get(kr := _key_unnamed(f.endpoint, {**f.fields, "percent": round(100 * n / cN, 1)}), ()) \
                        and any(_key_unnamed(m.endpoint, m.fields) == kr and _names_column(m.get("subgroup"), f.fields["subgroup"])
                                for m in out[:before]):
                    # (a cell's whole percent rounding the text's share of the same count and N in the group the column names:
                    # "CR or CRi by day 28 | 9 (75%) | 20 (91%)" under "Dose level 2 (n=22)" after "… achieved by nine of 12 patients
                    # at dose level 1 and by 20 of 22 at dose level 2", 90.9%, b230-01; not another group's of the same size, "ORR
                    # 2/3" in PTCL/AITL for "2 (67)" under "DL1 (n=3)")
                    prev, ku = unnamed[kr], kr
                if prev is None and f.endpoint in RATE and not f.fields.get("site") \
                        and (km := _key_unnamed(f.endpoint, {**f.fields, "site": "bone marrow"})) in unnamed \
                        and (n is None or n in unnamed[km]):
                    # (the text's marrow result, under a row naming no site: see tabled below; the same count, not another
                    # level's of the same percent: "DL2 | 5 | 4 (80.0)" after the text's "12 (80.0%) achieved MRD-negative CR")
                    prev, ku = unnamed[km], km
                if prev is not None and n is not None and _LEVEL_COLUMN.fullmatch(f.fields["subgroup"]) and not any(
                        m.get("n") is not None and not (_other_group(m) and not _level_said(out[:before], f))
                        or _LEVEL_ITEM.search(m.evidence.text) or _DOSE_WORD.search(m.evidence.text)
                        for m in out[:before]
                        if m.endpoint == f.endpoint and _key_unnamed(m.endpoint, m.fields) == ku):
                    # (a dose level's cell with its count, "DL2 … 5 (83.3)", restates no bare rate of a sentence naming no dose
                    # or level: "The CR/CRi rate was 93.3% in T-ALL and 83.3% in T-LBL", six patients with T-LBL as at DL2; it
                    # does "lower at DL1 than at DL2 and DL3 combined (66.7% vs 91.7%)", "At the recommended phase 2 dose …, the
                    # ORR in the 53 patients treated was 94.3%"; nor a count of another group: "… and 75.0% (9/12) among
                    # CAR-naive patients" for "DL2 (n = 12) | 9 (75.0)")
                    prev = None
                elif prev is not None and n is not None and _other_group_name(f.fields["subgroup"]) and (said := [
                        m for m in out[:before] if m.endpoint == f.endpoint and "\t" not in m.evidence.text
                        and _key_unnamed(m.endpoint, m.fields) == ku]) and all(
                            m.get("n") is None and _LEVEL_ITEM.fullmatch(m.get("subgroup") or "") for m in said):
                    # (a row of another kind of group with its count, "No extramedullary disease | 20 | 20 (100)", restates no
                    # dose level's bare rate of the text: "The ORR was 75.0% at DL1 (3 of 4) and 100% at both DL2 and DL3")
                    prev = None
                elif prev is not None and len(restated.setdefault(ku, set()) | {f.fields["subgroup"]}) > stated[ku]:
                    # (one statement, one group's cell: "At the RP2D (n = 12), the ORR was 91.7%" is restated by the row
                    # "DL3, 300 × 10^6 | 12 | 11 (91.7)", not by "DL4, 450 × 10^6" nor "No [prior BCMA] | 12 | 11 (91.7)" below it)
                    prev = None
                elif prev is not None:
                    restated[ku].add(f.fields["subgroup"])
                if prev is not None:   # (the bare statement it replaces is named the text's way)
                    match_key, key = _key_unnamed, _key_unnamed(f.endpoint, f.fields)
            if k not in tables and (n is not None or f.endpoint in SURV) and tabled and (prev is None or not f.fields.get("subgroup")):
                # a table floated before the paragraph that cites it ("Overall response | 153 (85%) |
                # 122 (67%)" under "Eqba-cel group (n=181)"): the text's statement, with its N and the
                # text's group name, replaces the row's cell
                tk = _key_unnamed(f.endpoint, f.fields) + (n,)
                if tk not in tabled and f.fields.get("site") == "bone marrow":
                    # (a row naming no site, "CR or CRi at day 28 | 19 (95%) | 23 (82%)", is the marrow's: "Bone marrow CR
                    # or CRi at day 28 was achieved by 19 (95%) of 20 children and 23 (82%) of 28 adults (p=0·38; table 2)")
                    tk = _key_unnamed(f.endpoint, {**f.fields, "site": None}) + (n,)
                i = tabled.get(tk)
                if i is not None and n is None and not _names_column(f.fields.get("subgroup"), out[i].get("subgroup")) \
                        and not (not f.fields.get("subgroup") and out[i].get("subgroup") and _sentence_names(out[i].get("subgroup"), s.low)):
                    # (an estimate, with no count to tie it, restates a cell only for the column's group, or in a sentence
                    # naming that group where no group was read: "Median PFS was 16.5 months with CT-1919 and 6.2 months
                    # with standard care (Table 2)" under the columns "CT-1919 (n = 106)", "Standard Care (n = 106)")
                    i = None
                if i is not None:   # (a text that names no group keeps the column's)
                    fields = f.fields if f.fields.get("subgroup") else {**f.fields, "subgroup": out[i].get("subgroup")}
                    if f.endpoint in SURV and f.fields.get("ci_low") is None and out[i].get("ci_low") is not None:
                        # (the cell's CI stays: "61.0 (44.8-73.8)" cited as "The 24-month EFS was 61.0% for patients with …")
                        fields = {**fields, "ci_low": out[i].get("ci_low"), "ci_high": out[i].get("ci_high")}
                    out[i] = Measurement(endpoint=f.endpoint, fields=fields, evidence=ev, rule=f.rule)
                    del tabled[tk]
                    continue
            if prev is None and k not in tables and n is None and f.endpoint in RATE and f.fields.get("percent") is not None \
                    and (not f.fields.get("subgroup") or _RP2D_NAMED.fullmatch(f.fields["subgroup"])) and _RP2D_NAMED.search(s.text) and any(
                        m.get("subgroup") and _LEVEL_ITEM.fullmatch(m.get("subgroup")) and "\t" in m.evidence.text
                        and _key_unnamed(m.endpoint, m.fields) == _key_unnamed(f.endpoint, f.fields) for m in out[:before]):
                continue   # "an ORR of 66.7% at the RP2D" restates the table's level "DL3 (3 × 10^8) | 6 | … | 4 (66.7)"
            if prev is None and k in tables and n is not None and f.endpoint in RATE and not f.fields.get("subgroup") \
                    and _restated_cell(out[:before], f):
                continue   # a table's whole-cohort cell ("All (N = 21)") restates the text's count, named its own way
            if prev is None and k not in tables and n is not None and f.fields.get("N") \
                    and not f.fields.keys() & {"site", "subgroup", "timepoint_days"} and any(
                        m.endpoint == f.endpoint and m.get("n") == n and m.get("N") == f.fields["N"] and not m.get("subgroup")
                        and m.get("grade") == f.fields.get("grade") and m.get("negated") == f.fields.get("negated")
                        and (m.get("site") or m.get("timepoint_days")) for m in out[:before]):
                # the Results' "Overall, 31 of 34 patients achieved CR/CRi" after the abstract's "At day 28, 31 of 34 patients
                # (91.2%) had CR/CRi in the bone marrow": the same count of the same cohort, its time and site not said again
                continue
            if prev is None and k not in tables and n is not None and f.fields.get("N") and not f.fields.get("subgroup") and any(
                    m.endpoint == f.endpoint and m.get("subgroup") and m.get("n") == n and m.get("N") == f.fields["N"]
                    and _key_unnamed(m.endpoint, m.fields) == _key_unnamed(f.endpoint, f.fields)
                    and re.split(r"[/\s]", m.get("subgroup"))[0] in s.text for m in out[:before]):
                # a poster's "D28 marrow CR/CRi (T-ALL/LBL): 7/9" after the text's "In T-ALL/T-LBL, the day-28 marrow CR/CRi
                # rate was 77.8% (7/9)": the same count of the same group (its name's first word there), not read again
                continue
            if f.endpoint == "p_value" and prev is None and not row_p and (i := _stated_p(out[:before], f)) is not None:
                # the p-value stated before with no outcome read ("[76.2% vs 42.9%, P=0.032; 71.4% vs 28.6%, P=0.008]"):
                # a table's cell restates it; the Results' sentence names what it compares
                if k not in tables and f.fields.get("outcome"):
                    out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                continue
            if f.endpoint in SURV and prev is None and f.fields.get("ci_low") is not None and (i := _bare_estimate(out, f)) is not None:
                # the abstract's "63.2% v 21.4%" restated with its CI under another group name ("in the HSCT group")
                out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                continue
            if prev is not None and f.endpoint == "patients_treated" and (kind := _group_kind(f.fields.get("subgroup"))) \
                    and None not in (kinds := treated_kinds.get(f.fields.get("value"), {None})) and kind not in kinds:
                prev = None   # "(nine children and five adults)" then "Five patients received dose level 1 and nine …": other groups
            if prev is not None and f.endpoint == "patients_treated" and k in tables and (sub := f.fields.get("subgroup")) \
                    and sub not in table_groups.get((id(tables[k][0]), f.fields.get("value")), {sub}):
                prev = None   # a table's rows "DL1 | 3 × 10⁷ | 3" and "DL2 | 1 × 10⁸ | 3": two levels' counts, equal
            if n is not None and f.endpoint in RATE and k not in tables and (pc := f.fields.get("percent")) is not None \
                    and not _CJK.search(ev.text) and (i := next(
                        (i for i, m in enumerate(out[:before]) if m.endpoint == f.endpoint and m.get("n") is None
                         and m.get("percent") == pc and _CJK.search(m.evidence.text)), None)) is not None:
                # a Chinese abstract's rate ("26例患者中24例（92.3%）于第28天获得骨髓CR/CRi") restated in the English abstract
                # ("On day 28, 24 patients (92.3%) achieved CR/CRi in the bone marrow"): one result, read the English way
                out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                seen.setdefault(key, set()).add(n)
                continue
            if prev is not None and (n is None or None in prev or n in prev):
                # a restatement that adds the CI (the abstract's "71.0% v 44.2%", the Results'
                # "71.0% (95% CI, 51.6 to 83.8)") replaces the bare statement, evidence and all
                if f.fields.get("ci_low") is not None:
                    i = next((i for i, m in enumerate(out) if m.get("ci_low") is None and m.get("ci_high") is None
                              and match_key(m.endpoint, m.fields) == key), None)
                    if i is not None:
                        out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                continue
            if prev is None and n is not None and f.endpoint in RATE and f.fields.get("percent") is not None \
                    and not f.fields.get("derived") and (key_n := (key[0], ("n", n)) + key[2:]) in seen and (i := next(
                        (i for i, m in enumerate(out[:before]) if m.endpoint == f.endpoint and m.get("percent") is None
                         and m.get("n") == n and same_key(m.endpoint, m.fields) == key_n), None)) is not None:
                # the abstract's bare count ("grade 3 events in two") restated with its percent in the Results ("two
                # patients (11.1%) experienced grade 3 CRS"), or in a table's whole-cohort cell ("Nine patients proceeded
                # to allogeneic HSCT" then "Allogeneic HSCT … | 9 (26.5)" under "All Patients (N = 34)"): the fuller
                # statement replaces it (a count of another group, "2/21 transplanted", states its own N); so does a dose
                # level's cell ("One patient at DL3 had grade 3 ICANS" then "Grade 3 | 0 | 0 | 1 (11.1)" under "DL3 (n = 9)"), and
                # any group's the text names as its column does ("among patients with NKTCL, 3 had a complete metabolic response"
                # then "CR/CRi | … | 3 (50.0)" under "NKTCL (n = 6)", b205-01)
                out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                seen.setdefault(key, set()).add(n)
                continue
            if prev is None and n is not None and f.endpoint in RATE and k not in tables and f.fields.get("percent") is not None \
                    and (i := next((i for i, m in enumerate(out[:before]) if m.endpoint == f.endpoint and m.get("n") is None
                                    and (mN := m.get("N")) and m.get("percent") == f.fields["percent"]
                                    and abs(100 * n / mN - f.fields["percent"]) <= 0.1
                                    and all(m.get(x) == f.fields.get(x) for x in ("grade", "negated", "mrd_negative", "acute", "chronic"))),
                                   None)) is not None:
                # the abstract's rate of a stated N ("Among the 98 patients who received CT-1919, … grade ≥3 neurologic events in
                # 9.2%") restated with its count ("Neurologic events … were grade ≥3 in nine (9.2%)"): one result, with both
                out[i] = Measurement(endpoint=f.endpoint, fields={**f.fields, "N": f.fields.get("N") or out[i].get("N")},
                                     evidence=ev, rule=f.rule)
                seen.setdefault(key, set()).add(n)
                continue
            if prev is None and n is not None and f.endpoint in RATE and k not in tables and f.fields.get("percent") is None and f.fields.get("N") is None \
                    and (i := _rate_of_treated_before(out[:before], f)) is not None:
                # the abstract's rate with no count ("CRS occurred in 52 patients (81.3%; grade 3, 6.3%)") restated by the
                # Results' bare count of the treated ("grade 1 in 30, grade 2 in 18, and grade 3 in 4", 64 infused): one result,
                # with both
                out[i] = Measurement(endpoint=f.endpoint, fields={**out[i].fields, "n": n}, evidence=out[i].evidence, rule=out[i].rule)
                seen.setdefault(key, set()).add(n)
                continue
            if prev is None and n is not None and f.endpoint in RATE and k not in tables and (i := _derived_before(out[:before], f)) is not None:
                # an earlier share of the same count and N, its percent computed, restated with the percent written: one
                # result, the fuller statement's (see _derived_before)
                out[i] = Measurement(endpoint=f.endpoint, fields={**{x: y for x, y in out[i].fields.items() if x != "derived"},
                                                                  **{x: y for x, y in f.fields.items() if y is not None}},
                                     evidence=ev, rule=f.rule)
                seen.setdefault(key, set()).add(n)
                continue
            if prev is None and n is not None and f.endpoint in RATE and (k not in tables or not f.fields.get("subgroup")) \
                    and (i := _rounded_before(out[:before], f)) is not None:
                # the abstract's "two (3%) patients, both grade 1" restated in the Results with its decimal ("two (3·2%)
                # patients, both grade 1"), or in a table's whole-cohort cell ("ICANS | 2 (6·7%)" under "Grade 1"): the
                # exacter statement replaces it
                out[i] = Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule)
                seen.setdefault(key, set()).add(n)
                continue
            if f.endpoint in RATE and n is None and (pN := f.fields.get("N")) and f.fields.get("percent") is not None \
                    and k not in tables and any(m.endpoint == f.endpoint and m.get("N") == pN and m.get("percent") == f.fields["percent"]
                                                and m.get("n") is not None and all(m.get(x) == f.fields.get(x) for x in
                                                ("grade", "negated", "mrd_negative", "acute", "chronic"))
                                                for m in out[:before]):
                # the same rate of the same N stated before with its count and a site or group ("22 (92%) of 24 patients
                # had CR/CRi in the bone marrow", then the panel's "In 24 patients, … induced CR/CRi in 92%"): a restatement
                continue
            if f.endpoint in RATE and isinstance(pc := f.fields.get("percent"), int) and n is None \
                    and f.fields.get("N") is None and any(
                        k2[0] == key[0] and k2[2:] == key[2:] and isinstance(k2[1], float) and k2[1] != pc
                        and abs(k2[1] - pc) <= 0.5 for k2 in seen):
                continue   # "a 92% CR/CRi rate" in the conclusions rounds the results' "47/51 (92.2%)"
            if f.endpoint in SURV and isinstance(pc := f.fields.get("percent"), int) and f.fields.get("ci_low") is None \
                    and any(k2[0] == key[0] and k2[1] == key[1] and k2[3:] == key[3:] and isinstance(k2[2], float)
                            and k2[2] != pc and abs(k2[2] - pc) <= 0.5 for k2 in seen):
                continue   # (and "a 12-month OS of 83%" the results' "83.1% [95% CI 66.4–92.1]")
            if f.endpoint in RATE and f.fields.get("derived") and f.fields.get("N") == 10 and (
                    " of ten " in (raw := ev.text.lower()) or " in ten " in raw) and any(
                        k2[0] == key[0] and k2[2:] == key[2:] and isinstance(k2[1], float) and k2[1] != key[1]
                        and abs(k2[1] - key[1]) <= 1.0 for k2 in seen):
                continue   # "induced remission in nine of ten patients" rounds the results' "47 (90·4%) of 52"
            if f.endpoint in _BARE_RESTATED and f.fields.keys() <= {"n", "subgroup"} and n in counted.get(f.endpoint, ()):
                # "7 proceeded to allo-HSCT (…)" then "OS was 85.7% in the 7 patients who underwent HSCT" (or "Among
                # responders, the 12-month EFS was 71.4% for the seven patients who underwent consolidative HSCT")
                continue
            if f.endpoint == "gvhd" and f.fields.get("negated") and key[3:5] == (None, None) \
                    and any(k[0] == "gvhd" and k[7] for k in seen):
                continue   # "no GVHD" restates an absence read before ("no acute or chronic GVHD")
            # (two printed p-values of one sentence are two comparisons, equal or not: "any-grade ICANS … (48.8% vs
            # 13.0%; p<0.0001), as was grade 3 or worse ICANS (20.5% vs 3.7%; p<0.0001)")
            at = f.pos if f.endpoint in RATE or f.endpoint in SURV or f.endpoint == "p_value" else None
            if f.endpoint == "patients_treated":   # per-group counts in one sentence may be equal
                at = f.fields.get("subgroup")
            if f.endpoint == "dose":   # (so may two products' doses, each named by its product)
                at = f.fields.get("label")
            if (key, at) in here:
                continue
            here[key, at] = n
            if k in tables and (n is not None or f.endpoint in SURV) and f.fields.get("subgroup"):
                tabled[_key_unnamed(f.endpoint, f.fields) + (n,)] = len(out)
            out.append(Measurement(endpoint=f.endpoint, fields=f.fields, evidence=ev, rule=f.rule))
            if f.endpoint == "p_value" and k in tables:
                p_rows[key] = id(tables[k][0])
            if f.endpoint == "patients_treated":
                treated_kinds.setdefault(f.fields.get("value"), set()).add(_group_kind(f.fields.get("subgroup")))
                if k in tables and f.fields.get("subgroup"):
                    table_groups.setdefault((id(tables[k][0]), f.fields.get("value")), set()).add(f.fields["subgroup"])
        for (key, _), n in here.items():
            seen.setdefault(key, set()).add(n)
            if key[0] in RATE and n is not None and not isinstance(key[1], tuple):
                # a count with its percent (a table's "1 (3.8)") is restated by the count alone
                # ("One patient at DL3 had grade 4 CRS", the paragraph that cites the table)
                seen.setdefault((key[0], ("n", n)) + key[2:], set()).add(n)
            if key[0] in _BARE_RESTATED:
                counted.setdefault(key[0], set()).add(n)
        for m in out[len(out) - len(here):] if here and k not in tables else ():
            # (the text's results only: a table's other row with the same cells, "DL2 | 11 (91.7)" over "DL3 | 11 (91.7)",
            # is no statement the next row restates)
            unnamed.setdefault(_key_unnamed(m.endpoint, m.fields), set()).add(
                m.fields.get("n") if m.endpoint in RATE else None)
            stated[_key_unnamed(m.endpoint, m.fields)] += 1
    out = _responses_of_cr(out)
    if not any(m.endpoint == "patients_treated" for m in out) and (i_d := _described_only(sents)) is not None \
            and docfields.study_type(doc) == "case-report":
        # a case series names its patients only as those it describes ("We describe two children, aged 7 and 13 years, with
        # combined marrow and CNS relapse of ETP-ALL …"): with no other count of the treated, they are the treated
        s, n = i_d
        ev = Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end, page=doc.page_of(s.start),
                      bbox=doc.bbox_of(s.start, s.end))
        at = next((i for i, m in enumerate(out) if m.evidence.start > s.start), len(out))
        out.insert(at, Measurement(endpoint="patients_treated", fields={"value": n}, evidence=ev, rule="cohort.described"))
    return check_measurements(tuple(_rounded_previews(_mild_restated(out))))


# the patients a case series describes: "We describe two children, aged 7 and 13 years, with …", "Here we report three
# adults with …", "We present the cases of two siblings …"
_DESCRIBED = gate.compile(rf"^(?:(?:here|in\s+this\s+(?:letter|report|case\s+series)),?\s+)?we\s+(?:describe|report|present)\s+"
                          rf"(?:the\s+cases?\s+of\s+)?(?P<n>{NUMW})\s+(?:[\w-]+\s+)?(?:children|patients|adults|cases|boys|girls|adolescents|siblings)\b",
                          re.I | re.A)


def _described_only(sents) -> tuple[Any, int] | None:
    for s in sents:
        if "we " in s.low and (d := _DESCRIBED.match(s.text)) and (n := _num(d.group("n"))) and n > 1 and not (
                # ("We describe six patients with relapsed BPDCN and four with … AML who were treated …": the first
                # disease's count of a breakdown, no whole; see _subject_of_diseases)
                (w := cues().disease_with.match(s.text, d.start("n"))) and cues().disease_next.match(s.text, w.end())):
            return s, n
    return None


def _responses_of_cr(out: list[Measurement]) -> list[Measurement]:
    """Bare "responses" split by group in one sentence, in a report that states no other response rate and no partial
    response, whose counts add up to the whole cohort's CR stated before: "By day 28, 25 of 28 patients (89.3%) had achieved
    CR or CRi …" then "Responses were similar in the autologous (15/17) and donor-derived (10/11) cohorts (P = .99)". The
    only response the report counts is the CR, so the groups' responses are the CR's split (and the p-value compares it)."""
    orr = [m for m in out if m.endpoint == "overall_response"]
    if len(orr) < 2 or len({m.evidence.start for m in orr}) != 1 or any(m.endpoint == "partial_remission" for m in out) \
            or any(m.rule != "orr.verb" or not isinstance(m.get("n"), int) or not isinstance(m.get("N"), int) for m in orr):
        return out
    at, n, big_n = orr[0].evidence.start, sum(m.get("n") for m in orr), sum(m.get("N") for m in orr)
    # (or in the same sentence, before them: "On day 28, 17 of 19 patients (89.5%) achieved CR/CRi …; responses were seen in
    # every lineage (B/T, 9/9; T/myeloid, 5/6; B/myeloid, 3/4)")
    first = out.index(orr[0])
    if not any(m.endpoint == "complete_remission" and m.evidence.start <= at and i < first and m.get("n") == n and m.get("N") == big_n
               and not m.get("subgroup") for i, m in enumerate(out)):
        return out
    return [replace(m, endpoint="complete_remission") if m.endpoint == "overall_response"
            else replace(m, fields={**m.fields, "outcome": "complete_remission"})
            if m.endpoint == "p_value" and m.evidence.start == at and m.get("outcome") == "overall_response" else m for m in out]


# a grade's number stated in a sentence ("grade 1", "gr 2", "grade I-II"): its severity words ("mild", "low grade") are no grade
_GRADE_NUMBER = re.compile(r"\b(?:grades?|gr\.?)\s*(?:[1-5]|I{1,3}|IV)\b", re.I | re.A)


def _mild_restated(out: list[Measurement]) -> list[Measurement]:
    """Without a graded term's count read as grade 1-2 from a severity word alone, when the report states the term's count of
    any grade with the same number and its grades 1 and 2 add up to it: the abstract's "two patients developed mild
    neurotoxicity" restates "ICANS developed in two patients (grade 1 in both)" (b226-01), no result of its own."""
    drop = set()
    for i, m in enumerate(out):
        n, kind = m.fields.get("n"), (m.fields.get("acute"), m.fields.get("chronic"))
        if m.endpoint not in GRADED or m.fields.get("grade") != "1-2" or not isinstance(n, int) or not n or m.fields.get("subgroup") \
                or "mild" not in m.evidence.text.lower() or _GRADE_NUMBER.search(m.evidence.text):
            continue
        same = [x for x in out if x.endpoint == m.endpoint and not x.fields.get("subgroup") and not x.fields.get("negated")
                and (x.fields.get("acute"), x.fields.get("chronic")) == kind]
        low = {x.fields.get("grade"): x.fields.get("n") for x in same if x.fields.get("grade") in ("1", "2")}
        if any(x.fields.get("grade") == "any" and x.fields.get("n") == n for x in same) and low and sum(low.values()) == n:
            drop.add(i)
    return [m for i, m in enumerate(out) if i not in drop] if drop else out


def _rounded_previews(out: list[Measurement]) -> list[Measurement]:
    """Without the whole-number rates, with no count, that round a later result of the same key: a Key Point's or
    highlight's preview ("MRD-negative CR in 85% of children" before the abstract's "44 (84.6%) had MRD-negative CR"; the
    main loop drops such a rounding after the result)."""
    keys = [same_key(m.endpoint, m.fields) for m in out]
    drop = set()
    for i, (m, key) in enumerate(zip(out, keys)):
        pc = m.fields.get("percent")
        # (the preview may name no site where the result, the same kind of CR, names its own, and round to the same number:
        # Key Points' "CR/CRi in 90% of patients" before "54 of 60 patients (90.0%) had achieved CR/CRi in the bone marrow";
        # not "100% among the 19 with CNS disease" before "CNS blasts cleared in all 19 patients")
        if m.endpoint in RATE and isinstance(pc, int) and m.fields.get("n") is None and m.fields.get("N") is None and any(
                k2[0] == key[0] and isinstance(k2[1], float) and abs(k2[1] - pc) <= 0.5 and (k2[2:] == key[2:] and k2[1] != pc or (
                    all(x == y or j == 3 and x is None for j, (x, y) in enumerate(zip(key[2:], k2[2:])))
                    and m2.fields.get("includes_cri") == m.fields.get("includes_cri")))
                for k2, m2 in zip(keys[i + 1:], out[i + 1:])):
            drop.add(i)
        elif m.endpoint in RATE and isinstance(pc, float) and m.fields.get("n") is None and m.fields.get("N") is None \
                and key[5] is None and m.fields.get("timepoint_days") is None and any(
                    k2[0] == key[0] and k2[1] == key[1] and k2[5] == "bone marrow" and k2[2:5] == key[2:5] and k2[6:] == key[6:]
                    and m2.fields.get("n") is not None and m2.fields.get("includes_cri") == m.fields.get("includes_cri")
                    for k2, m2 in zip(keys[i + 1:], out[i + 1:])):
            # (a decimal preview too, the result's own percent with no count, site or day: Key Points' "PEBL7-CAR induced CR/CRi in
            # 87.5% of patients" before "On day 28, 21 of 24 patients (87.5%) were in … CR/CRi in the marrow"; not before an
            # extramedullary one's "7 of 8 (87.5%)")
            drop.add(i)
        elif m.endpoint in SURV and isinstance(pc, int) and m.fields.get("ci_low") is None and any(
                k2[0] == key[0] and k2[1] == key[1] and k2[3:] == key[3:] and isinstance(k2[2], float) and k2[2] != pc
                and abs(k2[2] - pc) <= 0.5 for k2 in keys[i + 1:]):
            drop.add(i)   # (a survival estimate too: a highlight's "12-month OS of 83%" before the Results' "83.1% [95% CI …]")
    return [m for i, m in enumerate(out) if i not in drop] if drop else out


# ---------------------------------------------------------------- tables
# A table read from a PDF or pasted as text is a run of rows of tab-separated cells; the first
# row heads the columns. Rows that name their endpoint ("CRS, any grade, n (%)  149 (86.6)  66
# (68.8)") read as sentences; two layouts are read here, cell by cell, each cell with its
# column's heading: columns that name the endpoints ("Dose level | ORR, n (%) | MRD-neg/evaluable",
# one row per group), and rows of estimates with CIs ("12-month PFS, % (95% CI)  45.1 (37.4–52.5)
# ...", one column per group or time point, maybe a last column of p-values).
# (the format may close the caption's own parenthesis: "Survival by consolidative allo-HSCT (Kaplan-Meier estimates,
# % [95% CI])", "Landmark estimates (%, (95% CI))")
_CI_HEAD = re.compile(r",?\s*\[?\s*(?P<unit>%|months?|mo)?,?\s*(?:\(\s*95\s*%\s*CI\s*\)|\[\s*95\s*%\s*CI\s*\])\s*\]?(?:\s*,\s*(?P<unit2>%|months?|mo))?\s*\)?\s*$",
                      re.I | re.A)   # ("OS, % (95% CI)", "Median PFS (95% CI), months", "2-year OS [% (95%CI)]")
_CI_CELL = re.compile(r"(?P<v>\d+(?:\.\d+)?)\s*%?\s*(?:\((?P<ci>\d+(?:\.\d+)?\s*(?:-|–|to)\s*(?:\d+(?:\.\d+)?|NR|NE|not\s+reached))\)"
                      r"|\[(?P<cib>\d+(?:\.\d+)?\s*(?:-|–|to)\s*(?:\d+(?:\.\d+)?|NR|NE|not\s+reached))\])", re.A)   # ("78.8 [65.1–87.7]": Haematologica's brackets)
# a p-value column's head, maybe with its footnote's mark ("P*" over ".047": "*Fisher exact test for CR/CRi between the two
# rows of each subgroup pair", "P value†"; a footnote's letter, a superscript flattened onto the word: "P valuea" over "0.004")
_P_HEAD = re.compile(r"p(?:[\s-]*values?(?-i:[a-e])?)?(?:\s*[*\u2020\u2021\u00a7\u00b6])?", re.I | re.A)
_P_CELL = re.compile(r"[<>≤=]?\s*(?:0?\.\d+|1(?:\.0+)?)", re.A)
# a column's time point: "12 months", "1 year", or hyphenated as a poster's heads ("Endpoint / group | n | 1-year | 2-year |
# 3-year" over "HSCT | 38 | 86.8 (71.3–94.3) | …", b191-05; "6-month", "24-months")
_TIME_HEAD = re.compile(r"(?P<n>\d{1,2})[\s-]*(?P<u>year|month)s?", re.I | re.A)
# a survival row's label naming its landmark after the endpoint: "OS, 12 months | 81.3 (62.9-91.1) | 91.7 (70.6-97.8)" under
# "Kaplan-Meier estimates of survival, % (95% CI)" ("LFS, 24 months", "EFS at 1 year", "Overall survival, 2 years")
_LABEL_LANDMARK = re.compile(r"(?P<ep>[^,\t]+?)(?:,\s*|\s+at\s+)(?P<n>\d{1,2})[\s-]*(?P<u>year|month|mo)(?:nth)?s?\.?", re.I | re.A)
# a column heading naming its landmark before the endpoint: "12-Month EFS | 24-Month EFS | 12-Month OS" over "All infused
# patients (n = 58) | 68.4 (54.7 to 78.8) | …" (JCO), "1-year OS", "6-mo PFS"
_HEAD_LANDMARK = re.compile(r"(?P<n>\d{1,2})[\s-]*(?P<u>year|month|mo)(?:nth)?s?\.?\s+(?P<ep>[A-Za-z][^,\t()]*?)", re.I | re.A)
_GROUP_NAME = re.compile(r"[^(\t]*?(?=\s*(?:\(|$)|\s+\d+$)", re.A)   # (a number after a space is a value: "DL1" is a name)


_N_HEAD = re.compile(r"[^()\t]*?\(\s*[nN]\s*=\s*\d+\s*\)", re.A)
# a group's size set after its name without parentheses (a poster's "DL1 n = 3", "Cohort B, N=12")
_BARE_N_HEAD = re.compile(r"(?P<name>[A-Za-z][^()\t=]*?[\w+)\]])[,:]?\s+[nN]\s*=\s*(?P<n>\d+)$", re.A)
_HEAD_SIZE = re.compile(r"\(\s*[nN]\s*=\s*(\d+)\s*\)", re.A)
# a group's size alone in its head cell, on a line of its own: "N=40", "(n = 16)"
_SIZE_CELL = re.compile(r"\(?\s*[nN]\s*=\s*\d+\s*\)?", re.A)
# a row label's count format ("CRS, any grade, n (%)", "Relapse, n/N in CR (%)", "HSCT, n/N responders (%)"):
# it says how to read the cells and is no part of the endpoint's name
_ROW_FORMAT = re.compile(r"(?:,\s*|\s+)(?:n|No\.)(?:/N)?(?:\s+[^,()\t]{1,20}?)?(?:\s*\(\s*%\s*\))?\s*$", re.A)
# a column of group sizes: "n", "No.", "Patients, n", "Cases"
# (with its participle: "Patients treated, n" over "DL1 | 3 × 10⁷ | 3"; or the participle alone with its count format:
# "Infused, n" over "DL2 (1 × 10^8) | 4 | 2 | 1 | 3 (75.0)")
# a column of events counted in a survival table: "Events, n", "No. of events", "Deaths, n", "Events (n)"
_EVENTS_HEAD = re.compile(r"(?:(?:no\.?|number)\s+of\s+)?(?:events|deaths)(?:,?\s*(?:n|no\.?)|\s*\(\s*n\s*\))?", re.I | re.A)
_SIZE_HEAD = re.compile(r"(?:(?:patients|pts|cases|subjects)(?:\s+(?:treated|infused|dosed))?(?:,?\s*(?:n|No\.?))?|n|N|No\.?"
                        r"|(?:treated|infused|dosed),?\s*(?:n|No\.?))", re.I | re.A)
# a column of the row's response-evaluable count, its cells the rates' N but no treated count: "Evaluable, n" (b182-04:
# "Dose level | Evaluable, n | CR | PR | SD | PD | ORR, n (%)" over "DL2 (1 × 10^8) | 4 | 0 | 1 | 2 | 1 | 1 (25.0)"),
# "Response-evaluable patients, n", "Evaluable (n)", "No. evaluable"
_EVALUABLE_HEAD = re.compile(r"(?:(?:response[\s-]+)?evaluable(?:\s+(?:patients|pts))?\s*(?:,\s*|\()\s*(?:n|No\.?)\s*\)?"
                             r"|No\.?\s+(?:response[\s-]+)?evaluable)", re.I | re.A)
# (a case report's own row in a table of published series, "Present case | 1 | 1 (100) | 0 (0)", is its one patient)
_WHOLE_COHORT = ("total", "all", "overall", "all patients", "present case", "this case", "our case", "our patient", "this patient")
_LABEL_SIZE = re.compile(r"\(\s*[nN]\s*=\s*(\d+)\s*\)", re.A)
# a dose column's head, its unit and a multiplier its cells leave out: "CD30.CAR-T cells/kg", "Dose (CAR+ T cells/kg)",
# "Dose, ×10^6 cells/kg", "Cells per kg"
_DOSE_HEAD = re.compile(r"(?:(?P<x>[\u00d7x]\s*10\^?\(?(?P<e>\d{1,2})\)?)[^\t]*?)?\bcells\b\s*(?P<u>/\s*kg|per\s+kg|/\s*m2|/\s*m\u00b2)?", re.I | re.A)
# a row of the levels' doses, its multiplier in its label: "CAR T cells/kg (×10^6) | 0.5 | 1.0 | 2.0", "Dose, cells/kg (x10^6)"
_DOSE_ROW = re.compile(r"(?:[\w+.-]+[\s,]+){0,3}?cells\s*(?P<u>/\s*kg|per\s+kg|/\s*m2|/\s*m\u00b2)?\s*,?\s*\(\s*[\u00d7x]\s*10\^?\(?(?P<e>\d{1,2})\)?\s*\)",
                       re.I | re.A)
# its cell: "5 × 10⁵", "1×10^6", "0.5" (under a head with its multiplier)
_DOSE_CELL = re.compile(r"\d+(?:\.\d+)?(?:\s*[\u00d7x]\s*10\^?\(?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\d]{1,2}\)?)?", re.A)
# a row naming a transplant after the CAR-T ("Allo-HSCT after CAR-T, n (%)", "Consolidative HSCT", "Subsequent
# allo-SCT"): its cells count the transplanted (a noun alone, no verb, which the text rules need)
# (a transplant alone, "Allo-HSCT, n (%)", may be a baseline characteristic: the prior one)
_TRANSPLANT_ROW = re.compile(r"(?:consolidat\w*|subsequent|bridg\w*\s+to)\s+(?:allo(?:geneic|-)?\s*)?(?:HSCT|SCT|HCT|transplant(?:ation)?)"
                             r"|(?:allo(?:geneic|-)?\s*)?(?:HSCT|SCT|HCT|transplant(?:ation)?)\s+(?:after|post|following)\s+(?:CAR[\w-]*|[A-Z][\w-]{1,15})(?:\s+T(?:[\s-]cells?)?)?",
                             re.I | re.A)
# a transplant's bare column beside response columns ("Dose level | Patients, n | CR/CRi | MRD-negative CR | allo-HSCT" over
# "DL2 | 1 × 10^6 | 6 | 4 (66.7) | 3 (50.0) | 3 (50.0)"; "ORR | CR | Bridged to HSCT", "CR/CRi | Consolidative transplant"):
# the responders' transplant after the CAR-T (never the prior one, "Prior allo-HSCT", of a baseline table)
_TRANSPLANT_COL = re.compile(r"(?:(?:bridg\w*\s+to|proceeded\s+to)\s+)?(?:allo(?:geneic|-)?\s*)?(?:HSCT|SCT|HCT|transplant(?:ation)?)",
                             re.I | re.A)
_TRAILING_VALUE = re.compile(r"\s(?:\d+(?:\.\d+)?(?:\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\))?|\d+/\d+)$", re.A)
_GRADE_HEAD = re.compile(r"(?:grades?|gr\.?|G)\s*(?:[<>]=?\s*|\u2265\s*|\u2264\s*)?(?:[1-5]|I{1,3}|IV|V)"
                         r"(?:\s*(?:-|\u2013|/|to)\s*(?:[1-5]|I{1,3}|IV|V))?\+?|(?:any|all)\s+grades?", re.I | re.A)


_GRADE_HEADS_RUN = re.compile(r"(?<=[\dIV])\s+(?=[A-Z][^\t]*?,\s*grade\s)", re.A)
# (or glued, no space between the cells: "Any gradeGrade 1-2")
_GRADE_NAMES_RUN = re.compile(r"(?<=[\dIV])\s+(?=(?:Grade|Gr\.?|G)\s*(?:[<>≤≥]=?\s*)?[\dIV]|Any\s+grade)"
                              r"|(?<=[a-z])(?=(?:Grade|Gr\.?)\s*(?:[<>≤≥]=?\s*)?[\dIV]|Any\s+grade)", re.A)
# heads run together, each ending in its cells' count format (a poster's "CR/CRi, n (%) MRD⁻ CR/CRi, n (%) ORR, n (%)",
# "CR, No. (%) PR, No. (%)")
_FORMAT_HEADS_RUN = re.compile(r"(?<=\(%\))\s+(?=[A-Za-z])"
                               # (or each ending in a count's or a CI's format: "Events, n Median, months (95% CI) 12-month,
                               # % (95% CI)", "No. of events, n Median EFS, mo (95% CI) 24-mo EFS, % (95% CI)")
                               r"|(?<=,\sn)\s+(?=[A-Z]|\d{1,2}[\s-]*(?:mo|month|year|y)\b)"
                               r"|(?<=\(95%\sCI\))\s+(?=[A-Z]|\d{1,2}[\s-]*(?:mo|month|year|y)\b)", re.A)
_GRADE_AT_END = re.compile(r"(?:,\s*)?(?:" + _GRADE_HEAD.pattern + r"|any)$", re.I | re.A)
# a cell that states a value: "12", "2 (66.7)", "3/6 (50.0)", "76.2 (52.2-89.4)", "NR", "-", ".03", a count with its
# percent and the percent's CI ("3 (50.0) [11.8–88.2]", "27/30 (90.0) (73.5-97.9)")
_VALUE_CELL = re.compile(r"[<>≤≥]?\s*(?:\d+(?:\.\d+)?|\.\d+|NR|NE|-|--|—)(?:\s*/\s*\d+)?%?(?:\s*\([^()]*\)|\s*\[[^\[\]]*\]){0,2}", re.A)
# a column's format, a cell of a line of its own under the groups' names: "No. (%)", "n (%)", "n/N (%)", "%", "n"
_FORMAT_CELL = re.compile(r"(?:(?:n|No\.)(?:\s*/\s*(?:N|No\.))?\s*(?:\(\s*%\s*\))?|%)", re.I | re.A)
# a group's dose, a cell of a line of its own under the groups' names, its multiplier in the cell: "DL1 (n = 3) | DL2 (n = 6)"
# over "25 × 10^6 | 75 × 10^6", "0.5 × 10^6/kg", "1 × 10^8 cells"
_DOSE_LINE_CELL = re.compile(r"\d+(?:\.\d+)?\s*[\u00d7x]\s*10\^?\(?\d{1,2}\)?(?:\s*(?:CAR[\s+-]*T?\s*)?cells)?(?:\s*(?:/|per\s+)\s*kg)?", re.I | re.A)
_HEAD_COUNT = re.compile(r",\s*(?:n(?:/N)?|%)(?:\s*\(\s*%\s*\))?\s*$", re.A)
_CELL_N_PCT = re.compile(r"(\d+(?:/\d+)?)\s*\((\d+(?:\.\d+)?)\)", re.A)
# a count cell with its percent's CI after it, in brackets or a second parenthesis: "36 (85·7) [71·5–94·6]" (Lancet's
# "Data are n (%) [95% CI]"), "27/30 (90.0) (73.5-97.9)", "9 (75.0%) [42.8-94.5]"
_CELL_N_PCT_CI = re.compile(r"(?P<c>\d+(?:/\d+)?\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%?\s*\))\s*"
                            r"[\[(]\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*(?P<hi>\d+(?:\.\d+)?)\s*[\])]", re.A)
_FORMAT_HEAD = re.compile(r",\s*(?:n(?:/N)?\s*\(\s*%\s*\)|%\s*\(\s*95\s*%\s*CI\s*\))$", re.A)
# a row of the whole treated cohort: "All infused patients", "All treated patients", "Total infused", "Patients infused"
_ALL_TREATED_ROW = re.compile(r"(?:(?:all|total)\s+)?(?:(?:infused|treated|dosed)(?:\s+(?:patients|participants|subjects))?|"
                              r"(?:patients|participants|subjects)\s+(?:infused|treated|dosed))", re.I | re.A)
# a column's unit after its name: "Median PFS, months", "Median OS (mo)"
_MONTHS_HEAD = re.compile(r",?\s*\(?\s*(?:months?|mo)\s*\)?\s*$", re.I | re.A)
_CAPTION_TIME = re.compile(r"\b(\d{1,2})-(year|month)\b", re.I | re.A)
_PCT_SIGN = r"\1 (\2%)"   # a grade cell's "11 (42.3)" under an "n (%)" caption


def _tables(sents: list[Sentence], reps=None, boxes=None) -> dict[int, tuple[list[str], int, str, str | None, str | None, str | None]]:
    """{index of a table row in ``sents``: (its table's header cells, the widest row's cell count,
    its caption, the next row's label, the label of its group of rows, the rest of its own label on the line below)}
    for each run of adjacent tab
    rows ("PFS" above "Median (95% CI), mo" and "12-mo, % (95% CI)", from ``reps``, the repaired
    blocks, where a group's label line lies between rows); the first row of a run
    heads it. A header whose group names ran together ("Axi-cel (n = 172) Tisa-cel (n = 96) p
    value") is split after each "(n = N)"."""
    out: dict[int, tuple[list[str], int, str, str | None, str | None, str | None]] = {}
    prev = None   # (the table above: its first sentence, its end, its header's line, its header, width and caption)
    i = 0
    while i < len(sents):
        if "\t" not in sents[i].text:
            i += 1
            continue
        if "\t" not in sents[i].text.rsplit("\n", 1)[-1]:
            i += 1   # a running head's tab ("1169 HALVORSEN et al\tBLOOD, …\nTable 2."): no header row
            continue
        j, below = i + 1, False
        if j + 1 < len(sents) and _group_line(sents, j, reps):
            j += 1   # (a group's label right under the header: "Response on day 28, n (%)")
        elif (below := j + 1 < len(sents) and _head_below(sents, reps, i, j)):
            j += 1   # (a header cell's last line under the header's: "\tAll (N=36)\tDL3 (n=19)\t\tEMD (n=8)" over "\t\t\tcyto (n=14)\t")
        while j < len(sents) and "\t" in sents[j].text and sents[j].block == sents[j - 1].block \
                and (sents[j].a - sents[j - 1].b <= 42 or (reps and _label_lines(reps[sents[j].block].text[sents[j - 1].b:sents[j].a]))) \
                and ("\t" in sents[j].text.split("\n", 1)[0] or _section_over_row(sents[j].text)) and not _next_head(sents, i, j):
            # (a caption line before a header row starts the next table; what may lie between two rows,
            # not being a candidate sentence, is a short line without a number: "Efficacy", a group's label)
            j += 1
            if j + 1 < len(sents) and (j > i + 1 and (_wrapped_label(sents, j) or _cis_below(sents, j)) or _group_line(sents, j, reps)):
                j += 1   # (a row label's last line with a number, "day 28, n (%)", a row's CIs, or a group's label, between two rows)
        header = [c.strip() for c in _tabbed(sents[i], reps).rsplit("\n", 1)[-1].split("\t")]   # (after a caption line)
        head0 = header
        first = i + 1   # the first row under the header
        untabbed = None
        if (headless := _headless_format(sents, i, reps)):
            header, first = ["", headless], i   # (a one-column table's format head with no tab: its first row, see _headless_format)
        elif (untabbed := _untabbed_groups(sents, i, reps)):
            header, first = ["", *untabbed], i   # (the groups' heads with no tab over the first row: see _untabbed_groups)
        fmt_cells = None   # the cells' format on a line of its own under the header
        while not untabbed and first < j and first <= i + 3 and not _value_line(sents[first].text.split("\n", 1)[0]) \
                and not (len(header) >= 3 and _group_line(sents, first, reps)):
            # a header on two to four lines ("CR/CRi day 28," over "n (%)", "Week 4" over "EM ORR"): the next
            # line's cells (right-aligned when fewer) complete the first's
            more = [c.strip() for c in _tabbed(sents[first], reps).split("\n", 1)[0].split("\t")]
            if len(more) > len(header) and _PATIENT_HEAD.fullmatch(more[0]) and not _PATIENT_HEAD.fullmatch(header[0]):
                # a per-patient table's head on two lines, the upper one's empty cells not kept ("Age/ | Prior | Prior BCMA |
                # Dose | …" over "Patient | sex | lines | therapy | EMD | (×10^6/kg) | …"): its rows are patients
                header = [more[0], *header]
                first += 1
                break
            if len(more) > len(header) and len(more) >= 4 and _P_HEAD.fullmatch(more[-1]) and header[-1] \
                    and not _P_HEAD.fullmatch(header[-1]) and all(_SIZE_CELL.fullmatch(c) for c in more[:-1] if c):
                # the groups' names over their sizes and the P column's head, the names' line ending at the last group
                # ("All patients | Previous allo-HCT | No previous allo-HCT" over "N=40 | N=16 | N=24 | P", b215-02; its empty
                # first cell maybe cut off): the names stand over the sizes' columns
                header = [""] * (len(more) - 1 - len(header)) + header + [""]
            if first == i + 1 and (spanned := _spanning_heads(header, more, sents, first, j)):
                # the line above names groups of columns ("All infused patients (n = 24) | Responders" over "Outcome | 6 months |
                # 12 months | Median, months | Allo-HSCT (n = 12) | No allo-HSCT (n = 8) | P value"): the header is this line
                header = spanned
                first += 1
                continue
            if len(more) > len(header):
                break
            if all(_FORMAT_CELL.fullmatch(c) for c in more if c) and any(more) \
                    and not any(h.endswith((",", "No.")) for h in header):   # (not a name's wrapped end: "Grade 3, No." over "(%)")
                # every column's format on a line of its own ("DL1 (n = 6) | DL2 (n = 51)" over "No. (%) | No. (%)"): the
                # cells' format, no part of the groups' names
                fmt_cells = next(c for c in more if c)
                first += 1
                continue
            if any(more) and all(_DOSE_LINE_CELL.fullmatch(c) for c in more if c):
                first += 1   # (each group's dose under its name: no part of the name, the level names the group)
                continue
            pad = len(header) - len(more)
            if pad > 1 and _P_HEAD.fullmatch(header[-1]) and all(_HEAD_SIZE.fullmatch(c) for c in more):
                # the groups' sizes under the groups, none under the last column of p-values ("Outcome | All patients |
                # Allo-HCT | No allo-HCT | P" over "(n = 64) | (n = 27) | (n = 29)")
                header = header[:pad - 1] + [f"{a} {b}" for a, b in zip(header[pad - 1:-1], more)] + header[-1:]
                first += 1
                continue
            header = header[:pad] + [f"{a} {b}".strip() for a, b in zip(header[pad:], more)]
            first += 1
        if below and len(empty := [x for x, h in enumerate(head0) if x and not h and x < len(header) and header[x]]) == 1 \
                and _HEAD_FRAGMENT.fullmatch(frag := _lines_above(sents[i], reps, 1)):
            # the same cell's first line above the header's, set apart from the caption ("High-risk" over the header line
            # whose cell is empty, over "cyto (n=14)"): a vertically centred head of three lines
            header[empty[0]] = f"{frag} {header[empty[0]]}"
        headed = False   # a header's last line too short to be a sentence ("\t\t= 10)\t"), just above the first row
        if reps and i < first < j and sents[first].block == sents[first - 1].block:
            last = reps[sents[first].block].text[sents[first - 1].b:sents[first].a].strip("\n").rsplit("\n", 1)[-1]
            more = [c.strip() for c in last.split("\t")]
            if "\t" in last and len(more) == len(header) and not any(_VALUE_CELL.fullmatch(c) for c in more):
                header, headed = [f"{a} {b}".strip() for a, b in zip(header, more)], True
        above, boxed = (), None
        if boxes and not headless and not untabbed and (boxed := _boxed_head(sents, reps, boxes, i, first, j)):
            header, first, above = boxed   # (a header whose cells wrap and sit centred in their columns: see _boxed_head)
        if " = " in sents[i].text or "=" in "".join(header):
            header = [_BARE_N_HEAD.sub(r"\g<name> (n = \g<n>)", c) for c in header]   # ("DL1 n = 3": "DL1 (n = 3)")
        width = max((sents[k].text.count("\t") + 1 for k in range(first, j)), default=0)
        if len(header) < width - 1 and "(" in sents[i].text:
            split = []
            for c in header:   # (the matches run from the cell's start; what follows is one more cell)
                parts = [m.group() for m in _N_HEAD.finditer(c)]
                rest = c[sum(map(len, parts)):].strip()
                split += [x.strip() for x in parts] + ([rest] if rest else [])
            header = split
        if len(header) < width:   # grade heads run together ("Eqba-cel, grade 1–2 Eqba-cel, grade 3", "Grade 3 Grade 4 Any grade")
            header = [p for c in header for q in _GRADE_HEADS_RUN.split(c) for p in _GRADE_NAMES_RUN.split(q)]
        if len(header) < width:
            header = [p for c in header for p in _FORMAT_HEADS_RUN.split(c)]
        caption = "\n".join(ln for ln in sents[i].text.split("\n") if "\t" not in ln)
        for k in range(i - 1, max(-1, i - 4), -1) if not caption else ():
            # ("TABLE 2 Day-28 CR/CRi by subgroup" a sentence of its own, or two: "Table 1. Outcomes by consolidation." over
            # "Kaplan-Meier estimates, % (95% CI).")
            if sents[k + 1].a - sents[k].b > 2 or sents[k].block != sents[i].block or "\t" in sents[k].text:
                break
            if sents[k].text[:5].lower() == "table" or _TABLE_LABEL_START.match(sents[k].text) or reps and _TABLE_LABEL_BEFORE.search(
                    reps[sents[k].block].text[max(0, sents[k].a - 20):sents[k].a]):
                # (or the caption's sentence after its bare label, which is no sentence to read: "Table S3." before
                # "Kaplan-Meier estimates of overall survival (OS) and event-free survival (EFS), % (95% CI).")
                caption = "\n".join(x.text for x in sents[k:i])
                break
        if not caption and reps:
            # a caption that is no candidate sentence, on the lines right above the header from its label on ("Extended Data
            # Table 1 | Cytokine release syndrome by dose level" over "Values are number of patients (%) with …")
            above = reps[sents[i].block].text[sents[i - 1].b if i and sents[i - 1].block == sents[i].block else 0:sents[i].a]
            lines = above.rstrip("\n").split("\n")[-3:]
            if (start := next((x for x, ln in enumerate(lines) if _TABLE_LABEL_START.match(ln.strip())), None)) is not None:
                caption = "\n".join(lines[start:])
        if untabbed and (heads := caption.rsplit("\n", 1)[-1]).replace(" ", "") == "".join(untabbed).replace(" ", ""):
            caption = caption[:-len(heads)].rstrip("\n")   # (the groups' line is the header, no caption's)
            if i and sents[i - 1].text.strip() == heads.strip():
                out[i - 1] = (header, 0, caption, None, None, None)   # (a sentence of its own: no row, read nothing)
        if above and caption.endswith("\n".join(above)):
            caption = caption[:-len("\n".join(above))].rstrip("\n")   # (the header's upper lines, no caption's)
        caption = caption.rstrip(" .")   # (a caption's end stop: "Table S3. Kaplan-Meier estimates …, % (95% CI).")
        group = None
        if headless and i and _SIZED_EVENT_SECTION.fullmatch(sents[i - 1].text.strip()) and sents[i].a - sents[i - 1].b <= 2:
            # (the first section's label between the format head and the first row: the rows' group, no part of the caption)
            group = sents[i - 1].text.strip()
            caption = caption[:-len(sents[i - 1].text)].rstrip("\n") if caption.endswith(sents[i - 1].text) else caption
        lead = reps[sents[first].block].text[sents[first - 1].b:sents[first].a] if reps and first < j else ""
        if not boxed and (fm := _FORMAT_LINE.search(" ".join(lead.split()))):   # (a boxed header's lines are its columns')
            caption += "\n" + fm.group()   # ("number of patients (percent)" under the header: how to read the cells)
        elif fmt_cells and "/" not in fmt_cells and "%" in fmt_cells:
            caption += "\nno. (%)"   # (the same, one per column: "No. (%)", "n (%)")
        # (the footnote may open with the caption's mark: "* Kaplan–Meier estimates are shown as % (95% CI).")
        note = sents[j - 1].text.partition("\n")[2] + (" " + sents[j].text if j < len(sents) and sents[j].block == sents[j - 1].block
                                                        and (sents[j].a - sents[j - 1].b <= 2 or reps and reps[sents[j].block].text[
                                                            sents[j - 1].b:sents[j].a].strip() in ("*", "\u2020", "a")) else "")
        if j > first and _CI_NOTE.search(note) and not _CI_HEAD.search(caption.rstrip(" .")):
            caption += "\n% (95% CI)"   # (the cells' format in a footnote under the table: "Values are % (95% CI)")
        for k in range(first, j):
            if "\t" not in sents[k].text:   # (a wrapped label's last line: see _wrapped_label; or CIs under a row)
                if _group_line(sents, k, reps) and not (k > first and _wrapped_label(sents, k)):
                    group = _unmarked(sents[k].text.strip())   # (see _group_line)
                elif _CELLS_BELOW.fullmatch(sents[k].text):
                    out[k] = (header, width, caption, None, None, None)
                elif k > first and k - 1 in out and out[k - 1][5] is None:
                    out[k - 1] = out[k - 1][:5] + (sents[k].text.strip(),)
                continue
            between = reps[sents[k].block].text[sents[k - 1].b:sents[k].a].strip() if reps else ""
            lab_above = sents[k - 1].text.split("\t", 1)[0] if k > first else ""
            if group and _ROW_FORMAT.search(own := sents[k].text.split("\t", 1)[0]) and not _GRADE_ROW.fullmatch(own):
                group = None   # a row with its own format ("ICANS, any grade, n (%)" below "CRS, n (%)" and its grades) ends the group
            if lab_above.count("(") > lab_above.count(")") and "\t" not in between and 0 < len(lines := between.split("\n")) <= 3 \
                    and all(len(x) < 40 for x in lines) and ")" in between:
                # a label whose parenthesis wrapped onto two more lines ("Overall response (marrow" over "CR/CRi or
                # extramedullary" and "PR), n (%)"): all of them are that label's
                out[k - 1] = out[k - 1][:5] + (" ".join(x.strip() for x in lines),)
                out[k] = (header, width, caption, sents[k + 1].text.split("\t", 1)[0] if k + 1 < j else None, group, None)
                continue
            between = between.rsplit("\n", 1)[-1].strip()
            if k > first and between and "\t" not in between and len(between) < 40 and (
                    between[:1].islower() or _LABEL_GOES_ON.search(sents[k - 1].text.split("\t", 1)[0])):
                # the row above's label wrapped onto this line ("Allo-HSCT after" over "CAR-T", "MRD-negative among" over
                # "patients in CR/CRi"): part of that label, no group's
                out[k - 1] = out[k - 1][:5] + (between,)
            elif between and len(between) < 40 and not _FORMAT_LINE.search(between) and between[:1] != "(" and not (headed and k == first) \
                    and not _row_head(sents[k], reps):
                group = _unmarked(between)   # ("PFS", "Toxicity": a short line between two rows labels the rows below it)
            if _p_group_row(sents[k].text, header):
                group = _unmarked(sents[k].text.split("\t", 1)[0].strip())   # (a group's row with only its p-value: see _p_group_row)
            if _section_over_row(sents[k].text):
                group = sents[k].text.split("\n", 1)[0].strip()   # (a section's label run into its first row: see _section_over_row)
            out[k] = (header, width, caption, sents[k + 1].text.split("\t", 1)[0] if k + 1 < j else None, group, None)
        last = j - 1
        if reps and last >= first and last in out and out[last][5] is None and "\t" in sents[last].text:
            # the last row's label wrapped onto the line below it ("Consolidative allogeneic | 0 | 2 (33.3) | …" over
            # "HSCT after CAR T, n (%)"): the label's first line names no endpoint, and the line ends in the cells'
            # format, or the label in a word that goes on and the line names an endpoint
            text = reps[sents[last].block].text
            below = text[sents[last].b:text.find("\n", sents[last].b + 1) % (len(text) + 1)].strip()
            label = sents[last].text.split("\t", 1)[0]
            if below and "\t" not in below and len(below) < 40 and not below.endswith(".") \
                    and not any(t[2] != "X" for t in block_terms(label)) \
                    and (_ROW_FORMAT.search(below) or (_LABEL_GOES_ON.search(label) and (
                        any(t[2] != "X" for t in block_terms(below)) or len(below.split()) <= 3 and below[:1].isalnum()))):
                # ("Allogeneic HSCT after" over "CAR T": a few words finishing a label cut after a word that goes on)
                out[last] = out[last][:5] + (below,)
        for k in range(first, j - 1):
            if k in out and out[k][3] and out.get(k + 1, (None,) * 6)[5] and "\t" in sents[k + 1].text:
                # the next row's label wrapped onto the line below it ("Prior blinatumomab | 22 | … | .12" over "No prior |
                # 39 | …" and "blinatumomab"): the pair's second group is named by the whole label
                out[k] = out[k][:3] + (f"{out[k][3]} {out[k + 1][5]}",) + out[k][4:]
        for k in range(i + 1, first):
            out[k] = (header, width, caption, None, None, None)   # (the header's next lines: no row, read nothing)
        line0 = " ".join(_tabbed(sents[i], reps).rsplit("\n", 1)[-1].split())
        if prev and prev[2] and (prev[1] == i and prev[1] - 1 in out and " ".join(sents[prev[1] - 1].text.split()) == prev[2]
                     or line0 == prev[2]) and not caption and width == prev[3][1]:
            # a table split across a column or page break, its header row repeated over the rest ("Outcome | All patients |
            # Allo-HCT | No allo-HCT | P" and "(n = 64) | (n = 27) | (n = 29)" again over "2-year LFS | 49.2 (36.0-61.0) | …"):
            # the rest are the first part's rows, the repeated header none
            if prev[1] == i:
                out[i - 1] = prev[3]
            out[i] = prev[3]
            for k in range(i + 1, j):
                if k in out:
                    out[k] = prev[3][:3] + out[k][3:]
        else:
            prev = (i, j, " ".join(head0 and "\t".join(head0).split()), (header, width, caption, None, None, None))
        prev = (prev[0], j, prev[2], prev[3])
        i = j
    return out


# a page's running head, its authors or page number and its short title cut by a tab, on the line over the page's first
# sentence, which the splitter left joined: "Zhou et al.\tDonor-Derived CD7 CAR-T With or Without Prior Transplant" over "Six
# of the 8 transplant-naïve patients underwent consolidative allo-HSCT …" (b217-03), "12\tBlood Adv 2025" over "…"
_HEAD_RUN_IN = re.compile(r"(?:[^\t\n]{1,60}\bet\s+al\b\.?|\d{1,4})[ \t]*\t[^\t\n]{3,120}\n(?=[A-Z\d])"
                          r"|[^\t\n\d][^\t\n]{2,120}\t[ \t]*\d{1,4}\n(?=[A-Z\d])", re.A)


def _foot_then_head(text: str, spans) -> re.Match | None:
    """The running head (see _HEAD_RUN_IN) on a line of its own after the page's foot lines, which name no endpoint, all run
    into the next page's first sentence: "Accepted on December 19, 2024 and published … DOI https://doi.org/…" over "J Clin
    Oncol 43:1622-1633 © 2025 by …" over "Marchetti et al\tVolume 43, Issue 14 | 1623" over "Twenty-seven responders (32.9%)
    proceeded to consolidative allogeneic HCT …" (b226-03: no transplant count of 1623)."""
    if "\t" not in text or "\n" not in text:
        return None
    for rh in _HEAD_RUN_IN.finditer(text):
        if rh.start() and text[rh.start() - 1] == "\n" and not any(a < rh.start() and lab != "X" for a, _, lab, _ in spans):
            return rh
    return None


# a table footnote's p-values: "Log-rank P values, LBCL vs MCL: PFS, P = .21; OS, P = .35."
_FOOTNOTE_P = re.compile(r"\bP\s*(?:values?\s*)?[=<]\s*0?\.\d", re.A)


# a table's bare label, a line's start, before its caption's sentence: "Table S3. Kaplan-Meier estimates …", "TABLE 2 Best response"
_TABLE_LABEL_BEFORE = re.compile(r"(?:^|\n)\s*table(?:\s+S?\d{1,2}[a-z]?\s*[.:]?|\s*[.:])\s*$", re.I | re.A)   # (a poster's "Table.")
# a caption's sentence, opened by its label: "Table 2. …", "Extended Data Table 1 | Cytokine release syndrome by dose level",
# "Supplementary Table S4. …"
_TABLE_LABEL_START = re.compile(r"(?:(?:extended\s+data|supplementa(?:l|ry))\s+)?table\s*(?:S?\d{1,2}[a-z]?\b|[.:|])", re.I | re.A)


def _p_group_row(line: str, header: list[str]) -> bool:
    """Whether a table row names an endpoint and states only its p-value, in the last column (a log-rank P beside the group's
    label, "Progression-free survival | | | .52" under "Outcome | All patients (N = 112) | Fresh (n = 64) | Cryopreserved (n = 48)
    | P*", over "12 mo, % (95% CI) | 47.6 (38.0-56.6) | …" and "Median, mo (95% CI) | …"): it labels the rows below it."""
    cells = [c.strip() for c in line.split("\n", 1)[0].split("\t")]
    return len(cells) >= 3 and len(header) >= 3 and bool(_P_HEAD.fullmatch(header[-1])) and bool(_P_CELL.fullmatch(cells[-1])) \
        and not any(cells[1:-1]) and any(t[2] != "X" for t in block_terms(cells[0]))


def _boxed_head(sents: list[Sentence], reps, boxes, i: int, first: int, j: int) -> tuple[list[str], int, tuple] | None:
    """A PDF table's header whose cells wrap over several lines and sit centred in their columns, so that its lines
    neither start in the first column nor keep the columns' order (NEJM's "Patients | CR or CRi at Day 28 | CR | Grade 3 CRS"
    over "Dose Cohort | | at Day 28 | | | at 3 Mo |" over "| (no.) | | - % (95% CI) | at Day 28 | | - no. (%)", under
    "MRD-Negative" and "CR or CRi | Extramedullary CR"), left by the lines above as header lines between the header and
    its first row of values: each line's cells joined to the column of the rows' cells nearest it on the page, top to
    bottom ("Dose Cohort", "Patients (no.)", …, "MRD-Negative CR at Day 28 - no. (%)", …). Returns the header, the index
    of the first row, and the caption's last lines taken into the header; or None."""
    k0 = first
    while k0 < j and not _value_line(sents[k0].text.split("\n", 1)[0]):
        if _SIZED_SECTION_LABEL.fullmatch(sents[k0].text.strip()) and _group_line(sents, k0, reps):
            return None   # (a group's line with its size right under a one-line header, "All infused patients (N = 88)", b226-03)
        k0 += 1
    if k0 == first or k0 >= j or not reps or any(s.block != sents[i].block for s in sents[i:j]):
        return None
    rep = reps[sents[i].block]
    base = sents[i].start - rep.original(sents[i].a, sents[i].b)[0]

    def spans(a: int, line: str) -> list[tuple[str, float, float]]:   # a line's cells with their x extent on the page
        got = []
        for cell in line.split("\t"):
            if cell.strip():
                oa, ob = rep.original(a, a + len(cell))
                xs = [x for x in boxes[base + oa:base + ob] if x]
                if not xs:
                    return []
                got.append((cell.strip(), min(x[0] for x in xs), max(x[2] for x in xs)))
            a += len(cell) + 1
        return got

    width = max(s.text.split("\n", 1)[0].count("\t") + 1 for s in sents[k0:j])
    cols: list[list[float]] = [[] for _ in range(width)]
    for s in sents[k0:j]:
        if len(cells := s.text.split("\n", 1)[0].split("\t")) == width and len(got := spans(s.a, "\t".join(cells))) == width:
            for c, (_, x0, x1) in enumerate(got):
                cols[c] += [x0, x1]
    if not all(cols):
        return None
    mids = [(min(c) + max(c)) / 2 for c in cols]
    cuts = [-1e9] + [(a + b) / 2 for a, b in zip(mids, mids[1:])] + [1e9]
    lines = rep.text[rep.text.rfind("\n", 0, sents[i].a) + 1:rep.text.rfind("\n", 0, sents[k0].a)].split("\n")
    start = rep.text.rfind("\n", 0, sents[i].a) + 1
    above: list[str] = []
    while start > 1 and len(ln := rep.text[rep.text.rfind("\n", 0, start - 1) + 1:start - 1]) < 40 \
            and not _TABLE_LABEL_START.match(ln) and (got := spans(start - 1 - len(ln), ln)) \
            and all(any(cuts[c] <= x0 and x1 <= cuts[c + 1] for c in range(width)) for _, x0, x1 in got):
        above.insert(0, ln)   # (a line above the first tabbed one whose every cell lies within one column: "MRD-Negative")
        start -= len(ln) + 1
    heads: list[list[str]] = [[] for _ in range(width)]
    a = start
    for ln in above + lines:
        if len(got := spans(a, ln)) != sum(1 for c in ln.split("\t") if c.strip()):
            return None
        for cell, x0, x1 in got:
            heads[min(range(width), key=lambda c: abs(mids[c] - (x0 + x1) / 2))].append(cell)
        a += len(ln) + 1
    if not all(heads):
        return None
    return [_NEJM_FORMAT.sub(lambda m: _NEJM_FORMATS[m.lastgroup], " ".join(h)) for h in heads], k0, tuple(above)


# a level's dose after its name and a colon, in a table's row label: "Dose level 1: 1×10^6/kg", "DL2: 3 × 10^6 cells/kg"
_LEVEL_DOSE_AFTER = re.compile(r"\s*:\s*\d+(?:\.\d+)?\s*[\u00d7x]\s*10\^?\(?\d{1,2}\)?(?:\s*(?:CAR[\s+-]*T?\s*)?cells)?(?:\s*(?:/|per\s+)\s*kg)?", re.I | re.A)
# NEJM's cell formats after a dash at a column head's end, or in parentheses: "Grade 3 CRS — no. (%)", "CR or CRi at Day 28
# — % (95% CI)", "Extramedullary CR — no./total no.", "Patients (no.)"; the project's own form of each (", n (%)")
_NEJM_FORMAT = re.compile(r"\s*[-\u2013\u2014]\s*(?:(?P<nn>no\.\s*/\s*total\s+no\.)|(?P<np>no\.\s*\(\s*%\s*\))|(?P<ci>%\s*\(\s*95\s*%\s*CI\s*\)))$"
                          r"|\s*\(\s*(?P<n>no\.)\s*\)$", re.I | re.A)
_NEJM_FORMATS = {"nn": ", n/N", "np": ", n (%)", "ci": ", % (95% CI)", "n": ", n"}


def _value_line(line: str) -> bool:
    """Whether a line under a table's header states values: a cell of one, unless the head's words outnumber them twice (a
    head's last line with a grade under its "grade": "level | cells/kg | n | (10 ) | grade | ≥3 | 1–2" under "Dose | CAR-T |
    Patients, | … | CRS, any | CRS, grade | ICANS, grade")."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    # (doses beside a row's label are its values: "Target dose, CAR+ T cells | 150 × 10^6"; a line of doses alone, its empty
    # first cell maybe cut off, "1×10⁶ | 2×10⁶ | 5×10⁶ | Patients", is the groups' heads)
    label = line.split("\t", 1)[0].strip()
    doses = label and not _DOSE_CELL.fullmatch(label) and any(c[:1].isalpha() for c in label)
    values = sum(1 for c in cells if _VALUE_CELL.fullmatch(c) or doses and c is not cells[0] and _DOSE_CELL.fullmatch(c))
    # (the head's words go on in lower case or after an empty first cell: a row's label, "P1 | MM | 15 | sCR", starts its own)
    return values > 0 and (len(cells) - values <= 2 * values or not (label[:1].islower() or label[:1] in ("", "(")))


def _next_head(sents: list[Sentence], i: int, j: int) -> bool:
    """Whether ``sents[j]`` heads the next table, set right under the rows of the one above after a short caption line
    ("CRS and ICANS by maximum grade" over "(no. of patients) | Any | Gr 1 | …" under a table of responses by dose level):
    after rows with values (not a head's next line), other than the rows' number of cells, and no value in its cells."""
    line = sents[j].text.split("\n", 1)[0]
    cells = [c.strip() for c in line.split("\t")]
    return j > i + 1 and len(cells) != sents[j - 1].text.split("\n", 1)[0].count("\t") + 1 \
        and any(_VALUE_CELL.fullmatch(c.strip()) for k in range(i + 1, j) for c in sents[k].text.split("\n", 1)[0].split("\t")) \
        and sum(1 for c in cells if c) >= 3 and cells[0][:1] != "%" and not any(re.match(r"[(\[]\s*\d", c) for c in cells) \
        and not any(_VALUE_CELL.fullmatch(c) for c in cells)   # (not a row's CIs or its label's end below it)


def _spanning_heads(header: list[str], more: list[str], sents: list[Sentence], first: int, j: int) -> list[str] | None:
    """The header when ``header``, a table's first line, names groups each spanning several columns of ``more``, the line
    below, or None: two or more names, no value, at least two cells fewer than the line below, which has as many as the
    rows. Each group's name goes before its columns' heads when the groups repeat the same heads ("CAR-T (n = 30) |
    Chemotherapy (n = 25)" over "Outcome | 1 year | 2 years | 1 year | 2 years | P": "CAR-T (n = 30) 1 year", …); else
    the line below names its columns itself ("All infused patients (n = 24) | Responders" over "Outcome | 6 months | 12
    months | Median, months | Allo-HSCT (n = 12) | No allo-HSCT (n = 8) | P value"), no head twice."""
    named = [c for c in header if c]
    rows = max((sents[k].text.split("\n", 1)[0].count("\t") + 1 for k in range(first + 1, j)), default=0)
    if len(named) < 2 or len(more) < len(header) + 2 or len(more) != rows \
            or any(_VALUE_CELL.fullmatch(c) or _P_HEAD.fullmatch(c) or not c[:1].isalpha() for c in named):
        return None
    cols = more[1:-1] if _P_HEAD.fullmatch(more[-1]) else more[1:]
    size = len(cols) // len(named)
    if len(cols) == size * len(named) and size > 1 and all(cols[x * size:(x + 1) * size] == cols[:size] for x in range(len(named))):
        return [more[0], *(f"{n} {c}" for x, n in enumerate(named) for c in cols[x * size:(x + 1) * size]), *more[1 + len(cols):]]
    return more if len(set(c for c in cols if c)) == sum(1 for c in cols if c) else None


def _lines_above(s: Sentence, reps, n: int) -> str:
    """The ``n`` lines of ``s``'s block right above the line ``s`` starts on, stripped ("" without ``reps``)."""
    if not reps:
        return ""
    t = reps[s.block].text
    a = end = t.rfind("\n", 0, s.a)
    for _ in range(n):
        a = t.rfind("\n", 0, a) if a > 0 else -1
    return t[a + 1:max(end, 0)].strip()


# a header cell's first line alone above the header's line: "High-risk", "Prior", "CNS-"; no caption's sentence
_HEAD_FRAGMENT = re.compile(r"[A-Za-z][\w+/-]*(?:\s+[\w+/-]+)?", re.A)


def _head_below(sents: list[Sentence], reps, i: int, j: int) -> bool:
    """Whether ``sents[j]``, with no tab of its own once stripped, is the next line of the header ``sents[i]``: a cell
    wrapped onto a line whose other cells are empty (a poster's "\tAll (N=36)\tDL3 (n=19)\t\tEMD (n=8)" over
    "\t\t\tcyto (n=14)\t"), as many cells as the header's, none a value, a row right below in the same block."""
    s, nxt = sents[j], sents[j + 1]
    if not reps or "\t" in s.text or "\n" in s.text or s.block != sents[i].block or nxt.block != s.block \
            or s.a - sents[i].b > 4 or nxt.a - s.b > 4 or "\t" not in nxt.text.split("\n", 1)[0]:
        return False
    cells = _tabbed(s, reps).split("\t")
    head = _tabbed(sents[i], reps).rsplit("\n", 1)[-1].split("\t")
    return len(cells) == len(head) and sum(1 for c in cells if c.strip()) == 1 \
        and not any(_VALUE_CELL.fullmatch(c.strip()) for c in cells if c.strip())


def _wrapped_label(sents: list[Sentence], j: int) -> bool:
    """Whether ``sents[j]``, a short line with no tab, is the end of the row label above it, with a number the line
    itself ("MRD-negative CR/CRi at | 2 (66.7) | …" over "day 28, n (%)"): the row above ends its label with a word that
    goes on, the line is no sentence of prose, and the next row follows in the same block."""
    s, prev = sents[j], sents[j - 1]
    return _between_rows(sents, j) and "\n" not in s.text and len(s.text) < 40 and not s.text.rstrip().endswith(".") \
        and bool(_LABEL_GOES_ON.search(prev.text.split("\t", 1)[0]) or s.text[:1] in "\u2265\u2264<>=")   # ("Neutropenia, grade" over "≥3, >28 days")


def _group_line(sents: list[Sentence], j: int, reps=None) -> bool:
    """Whether ``sents[j]`` is a group's label on a line of its own between a table's rows (or under its header), with a
    number that makes it a sentence ("DL1 (n = 3) | DL2 (n = 6) | …" over "Response on day 28, n (%)" over "CR/CRi in
    marrow | 2 (66.7) | …"): a short line, no prose, naming an endpoint or the cells' format, rows right above and below."""
    s = sents[j]
    return _between_rows(sents, j) and "\n" not in s.text and len(s.text) < 50 and not s.text.rstrip().endswith(".") \
        and "\t" in sents[j - 1].text.rsplit("\n", 1)[-1] \
        and bool(_ROW_FORMAT.search(s.text) or any(t[2] != "X" for t in block_terms(s.text)) or _CLASS_YEAR_LABEL.fullmatch(s.text.strip())
                 # (a sized name alone in one of the header's cells is that cell's wrapped end, "\t\tCAR-T + HSCT (n = 12)\t"
                 # under "\tCAR-T alone (n = 18)\t\tAll (N = 30)": see _head_below)
                 or _SIZED_SECTION_LABEL.fullmatch(s.text.strip()) and not _head_below(sents, reps, j - 1, j)
                 or _LANDMARK_GROUP.fullmatch(s.text.strip()))


# a landmark's estimates labelling the rows below it, each row naming its endpoint ("12-month estimates, % (95% CI)" over
# "PFS | 48.2 (35.1–60.1) | 50.6 (34.0–65.1)" and "OS | …", b222-04; "1-year rates, % (95% CI)", "At 24 months, % (95% CI)",
# "Kaplan–Meier estimates at 12 months, % (95% CI)")
_LANDMARK_GROUP = re.compile(r"(?:(?:Kaplan[-\u2013]Meier\s+|landmark\s+)?(?:estimates?|rates?)\s+)?(?:at\s+)?(?P<n>\d{1,2})[\s-]*(?P<u>years?|months?|mo)\b\.?"
                             r"(?:\s+(?:Kaplan[-\u2013]Meier\s+|landmark\s+)?(?:estimates?|rates?))?(?P<fmt>,?\s*%?,?\s*(?:\(\s*95\s*%\s*CI\s*\)|\[\s*95\s*%\s*CI\s*\]))",
                             re.I | re.A)


# a section of a table's rows by population, its size the one number ("After CAR-T infusion (N = 48)" over "CRS | 44 (91.7)
# | 21 (43.8) | …", "After allo-HSCT (n = 37)" over "Acute GVHD | 15 (40.5) | …", "Children (n = 19)"): the rows' N
# (a phase of the treatment, no population: "After CAR-T infusion", "Following transplant", "Post-HSCT", "Before bridging")
_PHASE_SECTION = re.compile(r"(?:after|following|post|before|during|within|prior\s+to)\b", re.I | re.A)
# (a digit glued to a word's letters is the name's, no number: "Prior CD19-directed therapy (n = 27)" over "EFS | 77.8 (57.1 to
# 89.4) | …", b226-03)
_SIZED_SECTION_LABEL = re.compile(r"[A-Z](?:[^\d\t\n()]|(?<=[A-Za-z])\d+)*\(\s*[nN]\s*=\s*(\d+)\s*\)", re.A)

# (the same naming a graded event, maybe with numbers in its words: "CRS after CD7 CAR-T (N = 21)", "Chronic GVHD, evaluable at
# day 100 (N = 15)"; the event is checked by the caller)
_SIZED_EVENT_SECTION = re.compile(r"[A-Z][^\t\n()]{1,60}?\(\s*[nN]\s*=\s*(\d+)\s*\)", re.A)


def _section_over_row(text: str) -> bool:
    """Whether a sentence is a sized section's label run into the first row under it (the splitter joined them): "Chronic
    GVHD, evaluable at day 100 (N = 15)" over "Any | 4 (26.7)" (b230-02)."""
    head, _, rest = text.partition("\n")
    return "\t" not in head and "\t" in rest.split("\n", 1)[0] and bool(_SIZED_EVENT_SECTION.fullmatch(head.strip())) \
        and any(t[2] in ("crs", "neurotoxicity", "gvhd") for t in block_terms(head))


def _headless_format(sents: list[Sentence], i: int, reps) -> str | None:
    """The format head of a one-column table set alone, with no cell before it, so that the reader gave it no tab: a line
    "n (%)" (maybe the caption's last) over, maybe, a sized section's label and the first row ("Table 1. CRS and ICANS …"
    over "n (%)", "CRS after CD7 CAR-T (N = 21)" and "Any grade | 19 (90.5)", b230-02); ``sents[i]``, the table's first
    tabbed sentence, is then its first row, not its header. None otherwise."""
    cells = [c.strip() for c in sents[i].text.split("\t")]
    if not reps or "\n" in sents[i].text or len(cells) != 2 or not cells[0][:1].isalpha() or not _VALUE_CELL.fullmatch(cells[1]):
        return None
    lines = reps[sents[i].block].text[:sents[i].a].rstrip(" \t").split("\n")[-3:-1]
    if len(lines) == 2 and _SIZED_EVENT_SECTION.fullmatch(lines[1].strip()):
        lines = lines[:1]   # (the first section's label right above the first row)
    last = lines[-1].strip() if lines else ""
    return last if _FORMAT_CELL.fullmatch(last) and "%" in last else None


def _untabbed_groups(sents: list[Sentence], i: int, reps) -> list[str] | None:
    """The groups' heads of a table whose header line the reader gave no tab, each head sized, one for each value cell of
    the first row under it (a poster's "DL1 (n=3) DL2 (n=6) DL3 (n=9) Total (N=18)" over "CR/CRi at day 28, n (%) | 1 (33.3) |
    4 (66.7) | 7 (77.8) | 12 (66.7)", b234-04; the heads' line in the row's sentence or the one before): ``sents[i]``, the
    table's first tabbed sentence, is then its first row, not its header. None otherwise."""
    lines = sents[i].text.split("\n")
    if len(lines) < 2 and reps:
        lines = reps[sents[i].block].text[:sents[i].a].rstrip(" \t").split("\n")[-2:-1] + lines
    if len(lines) < 2 or "\t" in lines[-2] or "\t" not in lines[-1]:
        return None
    cells = [c.strip() for c in lines[-1].split("\t")]
    if not cells[0][:1].isalpha() or not all(_VALUE_CELL.fullmatch(c) for c in cells[1:]):
        return None
    heads = [m.group().strip() for m in _N_HEAD.finditer(lines[-2])]
    if len(heads) != len(cells) - 1 or "".join(heads).replace(" ", "") != lines[-2].replace(" ", ""):
        return None
    return heads


# a subgroups' label whose one number is the year of the classification it follows, maybe with its footnote's mark
# ("Adverse-risk genetics (ELN 2022)c" over "Yes | 10 | 7 (70.0) | …", "Cytogenetic risk (MRC 2010)", "Risk (WHO 2016)")
_CLASS_YEAR_LABEL = re.compile(r"[A-Za-z][^\d\t\n()]*\(\s*[A-Z][\w/-]*\s+(?:19|20)\d\d\s*\)\s?[a-h*\u2020\u2021]?", re.A)


# a row's CIs on the line below, set so close that the reader ran them together ("12-mo PFS, % | 50.0 | 78.6 | 81.8 |
# 76.9" over "(95% CI) (11.1–80.4) | | (58.1–90.0) (44.7–95.1) | | (61.4–86.8)", a poster's table): its label and groups
_CI_RUN_LINE = re.compile(r"(?P<lab>[^\t\n()]{0,20}\(\s*95\s*%\s*CI\s*\))?(?:[ \t]*\([^()\t\n]*\))+[ \t]*", re.A)
_CI_GROUP = re.compile(r"\([^()\t\n]*\)", re.A)


def _cis_retabbed(line: str, row: str) -> str:
    """``line``, a row's CIs run together, one cell a CI again when there is one for each of ``row``'s bare values
    (see _CI_RUN_LINE); else ``line`` as it is."""
    m = _CI_RUN_LINE.fullmatch(line)
    if not m or not any(len(_CI_GROUP.findall(c)) + bool(m.group("lab") and i == 0) > 1 for i, c in enumerate(line.split("\t"))):
        return line
    groups = _CI_GROUP.findall(line, m.end("lab") if m.group("lab") else 0)
    bare = [c for c in row.split("\n", 1)[0].split("\t")[1:] if c.strip() and "(" not in c]
    if len(groups) != len(bare) or not all(_CI_BELOW.match(g) for g in groups):
        return line
    return "\t".join(([m.group("lab").strip()] if m.group("lab") else []) + groups)


def _cis_below(sents: list[Sentence], j: int) -> bool:
    """Whether ``sents[j]`` is a row's CI alone on the next line ("2-year OS, % (95% CI) | 74·3 | 27·3 (6·5–53·9)" over
    "(45·0–89·6)"), a next row following in the same block."""
    s = sents[j]
    return _between_rows(sents, j) and s.text[:1] == "(" and bool(_CELLS_BELOW.fullmatch(s.text)) and bool(_CI_BELOW.match(s.text))


def _between_rows(sents: list[Sentence], j: int) -> bool:
    """Whether ``sents[j]``, a line with no cells, lies right between two of a table's rows in one block (a label's end,
    a group's label, a row's CIs: see the three callers)."""
    if not 0 < j < len(sents) - 1:
        return False
    s, prev, nxt = sents[j], sents[j - 1], sents[j + 1]
    # (a row whose last cells are empty ends in their tabs, "24-month rate (95% CI), % | 63.5 (…) | 52.1 (…) | | " over
    # "Best overall response, No. (%)" and a row with a P cell: its line's end lies a few characters further)
    return "\t" not in s.text and s.block == prev.block == nxt.block and "\t" in prev.text \
        and "\t" in nxt.text.split("\n", 1)[0] and nxt.a - s.b <= 2 and (s.a - prev.b <= 2 or s.a - prev.b <= 6
                                                                       and prev.text.count("\t") < nxt.text.split("\n", 1)[0].count("\t"))


# a row label cut short, its end on the next line: "Allo-HSCT after", "MRD-negative among", "CRS grade 3 or higher,"
_LABEL_GOES_ON = re.compile(r"(?:\b(?:after|among|before|with|without|in|of|to|for|and|or|by|at|per|than|from|on)|[,/-])\s*$", re.I | re.A)
# the cells' format stated in a footnote under a table: "Values are % (95% CI)", "Data are percentages (95% CI)",
# "Estimates are shown as % (95% CI)"
# (or after the other columns' formats, Lancet's "Data are n (%) or % (95% CI)", "Data are median (IQR), n (%), or % (95% CI)")
_CI_NOTE = re.compile(r"\b(?:values|data|estimates|results)\s+(?:are|represent)\s+(?:(?:shown|given|presented|expressed|reported)\s+as\s+)?"
                      r"(?:Kaplan[-\u2013]Meier\s+estimates,?\s+)?"   # ("Data are Kaplan-Meier estimates, % (95% CI), unless otherwise stated")
                      r"(?:(?:n(?:/N)?|median|mean)\s*\(\s*(?:%|IQR|range|SD)\s*\)\s*,?\s+(?:or\s+)?){0,3}"
                      r"(?:%|percent(?:age)?s?)\s*\(\s*95\s*%\s*(?:CI|confidence\s+intervals?)\s*\)"
                      # (or the CIs named after the percent: "Values are median in months or percent, with 95% CIs in parentheses",
                      # "Data are percentages with 95% confidence intervals in brackets")
                      r"|\b(?:values|data|estimates|results)\s+(?:are|represent)\s+[^.;\n]{0,40}?(?:%|\bpercent(?:age)?s?\b),?\s+with\s+"
                      r"(?:the\s+|their\s+)?95\s*%\s*(?:CIs?|confidence\s+intervals?)\s+in\s+(?:parenthes[ie]s|brackets)"
                      # (or named with no verb, JCO's note: "NOTE. Kaplan-Meier estimates, % (95% CI).", b226-03; "Landmark
                      # estimates: % (95% CI)", "Survival estimates, % [95% CI]")
                      r"|\b(?:Kaplan[-\u2013]Meier|survival|landmark)\s+estimates?\s*[,:]\s*%\s*[(\[]\s*95\s*%\s*CI\s*[)\]]", re.I | re.A)
# the cells' format stated once under a table's header (NEJM): "number of patients (percent)", "no. of patients/total no. (%)",
# or shorter under "Patients (N = 8)": "no. (%)"
_FORMAT_LINE = re.compile(r"\b(?:number|no\.)\s+of\s+patients(?P<tot>\s*/\s*total\s+no\.)?\s*(?:\(\s*(?:%|percent)\s*\)|$)"
                          r"|(?<![\w,] )\bno\.\s*\(\s*%\s*\)", re.I | re.A)


# a cell's footnote mark after its closing parenthesis: "8 (100)a", "2 (25.0)b", "3 (37.5)*" (a letter the PDF set as a
# superscript, run into the cell)
_CELL_MARK = re.compile(r"(?<=\))\s?[a-h*\u2020\u2021\u00a7]$", re.A)


# a table's footnote run into its last row, its mark then a sentence: "a One patient had grade 4 CRS." (repaired to "a 1 patient
# had grade 4 CRS."), "† Two grade 3 events."
_FOOTNOTE_LINE = re.compile(r"^(?:[a-h]|[*\u2020\u2021\u00a7])[ \t]+(?=[A-Z]|\d+ [a-z])(?P<t>[^\n]+)$", re.M | re.A)


def _table_footnotes(text: str) -> list[Found]:
    """A graded event's count that a footnote of the table adds ("a One patient had grade 4 CRS." under the "CRS, any grade"
    row's "8 (100)a"); the footnote's other numbers are no results ("b Percentages are of 24 infused patients")."""
    out = []
    for m in _FOOTNOTE_LINE.finditer(text, text.find("\n")):
        t = m.group("t")
        out += [Found(f.endpoint, f.fields, f.rule, m.start("t") + f.pos) for f in read_sentence(t, block_terms(t))
                if f.endpoint in GRADED and f.fields.get("grade") not in (None, "any")]
    return out


def _unmarked(label: str) -> str:
    """A table label without its footnote letter ("Cytokine release syndromea", "Overall responsed"), when the
    letter hides the endpoint term that ends the label or follows a grade range ("grade 1-2b")."""
    if len(label) > 3 and label[-1] in "abcdefgh" and label[-2].isdigit() and label[-3] in "-\u2013/":
        return label[:-1]   # (after a grade range: "Acute GVHD, grade 1-2b")
    if len(label) > 3 and label[-1] in "abcdefgh" and label[-2].isalpha():
        cut = label[:-1]
        if any(e == len(cut) and lab != "X" for _, e, lab, _ in block_terms(cut)) \
                and not any(e == len(label) for _, e, _, _ in block_terms(label)):
            return cut
        if any(e == len(cut) and rid == "x.mort" for _, e, _, rid in block_terms(cut)) \
                and any(lab != "X" for _, _, lab, _ in block_terms(label)):
            return cut   # (or hides a non-endpoint that holds one's name: "Non-relapse mortalityc", no relapse)
    return label


def _tabbed(s: Sentence, reps) -> str:
    """``s``'s text with the empty cells its line starts or ends with (a header line "\t= 6)\t(n = 8)\t"
    under "\tAutologous (n\tDonor-derived\tAll (n = 14)": sentences are stripped of them)."""
    if not reps:
        return s.text
    t = reps[s.block].text
    head = t[t.rfind("\n", 0, s.a) + 1:s.a]
    end = t.find("\n", s.b)
    tail = t[s.b:end if end >= 0 else len(t)]
    return (head.replace(" ", "") if head.strip(" \t") == "" else "") + s.text + \
        (tail.replace(" ", "") if tail.strip(" \t") == "" else "")


def _row_head(s: Sentence, reps) -> str:
    """The start of a table row's label left before the sentence on the row's own line, cut off at an abbreviation's
    period ("MRD-neg." of "MRD-neg. CR/CRi | 1 (33.3) | 7 (77.8) | …"), or ""."""
    if not reps:
        return ""
    t = reps[s.block].text
    head = t[t.rfind("\n", 0, s.a) + 1:s.a]
    return head.strip() if head.strip() and "\t" not in head and len(head) < 40 else ""


def _label_lines(between: str) -> bool:
    """A few short lines between two table rows: the cells' format and a group's label ("number of patients",
    "(percent)", "Cytokine release syndromea"), no footnote or paragraph."""
    lines = between.strip().split("\n")
    return len(lines) <= 4 and all(len(ln) <= 40 and "\t" not in ln for ln in lines)


def _p_cell(v: str) -> str:
    """A table's p-value cell as the record's value ("= 0.03" → "0.03", "< .001" → "<.001")."""
    return v.replace(" ", "").lstrip("=")


# a count cell of none: "0", "0 (0)", "0 (0.0)", "0/6", "0/6 (0%)"
_ZERO_CELL = re.compile(r"0(?:\s*/\s*\d+)?(?:\s*\(\s*0(?:\.0+)?\s*%?\s*\))?", re.A)


def _zero_cell(f: Found, v: str) -> None:
    """A rate read from a count cell of none is a stated absence in the cell's group (record.md: a "0" under a count
    format), a response's too: "CR | 0 | 3 (50.0)" under "DL1 (n=3)", "Acute GVHD, n (%) | … | 0 (0)"."""
    if f.endpoint in RATE and f.fields.get("n") == 0 and _ZERO_CELL.fullmatch(v.strip()):
        f.fields.pop("derived", None)
        f.fields.update(percent=0.0, negated=True)


def _count_value(v: str, size: int | None) -> str:
    """A cell under a count format as text: "2 (66.7)" a count and its percent ("2 (66.7%)"), "0"
    none of the group ("0/6" when its ``size`` is known)."""
    return f"0/{size}" if v == "0" and size else _CELL_N_PCT.sub(_PCT_SIGN, v)


def _count_cell(name: str, v: str, size: int | None) -> str:
    """The sentence a cell states under a count format ("CRS, any grade, n (%)"): "2 (66.7)" a count
    and its percent, "2" a count, "0" none of the group (of its ``size`` when known)."""
    if v.isdigit() and v != "0":
        return f"{name} in {v} patients."
    return f"{name}: {_count_value(v, size)}."


# a per-patient table: its first column heads patient ids ("Pt", "Patient no.", "UPN", "Case"), its rows start with one
_PATIENT_HEAD = re.compile(r"(?:pts?|patients?|case|subjects?|UPN|ID|no|#)(?:\.|\s+(?:no\.?|number|ID|#))?\s*(?:/\s*(?:sex|age)[\w/ ]*)?", re.I | re.A)
# a literature table's row naming another study by its authors: "Xu et al. (3) | 20 | 18 (90.0) | 2 (10.0)", "Santos et al, 2023"
_OTHER_STUDY_ROW = re.compile(r"\bet\s+al\b", re.I | re.A)
# a page's foot set under a table's last row, the citation with its DOI and the page number: "Blood Cancer Journal (2026)
# 16:41; https://doi.org/10.5555/s41408-026-01402-7 | 1", "Leukemia (2025) 39:1782 – 1790; doi:10.1038/… | 3"
_FOOT_ROW = re.compile(r"\bdoi(?:\.org/|:\s*)10\.\d{4,}/", re.I | re.A)
# a case's timeline row labelled by its date: "Mar 2024 | +5 | CRS grade 2; tocilizumab", "Apr. 2024 | +28 | MRD-negative CR | 0%"
# a Kaplan-Meier plot's row of the numbers at risk: "At risk15 | 11 | 7", "No. at risk", "Number at risk (CR)"
_AT_RISK_ROW = re.compile(r"(?:(?:no\.?|numbers?|n)\s+)?at\s+risk(?![a-z])", re.I | re.A)
_DATE_ROW = re.compile(r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d"
                       r"|(?:19|20)\d\d-\d\d(?:-\d\d)?|\d{1,2}/(?:19|20)\d\d", re.I | re.A)
_PATIENT_ID = re.compile(r"(?:(?:pts?|patients?|case|subjects?|UPN|ID|no\.?|#)\s*)?(?!DL|dl|Dl)(?:[A-Z]{0,3}-?\d{1,4}[a-z]?)(?:\s*[/,]\s*[\w/ ]{1,12})?", re.I | re.A)
# a per-patient table's dose column, its multiplier and unit in its head: "Dose (×10^6/kg)", "Dose, ×10^6 cells/kg",
# "CAR-T dose (×10^7 cells)", "Dose, × 10^6/kg"
_PATIENT_DOSE_HEAD = re.compile(r"(?:CAR[- ]?T\s+(?:cell\s+)?)?dose\s*[(,]\s*[\u00d7x]\s*10\^?(?P<e>\d{1,2})\s*(?:CAR[+-]?\s*T?\s*)?(?:cells\s*)?"
                                r"(?:(?P<kg>/\s*kg|per\s+kg)|(?<=cells\s)|(?<=cells))\s*\)?", re.I | re.A)
# a per-patient table set the other way, one patient a column: "\tPatient 1\tPatient 2\tPatient 3", "Pt 1 | Pt 2", "Case 1 | Case 2"
_PATIENT_COLUMN = re.compile(r"(?:pts?\.?|patients?|case|subjects?|UPN)\s*#?\s*[A-Z]{0,3}-?\d{1,4}[a-z]?", re.I | re.A)


def _patient_columns_above(s: Sentence, reps) -> bool:
    """Whether the run of tabbed lines ``s`` lies in is headed by patients, one a column ("\tPatient 1\tPatient 2\tPatient 3"
    over "Second HSCT | Day 47 | Day 62 | No" and "Status | CR, 14 mo | CR, 11 mo | Relapse, 5 mo")."""
    t = reps[s.block].text
    end = t.rfind("\n", 0, s.a)
    while end > 0:
        a = t.rfind("\n", 0, end) + 1
        line = t[a:end]
        if "\t" not in line:
            return False
        cols = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cols) >= 2 and all(_PATIENT_COLUMN.fullmatch(c) for c in cols):
            return True
        end = a - 1
    return False


# a row naming only a grade: "Grade 1", "Grade ≥3", "Grades 3–4, n (%)", "Any grade", "Acute"
_GRADE_ROW = re.compile(r"(?:(?:any|all)\s+grades?|(?:grades?|gr\.?)\s*(?:[\u2265>]=?\s*)?(?:[1-5]|IV|I{1,3})(?:\s*(?:[-\u2013/]|or|to)\s*(?:[1-5]|IV|I{1,3}))?"
                        r"(?:\s+or\s+(?:higher|above|more|greater))?|[\u2265>]=?\s*grade\s*[1-5]|acute|chronic)(?:\s*,\s*(?:n|no\.)\s*(?:\(\s*%\s*\))?)?", re.I | re.A)
_TOPIC_NAME = {"crs": "CRS", "neurotoxicity": "ICANS", "gvhd": "GVHD"}


def _table_topic(header: list[str], width: int, caption: str) -> str | None:
    """The one graded event a table is about, named in its corner cell ("CRS grade") or else its caption ("Table 2.
    Cytokine release syndrome by dose level"), or None."""
    for where in ([header[0]] if len(header) >= width and header else []) + [caption]:
        terms = {t[2] for t in block_terms(where) if t[2] != "X"}
        if len(terms) == 1 and terms <= {"crs", "neurotoxicity", "gvhd"}:
            return terms.pop()
    return None


_CAPTION_N_PCT = re.compile(r"[\[(,]\s*n(?P<tot>\s*/\s*N)?\s*\(\s*%\s*\)\s*\]?\s*\.?\s*$", re.A)
# the whole table's size in its caption: "Table 1. Best response by compartment (N = 19), n (%)"
_CAPTION_SIZE = re.compile(r"\(\s*[nN]\s*=\s*(\d+)\s*\)", re.A)


def _whole_columns(caption: str, label: str, heads: list[str], values: list[str]) -> int | None:
    """The caption's size when every column is a view of the whole cohort ("Systemic | CNS", no size of its own) and each
    count's percent is of that size ("13 (68.4) | 12 (63.2)" of 19): no column is a subset with a size of its own."""
    m = _CAPTION_SIZE.search(caption or "")
    if not m or not _ROW_FORMAT.search(label) or not (size := int(m.group(1))):
        return None
    if not all(h and not _HEAD_SIZE.search(h) and not _P_HEAD.fullmatch(h) and not _TIME_HEAD.search(h) for h in heads):
        return None
    counted = False
    for v in values:
        if v == "0":
            continue
        cm = _CELL_N_PCT.fullmatch(v)
        if not cm or "/" in cm.group(1) or int(cm.group(1)) > size \
                or abs(100 * int(cm.group(1)) / size - float(cm.group(2))) > (0.5 if "." not in cm.group(2) else 0.1):
            return None
        counted = True
    return size if counted else None


def _one_column(caption: str, head: str, value: str) -> int | None:
    """The whole cohort's size when a table has one column of results, that size in its heading ("All patients (n = 24)")
    or, under a heading of the cells' format ("n (%)", "No. (%)"), in the caption ("Table 2. Responses (N = 24)"), and the
    cell is a count whose percent is of that size ("18 (75.0)" of 24): read as a column of a group with its size."""
    m = _HEAD_SIZE.search(head) if _N_HEAD.fullmatch(head) else \
        _CAPTION_SIZE.search(caption or "") if _FORMAT_CELL.fullmatch(head) and "%" in head else None
    cm = _CELL_N_PCT.fullmatch(value)
    if not m or not cm or "/" in cm.group(1) or not (size := int(m.group(1))) or int(cm.group(1)) > size:
        return None
    return size if abs(100 * int(cm.group(1)) / size - float(cm.group(2))) <= (0.5 if "." not in cm.group(2) else 0.1) else None


_PM_HEAD = re.compile(r",?\s*%?\s*\(\s*%?\s*\u00b1\s*S[DE]M?\s*\)\s*$", re.I | re.A)
_PM_CELL = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*\u00b1\s*\d+(?:\.\d+)?\s*%?", re.A)


def _table_row(row: str, header: list[str], width: int, caption: str = "",
               next_label: str | None = None, group: str | None = None, more_label: str | None = None) -> list[Found] | None:
    """The measurements of a table row read cell by cell (see above), or None when the row
    reads as a sentence (its label names the endpoint and its cells are counts). A row whose
    label names no endpoint takes its group's ("PFS" over "Median (95% CI), mo")."""
    line, _, rest = row.partition("\n")   # (a table's footnote run into its last row: "…\nP values are from log-rank tests")
    more = rest.split("\n", 1)[0].split("\t") if rest[:1] == "(" or _LABEL_CIS_BELOW.match(rest) else ()
    if len(more) > 1 and "\t" in line and not _CI_BELOW.match(more[0]) and all(_CI_BELOW.match(c) for c in more[1:]):
        # the label's own second line first: "12-month OS, %" over "(95% CI) | (42.1-70.9) | (67.3-93.3)"
        head, _, tail = line.partition("\t")
        line, more = f"{head.rstrip()} {more[0].strip()}\t{tail}", more[1:]
    if more and len(more) < line.count("\t") + 1 and all(c.strip()[:1] == "(" and c.strip()[-1:] == ")" for c in more):
        # cells set on two lines, their CIs below them ("50·0%\t61·5%" over "(11·1–80·4)\t(30·8–81·8)")
        parts = line.split("\t")
        end = len(parts) - 1 if _P_CELL.fullmatch(parts[-1].strip()) and len(parts) - 1 > len(more) else len(parts)
        k = end - len(more)   # (under the value cells, not a last column of p-values: "71.4 | 22.2 | <.001")
        bare = [i for i in range(1, end) if parts[i].strip() and "(" not in parts[i] and "[" not in parts[i]]
        if len(bare) == len(more) and bare != list(range(k, end)):
            # fewer CIs below than cells, the others' CIs beside them ("74·3 | 27·3 (6·5–53·9)" over "(45·0–89·6)"): the CIs
            # go under the cells without one
            for i, b in zip(bare, more):
                parts[i] = f"{parts[i]} {b.strip()}"
            line = "\t".join(parts)
        else:
            line = "\t".join(parts[:k] + [f"{a} {b.strip()}" for a, b in zip(parts[k:end], more)] + parts[end:])
    cells = [c.strip() for c in (line if "\t" in line else row).split("\t")]
    if more_label:   # (its label's second line, before a first value the label ran into: "Cytokine release syndrome, 15 (100%)")
        tv = _TRAILING_VALUE.search(cells[0]) if len(cells) < len(header) else None
        cells[0] = f"{cells[0][:tv.start()]} {more_label}{cells[0][tv.start():]}" if tv else f"{cells[0]} {more_label}"
    label, values = _unmarked(cells[0]), [_CELL_MARK.sub("", v) for v in cells[1:]]
    if "\n" in label and _section_over_row(row):
        sec = label.split("\n", 1)
        group, label = group or sec[0].strip(), sec[1].strip()   # (a section's label run into its first row: see _section_over_row)
    own = label   # (the row's own label, before its group's or the caption's words join it)
    if not values:
        return None
    if group and len(values) == 1 and _DIAGNOSIS_GROUP.match(group) and (cn := _LEAD_COUNT.match(values[0])) \
            and (d := cues().disease.fullmatch(label.strip())):
        # a baseline table's disease rows under their group line ("Diagnosis, n (%)" over "AML | 14 (77.8)" and "MPAL | 4
        # (22.2)", one column of the whole cohort): how many had each disease
        return [Found("disease_count", {"value": int(cn.group(1)), "label": cues().disease_labels.get(d.group("d").lower(), d.group("d"))},
                      "cohort.disease", row.find(values[0]))]
    if group and len(values) >= 2 and len(header) >= len(values) and _DIAGNOSIS_GROUP.match(group) \
            and (d := cues().disease.fullmatch(label.strip())) and all(_LEAD_COUNT.match(v) for v in values) \
            and all(_HEAD_SIZE.search(h) for h in header[-len(values):]):
        # the same rows with a column per group, each sized ("Diagnosis, n (%)" over "T-ALL | 10 (71.4) | 9 (81.8) | 19 (76.0)"
        # under "PEBL7 (n = 14) | Donor-derived (n = 11) | All patients (n = 25)", b215-01): each group's count, the whole
        # cohort's with no group (not a response table's columns by diagnosis: "T-ALL | 19 | 17 (89.5)" under "Patients, n |
        # CR/CRi, n")
        out, pos = [], 0
        for h, v in zip(header[-len(values):], values):
            pos = row.find(v, pos)
            g = _GROUP_NAME.match(h).group().strip()
            if int(_LEAD_COUNT.match(v).group(1)):
                out.append(Found("disease_count", {"value": int(_LEAD_COUNT.match(v).group(1)),
                                                   "label": cues().disease_labels.get(d.group("d").lower(), d.group("d")),
                                                   **({"subgroup": g} if g and g.lower() not in _WHOLE_COHORT
                                                      and not g.lower().startswith("all ") else {})}, "cohort.disease", pos))
        return out
    if "(" in label and (dm := _DEFINED.search(label)) and any(t[2] != "X" for t in block_terms(label[:dm.start()])) \
            and len({t[2] for t in block_terms(dm.group()) if t[2] != "X"}) + sum(1 for t in block_terms(dm.group()) if t[2] != "X") >= 3:
        # a label defined in parentheses by its parts ("Overall response (marrow CR/CRi or extramedullary PR), n (%)",
        # "ORR (CR + PR)"): the endpoint is the one named before them
        label = label[:dm.start()] + label[dm.end():]
    if header and _PATIENT_HEAD.fullmatch(header[0]) and _PATIENT_ID.fullmatch(label):
        # one patient's row ("P03 | T-ALL | DL2 | CR, MRD-neg | 41"): its numbers are no rate's counts; its dose is a dose
        # ("2 | 27 | 1.0 | …" under "Pt | Age, y | Dose (×10^6/kg) | …"), one item a level (the rows' repeats restate it)
        out = []
        for h, v in zip(header[1:], values) if len(header) == len(values) + 1 else ():
            # (a zero is no dose given: a row whose id cell the reader lost, its cells shifted one column left, puts the CRS
            # grade's "0" under the dose, "19/F | ETP-ALL | 98.0 | 1 | 0 | 0 | NR" under "UPN | Age/sex | … | Dose, ×10^6/kg", b192-03)
            if (dh := _PATIENT_DOSE_HEAD.fullmatch(h)) and re.fullmatch(r"\d+(?:\.\d+)?", v, re.A) and float(v) > 0:
                text = f"Dose: {v} × 10^{dh.group('e')} CAR-T cells{'/kg' if dh.group('kg') else ''}"
                out += [Found(f.endpoint, f.fields, f.rule, row.find(v)) for f in read_sentence(text, block_terms(text)) if f.endpoint == "dose"]
        return out
    if _AT_RISK_ROW.match(label):
        return []   # a survival plot's numbers at risk ("At risk | 15 | 11 | 7 | 3 | 1" under "0 | 6 | 12 | 18 | 24"): no result
    if _OTHER_STUDY_ROW.search(label) or _DATE_ROW.fullmatch(label) or _FOOT_ROW.search(line):
        # another study's row ("Xu et al. (3) | 20 | 18 (90.0)"), a dated event of a timeline ("Mar 2024 | +5 | CRS grade 2"),
        # or the page's foot under the table (see _FOOT_ROW)
        return []
    cap_fmt = ""   # the cells' format the table states once
    if caption and (fm := _FORMAT_LINE.search(caption)) and not _ROW_FORMAT.search(label) and not _CI_HEAD.search(label):
        cap_fmt = ", n/N (%)" if fm.group("tot") else ", n (%)"   # (under its header)
    elif caption and "%" in caption and (cf := _CAPTION_N_PCT.search(caption)) and not _ROW_FORMAT.search(label) \
            and not _CI_HEAD.search(label) and "%" not in label and "\u00b1" not in label and "median" not in label.lower():
        # (the format in the caption: "Table 2 Efficacy and safety of the groups [n (%)]", "Outcomes by subtype, n/N (%)")
        cap_fmt = ", n/N (%)" if cf.group("tot") else ", n (%)"
    label += cap_fmt
    if "\u00b1" in label and (pm := _PM_HEAD.search(label)):
        # "1-year OS, % (±SE) | 73.1±10.3": each cell's estimate; a standard error is no CI
        label = label[:pm.start()]
        values = [(m.group(1) + "%" if "%" in pm.group() else m.group(1)) if (m := _PM_CELL.fullmatch(v)) else v for v in values]
    if group and _ROW_FORMAT.search(group) and not any(t[2] != "X" for t in block_terms(label)) and any(
            t[3] == "x.ae" and "toxicit" not in label[t[0]:t[1]].lower() and "event" not in label[t[0]:t[1]] for t in block_terms(label)):
        return []   # another adverse event under the group ("Grade ≥3 neutropenia at day 28" below "ICANS, n (%)")
    own_terms = block_terms(label) if group else []
    if group and not any(t[2] != "X" for t in own_terms) and any(t[2] != "X" for t in block_terms(group)) \
            and (any(t[3] in ("x.mlfs", "x.tx") or t[3] == "x.ae" and "toxicit" not in label[t[0]:t[1]].lower()
                     and "event" not in label[t[0]:t[1]] for t in own_terms) or _NO_RESPONSE_ROW.fullmatch(own)):
        # another outcome, another adverse event or a drug given under a group that names an endpoint, its format in the
        # caption: "No response | 1 (33.3) | 0" below "Day-28 marrow response, n (%)", "Tocilizumab use | 9 (38%)" and
        # "Neutropenia, grade ≥3 | 22 (92%)" below "ICANS" (Data are n (%).), "NR | 1 (33.3) | 0" below "Best response at
        # day 28, n (%)"
        return []
    if group and (lg := _LANDMARK_GROUP.fullmatch(group)) and any(t[2] in SURV for t in block_terms(label)) \
            and not _TIME_HEAD.search(label) and not _CI_HEAD.search(label):
        # a landmark's estimates over rows naming their endpoints ("12-month estimates, % (95% CI)" over "PFS | 48.2
        # (35.1–60.1) | …"): the endpoint at that landmark, in the group's format
        label = f"{lg.group('n')}-{'year' if lg.group('u')[0] in 'yY' else 'month'} {label}, % (95% CI)"
    if group and not any(t[2] != "X" for t in block_terms(label)) and any(t[2] != "X" for t in block_terms(group)) \
            and not _P_HEAD.fullmatch(_COMPARES_ASIDE.sub("", label)) \
            and not any(t[3] in ("x.mlfs", "x.ae") for t in block_terms(label)):
        # (the group's count format goes after the row's name: "CRS, n (%)" over "Grade 1" → "CRS, Grade 1, n (%)"; a
        # p-value row under the group "Consolidative transplantation", "P value (HCT v no HCT)", stays one, and so does
        # another response category or adverse event: "Very good partial response | 1 (13)" under "Best response",
        # "Grade 4 neutropenia | 6 (75)" under "Cytokine release syndrome")
        gf = _ROW_FORMAT.search(group)
        label = f"{group[:gf.start()]}, {label}{group[gf.start():]}" if gf else f"{group} {label}"
        if not gf and (tr := _TIME_ROW.match(own)) and any(t[2] in SURV for t in block_terms(group)):
            # a landmark's row under its survival endpoint ("Progression-free survival" over "12 mo, % (95% CI)"): the
            # endpoint at that landmark, not a median of 12 months
            label = f"{tr.group('n')}-{'year' if tr.group('u')[0] in 'yY' else 'month'} {group}{own[tr.end():]}"
    elif group and (gf := _ROW_FORMAT.search(group)) and not _ROW_FORMAT.search(label):
        lab_terms = {t[2] for t in block_terms(label)} - {"X"}
        if lab_terms and lab_terms == {t[2] for t in block_terms(group[:gf.start()])} - {"X"}:
            # a row naming the group's own event takes its count format ("Grade ≥3 ICANS | 0 | 1 (4.5)" below "ICANS, n (%)")
            label += group[gf.start():]
    if _p_group_row(line, header):
        # a group's row with only its p-value (see _p_group_row; its empty cells maybe fewer than the columns): the header's
        # groups with their sizes compared in the label's endpoint
        named = [g for h in header[1:-1] if (g := _GROUP_NAME.match(h).group().strip()) and _HEAD_SIZE.search(h)
                 and g.lower() not in _WHOLE_COHORT and not g.lower().startswith("all ")]
        outcome = next(t[2] for t in block_terms(own) if t[2] != "X")
        return [Found("p_value", {"value": _p_cell(values[-1]), "outcome": outcome, **({"compares": named} if len(named) >= 2 else {})},
                      "p.table", row.rfind(values[-1]))]
    # a header with a cell over the labels has as many cells as the widest row; a row with fewer
    # cells than that ran its label into its first value ("Cytokine release syndrome 11 (79%)")
    heads = header[1:] if len(header) >= width else header
    if len(values) < len(heads) and len(values) == sum(1 for h in heads if not _P_HEAD.fullmatch(h)):
        heads = [h for h in heads if not _P_HEAD.fullmatch(h)]   # a row with no p-value cells (the pair's second row)
    elif len(values) < len(heads) and (m := _TRAILING_VALUE.search(label)):
        label, values = label[:m.start()].strip(), [m.group().strip()] + values
    # cells align from the right; a header whose cells ran together (too few tabs) names no column
    heads = heads[len(heads) - len(values):] if len(heads) >= len(values) else [""] * len(values)
    if len(heads) > 2 and (ev := [x for x, h in enumerate(heads) if _EVENTS_HEAD.fullmatch(h)]):
        # a survival table's column of events ("| N | Events, n | Median, months (95% CI) | 12-month, % (95% CI) |" over
        # "OS, all patients | 31 | 14 | 21.7 (13.4-NR) | 67.4 (47.9-81.0)"): deaths or events counted, no result
        heads, values = [h for x, h in enumerate(heads) if x not in ev], [v for x, v in enumerate(values) if x not in ev]
    if any(h[:1] in "HhOo" for h in heads):
        # a column of hazard or odds ratios ("HR (95% CI) | 0.41 (0.30 to 0.56)" beside the arms' "13.8 (8.9 to 22.4)" under
        # "Median (95% CI), months"): no estimate, no group
        c = cues()
        values = ["" if c.hazard_ratio.match(h) or c.odds_ratio.match(h) else v for h, v in zip(heads, values)]
    col_terms = [[t for t in block_terms(h) if t[2] != "X"] for h in heads]
    if any(_CR_OR_BETTER_ROW.match(h) for h in heads):
        # a stringent-CR column beside the "≥CR" one ("ORR | ≥VGPR | ≥CR | sCR | MRD negativity"): a part of that count,
        # no CR result of its own (as its row under a "≥CR" row)
        col_terms = [[] if _STRINGENT.match(h) else t for h, t in zip(heads, col_terms)]
    if cap_fmt and sum(map(bool, col_terms)) >= 2 and not any(t[2] != "X" for t in block_terms(label)):
        # the columns name the endpoints ("ORR | CR/CRi | MRD-negative CR/CRi" under "Day-28 response by subtype, n (%)"):
        # the caption's format is theirs, not the group's label
        label = label[:-len(cap_fmt)]
        heads = [f"{h}{cap_fmt}" if t and not _FORMAT_HEAD.search(h) and not _CI_HEAD.search(h) else h for h, t in zip(heads, col_terms)]
    if not any(col_terms) and _GRADE_ROW.fullmatch(label) and not any(t[2] != "X" for t in block_terms(label)):
        # a grade's row ("Grade 1 | 2 (66.7) | 5 (55.6)") under a table of one event, named in the corner cell ("CRS
        # grade") or else the caption ("Table 2. Cytokine release syndrome by dose level"): that event's grade
        if (topic := _table_topic(header, width, caption)):
            label = f"{_TOPIC_NAME[topic]}, {label}"
    out: list[Found] = []
    pos = min(len(label), row.index("\t")) if "\t" in row else len(label)   # (a label's wrapped end is no part of the row's line)
    pv = None
    if (_P_HEAD.fullmatch(_P_TEST_BEFORE.sub("", _COMPARES_ASIDE.sub("", label))) or (pv := _P_ROW_LABEL.fullmatch(label))) and values \
            and all(_P_CELL.fullmatch(v) for v in values if v not in _NO_VALUE):
        # a row of p-values under the columns' endpoints ("P | .15 | .04 | .39" under "Relapse, n (%) | 12-month RFS, %
        # (95% CI)"): each compares the rows above in its column's endpoint
        pair = None
        if pv and pv.group("a"):
            # the groups compared, a shared word given to both: "p value, high vs standard risk*", "Log-rank p value, cohort A vs B"
            a, b = pv.group("a").strip(), pv.group("b").strip()
            pair = [f"{a} {b.split()[-1]}" if " " not in a and " " in b else a,
                    f"{a.rsplit(' ', 1)[0]} {b}" if " " in a and " " not in b else b]
        ends = Counter((t[0][2], _p_cell(v)) for v, t in zip(values, col_terms) if v not in _NO_VALUE and t)
        for h, v, t in zip(heads, values, col_terms):
            pos = row.find(v, pos)
            if v not in _NO_VALUE and t:
                # (one endpoint's columns at two landmarks with one p-value, "12-month PFS, % (95% CI) | 24-month PFS, % (95% CI)"
                # over "Log-rank P | <.001 | <.001": each names its column, "12-month PFS", not one the other's restatement; a
                # p-value of its own keeps the endpoint's name, as the text's restatement of it does)
                outcome = t[0][2] if ends[(t[0][2], _p_cell(v))] < 2 else _CI_HEAD.sub("", _HEAD_COUNT.sub("", h)).strip(" ,")
                out.append(Found("p_value", {"value": _p_cell(v), "outcome": outcome, **({"compares": pair} if pair else {})},
                                 "p.table", pos))
        return out
    # (a grade column's count format is no part of its grade: "Grade 1–2, n", "Any grade, n (%)")
    heads_g = [_HEAD_COUNT.sub("", h) if "," in h else h for h in heads]
    grade_cols = [_GRADE_AT_END.search(h) for h in heads_g]
    # two grades' heads run together in one cell ("Grade 4 Grade 5" over "2 (5%)": the reader found no gap between them):
    # which of the two the cell is under is not known, so no grade is read from it
    grade_cols = [None if g and _GRADE_HEAD.fullmatch(h[:g.start()].strip(" ,")) else g for h, g in zip(heads_g, grade_cols)]
    if sum(1 for g, t in zip(grade_cols, col_terms) if g and g.group().lower() != "any" and not t) >= 2:
        # the columns are grades (maybe per arm: "Eqba-cel, grade 3"), the row an event ("CRS, grade ≥3, n (%)" names
        # its event: a column of endpoints)
        size, topic = None, None
        if not any(t[2] in ("crs", "neurotoxicity", "gvhd") for t in block_terms(label)):
            if block_terms(label) or not (_LABEL_SIZE.search(label) or _LEVEL_ITEM.fullmatch(_GROUP_NAME.match(label).group().strip())) \
                    or not (topic := _table_topic(header, width, caption)):
                return []   # another adverse event (neutropenia, infections): nothing to read
            # a group's row ("DL2 (n = 14) | 13 (92.9) | 8 (57.1) | …") under grade columns, the one event named in the
            # corner cell or the caption ("Extended Data Table 1 | Cytokine release syndrome by dose level"): that event's
            # grades in the group, of its size
            name = _GROUP_NAME.match(label).group().strip()
            size = int(k.group(1)) if (k := _LABEL_SIZE.search(label)) else None
            group = None if not name or name.lower() in _WHOLE_COHORT or name.lower().startswith("all ") else name
            label = _TOPIC_NAME[topic]
        arms = [h[:g.start()].strip(" ,") if g else "" for h, g in zip(heads_g, grade_cols)]
        # an arm is a subgroup only when two arms state values ("··" is not applicable)
        named = len({a for a, v in zip(arms, values) if a and v and v[0].isdigit()}) >= 2
        for h, v, g, arm in zip(heads, values, grade_cols, arms):
            pos = row.find(v, pos)
            if v and v[0].isdigit() and g:
                grade = g.group().strip(" ,")
                grade = "any grade" if grade.lower() == "any" else grade
                text = f"{label}, {grade}: {_CELL_N_PCT.sub(_PCT_SIGN, v)}."
                for f in read_sentence(text, block_terms(text)):
                    if named and arm:
                        f.fields.setdefault("subgroup", arm)
                    if not topic and group and (sec := _SIZED_SECTION_LABEL.fullmatch(group)):
                        # (the section's size, "After allo-HSCT (n = 37)"; a population's name is the cells' subgroup,
                        # "Children (n = 10)", a phase's no group of patients)
                        f.fields.setdefault("N", int(sec.group(1)))
                        if not _PHASE_SECTION.match(group) and (name := group[:group.rfind("(")].strip()).lower() not in _WHOLE_COHORT:
                            f.fields.setdefault("subgroup", name)
                    if topic:
                        f.fields.update({"N": size} if size else {})
                        f.fields.update({"subgroup": group} if group else {})
                    out.append(Found(f.endpoint, f.fields, f.rule, pos))
        return out
    # a table of the dose levels, with their doses and sizes but no endpoint ("Dose level | CAR-T cells/kg | Patients, n" over
    # "DL1 | 5 × 10^5 | 6" and "Total | — | 40"): each level's dose and treated count, the total's the treated
    dose_table = not any(col_terms) and any(_DOSE_HEAD.search(h) for h in heads) and any(_SIZE_HEAD.fullmatch(h) for h in heads) \
        and (_LEVEL_ITEM.fullmatch(label.strip()) or label.strip().lower() in _WHOLE_COHORT)
    if sum(map(bool, col_terms)) >= 2 or dose_table or (any(col_terms) and any(
            t and _FORMAT_HEAD.search(h) for h, t in zip(heads, col_terms))):
        # the columns name the endpoints ("OS, % (95% CI)", "CR/CRi, n/N (%)"); the row names its group,
        # maybe its size ("n") and a p-value comparing it with the next row ("Second allo-HSCT | 24 |
        # 78.6 (56.2–90.4) | 0.002" over "No second allo-HSCT | 15 | 40.0 (16.5–62.8)")
        name = label.strip() if _LEVEL_ITEM.fullmatch(label.strip()) else _GROUP_NAME.match(label).group().strip()   # ("Dose level 3")
        if (lv := _LEVEL_ITEM.match(name)) and _LEVEL_DOSE_AFTER.fullmatch(name, lv.end()):
            name = lv.group()   # ("Dose level 1: 1×10^6/kg": the level, its dose after a colon)
        group = None if name.lower() in _WHOLE_COHORT or name.lower().startswith("all ") \
            else name or None
        nxt = _GROUP_NAME.match(next_label).group().strip() if next_label else None
        when = _CAPTION_TIME.search(caption) if caption else None
        # a time point's row under columns of estimates per endpoint and population, the cells' format in the caption
        # ("Kaplan-Meier estimates, % [95% CI]" over "1 year | OS, all patients (n=52) | EFS, responders … (n=14)")
        cap_ci = _CI_HEAD.search(caption.rstrip(" .")) if caption else None
        timed = (tm := _TIME_HEAD.fullmatch(label)) and cap_ci
        # (the group's size in its label is the cells' N: "Allo-HSCT (n = 21) | 71.4 (47.2-86.0)")
        size, endpoint = int(k.group(1)) if (k := _LABEL_SIZE.search(label)) else None, None
        paired = {}   # a rate's column → the count of the column before it, of the same name
        for x in range(len(heads) - 1):
            if (fa := _HEAD_COUNT.search(heads[x])) and fa.group().strip(" ,") == "n" and values[x].isdigit() \
                    and (cb := _CI_HEAD.search(heads[x + 1])) and col_terms[x] \
                    and heads[x][:fa.start()].strip().lower() == heads[x + 1][:cb.start()].strip(" ,").lower():
                # a count's column beside its rate's, named the same (NEJM's "CR or CRi at Day 28 (no.) | CR or CRi at Day 28
                # — % (95% CI)" over "2 | 66.7 (9.4–99.2)"): one result, the count with its percent and CI
                paired[x + 1], values[x] = values[x], ""
        for x, (h, v, t) in enumerate(zip(heads, values, col_terms)):
            pos = row.find(v, pos)
            if not v:
                continue
            cell_ci = None
            if t and (cc := _CELL_N_PCT_CI.fullmatch(v)) and float(cc.group("lo")) <= float(cc.group("p")) <= float(cc.group("hi")) <= 100:
                # a count, its percent and the percent's CI (see _CELL_N_PCT_CI): the count cell, the CI its rate's
                v, cell_ci = cc.group("c").replace("%", ""), (float(cc.group("lo")), float(cc.group("hi")))
            ci = _CI_HEAD.search(h) if t else None
            if t and ci is None and cap_ci and not timed and any(x[2] in SURV for x in t) and _CI_CELL.fullmatch(v):
                ci = cap_ci   # (the estimates' format in the caption: "Survival estimates, % (95% CI)" over "12-month PFS")
            if timed and t and not ci and (m := _CI_CELL.fullmatch(v)) and (hm := _POPULATION_HEAD.fullmatch(h)):
                text = f"{tm.group('n')}-{tm.group('u').lower()} {hm.group('ep')} {m.group('v')}% (95% CI {m.group('ci') or m.group('cib')})."
                pop = (hm.group("pop") or "").strip()
                for f in read_sentence(text, block_terms(text)):
                    if f.endpoint not in SURV:
                        continue
                    if pop and pop.lower() not in _WHOLE_COHORT and not pop.lower().startswith("all "):
                        f.fields.setdefault("subgroup", pop)
                    if hm.group("n"):
                        f.fields.setdefault("N", int(hm.group("n")))
                    endpoint = endpoint or f.endpoint
                    out.append(Found(f.endpoint, f.fields, f.rule, pos))
                continue
            if group and _LEVEL_ITEM.fullmatch(group) and (dh := _DOSE_HEAD.search(h)) and _DOSE_CELL.fullmatch(v) \
                    and (("10" in v[1:]) != bool(dh.group("x"))):
                # "| Dose level | CD30.CAR-T cells/kg | Patients, n |" over "| DL1 | 5 × 10⁵ | 3 |": the level's dose
                text = f"{group}: {v}{' × 10^' + dh.group('e') if dh.group('x') else ''} CAR-T cells{'/kg' if dh.group('u') and 'k' in dh.group('u') else (dh.group('u') or '').replace(' ', '')}"
                out += [Found(f.endpoint, f.fields, f.rule, pos) for f in read_sentence(text, block_terms(text)) if f.endpoint == "dose"]
                continue
            if v.isdigit() and _EVALUABLE_HEAD.fullmatch(h):
                size = int(v)   # (the evaluable: the N of the row's counts, no treated count)
                continue
            if v.isdigit() and _SIZE_HEAD.fullmatch(h):
                size = int(v)
                if group and _LEVEL_ITEM.fullmatch(group):
                    # "| Dose level | Patients, n | CR/CRi, n (%) |" over "| DL2 | 6 | 3 (50.0) |": a dose level's treated count
                    out.append(Found("patients_treated", {"value": size, "subgroup": group}, "cohort.dose-level", pos))
                elif group is None and (_ALL_TREATED_ROW.fullmatch(name) or dose_table):
                    # "| | n | 12-month PFS |" over "| All infused patients | 64 | 68.5 (55.4–78.5) |": the treated
                    out.append(Found("patients_treated", {"value": size}, "cohort.dose-level", pos))
            elif (ci is None or ci is cap_ci) and (lm := _LABEL_LANDMARK.fullmatch(h) or _landmark_head(v, h)) \
                    and any(x[2] in SURV for x in t or ()) and (m := _CI_CELL.fullmatch(v)) and float(m.group("v")) <= 100:
                # a survival term at a landmark heads the column, the format in the caption, in a note under the table or
                # nowhere ("Group | n | OS, 12 mo | LFS, 24 mo" over "No allo-HCT | 31 | 67.7 (48.4-81.2) | 33.9 (17.6-51.0)",
                # "Values are Kaplan-Meier estimates, % (95% CI)"): a landmark's estimate is a percent, its range the CI (no
                # median of 67.7 months: "mo" is the landmark's unit)
                text = f"{lm.group('n')}-{lm.group('u').lower()} {lm.group('ep')} {m.group('v')}% (95% CI {m.group('ci') or m.group('cib')})."
            elif ci and (m := _CI_CELL.fullmatch(v)):
                name = (h[:ci.start()] if ci is not cap_ci else h).strip(" ,")
                unit = "%" if (ci.group('unit') or ci.group('unit2') or '%') == '%' else ' months'
                if ci is cap_ci and ((mh := _MONTHS_HEAD.search(name)) and not _TIME_HEAD.search(name) or name.lower().startswith("median")):
                    # a median's column under a caption of both formats ("Median PFS, months" under "Data are % (95% CI) or
                    # median (95% CI)"): months, not a percent (a landmark's months are no unit: "Overall survival at 12 months")
                    name, unit = name[:mh.start()] if mh else name, " months"
                lead = f"{when.group(1)}-{when.group(2).lower()} " if when and not _TIME_HEAD.search(name) else ""
                text = f"{lead}{name} {m.group('v')}{unit} (95% CI {m.group('ci') or m.group('cib')})."
                if x in paired and unit == "%":
                    count = f": {paired[x]}/{size}" if size else f" in {paired[x]} patients"
                    text = f"{lead}{name}{count} ({m.group('v')}%; 95% CI {m.group('ci') or m.group('cib')})."
            elif ci:
                continue   # (no estimate with its CI under a "% (95% CI)" heading: a test statistic's row, "χ2 value | 4.61")
            elif t and (fmt := _ROW_FORMAT.search(h)):
                text = _count_cell(h[:fmt.start()], v, size)
            elif (fmt := _ROW_FORMAT.search(h)) and _TRANSPLANT_ROW.fullmatch(h[:fmt.start()].strip()):
                text, t = f"{_count_value(v, size)} proceeded to HSCT.", True   # ("Allo-HSCT after CAR T, n": the transplanted)
            elif not t and size and (_TRANSPLANT_COL.fullmatch(h) or _TRANSPLANT_ROW.fullmatch(h)) \
                    and (cm := _CELL_N_PCT.fullmatch(v)) and "/" not in v and abs(100 * int(cm.group(1)) / size - float(cm.group(2))) < 0.1 \
                    and any(x[2] in ("complete_remission", "overall_response") for c in col_terms for x in c):
                text, t = f"{_count_value(v, size)} proceeded to HSCT.", True   # (_TRANSPLANT_COL's: a count and its percent of the row's group)
            elif t and (um := _MONTHS_UNIT.search(h)) and _BARE_NUMBER.fullmatch(v):
                # a median's column in its unit, the rows naming the groups ("Median PFS, months" over "≥200 | 8 | 6 (75.0) | 11.3")
                text = f"{h[:um.start()]} {v} months."
            elif t and size and (cm := _CELL_N_PCT.fullmatch(v)) and "/" not in v \
                    and abs(100 * int(cm.group(1)) / size - float(cm.group(2))) < 0.1:
                # a count and its percent of the row's group, no format stated ("Disease | ORR | CR/CRi" over "AML (n = 14) |
                # 10 (71.4) | 8 (57.1)"): the percent is the count's of the group's size
                text = _count_cell(h, v, size)
            elif t and size and v.isdigit() and 0 < int(v) <= size and any(x[2] in RATE for x in t) and not _FORMAT_HEAD.search(h):
                # a bare count under a response's column, the row's size in its own column ("Evaluable, n | CR | PR" over
                # "4 | 0 | 1"): the count of that size
                text = f"{h}: {v}/{size}."
            elif t:
                text = f"{h} {_CELL_N_PCT.sub(_PCT_SIGN, v) if '/N' in h else v}."   # ("32/35 (91.4)": a stated percent)
            elif _P_HEAD.fullmatch(h) and _P_CELL.fullmatch(v) and endpoint:
                f = {"value": _p_cell(v), "outcome": endpoint}
                if group and nxt:
                    f["compares"] = [group, nxt]
                out.append(Found("p_value", f, "p.table", pos))
                continue
            else:
                continue
            if not (t or ci):
                continue
            for f in read_sentence(text, block_terms(text)):
                if f.endpoint == "p_value":
                    continue
                _zero_cell(f, v)
                if cell_ci and f.endpoint in RATE and f.fields.get("ci_low") is None:
                    f.fields.update(ci_low=cell_ci[0], ci_high=cell_ci[1])
                if group:
                    f.fields.setdefault("subgroup", group)
                if size is not None and (f.endpoint in SURV or f.endpoint in RATE):
                    f.fields.setdefault("N", size)
                endpoint = f.endpoint
                out.append(Found(f.endpoint, f.fields, f.rule, pos))
        return out
    est = [_TIME_CI_HEAD.fullmatch(h) for h in heads]
    if sum(map(bool, est)) >= 2 and not _CI_HEAD.search(label) and any(t[2] in SURV for t in block_terms(label)) \
            and all(e or _MEDIAN_CI_HEAD.fullmatch(h) or _P_HEAD.fullmatch(h) or not x and _SIZE_HEAD.fullmatch(h)
                    for x, (e, h) in enumerate(zip(est, heads))):
        # each column names its time point and the cells' format itself, none in the caption ("Median, months (95% CI) |
        # 12-month estimate, % (95% CI) | 18-month estimate, % (95% CI) | p value" over "Event-free survival (n=34) | 15·4
        # (11·0–NR) | 61·3 (42·4–75·6) | 44·0 (25·1–61·3) | ··", Lancet): time points, the format as if the caption gave it
        # (maybe after a first column of the rows' sizes: "Endpoint and group | n | 6-month estimate, % (95% CI) | …" over
        # "PFS, prior BCMA-directed therapy | 13 | 69.2 (37.3–87.2) | …")
        heads = [f"{e.group('n')} {'month' if e.group('u').lower().startswith('mo') else 'year'}s" if e else h
                 for e, h in zip(est, heads)]
        caption = f"{caption.rstrip(' .')}, % (95% CI)"
    groups = [(h if _LEVEL_ITEM.fullmatch(h) else _GROUP_NAME.match(h).group().strip() or None) if not _TIME_HEAD.fullmatch(h)
              else None for h in heads]   # ("Dose Level 2": a level's number is its name)
    if len(values) == 1 == len(heads) and (hc := _CI_HEAD.search(heads[0])) and not _CI_HEAD.search(label) \
            and any(t[2] in SURV for t in block_terms(label)):
        # one column of estimates, their format in its heading ("Outcome | Estimate (95% CI)" over "1-year OS | 70.8
        # (48.4-84.9)", "Median (95% CI), months"): the row's estimate with its CI, as under a "% (95% CI)" label; no group's
        label, groups = label + heads[0][hc.start():], [None]
    ci = _CI_HEAD.search(label)
    size, row_group, nxt = None, None, None
    times = heads[:-1] if len(heads) > 1 and _P_HEAD.fullmatch(heads[-1]) else heads   # (maybe a last column of p-values)
    # (maybe a first column of the rows' sizes and a last one of medians: "| n | 6 months | 12 months | Median, mo (95% CI) |"
    # over "All infused patients | 50 | 80·0 (66·1–88·7) | 62·4 (47·3–74·3) | 19·8 (12·6–NR)", Lancet)
    size_col = 0 if len(times) > 2 and _SIZE_HEAD.fullmatch(times[0]) and values and values[0].isdigit() else None
    median_col = len(times) - 1 if len(times) > 2 and _MEDIAN_CI_HEAD.fullmatch(times[-1]) else None
    if median_col is None and size_col == 0 and len(times) > 3 and _MEDIAN_CI_HEAD.fullmatch(times[1]):
        # or the medians right after the sizes ("| N | Median, months (95% CI) | 12-month, % (95% CI) | 24-month, % (95% CI) |"
        # over "OS, T-NHL | 11 | 14.9 (6.2-NR) | 54.5 (22.9-78.0) | 27.3 (6.5-53.9)", Haematologica)
        median_col = 1
    if median_col is None and size_col is None and len(times) > 2 and (_MEDIAN_MO_HEAD.fullmatch(times[0]) or _MEDIAN_CI_HEAD.fullmatch(times[0])) \
            and not ci and caption \
            and _CI_HEAD.search(caption.rstrip(" .")):
        # or a first column of medians, the CIs in the caption's format ("| Median, mo | 12 months | 18 months |" over "LFS |
        # 19.8 (12.6–NR) | 66.4 (51.0–78.0) | 54.9 (38.8–68.4)", "Values are median in months or percent, with 95% CIs in
        # parentheses")
        median_col = 0
    grouped = median_col is None and size_col is None and not ci and any(map(_group_time, times))
    if grouped and len(med := [c for c, h in enumerate(times) if _MEDIAN_CI_HEAD.fullmatch(h)]) == 1:
        # or a median's column between the whole cohort's time points and the groups' ("6 months | 12 months | Median,
        # months (95% CI) | Allo-HSCT (n = 12) 12 months | No allo-HSCT (n = 8) 12 months | P value", see _GROUP_TIME_HEAD)
        median_col = med[0]
    if grouped:   # (each group's own name: "No allo-HSCT, 12 months"; a median's column names none)
        groups = [None if c == median_col else gt.group("g").strip(" ,") if (gt := _group_time(h)) else g
                  for c, (h, g) in enumerate(zip(heads, groups))]
    times = [h for c, h in enumerate(times) if c != size_col and c != median_col]
    if not ci and caption and times and all(_TIME_HEAD.fullmatch(h) or grouped and _group_time(h) for h in times) \
            and (ci := _CI_HEAD.search(caption.rstrip(" ."))):
        # estimates at time points, their format in the caption ("Kaplan-Meier Estimates of Survival, % (95% CI)"
        # over "6 months | 12 months"): the row names the endpoint and its population ("OS, all infused patients (n = 23)")
        size = int(m.group(1)) if (m := _HEAD_SIZE.search(label)) else None
        if group and not any(t[2] in SURV for t in block_terms(own)) and any(t[2] in SURV for t in block_terms(group)):
            # rows naming their groups under a line naming the endpoint ("Overall survival" over "HSCT (n = 20) | 95.0
            # (69.5–99.3) | 85.0 (60.4–94.9) | .011" and "No HSCT (n = 12) | …"): the group's endpoint, the row's group
            row_group = _GROUP_NAME.match(own).group().strip() or None
            nxt = _GROUP_NAME.match(next_label).group().strip() if next_label else None
            label = group + (f" ({m.group()})" if (m := _HEAD_SIZE.search(own)) else "")
            if row_group and (row_group.lower() in _WHOLE_COHORT or row_group.lower().startswith("all ")):
                row_group = None   # (the whole cohort: "All infused patients")
        elif group and (sec := _SIZED_SECTION_LABEL.fullmatch(group)) and any(t[2] in SURV for t in block_terms(own)):
            # the other way round, a group's line with its size over rows naming the endpoints ("Prior CD19-directed therapy
            # (n = 27)" over "EFS | 77.8 (57.1 to 89.4) | …" and "OS | …", b226-03): the group's estimates, its size their N
            size = size or int(sec.group(1))
            name = group[:group.rfind("(")].strip()
            if not _PHASE_SECTION.match(name) and name.lower() not in _WHOLE_COHORT and not name.lower().startswith("all "):
                row_group = name
        if size is None and header and _CORNER_N.search(header[0]) and (m := _BARE_SIZE.search(label)):
            size = int(m.group(1))   # (the corner cell "Endpoint (n)" over "EFS, all infused (52)": the row's size)
        pop = m.group(1).strip() if (m := _ROW_POPULATION.match(label)) else ""
        if pop and pop.lower().split()[0] not in ("all", "whole", "entire", "total", "overall"):
            row_group = pop   # ("EFS, MRD-negative CR (44)": the population is the row's subgroup; "all infused", "whole cohort" is none)
        # (the caption's format up to its end, not its full stop: "…, % (95% CI).")
        label = re.split(r"\s*[,(]", label, maxsplit=1)[0] + caption.rstrip(" .")[ci.start():]
        ci = _CI_HEAD.search(label)
    else:
        size_col = median_col = None
    if not ci:   # a row that names its endpoint reads as a sentence; a p-value column compares the groups
        if "10" in label and (dr := _DOSE_ROW.fullmatch(label)):
            # "CAR T cells/kg (×10^6) | 0.5 | 1.0 | 2.0 | -" under "DL1 (n=3) | DL2 (n=6) | DL3 (n=7) | All (N=16)": each level's
            # dose, the multiplier in the row's label
            unit = "/kg" if dr.group("u") and "k" in dr.group("u").lower() else "/m2" if dr.group("u") else ""
            for v, g in zip(values, groups):
                pos = row.find(v, pos)
                if g and _LEVEL_ITEM.fullmatch(g) and _BARE_NUMBER.fullmatch(v):
                    text = f"{g}: {v} × 10^{dr.group('e')} CAR-T cells{unit}"
                    out += [Found(f.endpoint, f.fields, f.rule, pos) for f in read_sentence(text, block_terms(text)) if f.endpoint == "dose"]
            return out
        p, sectioned = len(values) - 1, False
        if len(values) == 1 and group and (sec := _SIZED_EVENT_SECTION.fullmatch(group.strip())) and _FORMAT_CELL.fullmatch(heads[0]) \
                and "%" in heads[0] and (_GRADE_ROW.fullmatch(own.strip()) or own.strip().lower() == "any") \
                and any(t[2] in ("crs", "neurotoxicity", "gvhd") for t in block_terms(group)):
            # one column of counts under its format alone (see _headless_format), each section of rows a graded event with
            # its population's size ("CRS after CD7 CAR-T (N = 21)" over "Grade 1–2 | 16 (76.2)" and "Grade 4 | 0", "Chronic
            # GVHD, evaluable at day 100 (N = 15)" over "Any | 4 (26.7)", b230-02): each grade's count of that size
            p, heads, groups, sectioned = 1, [f"(n = {sec.group(1)})"], [None], True
            label = f"{group[:group.rfind('(')].strip(' ,')}, {'any grade' if own.strip().lower() == 'any' else own.strip()}"
        elif len(values) >= 2 and all(_N_HEAD.fullmatch(h) or _LEVEL_ITEM.fullmatch(h) or h.lower() in _WHOLE_COHORT for h in heads):
            # no p-value column, but every column is a group with its size ("Eqba-cel group (n=181)") or a level ("Dose Level 2")
            p = len(values)
        elif len(values) == 1 and _N_HEAD.fullmatch(heads[0]) and "n (%)" in label:
            # one column, the whole cohort with its size, the cells' format stated ("Patients (N = 8)" over "no. (%)"):
            # "Stringent complete response | 5 (63)" is 5 of 8, no group's
            p, groups = 1, [None]
        elif len(values) == 1 and (one := _one_column(caption, heads[0], values[0])):
            # one column of the whole cohort, its size in the heading or the caption (see _one_column): "CR | 18 (75.0)"
            # under "All patients (n = 24)" is 18 of 24, as in a table of several groups' columns, no group's (a dose
            # level's column names its level, as the header's treated count does: "DL2 (n = 18)")
            p, heads = 1, [f"(n = {one})"]
            groups = [groups[-1] if groups and groups[-1] and _LEVEL_ITEM.fullmatch(groups[-1]) else None]
        elif len(values) >= 2 and (whole := _whole_columns(caption, label, heads, values)):
            # the columns are views of the whole cohort, its size in the caption ("Best response by compartment (N = 19),
            # n (%)" over "Response | Systemic | CNS" and "Overall response | 13 (68.4) | 12 (63.2)"): each cell of the N
            p, heads = len(values), [f"{h} (n = {whole})" for h in heads]
        elif not (_P_HEAD.fullmatch(heads[p]) and (_P_CELL.fullmatch(values[p]) or values[p] in _NO_VALUE)) or p < 1:
            return None
        fmt = _ROW_FORMAT.search(label) if ("n" in label or "No." in label) else None
        lab = label[:fmt.start()] if fmt else label
        # a survival estimate's cell "58.3% (27.0-80.1)": the range in parentheses is its CI (tables print
        # "Data are % (95% CI)" once, in a footnote)
        # (or in brackets, Haematologica's: "12 months | 82.5 [67.2–91.2] | 68.8 [40.5–85.6]" under "Overall survival")
        surv = not fmt and ("(" in row or "[" in row) and any(t[2] in SURV for t in block_terms(label))
        for h, v, g in zip(heads[:p], values[:p], groups[:p]):   # each group's cell with the row's label
            pos = row.find(v, pos)
            if v in _NO_VALUE:
                continue   # (a dash states nothing: "LFS, 12 months | - | 83.3 (61.5-93.4)" gives no median of 12)
            size = int(m.group(1)) if (m := _HEAD_SIZE.search(h)) else None
            cell_ci = None
            if size and (cc := _CELL_N_PCT_CI.fullmatch(v)) and float(cc.group("lo")) <= float(cc.group("p")) <= float(cc.group("hi")) <= 100:
                # a count, its percent and the percent's CI under a group with its size ("ORR | 3 (50.0) [11.8–88.2]" under
                # "DL1 (n = 6)", "Data are n (%) [95% CI]"): the count cell, the CI its rate's (as under an endpoint's column)
                v, cell_ci = cc.group("c").replace("%", ""), (float(cc.group("lo")), float(cc.group("hi")))
            cm = _CELL_N_PCT.fullmatch(v) if size and not fmt else None
            if cm and "/" not in cm.group(1) and abs(100 * int(cm.group(1)) / size - float(cm.group(2))) <= 0.5:
                text = _count_cell(label, v, size)   # "3 (50.0)" under "Autologous (n = 6)": a count and its percent
            elif v == "0" and size and not fmt and (sectioned or any(_CELL_N_PCT.fullmatch(x) for x in values[:p])):
                text = _count_cell(label, v, size)   # "Grade 3 CRS | 0 | 1 (16.7)" under "DL1 (n = 3)": none of the 3
            elif not fmt and (fm := _CELL_N_PCT.fullmatch(v)) and "/" in fm.group(1) \
                    and int(d := fm.group(1).split("/")[1]) and abs(100 * int(fm.group(1).split("/")[0]) / int(d) - float(fm.group(2))) <= 0.5:
                # "5/6 (83.3)": a count of its total, the percent agreeing ("0/6 (0)": none of the 6)
                text = f"{label}: {fm.group(1) if fm.group(1).startswith('0/') else _CELL_N_PCT.sub(_PCT_SIGN, v)}."
            else:
                text = _count_cell(lab, v, size) if fmt else f"{label}: {v}."
            if surv and (cm := _CI_CELL.fullmatch(v)):
                unit = " months" if "median" in label.lower() or "month" in v else "%"
                lm = _LABEL_LANDMARK.fullmatch(label) if unit == "%" else None
                # (a landmark after the endpoint in the label, "OS, 12 months", is the estimate's time point, no median)
                lab = f"{lm.group('n')}-{lm.group('u').lower()} {lm.group('ep')}" if lm else label
                text = f"{lab} {cm.group('v')}{unit} (95% CI {cm.group('ci') or cm.group('cib')})."
            if fmt and _TRANSPLANT_ROW.fullmatch(lab.strip()):
                text = f"{_count_value(v, size)} proceeded to HSCT."
            elif (um := _MONTHS_UNIT.search(label)) and _BARE_NUMBER.fullmatch(v):
                text = f"{label[:um.start()]} {v} months."   # ("Median EFS, months | 6.2 | 18.7": each cell in the label's unit)
            elif (um := _PCT_UNIT.search(label)) and _BARE_NUMBER.fullmatch(v) and any(t[2] in SURV for t in block_terms(label)):
                text = f"{label[:um.start()]} {v}%."
            elif surv and _BARE_NUMBER.fullmatch(v) and float(v) <= 100 and "median" not in label.lower() \
                    and (lm := _LABEL_LANDMARK.fullmatch(label) or _CAPTION_TIME.search(label)) \
                    and sum(1 for x in values[:p] if _CI_CELL.fullmatch(x)) >= 2:
                # a group's landmark estimate with no CI among the others' with theirs, no event yet: "6-month OS | 89.1
                # (78.5-94.6) | 100 | 86.2 (67.3-94.6)", "1-year PFS | 80.0 (51.9-93.1) | 100 | 62.5 (22.9-86.1)"
                text = f"{lm.group('n')}-{lm.group('u').lower()} {lm.group('ep')} {v}%." if "ep" in lm.re.groupindex else f"{label} {v}%."
            for f in read_sentence(text, block_terms(text)):
                if g and g.lower() not in _WHOLE_COHORT:   # ("All (N = 25)": the whole cohort)
                    f.fields.setdefault("subgroup", g)
                n, pct = f.fields.get("n"), f.fields.get("percent")
                if size and f.endpoint in RATE and "N" not in f.fields and isinstance(n, int) and n <= size \
                        and (pct is None or abs(100 * n / size - pct) <= (0.5 if pct == int(pct) else 0.1)):
                    f.fields["N"] = size   # the column's group size is the count's denominator
                _zero_cell(f, v)
                if cell_ci and f.endpoint in RATE and f.fields.get("ci_low") is None:
                    f.fields.update(ci_low=cell_ci[0], ci_high=cell_ci[1])
                out.append(Found(f.endpoint, f.fields, f.rule, pos))
        named = [g for g, v in zip(groups[:p], values) if g and v]   # (no ratio's column, nor an empty one)
        if len(parts := [g for g in named if g.lower() not in _WHOLE_COHORT]) >= 2:
            named = parts   # (the groups compared, not the whole cohort's column)
        if p == len(values) or values[p] in _NO_VALUE:
            return out
        f = {"value": _p_cell(values[p]), **({"compares": named} if len(named) >= 2 else {})}
        outcome = next((x.endpoint for x in out if x.endpoint != "p_value"), None)
        return out + ([Found("p_value", {**f, "outcome": outcome}, "p.table", row.rfind(values[p]))] if outcome else [])
    unit = ci.group("unit") or ci.group("unit2")
    name, unit = label[:ci.start()], "months" if unit and unit[0] == "m" else "%"
    endpoint = None
    for c, (h, v, g) in enumerate(zip(heads, values, groups)):
        pos = row.find(v, pos)
        m = _CI_CELL.fullmatch(v)
        tm = _TIME_HEAD.fullmatch(h) or grouped and _group_time(h)
        if c == size_col:
            size = int(v)   # (the row's size column: its estimates' N)
            continue
        if c == median_col:
            if m:   # the median's cell in months, its CI maybe open ("19·8 (12·6–NR)"); "NR" alone states no median
                text = f"Median {name} {m.group('v')} months (95% CI {m.group('ci') or m.group('cib')})."
                g = None
            else:
                continue
        elif m:
            text = (f"{tm.group('n')}-{tm.group('u').lower()} " if tm else "") + \
                f"{name} {m.group('v')}{'%' if unit == '%' else ' months'} (95% CI {m.group('ci') or m.group('cib')})."
        elif tm and size_col is not None and unit == "%" and _BARE_NUMBER.fullmatch(v) and float(v) <= 100:
            # a time point's estimate with no CI, where none can be computed ("100" for a group with no event yet)
            text = f"{tm.group('n')}-{tm.group('u').lower()} {name} {v}%."
            m = True
        if m:
            for f in read_sentence(text, block_terms(text)):
                # ("All patients (N = 20)": the whole cohort, which the text restates with no group named)
                if g and g.lower() not in _WHOLE_COHORT or row_group:
                    f.fields.setdefault("subgroup", g if g and g.lower() not in _WHOLE_COHORT else row_group)
                if tm and "size" in tm.re.groupindex and tm.group("size"):
                    f.fields.setdefault("N", int(tm.group("size")))   # (the group's own size: "Allo-HSCT (n = 12) 12 months")
                if size is not None:
                    f.fields.setdefault("N", size)
                endpoint = endpoint or f.endpoint
                out.append(Found(f.endpoint, f.fields, f.rule, pos))
        elif _P_HEAD.fullmatch(h) and _P_CELL.fullmatch(v) and endpoint:
            # (no ratio's column; a group with columns at two time points once: "CAR-T (n = 30) 1 year | CAR-T (n = 30) 2 years")
            named = list(dict.fromkeys(g for g, hh, vv in zip(groups, heads, values) if g and vv and not _P_HEAD.fullmatch(hh)))
            if len(parts := [g for g in named if g.lower() not in _WHOLE_COHORT]) >= 2:
                named = parts   # (the groups compared, not the whole cohort's column beside them: "All patients | Allo-HCT | No allo-HCT | P")
            if not named and row_group and nxt:
                named = [row_group, nxt]   # (the row's group compared with the next row's: "HSCT (n = 20)" over "No HSCT (n = 12)")
            f = {"value": _p_cell(v)}
            if len(named) >= 2:
                f["compares"] = named
            out.append(Found("p_value", {**f, "outcome": endpoint}, "p.table", pos))
    return out


# a row label that is a landmark alone, its format after it: "12 mo, % (95% CI)", "24 months", "1-year", "At 12 mo (95% CI)"
_TIME_ROW = re.compile(r"(?:at\s+)?(?P<n>\d{1,2})[\s-]*(?P<u>years?|yrs?|months?|mos?)\b\.?(?=\s*(?:,|\(|$))", re.I | re.A)
# a response category with no response, abbreviated or not a term, a row under its group's response ("Best response at day 28,
# n (%)" over "NR | 1 (33.3) | 0", "SD", "PD", "Refractory", "Nonresponse", "Not evaluable", "NE"), maybe with its footnote's mark
_NO_RESPONSE_ROW = re.compile(r"(?:(?-i:NR|SD|PD|NE)|no[nt]?[\s-]*respon(?:se|ders?)|refractory(?:\s+disease)?|not\s+evaluable)"
                              r"\s?[a-h*\u2020\u2021]?", re.I | re.A)
# a baseline table's group line over its disease rows: "Diagnosis, n (%)", "Disease type", "Histology, no. (%)"
_DIAGNOSIS_GROUP = re.compile(r"(?:diagnos[ie]s|disease(?:\s+(?:types?|subtypes?))?|histolog(?:y|ies)|(?:disease\s+)?subtypes?)\b(?!\s+(?:status|burden))", re.I | re.A)
_LEAD_COUNT = re.compile(r"(\d+)(?:\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\))?$", re.A)   # "14 (77.8)", "14"
_DEFINED = re.compile(r"\s*\([^()\d%]*\b(?:or|and|plus)\b[^()\d%]*\)|\s*\([^()\d%]*\w\s*\+\s*\w[^()\d%]*\)"   # "(CR or PR)", "(CR + PR)"
                      r"|\s*\(\s*(?:\u2265|>=)\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*\)", re.A)   # the least response counted: "ORR (≥PR), n (%)"
# a column heading naming an endpoint and its population: "OS, all patients (n=52)", "EFS, responders consolidated with HSCT (n=14)"
_POPULATION_HEAD = re.compile(r"(?P<ep>[^,()]+?)\s*(?:,\s*(?P<pop>[^()]+?))?\s*(?:\(\s*[nN]\s*=\s*(?P<n>\d+)\s*\))?", re.A)
# a table's corner cell saying the rows' labels end with their sizes: "Endpoint (n)", "Subgroup (No.)"
_CORNER_N = re.compile(r"\(\s*(?:n|N|No\.?)\s*\)\s*$", re.A)
_BARE_SIZE = re.compile(r"\((\d+)\)\s*$", re.A)   # "EFS, all infused (52)"
_ROW_POPULATION = re.compile(r"[^,()]+,\s*([^()]+?)\s*(?:\(|$)", re.A)   # "OS, all infused patients (n = 23)", "EFS, MRD-negative CR (44)"
# a column of medians in months with their CIs: "Median, mo (95% CI)", "Median (95% CI), months"
_MEDIAN_CI_HEAD = re.compile(r"median\b[^\t]*?\(\s*95\s*%\s*CI\s*\)[^\t]*", re.I | re.A)
# a column of medians in months, no CI named: "Median, mo", "Median (months)", "Median"
_MEDIAN_MO_HEAD = re.compile(r"median\s*(?:,\s*(?:months?|mo)\.?|\(\s*(?:months?|mo)\.?\s*\))?", re.I | re.A)
_MONTHS_UNIT = re.compile(r",\s*(?:months?|mo)\s*$", re.I | re.A)
# a group's column at a time point, its name (and size) over the time on the head's next line: "Allo-HSCT (n = 12) 12 months"
# (from "Allo-HSCT (n = 12)" over "12 months"), "No allo-HSCT, 12 months", "Responders (n=20) at 1 year"
_GROUP_TIME_HEAD = re.compile(r"(?P<g>[A-Za-z][^()\t]*?)\s*(?:\(\s*[nN]\s*=\s*(?P<size>\d+)\s*\))?\s*,?\s+(?:at\s+)?"
                              r"(?P<n>\d{1,2})[\s-]*(?P<u>year|month)s?", re.I | re.A)


def _group_time(head: str) -> re.Match | None:
    """``head`` as a group's column at a time point (see _GROUP_TIME_HEAD), its group naming no survival endpoint ("OS at
    12 months" is the endpoint's column; "MRD-negative (n = 30), 12 months" a group's)."""
    m = _GROUP_TIME_HEAD.fullmatch(head)
    return m if m and not any(t[2] in SURV for t in block_terms(m.group("g"))) else None


def _landmark_head(cell: str, head: str) -> re.Match | None:
    """``head`` as a landmark before a survival endpoint (see _HEAD_LANDMARK), when ``cell`` is an estimate whose range in
    parentheses holds it (a CI: "68.4 (54.7 to 78.8)" under "12-Month EFS"; no range of other values)."""
    m = _HEAD_LANDMARK.fullmatch(head)
    c = _CI_CELL.fullmatch(cell) if m else None
    lo_hi = re.findall(r"\d+(?:\.\d+)?", c.group("ci") or c.group("cib"), re.A) if c else []
    return m if len(lo_hi) == 2 and float(lo_hi[0]) <= float(c.group("v")) <= float(lo_hi[1]) else None


# a time point's column with its cells' format: "12-month estimate, % (95% CI)", "18 months, % (95% CI)", "1-year rate
# (95% CI), %", "24-month OS (%) (95% CI)", abbreviated: "6-mo, %" over "(95% CI)" (a poster's, b178-04)
_TIME_CI_HEAD = re.compile(r"(?P<n>\d{1,2})[\s-]*(?P<u>year|month|yr|mo)s?\.?(?:\s+[A-Za-z-]+){0,2}?\s*,?\s*(?:%|\(\s*%\s*\))?\s*"
                           r"\(\s*95\s*%\s*CI\s*\)\s*(?:,\s*%)?", re.I | re.A)
# (and a survival row's percent: "1-year OS, % | 92.9 | 66.7 | 85.0", "24-month PFS (%) | 61.2 | 22.8")
_PCT_UNIT = re.compile(r"(?:,\s*|\s*\(\s*)%\s*\)?\s*$", re.A)
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?", re.A)
_COMPARES_ASIDE = re.compile(r"\s*\([^()]*\)?$", re.A)   # "P value (allo-HCT v no allo-HCT)" (its end may wrap: "P value (HSCT v no")
# the test named before a p-value row's "P": "Log-rank P (CR v no CR)", "Log-rank p", "Fisher's exact P value", "Gray's test P"
_P_TEST_BEFORE = re.compile(r"(?:log[\s-]?rank|fisher'?s?(?:\s+exact)?|chi[\s-]?squared?|gray'?s?|wilcoxon|mann[\s-]whitney)(?:\s+test)?\s+(?=p\b)",
                            re.I | re.A)
# a row of p-values named by its test and the groups it compares: "p value, high vs standard risk*", "Log-rank p value,
# cohort A vs B", "Fisher's exact p, CD19-negative vs CD19-positive"
_P_ROW_LABEL = re.compile(r"(?:log[\s-]?rank\s+|fisher'?s?\s+(?:exact\s+)?(?:test\s+)?|chi[\s-]?squared?\s+(?:test\s+)?)?p(?:[\s-]*values?)?"
                          r"\s*[*\u2020\u2021\u00a7\u00b6]?\s*,\s*(?P<a>[^,;()]{1,40}?)\s+(?:vs\.?|versus|v\.?)\s+(?P<b>[^,;()*\u2020\u2021]{1,40}?)"
                          r"\s*[*\u2020\u2021\u00a7\u00b6]?", re.I | re.A)
_NO_VALUE = ("", "-", "–", "—", "NA", "··")   # a cell with no value
_CI_BELOW = re.compile(r"\s*\(\s*-?\d+(?:\.\d+)?\s*%?\s*(?:-|\u2013|to|,)\s*(?:-?\d|NR|NE|not\b)", re.A)
# a row label's end with the CI format, over CIs ("2-year relapse-free survival," over "% (95% CI) | (40·4–85·6)")
_LABEL_CIS_BELOW = re.compile(r"[^\t\n()]{0,20}\(\s*95\s*%\s*CI\s*\)[ ]*(?:\t[ ]*\([^()\t\n]*\)[ ]*)+(?:\t[ ]*)*", re.A)
_CELLS_BELOW = re.compile(r"\([^()\t\n]*\)(?:\t\([^()\t\n]*\))*", re.A)
# a poster's dose levels, one a line with no unit, under a line naming the unit once: "• Flat doses (total CAR-T cells):" over
# "• DL1: 1 × 10⁷" and "• DL2: 5 × 10⁷", "Dose levels (CAR-T cells/kg):" over "DL1: 5 × 10^5"
_LEVEL_DOSE_LINE = re.compile(r"(?:DL\s?-?\d+|dose\s+level\s+\d+|cohort\s+\d+)\s*[:,=]?\s*\d+(?:\.\d+)?\s*[×x]\s*10\^?[-−]?\d+", re.I | re.A)
_DOSE_UNIT_LEAD = re.compile(r"\b(?P<flat>flat\s+)?doses?(?:\s+levels?)?\b[^\n:()]{0,30}?(?:\((?P<u>[^()\n]{0,40})\))?\s*:\s*$", re.I | re.A)


def _lead_dose_unit(before: str) -> str | None:
    """The unit a line above a run of unitless dose-level lines names (see _LEVEL_DOSE_LINE), as a dose's unit words."""
    lines = before.rstrip("\n").split("\n")
    if lines and not lines[-1].strip("•·-–* \t"):
        lines.pop()   # (this line's own bullet)
    while lines and _LEVEL_DOSE_LINE.fullmatch(lines[-1].lstrip("•·-–* \t").rstrip(" .;,")):
        lines.pop()   # (the levels above this one)
    m = _DOSE_UNIT_LEAD.search(lines[-1]) if lines else None
    if m is None:
        return None
    u = (m.group("u") or "").lower()
    if "/kg" in u or "per kg" in u:
        return "cells/kg"
    if "/m" in u or "per m" in u:
        return "cells/m2"
    return "cells" if m.group("flat") or "cell" in u else None


def _kind_absent(found: list[Found]) -> list[Found]:
    """An absence of the term beside its occurrence in one sentence is an absence of a kind of it, no absence of the
    term: "Three patients (14.3%) developed ICANS, all grade 1 to 2, and no delayed neurotoxicity or parkinsonism was
    observed", "CRS occurred in 12 patients; no late-onset CRS was seen"."""
    def kind(f):   # (acute GVHD beside "no chronic GVHD" is another kind)
        return f.endpoint, f.fields.get("acute"), f.fields.get("chronic")
    seen = {kind(f) for f in found if not f.fields.get("negated") and f.fields.get("grade") == "any"
            and not f.fields.get("subgroup") and (f.fields.get("n") or f.fields.get("percent"))}
    return [f for f in found if not (f.fields.get("negated") and f.fields.get("grade") == "any"
                                     and not f.fields.get("subgroup") and kind(f) in seen)]


def _each_top_grade(found: list[Found]) -> list[Found]:
    """A stated absence of grades 4 and 5 ("no Gr 4/5 CRS", "no grade 4 or 5 ICANS"; ">=4" is no grade of the record)
    is an absence of each."""
    out = []
    for f in found:
        if f.fields.get("grade") == ">=4" and f.fields.get("negated"):
            out += [Found(f.endpoint, {**f.fields, "grade": g}, f.rule, f.pos) for g in ("4", "5")]
        else:
            out.append(f)
    return out


def _restated_cell(out: list[Measurement], f: Found) -> bool:
    """Whether a table's whole-cohort cell ``f`` (a count with its N or percent) restates a result in ``out``: the same
    endpoint, count, denominator (or percent, when the text gives no count), grade and absence, whatever the site or the
    qualifiers the text added ("19/21 (90.5%) had CR or CRi in the marrow" for "CR/CRi at day 28 | … | 19 (90.5)")."""
    ff = f.fields
    # (an MRD-negative CR cell restates the text's MRD negativity of its count: "24 of 27 patients achieved CR/CRi …, and 22
    # (81.5%) were MRD-negative" for "MRD-neg. CR/CRi | … | 22 (81.5)")
    also = "mrd_negative" if f.endpoint == "complete_remission" and ff.get("mrd_negative") else None
    for m in out:
        if m.endpoint not in (f.endpoint, also) or m.get("n") not in (ff.get("n"), None) or m.get("grade") != ff.get("grade") \
                or bool(m.get("negated")) != bool(ff.get("negated")):
            continue
        if ff.get("percent") is not None and m.get("percent") is not None and abs(m.get("percent") - ff["percent"]) >= 0.05:
            continue   # (the cell's stated "3/8 (38)" is no restatement of the text's computed 37.5%: both are kept)
        if m.get("n") is not None and ff.get("N") is not None and m.get("N") is not None:
            if m.get("N") == ff["N"]:
                return True
        elif ff.get("percent") is not None and m.get("percent") is not None and abs(m.get("percent") - ff["percent"]) < 0.05:
            return True
    return False


def _rounded_before(out: list[Measurement], f: Found) -> int | None:
    """The index of a rate in ``out`` that ``f`` restates with more decimals: the same endpoint, count and qualifiers,
    its percent a whole number that ``f``'s rounds to ("two (3%) patients" for "two (3.2%) patients")."""
    pc = f.fields.get("percent")
    if not isinstance(pc, float) or pc == int(pc) or f.fields.get("derived"):
        return None
    key = same_key(f.endpoint, f.fields)
    return next((i for i, m in enumerate(out) if m.endpoint == f.endpoint and isinstance(p := m.get("percent"), int)
                 and abs(p - pc) <= 0.5 and m.get("n") == f.fields.get("n") and m.get("N") in (None, f.fields.get("N"))
                 and same_key(m.endpoint, m.fields)[2:] == key[2:]), None)


def _derived_before(out: list[Measurement], f: Found) -> int | None:
    """The index of a rate in ``out`` that ``f`` restates with its percent written: a percent computed from the same
    count and N, the same qualifiers, no group other than ``f``'s and no other site or time point ("By day 28, 11 of the 12
    patients had a complete remission" in the summary, then "At day 28, 11 of the 12 patients (92%) had a complete remission
    in the bone marrow"; "7 of the 9 patients with CR/CRi were MRD-negative", then "Among the 9 patients with CR/CRi, 7
    (77.8%) had no detectable MRD")."""
    v = f.fields
    pc, n, N = v.get("percent"), v.get("n"), v.get("N")
    if pc is None or v.get("derived") or n is None or not N or abs(100 * n / N - pc) > (0.5 if isinstance(pc, int) else 0.05) + 1e-9:
        return None
    return next((i for i, m in enumerate(out) if m.endpoint == f.endpoint and m.get("derived") and m.get("n") == n and m.get("N") == N
                 and all(m.get(x) == v.get(x) for x in ("grade", "negated", "mrd_negative", "includes_cri", "acute", "chronic"))
                 and m.get("subgroup") in (None, v.get("subgroup"))
                 and all(None in (m.get(x), v.get(x)) or m.get(x) == v.get(x) for x in ("site", "timepoint_days"))), None)


def _rate_of_treated_before(out: list[Measurement], f: Found) -> int | None:
    """The index of a rate in ``out`` with no count nor N that ``f``'s bare count restates: the same endpoint and qualifiers,
    its percent that count of a treated count stated with no group ("grade 3, 6.3%" for "grade 3 in 4" when 64 were
    infused; a whole percent rounds it: "grade 3, 6%")."""
    n, key = f.fields.get("n"), same_key(f.endpoint, f.fields)
    sizes = {m.get("value") for m in out if m.endpoint == "patients_treated" and not m.get("subgroup") and m.get("value")}
    return next((i for i, m in enumerate(out) if m.endpoint == f.endpoint and m.get("n") is None and m.get("N") is None
                 and (p := m.get("percent")) is not None and same_key(m.endpoint, m.fields)[2:] == key[2:]
                 and any(abs(100 * n / t - p) <= (0.5 if isinstance(p, int) else 0.05) + 1e-9 for t in sizes)), None)


def _stated_p(out: list[Measurement], f: Found) -> int | None:
    """The index of a p-value in ``out`` with ``f``'s value and ``f``'s outcome or none."""
    return next((i for i, m in enumerate(out) if m.endpoint == "p_value" and m.fields.get("value") == f.fields.get("value")
                 and m.fields.get("outcome") in (None, f.fields.get("outcome"))), None)


_VERSUS_GAP = gate.compile(r"[^;]{0,40}?\b(?:vs?\.?|versus|compared\s+with)\s", re.I | re.A)


# the other side of the comparison a historical or external control: "Compared with the historical cohort (n = 28), the rates of
# CR or better (56.7% vs 28.6%; P = .03) …", "versus a matched historical control group", "than in the external control arm"
# (the study's side is its own rate stated before)
_HISTORICAL_OTHER = gate.compile(r"\b(?:compared\s+with|versus|vs\.?|than(?:\s+(?:in|for))?)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:historical|external|synthetic)\s+(?:[\w-]+\s+){0,2}?(?:cohort|controls?|arm|group|series)\b", re.I | re.A)


def _fresh_pairs(text: str, found: list[Found], seen: dict[tuple, set]) -> list[Found]:
    """Rates of a sentence's compared pair that equal an earlier sentence's rate but are paired with a new one: "CR/CRi
    was achieved in 75.9% of autologous v 87.5% of donor-derived recipients (p=0.12)" after "75.9% (22/29) in T-LBL" is
    a new comparison, no restatement (a comparison restated whole has no new value)."""
    if _HISTORICAL_OTHER.search(text):
        return []   # (the study's own rate beside a historical cohort's restates it: see _HISTORICAL_OTHER)
    rates = [f for f in found if f.endpoint in RATE and f.fields.get("n") is None]
    out = []
    for a, b in zip(rates, rates[1:]):
        if a.endpoint != b.endpoint or a.pos >= b.pos or not _VERSUS_GAP.match(text, a.pos, b.pos):
            continue
        old_a, old_b = seen.get(same_key(a.endpoint, a.fields)) is not None, seen.get(same_key(b.endpoint, b.fields)) is not None
        if old_a != old_b and not (a if old_a else b).fields.get("subgroup"):
            # (a rate named by the same group as before restates it: "ORR, DL3 vs DL1–2: 85.7% vs 55.6% (P = .31)" after the
            # table's "DL3 (n=7) | 6 (85.7)")
            out.append(a if old_a else b)
    return out


# a grade's bare count between the term's count and the comparison's: "Acute GVHD developed in 11 of 38 … (28.9%), grade
# III–IV in 2, versus 13 of 41 (31.7%) after chemotherapy bridging", "CRS occurred in 20 of 30 (66.7%), grade 3 in 2, vs 15 of 30"
_VERSUS_AFTER_GRADE = gate.compile(r"\bgrades?\s+[^,;()]{1,20}?\s+in\s+\d+\s*,\s*(?:vs\.?|versus|v|compared\s+with)\s+(?=\d)", re.I | re.A)


def _versus_after_grade(text: str, pairs: list[tuple[Mention, Group]]) -> list[tuple[Mention, Group]]:
    """The compared count after a grade's bare count (see _VERSUS_AFTER_GRADE) is the term's, as its first count: the
    pair's other group, not the grade's."""
    out = list(pairs)
    for i, (m, g) in enumerate(pairs):
        k = _VERSUS_AFTER_GRADE.search(text, max(0, g.start - 60), g.start + 1)
        if m.kind != "G" or g.head != "frac" or k is None or k.end() != g.start:
            continue
        first = next((t for t, h in pairs if t.kind == "E" and t.endpoint == m.endpoint and h.head == "frac" and h.end <= m.start), None)
        if first is not None and any(t is m and h.head == "num" and h.end <= g.start for t, h in pairs):
            out[i] = (first, g)
    return out


# a feature of the patients a term counted, in a clause of its own after it: "Eight of the 11 responders proceeded to
# allo-HCT …, with reduced-intensity conditioning in 6", "…, with a haploidentical donor in 5", "Relapse occurred in 9,
# with CD19-negative disease in 4" (not "…, with grade 3 in 2" or "…, with CR in 6": a term names the count)
_WITH_FEATURE_IN = gate.compile(r",\s+with\s+(?:an?\s+|the\s+)?[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,4}?\s+in\s+$", re.I | re.A)


def _feature_count(text: str, g: Group, ms: list[Mention]) -> bool:
    """Whether ``g`` is the bare count of a feature no term names, "…, with X in N" (see _WITH_FEATURE_IN)."""
    if g.head != "num" or set(g.vals) != {"n"}:
        return False
    k = _WITH_FEATURE_IN.search(text, max(0, g.start - 60), g.start)
    return k is not None and not any(k.start() <= m.start < g.start for m in ms)


def _bare_estimate(out: list[Measurement], f: Found) -> int | None:
    """The index of a survival estimate in ``out`` with ``f``'s endpoint and numbers but no CI, whatever its group."""
    same = (f.fields.get("percent"), f.fields.get("months"), f.fields.get("median_months"))
    return next((i for i, m in enumerate(out) if m.endpoint == f.endpoint and m.get("ci_low") is None
                 and m.get("ci_high") is None and (m.get("percent"), m.get("months"), m.get("median_months")) == same), None)


# a table of the evaluable: its header's group sizes ("DL3 (n=19)" under "Table 2. Best response in efficacy-evaluable
# patients", its caption or the lines above) are the evaluable in each group, no treated count
_EVALUABLE_CAPTION = gate.compile(r"\b(?:(?:efficacy|response)[\s-])?(?:evaluable|assessable)\b", re.I | re.A)
_HEADER_ENDPOINTS = ("patients_treated", "patients_enrolled", "disease_count", "dose")
# endpoints with no time point: a bare count equal to a count stated before restates it
# ("Of the 8 relapses without transplant, 5 were CD7-negative" after "8 of the 11 … relapsed")
_BARE_RESTATED = ("relapse", "transplant")


_AGE_GROUP = re.compile(r"(?:children|adults?|adolescents?|infants|young\s+adults|(?:pa?ediatric|adult)(?:\s+patients)?)$", re.I | re.A)


# a product named by its cells' source: "autologous", "donor-derived", "allogeneic" ("(dose levels 1-3; 4, 9 and 9 patients,
# respectively)" then "Thirteen patients received autologous and nine received donor-derived products": another split's nine)
_PRODUCT_GROUP = re.compile(r"(?:autologous|(?:donor|recipient|patient)[\s-]derived|(?:(?:new|prior|previous)[\s-]+)?donor|allogeneic|universal)"
                            r"(?:\s+(?:products?|cells|CAR[\s-]?T(?:[\s-]cells?)?))?$", re.I | re.A)


def _group_kind(sub: str | None) -> str | None:
    """The kind of group a treated count is stated for: an age group, a product, another group (dose level, arm) or none."""
    return None if not sub else "age" if _AGE_GROUP.match(sub) else "product" if _PRODUCT_GROUP.match(sub) else "other"


def _regex_term_in(text: str, low: str) -> bool:
    """Whether a regex term (cues.json "regex_terms") matches ``text``: each runs only when ``low``
    has one of its hint words (the terms share hint words: one substring test per word)."""
    c = cues()
    return any(c.regex_terms[i][2].search(text) for i in c.regex_term_rules(low))


def _worth_reading(text: str, low: str) -> bool:
    """Cohort counts, doses and p-values need no endpoint term; everything else does."""
    return bool(_hinted(low, _COHORT_HINTS) or _hinted(low, _DOSE_HINTS) or low.count(" had ") > 1
                or "p " in low or "p=" in low or "p<" in low
                or _regex_term_in(text, low)
                or _disease_list(text) or (" had " in low and " of " in low and cues().disease_share.search(text) is not None)
                or ("cases " in low and cues().disease_with.search(text) is not None)
                or _own_study(low) or (" had " in low and _had_alone(text) is not None)
                or ("respectively" in low and ("level" in low or "DL" in text) and _LEVELS_GIVEN.search(text) is not None)
                or ("/" in text and (_SLASHED_LEVELS.search(text) is not None or _SLASHED_DISEASES.search(text) is not None))
                or (low[:3] == "at " and "remain" in low and _REMAINED_AT.match(text) is not None))


_SHARE_OF = re.compile(r"\bof\s+(?:the\s+|all\s+|these\s+)?$", re.A)


# a disease's origin ("Five infused patients had secondary AML and 11 carried a TP53 mutation"): alone, a feature of some
# patients like their mutations; a breakdown only with the other origin beside it ("15 had de novo AML and 4 had secondary AML")
_ORIGIN_KIND = re.compile(r"\shad\s+(?:an?\s+)?(?:de\s+novo|secondary)\s", re.A)


def _subject_of_diseases(text: str, out: list[Found], used: set[int]) -> list[Found]:
    """"We describe six patients with relapsed BPDCN and four with CD123-positive relapsed AML who were treated …", "Six
    patients with T-ALL and four with T-LBL were treated with CD7 CAR-T cells": a subject made of two or more diseases'
    counts. Each is a disease count, none a treated count (their sum is stated nowhere, and is not made up)."""
    c = cues()
    for m in c.disease_with.finditer(text):
        chain = [m]
        while k := c.disease_next.match(text, chain[-1].end()):
            chain.append(k)
        pos = {x.start("n") for x in chain}
        if len(chain) < 2 or not any(f.endpoint == "patients_treated" and f.pos in pos for f in out):
            continue
        out = [f for f in out if not (f.pos in pos and f.endpoint in ("patients_treated", "disease_count"))]
        for x in chain:
            if n := _num(x.group("n")):
                out.append(Found("disease_count", {"value": n, "label": _disease_label(text, x)}, "cohort.disease", x.start("n")))
                used.add(x.start("n"))
    return out


def _had_alone(text: str) -> bool:
    """"14 patients had early T-cell precursor ALL.": a count that is no share of another ("12 of the 40 patients had …")."""
    return any(not _SHARE_OF.search(text, max(0, m.start() - 16), m.start()) and not _ORIGIN_KIND.search(m.group())
               for m in cues().disease_had.finditer(text))


_HERE_WE = re.compile(r"(?:here(?:in)?\s*,?\s+|in\s+this\s+(?:study|report|paper|article)\s*,?\s+)we\s", re.A)   # (on lower-cased text)


def _own_study(low: str) -> bool:
    """"We conducted a pilot study of … in fifteen patients": the authors' study with its cohort (cohort.treated-study);
    "Here we describe eight further patients …": the next patients after an earlier report (cohort.treated-described)."""
    return ((low[:3] == "we " or (low[:2] in ("he", "in") and _HERE_WE.match(low)))
            and " in " in low and (" study" in low or " trial" in low or " series" in low)) \
        or ((" further " in low or " additional " in low) and "we " in low[:40])


def _disease_list(text: str) -> bool:
    """A short sentence that only lists diseases with their counts ("T-ALL 27, T-LBL 6."): a breakdown
    of the cohort with no verb."""
    if len(text) < 120 and (", " in text or " and " in text) and cues().disease_list.fullmatch(text) is not None:
        return True
    # one clause of a telegraphic line: "Median age 27 y (range 13–61); T-ALL 18 (ETP 6), T-LBL 8; median 3 prior lines"
    return "; " in text and len(text) < 240 and any(
        len(x) < 120 and ", " in x and cues().disease_list.fullmatch(x.strip()) is not None for x in text.split(";"))


# a group's history named either way: "in patients with previous blinatumomab exposure" for the column "Prior blinatumomab"
_PRIOR_WORD = re.compile(r"\bprevious(?:ly)?\b", re.I | re.A)


def _names_column(text_group: str | None, column: str | None) -> bool:
    """The text's group names the table column's ("the donor-derived" for "Donor-derived (n=19)")."""
    if not text_group or not column:
        return False
    text_group, column = _PRIOR_WORD.sub("prior", text_group), _PRIOR_WORD.sub("prior", column)
    word = column.split()[0].lower()
    return word in text_group.lower() or text_group.split()[-1].lower() in column.lower()


def _sentence_names(column: str, low: str) -> bool:
    """Whether a sentence (lower case) names a table column's group, "previous" for "prior", and a "No X" column also by
    an elliptic "without" after its X ("One-year OS was 55.0% in patients with a previous HSCT and 80.0% in those
    without" for the column "No prior HSCT (n = 30)"), or by a pair's "vs" after its X ("Consolidative allo-HSCT was
    associated with superior 2-year LFS (74.9% vs 35.1%)" for "No allo-HSCT (n = 37)")."""
    col, low = _PRIOR_WORD.sub("prior", column).lower(), " " + _PRIOR_WORD.sub("prior", low)   # (first word: "Children had …")
    return f" {col}" in low or col.startswith("no ") and (" without" in low or _PAIR_VS.search(low)) and f" {col[3:]}" in low \
        or _names_words(col, low)


# a pair of estimates in parentheses: "(74.9% vs 35.1%)", "(79.6% versus 48.5%; P = .004)"
_PAIR_VS = re.compile(r"\(\s*\d+(?:[.\u00b7]\d+)?\s*%?\s+(?:vs\.?|versus)\s+\d+(?:[.\u00b7]\d+)?\s*%?\s*[);]", re.A)


def _names_words(col: str, low: str) -> bool:
    """Whether a sentence (lower case) names each word of a column's group of two or more words, by its stem and in any
    order: "Consolidative allo-HSCT was associated with a 24-month EFS of 72.1%" for the row "HSCT consolidation"."""
    words = re.findall(r"[a-z0-9]+", col.split("(", 1)[0], re.A)
    return len(words) >= 2 and words[0] not in ("no", "not", "non", "without") and all(
        re.search(rf"\b{re.escape(w[:max(4, len(w) - 3)])}", low, re.A) for w in words)


def _not_a_level(sub: str) -> bool:
    """Whether the group ``sub`` is named other than by a dose level or the word dose ("CAR-naive patients")."""
    return not _LEVEL_ITEM.search(sub) and not _DOSE_WORD.search(sub)


def _other_group(m: Measurement) -> bool:
    """Whether ``m`` is a result of a group named other than by a dose level ("75.0% (9/12) among CAR-naive patients")."""
    sub = m.get("subgroup")
    return bool(sub) and _not_a_level(sub)


# a dose written out in a group's name: "1 × 10^6 cells/kg", "3x10^5/kg"
_DOSE_IN_NAME = re.compile(r"\d\s*[\u00d7x]\s*10\b", re.A)


def _other_group_name(sub: str) -> bool:
    """Whether the group ``sub`` is named other than by a dose level or a dose ("No extramedullary disease")."""
    return _not_a_level(sub) and not _DOSE_IN_NAME.search(sub)


def _level_said(out: list[Measurement], f: Found) -> bool:
    """Whether the text stated ``f``'s count for ``f``'s group already ("marrow CR/CRi … 8 of 9 at DL3" before the
    cell "DL3 | 8 (88.9)", whatever its site)."""
    return any(m.endpoint == f.endpoint and m.get("subgroup") == f.fields.get("subgroup") and m.get("n") == f.fields.get("n")
               for m in out)


def _key_unnamed(endpoint: str, f: dict[str, Any]) -> tuple:
    """``same_key`` whatever the group's name; a stated absence also by its N (a table's "ICANS | 0 |
    0" per dose level restates no "no ICANS was seen" of the whole cohort, but "0 of 3 at DL1" it does)."""
    key = same_key(endpoint, {**f, "subgroup": None})
    return key + (f.get("N"),) if _none_had(f) else key


def _none_had(f: dict[str, Any]) -> bool | None:
    """Whether a rate states an absence: negated, or a count of none ("CR/CRi … in 0/3 … at DL1" is the table's zero cell
    "DL1 (1 × 10^6/kg) | 3 | 0" restated, b215-04)."""
    return True if f.get("negated") or f.get("n") == 0 else None


def same_key(endpoint: str, f: dict[str, Any]) -> tuple:
    """Two measurements with this key state the same result (a restatement, e.g. in the
    conclusions or the full text's Results, of an abstract's number)."""
    if endpoint in RATE:
        p = f.get("percent")
        value = round(p, 1) if p is not None else ("n", f.get("n"))
        return (endpoint, value, f.get("grade"), f.get("acute"), f.get("chronic"), f.get("site"),
                f.get("subgroup"), _none_had(f), f.get("mrd_negative"))
    if endpoint in SURV:
        return (endpoint, f.get("median_months"), f.get("percent"), f.get("months"), f.get("subgroup"))
    if endpoint == "patients_treated":   # "phase 2, n = 61" then "In the 61 patients treated at the RP2D"
        return (endpoint, f.get("value"))
    if endpoint == "dose":
        return (endpoint, f.get("low"), f.get("high"), f.get("unit"))
    if endpoint == "median_followup":
        return (endpoint, f.get("months"))
    if endpoint == "p_value":
        return (endpoint, f.get("value"), f.get("outcome"))
    return (endpoint, tuple(sorted((k, repr(v)) for k, v in f.items())))


_SEP = " \u00b6 "   # joins sentences: its pilcrow is a token of its own that no term contains


def sentence_terms(texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """``block_terms`` of each text, with offsets into that text, from one Doc over the texts
    joined by a separator: one Doc per document (building it is most of the matching cost),
    and only over the sentences that can carry a value."""
    per: list[list[tuple[int, int, str, str]]] = [[] for _ in texts]
    starts = [0]
    for t in texts[:-1]:
        starts.append(starts[-1] + len(t) + len(_SEP))
    for x, y, lab, rid in block_terms(_SEP.join(texts)):
        i = bisect_right(starts, x) - 1
        base = starts[i]
        if y <= base + len(texts[i]):
            per[i].append((x - base, y - base, lab, rid))
    return per


def block_terms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, rule id) of the endpoint terms in ``text`` (the rules of
    terms.jsonl, as the pipeline's rulers match them), overlaps resolved longest first;
    offsets into ``text``.

    The Doc holds the non-space tokens of ``CartregTokenizer`` (the boundaries the patterns
    were tokenized with). One C-level ``re.split`` gives the tokens (odd items) and the gaps
    between them (even items), so token end offsets are a running sum of part lengths: per-token
    Python work here cost more than the matching itself."""
    from spacy.tokens import Doc

    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    if not words:
        return []
    lower, orth, keys, digits = term_matchers()
    # a number no term contains matches as any other: all are "0", so new numbers add no
    # entries to the vocabulary (each cost more than matching a sentence, and memory)
    doc = Doc(get_nlp().vocab, words=[w if not w.isdigit() or w in digits else "0" for w in words])
    matches = lower(doc) + orth(doc)
    if not matches:
        return []
    ends = list(accumulate(map(len, parts)))[1::2]
    spans = []
    for key, i, j in matches:
        label, rid = keys[key]
        if rid == "cr.cri" and words[j - 1].isalpha() and j < len(words) and words[j].isdigit() and ends[j] - len(words[j]) == ends[j - 1]:
            continue   # a gene glued to its number: "a median of 2.1% CCR4-positive cells" (the chemokine receptor, no composite CR)
        spans.append((ends[i] - len(words[i]), ends[j - 1], label, rid))
    spans.sort(key=lambda x: (x[0] - x[1], x[0]))
    out: list[tuple[int, int, str, str]] = []
    taken = bytearray(len(text))   # characters covered by a kept span (C-level overlap test)
    for sp in spans:
        if taken.find(1, sp[0], sp[1]) < 0:
            out.append(sp)
            taken[sp[0]:sp[1]] = b"\x01" * (sp[1] - sp[0])
    return sorted(out)


_TOKEN_SPLIT = re.compile(r"([A-Za-z]+|\d+|\S)", re.A)   # ASCII letters: sentences are repaired text


def read_text(text: str) -> list[tuple[str, dict[str, Any]]]:
    """(endpoint, fields) for every measurement in a bare text (tests and debugging)."""
    doc = Document(path="<text>", format="text", sha256="", text=text)
    return [(m.endpoint, m.fields) for m in extract_measurements(doc)]


# ---------------------------------------------------------------- one sentence
# (the donor maybe named by what it gave: "proceeded to consolidative allo-HSCT (from the original transplant donor in 3)", "the
# same stem cell donor in 4": the donor's count, no transplant count)
_DONOR_IN = gate.compile(r"\b(?:same|sibling|haplo\w*|(?:HLA-)?matched|mismatched|unrelated|related|new|different|original|prior|CAR-T)"
                         r"[\s-]+(?:(?:transplant|HS?CT|SCT|stem[\s-]cell|graft)[\s-]+)?donors?\s+(?:in|for)\s+$", re.I | re.A)
_BY_BEFORE = re.compile(r"\bby\s+$", re.A)
# the count of an event's fatal cases, set off by commas with "fatal" after it: "ICANS was frequent and, in one patient, fatal",
# "CRS occurred in 12 patients and was, in two, fatal"
_FATAL_AFTER = gate.compile(rf"(?:\s+(?:{PATIENT}))?\s*,\s*(?:it\s+was\s+|was\s+)?(?:fatal|lethal)\b(?=\s*(?:[.;)]|$))", re.I | re.A)
# "Cohorts of three to six patients received …": a design's cohort size, no count of the treated
_COHORTS_OF = gate.compile(r"\b(?:cohorts|groups)\s+of\s+(?:\w+\s*(?:-|\u2013|to|or)\s*)?$", re.I | re.A)
# (or told in a relative clause: ", which was a second transplant in 5", ", which was their second allograft in 3")
_SECOND_TX_IN = gate.compile(r"[,;(]\s*(?:and\s+|with\s+|being\s+|which\s+(?:was|were)\s+|this\s+(?:was|being)\s+)?(?:(?:as\s+)?(?:a|their)\s+)?"
                             r"second\s+(?:allo(?:geneic)?[\s-]*)?(?:transplant(?:ation)?s?|HS?CT|SCT|allografts?)\s+(?:in|for)\s+$", re.I | re.A)
# (or its kind, in the transplant's aside: "Thirty-one patients in CR proceeded to allo-HSCT (consolidative in 22; second
# transplantation in 9)", "(as consolidation in 12; a second allograft in 4)"; not "(first transplant in 29, second in 12)",
# which blind76's writer records)
_TX_KIND_IN = gate.compile(r"[(;]\s*(?:as\s+)?(?:an?\s+|their\s+)?(?:consolidati(?:ve|on))(?:\s+(?:allo(?:geneic)?[\s-]*)?"
                           r"(?:transplant(?:ation)?s?|HS?CT|SCT|allografts?))?\s+(?:in|for)\s+$", re.I | re.A)
_COHORT_STANDS = gate.compile(r"\b(?:cohort|arm|group|part)\s+(?:[A-D]|\d{1,2}|I{1,3})\s*,\s*(?P<d>[^,;:()=\s]+\s[^,;:()=]{1,60}?|[A-Za-z-]+ed|refractory)\s*,\s*n\s?=\s?\d", re.I | re.A)
_DEFINED_AS = gate.compile(r",\s*(?:which\s+was\s+|was\s+)?defined\s+as\s+[^,;()]{1,120},|\(\s*defined\s+as\s+[^()]{1,120}\)", re.I | re.A)
# (the noun after a count over its total: "after 6 of the 253 infusions", "in 12/80 CAR-T cell doses", "after 3 of 40 cycles")
_OF_INFUSIONS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:infusions|doses|cycles|administrations)\b", re.I | re.A)
_PATIENTS_BEFORE = re.compile(r"\b\d+\s+(?:patients|pts|children|participants)\b", re.I | re.A)
_AGE_AT = re.compile(r"(?:\bat|\baged)\s+$", re.A)
# a grade's own count in parentheses, then the list goes on: "grade 1 (n = 6) or ", "grade 2 (n=4) and ", "grade 1 (n=6), "
_SIZE_THEN_NEXT = r"\(\s*[nN]\s*=\s*\d+\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# (a grade with its own count in parentheses right after it, another grade next: "grade 1 (n = 6) or grade 2 …", "grade 1 (n=6), grade 2 …")
_GRADE_OWN_SIZE = re.compile(rf"\s*{_SIZE_THEN_NEXT}(?:grades?|gr)\b", re.I | re.A)


def _age_band(text: str, a) -> bool:
    """"88.6% (62/70) at 18-39 years, … and 78.9% (45/57) at ≥60 years": a span of 15 years or more after
    "at"/"aged" is an age band naming a group, no duration or landmark (no CAR-T follow-up is that long)."""
    if a.kind == "dur" and str(a.groups.get("du") or "").lower().startswith("y"):
        v = max(float(a.groups.get("dv") or 0), float(a.groups.get("dv2") or 0))
    elif a.kind == "lm" and str(a.groups.get("lu2") or "").lower().startswith("y"):
        v = float(a.groups.get("lv2") or 0)
    else:
        return False
    return v >= 15 and bool(_AGE_AT.search(text, max(0, a.start - 8), a.start))


# a conference abstract's terse total with its breakdown: "Relapse: 3 pts (2 post-HSCT, 1 not transplanted)",
# "Bridged to allo-HCT: 9 pts (CD5 4, CD7 5)", "Consolidative allo-HSCT: 6 pts (T-ALL 4, T-LBL 2)"
_TERSE_BREAKDOWN = re.compile(r"(?P<label>[A-Za-z][\w /+-]{1,40}):\s*(?P<n>\d+)\s*(?:pts?|patients|cases)?\s*"
                              r"\((?P<body>[^()]{3,120})\)\s*(?:[.;,]|$)", re.A)
_BREAKDOWN_ITEM = re.compile(r"\s*(?:(?P<k1>\d+)\s+(?P<name1>[A-Za-z][^,;]{0,40}?)|(?P<name2>[A-Za-z][^,;]{0,40}?)\s+(?P<k2>\d+))\s*(?:[,;]|$)", re.A)


_PHENOTYPE_NAME = re.compile(r"CD\d+\s*(?:[+-]|pos|neg|dim)", re.I | re.A)


def _terse_breakdown(m: re.Match) -> list[Found] | None:
    """The label's endpoint read for the total and for each group of the breakdown, when the
    label names one endpoint with no number of its own and the groups' counts add up to the
    total; None otherwise (the sentence is read as any other)."""
    label, total, body = m.group("label"), int(m.group("n")), m.group("body")
    items, pos = [], 0
    while pos < len(body):
        k = _BREAKDOWN_ITEM.match(body, pos)
        if not k or k.end() == pos:
            return None
        items.append((int(k.group("k1") or k.group("k2")), (k.group("name1") or k.group("name2")).strip(),
                      m.start("body") + k.start("k1" if k.group("k1") else "k2")))
        pos = k.end()
    # relapses by antigen phenotype ("Relapses: 9 (CD7− in 5)"): the open convention, the total only
    phenotype = any(_PHENOTYPE_NAME.search(name) for _, name, _ in items) and all(n <= total for n, _, _ in items)
    if not phenotype and (len(items) < 2 or sum(n for n, _, _ in items) != total):
        return None
    head = f"{label}: {total} pts."
    found = read_sentence(head, block_terms(head))
    if len(found) != 1 or found[0].endpoint not in ("relapse", "transplant"):
        return None   # (grade breakdowns of CRS or ICANS are read as grades, not groups)
    f = found[0]
    out = [Found(f.endpoint, f.fields, f.rule, m.start("n"))]
    if phenotype:
        return out    # relapses by antigen phenotype ("CD7-CD19+ 2"): the open convention, the total only
    for n, name, at in items:
        out.append(Found(f.endpoint, {**{k: v for k, v in f.fields.items() if k not in ("n", "N", "percent", "derived")},
                                      "n": n, "subgroup": name}, f.rule, at))
    return out


# a "none of N" in a list of shares: "in none of 3, 1 of 4, and 8 of 10 patients at dose levels 1, 2, and 3, respectively",
# "CR rates were 2 of 3, none of 4 and 5 of 6 at DL1, DL2 and DL3, respectively"
_NONE_OF = re.compile(r"\bnone(?=\s+of\s+(?:the\s+)?\d+\b(?!\s*%))", re.I | re.A)
_SHARE_LISTED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?\d+\s*,\s*(?:and\s+|or\s+)?\d+\s+of\s+(?:the\s+)?\d+\b", re.I | re.A)
_SHARE_LISTED_BEFORE = re.compile(r"\b\d+\s+of\s+(?:the\s+)?\d+\s*,\s*(?:and\s+|or\s+)?$", re.I | re.A)


def _none_in_shares(text: str) -> str:
    """``text`` with each "none" of a listed share ("none of 3, 1 of 4, and 8 of 10") written "0" (the same length)."""
    for m in list(_NONE_OF.finditer(text)):
        if _SHARE_LISTED_AFTER.match(text, m.end()) or _SHARE_LISTED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            text = text[:m.start()] + "0   " + text[m.end():]
    return text


# (or what the rate counts: "The ORR, counting morphologic leukemia-free state, was 82.4%", "The ORR, which counted MLFS, was 80%")
_COMMA_ASIDE = gate.compile(r",\s*(?:which\s+(?:includ|compris|count)\w*|including|comprising|(?:when\s+|if\s+)?counting)\s+(?:[^;,()]|\([^()]*\)|,\s*(?:and\s+)?(?=[^;,()]{1,60}?"
                            r"(?:\([^()]*\))?\s*,?\s*(?:and\s+)?))*?,(?=\s*(?:was|were|is|are|of|reached)\s+\d+(?:\.\d+)?\s*%)", re.I | re.A)
# (a reason after the absence: "…, because all products were autologous", "as the CAR T cells were autologous")
# a count of a part between commas, then the main term's values for another group: ", including 6 CRs, and in 4 of 6 with
# PTCL-NOS", ", including seven complete responses, and 60% in MCL"
_INCLUDING_THEN = gate.compile(r",\s*including\s+\w+\s+[^,;()\d]{1,40}?,(?=\s*and\s+(?:(?:in|among|for)\s+)?(?:the\s+)?\d+(?:\.\d+)?\s*(?:%|of\s+\d+))",
                               re.I | re.A)
# a count of a part the rate counts, named by a distractor term, is that part's, no count of the rate: "Including 5 patients
# with morphologic leukemia-free state, the ORR was 66.7%", "Counting the 4 patients with MLFS, the ORR was 75%", "The ORR
# was 80%, including 3 with MLFS", "When the 4 patients in MLFS are included, …" (a part named by an endpoint's term,
# "including 10 with CR", stays that term's count)
_PART_BEFORE = re.compile(r"\b(?:including|counting|incl\.|when|if|once)\s+(?:the\s+|an?\s+(?:additional|further)\s+)?$", re.I | re.A)
_PART_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:(?:patients?|pts?|cases?|children|adults)\s+)?(?:with|in|who\s+(?:had|achieved|attained|reached))"
                         r"\s+(?:an?\s+|the\s+)?", re.I | re.A)


def _counted_parts(text: str, atoms: list[Atom], mentions: list[Mention]) -> list[Atom]:
    """``atoms`` without the counts (and their percents) of a rate's part named by a distractor after them: "Including 5
    patients with MLFS, the ORR was 66.7%", "…, including 3 (15%) with MLFS"."""
    parts = []
    for a in atoms:
        if a.kind == "num" and _PART_BEFORE.search(text, max(0, a.start - 30), a.start) and (k := _PART_AFTER.match(text, a.end)) \
                and any(m.kind == "X" and m.start == k.end() for m in mentions):
            parts.append((a.start, k.end()))
    return [a for a in atoms if not any(lo <= a.start < hi for lo, hi in parts)] if parts else atoms


_AUTOLOGOUS_REASON = gate.compile(r"(?:,\s*|\s)(?:because|since|as|given\s+that)\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:were|was|are|is)\s+"
                                  r"(?:all\s+)?autologous\b", re.I | re.A)
_INCLUDED_KIND = gate.compile(r"\binclud(?:ed|ing)\s+(?:(?:delayed|late|transient|reversible|one|a)\s+)?$", re.I | re.A)
# a kind named as some of the total's with its count, which stays the kind's, no total's: "CAR-T cell neurotoxicity occurred in
# 20 patients (20.6%), including ICANS in 16 (16.5%), …, and other neurotoxicities, among them parkinsonism in 5",
# "Neurotoxicity occurred in 12 patients (10.0%), among them parkinsonism in 3", "…, such as parkinsonism in 4"
_AMONG_KIND = gate.compile(r"\b(?:among\s+(?:them|these|those|which|whom)|such\s+as|notably)\s*,?\s+$", re.I | re.A)


# every one enrolled was treated: "Ten patients were enrolled and all received at least one infusion", "Twelve patients were
# enrolled, all of whom received CAR-T cells", "Fifteen patients were enrolled, and all were infused"
_ENROLLED_ALL_TREATED = gate.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+(?:[\w-]+\s+)?{PATIENT}\s+(?:were|was)\s+(?:enrolled|recruited|registered)"
                                     r"\s*,?\s*(?:and\s+)?(?P<all>all)(?:\s+of\s+(?:whom|them))?\s+(?:(?:subsequently|then)\s+)?"
                                     r"(?:received|were\s+(?:infused|treated|dosed))\b", re.I | re.A)


# each randomised arm's treated part, the verb said for each: "88 of 104 patients in the CAR T-cell group received at least one
# infusion, and 48 of 52 in the TPC group received treatment", "of whom 60 of 64 in the axi-cel arm were infused"
_ARM_TREATED = gate.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+of\s+(?:the\s+)?\d+\s+(?:{PATIENT}\s+)?(?:in|assigned\s+to|randomi[sz]ed\s+to)\s+the\s+"
                            r"(?P<a>[\w/+.-]+(?:\s+[\w/+.-]+){0,3}?)\s+(?:group|arm)\s+(?:received|were\s+(?:treated|infused|dosed)|underwent\s+infusion)\b",
                            re.I | re.A)


def _arm_treated(text: str, cohort: list[Found]) -> list[Found]:
    """Two arms' treated counts (_ARM_TREATED), each named by its arm; a count read before with no group takes its arm."""
    ks = list(_ARM_TREATED.finditer(text))
    if len(ks) < 2:
        return []
    out = []
    for k in ks:
        n, sub = _num(k.group("n")), k.group("a")
        f = next((f for f in cohort if f.endpoint == "patients_treated" and f.pos == k.start("n")), None)
        if f is not None:
            f.fields.setdefault("subgroup", sub)
        elif n:
            out.append(Found("patients_treated", {"value": n, "subgroup": sub}, "cohort.named-group", k.start("n")))
    return out


def read_sentence(text: str, spans: list[tuple[int, int, str, str]], low: str | None = None,
                  labels_ci: bool | None = None) -> list[Found]:
    """The measurements one sentence states. ``spans`` are the ruler's (start, end, label,
    rule id) terms with offsets into ``text``; ``low`` is ``text.lower()`` if the caller has it;
    ``labels_ci``: the document labels its CIs somewhere ("95% CI"); unknown (None), the
    sentence decides."""
    low = _lowered(text) if low is None else low
    if ("includ" in low or "compris" in low or "count" in low) and "%" in text and (k := _COMMA_ASIDE.search(text)):
        # "The overall response rate, which included MLFS (n = 4) and PR (n = 3), was 66.7%": the parts between
        # commas are an aside, read as one in parentheses (the same length: the terms' offsets hold)
        text = text[:k.start()] + "(" + text[k.start() + 1:k.end() - 1] + ")" + text[k.end():]
        low = _lowered(text)
    if "including " in low and (k := _INCLUDING_THEN.search(text)):
        # "Responses were seen in 8 of 9 patients with ENKTL (88.9%), including 6 CRs, and in 4 of 6 with PTCL-NOS or AITL":
        # the part counted is an aside, the values after it the main term's again (read in parentheses, the same length)
        text = text[:k.start()] + "(" + text[k.start() + 1:k.end() - 1] + ")" + text[k.end():]
        low = _lowered(text)
    if "none of" in low and "respectively" in low:
        # "Objective responses occurred in none of 3, 1 of 4, and 8 of 10 patients at dose levels 1, 2, and 3, respectively":
        # a listed "none of N" is its share 0 of N, as "0 of 3" is (the same length: "0   ")
        text = _none_in_shares(text)
        low = _lowered(text)
    if "(" in text and ":" in text and (tel := _TERSE_BREAKDOWN.match(text)) \
            and not any(t[2] != "X" for t in block_terms(text[tel.end():])):   # (what follows names no endpoint)
        got = _terse_breakdown(tel)
        if got is not None:
            return got
    doses = parse_doses(text) if _hinted(low, _DOSE_HINTS) else []
    atoms = scan(text)
    if "% v" in text:
        atoms = _zero_after_pct(text, atoms)
    if ("(" in text or "[" in text) and "%" in text and (labels_ci or (labels_ci is None and _labels_ci(text))):
        atoms = _bare_cis(text, atoms)
    if "0." in text and any(a.kind == "lm" for a in atoms):
        atoms = _proportions(text, atoms)
    if "follow" in low and "(" in text:
        atoms = _followup_ranges(text, atoms)
    if doses:
        atoms = [a for a in atoms if not any(d.start <= a.start < d.end for d in doses)]
    if "%)" in text and _N_PCT_HEADER.search(text):
        atoms = _table_percents(text, atoms)
    if "year" in low and (" at " in low or "aged " in low):
        atoms = [a for a in atoms if not _age_band(text, a)]
    if "Table " in text or "Fig" in text or "TABLE " in text:   # "Table 2 Remission by dose level": a caption's number, no count
        atoms = [a for a in atoms if not _CAPTION_NO.search(text, max(0, a.start - 22), a.start)]
    if "per 1" in low:   # "20.7 versus 6.1 per 100 patients", "12.4 per 100 patient-years": a rate's base, no count
        atoms = [a for a in atoms if not _PER_BASE.search(text, max(0, a.start - 8), a.start)]
    if "donor " in low:   # "bridged to HSCT …, same donor in 19": the donors of those transplanted, no count of a term
        atoms = [a for a in atoms if not _DONOR_IN.search(text, max(0, a.start - 40), a.start)]
    if "second " in low and ("transplant" in low or "allograft" in low) or "second hsct" in low or "second allo" in low \
            or "(consolidati" in low:
        # "Sixty-one … proceeded to consolidative allo-HSCT, a second transplant in 17": which transplant it was for some of
        # those counted before, no second count of the term
        atoms = [a for a in atoms if not _SECOND_TX_IN.search(text, max(0, a.start - 50), a.start)
                 and not ("(" in text[max(0, a.start - 40):a.start] and _TX_KIND_IN.search(text, max(0, a.start - 50), a.start))]
    if "fatal" in low or "lethal" in low:   # "ICANS was frequent and, in one patient, fatal": a death's count, not the event's
        atoms = [a for a in atoms if not (_FATAL_AFTER.match(text, a.end) and text[max(0, a.start - 6):a.start].rstrip().endswith((", in", ",in")))]
    if "infusions" in low or "doses" in low or "cycles" in low:   # "Grade 1 CRS was reported in 4 patients, after 6 of the 253
        # infusions": after the patients' count, a share of the infusions given, no patients' rate (with its percent after the
        # noun: "in 9 patients, after 12 of 80 infusions (15%)"; not with no patients counted before: "CRS occurred after five of
        # the seven CD19 infusions", one infusion each)
        drop = [a for a in atoms if a.kind == "frac" and _OF_INFUSIONS.match(text, a.end) and _PATIENTS_BEFORE.search(text, 0, a.start)]
        ends = {_OF_INFUSIONS.match(text, a.end).end() for a in drop}
        atoms = [a for a in atoms if not (a in drop or a.kind == "pct" and any(text[e:a.start].strip() in ("(", "[") for e in ends if e < a.start))]
    split = _subject_split(text, atoms) if ";" in text and "s (" in text else None
    cohort_atoms = atoms
    if split:   # "Twenty-four patients (cohort A, 19; cohort B, 5) underwent allo-HSCT": the parts are no subject
        atoms = [a for a in atoms if not split[1] <= a.start < split[2]]
    mentions = _mentions(text, spans, atoms, low)
    if "includ" in low or "count" in low:   # "Including 5 patients with MLFS, the ORR was 66.7%": the part's count, not the ORR's
        atoms = _counted_parts(text, atoms, mentions)
    if "defined as " in low:   # "CNS remission, defined as clearance of blasts from the CSF, was documented in 35 of 36": a definition's words
        defs = [(d.start(), d.end()) for d in _DEFINED_AS.finditer(text)]
        mentions = [m for m in mentions if not (m.kind == "X" and any(lo <= m.start < hi for lo, hi in defs))]
    if "cohort " in low or "arm " in low or "group " in low:
        # "(cohort A, n=98; cohort B, MRD-positive CR, n=23)": what a cohort stands for, before its size, is no result
        defs = [(d.start("d"), d.end("d")) for d in _COHORT_STANDS.finditer(text)]
        mentions = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in defs)] if defs else mentions
    if " by " in low:   # "CR/CRi rates by age band were …": the grouping's word is no distractor
        mentions = [m for m in mentions if not (m.kind == "X" and _BY_BEFORE.search(text, max(0, m.start - 4), m.start))]
    asides: list[tuple[int, int]] = []
    if ("including " in low or "such as " in low or "(" in text) and mentions:
        atoms, asides = _kind_breakdowns(text, mentions, atoms)
        if asides and "ntx.kind" in {m.rule for m in mentions}:   # "(parkinsonism n=2, cranial nerve palsy n=3)": kinds of the term
            mentions = [m for m in mentions if not (m.rule == "ntx.kind" and any(lo <= m.start < hi for lo, hi in asides))]
    if ("among " in low or "such as" in low or "notably" in low) and any(m.rule == "ntx.kind" for m in mentions):
        mentions = [Mention("X", None, m.start, m.end, "x.ntx-kind-among", {}) if m.rule == "ntx.kind"
                    and _AMONG_KIND.search(text, max(0, m.start - 20), m.start)
                    and any(o.endpoint == "neurotoxicity" and o.kind == "E" and o.rule != "ntx.kind" and o.end <= m.start
                            for o in mentions) else m for m in mentions]
    if "includ" in low and any(m.rule == "ntx.kind" for m in mentions):
        # "Neurotoxic events occurred in 24 patients (9.6%), …, and included parkinsonism in 3": a kind inside the
        # term's own total, after it, is no second neurotoxicity result
        mentions = [m for m in mentions if not (
            m.rule == "ntx.kind" and _INCLUDED_KIND.search(text, max(0, m.start - 30), m.start)
            and any(o.endpoint == "neurotoxicity" and o.kind == "E" and o.rule != "ntx.kind" and o.end <= m.start
                    for o in mentions))]
    # values are paired with endpoint or grade terms: without one (a cohort or dose sentence)
    # there is nothing to group or pair
    if split:
        asides = asides + [(split[1], split[2])]
    if any(m.kind != "X" for m in mentions):
        clauses, groups = _clauses(text, atoms, asides), _groups(text, atoms, mentions)
        if ": " in text and " and " in text and groups:
            _name_pairs(text, groups)
    else:
        clauses, groups = [], []
    found: list[Found] = []
    # "Fifteen patients had T-ALL and six had T-LBL": a disease breakdown needs no cohort verb
    # "Of the 24 patients (T-ALL, 17; T-LBL, 7), …": a disease breakdown after a patient noun needs no verb
    cohort, claimed = _cohort(text, cohort_atoms, doses, low) if _hinted(low, _COHORT_HINTS) \
        or low.count(" had ") > 1 or ("s (" in text and _PATIENTS_LIST.search(text)) or _disease_list(text) \
        or (" had " in low and " of " in low and cues().disease_share.search(text)) \
        or ("cases " in low and cues().disease_with.search(text)) or _own_study(low) \
        or (" had " in low and _had_alone(text)) or ("/" in text and (_SLASHED_LEVELS.search(text) or _SLASHED_DISEASES.search(text))) \
        else ([], set())
    if "respectively" in low and ("level" in low or "DL" in text) and (" to " in low or " in " in low):
        given = _levels_given(text, claimed)
        if given:   # ("Dose levels 1 and 2 were infused in …": the level's number is no count of the infused)
            spans = [(m.start("labs"), m.end("labs")) for m in _LEVELS_GIVEN.finditer(text)]
            cohort = [f for f in cohort if not any(a <= f.pos < b for a, b in spans)] + given
    if len(doses) >= 2 and ("respectively" in low or " of " in low and _COHORT_SIZES.search(text)):
        cohort += _dose_counts_respectively(text, doses, claimed)
    elif len(doses) >= 2 and " in " in low:
        cohort += _dose_counts_after(text, doses, claimed, _DOSE_IN)
    if doses and ("cases)" in low or "patients)" in low or "pts)" in low):
        cohort += _dose_paren_counts(text, doses, claimed)
    if len(doses) >= 2 and ";" in text:
        cohort += _dose_counts_after(text, doses, claimed, _DOSE_COMMA_N)
    if (":" in text and "=" in text or "indicat" in low or "reason" in low) \
            and ("roduct" in low or "indicat" in low or "status" in low or "setting" in low or "reason" in low):
        found += _product_counts(text, claimed)
    if " all " in low and (k := _ENROLLED_ALL_TREATED.search(text)) and not any(f.endpoint == "patients_treated" for f in cohort) \
            and any(f.endpoint == "patients_enrolled" and f.pos == k.start("n") for f in cohort):
        cohort.append(Found("patients_treated", {"value": _num(k.group("n"))}, "cohort.treated", k.start("all")))
    if " group " in low or " arm " in low:
        cohort += _arm_treated(text, cohort)
    found += cohort
    if "dose" in low and " each" in low or "per dose" in low or doses and " each)" in low:
        found += _per_level_counts(text, cohort)
    found += _doses(text, doses) if doses else []
    negs = _negations(mentions)
    if negs and "autolog" in low and (k := _AUTOLOGOUS_REASON.search(text)):
        # "No patient had graft-versus-host disease …, because all products were autologous": an absence the product's
        # origin rules out, no observed result
        negs = [f for f in negs if not (f.endpoint == "gvhd" and f.pos < k.start())]
    if negs and (" patient " in low or " case " in low or low.startswith(("patient ", "case "))):
        # "Patient 1 developed grade II acute GVHD …; patient 2 had no GVHD" (b204-05): one patient's absence, no stated
        # absence of the cohort
        negs = [f for f in negs if not _ONE_PATIENT_NONE.search(text, max(0, f.pos - 60), f.pos)]
    if negs and "loss" in low:   # "no relapse with loss of both antigens was observed": no relapse of that antigen kind
        ends = {m.start: m.end for m in mentions}
        negs = [f for f in negs if not (f.endpoint == "relapse" and _ANTIGEN_LOSS_AFTER.match(text, ends.get(f.pos, f.pos)))]
    found += negs
    if "no " in low and ("occurred" in low or " observed" in low or " seen" in low or " noted" in low) \
            or "no patient" in low or "no one" in low or "none of the patients" in low or "no " in low and ("partial" in low or "PR" in text):
        found += _response_absences(text, mentions)
    if ("none " in low or "no " in low or "never " in low or "not " in low or ", none" in low or ": none" in low) and "g" in low:   # unless "none had grade 3 or higher" was read as a negated grade
        found += [f for f in _graded_none(text, mentions)
                  if not any(n.endpoint == f.endpoint and n.fields.get("grade") == f.fields["grade"] for n in negs)]
    prefix_N = _prefix_N(text)
    list_N = (int(k.group(1) or k.group(2) or k.group(3) or k.group(4)), k.end(),
              k.start() if k.group(1) else k.start(2) if k.group(2) else k.start(3) if k.group(3) else k.start(4)) \
        if (":" in text or ";" in text) and ("):" in text or "n=" in low or "n =" in low or "able in " in low or "were evaluable" in low
                            or "were assessable" in low
                            or "in " in low and ("emd" in low or "extramedullary" in low)) and (k := _LIST_N.search(text)) else None
    # "All 8 patients with T-LBL had measurable extramedullary disease; at week 12, PET-CT showed an extramedullary CR in 5 and a
    # PR in 2": the patients with the disease, a clause before the extramedullary responses
    emd_N = (to_number(k.group("N")), k.end()) if "extramedullary" in low and (k := _EMD_HAD.match(text)) else None
    # "…, and among the seven patients with extramedullary disease, five achieved …": an opener after a clause break
    mid_N = [(int(k.group("N")), k.end()) for k in _MID_OPENER.finditer(text)] if "among" in low or " of " in low else []
    mid_in = set()
    if "; in " in low or "; for " in low:
        # "…; in 24 evaluable patients with MZL, the ORR and CR rate were 79.2% and 62.5%": a second population's
        # size opening a clause with values of its own is their N, no count ("…; in 2 patients, it was grade 3" is one)
        for k in _MID_IN_OPENER.finditer(text):
            stop = text.find(";", k.end())
            if any(k.end() <= a.start < (stop if stop > 0 else len(text)) and a.kind in ("pct", "num", "frac") for a in atoms):
                mid_in.add(k.start("N"))
                mid_N = sorted(mid_N + [(int(k.group("N")), k.end())], key=lambda x: x[1])
    present = ()
    if "present" in low or "detected" in low or "documented" in low:
        # "Extramedullary disease, present in 17 patients, resolved completely in 12 and partially in 3": the aside
        # sizes the population of the counts after it, no count of the term
        ks = list(_PRESENT_IN.finditer(text)) + list(_PRESENT_MAIN.finditer(text)) + list(_PRESENT_BARE.finditer(text))
        if ks:
            present = {k.start("N") for k in ks}
            mid_N = sorted(mid_N + [(int(k.group("N")), k.end()) for k in ks], key=lambda x: x[1])
    tp = next((atom_value(a).get("timepoint_days") for a in atoms if a.kind == "tp"), None)
    if tp is None:   # "the ORR at 3 months": a month landmark that no survival term took
        tp = next((atom_value(a).get("timepoint_days") for a in atoms if a.kind == "lm" and not a.groups.get("_bound")), None)
    if ", with " in text and " in " in text:
        groups = [g for g in groups if not _feature_count(text, g, mentions)]
    pairs = _attach(text, clauses, mentions, groups, claimed)
    if "rade" in text and _VERSUS_AFTER_GRADE.search(text):
        pairs = _versus_after_grade(text, pairs)
    # "… CR by day 28, and both patients with PTCL achieved a complete metabolic response at 3 months": a time point
    # in the term's own clause times it, not the sentence's first
    times = [(a.start, atom_value(a).get("timepoint_days")) for a in atoms
             if a.kind == "tp" or (a.kind == "lm" and not a.groups.get("_bound"))] if tp is not None and clauses else []
    times = [t for t in times if t[1] is not None]
    items = []
    selected = "analy" in low or "stud" in low or "review" in low or "identif" in low or "includ" in low
    if len(pairs) > 1 and ("of whom" in low or "of them" in low or "in which" in low or "among whom" in low or "after which" in low):
        # "Five of the 6 patients with PR received ISRT, of whom 4 converted to CR": the count before is the N of the
        # term's count in the "of whom" clause, no result of that term itself
        pairs = [(m, g) for m, g in pairs if not any(
            m2 is m and g2.start > g.end and m.start > g2.start and g.vals.get("n") is not None
            and _OF_WHOM.search(text, max(0, g2.start - 30), g2.start) and "percent" not in g.vals
            and _of_whom(text, g2, groups, atoms) == g.vals["n"] for m2, g2 in pairs)]
    for m, g in pairs:
        if selected and m.endpoint in RESPONSE and _SELECTED_BEFORE.search(text, max(0, g.start - 50), g.start) \
                and _SELECTED_AFTER.match(text, g.end):
            continue   # "We retrospectively analyzed 137 patients who attained CR after CAR-T": the cohort's selection, no result
        if m.endpoint in RESPONSE and m.start > g.end and "onvert" in text and "percent" not in g.vals \
                and _FURTHER_CONVERTED.match(text, g.end):
            continue   # "…, and two further patients converted to a partial or complete response by month 3": an increment, no rate
        if m.endpoint in RESPONSE and m.start > g.end and "%" in text and _RATE_IN_BEFORE.search(text, max(0, g.start - 40), g.start):
            continue   # "Two-year LFS was 81.2% in the 31 patients who were MRD-negative": the rate's N, no response count
        if m.endpoint in RESPONSE and m.end <= g.start and "percent" not in g.vals and g.vals.get("n") is not None \
                and _RATE_IN_BEFORE.search(text, max(0, g.start - 40), g.start) \
                and any(m2 is m and g2 is not g and g2.end <= g.start and "percent" in g2.vals for m2, g2 in pairs):
            continue   # "The ORR was 84.6% in the 13 patients previously exposed to BCMA-directed therapy": the rate's N again
        if m.endpoint in GRADED and m.end <= g.start and _RESOLVED_IN.search(text, max(0, g.start - 40), g.start):
            continue   # "Grade 3 CRS resolved in all three affected patients": how the events ended (see _RESOLVED_IN)
        if m.endpoint in GRADED and m.end <= g.start and ("nvolv" in low or "ffect" in low or "anifest" in low) and _ORGAN_IN.search(text, m.end, g.start):
            continue   # "Acute GVHD involved the skin in all four affected patients and the gut in one": the organs' counts (see _ORGAN_IN)
        if m.endpoint in GRADED and m.end <= g.start and _ABSENT_IN.search(text, max(0, g.start - 40), g.start):
            continue   # "CRS was grade 1 in four patients and absent in one": the patients without it (see _ABSENT_IN)
        if m.endpoint in GRADED and g.end <= m.start and text[g.start:g.start + 4].lower() == "all " \
                and _EVENTS_RESOLVED.match(text, m.end):
            continue   # "All 3 ICANS events resolved within 72 hours": the events' outcome (see _EVENTS_RESOLVED)
        if m.endpoint in RESPONSE and "unconfirmed" in low and _UNCONFIRMED.search(text, max(0, m.start - 16), m.start):
            continue   # "One patient at DL3 with an unconfirmed partial response is counted as having stable disease": no response
        if m.endpoint in RESPONSE and " from " in low and _FROM_STATE.search(text, max(0, m.start - 40), m.start) \
                and _TO_STATE.match(text, m.end):
            continue   # "One patient converted from PR to CR at month 3": the response left behind, no result
        if (list_N and list_N[2] <= g.start < list_N[1]) or g.start in present or g.start in mid_in:
            continue   # "D28 response (n=13): ORR 69.2% (9/13)": the list's size is the N of the items after it, no count
        # "In 2 patients, CRS was grade 3": the prefix's number is the count, not its denominator; but
        # "In the 8 patients with T-LBL, the ORR was 75%": a term with a value of its own has it as N only
        # (also "Among all 16 infused pts, the ORR was 56.3% (9/16)", "Among all 64 treated patients, the ORR was 90.6% (58/64)":
        # the opener's "all 16" is its population, no ORR of 16/16)
        opener = prefix_N is not None and g.start <= prefix_N[1] < g.end
        if opener and (any(m2 is m and g2 is not g for m2, g2 in pairs)
                       # "In 19 patients with CD19-negative relapse, the CR rate
                       # was 84%": a term inside the opener names its population
                       or m.end <= prefix_N[2] < max(m2.start for m2, _ in pairs)):
            continue
        pn = prefix_N[0] if prefix_N and not opener else None
        if pn and ";" in text[prefix_N[2]:g.start] and (_PATIENT_AFTER.match(text, g.end)
                                                         or _SEMI_OPENER.search(text, prefix_N[2], g.start)):
            # "Of the 18 new-donor pts, 16 …; 4 prior-donor pts also underwent …", "…; among transplanted
            # patients, 7 relapsed (17.1%)": a count with its own population
            pn = None
        if pn and "without" in text and _VERSUS_AFTER_OPENER.search(text, prefix_N[2], g.start) \
                and _OTHER_GROUP_AFTER.match(text, g.end):
            pn = None   # "Among the 16 patients with EMD, …, compared with 96.4% and 78.6% in those without EMD": the others'
        if pn is None and list_N and list_N[1] <= g.start:
            pn = list_N[0]   # "EMD response at D28 (n=10): CR 6, PR 3": the list's size, stated before its colon
        if pn is None and emd_N and isinstance(emd_N[0], int) and emd_N[1] <= g.start and m.endpoint in RESPONSE \
                and "extramedullary" in text[emd_N[1]:g.start].lower() and isinstance(g.vals.get("n"), int) and g.vals["n"] <= emd_N[0]:
            pn = emd_N[0]
        pn = next((n for n, end in reversed(mid_N) if end <= g.start), pn)
        if " among " in low and g.head == "num" and "N" not in g.vals and (k := _AMONG_AFTER.match(text, g.end)) \
                and not any(a.kind in ("pct", "frac") and g.end <= a.start < k.start("N") for a in atoms):
            pn = int(k.group("N"))
        mtp = tp
        if len(times) > 1:
            ca, cb = _clause_of(clauses, g.start)
            mtp = next((v for s, v in times if ca <= s < cb), tp)
        elif times and ";" in text[g.end:times[0][0]] and (k := _TIME_OPENS_CLAUSE.search(text, g.end, times[0][0] + 12)) \
                and k.end() > times[0][0]:
            mtp = None   # "Best ORR was 80.9% (38/47) …; at 3 months, 21 of 44 … remained in CR": the later clause's own time
        of_n = _of_whom(text, g.whole or g, groups, atoms) or pn
        if of_n and m.endpoint in RESPONSE and m.endpoint != "overall_response" and _OF_THEM_WITH.match(text, g.end) \
                and any(m2.endpoint == "overall_response" and m2.end <= g.start for m2 in mentions):
            # "4 of 6 at DL3 responded, three of them with CR/CRi": a kind of response among the responders, no rate of them
            # (of the population an opener names, it is: "Among the nine patients with …, six (67%) responded, four of them
            # with a complete response" is 4/9)
            of_n = pn
        f = _item(text, m, g, mentions, atoms, clauses, of_n, mtp)
        if f and m.kind == "G" and g.end <= m.start and f.fields.get("grade") not in (None, "any") and "n" in f.fields \
                and _GRADE_OWN_SIZE.match(text, m.end):
            f.fields["grade"] = "any"   # "Twelve patients developed grade 1 (n = 6) or grade 2 (n = 4) CRS": the total, each grade has its own
        if f and " each " in low and "percent" not in f.fields and not f.fields.get("subgroup") \
                and (k := _IN_EACH.match(text, g.end)) and len(names := _named_arms(text, k.group("w"))) == 2:
            # "… and was G3 in one patient in each cohort": the count in each of the two cohorts the sentence names
            items += [(Found(f.endpoint, {**f.fields, "subgroup": x}, f.rule, f.pos), m, g) for x in names]
            continue
        if f:
            items.append((f, m, g))
    if len(items) > 1:
        items = _restated_percents(items)
        if "partially in" in low:   # "resolved completely in 9 of the 13 patients and partially in 3": N for both
            cr = next((f for f, _, _ in items if f.rule == "cr.resolved" and f.fields.get("N")), None)
            for f, _, _ in items:
                if cr and f.rule == "pr.resolved" and f.pos > cr.pos and _bare_count(f):
                    _give_N(f, cr.fields["N"])
        if " and " in low:   # "Two of five patients … achieved a complete response and one a partial response"
            _elided_share(text, items)
        if any(f.endpoint == "overall_response" for f, _, _ in items):
            _response_parts(text, items)
    if ("stringent" in low or "sCR" in text) and ("better" in low or "\u2265CR" in text or ">=CR" in text or "including" in low):
        items = _stringent_inside(text, items)
    if "CRi" in text and len(items) > 1:
        items = _cri_apart(text, items)
    found += [f for f, _, _ in items]
    if negs and items and ": " in text:   # "Relapse: 0.": the label's count of none is that absence, read once
        zero = {(f.endpoint, f.fields.get("grade")) for f, _, _ in items if f.fields.get("n") == 0}
        neg_ids = {id(f) for f in negs}
        found = [f for f in found if not (id(f) in neg_ids and (f.endpoint, f.fields.get("grade")) in zero)]
    if "none of the" in low and items:
        found += _none_of_group(text, [f for f, _, _ in items])
    if "none " in low and items and ("cohort " in low or "arm " in low or "group " in low):
        found += _none_in_arm(text, [f for f, _, _ in items])
    if "including " in low and items:
        found += _including(text, items, groups, {id(g) for _, _, g in items})
    if "relaps" in low and items and ("(" in text or "after" in low or "post" in low or "follow" in low):
        found += _relapse_sites(text, items)
    if ("(" in text or " with " in low) and any(f.endpoint == "transplant" for f, _, _ in items):
        found += _transplant_groups(text, items)
    if items and (" in " in low or " after " in low or " from " in low) and ("transplant" in low or "sct" in low or "hct" in low or "bmt" in low):
        if states := _transplant_states(text, items):
            # ("…, 14 in remission and 6 after relapse": the state names the transplant's group, no remission count)
            at = {x.pos for x in states}
            found = [x for x in found if not (x.pos in at and x.endpoint in RESPONSE)] + states
    if split and items:
        found += _split_counts(split, items)
    if items and ("and in no" in low or "and no " in low):
        found += _none_in_group(text, items)
    if (" the other" in low or " another" in low) and found:
        found += _the_other(text, mentions, found)
    if "grade" in low and found:
        found += _graded_list(text, found)
    if " each" in low and ("gr" in low or "G" in text):   # ("G1 and G2, 1 each")
        found = _grades_each(text, mentions, found)
    if "respectively)" in low and ("grad" in low or "G" in text):
        found = _grades_respectively(text, mentions, found)
    if any(a.kind == "p" for a in atoms):
        found += _pvalues(text, atoms, mentions, items)
    elif " for " in text and " by " in text and (pb := _P_FOR_BY.search(text)) \
            and (term := next((m for m in mentions if m.kind == "E" and not m.pop and not m.negated
                               and pb.start("t") <= m.start and m.end <= pb.end("t")), None)):
        # a p-value named before its value, what it compares after "for": "Log-rank P for PFS by prior BCMA-directed therapy =
        # 0.031" (a table's footnote), "The log-rank P value for OS by MRD status was 0.02": the groups the grouping makes
        found.append(Found("p_value", {"value": re.sub(r"\s+", "", pb.group("v")), "outcome": term.endpoint}, "p.compare", pb.start("v")))
    if "respectively" in low and len(items) > 1:
        _levels_after(text, items)
    if " both " in low and items:
        found += _both_levels(text, items)
    if " each " in low and spans and _EACH_WITH.search(text):
        found += _each_with(text, spans, found)
    if "(gr" in low or "( gr" in low:
        # a grade in parentheses after a count may be read both as that item's grade and as every one's grade
        # ("CRES was observed in 1 patient (grade 1)" after an "including grade 3 CRS in 2"): one item
        parens = {m.start() for m in _PAREN_GRADE.finditer(text)}
        keys = [(f.endpoint, repr(sorted(f.fields.items()))) for f in found]
        found = [f for f, k in zip(found, keys) if not (f.pos in parens and f.endpoint in GRADED
                                                        and sum(1 for k2 in keys if k2 == k) > 1)]
    if "responded (" in low or "%)" in text:
        found = _verb_then_rate(text, found)
    if "responded (" in low:
        found = _verb_then_kind(text, found)
    if " with " in low and ("compared" in low or "vs" in low or "versus" in low):
        _compared_after_kind(text, found)
    if "respon" in low and ("complete" in low or "partial" in low or "PR" in text) and (ac := _ALL_COMPLETE.search(text)):
        found = _all_complete(ac, found)
    if ("bridged" in low or "consolidat" in low or "underwent" in low or "proceeded" in low) \
            and not any(f.endpoint == "transplant" for f in found) and (tg := _TRANSPLANT_GROUP.search(text)) \
            and not _PRIOR_TX.search(tg.group()):
        # the transplanted group's size, the only count of them the sentence gives (as "OS was 85.7% in the 7 patients who
        # underwent HSCT"; the document's own transplant count, stated before, makes it a restatement)
        found.append(Found("transplant", {"n": int(tg.group("n") or tg.group("n2"))}, "hsct.group", tg.start("n" if tg.group("n") else "n2")))
    if ("proceeded" in low or "underwent" in low or "bridged" in low or "consolidated" in low) and (st := _STATES_THEN_TX.match(text)) \
            and sum(to_number(x) or 0 for x in _STATE_COUNT.findall(st.group("parts"))) == to_number(st.group("n")):
        # the transplanted's remission states in an aside before the transplant ("Six patients, five in CR/CRi and one in
        # MLFS, proceeded to allo-HSCT", b192-03): no response counts, the subject is the transplant count
        found = [f for f in found if not (f.endpoint in RESPONSE and f.pos < st.end("parts"))]
        if not any(f.endpoint == "transplant" for f in found):
            found.append(Found("transplant", {"n": to_number(st.group("n"))}, "hsct.group", st.start("n")))
    if "who relapsed" in low and not any(f.endpoint == "relapse" for f in found) and (wr := _OF_WHO_RELAPSED.match(text)) \
            and any(f.fields.get("N") == to_number(wr.group("n")) for f in found):
        # the relapsed named as the population of a share after them: their count ("Of the 73 patients who relapsed or
        # progressed, 9 subsequently underwent allogeneic transplantation" (b235-03), as "Of the 18 patients who relapsed, 12
        # had CD19-negative disease" reads 18)
        found.append(Found("relapse", {"n": to_number(wr.group("n"))}, "rel.name", wr.start("n")))
    if " whom had not " in low and any(f.endpoint == "relapse" for f in found):
        found += _relapse_untransplanted(text, found)
    if "including " in low and (tw := _TX_WHOLE_INCLUDING.match(text)) and any(
            f.endpoint == "transplant" and tw.start("aside") <= f.pos < tw.end("aside") for f in found) \
            and not any(f.endpoint == "transplant" and f.pos == tw.start("n") for f in found) and _num(tw.group("n")):
        found.append(Found("transplant", {"n": _num(tw.group("n"))}, "hsct.whole", tw.start("n")))   # (see _TX_WHOLE_INCLUDING)
    if "including " in low and ", and in " in low:
        _after_including(text, found)
    if " all " in low and "grade" in low:
        _all_graded_total(text, found)
    if "grade" in low and (" were " in low or " was " in low) and (eg := _EVENTS_GRADE.search(text)):
        found = _events_grade(eg, mentions, found)
    if " with grade " in low:
        _count_with_grade(text, found)
    if "respectively" in low and len(found) >= 4:
        found = _groups_respectively(text, sorted(found, key=lambda f: f.pos))
    if "respectively" in low and " of th" in low and len(found) >= 2:
        found = _of_these_respectively(text, found)
    if "respectively" in low and len(found) >= 4:
        _grades_again(text, sorted(found, key=lambda f: f.pos))
    if "icans" in low and ("non-" in low or "other than" in low) and (ni := _NON_ICANS.search(text)):
        # neurotoxicity named as what ICANS is not: a kind of its own beside the ICANS counts, no restatement of them
        for f in found:
            if f.endpoint == "neurotoxicity" and f.pos > ni.start() and not f.fields.get("subgroup"):
                f.fields["subgroup"] = "non-ICANS"
    if (" with " in low or " in " in low or " after " in low or " among " in low) and len(found) >= 2:
        _rates_named_after(text, found)
    if " each" in low and "%" in text:   # "at DL2 and DL3 (75.0% each)": the one rate is each group's
        found = _rate_each(text, found)
    return sorted(found, key=lambda f: f.pos)


# a second graded term after a pair at two grades, its own pair of values with no grade: the same grades in turn ("CRS of any
# grade and grade ≥3 occurred in 84.7% and 7.4% of patients, and ICANS in 39.2% and 15.9%, respectively", "grade 1-2 and
# grade ≥3 CRS in 20 and 3 patients and neurotoxicity in 6 and 1, respectively")
_AGAIN_VAL = r"\d+(?:\.\d+)?\s*(?:%|patients|pts)?"
_TERM_AGAIN_GAP = re.compile(_AGAIN_VAL + r"(?:\s+of\s+(?:all\s+)?(?:patients|pts))?[^;.()]{0,30}?(?:,\s*|\s)and\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}?"
                             r"(?:\([A-Za-z][\w-]*\)\s+)?(?:in|of)\s+", re.A)
_AGAIN_PAIR = re.compile(_AGAIN_VAL + r"\s*(?:,\s*|\s+)and\s+", re.A)
_AGAIN_END = re.compile(_AGAIN_VAL + r"(?:\s+of\s+(?:all\s+)?(?:patients|pts))?\s*,?\s*respectively\b", re.A)


def _grades_again(text: str, found: list[Found]) -> None:
    """Give a graded term's pair of any-grade values after another term's pair at two grades those two grades in turn
    (see _TERM_AGAIN_GAP); ``found`` in text order, changed in place."""
    for i in range(len(found) - 3):
        a1, a2, b1, b2 = found[i:i + 4]
        if not (a1.endpoint == a2.endpoint in GRADED and b1.endpoint == b2.endpoint in GRADED and a1.endpoint != b1.endpoint):
            continue
        ga, gb = a1.fields.get("grade"), a2.fields.get("grade")
        if ga is None or gb is None or ga == gb or b1.fields.get("grade") != "any" or b2.fields.get("grade") != "any" \
                or any(f.fields.get("subgroup") or f.fields.get("negated") for f in (a1, a2, b1, b2)) \
                or set(b1.fields) != set(b2.fields):
            continue
        if _TERM_AGAIN_GAP.fullmatch(text, a2.pos, b1.pos) and _AGAIN_PAIR.fullmatch(text, b1.pos, b2.pos) \
                and _AGAIN_END.match(text, b2.pos):
            b1.fields["grade"], b2.fields["grade"] = ga, gb


_OF_WHO_RELAPSED = gate.compile(rf"\s*(?:of|among)\s+(?:the|these|those)\s+(?P<n>{NUMW})\s+(?:patients|pts|children|adults|responders)\s+who\s+"
                                r"(?:had\s+)?relapsed(?:\s+(?:or|and/or)\s+(?:had\s+)?progressed)?\s*,", re.I | re.A)


# one rate for two groups named together, "each" after it: "Responses were more frequent at DL2 and DL3 (75.0% each) than at
# DL1 (50.0%)", "CR rates were higher in children and AYAs (90% each) than in adults (70%)"
_PCT_EACH = re.compile(r"\d+(?:\.\d+)?\s*%\s*each\b", re.A)
_EACH_PAIR = re.compile(r"(?P<a>[^,;()]+?)\s+and\s+(?P<b>[^,;()]+)", re.A)


def _rate_each(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a rate whose subgroup names two groups (_EACH_PAIR) and whose value says "each" (_PCT_EACH) given
    to each group."""
    out = []
    for f in found:
        k = _EACH_PAIR.fullmatch(f.fields.get("subgroup") or "") if f.endpoint in RATE and _PCT_EACH.match(text, f.pos) else None
        out += [Found(f.endpoint, {**f.fields, "subgroup": k.group(g)}, f.rule, f.pos) for g in ("a", "b")] if k else [f]
    return out


# grades listed with the word "grade(d)" said once, each with its count: "CRS developed in 15 patients (88.2%), graded 1 (n = 7),
# 2 (n = 6), and 3 (n = 2)", "CRS occurred in 12, of grade 1 in 7, 2 in 4 and 3 in 1", "ICANS was grade 1 (n = 3) or 2 (n = 1)"
_GRADED_ITEM = r"(?:[1-5](?:\s*(?:-|to)\s*[1-5])?|IV|III|II|I)\s*(?:\(\s*n\s*=\s*\d+\s*\)|in\s+\d+(?!\s*%|\.\d|\s*/))"
_GRADED_LIST = gate.compile(rf"\b(?:graded|grades?|of\s+grade)\s+(?P<items>{_GRADED_ITEM}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_GRADED_ITEM})+)",
                            re.A)
_GRADE_ITEM_RE = re.compile(r"(?P<g>[1-5](?:\s*(?:-|to)\s*[1-5])?|IV|III|II|I)\s*(?:\(\s*n\s*=\s*|in\s+)(?P<n>\d+)", re.A)


def _graded_list(text: str, found: list[Found]) -> list[Found]:
    """Each grade of such a list (_GRADED_LIST) its count of the graded term read before it in the clause, when not read."""
    out = []
    for k in _GRADED_LIST.finditer(text):
        term = next((f for f in reversed(found) if f.endpoint in GRADED and f.pos < k.start() and f.fields.get("grade") == "any"
                     and not f.fields.get("negated") and ";" not in text[f.pos:k.start()]), None)
        if term is None:
            continue
        for x in _GRADE_ITEM_RE.finditer(text, k.start("items"), k.end("items")):
            if (g := normalise_grade(x.group("g"))) is None or any(
                    f.pos == x.start("n") or (f.endpoint == term.endpoint and f.fields.get("n") == int(x.group("n"))
                                              and f.fields.get("grade") == g) for f in found):
                continue
            out.append(Found(term.endpoint, {"n": int(x.group("n")), "grade": g}, term.rule, x.start("n")))
    return out


# one grade's number, Arabic or Roman: "3", "III"
_GRADE_ONE = r"(?:[1-5]|IV|III|II|I)\b"
# a count's own grade after its noun, ending the clause: "ICANS was limited to one patient with grade I", "CRS occurred in
# 2 patients with grade 3", "Neurotoxicity developed in one case, with grade 2." (the count's grade, no any-grade count; not
# "one patient with grade 3 CRS", a grade of another term)
_COUNT_WITH_GRADE = gate.compile(rf"{NUMW}\s+(?:{PATIENT}|cases?)\s*,?\s+with\s+grade\s+(?P<g>{_GRADE_ONE})(?=\s*(?:[.;]|,\s+(?:and|while|whereas|but)\b|$))",
                                 re.I | re.A)


def _count_with_grade(text: str, found: list[Found]) -> None:
    for f in found:
        if f.endpoint in GRADED and f.fields.get("grade") == "any" and not f.fields.get("negated") \
                and (k := _COUNT_WITH_GRADE.match(text, f.pos)) and not any(
                    g is not f and g.endpoint == f.endpoint and g.pos > f.pos and g.pos < k.end() for g in found):
            f.fields["grade"] = normalise_grade(k.group("g"))


# "Non-ICANS neurotoxicity (grade 3 cerebellar disorder) occurred in one patient", "Neurotoxic events other than ICANS, including
# one case of parkinsonism, were seen in three (5%) patients", "non-ICANS neurologic events"
_NON_ICANS = re.compile(r"\bnon-ICANS\s+neuro\w*|\bneuro\w*(?:\s+(?:events?|toxicit(?:y|ies)|adverse\s+events?))?\s+other\s+than\s+ICANS\b",
                        re.I | re.A)
# the subject's count before an 'including' aside that counts a part of them, then the transplant: the whole is the transplant
# count too (the part is read from the aside): "Seventeen patients in remission, including 7 of the 11 children, proceeded to
# consolidative allogeneic hematopoietic stem cell transplantation", "Twelve responders, including 5 of the 6 adults, underwent allo-HSCT"
_TX_WHOLE_INCLUDING = gate.compile(
    rf"(?P<n>{NUMW})\s+(?:[\w-]+\s+)?(?:patients|pts|responders|children|adults)(?:\s+(?:in|with)\s+[^,;()]{{1,40}}?)?\s*"
    r"(?P<aside>,\s*including\s+[^,;()]{1,60}?,)\s*(?:(?:then|subsequently|later|eventually)\s+)?"
    r"(?:proceeded\s+to|underwent|went\s+on\s+to|were\s+bridged\s+to)\s+(?:[\w-]+\s+){0,4}?(?:allo\w*|haplo\w*|HSCT|HCT|SCT|BMT|transplant\w*)\b",
    re.I | re.A)


# a rate's values after its copula (_COPULA_BEFORE), each followed by its group's name: "CR/CRi rates were 32 of 38 (84.2%)
# with autologous and 25 of 26 (96.2%) with donor-derived products (p = 0.23)", "the ORR was 10/12 (83.3%) after haplo-HSCT
# and 9/14 (64.3%) without" (see _names_after)
# (each value with its count: bare percents so named, "CR rates were 90% in T-ALL and 85% in T-LBL", stay unnamed, so that one
# equal to an earlier rate restates it; BLIND68_PAIRS)
_RATE_VALUE = re.compile(r"\d+\s*(?:of|/)\s*\d+\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)|\d+(?:\.\d+)?\s*%\s*\(\s*\d+\s*/\s*\d+\s*\)", re.A)


def _rates_named_after(text: str, found: list[Found]) -> None:
    rates = sorted((f for f in found if f.endpoint in RATE and not f.fields.get("subgroup")), key=lambda f: f.pos)
    first = next((f for f in rates if _COPULA_BEFORE.search(text, max(0, f.pos - 16), f.pos)), None)
    run = [f for f in rates if f.pos >= first.pos and f.endpoint == first.endpoint and f.rule == first.rule] if first else []
    if len(run) < 2:
        return
    spans = [v for f in run if (v := _RATE_VALUE.match(text, f.pos))]
    if len(spans) != len(run):
        return
    vals = [SimpleNamespace(start=v.start(), end=v.end(), arm=None) for v in spans]
    end = text.find(";", vals[-1].end)
    if _names_after(text, vals[0].start, end if end >= 0 else len(text), [], vals):
        for f, v in zip(run, vals):
            if v.arm:
                f.fields["subgroup"] = v.arm


# a count after an 'including' aside closed by a comma goes on with the term before the aside, not with the aside's grade:
# "ICANS developed in nine patients (10.3%) after CD19 CAR-T, including grade III ICANS in two, and in one patient after CD22
# CAR-T", "CRS occurred in 20 patients after the first infusion, including grade 3 CRS in 2, and in 4 after the second"
_AFTER_INCLUDING = gate.compile(r",\s*including\s+[^,;()]{1,60}?,\s*and\s+in\s+(?P<n>\d+|[a-z]+)\b", re.I | re.A)


# every case's grade after the total and its groups' counts: "Acute GVHD developed in 5 patients (12.2%): 2 of 23 (8.7%) in the
# prior-donor cohort and 3 of 18 (16.7%) in the new-donor cohort; all cases were grade 1-2"
_ALL_CASES_GRADE = gate.compile(r"[;,]\s*(?:and\s+)?all\s+(?:cases|events|episodes|of\s+them|of\s+these)\s+(?:were|was)\s+(?:of\s+)?grade\b", re.I | re.A)


# every one of a few counted events of a term was of one grade: "Both ICANS events were grade 1 and resolved without
# corticosteroids" (b191-02, b170-01), "All 3 ICANS events were grade 1", "The two CRS episodes were grade 2", "both
# episodes of ICANS were grade 1-2"
_EVENT_NOUN = r"(?:events?|episodes?|cases?)"
_EVENTS_GRADE = re.compile(rf"\b(?:(?P<both>both)|all\s+(?P<n>{NUMW})|the\s+(?P<n2>{NUMW}))\s+(?:of\s+the(?:se)?\s+)?"
                           rf"(?:(?P<t>[\w/-]+(?:\s+[\w/-]+){{0,3}}?)\s+{_EVENT_NOUN}|{_EVENT_NOUN}\s+of\s+(?P<t2>[\w/-]+(?:\s+[\w/-]+){{0,3}}?))"
                           r"\s+(?:were|was)\s+(?:all\s+)?(?:of\s+)?(?P<g>grades?\s*(?:[1-4]|IV|I{1,3})(?:\s*(?:-|\u2013|to|or|/)\s*(?:[1-4]|IV|I{1,3}))?)"
                           r"(?!\s*(?:or\s+(?:higher|above|more|greater)|\+)|\.?\d)", re.I | re.A)


def _events_grade(k: re.Match, mentions: list, found: list[Found]) -> list[Found]:
    """The grade of every one of a few counted events (see _EVENTS_GRADE): that many of the term at that grade, no count of
    the term's patients nor any grade's (an "all 3 … were" is no 3 of 3)."""
    t = "t" if k.group("t") else "t2"
    term = next((m for m in mentions if m.kind == "E" and m.endpoint in GRADED and k.start(t) <= m.start < k.end(t)), None)
    n = 2 if k.group("both") else to_number(k.group("n") or k.group("n2"))
    if term is None or not isinstance(n, int) or n < 1:
        return found
    return [f for f in found if not (f.endpoint == term.endpoint and k.start() <= f.pos < k.end())] \
        + [Found(term.endpoint, {"n": n, "grade": normalise_grade(k.group("g"))}, term.rule, k.start())]


def _all_graded_total(text: str, found: list[Found]) -> None:
    """The grade of all cases is the total's (the count with no group before the groups' counts), not the last group's."""
    for k in _ALL_CASES_GRADE.finditer(text):
        for f in found:
            if f.endpoint not in GRADED or f.fields.get("grade") in (None, "any") or f.fields.get("subgroup") or f.pos > k.end() + 12:
                continue
            total = next((t for t in found if t.endpoint == f.endpoint and t.fields.get("grade") == "any" and not t.fields.get("subgroup")
                          and not t.fields.get("negated") and t.fields.get("n") and t.pos < k.start()), None)
            if total is None or total.fields["n"] == f.fields.get("n") or not any(
                    g.endpoint == f.endpoint and g.fields.get("subgroup") and total.pos < g.pos < k.start() for g in found):
                continue
            for x in ("n", "percent", "N", "derived"):
                f.fields.pop(x, None)
                if total.fields.get(x) is not None:
                    f.fields[x] = total.fields[x]


def _after_including(text: str, found: list[Found]) -> None:
    for m in _AFTER_INCLUDING.finditer(text):
        for f in found:
            if f.pos == m.start("n") and f.endpoint in GRADED and f.fields.get("grade") not in (None, "any") and any(
                    x.endpoint == f.endpoint and x.pos < m.start() and x.fields.get("grade") == "any" for x in found):
                f.fields["grade"] = "any"


def _groups_respectively(text: str, found: list[Found]) -> list[Found]:
    """A second list of one rate ending in "respectively" with no groups of its own takes, in order, the groups a list
    of another rate just before it named: "The ORR was 1/3 at DL1, 4/6 at DL2 and 12/12 at DL3, and CR rates were 0/3,
    3/6 and 10/12, respectively" (CR 10/12 is DL3's)."""
    k = text.find("respectively")
    bare = [f for f in found if f.pos < k and "subgroup" not in f.fields and f.endpoint in RATE]
    if len(bare) < 2 or len({f.endpoint for f in bare}) > 1 or bare[-1].pos < k - 40:
        return found
    named = [f for f in found if f.pos < bare[0].pos and f.fields.get("subgroup") and f.endpoint in RATE]
    run = named[-len(bare):]
    if len(run) != len(bare) or len({f.endpoint for f in run}) > 1 or run[0].endpoint == bare[0].endpoint \
            or len({f.fields["subgroup"] for f in run}) != len(run) or any(f.pos > bare[0].pos for f in run) \
            or (len(named) > len(run) and named[-len(run) - 1].endpoint == run[0].endpoint):
        return found
    for f, g in zip(bare, run):
        f.fields["subgroup"] = g.fields["subgroup"]
    return found


# two counts "of these", in turn of the two groups' response counts before: "CR/CRi was achieved in 14/19 (73.7%) cCAR
# recipients and 6/10 (60.0%) CD123 CAR-T recipients (p=0.67), with MRD negativity in 11 and 4 of these responders,
# respectively" (11 of 14 and 4 of 6, not 4 of 11)
_OF_THESE_RESPECTIVELY = gate.compile(rf"\b(?P<a>{NUMW})\s+and\s+(?P<b>{NUMW})\s+of\s+(?:these|those|them)(?:\s+(?:responders|patients))?"
                                      r"\s*,?\s+respectively\b", re.I | re.A)


def _of_these_respectively(text: str, found: list[Found]) -> list[Found]:
    k = _OF_THESE_RESPECTIVELY.search(text)
    if k is None:
        return found
    at = [f for f in found if k.start() <= f.pos < k.end()]
    groups = [f for f in found if f.pos < k.start() and f.endpoint in RESPONSE and f.fields.get("n") and not f.fields.get("negated")][-2:]
    a, b = _num(k.group("a")), _num(k.group("b"))
    if not at or len({f.endpoint for f in at}) > 1 or len(groups) < 2 or groups[0].endpoint != groups[1].endpoint \
            or at[0].endpoint == groups[0].endpoint or a is None or b is None \
            or a > groups[0].fields["n"] or b > groups[1].fields["n"]:
        for f in at:   # (with no two groups before, the first count is still no denominator of the second: "CRS
            if f.fields.get("N") == a and f.fields.get("derived"):   # occurred in 10 and 4 of these patients, respectively")
                for x in ("N", "percent", "derived"):
                    f.fields.pop(x, None)
        return found
    out = [f for f in found if f not in at]
    for n, g, pos in ((a, groups[0], k.start("a")), (b, groups[1], k.start("b"))):
        fields = {"n": n, "N": g.fields["n"], "percent": derived_percent(n, g.fields["n"]), "derived": True}
        fields.update({x: g.fields[x] for x in ("timepoint_days", "subgroup") if g.fields.get(x) is not None})
        out.append(Found(at[0].endpoint, fields, at[0].rule, pos))
    return sorted(out, key=lambda f: f.pos)


# "Of 19 patients bridged to allo-HSCT, 3 relapsed", "Among the 12 patients who proceeded to allogeneic HSCT, …", "PFS at 12
# months was 75.0% for patients consolidated with allo-HSCT (n = 9) and 39.8% for those who were not (n = 12)"
_TX_TO = r"(?:who\s+(?:were\s+|then\s+|subsequently\s+)?)?(?:bridged|consolidated|proceeded|underwent)\b[^,;()]{0,40}?\b(?:allo\w*[\s-]*)?(?:HSCT|HCT|SCT|BMT|transplant\w*)\b"
_TRANSPLANT_GROUP = gate.compile(rf"^(?:of|among|in)\s+(?:the\s+|these\s+)?(?P<n>\d+)\s+(?:patients|pts|responders|children|adults)\s+{_TX_TO}[^,;()]{{0,30}}?,"
                                 rf"|\b(?:patients|pts|responders|children|adults)\s+{_TX_TO}\s*\(\s*n\s*=\s*(?P<n2>\d+)\s*\)", re.I | re.A)
# (see read_sentence) the transplanted, their states at the transplant between the subject and the verb, adding up to it:
# "Six patients, five in CR/CRi and one in MLFS, proceeded to allogeneic …", "Eight patients (six in MRD-negative CR and two
# in PR) proceeded to consolidative allo-HSCT", "Twelve patients, ten in CR and two with CRi, underwent allo-HSCT"
_STATE_COUNT = re.compile(rf"({NUMW})\s+(?:in|with)\s", re.I | re.A)
_STATES_THEN_TX = re.compile(rf"(?P<n>{NUMW})\s+(?:patients|pts|responders|children|adults)\s*(?:,|\()\s*"
                             rf"(?P<parts>{NUMW}\s+(?:in|with)\s+[^,;()]{{1,40}}?(?:\s*,\s*(?:and\s+)?|\s+and\s+){NUMW}\s+(?:in|with)\s+[^,;()]{{1,40}}?)"
                             rf"\s*[,)]\s+(?:(?:subsequently|then|later)\s+)?{_TX_TO}", re.I | re.A)
_PRIOR_TX = re.compile(r"\b(?:prior|previous|earlier|before|first)\b", re.I | re.A)


_AND_ELIDED = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s+and\s+", re.A)
# (or the verb said again, the "of six" still elided: "Four of six patients with extramedullary disease achieved extramedullary
# CR and one achieved PR", "5 of 8 had CR and 2 had PR")
_ELIDED_TERM = re.compile(r"\s+(?:(?:patients|pts)\s+)?(?:(?:achieved|attained|reached|obtained|had)\s+)?(?:an?\s+)?", re.A)


# every response of a count stated before was complete: "At the highest dose level, 4 of 6 patients responded, and all 4
# responses were complete", "…; both responses were complete remissions", "all responses were complete responses"; or partial, a
# PR count: "the objective response rate was 33.3% (6/18); all six responses were partial", "both responses were partial responses"
_ALL_COMPLETE = gate.compile(rf"\b(?:all|both)\s+(?:(?P<n>{NUMW})\s+)?(?:of\s+(?:the(?:se|m)?\s+)?)?(?:responses|responders)\s+"
                             r"(?:were|was)\s+(?:complete(?:\s+(?:responses|remissions))?|CRs?|(?P<pr>partial(?:\s+(?:responses|remissions))?|PRs?))\b",
                             re.I | re.A)


def _all_complete(ac: re.Match, found: list[Found]) -> list[Found]:
    """The response count before ``ac`` (its n, N and qualifiers) is a CR count too; the clause restates it, no
    rate of its own (the "all 4" read as 4 of 4 responding is dropped)."""
    orr = next((f for f in reversed(found) if f.endpoint == "overall_response" and f.pos < ac.start()
                and f.fields.get("n") is not None and f.fields.get("N")), None)
    n = 2 if ac.group().lower().startswith("both") else to_number(ac.group("n")) if ac.group("n") \
        else None if orr is None else orr.fields["n"]
    if not isinstance(n, int) or orr is not None and n != orr.fields["n"]:
        return found
    # (with no count before, the clause's own count, no N: "All 4 responses were complete" is no response rate of 100%)
    fields = {"n": n} if orr is None else {
        "n": n, "N": orr.fields["N"], "percent": derived_percent(n, orr.fields["N"]), "derived": True,
        **{k: v for k, v in orr.fields.items() if k in ("timepoint_days", "subgroup", "site")}}
    cr = Found("partial_remission", fields, "pr.all-partial", ac.start()) if ac.group("pr") else \
        Found("complete_remission", fields, "cr.all-complete", ac.start())
    return [f for f in found if not (f.endpoint in RESPONSE and ac.start() <= f.pos < ac.end())] + [cr]


# a CR count, then the CRi count beside it in a list of best responses: "Best response within 28 days was CR in 5, CRi in 2,
# MLFS in 2 and no response in 3", "CR (n = 7) and CRi (n = 3)", "9 CR and 2 CRi"
_CR_THEN_CRI = gate.compile(r"[^;:.]{0,30}$", re.A)


def _cri_apart(text: str, items: list) -> list:
    """CRi alone, listed apart from a plain CR count before it, is no endpoint (the CR/CRi rate, when stated, is its own
    result): the CRi count is dropped."""
    crs = [m for f, m, _ in items if f.endpoint == "complete_remission" and not f.fields.get("includes_cri")]
    return [(f, m, g) for f, m, g in items
            if not (f.endpoint == "complete_remission" and text[m.start:m.end] == "CRi"
                    and any(c.end <= min(m.start, g.start) and _CR_THEN_CRI.fullmatch(text, c.end, min(m.start, g.start))
                            for c in crs))]


# one count given to each of the responses listed after it: "…, and one each with very good partial response (VGPR) and
# partial response (PR)", "8 had CR and one each achieved PR and stable disease", "two patients each with CR and PR"
_EACH_WITH = gate.compile(rf"\b(?P<n>{NUMW})\s+(?:patients?\s+)?each\s+(?:with|had|achieved|achieving|attained|reached)\s+", re.I | re.A)


def _each_with(text: str, spans: list[tuple[int, int, str, str]], found: list[Found]) -> list[Found]:
    """The CR and PR counts of a list after "one each with" (see _EACH_WITH), one a response, where none was read."""
    out = []
    for e in _EACH_WITH.finditer(text):
        n = _num(e.group("n"))
        stop = min([x for x in (text.find(";", e.end()), text.find(". ", e.end())) if x >= 0] + [len(text), e.end() + 120])
        got = {f.endpoint for f in found if e.start() <= f.pos < stop}
        for a, _, lab, rid in spans:
            if n and e.end() <= a < stop and lab in ("complete_remission", "partial_remission") and rid != "cr.cri" and lab not in got:
                got.add(lab)
                out.append(Found(lab, {"n": n}, rid, a))
    return out


def _elided_share(text: str, items: list) -> None:
    """"Two of five patients with lymphoma achieved a complete metabolic response and one a partial response", "12 of 15
    achieved CR and two PR": a second response count right after the first's term, its verb and its "of five" elided,
    shares the first count's N (its own fraction's, stated before the first term)."""
    items = sorted(items, key=lambda x: x[2].start)
    for (fa, ma, ga), (fb, mb, gb) in zip(items, items[1:]):
        if fa.endpoint in RESPONSE and fb.endpoint in RESPONSE and fa.endpoint != fb.endpoint \
                and ga.vals.get("N") and ga.vals.get("n") is not None and ga.end <= ma.start \
                and _bare_count(fb) and ma.end <= gb.start <= gb.end <= mb.start and _AND_ELIDED.fullmatch(text, ma.end, gb.start) \
                and _ELIDED_TERM.fullmatch(text, gb.end, mb.start) and fb.fields["n"] < ga.vals["N"]:
            _give_N(fb, ga.vals["N"])
        elif fa.endpoint == fb.endpoint == "mrd_negative" and ga.vals.get("N") and ga.end <= ma.start and _bare_count(fb) \
                and ma.end <= gb.start <= gb.end <= mb.start and _BY_ASSAY_AND.fullmatch(text, ma.end, gb.start) \
                and _WERE_ALSO.fullmatch(text, gb.end, mb.start) and fb.fields["n"] <= ga.vals["N"]:
            # "Twelve of the 13 responders were MRD-negative by flow cytometry (sensitivity 10^-4), and 10 were also negative by
            # next-generation sequencing": the second assay's count among the same 13
            _give_N(fb, ga.vals["N"])


# (the first assay named after the first MRD count, then the second count "also" negative: see _elided_share)
_BY_ASSAY_AND = re.compile(r"(?:\s+by\s+[\w\s-]{1,40}?)?\s*(?:\([^()]*\)\s*)?,?\s+and\s+", re.A)
_WERE_ALSO = re.compile(r"\s+(?:were|was)\s+also\s+(?:MRD[\s-]+)?", re.A)


def _bare_count(f: Found) -> bool:
    """Whether ``f`` is a count with no N and no percent of its own."""
    return f.fields.get("N") is None and f.fields.get("percent") is None and f.fields.get("n") is not None


def _give_N(f: Found, N: int) -> None:
    """A bare count's N taken from the total it is a part of, with the percent that derives."""
    f.fields.update(N=N, percent=derived_percent(f.fields["n"], N), derived=True)


_LABEL_FRAC_IN = gate.compile(r"[^:;.]{0,30}:\s*\d+\s*/\s*\d+\s+in\s+", re.A)
# "7 patients responded (ORR 70%)": the count with its verb, then the same rate by its name in parentheses
# (also with no noun: "Twenty patients were evaluable at month 1: 15 responded (ORR 75%)")
_VERB_THEN_RATE = gate.compile(rf"\d+\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?responded\s*\(\s*(?:ORR|OR|overall\s+response(?:\s+rate)?)\s*[:,=]?\s*",
                               re.I | re.A)
# the count, its term, then the term's rate in the parentheses that define its abbreviation: "including 10 with complete
# metabolic response (CMR; 50%)", "6 patients achieved complete remission (CR, 40%)", "and 3 had a partial response (PR; 15%)"
_COUNT_TERM_ABBR_RATE = gate.compile(rf"\d+\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?(?:with|achieved|attained|reached|had)\s+(?:an?\s+|the\s+)?"
                                     r"[A-Za-z][^();,.:\d]{1,60}?\(\s*[A-Za-z][\w/+-]*\s*[;,:]\s*", re.I | re.A)


# what joins a response total to its parts, named as its components: "81.8% (9 of 11), comprising six complete and three
# partial responses", "(7/9), with 5 complete and 2 partial responses", "ORR 9/11 (6 CR, 3 PR)" (a colon before clauses
# with verbs of their own, "(18/20): 12 patients achieved CR and 6 PR", gives the writers no N)
_PARTS_JOIN = gate.compile(r"\)?\s*(?:,?\s*(?:with|including|comprising|consisting\s+of|of\s+which)\s+|\(\s*)"
                           # the count's verb between, its parts elided after a comma: "All five patients with ENKTL responded,
                           # four with CR", "Eight of 10 patients responded, 5 with CR and 3 with PR"
                           r"|\s+[^,;()]{0,60}?\bresponded\s*,\s*(?:including\s+)?(?=\d+\s+with\b)"
                           # or in parentheses right after the verb: "two of the three patients with PTCL had responded (one CR,
                           # one PR)", "4 of 6 evaluable patients responded (3 CRs and 1 PR)"
                           r"|\s+[^,;()]{0,60}?\bresponded\s*\(\s*", re.I | re.A)


# the first part's label before its count, inside the total's parentheses: "50.0% (CR, 4; PR, 2)", "(CR: n = 8, PR: n = 4)"
_PART_LABEL = gate.compile(r"(?:CR|PR|complete\s+(?:response|remission)s?|partial\s+(?:response|remission)s?)\s*[,:=]?\s*(?:n\s*=\s*)?",
                           re.I | re.A)


def _response_parts(text: str, items: list) -> None:
    """An overall response with its n/N, then its complete and partial responses counted bare right after it: the
    parts are of the same N (derived percents). Only when the parts add up to the total's count at most."""
    items = sorted(items, key=lambda x: x[2].start)
    for j, (fo, mo, go) in enumerate(items):
        # (a total stated as a percent of its N: "The ORR among the 12 patients with lymphoma was 50.0% (CR, 4; PR, 2)")
        n, N = fo.fields.get("n"), fo.fields.get("N")
        if n is None and isinstance(N, int) and fo.fields.get("percent") is not None:
            n = round(fo.fields["percent"] * N / 100)
        if not isinstance(N, int) or not isinstance(n, int) or not (k := _PARTS_JOIN.match(text, go.end)):
            continue
        stop = text.find(";", go.end) % (len(text) + 1)
        if k.group().endswith("(") or k.group().rstrip().endswith("("):   # (the parts labelled inside its parentheses: "(CR, 4; PR, 2)")
            stop = text.find(")", go.end) % (len(text) + 1)
        parts = [(f, m, g) for f, m, g in items[j + 1:j + 3]
                 if f.endpoint in ("complete_remission", "partial_remission") and _bare_count(f) and g.end <= stop]
        if not parts or sum(f.fields["n"] for f, _, _ in parts) > n or (
                parts[0][2].start != k.end() and not _PART_LABEL.fullmatch(text, k.end(), parts[0][2].start)):
            continue
        if len(parts) < 2 and "responded" in k.group() and k.group().rstrip().endswith("("):
            continue   # (after the verb, a lone part is some of them only: "5 of 6 patients responded (4 CMR)", no N)
        for f, _, _ in parts:
            _give_N(f, N)
            if fo.fields.get("subgroup") and not f.fields.get("subgroup"):
                f.fields["subgroup"] = fo.fields["subgroup"]


def _verb_then_rate(text: str, found: list[Found]) -> list[Found]:
    """One item for a count that responded and the response rate named right after it in parentheses (or a count of a
    response and the rate inside the parentheses of its abbreviation)."""
    drop = set()
    for f in found:
        if f.endpoint not in RESPONSE or "n" not in f.fields or "percent" in f.fields:
            continue
        g = next((g for g in found if g is not f and g.endpoint == f.endpoint and "percent" in g.fields and "n" not in g.fields
                  and g.pos > f.pos and (f.endpoint == "overall_response" and _VERB_THEN_RATE.fullmatch(text, f.pos, g.pos)
                                         or _COUNT_TERM_ABBR_RATE.fullmatch(text, f.pos, g.pos))), None)
        if g is not None and ("N" not in f.fields or abs(100 * f.fields["n"] / f.fields["N"] - g.fields["percent"]) <= 0.6):
            f.fields.update({k: v for k, v in g.fields.items() if k not in f.fields})
            drop.add(id(g))
    return [f for f in found if id(f) not in drop] if drop else found


# "all 9 patients responded (CR/CRi, 9/9), compared with 3 of 5 at DL1", "eight of 10 responded (CR, 8/10)": the response
# named in the parentheses after the verb, with the verb's own count, is what the count achieved (no overall response)
_VERB_THEN_KIND = gate.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:(?:had|have)\s+)?responded\s*\(\s*(?=[^()]*?\d)", re.I | re.A)


def _verb_then_kind(text: str, found: list[Found]) -> list[Found]:
    """A count that "responded (CR/CRi, n/N)": the CR read from the parentheses stands; the verb's overall response is
    dropped, and the verb's later elliptic counts ("…, compared with 3 of 5 at DL1") take the named response too."""
    for f in found:
        if f.endpoint != "overall_response" or f.rule != "orr.verb" or "N" not in f.fields:
            continue
        k = _VERB_THEN_KIND.search(text, f.pos, f.pos + 80)
        k = k if k and k.start() <= f.pos + 12 else None   # ("all 9 patients …": the count's words, then the verb)
        close = text.find(")", k.end()) if k else -1
        g = next((g for g in found if g.endpoint in ("complete_remission", "partial_remission") and k and k.end() <= g.pos < close
                  and g.fields.get("n") == f.fields["n"] and g.fields.get("N") == f.fields["N"]), None)
        if g is None:
            continue
        later = [h for h in found if h.endpoint == "overall_response" and h.rule == "orr.verb" and h.pos > close
                 and not any(x.endpoint in RESPONSE and close < x.pos < h.pos for x in found if x is not h)]
        for h in later:
            h.endpoint, h.rule = g.endpoint, g.rule
            if "includes_cri" in g.fields:
                h.fields["includes_cri"] = g.fields["includes_cri"]
        return [x for x in found if x is not f]
    return found


# a rate, the count of a kind of response among it, then the other group's value: "At DL3-DL4, the ORR was 10/12 (83.3%)
# with 7 CRs, compared with 1/6 at DL1-DL2", "the CR/CRi rate was 80% (16/20) with 12 MRD-negative, versus 3/8 in adults":
# the compared value is the rate's, not the kind's in the aside
_KIND_ASIDE_COMPARED = gate.compile(r"[^;,]{1,30}?\s+with\s+(?:\d+|[a-z]+)\s+[^,;()]{1,30}?,\s*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?)\s+",
                                    re.I | re.A)


def _compared_after_kind(text: str, found: list[Found]) -> None:
    for f in found:
        if f.endpoint not in RESPONSE or "N" not in f.fields:
            continue
        h = next((h for h in reversed(found) if h.pos < f.pos and h.endpoint in RESPONSE and "N" in h.fields
                  and _KIND_ASIDE_COMPARED.fullmatch(text, h.pos, f.pos)), None)
        if h is not None and h.endpoint != f.endpoint:
            f.endpoint, f.rule = h.endpoint, h.rule
            for k in ("includes_cri", "mrd_negative"):
                f.fields.pop(k, None)
                if k in h.fields:
                    f.fields[k] = h.fields[k]


_PER_BASE = re.compile(r"\bper\s+$", re.I | re.A)
# a caption's population, the size of the cohort its table or figure shows, no count of the endpoint it names: "Table 2. Day-28
# response by disease subtype in the 34 infused patients." (b226-01), "Table 3. Best overall response in 40 evaluable patients",
# "Figure 2. Event-free survival of all 52 treated patients" (a share of it is a count: "Figure 2. CR in 29 of the 34 …")
_CAPTION_OPEN = re.compile(r"\s*(?:(?:extended\s+data|supplementa(?:l|ry))\s+)?(?:table|fig(?:ure)?\.?)\s*S?\d{1,2}[a-z]?\b", re.I | re.A)
_CAPTION_COHORT_BEFORE = re.compile(r"\b(?:in|among|of|for)\s+(?:the\s+|all\s+)?$", re.I | re.A)
_CAPTION_COHORT = re.compile(r"\s+(?:(?:infused|treated|evaluable|enrolled|consecutive|eligible)\s+)?(?:patients|pts|children|adults|participants|subjects)\b"
                             r"(?!\s+(?:who|had|achiev|respond))", re.I | re.A)


def _after_bare_label(text: str, a: int) -> bool:
    """Whether the sentence at ``a`` follows a table's bare label at a line's start after a sentence's end, a caption's ("…
    P=0.008).\nTable 2. Day-28 response by …"), not a reference to the table wrapped onto the line ("… are summarized in\nTable
    2. CRS occurred in 79 patients", b219-02)."""
    m = _TABLE_LABEL_BEFORE.search(text, max(0, a - 20), a)
    before = text[:m.start()].rstrip() if m else ""
    return m is not None and (not before or before[-1] in ".!?")


def _caption_cohort(text: str, pos: int) -> bool:
    """Whether the count at ``pos`` in a caption is the size of the cohort it shows (see _CAPTION_COHORT)."""
    num = re.match(r"(?:all\s+)?\d+", text[pos:], re.I)   # ("among all 52 treated patients" read as 52 of 52)
    return bool(num and _CAPTION_COHORT.match(text, pos + num.end()) and _CAPTION_COHORT_BEFORE.search(text, max(0, pos - 12), pos))


# a table's or figure's number before it ("Table 2 Remission by dose level", "Supplementary Table S3", "Fig. 4")
_CAPTION_NO = re.compile(r"\b(?:Table|TABLE|Fig\.?|Figure|FIGURE)[ \t]+S?$", re.A)
_PCT_VERSUS = re.compile(r"%\s*(?:versus|vs\.?|v)\s+$", re.A)
_ZERO_END = re.compile(r"\s*(?:[,;)(.]|and\b|in\b|for\b|among\b|with\b|without\b|$)", re.A)


def _zero_after_pct(text: str, atoms: list[Atom]) -> list[Atom]:
    """"2-year LFS was 55.6% versus 0 (P<0.001)": a bare zero compared with a percent is a percent of 0 (the
    sign written once); other bare numbers there stay as they are (a zero is no count of anyone)."""
    out = []
    for a in atoms:
        if a.kind == "num" and a.text in ("0", "0.0") and _PCT_VERSUS.search(text, max(0, a.start - 12), a.start) \
                and _ZERO_END.match(text, a.end):
            a = Atom("pct", a.start, a.end, a.text, {"p": a.text}, {"percent": 0.0})
        out.append(a)
    return out
# a participle's dose or product, then the result the counted patients had: "Two of the three patients treated at the
# highest dose level achieved CR", "four of the six patients infused at DL2 developed grade 3 CRS"
_RESULT_AFTER_TREATED = re.compile(r"(?:\s*(?:at|with)\s+|\s+)(?:(?!\b(?:and|were|was)\b)[^,;.()]){1,50}?\s+(?:achieved|attained|had|experienced|developed|responded|"
                                   r"relapsed|progressed|remained|died)\b", re.I | re.A)
# the share of a group a relative clause names, after "in": "and in 3 of the 18 patients who underwent HSCT", "in 2 of 9 children who"
_IN_SHARE_WHO = re.compile(r"\bin\s+\d+\s+of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+)?(?:patients|pts|children|adults|responders|recipients)\s+who\s+$", re.A)
# (or a pair before the participle going on a result stated before it: "Responses were seen in 7 of 10 patients with T-ALL/LBL
# and 3 of 6 with AML, and in 8 of 9 patients treated at DL3", "Five of the 7 patients at DL3 responded, compared with 2 of
# the 4 treated at DL1")
_PAIR_BEFORE_PARTICIPLE = re.compile(rf"(?<![\w.]){NUMW}\s+(?:of|/)\s*(?:the\s+|these\s+)?\d+\s+(?:(?:[\w-]+\s+)?{PATIENT}\s+)?$", re.I | re.A)
# CJK ideographs: a Chinese abstract's text ("获得骨髓CR/CRi")
_CJK = re.compile("[\u4e00-\u9fff]", re.A)
_RATE_IN_BEFORE = gate.compile(r"%\s*(?:\([^()]{0,40}\)\s*)?(?:in|among|for)\s+(?:the\s+|those\s+)?$", re.I | re.A)
# how the events ended, no count of them: "Grade 3 cytokine release syndrome resolved in all three affected patients after
# tocilizumab", "ICANS was reversible in all cases", "neurotoxicity resolved completely in 5 of the 6 patients"
_RESOLVED_IN = gate.compile(r"\b(?:resolved|reversed|reversible|recovered|improved|abated)\s+(?:(?:completely|fully|rapidly|promptly)\s+)?"
                            r"(?:in|among|for)\s+$", re.I | re.A)
# the organs an event involved, each with its count after the term: "Acute GVHD involved the skin in all four affected
# patients and the gut in one", "GVHD affected the skin in 3 patients and the liver in 1", "aGVHD involved skin (n = 4) and
# gut (n = 1)": the organs' shares of the event's patients, no count of patients with it
_ORGAN_IN = gate.compile(r"\b(?:involv(?:ed|ing)|affect(?:ed|ing)(?!\s+(?:patients|pts|cases))|manifest(?:ed|ing)(?:\s+in)?)\s[^.;]*?"
                         r"\b(?:skin|cutaneous|gut|GI(?:\s+tract)?|gastrointestinal(?:\s+tract)?|intestines?|liver|hepatic|oral\s+mucosa|"
                         r"mouth|eyes?|ocular|lungs?)\s*(?:in|among|\()\s*$", re.I | re.A)
# the patients spared an event, no count of it: "Cytokine release syndrome was grade 1 in four patients and absent in one",
# "CRS was grade 1 in 4 patients and did not occur in the remaining patient", "… and was not observed in two"
_ABSENT_IN = gate.compile(r"\b(?:absent|did\s+not\s+(?:occur|develop)|(?:was|were)\s+not\s+(?:observed|seen|reported))\s+"
                          r"(?:in|among|for)\s+(?:the\s+(?:other|remaining)\s+)?$", re.I | re.A)
# the count of an event's episodes, "all" of them, then how they ended: "All 3 ICANS events resolved within 72 hours", "All five
# episodes of ICANS resolved without sequelae", "all 12 CRS events were reversible": no count of patients with the event
_EVENTS_RESOLVED = gate.compile(r"\s*(?:events?|episodes?|cases?)?\s+(?:(?:had\s+|have\s+)?(?:resolved|reversed|subsided|abated)|"
                                r"(?:were|was)\s+(?:(?:fully|completely|all)\s+)?(?:reversible|reversed|resolved|self-limit\w*|transient))\b", re.I | re.A)
# a response a patient moved on from: "One patient converted from PR to CR at month 3", "two improved from partial to complete
# response", "deepened their response from VGPR to CR"
_FROM_STATE = gate.compile(r"\b(?:convert\w*|improv\w*|deepen\w*|upgrad\w*|mov\w*|went|progress\w*|transition\w*)\s+"
                           r"(?:(?:their|his|her|the)\s+(?:response|remission)\s+)?from\s+(?:an?\s+)?$", re.I | re.A)
# a response not confirmed by the next scan (RECIST), no response: "an unconfirmed partial response", "2 unconfirmed PRs"
_UNCONFIRMED = gate.compile(r"\bunconfirmed\s+$", re.I | re.A)
_TO_STATE = gate.compile(r"\s*(?:\([^()]{1,10}\)\s*)?(?:to|into)\s", re.I | re.A)
_SELECTED_BEFORE = gate.compile(r"\b(?:(?:retrospectively|prospectively|consecutive(?:ly)?)\s+)?(?:analy[sz]ed|studied|reviewed|identified|included|"
                                r"examined)\s+(?:(?:data|outcomes|records)\s+(?:from|of|on)\s+)?(?:all\s+|the\s+)?(?:consecutive\s+)?$", re.I | re.A)
_SELECTED_AFTER = gate.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+(?:who|that)\s+(?:had\s+)?(?:attained|achieved|reached|were\s+in|had|obtained|responded)\b",
                               re.I | re.A)
# a count of more patients who converted to a response later: "two further patients converted to a partial or complete
# response by month 3", "3 additional patients converted to CR" (not "of whom 4 converted to CR": those of a population);
# or named by the response they converted from: "5 patients with PR at day 28 converted to CR by month 3", "two patients in PR
# subsequently converted to CR"
_FURTHER_CONVERTED = gate.compile(rf"\s+(?:(?:further|additional|more)\s+(?:{PATIENT}\s+)?|(?:{PATIENT}\s+)?(?:with|in)\s+(?:an?\s+)?"
                                  r"(?:PR|partial\s+(?:response|remission)|SD|stable\s+disease|VGPR|CRi|MLFS)\b[^;,.()]{0,30}?\s+)"
                                  r"(?:had\s+|subsequently\s+|later\s+)?converted\s+to\b", re.I | re.A)
_LEVEL_NAME = r"(?:DL\s?-?\d+[a-z]?|(?:dose\s+level|cohort|arm|phase)\s+(?:\d+|[A-D]|I{1,3}))"
# values listed, then the levels they belong to: "0/6, 21/28 (75.0%), and 16/18 (88.9%) at DL1, DL2, and DL3, respectively"
_LEVELS_AFTER = gate.compile(rf"[\s)\]]*,?\s*(?:(?:{PATIENT})\s+)?(?:,?\s*respectively,?\s*)?(?:at|in|for|with)\s+(?:the\s+)?(?P<labs>{_LEVEL_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_LEVEL_NAME})+)"
                             r"(?=\s*,?\s*respectively\b|\s*[.;]|\s*$)", re.I | re.A)
_LEVEL_ITEM = re.compile(_LEVEL_NAME, re.I | re.A)
# a dose level's column head, maybe with its dose after it: "DL3", "DL3 450×10⁶" (read "DL3 450×106"), "DL2 (150 × 10^6)"
_LEVEL_COLUMN = re.compile(rf"(?:{_LEVEL_NAME})(?:\s*\(?\s*\d+(?:\.\d+)?\s*[\u00d7x]\s*10\S*?\)?)?", re.I | re.A)


def _levels_after(text: str, items: list) -> None:
    """Each of the last values before a run of levels ("…, and 16/18 (88.9%) at DL1, DL2, and DL3, respectively")
    is its level's: the levels name the values' groups in order."""
    for k, (f, m, g) in enumerate(items):
        lv = _LEVELS_AFTER.match(text, g.end)
        if lv is None:
            continue
        labs = [x.group() for x in _LEVEL_ITEM.finditer(lv.group("labs"))]
        run = items[k + 1 - len(labs):k + 1] if k + 1 >= len(labs) else []
        if not run or any(f2.endpoint != f.endpoint or m2 is not m for f2, m2, _ in run):
            continue
        if any(not _LIST_SEP.fullmatch(text, a[2].end, b[2].start) and not _VALUE_GAP.fullmatch(text, a[2].end, b[2].start)
               for a, b in zip(run, run[1:])):
            continue   # the values must be one list
        for (f2, _, _), lab in zip(run, labs):
            f2.fields["subgroup"] = re.sub(r"\s+", " ", lab)


_VALUE_GAP = re.compile(r"[\s)\]]*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.A)

# one value for two named levels: "ORR was 50.0% at DL1 compared with 88.9% at both DL2 and DL3", "90% in both cohort A and cohort B"
_AT_BOTH = gate.compile(rf"[\s)\]]*(?:at|in|for|with)\s+both\s+(?:the\s+)?(?P<a>{_LEVEL_NAME})\s+and\s+(?:the\s+)?(?P<b>{_LEVEL_NAME})\b",
                        re.I | re.A)


def _both_levels(text: str, items: list) -> list[Found]:
    """The value's item for the first level, and a copy for the second."""
    out = []
    for f, _, g in items:
        lv = _AT_BOTH.match(text, g.end)
        if lv:
            f.fields["subgroup"] = re.sub(r"\s+", " ", lv.group("a"))
            out.append(Found(f.endpoint, {**f.fields, "subgroup": re.sub(r"\s+", " ", lv.group("b"))}, f.rule, f.pos))
    return out


# (the terse "G" glued to its number too: "ICANS in 2/21 (G1 and G2, 1 each)", b190-08)
_GRADE_G = r"\bG(?=[1-5]\b)"
_GRADE_LIST = rf"(?:grades?|gr\.?|{_GRADE_G})\s*(?P<gs>{_GRADE_ONE}(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:grade\s*|gr\.?\s*|{_GRADE_G})?{_GRADE_ONE}){{1,3}})"
_EACH_N = r"(?P<n>one|two|three|\d+)\s+(?:patients?\s+|cases?\s+)?each\b"
# several grades, the same count each: "ICANS occurred in 2 patients (grade 1 and grade 3, one each)", "Grade 3
# and grade 4 CRS occurred in one patient each", "one each of grade 2 and grade 4", "One patient each had grade 2
# and grade 3 ICANS": a count per grade, not one count of a "3-4" band
_GRADES_EACH = gate.compile(rf"{_GRADE_LIST}(?P<mid>[^;()]{{0,40}}?)(?:,\s*|\bin\s+){_EACH_N}"
                            rf"|\b{_EACH_N.replace('?P<n>', '?P<n2>')}\s+(?:(?:of|with|at|had|developed|experienced)\s+)?"
                            rf"{_GRADE_LIST.replace('?P<gs>', '?P<gs2>')}",
                            re.I | re.A)


def _before_aside(gap: str) -> str:
    """The gap up to the bracket still open at its end ("ICANS in 2 (6.3%; grade 1 and grade 3, one each)": the
    aside's own ';' does not end the term's clause)."""
    op = gap.rfind("(")
    return gap[:op] if op >= 0 and ")" not in gap[op:] else gap


def _grades_each(text: str, ms: list[Mention], found: list[Found]) -> list[Found]:
    """Counts per grade stated once for several grades ("grade 1 and grade 3, one each"): one item per grade
    for the graded term inside the phrase or the nearest before it in its clause; a band the grades were
    read as ("3-4", "2-3") with that count is dropped."""
    for x in _GRADES_EACH.finditer(text):
        gs = x.group("gs") or x.group("gs2")
        grades = [normalise_grade(f"grade {g}") for g in re.findall(_GRADE_ONE, gs, re.I | re.A)]
        n = to_number(x.group("n") or x.group("n2"))
        if n is None or len(set(grades)) != len(grades) or None in grades:
            continue
        m = next((m for m in ms if m.kind == "E" and m.endpoint in GRADED and x.start() <= m.start <= x.end() + 1), None) or \
            next((m for m in reversed(ms) if m.kind == "E" and m.endpoint in GRADED and m.end <= x.start()
                  and ";" not in _before_aside(text[m.end:x.start()])), None)
        band = normalise_grade(f"grades {grades[0]} to {grades[-1]}")
        if m is None:
            # (the term in a clause before a semicolon, the band read for it already: "CRS occurred in 11 patients (92%); it
            # was grade 1-2 in 9 and grades 3 and 4 in one patient each", b204-03)
            m = next((f for f in found if f.endpoint in GRADED and x.start() - 20 <= f.pos < x.end()
                      and f.fields.get("grade") == band and f.fields.get("n") == n), None)
            if m is None:
                continue
        found = [f for f in found if not (f.endpoint == m.endpoint and x.start() - 20 <= f.pos < x.end()
                                          and f.fields.get("grade") in (band, *grades) and f.fields.get("n") == n)]
        kind = {k: True for k in ("acute", "chronic") if m.fields.get(k)} if isinstance(m, Found) else {}
        found += [Found(m.endpoint, {"n": n, "grade": g, **kind}, m.rule, x.start() + k) for k, g in enumerate(grades)]
    return found


# as many patients as grades, each grade its own: "Flare of acute GVHD occurred in 2 patients (grade II and grade III,
# respectively)", "ICANS in two patients (grades 1 and 3, respectively)": one patient per grade, no "2-3" band; the count
# may be of a group: "Acute GVHD developed in 2 of the 9 recipients of donor-derived products (grade 1 and grade 2, respectively)"
_GRADES_RESPECTIVELY = gate.compile(rf"\b(?:in\s+)?(?P<n>two|three|four|[234])\s+(?:of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+){{0,2}}?)?(?:{PATIENT})"
                                    rf"(?:\s+(?:of|with|who|receiving|treated)\s+[^();.]{{1,40}}?)?\s*\(\s*{_GRADE_LIST}\s*,?\s*respectively\s*\)",
                                    re.I | re.A)


def _grades_respectively(text: str, ms: list[Mention], found: list[Found]) -> list[Found]:
    for x in _GRADES_RESPECTIVELY.finditer(text):
        grades = [normalise_grade(f"grade {g}") for g in re.findall(_GRADE_ONE, x.group("gs"), re.I | re.A)]
        if to_number(x.group("n")) != len(grades) or len(set(grades)) != len(grades) or None in grades:
            continue
        m = next((m for m in reversed(ms) if m.kind == "E" and m.endpoint in GRADED and m.end <= x.start()
                  and ";" not in text[m.end:x.start()]), None)
        if m is None:
            continue
        found = [f for f in found if not (f.endpoint == m.endpoint and x.start("gs") <= f.pos < x.end()
                                          and f.fields.get("grade") != "any")]
        kind = {k: True for k in ("acute", "chronic") if m.attrs.get(k)}
        found += [Found(m.endpoint, {"n": 1, "grade": g, **kind}, m.rule, x.start("gs") + k) for k, g in enumerate(grades)]
    return found


_NONE_IN_GROUP = gate.compile(rf"\band\s+(?:in\s+)?(?:no|none\s+of\s+the)\s+(?P<sub>(?:[\w/+.-]+\s+){{0,2}}?{PATIENT})(?=\s*[.;,)]|$)"
                              # (the group named after "none": "complete responses occurred in 3 patients in the CAR T-cell group and
                              # in none in the TPC group", "ICANS developed in 8 patients after the CD19 infusion and in none after the
                              # CD22 infusion", "… and in no patients in the control arm"; or "of" the group named as one: "… occurred
                              # in 4 donor-group patients (10.3%) and in none of the auto group")
                              r"|\band\s+in\s+(?:none|no\s+(?:patients?|one))(?:\s+of\s+the\s+patients)?\s+(?:(?:in|after|with|among|at)\s+"
                              r"the|of\s+the(?=(?:\s+[\w/+-]+){1,3}?\s+(?:group|arm|cohort)(?=\s*[.;,)]|$)))\s+(?P<sub2>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)(?=\s*[.;,)]|$)",
                              re.I | re.A)
_GROUP_NOUN_TAIL = re.compile(r"\s+(?:group|arm|cohort|infusion)$", re.I | re.A)


def _none_in_group(text: str, items: list) -> list[Found]:
    """"seen in 19 cilta-cel recipients (8.2%) and in no ide-cel recipient": the count's absence in the
    other group, a negated zero of the same term (and grade)."""
    out = []
    # "in 5 of 25 donor-derived recipients (20.0%; grade I–II, n = 4; grade III, n = 1), and in none of the autologous
    # recipients": the absence is of the term's own count, not of a grade in the breakdown's aside
    shut = [(o, c) for o, c in _parens(text)] if "(" in text else []
    for k in _NONE_IN_GROUP.finditer(text):
        f = next((f for f, _, _ in reversed(items) if f.pos < k.start() and (f.endpoint in NEGATABLE or k.group("sub2") and f.endpoint in RESPONSE)
                  and f.fields.get("n") and not any(o < f.pos < c < k.start() for o, c in shut)), None)
        if f is not None:
            g = {"grade": f.fields["grade"]} if "grade" in f.fields else {}
            g.update({x: f.fields[x] for x in ("acute", "chronic") if f.fields.get(x)})
            sub = re.sub(r"\s+(?:patients?|recipients?|pts?|cases)$", "", k.group("sub"), flags=re.I) if k.group("sub") \
                else _GROUP_NOUN_TAIL.sub("", k.group("sub2"))
            out.append(Found(f.endpoint, {"percent": 0.0, "n": 0, **g, "negated": True, "subgroup": sub},
                             f.rule, k.start("sub" if k.group("sub") else "sub2")))
    return out


# two patients, one counted with its term and the other with another grade or term: "Grade 1 CRS happened in one patient and
# grade 2 CRS in the other", "one patient had grade 1 CRS and the other grade 2 CRS"; or one patient more, "another" (not
# "another 2"): "one patient had grade 2 immune effector cell-associated neurotoxicity syndrome (ICANS) and another had grade 1
# ICANS with dysgraphia" (b216-02), "Grade 3 ICANS occurred in one patient and grade 1 ICANS in another"
_ANOTHER = r"another(?!\s*\d)(?:\s+(?:patient|case|child|adult|recipient))?"
_THE_OTHER = gate.compile(r"1(?<![\w.]1)\s+(?:patient|case|child|adult|recipient)\s+(?:(?:[^,;()]|\([\w-]{2,12}\)){0,90}?\s)?and\s+"
                          rf"(?:(?P<t>[^,;()]{{1,60}}?)\s+in\s+(?:the\s+other\b(?!\s+(?:arm|group|cohort|one\s+of|\w+s)\b)|{_ANOTHER}(?=\s*[,;.)]|$))"
                          rf"|(?:the\s+other|{_ANOTHER})\s+(?:(?:had|developed|experienced)\s+)?(?P<t2>[^,;()]{{1,60}}?)(?=\s*[,;.)]|$))",
                          re.I | re.A)


def _the_other(text: str, ms: list[Mention], found: list[Found]) -> list[Found]:
    out = []
    for k in _THE_OTHER.finditer(text):
        g = "t" if k.group("t") is not None else "t2"
        a, b = k.start(g), k.end(g)
        m = next((m for m in ms if a <= m.start < b and m.kind in "EG" and not m.pop and not m.negated), None)
        # (the nearest count of one of that term before: "CRS …, grade 3 in one; one patient had grade 2 ICANS and another …")
        first = m and max((f for f in found if f.fields.get("n") == 1 and f.pos < a and not f.fields.get("negated")
                           and f.endpoint == m.endpoint), key=lambda f: f.pos, default=None)
        if first is None or m is None:
            continue
        fields: dict[str, Any] = {"n": 1}
        if m.endpoint in GRADED:
            fields["grade"] = m.attrs.get("grade") or "any"
            if fields["grade"] == first.fields.get("grade"):
                continue
        out.append(Found(m.endpoint, fields, m.rule, a))
    return out


_OR_BETTER = gate.compile(r"\s*(?:\([^()]*\)\s*)?or\s+better\b", re.I | re.A)
# a table of the patients' traits at entry, by its caption: "Table 1 Baseline characteristics of infused patients", "Patient
# characteristics", "Demographics and disease characteristics" (not "Baseline characteristics and outcomes")
_BASELINE_CAPTION = gate.compile(r"^(?!.*\b(?:outcomes?|respon\w*|results?|efficacy|safety|toxicit\w*|survival|events?)\b)"
                                 r".*\b(?:(?:baseline|patients?'?|demographic|clinical|disease)\s+characteristics|demographics)\b",
                                 re.I | re.A)
_STRINGENT = gate.compile(r"stringent\b|(?-i:sCR)\b", re.I | re.A)
# "including sCR in 18", "including a stringent complete response in 98": a part of the count before it
_INCLUDING_STRINGENT = gate.compile(r"\b(?:including|incl\.)\s+(?:an?\s+)?(?:stringent\s+)?$", re.I | re.A)
# (not with the plain CR beside it, one count of both: "including stringent complete response or complete response (sCR/CR)
# in 31 patients", "including sCR or CR in 12")
# the patients with ≥CR named as the population of the stringent ones: "Seventeen of the 20 patients with ≥CR had a stringent CR",
# "Of the 12 patients achieving CR or better, 9 had sCR"
_CR_OR_BETTER_POP = gate.compile(r"\b(?:with|achieving|in)\s+(?:(?:\u2265|>=)\s*CR\b|(?:an?\s+)?(?:CR|complete\s+(?:response|remission))\s+or\s+better\b)",
                                 re.I | re.A)
_OR_PLAIN_CR = re.compile(r"[^,;()]{0,40}?(?:\bor\s+(?:an?\s+)?(?:complete\s+(?:response|remission)|CR)\b|/CR\b)", re.I | re.A)


# the plain CR beside a stringent CR, the other part of a ≥CR count: "three (60%) reached complete response or better
# (stringent CR, n = 2; CR, n = 1)", "(sCR, n = 6; CR, n = 3)", "(sCR 2, CR 1)", "including stringent CR in 8 and CR in 4"
_PLAIN_CR_NEXT = gate.compile(r"(?:\s*,?\s*(?:n\s*=\s*|in\s+)?\d+(?:\s*\(\s*\d+(?:[.\u00b7]\d+)?\s*%?\s*\))?)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"
                              r"(?=(?:CR|complete\s+(?:response|remission))\b(?!\s*(?:or\s+better|/|\+)))", re.I | re.A)


def _stringent_inside(text: str, items: list) -> list:
    """"complete response or better in 29 (72·5%), including stringent complete response in 21", "52 (76.5%) achieving
    ≥CR and 47 (69.1%) achieving stringent CR": a stringent-CR count inside a ≥CR count is left out (an open convention,
    docs/record.md); the ≥CR count is the complete_remission."""
    def at_least(m) -> bool:
        return bool(_OR_BETTER.match(text, m.end)) or text[max(0, m.start - 2):m.start].endswith(("\u2265", ">="))
    # (or after "including", the count it is part of maybe in the line before, cut off: "ORR 90.6% (29/32); ≥CR 65.6%" over
    # "(21/32), including sCR in 18 pts", "The ORR was 95%, including stringent CR in 12")
    ge = any(f.endpoint == "complete_remission" and at_least(m) for f, m, _ in items) or bool(
        ("\u2265" in text or "better" in text or ">=" in text) and _CR_OR_BETTER_POP.search(text))
    parts = {m.start for f, m, _ in items if f.endpoint == "complete_remission" and not at_least(m)
             and (_STRINGENT.match(text, m.start) or text[max(0, m.start - 12):m.start].lower().rstrip().endswith("stringent"))
             and (ge or _INCLUDING_STRINGENT.search(text, max(0, m.start - 30), m.start)
                  and not _OR_PLAIN_CR.match(text, m.start))}
    if ge:   # (the plain CR right after a stringent part: see _PLAIN_CR_NEXT)
        parts |= {p.end() for f, m, _ in items if m.start in parts and (p := _PLAIN_CR_NEXT.match(text, m.end))}
    return [(f, m, g) for f, m, g in items if not (f.endpoint == "complete_remission" and m.start in parts and not at_least(m))]


def _restated_percents(items: list) -> list:
    """"22 of the 24 patients achieved CR … in the bone marrow (91.7%; 95% CI, 73.0-99.0)": the percent
    after the term restates the count's rate; it is one result (its percent as written and its CI), not two."""
    out = []
    for f, m, g in items:
        v = f.fields
        if f.endpoint in RATE and v.get("percent") is not None and v.get("n") is None:
            # (or the percent before the count, the count's own percent not written: "Objective responses (ORR 72.7%, 95% CI
            # 49.8-89.3) were seen in 16 of 22 patients" is 16 of 22 at the stated 72.7%, no derived one)
            k = next((f2 for f2, m2, g2 in items if m2 is m and (g2.end <= g.start or g.end <= g2.start and f2.fields.get("derived")
                                                             and f2.fields.get("subgroup") == v.get("subgroup"))
                      and f2.endpoint == f.endpoint
                      and f2.fields.get("n") is not None and f2.fields.get("N")
                      and abs(100 * f2.fields["n"] / f2.fields["N"] - v["percent"]) <= 0.6
                      # ("89.6% (43 of 48; …): 90.0% in cohort A and 88.9% in cohort B": a group's own rate, near the
                      # whole's but named, restates no count whose percent is written already)
                      and not (v.get("subgroup") and f2.fields.get("percent") is not None and not f2.fields.get("derived")
                               and f2.fields["percent"] != v["percent"] and not f2.fields.get("subgroup"))), None)
            if k is not None:   # the percent as written ("87% [95% CI 60-98]" after 13 of 15)
                k.fields["percent"] = v["percent"]
                k.fields.pop("derived", None)
                for ci in ("ci_low", "ci_high"):
                    if v.get(ci) is not None and k.fields.get(ci) is None:
                        k.fields[ci] = v[ci]
                continue
            # "…: 20 cases achieved CR or CRi and 3 cases achieved PR; the total remission rate (CR+CRi) was 76.9%":
            # the rate restated later for a count stated before it (20 of the sentence's 26) is that count's percent
            k = next((f2 for f2, m2, g2 in items if m2 is not m and g2.end <= g.start and f2.endpoint == f.endpoint
                      and f2.fields.get("n") is not None and f2.fields.get("N") is None and f2.fields.get("percent") is None
                      and all(f2.fields.get(q) == v.get(q) for q in ("grade", "site", "subgroup"))
                      and any(f3.fields.get("N") and abs(100 * f2.fields["n"] / f3.fields["N"] - v["percent"])
                              <= (0.06 if v["percent"] % 1 else 0.5) for f3, _, _ in items)), None)
            if k is not None:
                k.fields["percent"] = v["percent"]
                continue
            # "The ORR was 72.7% (95% CI 49.8-89.3), with responses in 16 of 22 patients": the count elsewhere in the
            # sentence whose percent, not written, is the stated one is the same result (the stated percent, no derived one)
            ks = [f2 for f2, m2, g2 in items if m2 is not m and f2.endpoint == f.endpoint and f2.fields.get("derived")
                  and abs(f2.fields["percent"] - v["percent"]) <= (0.05 if v["percent"] % 1 else 0.5)
                  and all(f2.fields.get(q) == v.get(q) for q in ("grade", "site", "subgroup", "timepoint_days"))]
            if len(ks) == 1 and sum(1 for f2, _, _ in items if f2.endpoint == f.endpoint and f2.fields.get("n") is not None) == 1:
                # (the sentence's only count of the term: "ORR was 85%; cohort A 17/20 and cohort B 6/14" are groups' counts)
                ks[0].fields["percent"] = v["percent"]
                ks[0].fields.pop("derived", None)
                for ci in ("ci_low", "ci_high"):
                    if v.get(ci) is not None and ks[0].fields.get(ci) is None:
                        ks[0].fields[ci] = v[ci]
                continue
        out.append((f, m, g))
    return out


# (an aside on the result may come between: "achieved CR or CRi, all with MRD negativity by eight-color flow cytometry, including
# all four patients with CD7-dim disease")
_INCLUDING = gate.compile(r"\)?[^;()]{0,60}?,?\s*including\s+", re.I | re.A)
_INC_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.A)
# (the group's percent may close before its name: "including 12 of 16 (75.0%) with previous BCMA-directed therapy and 15
# of 17 (88.2%) without")
_INC_SUB = re.compile(r"\)?\s+(?:(?:patients|those)\s+)?(?P<sub>[^,;.()]+?)(?=\s*(?:,|;|\.|\)|$|\band\s+\d))", re.A)
# a group's fraction with its name and then its percent: "50 of 52 children (96.2%)", "12 of 14 children [85.7%]"
_INC_NAMED = re.compile(r"\d+\s+of\s+(?:the\s+)?\d+\s+(?P<sub>[A-Za-z][^,;()\[\]]*?)\s*[(\[][^()\[\]]*%\s*[)\]]", re.A)
_INC_LEVEL = gate.compile(r"^(?:(?:who\s+were\s+)?(?:treated|infused|dosed)\s+)?(?:at|on)\s+(?:the\s+)?", re.I | re.A)   # "treated at DL3"


def _including(text: str, items, groups: list[Group], paired: set[int]) -> list[Found]:
    """A breakdown of a count by group after "including": "17 of the 41 responders relapsed,
    including 4 of the 22 transplanted patients and 13 of the 19 who were not transplanted":
    each "x of N <group>" (or a lone "all k <group>": "10 of 12 achieved CR, including all five
    treated at DL3") is the same endpoint with that subgroup, when the counts add up to no more
    than the total."""
    out = []
    for f, m, g in items:
        total = f.fields.get("n")
        k = _INCLUDING.match(text, g.end)
        fracs_only = False
        if k is None and m.start > g.end and m.endpoint in ("transplant", "relapse"):
            # "Eleven patients underwent allo-HCT after CAR T-cell therapy, including 2 with PTCL": after the term
            k = _INCLUDING.match(text, m.end)
            if k is not None and not _INC_DISEASE.match(text, k.end()):
                k = None
        elif k is None and m.start > g.end:
            # "109 patients (92.4%) achieved complete remission (CR) or CR with incomplete hematologic recovery (CRi),
            # including 50 of 52 children (96.2%) and 59 of 66 adults (89.4%)": after the term, each "x of N <group>"
            k = _INCLUDING.match(text, m.end)
            fracs_only = True
        if not isinstance(total, int) or m.endpoint not in RATE or not k:
            continue
        parts, pos = [], k.end()
        for h in groups:
            if h.start < pos or id(h) in paired:
                continue
            if h.start != pos or not isinstance(h.vals.get("n"), int) or "N" not in h.vals:
                break
            sub = _INC_SUB.match(text, h.end)
            # (the group's name inside its span, its percent after: "including 50 of 52 children (96.2%) and 59 of 66
            # adults (89.4%)")
            named = _INC_NAMED.match(text, h.start) if sub is None else None
            named = named if named and named.end() <= h.end + 2 else None
            parts.append((h, sub.group("sub") if sub else named.group("sub") if named else None))
            nxt = _INC_SEP.match(text, sub.end() if sub else named.end() if named else h.end)
            if not nxt:
                break
            pos = nxt.end()
        if not parts and not fracs_only and (dis := _INC_DISEASE.match(text, pos)) and _num(dis.group("n")) is not None \
                and 0 < _num(dis.group("n")) < total and cues().disease.fullmatch(dis.group("d")) \
                and not any(h.start < dis.end() and h.end > dis.start("d") for h in groups):
            # "Eleven patients underwent allo-HCT …, including 2 with PTCL": a disease's count inside the total
            # (or a list of them: "Complete responses were seen in 9 patients (45%), including 6 with T-ALL and 3 with
            # lymphoma", every disease named and the counts within the total)
            quals = {k: x for k, x in f.fields.items() if k in ("grade", "timepoint_days", "site")}
            dises = [dis]
            while (sep := _INC_DISEASE_SEP.match(text, dises[-1].end())) and (d2 := _INC_DISEASE.match(text, sep.end())):
                dises.append(d2)
            # (the list's other items may name a disease class only: "… and 3 with lymphoma")
            if len(dises) > 1 and not (all(_num(d.group("n")) and (cues().disease.fullmatch(d.group("d"))
                                                                   or _DISEASE_CLASS.fullmatch(d.group("d"))) for d in dises)
                                       and sum(_num(d.group("n")) for d in dises) <= total
                                       and not any(h.start < d.end() and h.end > d.start("d") for d in dises for h in groups)):
                continue
            out += [Found(m.endpoint, {"n": _num(d.group("n")), **quals, "subgroup": d.group("d")}, m.rule, d.start())
                    for d in dises]
            continue
        # one "all k <group>" is a breakdown of its own: "…, including all five treated at DL3"
        alone = len(parts) == 1 and parts[0][0].head == "all" and parts[0][1]
        # one "x of N <group>" inside a total of its own denominator: "Relapse occurred in 5 of the 17 responders,
        # including 3 of the 6 who did not proceed to transplant"
        alone = alone or (len(parts) == 1 and parts[0][1] and isinstance(f.fields.get("N"), int)
                          and parts[0][0].vals["N"] < f.fields["N"] and parts[0][0].vals["n"] <= parts[0][0].vals["N"])
        # (or of a bare count, a part of it: "Relapse occurred in 7 patients, including 2 of the 11 who received a transplant")
        alone = alone or (len(parts) == 1 and parts[0][1] and f.fields.get("N") is None
                          and parts[0][0].vals["n"] < total and parts[0][0].vals["n"] <= parts[0][0].vals["N"])
        if (len(parts) < 2 and not alone) or sum(h.vals["n"] for h, _ in parts) > total:
            continue
        if len(parts) == 2 and parts[1][1] == "without" and (parts[0][1] or "").startswith("with "):
            # ("… with previous BCMA-directed therapy and 15 of 17 (88.2%) without": the second group lacks the first's trait)
            x = parts[0][1][5:]
            parts = [(parts[0][0], x), (parts[1][0], "no " + x)]
        for h, sub in parts:
            sub = _INC_LEVEL.sub("", sub) if sub else sub
            v = {"n": h.vals["n"], "N": h.vals["N"]}
            v.update({"percent": h.vals["percent"]} if "percent" in h.vals
                     else {"percent": derived_percent(v["n"], v["N"]), "derived": True})
            quals = {k: x for k, x in f.fields.items() if k in ("grade", "timepoint_days", "site", "includes_cri", "mrd_negative")}
            out.append(Found(m.endpoint, {**v, **quals, "subgroup": sub}, m.rule, h.start))
    return out


_INC_DISEASE = gate.compile(rf"(?P<n>{NUMW})\s+(?:(?:{PATIENT})\s+)?with\s+(?P<d>[A-Za-z][\w/-]*(?:\s+[\w/-]+){{0,2}}?)"
                            rf"(?=\s*(?:[.;)]|$)|\s*(?:,\s*(?:and\s+)?|and\s+){NUMW}\s+(?:(?:{PATIENT})\s+)?with\s)",
                            re.I | re.A)
# the next of a list of disease counts: "including 6 with T-ALL[, and] 3 with lymphoma"
_INC_DISEASE_SEP = gate.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I | re.A)
# a disease named by its class only, beside named ones: "including 6 with T-ALL and 3 with lymphoma"
_DISEASE_CLASS = re.compile(r"(?:(?:T|B)-cell\s+|other\s+)?(?:lymphomas?|leuka?emias?|myelomas?)", re.I | re.A)
# (a cohort's label may stand before the noun: "4 of 13 cohort A responders (1 after allo-HSCT)")
_COHORT_LABEL = r"(?:cohort|arm|group|part)\s+(?:[A-D]|\d{1,2}|I{1,3})\b"
_SITES_OPEN = gate.compile(rf"\s*(?:(?:{_COHORT_LABEL}\s+)?{PATIENT}\s*)?\(\s*", re.I | re.A)
# sites only: kinds of relapse by antigen ("CD19+/CD22+, n = 9") are a phenotype, not where it relapsed
_SITE_ITEM = gate.compile(r"(?P<name>(?:(?:isolated|combined|concurrent)\s+)?(?:(?:bone\s+)?marrow|BM|CNS|central\s+nervous\s+system|"
                          r"testis|testes|testicular|extramedullary|EMD|skin|lymph\s+nodes?|nodal|extranodal|"
                          r"(?:marrow|BM|CNS)\s*(?:\+|and|/)\s*(?:CNS|testis|testicular|extramedullary|EMD)|both))\s*(?:,?\s*n\s?=\s?|[,:]\s*|\s+)(?P<n>\d+)(?![\d.%])"
                          r"\s*(?:[;,]\s*(?:and\s+)?|and\s+|(?=\)))", re.I | re.A)


def _relapse_sites(text: str, items) -> list[Found]:
    """Relapses counted by site or kind in parentheses after the total: "8 patients relapsed (bone marrow,
    n = 3; CNS, n = 4; testis, n = 1)": each is a relapse count with that subgroup, when they add up to no more than the total."""
    out = []
    for f, m, g in items:
        total = f.fields.get("n")
        k = _SITES_OPEN.match(text, max(m.end, g.end)) if f.endpoint == "relapse" and isinstance(total, int) else None
        parts, pos = [], k.end() if k else -1
        while k and (x := _SITE_ITEM.match(text, pos)):
            parts.append((x.group("name"), int(x.group("n")), x.start("n")))
            pos = x.end()
        if len(parts) >= 2 and text.startswith(")", pos) and sum(n for _, n, _ in parts) <= total:
            out += [Found("relapse", {"n": n, "subgroup": name}, m.rule, at) for name, n, at in parts]
        elif k and "subgroup" not in f.fields and len(tx := _tx_paren_parts(text, k.end())) >= 2 \
                and sum(n for _, n, _ in tx) == total:
            # "Five responders relapsed (HSCT, n=2; no HSCT, n=3)": the total split by transplant status, the parts adding up
            out += [Found("relapse", {"n": n, "subgroup": name}, m.rule, at) for name, n, at in tx]
        elif k and (x := _AFTER_TRANSPLANT_ITEM.match(text, k.end())) and 0 < int(x.group("n")) < total \
                and "subgroup" not in f.fields:
            # "5 relapsed (2 after alloSCT)": the relapses after a transplant, a group of the total
            out.append(Found("relapse", {"n": int(x.group("n")), "subgroup": re.sub(r"\s+", " ", x.group("sub"))},
                             m.rule, x.start("n")))
        elif not k and f.endpoint == "relapse" and isinstance(total, int) and "subgroup" not in f.fields \
                and (x := _TRANSPLANT_SPLIT.match(text, max(m.end, g.end))) \
                and (_num(x.group("n")) or 0) + (_num(x.group("n2")) or 0) == total:
            # "Relapse occurred in 14 of the 60 responders, 4 after allo-HSCT and 10 without transplant": the total
            # split into those after a transplant and those without one, the parts adding up
            out += [Found("relapse", {"n": _num(x.group(n)), "subgroup": _tx_group(x.group(sub))}, m.rule, x.start(n))
                    for n, sub in (("n", "sub"), ("n2", "sub2"))]
        elif not k and f.endpoint == "relapse" and isinstance(total, int) and "subgroup" not in f.fields \
                and (x := _AFTER_TRANSPLANT_INCL.match(text, max(m.end, g.end))) \
                and 0 < (_num(x.group("n")) or 0) < total:
            # "Relapse occurred in 27 of the 86 (31.4%), including 9 after transplantation", "…, 4 of them after HSCT"
            out.append(Found("relapse", {"n": _num(x.group("n")), "subgroup": re.sub(r"\s+", " ", x.group("sub"))},
                             m.rule, x.start("n")))
    return out


# a transplant after the CAR-T, named: "allo-HSCT", "consolidative transplantation", "a second HCT"
_TX_NAME = r"(?:(?:an?|their|the|consolidative|second|subsequent)\s+)?(?:allo(?:geneic)?[\s-]?)?(?:HSCT|HCT|SCT|BMT|transplant(?:ation)?|alloSCT|alloHCT|alloHSCT)"
# one group of relapses by their timing against a transplant, the only item in the parentheses
_AFTER_TRANSPLANT_ITEM = gate.compile(rf"(?P<n>\d+)(?![\d.%])\s+(?:patients?\s+|pts?\s+)?(?P<sub>(?:after|post|following)[\s-]+{_TX_NAME})\s*\)",
                                      re.I | re.A)


# the same group after a comma: ", including 9 after transplantation", ", 4 of them after allo-HSCT" (also before another
# count of its own: "Twenty-three patients relapsed, 9 after transplant and 14 of the 22 responders who were not transplanted")
_AFTER_TRANSPLANT_INCL = gate.compile(rf"(?:\s+(?:patients|pts))?(?:\s*\([^()]{{0,40}}\)|[^(),]{{0,20}}\))?\s*,\s*(?:including\s+|incl\.\s+)?(?P<n>{NUMW})(?:\s+of\s+(?:them|these|whom))?\s+(?:patients?\s+|pts?\s+)?"
                                      rf"(?:relapsed\s+|occurred\s+)?(?P<sub>(?:after|post|following)[\s-]+{_TX_NAME})(?=\s*[.;,)]|$|\s+and\s+{NUMW}\s)", re.I | re.A)


# the total after a comma split into relapses after a transplant and those without one, either first: ", 4 after
# allo-HSCT and 10 without transplant", ": 3 after HSCT and 6 without", ", 10 without transplantation and 4 after allo-HCT"
_TX_GROUP = rf"(?:(?:after|post|following)[\s-]+{_TX_NAME}|(?:without|with\s+no)(?:\s+{_TX_NAME})?)"
_TRANSPLANT_SPLIT = gate.compile(rf"(?:\s+(?:[\w-]+\s+)?{PATIENT})?(?:\s*\([^()]{{0,40}}\)|[^(),]{{0,20}}\))?\s*[,:]\s*(?P<n>{NUMW})\s+"
                                 rf"(?:patients?\s+|pts?\s+)?(?P<sub>{_TX_GROUP})\s*,?\s+and\s+(?P<n2>{NUMW})\s+(?:patients?\s+|pts?\s+)?"
                                 rf"(?P<sub2>{_TX_GROUP})(?=\s*[.;,)]|$)", re.I | re.A)


# one group of a breakdown by transplant status in parentheses, its name then its count: "(HSCT, n=2; no HSCT, n=3)",
# "(after allo-HSCT, n = 4; without transplant, n = 6)", "(transplanted: 3; not transplanted: 5)"
_TX_PAREN_ITEM = gate.compile(rf"(?P<name>(?:(?:no|without|with\s+no|after|post|following|with)[\s-]+)?{_TX_NAME}|(?:not\s+|non-?)?transplanted)"
                              r"\s*(?:,?\s*n\s?=\s?|[,:]\s*)(?P<n>\d+)(?![\d.%])\s*(?:[;,]\s*(?:and\s+)?|and\s+|(?=\)))", re.I | re.A)


def _tx_paren_parts(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The groups of a breakdown by transplant status from ``pos`` to its closing bracket (_TX_PAREN_ITEM): (name,
    count, offset) each; none unless the bracket closes right after them."""
    parts = []
    while x := _TX_PAREN_ITEM.match(text, pos):
        name = re.sub(r"\s+", " ", x.group("name"))
        parts.append((_tx_group(name) if re.match(r"(?:after|post|following|without|with\s+no)\b", name, re.I) else name,
                      int(x.group("n")), x.start("n")))
        pos = x.end()
    return parts if text.startswith(")", pos) else []


def _tx_group(phrase: str) -> str:
    """A transplant split's group: "after allo-HSCT" → "allo-HSCT", "without transplant" → "no transplant"."""
    phrase = re.sub(r"\s+", " ", phrase)
    if k := re.match(r"(?:after|post|following)[\s-]+", phrase, re.I):
        return phrase[k.end():]
    return "no " + (re.sub(r"^(?:without|with no)\s*", "", phrase, flags=re.I) or "transplant")


# (when the transplant came may stand between: "were bridged to allo-HSCT within 3 months (ETP 20, non-ETP 38)")
_PAREN_OPEN = re.compile(r"(?:\s+(?:within|by|at\s+a\s+median\s+of|after)\s+[\w .-]{1,24}?\s(?:days?|weeks?|months?|mo)\b)?\s*\(", re.A)


# a group's name and its count with only a space between: "(ETP 20, non-ETP 38)" (not "first transplant in 29": a
# kind of transplant, no group)
_SPACED_COUNT = re.compile(r"\s*(?P<name>[A-Za-z][\w/+.-]*(?:\s+[A-Za-z][\w/+.-]*){0,2}?)(?<!\sin)(?<!\sat)(?<!\sof)\s+(?P<n>\d+)(?![\d.%])\s*(?:[,;]\s*(?:and\s+)?|and\s+|$)", re.A)
# a subject count split into named parts in parentheses before its verb: "Twenty-four patients (cohort A, 19;
# cohort B, 5) subsequently underwent allo-HSCT", "16 patients (DL1, n = 4; DL2, n = 12) relapsed"
_SUBJECT_SPLIT = gate.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+(?:[\w-]+\s+){{0,2}}?{PATIENT}\s*\((?P<body>[^()]{{5,160}})\)\s+"
                              r"(?=(?:[\w-]+\s+){0,2}?(?:underwent|proceeded|went|were|was|had|developed|experienced|achieved|attained|"
                              r"relapsed|progressed|died|received|remained|bridged)\b)", re.I | re.A)


def _subject_split(text: str, atoms: list[Atom]) -> tuple[int, int, int, list[tuple[str, int, int]]] | None:
    """(total, start and end of the parenthesis body, its (name, count, offset) parts) where a counted subject is split into
    two or more named parts ("name, k" or "name, n = k", separated by semicolons) that add up to it; else None."""
    k = _SUBJECT_SPLIT.search(text)
    total = _num(k.group("n")) if k else None
    if not total or ";" not in k.group("body"):
        return None
    parts = _named_items(k.group("body"), k.start("body"))
    if not parts or len(parts) < 2 or sum(n for _, n, _ in parts) != total:
        return None
    if text[:k.start()].rstrip().endswith(" in") and any(_GRADE_PART.match(name) for name, _, _ in parts):
        return None   # "CRS occurred in 6 of 8 patients (grade 1, n = 5; grade 2, n = 1) and was …": the term's grades, no groups
    return total, k.start("body"), k.end("body"), parts


_GRADE_PART = re.compile(r"(?:grades?|gr\.?|G)\s?(?:[\u2265>]=?\s?)?(?:[1-5]|IV|V|I{1,3})\b", re.I | re.A)


def _split_counts(split, items) -> list[Found]:
    """The parts of a split subject ("Twenty-four patients (cohort A, 19; cohort B, 5) underwent allo-HSCT") as counts of
    the subject's result, each with its part's name as subgroup."""
    total, lo, _, parts = split
    out = []
    for f, _, g in items:
        if g.end <= lo and f.fields.get("n") == total and f.endpoint in RATE and "subgroup" not in f.fields \
                and not f.fields.get("negated"):
            out += [Found(f.endpoint, {k: v for k, v in f.fields.items() if k not in ("n", "N", "percent", "derived")}
                          | {"n": n, "subgroup": name}, f.rule, at) for name, n, at in parts]
            break
    return out



def _transplant_groups(text: str, items) -> list[Found]:
    """"Thirty patients went on to allo-HSCT (CNSL, n = 11; non-CNSL, n = 19)", "(gen-1, 6; gen-2, 18)", "(ETP 20,
    non-ETP 38)": named groups in parentheses right after a transplant count, adding up to it, are transplant counts
    per group."""
    out = []
    for f, m, g in items:
        total = f.fields.get("n")
        k = _PAREN_OPEN.match(text, max(m.end, g.end)) \
            if f.endpoint == "transplant" and isinstance(total, int) and "subgroup" not in f.fields else None
        close = text.find(")", k.end()) if k else -1
        body, parts, pos = text[k.end():close] if close > 0 else "", [], 0
        while pos < len(body) and ((x := _NAMED_COUNT.match(body, pos)) or (x := _SPACED_COUNT.match(body, pos))) and x.end() > pos:
            parts.append((x.group("name"), int(x.group("n")), k.end() + x.start("n")))
            pos = x.end()
        if f.endpoint == "transplant" and isinstance(total, int) and "subgroup" not in f.fields and k is None \
                and (w := _WITH_GROUPS_AFTER.match(text, max(m.end, g.end))):
            # "Twenty-two patients in CR subsequently underwent allo-HSCT, 9 with ETP-ALL and 13 with non-ETP T-ALL"
            parts = [(w.group(s).strip(), _num(w.group(n)), w.start(n)) for n, s in (("n1", "a"), ("n2", "b"))]
            pos = len(body)
        if len(parts) >= 2 and pos == len(body) and sum(n for _, n, _ in parts) == total \
                and not all(_DONOR_KIND.search(name) for name, _, _ in parts):
            # (the donors' kinds, "(matched sibling 5, unrelated 7, haploidentical 4)", describe the transplants, no groups)
            out += [Found("transplant", {"n": n, "subgroup": name}, m.rule, at) for name, n, at in parts]
    return out


# the transplanted split by the patients' disease after a comma, each count before "with" its group: ", 9 with ETP-ALL and
# 13 with non-ETP T-ALL", ", twelve with T-ALL and five with T-LBL"
_WITH_GROUPS_AFTER = re.compile(rf"(?:\s+(?:patients|pts|children|adults|recipients))?\s*,\s*(?P<n1>{NUMW})\s+(?:patients\s+)?with\s+(?P<a>[^,;()\d]{{2,40}}?)\s+and\s+(?P<n2>{NUMW})\s+"
                                rf"(?:patients\s+)?with\s+(?P<b>[^,;()\d]{{2,40}}?)\s*(?=[.;]|$)", re.I | re.A)
_DONOR_KIND = re.compile(r"\b(?:sibling|(?:un)?related|haplo\w*|(?:mis)?matched|MSD|MUD|MMUD|MRD(?=\s*\d|$)|cord|UCB|donors?)\b", re.I | re.A)


# the groups of a transplant count named by the state or time of the transplant, each count before its name:
# "in 25 patients, 17 in continuing remission and 8 after relapse", "(12 in first CR, 4 after relapse)"
# (or the group each came from, after a colon: "in 33 patients in remission: 15 from the high-burden and 18 from the
# low-burden group")
_STATE_OPEN = re.compile(r"(?:\s+(?:patients|pts|children|adults|recipients))?(?:\s+in\s+(?:CR|remission|complete\s+remission|response))?"
                         r"\s*(?:,|\(|:|\s-)\s*", re.A)
_STATE_ITEM = re.compile(r"(?P<n>\d+)\s+(?:(?:patients|pts|children|adults)\s+)?(?P<name>(?:in|after|before|during|while|following|at|from)\s+[a-z](?:[^,;()\d]|(?<=[A-Za-z])\d){0,40}?)"
                         r"(?=\s*(?:[,;).]|$|\s+and\s+\d))", re.A)
_STATE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.A)


def _transplant_states(text: str, items) -> list[Found]:
    """"Allogeneic HCT was performed … in 25 patients, 17 in continuing remission and 8 after relapse": counts
    right after a transplant count, each with the state or time it names ("in …", "after …"), adding up to it,
    are transplant counts per group."""
    out = []
    for f, m, g in items:
        total = f.fields.get("n")
        if f.endpoint != "transplant" or not isinstance(total, int) or "subgroup" in f.fields:
            continue
        k = _STATE_OPEN.match(text, max(m.end, g.end))
        if not k:
            continue
        parts, pos = [], k.end()
        while (x := _STATE_ITEM.match(text, pos)):
            name = x.group("name").strip()
            if name.startswith("from "):   # "from the high-burden (group)": the group's name
                name = re.sub(r"^from\s+(?:the\s+)?|\s+(?:group|cohort|arm)$", "", name)
            parts.append((name, int(x.group("n")), x.start("n")))
            pos = x.end()
            sep = _STATE_SEP.match(text, pos)
            if not sep or not text[sep.end():sep.end() + 1].isdigit():
                break
            pos = sep.end()
        if len(parts) >= 2 and sum(n for _, n, _ in parts) == total:
            out += [Found("transplant", {"n": n, "subgroup": name}, m.rule, at) for name, n, at in parts]
    return out


_CI_LABEL = gate.compile(r"\bCIs?\b|confidence interval", re.I | re.A)
# "66.7% (55.0–76.0)": two bounds in parentheses directly after a percent, nothing else inside
# ("(range 3–5)", "(IQR 4–7)" name themselves and are ranges); in repaired text dashes are "-"
# (a pointer to a figure or table may follow the bounds: "50·0% (22·9–72·2; figure 2)"; so may the comparison's
# ratio or p-value, which end the bounds: "76·8% (95% CI 70·3–82·1) versus 48·9% (41·7–55·7; hazard ratio 0·29, …)")
_BARE_CI = re.compile(rf"\s?\(\s*(?P<lo>{NUM})\s?%?\s*(?:-|to)\s*(?P<hi>{NUM})\s?%?\s*"
                      r"(?:(?:;\s*(?i:fig(?:ure)?s?\.?|table)\s*\d+[A-Za-z]?\s*)?\)"
                      # (the ratio qualified: "versus 46·0% (38·2–53·4; stratified HR 0·73, 95% CI 0·54–0·98; one-sided p=0·018)")
                      r"|(?=;\s*(?:(?i:stratified|unstratified|adjusted)\s+)?(?:(?i:hazard|odds)\s+ratio|HR|OR|[pP]\s*[<=>\u2264])))", re.A)
# "87 (83·7%; 75·1–90·2) a complete response": a count's percent and its unlabelled bounds after a semicolon in the
# count's parentheses (Lancet style, beside "97 (93·3%; 95% CI 86·6–97·3)")
_SEMI_CI = re.compile(rf";\s*(?P<lo>{NUM})\s?%?\s*(?:-|to)\s*(?P<hi>{NUM})\s?%?\s*\)", re.A)
# "median OS was 19.4 months (13.0–not reached)", "15·6 months (12·9–not estimable)": an open upper bound is a CI's, never a range's
# (also in brackets: "Median PFS [95% CI] was 10.3 months [7.4–NE]")
_BARE_NR_CI = gate.compile(rf"\s?(?:\(\s*(?P<lo>{NUM})\s*(?:-|to)\s*(?:not\s+(?:reached|estimable|evaluable)|(?-i:NR|NE))\s*\)"
                           rf"|\[\s*(?P<blo>{NUM})\s*(?:-|to)\s*(?:not\s+(?:reached|estimable|evaluable)|(?-i:NR|NE))\s*\])", re.I | re.A)
# the estimate's CI named before it, in parentheses or brackets: "Median PFS (95% CI) was 10.3 months (7.4–15.2)"
_CI_NAMED_BEFORE = gate.compile(r"[(\[]\s*95\s?%\s*(?:CI|confidence\s+interval)\s*[)\]]\s*(?:was|were|is|of|:)\s", re.I | re.A)


# "median PFS was not reached (95% CI 24·9–not estimable) … versus 12·1 months (9·6–14·3)": a median not reached
# with its labelled CI labels the other median's bare bounds too
_NR_BEFORE = gate.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?reached\s*\(\s*$", re.I | re.A)


# the second median of a pair after the first's bare CI, in a sentence that labels a CI: "Median overall survival was 7.9 months
# (6.2-9.4) versus 5.5 months (4.1-7.3) (hazard ratio 0.69, 95% CI 0.46-1.05; P = 0.08)", "… with A and 4.1 months (3.0-5.2) with B"
_PAIRED_MEDIAN = gate.compile(r"(?:\s+(?:with|in|for|after)\s+[^,;()\d]{1,30}?)?\s*,?\s*(?:versus|vs\.?|v|and|compared\s+with)\s+", re.I | re.A)


def _labels_ci(text: str) -> bool:
    return ("CI" in text or "onfidence" in text) and bool(_CI_LABEL.search(text))


# a survival median named before a duration in the same clause ("median progression-free survival was
# not reached versus 11·9 months", "median OS 19·4 months"): no comma, semicolon or second number in between
_MEDIAN_SURV = gate.compile(r"\bmedian\s+(?:[\w-]+\s+){0,2}?(?:(?:overall|progression[\s-]free|event[\s-]free|"
                            r"leuka?emia[\s-]free|relapse[\s-]free|disease[\s-]free)\s+survival|(?-i:OS|PFS|EFS|LFS|RFS|DFS))\b"
                            r"[^;,()\d]{0,50}$", re.I | re.A)


def _median_survival_before(text: str, start: int) -> bool:
    return "edian" in text and _MEDIAN_SURV.search(text, max(0, start - 110), start) is not None


def _bare_cis(text: str, atoms: list[Atom]) -> list[Atom]:
    """Lancet style: in a text whose CIs are labelled elsewhere ("79.1% (95% CI 68.2–86.6) and
    66.7% (55.0–76.0)"), an unlabelled pair of bounds directly after a percent estimate is its
    CI, when the bounds contain the estimate; after a median in months, when the sentence labels
    another median's CI. Nothing else becomes a CI."""
    starts = [a.start for a in atoms]
    out = list(atoms)
    # "10.8 months (95% CI 6.2–not reached) with CAR-T versus 2.4 months (1.9–3.3)": a median whose
    # CI is labelled makes the bare bounds after the other median of the sentence its CI
    labelled_median = any(a.kind == "dur" and b.kind == "ci" and text[a.end:b.start].strip() == "("
                          for a, b in zip(atoms, atoms[1:])) \
        or ("reached" in text and any(b.kind == "ci" and _NR_BEFORE.search(text, max(0, b.start - 40), b.start) for b in atoms)) \
        or bool(_CI_NAMED_BEFORE.search(text))
    # "12-month PFS was 80·6% (95% CI 74·3–85·5) …; median progression-free survival was not reached versus
    # 11·9 months (9·7–14·1)": a sentence that labels a CI of its own labels a survival median's bare bounds too
    labelled_here = any(b.kind == "ci" for b in atoms)
    paired_end = -1   # the end of a median's bare CI just read: "7.9 months (6.2-9.4) versus 5.5 months (4.1-7.3)"
    for a in atoms:
        if a.kind == "pct" and text[a.end:a.end + 1] == ";" and "percent" in (a.value or {}) \
                and (m := _SEMI_CI.match(text, a.end)) and re.search(r"\(\s*$", text[:a.start]):
            lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
            if lo is not None and hi is not None and lo <= a.value["percent"] <= hi and lo < hi:
                out = [b for b in out if not m.start("lo") <= b.start < m.end()]
                out.append(Atom("ci", m.start("lo"), m.end() - 1, text[m.start("lo"):m.end() - 1].strip(),
                                {"cil": m.group("lo"), "cih": m.group("hi")}, {"ci_low": lo, "ci_high": hi}))
            continue
        if text[a.end:a.end + 2].strip()[:1] not in ("(", "["):
            continue
        if a.kind == "dur" and (labelled_median or labelled_here and (_median_survival_before(text, a.start)
                                                                     or (paired_end >= 0 and _PAIRED_MEDIAN.fullmatch(text, paired_end, a.start)))) \
                and "duration" in (a.value or {}) \
                and "follow" not in text[max(0, a.start - 40):a.start]:   # a follow-up's bounds are its range
            m = _BARE_CI.match(text, a.end)
            if m and not any(m.start() <= s < m.end() for s in starts):
                lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
                if lo is not None and hi is not None and lo <= to_number(a.groups["dv"]) <= hi and lo < hi:
                    out.append(Atom("ci", m.start() + m.group().index("("), m.end(), m.group().strip(),
                                    {"cil": m.group("lo"), "cih": m.group("hi")}, {"ci_low": lo, "ci_high": hi}))
                    paired_end = m.end()
                    continue
        if a.kind == "dur" and ("not" in text[a.end:a.end + 30] or "NR" in text[a.end:a.end + 30] or "NE" in text[a.end:a.end + 30]):
            m = _BARE_NR_CI.match(text, a.end)
            lo = to_number(m.group("lo") or m.group("blo")) if m else None
            inside = [b for b in out if m.start() <= b.start < m.end()] if m else []
            if lo is not None and (not inside or m.group("blo") and all(b.kind == "num" for b in inside)):
                out = [b for b in out if b not in inside]   # (a bracket's lower bound is scanned as a bare number)
                out.append(Atom("ci", m.end() - len(m.group().strip()), m.end(), m.group().strip(),
                                {"cil": m.group("lo") or m.group("blo"), "cih": None}, {"ci_low": lo, "ci_high": None}))
            continue
        if a.kind != "pct" or "percent" not in (a.value or {}):
            continue
        m = _BARE_CI.match(text, a.end)
        # (bounds with their percent signs are scanned as one percent range: "the 6-month PFS was 67% (52%-78%)", b227-03)
        pr = [b for b in out if b.kind == "prange" and m and m.start() <= b.start < m.end("hi")] if m else []
        if not m or any(m.start() <= s < m.end("hi") for s in starts if s not in {b.start for b in pr}):   # (a figure's number may follow)
            continue
        lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
        if lo is not None and hi is not None and lo <= a.value["percent"] <= hi and lo < hi:
            out = [b for b in out if b not in pr]
            out.append(Atom("ci", m.start() + m.group().index("("), m.end(), m.group().strip(),
                            {"cil": m.group("lo"), "cih": m.group("hi")}, {"ci_low": lo, "ci_high": hi}))
    return sorted(out, key=lambda x: x.start) if out != atoms else atoms


# a survival estimate as a proportion right after its term: "12-mo PFS: 0.64 (95% CI [0.52, 0.78])", "the 2-year OS was 0.71
# (95% CI, 0.58-0.81)", "1-year EFS probability of 0.55" (b227-05; not a ratio named between: "12-month PFS HR 0.64")
_PROPORTION_AFTER = gate.compile(r"(?:\b(?:overall|progression[\s-]free|event[\s-]free|leuka?emia[\s-]free|relapse[\s-]free|disease[\s-]free"
                                 r"|GVHD[\s-]free,?\s+relapse[\s-]free)\s+survival|\b(?-i:OS|PFS|EFS|LFS|RFS|DFS|GRFS))"
                                 r"(?:\s+(?:rate|probability|estimate))?\s*(?::|=|\s(?:was|were|is|of))\s*$", re.I | re.A)


def _proportions(text: str, atoms: list[Atom]) -> list[Atom]:
    """A landmark's survival estimate written as a proportion ("12-mo PFS: 0.64 (95% CI [0.52, 0.78])"): its percent (64.0)
    and its CI's bounds on the percent scale, when a landmark opens its clause and the CI, if any, holds it."""
    out = list(atoms)
    for i, a in enumerate(atoms):
        if a.kind != "num" or not re.fullmatch(r"0?\.\d{1,3}", a.text) or not _PROPORTION_AFTER.search(text, max(0, a.start - 70), a.start):
            continue
        if not any(b.kind == "lm" and b.end <= a.start and a.start - b.end < 70 and not re.search(r"[;.]\s", text[b.end:a.start])
                   for b in atoms[:i]):
            continue
        v = float(a.text)
        ci = atoms[i + 1] if i + 1 < len(atoms) and atoms[i + 1].kind == "ci" and text[a.end:atoms[i + 1].start].strip() in ("(", "[") else None
        lo, hi = (ci.value.get("ci_low"), ci.value.get("ci_high")) if ci else (None, None)
        if ci and not (lo is not None and hi is not None and 0 <= lo <= v <= hi <= 1):
            continue
        out[out.index(a)] = Atom("pct", a.start, a.end, a.text, {"p": a.text}, {"percent": round(v * 100, 1)})
        if ci:
            out[out.index(ci)] = ci._replace(value={"ci_low": round(lo * 100, 1), "ci_high": round(hi * 100, 1)})
    return out if out != atoms else atoms


def _followup_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """"The median follow-up time was 21 (6-40) months", "follow-up 15.5 months (2.0-34.0)": unlabelled
    bounds right after a follow-up's duration that contain it are its range (a follow-up has no CI)."""
    out = list(atoms)
    for a in atoms:
        if a.kind != "dur" or "duration" not in (a.value or {}) or "follow" not in text[max(0, a.start - 40):a.start]:
            continue
        m = _BARE_CI.match(text, a.end)
        if not m or any(m.start() <= b.start < m.end() for b in atoms):
            continue
        lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
        if lo is not None and hi is not None and lo <= to_number(a.groups["dv"]) <= hi and lo < hi:
            out.append(Atom("range", m.start() + m.group().index("("), m.end(), m.group().strip(),
                            {"rl": m.group("lo"), "rh": m.group("hi")}, {"range_low": lo, "range_high": hi}))
    return sorted(out, key=lambda x: x.start) if len(out) > len(atoms) else atoms


_N_PCT_HEADER = gate.compile(r"\bn\s*\(\s*%\s*\)", re.I | re.A)
_COUNT_PAREN = re.compile(r"(?<![\w.])(?P<n>\d+)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*\)", re.A)


def _table_percents(text: str, atoms: list[Atom]) -> list[Atom]:
    """A table copied as text ("CRS, n (%)  18 (90)"): after an "n (%)" header, the bare number
    in parentheses after a count is that count's percent."""
    hdr = _N_PCT_HEADER.search(text)
    starts = {a.start for a in atoms}
    out = list(atoms)
    for m in _COUNT_PAREN.finditer(text, hdr.end()):
        v = to_number(m.group("p"))
        if m.start("n") in starts and m.start("p") not in starts and v is not None and v <= 100:
            out.append(Atom("pct", m.start("p"), m.end("p"), m.group("p"), {"p": m.group("p")}, {"percent": v}))
    return sorted(out, key=lambda a: a.start)


# ---------------------------------------------------------------- mentions
# "patients with and without prior HSCT", "with or without CNS disease": what follows names two groups compared
# each side may carry its size: "with (n = 37) and without (n = 91) prior HSCT"
_SIZE = r"(?:\(\s*n\s?=\s?\d+\s*\)\s*)?"
# (or compared: "CR was less frequent with than without bridging therapy (52.4% vs 72.9%; p=0.02)", b227-04)
_WITH_OR_WITHOUT = rf"\bwith\s+{_SIZE}(?:and|or|versus|vs\.?|v|than)\s+without\s+{_SIZE}"   # ("with (n = 37) and without (n = 91)")
_WITH_WITHOUT = gate.compile(_WITH_OR_WITHOUT + r"(?:an?\s+|the\s+)?$", re.I | re.A)
_WITHOUT_AFTER = gate.compile(r"\b(?:and|versus|vs\.?|v|relative\s+to|compared\s+(?:to|with))\s+(?:in\s+)?[^;]{0,40}?\bwithout\b(?!\s+(?:[\w-]+\s+)?(?:grade|CRS|ICANS|GVHD))", re.I | re.A)
# (the other group's value, with its CI, may come before "without": "the 2-year LFS was 68.4% (95% CI, 45.1-83.5) with
# consolidative HSCT versus 18.2% (95% CI, 2.9-44.2) without")
_THAN_WITHOUT = gate.compile(r"\s*(?:\(\s*n\s?=\s?\d+\s*\)\s*)?(?:than|vs\.?|versus|v|compared\s+(?:with|to)|and)\s+"
                             r"(?:\d+(?:\.\d+)?\s?%?(?:\s*\([^()]{1,40}\))?\s+)?(?:(?:in\s+)?(?:those|patients)\s+)?without\b", re.I | re.A)
# an MRD term's population of the remitted right after it: "MRD-neg (10^-5) in ≥CR, n/N", "MRD negativity in CR/CRi",
# "MRD-negative among patients with CR" (not "MRD-negative CR": no "in" between)
_MRD_IN_CR = gate.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:in|among)\s+(?:(?:the\s+)?(?:patients|pts|those)\s+(?:in|with|achieving)\s+)?"
                          r"(?:[\u2265>]=?\s*)?", re.I | re.A)
_STATE_VERB = gate.compile(r"\s+(?:was|were|(?:has|have|had)\s+been|remained)\s+(?:all\s+|also\s+)?", re.I | re.A)
_GROUP_NAME_AFTER = gate.compile(r"[\w/+-]*(?:\s+[\w/+-]+)?\s+(?:group|arm|cohort)s?\b", re.I | re.A)
# (also the second of two groups joined: "had longer PFS than partial responders and non-responders (median not reached vs
# 3.2 months")
_THAN_IN = gate.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+|among\s+|for\s+)?(?:the\s+|those\s+)?"
                        r"(?:[\w/-]+\s+(?:[\w/-]+\s+)?(?:and|or)\s+)?$", re.I | re.A)
_MERGE_GAP = re.compile(r"[\s()/,\-\[\]]*(?:(?:or|and/or|with or without|i\.e\.,?)[\s()/,\-]*)?", re.A)


# a state at a named assessment is that assessment's rate: "At the 3-month assessment, 9 of 15 patients (60.0%)
# remained in response", "At 3 months, 25 of 38 evaluable patients remained in CR", "Six months after infusion, 9
# patients remained in CR" (but not among responders: "Of the 40 complete responders, 29 remained in response at 12
# months" is durability; nor "remained in remission", no term)
# (the assessment may be named by its test: "At the month 3 PET-CT, 6 of 16 patients (37.5%) remained in CR", "At the
# 3-month bone marrow evaluation, …", "At the day 28 restaging, …")
_REMAINED_AT = gate.compile(r"(?:at\s+(?:the\s+)?(?:(?:day|month|week)\s+\d{1,3}|\d{1,3}[\s-](?:days?|months?|weeks?|mo))"
                            r"(?:\s+(?:(?:response|disease|(?:bone\s+)?marrow|BM)\s+)?(?:assessment|evaluation|examination|visit|time\s?point|"
                            r"restaging|PET(?:[\s/-]?CT)?(?:\s+scan)?|CT(?:\s+scan)?|scan|imaging))?"
                            # "Six months after infusion, 9 patients remained in CR": the time after the infusion
                            r"|(?:at\s+)?(?:\d{1,3}|one|two|three|four|five|six|nine|twelve|eighteen)[\s-](?:days?|weeks?|months?)\s+(?:(?:after|following)\s+|post-?\s*)"
                            r"(?:the\s+)?(?:CAR[\s-]?T(?:[\s-]cells?)?\s+|cell\s+)?(?:infusion|treatment|therapy))\s*,"
                            # (the percent before the noun, the patients' disease after it: "At 3 months, 12 of 21 (57.1%)
                            # patients with T-cell malignancies remained in CR")
                            r"\s*(?P<n>\d+)\s+(?:of\s+(?:the\s+)?\d+\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:(?:evaluable|assessable|treated|infused)\s+)?"
                            r"(?:(?:patients|pts)(?:\s+with\s+(?:[\w/+-]+\s+){1,3}?(?=remained|\())?)?\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?"
                            r"(?=remained\s+in\s+(?P<state>response|CR|complete\s+(?:remission|response))\b)", re.I | re.A)


# a state kept at no time of assessment is a status, no rate (as the x.status terms' "Three patients remained in CR"): "At a
# median follow-up of 13.5 months, all four patients were alive, and the three transplanted patients remained in MRD-negative
# remission" (b216-04), "5 patients remain in MRD-negative CR" (not "At 3 months, both children remained in MRD-negative CR")
_REMAINED_IN = re.compile(r"\bremain(?:s|ed|ing)?\s+in\s+$", re.I | re.A)


# a count that relapsed before an event is a relapse, not a population ("relapse before HSCT"): "one relapsed before
# transplant and one was unfit", "Two patients relapsed prior to HSCT" (also a share of a group: "Nine of the 27 responders
# relapsed before the data cutoff", "3 of 12 patients relapsed before day 90")
_COUNT_RELAPSED = gate.compile(rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:{NUMW})\s+(?:of\s+(?:the\s+|these\s+)?\d+\s+)?(?:(?:[\w-]+\s+)?{PATIENT}\s+)?"
                               r"(?:(?:later|subsequently|then|had)\s+)?$", re.I | re.A)


# likewise an event a count developed before a time ("one developed grade II acute graft-versus-host disease (GVHD)
# before transplant"): the event, not the population of those with it
_COUNT_DEVELOPED = gate.compile(rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:{NUMW})\s+(?:(?:[\w-]+\s+)?{PATIENT}\s+)?"
                                r"(?:later\s+|subsequently\s+|then\s+)?developed\s+(?:an?\s+)?(?:(?:grade\s*\S+|severe|mild|acute|chronic|skin|gut|liver)\s+){0,3}$",
                                re.I | re.A)


# the test after a p-value names the endpoint compared: "(P = .015, log-rank test for relapse-free survival)", "(p = 0.03;
# Gray's test for relapse)"
_TEST_FOR = re.compile(r"\s*[,;]\s*(?:(?:two-sided|stratified|unstratified)\s+)?(?:log-?rank|Gray's|Fisher's(?:\s+exact)?|"
                       r"chi-?squared?|Wilcoxon|Mann-Whitney|Cox)\s+tests?\s+(?:for|of|on|comparing)\s+(?:the\s+)?", re.I | re.A)
# a clause after a semicolon opened by its time point: "…; at 3 months, 21 of 44 evaluable patients (47.7%) remained in CR"
_TIME_OPENS_CLAUSE = gate.compile(r";\s*(?:at|by|on)\s+(?:the\s+)?(?:day|month|week|\d)", re.I | re.A)


def _remained_at(text: str, ms: list[Mention], attrs) -> None:
    k = _REMAINED_AT.match(text)
    # (also a clause after a semicolon: "Best ORR was 80.9% (38/47) …; at 3 months, 21 of 44 evaluable patients (47.7%)
    # remained in CR")
    for semi in re.finditer(r";\s*", text) if k is None and ";" in text else ():
        if k := _REMAINED_AT.match(text, semi.end()):
            break
    if k is None:
        return
    ep, rid = ("overall_response", "orr.verb") if k.group("state").lower() == "response" else ("complete_remission", "cr.abbr")
    for i, m in enumerate(ms):
        if m.kind == "X" and m.rule == "x.status" and m.start == k.end():
            ms[i] = Mention("E", ep, m.start, m.end, rid, dict(attrs.get(rid, {})))


# died in a response, the state at death: "died of infection in remission", "died of sepsis while in CR", "died in ongoing
# complete remission"
_DIED_IN = re.compile(r"\bdied\b[^,;.()]{0,50}?\s(?:while\s+)?in\s+(?:(?:an?\s+)?(?:ongoing|continued|continuous|sustained)\s+)?$", re.I | re.A)


def _mentions(text: str, spans, atoms: list[Atom], low: str) -> list[Mention]:
    c = cues()
    attrs = term_attrs()
    spans = list(spans)
    for i in c.regex_term_rules(low):   # (the terms whose hint words ``low`` has, see _hint_rules)
        rid, label, rx, hints = c.regex_terms[i]
        for m in rx.finditer(text):
            # (a term whose context comes before it names its own span "t": "71.6% of patients (95% CI …) were alive")
            ts, te = m.span("t") if "t" in rx.groupindex else m.span()
            spans = [sp for sp in spans if sp[1] <= ts or sp[0] >= te] + [(ts, te, label, rid)]
    ms = [Mention("X" if label == "X" else "E", None if label == "X" else label, s, e, rid, dict(attrs.get(rid, {})))
          for s, e, label, rid in sorted(spans)]
    if "remain" in low and (low[:3] == "at " or "; at " in low or "after" in low or "post" in low or "following" in low):
        _remained_at(text, ms, attrs)
    if "without" in low:   # "in patients with and without prior blinatumomab (83.1% vs 82.5%)": the groups compared
        ms = [m for m in ms if not (m.kind == "X" and (
            _WITH_WITHOUT.search(text, max(0, m.start - 40), m.start)
            # "in 16 of 22 (73%) with prior BCMA-directed therapy and in 9 of 11 (82%) without"
            or (text.endswith("with ", 0, m.start) and _WITHOUT_AFTER.search(text, m.end, m.end + 100))))]
    if "NR" in text:   # "median PFS NR overall and 5.8 mo in the prior-BCMA group": a median not reached, no non-response
        # (also the first of a pair of medians: "longer PFS (median NR vs 3.2 months; P = .006)")
        ms = [m for i, m in enumerate(ms) if not (
            m.rule == "x.abbr" and text[m.start:m.end] == "NR" and (
                (i and ms[i - 1].endpoint in SURV and _NR_VALUE.fullmatch(text, ms[i - 1].end, m.start))
                or _NR_VS_MONTHS.match(text, m.end)
                # a CI's open bound: "Median PFS: 16.4 months (95% CI 9.7–NR)"
                or any(a.kind == "ci" and a.start <= m.start < a.end for a in atoms)))]
    if "relapse" in low and ("biops" in low or "sample" in low or "specimen" in low):
        # "CD19 and CD20 expression was retained in 8 of 9 relapse biopsies": the samples taken at relapse, counted for
        # their antigen, no count of relapses (nor "in all seven patients who had a biopsy at relapse")
        ms = [Mention("X", None, m.start, m.end, "x.sample", {}) if m.endpoint == "relapse" and (
            _SAMPLE_AFTER.match(text, m.end) or _SAMPLE_BEFORE.search(text, max(0, m.start - 50), m.start)) else m
              for m in ms]
    if "relapsed " in low and ("cd" in low or "antigen" in low or "target" in low):
        # "in all five cases the relapsed tumor retained both CD19 and CD20 expression": the relapsed tissue's antigens (the
        # open phenotype convention), no count of relapses
        ms = [Mention("X", None, m.start, m.end, "x.relapse-phenotype", {}) if m.endpoint == "relapse"
              and text[m.start:m.end].lower() == "relapsed" and _RELAPSED_TISSUE_ANTIGEN.match(text, m.end) else m for m in ms]
    if "relapses" in low or "attacks" in low:
        # "patients with at least 2 relapses in the preceding 12 months", "≥2 relapses in the prior year", "two or more
        # relapses": how many relapses the patients had before, an entry criterion or history, no count of relapses
        ms = [Mention("X", None, m.start, m.end, "x.relapses-before", {}) if m.endpoint == "relapse" and _RELAPSES_AT_LEAST.search(
            text, max(0, m.start - 30), m.start) else m for m in ms]
    if "PD-" in text:   # "PD-1 inhibitor", "PD-L1": a drug's target, not progressive disease
        ms = [m for m in ms if not (m.kind == "X" and text[m.start:m.end] == "PD" and _PD_TARGET.match(text, m.end))]
    if "-" in text and ("prior-" in low or "previous-" in low or "earlier-" in low):
        # "9/25 (36.0%) prior-donor vs 3/18 (16.7%) new-donor", "4 prior-donor pts": a group's name, not a history
        ms = [m for m in ms if not (m.rule == "x.rr" and _GLUED_NAME.match(text, m.end))]
    if "autolog" in low and ("standard" in low or "control" in low or "comparator" in low):
        # "158 patients in the standard-care group received high-dose chemotherapy with autologous transplantation":
        # the comparator's treatment, not a transplant after CAR-T
        ms = [m for m in ms if not (m.endpoint == "transplant" and "autolog" in low[max(0, m.start - 30):m.end])]
    if "autolog" in low and "had " in low and "consolidat" not in low:
        # "36 (88%) had received BV … and 17 had undergone autologous transplant": a prior line of therapy (the
        # pluperfect of a baseline history), not a transplant after CAR-T ("had undergone autologous transplant
        # consolidation" after CAR-T is one)
        ms = [m for m in ms if not (m.rule == "hsct.verb" and low.endswith("had ", 0, m.start)
                                    and "autolog" in low[m.start:m.end])]
    if " whom had " in low or " them had " in low:
        # "Three patients relapsed, none of whom had received a transplant", "Five relapsed, two of whom had undergone
        # consolidative allo-HSCT": the pluperfect after the relapsed names who they were, no transplant count
        ms = [m for m in ms if not (m.rule == "hsct.verb" and _WHOM_HAD.search(low, max(0, m.start - 40), m.start)
                                    and any(o.endpoint == "relapse" and o.kind == "E" and o.end <= m.start for o in ms))]
    if "had " in low and ("prior " in low or "previous " in low or "earlier " in low):
        prior = None
        for m in list(ms):
            if m.endpoint in RESPONSE and _HAD_RESPONDED.search(low, max(0, m.start - 32), m.start) and (
                    _TO_PRIOR.match(low, m.end) or (prior is not None and " and " in low[prior:m.start] and ";" not in low[prior:m.start])):
                ms.remove(m)
                prior = m.end
    if "bridging" in low:
        # "31 (18.3%) had a response to bridging", "responded to bridging chemotherapy": the bridging therapy's response
        # before the infusion, not one to CAR-T ("ORR was 80% in patients with bridging" is a group's)
        ms = [m for m in ms if not (m.endpoint in RESPONSE and (_TO_BRIDGING.match(low, m.end)
                                                                or _BRIDGING_GAVE.search(low, max(0, m.start - 100), m.start)))]
    if "death" in low or "mortality" in low or "fatalit" in low:
        # "there were no ICANS-related deaths", "one CRS-associated death", "no GVHD-related mortality": deaths from the
        # event, neither its count nor its absence
        ms = [m for m in ms if not (m.kind == "E" and m.endpoint in GRADED and _DEATHS_FROM.match(text, m.end))]
    if "died" in low or "death" in low:
        # the causes of deaths listed with their counts: "Seventeen patients died, of relapse (n = 11), infection (n = 3), GVHD
        # (n = 2) or CRS (n = 1)", "Treatment-related deaths occurred in four patients (two infections, one neurological
        # event, and one HLH)": deaths from each, no count of the event
        ms = [m for m in ms if not (m.kind == "E" and (m.endpoint in GRADED or m.endpoint == "relapse") and (
            _DEATH_CAUSES_N.search(text, max(0, m.start - 250), m.start) and _CAUSE_N_AFTER.match(text, m.end)
            or _DEATH_CAUSES_W.search(text, max(0, m.start - 250), m.start)))]
    if " who " in low and " of " in low:
        # "Relapse occurred in 23 of the 41 patients in CR (56.1%), …, and in 3 of the 18 patients who underwent HSCT": the
        # transplanted name the group of the event counted before, no transplant count
        ms = [m for m in ms if not (m.rule == "hsct.verb" and _IN_SHARE_WHO.search(low, max(0, m.start - 50), m.start)
                                    and any(o.kind == "E" and o.endpoint != "transplant" and o.end <= m.start for o in ms))]
    if " v" in low and "%" in text and any(m.endpoint in SURV for m in ms):
        ms = _drop_pair_names(text, ms)
    if "bridged" in low:   # "27% were bridged": bridging therapy before CAR-T, not a bridge to transplant
        ms = [m for m in ms if not (m.rule == "hsct.verb" and low.endswith("bridged", 0, m.end)
                                    and not _BRIDGED_TO.match(text, m.end))]
    if not any(m.kind == "E" for m in ms):
        return ms   # distractors only: no endpoint for a grade, landmark, population or negation to qualify
    for m in ms:
        if m.endpoint == "complete_remission":
            k = c.cri_extension.match(text[m.end:m.end + 120])
            if k:   # "complete remission with or without incomplete hematologic recovery"
                m.end += k.end()
                m.attrs["includes_cri"] = True
    ms = _merge(text, ms)
    if "mrd" in low or "residual" in low:   # "in 8 of those 9 patients the remission was negative for MRD": MRD negativity
        ms = [m for i, m in enumerate(ms) if not (
            m.endpoint == "complete_remission" and i + 1 < len(ms) and ms[i + 1].endpoint == "mrd_negative"
            and _STATE_VERB.fullmatch(text, m.end, ms[i + 1].start))]
        for i, m in enumerate(ms):
            if m.endpoint == "complete_remission" and i and ms[i - 1].endpoint == "mrd_negative" \
                    and _MRD_IN_CR.fullmatch(text, ms[i - 1].end, m.start):
                m.pop = "pop"   # "MRD-neg (10^-5) in ≥CR, n/N | 24/27": MRD negativity among those in CR
    if "including " in low or "such as " in low or ("manifest" in low or "present" in low or "characteri" in low) and ", " in low:
        ms = _drop_examples(text, ms)
    if "(" in text and ("+" in text or " or " in low or " plus " in low or "(\u2265" in text or "(>=" in text):
        # "ORR (CR/CRi + MLFS): 15/18 (83.3%)", "ORR (CR + PR): 15/18": the parts defining the term before them, with no
        # value of their own, name no result (the table rows' _DEFINED)
        ms = [m for m in ms if not any(d.kind == "E" and d.end <= m.start and (k := _DEFINED.match(text, d.end))
                                       and m.end <= k.end() and d.endpoint != m.endpoint for d in ms)]
    if ("resol" in low or "regress" in low or "disappear" in low or "50%" in text) and not _SITE_RE.search(text):
        # "lesions resolved completely", "regressed completely", "decreased by more than 50%": of a disease site only
        ms = [m for m in ms if m.rule not in ("cr.resolved", "pr.resolved", "pr.shrank")]
    if "blast" in low:   # "Marrow blasts decreased by more than 50% in 4 patients": a blast count's fall, no site's response
        ms = [m for m in ms if m.rule != "pr.shrank"]
    if "assessed" in low or "evaluated" in low:
        # "Marrow response was assessed on day 28 in the 22 patients with marrow disease", "Response was evaluated at day 28
        # in 22 patients": when and in whom responses were looked for, no count of a response
        for m in ms:
            if m.rule == "orr.verb" and _ASSESSED_AFTER.match(text, m.end):
                m.pop = "pop"
    if "best response" in low or "best overall response" in low:
        # "Very good partial response was the best response in 3 patients", "stable disease as best response in 4": the
        # count is the category's named before, no overall response
        for m in ms:
            if m.rule == "orr.verb" and _NAMED_BEST.search(text, 0, m.start) or m.rule in ("orr.verb", "orr.name") \
                    and _BEST_SIZE.match(text, m.end) and (_BEST_BEFORE.search(text, 0, m.start) or low.startswith("best", m.start)):
                m.pop = "pop"
    # a survival estimate given by response, the groups listed after a colon: their responses name the groups
    by_response = [(k.start(), k.end()) for t in ms if t.kind == "E" and t.endpoint in SURV and (k := _BY_RESPONSE_LIST.match(text, t.end))] \
        if ":" in text and ("by " in low or "according to" in low) else []
    for i, m in enumerate(ms):
        before = text[max(0, m.start - 60):m.start]
        if before[-3:].rstrip().endswith(("\u2265", ">=", "<", "\u2264")):   # "patients with \u2265CR": CR or better ("<CR": worse)
            before = before.rstrip()[:-1].rstrip("<>").rstrip() + " "
        elif " than " in before and (k := _WORSE_THAN.search(before)):   # "than those with less than CR (43.6 vs 9.8 months"
            before = before[:k.start()]
        # population cues all end in a space: a term glued to what precedes it has none
        spaced = before[-1:].isspace()
        if m.kind == "X":
            # (an assay's sensitivity is no population: "at a sensitivity of 0.01%")
            if m.rule != "x.assay" and (spaced and (_POP_HINT.search(before.lower()) and c.pop_before.search(before)
                                                    or _THAN_IN.search(before)   # "… than in non-responders"
                                                    or " with" in before and _WITH_X.search(before))   # "in patients with <5% marrow blasts"
                                        or _GROUP_NAME_AFTER.match(text, m.end)   # "of the prior-HSCT group"
                                        # "The CR rate of children relapsed after allo-HSCT was 84.6%": a population of the term before
                                        or (i and ms[i - 1].kind == "E" and _OF_PATIENTS.fullmatch(text, ms[i - 1].end, m.start))):
                m.pop = "pop"
            continue
        after = text[m.end:m.end + 40]
        near = before[-30:]
        if m.endpoint == "gvhd" and not ({"acute", "chronic"} & set(m.attrs)):
            k = _ACUTE.search(near)
            if k:
                m.attrs[k.group(1).lower()] = True
                if _ACUTE_OR_CHRONIC.search(near):
                    m.attrs["_both"] = True   # "no acute or chronic GVHD": two absences
        if m.endpoint in SURV and _MEDIAN.search(near):
            m.attrs["median"] = True
        if m.rule == "cr.cleared":
            m.attrs["site"] = "extramedullary"   # "cleared CNS blasts", "CSF blasts had cleared in all 11": the site cleared
        elif m.endpoint in RESPONSE:
            k = _EMD_BEFORE.search(near)
            k2 = None if k else _BM_BEFORE.search(near)
            if k or k2:
                m.attrs["site"] = "extramedullary" if k else "bone marrow"
                # where the site word starts: "1 EM PR" is a count of the term
                m.attrs["_sstart"] = m.start - len(near) + (k or k2).start()
        if m.endpoint not in RATE and m.kind == "E":
            pass
        elif m.endpoint == "transplant" and spaced and "%" in before and _RATE_IN_GROUP.search(before):
            m.pop = "pop"   # "EFS was 78.6% in the 28 children bridged to HSCT and 33.3% in the 9 …": the group of a rate
        elif "who" in before and _REL_BEFORE.search(before) and not (
                ms[i - 1].pop == "rel" and _MAIN_VERB.fullmatch(text, ms[i - 1].end, m.start)) and not (
                ms[i - 1].pop and (_relapsed_after_transplant(text, ms[i - 1], m) or _rel_then_hsct(text, ms[i - 1], m))) and not (
                low[m.end - 2:m.end] == "ed" and _REL_DONE.search(before)) and not (
                "ed " in before and _REL_MAIN.search(before)):
            m.pop = "rel"   # (not "patients who achieved CR were MRD-negative": the main verb's term)
        elif m.endpoint in GRADED and " to " in before and _GIVEN_TO_WITH.search(before):
            m.pop = "pop"   # "rimiducid was administered to 2 patients with refractory CRS": the treatment's count
        elif (spaced and _POP_HINT.search(before.lower()) and c.pop_before.search(before)
              and not ("includ" in before and m.endpoint in RESPONSE and _INCLUDING_WITH.search(before)
                       and any(p.kind == "E" and p.endpoint in RESPONSE for p in ms[:i]))) or (
                c.pop_after.match(after) and not _BEFORE_ACHIEVED.match(after)
                # ("no GVHD before transplantation": when an event happened, no population)
                and not (m.endpoint in GRADED and _TIMED_AFTER.match(after))
                and not (low[m.start:m.end] == "relapsed" and _COUNT_RELAPSED.search(before))
                and not (m.endpoint in GRADED and "develop" in before and _COUNT_DEVELOPED.search(before))):
            m.pop = "pop"
        elif i and ms[i - 1].pop == "pop" and m.endpoint in RESPONSE and _OR_NEXT.fullmatch(text, ms[i - 1].end, m.start):
            m.pop = "pop"   # "those whose best response was VGPR or PR": the population goes on
        elif m.endpoint in RESPONSE and "died" in before and _DIED_IN.search(before):
            m.pop = "pop"   # "Two patients … died of infection in remission": the state they died in, no count of it
        elif m.endpoint in RESPONSE and i and ms[i - 1].kind == "E" and ms[i - 1].endpoint in ("transplant", "relapse") \
                and _LABEL_FRAC_IN.fullmatch(text, ms[i - 1].end, m.start):
            m.pop = "pop"   # "HSCT after CAR-T: 33/38 in CR (86.8%)": the label's count among those in the state
        elif i and ms[i - 1].kind == "E" and _OF_PATIENTS.fullmatch(text, ms[i - 1].end, m.start):
            m.pop = "pop"   # "the 1-year LFS of patients bridged to transplantation": a population of the term before
        elif " than " in low and _THAN_GROUP.search(before):
            m.pop = "pop"   # "EFS was lower after combined CNS/testicular relapse than after single-site relapse": groups compared
        elif m.endpoint in RESPONSE and i and " v" in low and ms[i - 1].kind == "E" and (
                (ms[i - 1].endpoint in SURV and not ms[i - 1].pop and _SURV_THEN_NAME.fullmatch(text, ms[i - 1].end, m.start)
                 and _RESPONSE_PAIR_REST.match(text, m.end))
                or (ms[i - 1].pop == "pop" and ms[i - 1].endpoint in RESPONSE and _VERSUS_NON.fullmatch(text, ms[i - 1].end, m.start))):
            m.pop = "pop"   # "Median PFS CR vs non-CR: 19.7 v 3.4 mo": the responses name the groups compared
        elif i and ": " in text and " v" in low \
                and (t := next((p for p in reversed(ms[:i]) if p.kind == "E" and not p.pop), None)) is not None \
                and t.endpoint in SURV \
                and any(k.start("a") <= m.start and m.end <= k.end("b") for k in _PAIR_LABEL.finditer(text, t.end, t.end + 120)):
            m.pop = "pop"   # "18-month LFS, MRD-negative v MRD-positive before HSCT: 81.0% v 33.3%": the groups compared
        if by_response and m.endpoint in RESPONSE and any(lo <= m.start < hi for lo, hi in by_response):
            m.pop = "pop"   # "12-month PFS by day-28 response: CR 83.3% vs no CR 31.3%"
        if m.endpoint in RESPONSE and "n" in after[:8] and _GROUP_SIZE_AFTER.match(after) and _NOT_IN_BEFORE.search(near):
            m.pop = "pop"   # "No CR (n = 11)", a curve's label: the group without the response and its size, no count of it
        if m.pop and m.endpoint in RESPONSE and "of " in before and _SHARE_OF_PATIENTS.search(before) \
                and not _CLAUSE_AFTER.match(after):
            m.pop = None   # "The proportion of patients with CR/CRi did not differ …": the share is the response's rate
        # "patients not transplanted" is a population; "No patient proceeded to HSCT" an absence
        if m.endpoint == "transplant" and c.neg_transplant.search(before[-30:]) and not c.neg_before.search(before):
            m.pop = "pop"
        # "EFS was higher with consolidative HCT than without it (67.7% vs 22.2%)", "OS with versus without
        # consolidative HSCT": the groups compared, not transplant rates
        elif m.endpoint == "transplant" and "without" in low and (
                (before.endswith("with ") and _THAN_WITHOUT.match(text, m.end))
                or _WITH_WITHOUT.search(text, max(0, m.start - 40), m.start)):
            m.pop = "pop"
        if m.endpoint == "transplant" and not m.pop and "(" in text[m.end:m.end + 3] and _PCT_PAIR_PAREN.match(text, m.end) \
                and _COMPARED_WITH.search(before) and any(p.endpoint in SURV for p in ms[:i]):
            m.pop = "pop"   # "Two-year EFS was superior with consolidative HSCT (85.1% vs. 47.6%)": the groups compared
    if "because of" in low or "due to" in low or "owing to" in low or "reason" in low:
        # reasons with their counts ("did not, because of early relapse (n = 1), infection (n = 3)") are no results
        ms = [m for m in ms if not (m.endpoint in _REASON_TERMS and _REASON_BEFORE.search(text, max(0, m.start - 160), m.start)
                                    and _OWN_COUNT.match(text, m.end))]
    if ("n=" in low or "n =" in low) and ("not " in low or "never " in low or "unable " in low or "ineligible" in low
                                          or "failed " in low):
        ms = [m for m in ms if not (m.endpoint in _REASON_TERMS and _REASON_COUNT.match(text, m.end)
                                    and _REASON_PAREN.search(text, max(0, m.start - 200), m.start))]
    _grades(text, ms, atoms)
    if "mild" in low or "severe" in low or "grade" in low:   # (a sign's severity in the examples: no grade, see _EXAMPLES)
        asides = [(m.end, k.end()) for m in ms if m.kind == "E" and (k := _EXAMPLES.match(text, m.end))]
        ms[:] = [m for m in ms if not (m.kind == "G" and m.attrs.get("_gword") and any(a <= m.start < b for a, b in asides))]
    if "median" in low:
        _bare_median(text, ms)
    _landmarks(text, ms, atoms)
    if "correspond" in low or "the same" in low or (" and " in low and sum(1 for m in ms if m.attrs.get("months")) > 1):
        _corresponding(text, ms, atoms)
    if "they were" in low or "these were" in low:
        _they_were(text, ms, atoms)
    if " of " in low and ("estimates" in low or "rates" in low or "probabilities" in low):
        _estimates_of(text, ms, atoms)
    for i, m in enumerate(ms):
        # (an absence of one kind of neurotoxicity, "no parkinsonism or cranial nerve palsy", is no absence of
        # neurotoxicity: blind26's writer, NOTES 18; blind21's doubts it too)
        if m.kind in "EG" and m.endpoint in NEGATABLE and m.rule != "ntx.kind":   # 'G': "…, and none had grade 3 or higher"
            start = m.attrs.get("_gstart", m.start)
            before = text[max(0, start - 80, text.rfind("\t", 0, start) + 1):start]   # (a cell's "No" is not the next cell's)
            low = before.lower()
            if ((_hinted(low, _NEG_WORDS) and c.neg_before.search(before)
                 # "no late neurotoxicity" is an absence; "no late relapse" is none after some early ones
                 and (m.endpoint in GRADED or not ("late" in low or "delayed" in low) or not _LATE_BEFORE.search(before)))
                    or c.neg_after.match(text[m.end:m.end + 80])
                    # (also "relapsed after" what the relapse came after: "No patient with SLE has relapsed after a median
                    # follow-up of 15 months")
                    or (m.endpoint == "relapse" and text[m.start:m.end].lower() in ("relapsed", "relapsed after")
                        and _NO_ONE_WITH.search(before))
                    or ("_gend" in m.attrs and c.neg_after.match(text[m.attrs["_gend"]:m.attrs["_gend"] + 80]))
                    # "neurotoxicity and haemophagocytic lymphohistiocytosis were not observed": the list's absence
                    or ((" and " in text or " or " in text or ", " in text) and (k := _LIST_THEN_VERB.match(text, m.end))
                        and c.neg_after.match(text[k.end():k.end() + 80]))
                    or (", " in before and _NO_LIST_BEFORE.search(before)
                        and _LIST_ABSENT_AFTER.match(text, m.attrs.get("_gend", m.end)))):
                if ("absence" in low or "lack" in low) and _FACTOR_AFTER.match(text, m.end) and _FACTOR_BEFORE.search(before):
                    continue   # "absence of consolidative transplantation (HR 4.1; …) predicted inferior EFS": a risk factor
                if ("no " in low[-4:] or "no\t" in low[-4:]) and _SYMBOL_KEY.search(before):
                    continue   # a table's key to its dashes ("–, no CRS or not measured"): no absence stated
                if "free of" in low and (k := _SOME_FREE_OF.search(before)) and to_number(k["n"]) != to_number(k["N"]):
                    m.attrs["_some_free"] = True   # "six of the seven patients remained free of relapse": no absence,
                    continue                       # nor six relapses (dropped below)
                m.negated = True
            elif i and ms[i - 1].negated and ((kinds := _gvhd_kinds_differ(ms[i - 1], m)) or ms[i - 1].endpoint != m.endpoint) \
                    and (gap := _OR_GAP.fullmatch(text, ms[i - 1].attrs.get("_gend", ms[i - 1].end), start)) \
                    and not ("and" in text[ms[i - 1].end:start] and _OWN_CLAUSE_AFTER.match(text, m.end)):
                # (another endpoint: "no ICANS or acute GVHD"; or GVHD of the other kind, whose grade is not the first's:
                # "none developed grade III-IV acute GVHD or chronic GVHD", "none had grade III-IV or chronic GVHD")
                m.negated = True
                # (a grade after the first term is its own: "CRS of grade 3 or higher or ICANS" is no ICANS of grade >=3;
                # nor is a grade carried over a preposition said again: "no cases of grade 3 CRS or of ICANS")
                if m.endpoint in GRADED and "grade" not in m.attrs and "grade" in ms[i - 1].attrs and not kinds \
                        and "_gend" not in ms[i - 1].attrs and not (gap.group("of") or gap.group("of2")):
                    m.attrs["grade"] = ms[i - 1].attrs["grade"]
                # (and a grade after the last term is both's: "No patient developed CRS or ICANS of grade 3 or higher")
                # (two terms only: not "no ICANS, GVHD, or CRS of grade 3 or higher")
                elif m.endpoint in GRADED and ms[i - 1].endpoint in GRADED and "grade" in m.attrs and "_gend" in m.attrs \
                        and "grade" not in ms[i - 1].attrs and not kinds and "," not in text[ms[i - 1].end:start] \
                        and not (i > 1 and ms[i - 2].negated):
                    ms[i - 1].attrs["grade"] = m.attrs["grade"]
    # a relapse listed with a need is an absence of both ("no patient had experienced disease relapse or needed
    # reintroduction of immunosuppression"); a count of them is one of two events ("Two relapsed or required retreatment")
    ms = [m for m in ms if (m.rule != "rel.or-event" or m.negated) and "_some_free" not in m.attrs]
    return sorted(ms, key=lambda m: m.start)


# a table footnote's key to a symbol in its cells: "…; Tmax, maximum temperature; –, no CRS or not measured.", "—, no
# event", "Dashes indicate no CRS", "A dash (–) denotes no ICANS"
_SYMBOL_KEY = gate.compile(r"(?:(?:^|[;.(]\s*)[\u2013\u2014\u2212-]\s*[,:=]|\bdash(?:es)?(?:\s*\(\s*[\u2013\u2014\u2212-]\s*\))?\s+"
                           r"(?:indicates?|denotes?|means?|represents?))\s*no\s+$", re.I | re.A)
# some of a count free of the event (see _mentions): "six of the seven patients remained free of relapse", "9 of 12
# children were still free of GVHD", "11 of the 14 responders stayed free of progression"
_SOME_FREE_OF = gate.compile(rf"\b(?P<n>{NUMW})\s+of\s+(?:the\s+|these\s+|all\s+)?(?P<N>{NUMW})\s+(?:[\w-]+\s+){{0,3}}?"
                             r"(?:remained|were|was|stayed|are|is|continued\s+to\s+be)\s+(?:still\s+)?free\s+of\s+(?:[\w-]+\s+){0,2}$", re.I | re.A)
# a model's factor: "absence of consolidative transplantation (HR 4.1; 95% CI …)", "lack of HSCT was associated with …"
# a survival term's two groups, named between a comma (or semicolon) and the colon before their values ("1-year OS, CR vs
# no CR: 70% vs 20%", "Median OS was 8.1 mo; responders v non-responders: 11.6 v 3.9 mo")
# a survival term's pair with each group named right before its value, and more such pairs after semicolons: "2-yr LFS:
# MRD-negative 66.1% vs MRD-positive 31.3% at HCT (p=0.004); TBI 63.0% vs no TBI 41.2%", "12-mo EFS PD 60.0% vs ND 38.1%
# (P=.09)", "1-year OS, CR 80% v no CR 40%": the names are the groups compared (a term or distractor there names no result)
_NAME_VALUE = (r"(?!(?:and|or|was|were|is|rates?|of|at|in|for|with|the)\b)(?P<{}>[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*){{0,2}}?)\s+"
               r"\d+(?:[.\u00b7]\d+)?\s*%")
_SURV_NAMED_PAIR = re.compile(r"\s*[:,]?\s*" + _NAME_VALUE.format("a") + r"(?:\s*\([^()]*\))?\s*(?:vs\.?|versus|v)\s+"
                              + _NAME_VALUE.format("b"), re.A)
_NEXT_NAMED_PAIR = re.compile(r"[^;]*;\s*(?:and\s+)?" + _NAME_VALUE.format("a") + r"(?:\s*\([^()]*\))?\s*(?:vs\.?|versus|v)\s+"
                              + _NAME_VALUE.format("b"), re.A)
_PAIR_LABEL = re.compile(r"[,;]\s+(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:vs\.?|versus|v)\s+"
                         r"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s*:\s*(?=\d)", re.A)
_FACTOR_BEFORE = gate.compile(r"\b(?:absence|lack)\s+of\s+(?:[\w-]+\s+){0,3}$", re.I | re.A)
_FACTOR_AFTER = gate.compile(r"\s*(?:\(\s*(?:[ah]?HR|[ao]?OR|SHR|(?:adjusted\s+)?(?:hazard|odds)\s+ratio)\b|(?:was|were|remained)\s+(?:independently\s+|significantly\s+|also\s+)*"
                             r"(?:associated|predictive|prognostic|a\s+(?:risk|prognostic)\s+factor)|(?:independently\s+)?predicted\b)", re.I | re.A)
# a list of absences opened by "No" with another kind of event first, the term not its last item, then the absence verb:
# "No dose-limiting toxicity, CRS of grade 3 or higher or ICANS was observed", "No DLTs, CRS or neurotoxicity were seen",
# "no treatment-related death, ICANS, or GVHD was reported" (not "No DLT occurred, CRS was observed in 5"); also with an
# intransitive verb: "No dose-limiting toxicity, ICANS or GVHD occurred", "no DLT, ICANS, or GVHD developed"
_NO_LIST_BEFORE = gate.compile(r"(?:^|[\s(;])no\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*$", re.I | re.A)
_LIST_ABSENT_AFTER = gate.compile(r"(?:\s*\([A-Za-z-]{2,10}\))?(?:\s*,\s*(?:or\s+|nor\s+)?|\s+(?:or|nor)\s+)[^.;:\d]{1,60}?\s+"
                                  r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:observed|seen|reported|noted|documented|recorded|"
                                  r"encountered)|occurred|developed)\b(?!\s+(?:in|among)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten))", re.I | re.A)
# the rest of a list of terms (no grade, no number) before its plural verb: "… and HLH were", "…, HLH, or MAS did"
_LIST_THEN_VERB = re.compile(r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?!grade\b|gr\b)[A-Za-z][\w'/-]*"
                             r"(?:\s+(?!grade\b|were\b|was\b|did\b)[A-Za-z][\w'/-]*){0,3}(?:\s*\([A-Za-z-]{2,10}\))?){1,3}"
                             r"(?=\s+(?:were|have\s+been|had\s+been|did)\s)", re.A)
# deaths from the term before: "no ICANS-related deaths", "one CRS-associated death", "no GVHD-related mortality", "no CRS- or
# ICANS-related deaths"
_DEATHS_FROM = gate.compile(r"(?:\s*\([A-Za-z-]{2,10}\))?(?:-\s*(?:or|and|/)\s*[A-Za-z]{2,10})?[\s-](?:related|associated|attributable)\s+(?:deaths?|mortality|fatalit(?:y|ies))\b", re.I | re.A)
# the deaths' causes listed before a term, each with its count (searched up to the term; _mentions): "Seventeen patients died,
# of relapse (n = 11), infection (n = 3), GVHD (n = 2) or …", "Causes of death were relapse (n = 11) and GVHD (n = 2)",
# "Nine patients died (relapse, n = 5; infection, n = 3; GVHD, n = 1)", "Non-relapse deaths (n = 4) were due to …"
_DEATH_OPEN = (r"\b(?:died|deaths?|causes?\s+of\s+death)\b(?:\s*\(\s*n\s*=\s*\d+\s*\))?[^.;:()]{0,60}?(?:,?\s+(?:of|from|due\s+to|owing\s+to|because\s+of)\s+|\s*[:(]\s*"
               r"|\s+(?:were|was)\s+(?:(?:due\s+to|caused\s+by|attributed\s+to|from)\s+)?|\s+included\s+)")
_CAUSE_N = r"\s*(?:\(\s*(?:n\s*=\s*)?\d+\s*\)|,\s*(?:n\s*=\s*)?\d+\b)"
_DEATH_CAUSES_N = gate.compile(_DEATH_OPEN + rf"(?:[A-Za-z][\w' -]{{0,40}}?{_CAUSE_N}\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?)*$", re.I | re.A)
_CAUSE_N_AFTER = gate.compile(rf"(?:\s*\([A-Za-z-]{{2,10}}\))?{_CAUSE_N}(?!\s*%)", re.I | re.A)
# (each cause's count a word before it: "Treatment-related deaths occurred in four patients in the taro-cel group (two
# infections, one neurological event, and one haemophagocytic lymphohistiocytosis)", "Nine patients died: five of relapse, …")
_DEATH_CAUSES_W = gate.compile(_DEATH_OPEN + rf"(?:{NUMW}\s+(?:of\s+)?[A-Za-z][\w' -]{{0,40}}?\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?)*"
                               rf"{NUMW}\s+(?:of\s+)?$", re.I | re.A)
_COMPARATIVES = ("higher", "lower", "longer", "shorter", "better", "worse", "superior", "inferior", "greater", "poorer")
_COMPARATIVE = "(?:" + "|".join(_COMPARATIVES) + ")"
# a comparison of how often: "Complete responses were numerically more frequent in isolated CNS relapse than in concurrent
# disease (11/15 vs 5/11; P = .11)", "CRS was less common after …" (the groups compared, as _COMPARATIVE's)
_MORE_OFTEN = r"(?:more|less)\s+(?:frequent|common|often)"
_THAN_GROUP = gate.compile(rf"\b(?:{_COMPARATIVE}\s+|{_MORE_OFTEN}\s+|than\s+)(?:after|following|among|in)\s+(?:those\s+with\s+)?[^,;()]{{0,40}}$", re.I | re.A)
# a survival pair's groups named by the transplant after a comparative, the pair in parentheses right after it: "Two-year EFS
# was superior with consolidative HSCT (85.1% vs. 47.6%, P < .001)", "OS was better after consolidative allo-HSCT (80% vs 50%)",
# "LFS was significantly improved by consolidative transplantation (70% v 40%)"
_COMPARED_WITH = gate.compile(rf"\b(?:{_COMPARATIVE}|improved|prolonged|increased)\s+(?:with|after|following|by)\s+(?:an?\s+)?$", re.I | re.A)
_PCT_PAIR_PAREN = re.compile(r"\s*\(\s*\d+(?:[.\u00b7]\d+)?\s*%\s*(?:vs\.?|versus|v\.?|compared\s+with)\s+\d", re.I | re.A)
# the pair's groups named by a comparative before it: "lower after combined relapse than after single-site relapse (40.0% vs 69.2%"
_THAN_PAIR = gate.compile(rf"\b(?:{_COMPARATIVE}|{_MORE_OFTEN})\s+(?:after|following|among|in|with)\s+(?P<a>[^,;()]{{2,50}}?)\s+than\s+(?:after|following|among|in|with)\s+"
                          rf"(?:those\s+with\s+)?(?P<b>[^,;()]{{2,50}}?)\s*$", re.I | re.A)


def _drop_pair_names(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` without the terms and distractors naming the groups of a survival term's pairs (_SURV_NAMED_PAIR)."""
    names: list[tuple[int, int]] = []
    for t in ms:
        if t.kind != "E" or t.endpoint not in SURV or not (k := _SURV_NAMED_PAIR.match(text, t.end)):
            continue
        while k:
            names += [k.span("a"), k.span("b")]
            k = _NEXT_NAMED_PAIR.match(text, k.end())
    return [m for m in ms if m.endpoint in SURV or not any(a <= m.start and m.end <= b for a, b in names)]


# a rate's values listed by a grouping after a colon, each after its group's name: "Best responses by histology were as follows: ALCL,
# 12 of 14 (CMR, 9 of 14); PTCL-NOS, 6 of 10 (…); and ENKTL, 3 of 4", "ORR by subtype: PTCL-NOS 6/10 (60%), AITL 3/5"
_BY_LIST_OPEN = gate.compile(r"(?:\s+(?:rates?|were|was))?\s+by\s+(?:histology|histologic(?:al)?\s+subtypes?|subtypes?|disease(?:\s+types?)?|"
                             r"diagnos[ie]s|dose(?:\s+levels?)?|cohorts?|age(?:\s+groups?)?)\b(?:\s+(?:were|was|as\s+follows)){0,3}\s*:\s*",
                             re.I | re.A)
_BY_ITEM = re.compile(r"(?:and\s+)?(?P<name>[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*){0,2}?)\s*[,:]?\s+(?P<v>\d+(?:\s+of\s+\d+|/\d+)?"
                      r"(?:\s*\(\d+(?:\.\d+)?%\))?)(?:\s*\([^()]*\))?\s*(?:[;,]\s*|\.?$)", re.A)


def _by_list_term(text: str, live: list[Mention], g: Group) -> tuple[Mention, str] | None:
    """The rate term whose values a list by grouping gives (_BY_LIST_OPEN), ``g`` one of them, and the name of ``g``'s group."""
    t = next((m for m in reversed(live) if m.end <= g.start and m.kind == "E" and not m.pop and not m.negated
              and _BY_LIST_OPEN.match(text, m.end)), None)
    if t is None or t.endpoint not in RATE:
        return None
    pos = _BY_LIST_OPEN.match(text, t.end).end()
    while pos <= g.start and (k := _BY_ITEM.match(text, pos)):
        if k.start("v") == g.start:
            return t, k.group("name")
        pos = k.end()
    return None


def _named_pair_at(text: str, live: list[Mention], g: Group, h: Group) -> tuple[Mention, re.Match] | None:
    """The survival term whose pairs of named values (_SURV_NAMED_PAIR, _NEXT_NAMED_PAIR) have ``g`` and ``h`` as one pair's
    values, and that pair's match; None if none."""
    for t in reversed(live):
        if t.end > g.start or t.kind != "E" or t.endpoint not in SURV or t.pop or t.negated:
            continue
        k = _SURV_NAMED_PAIR.match(text, t.end)
        while k and k.end("a") < g.start:
            if _NUM_START.match(text, k.end("a")) and text[k.end("a"):g.start].strip() == "" \
                    and text[k.end("b"):h.start].strip() == "":
                return t, k
            k = _NEXT_NAMED_PAIR.match(text, k.end())
        return None
    return None


def _gvhd_kinds_differ(a, b) -> bool:
    """Two GVHD terms of different kinds, acute then chronic or chronic then acute ("acute GVHD or chronic GVHD")."""
    return a.endpoint == b.endpoint == "gvhd" and bool(a.attrs.get("acute")) != bool(b.attrs.get("acute")) \
        and bool(a.attrs.get("chronic")) != bool(b.attrs.get("chronic"))


# no one of a group named before the verb: "No patient with SLE relapsed, whereas 2 of the 9 …", "none of the children in MRD-negative
# CR has relapsed" (a verb's absence; "no patient with CRS" before a noun term is no absence of that term)
_NO_ONE_WITH = gate.compile(r"\b(?:no|none\s+of\s+the)\s+(?:patients?|participants?|subjects?|children|adults|one)\s+(?:with|in|who\s+(?:had|were\s+in))\s+"
                            r"[^,;.()]{1,50}?\s+(?:(?:has|have|had)\s+)?(?:(?:subsequently|since|yet|ever)\s+)?$", re.I | re.A)
# (a bound before the number of relapses each patient had: "at least 2 relapses", "≥2 relapses", "2 or more clinical relapses")
_RELAPSES_AT_LEAST = re.compile(r"(?:\bat\s+least\s+|[\u2265>]=?\s*|\bmore\s+than\s+|\ba\s+minimum\s+of\s+)\d+\s+(?:clinical\s+)?$"
                                r"|\b\d+\s+or\s+more\s+(?:clinical\s+)?$", re.I | re.A)
# (the sample named before the time it was taken: "all seven patients who had a biopsy at relapse", "marrow samples obtained
# at the time of relapse")
_SAMPLE_BEFORE = re.compile(r"\b(?:biops(?:y|ies)|samples?|specimens?)\s+(?:(?:obtained|taken|collected|performed|available)\s+)?"
                            r"(?:at|upon|on)\s+(?:the\s+time\s+of\s+)?(?:(?:first|second|disease)\s+)?$", re.I | re.A)
_SAMPLE_AFTER = re.compile(r"\s+(?:(?:bone\s+)?marrow\s+|tissue\s+|tumou?r\s+)?(?:biops(?:y|ies)|samples?|specimens?)\b"
                           # (the relapsed tumours that were biopsied: "GD2 expression was retained in all 5 relapsed tumors that
                           # underwent biopsy", "in 4 of 6 relapsed lesions that were biopsied", "relapsed tumours biopsied")
                           r"|\s+(?:tumou?rs?|lesions?|masses|sites?)\s+(?:(?:that|which)\s+(?:underwent|were|had)\s+(?:a\s+)?(?:re-?)?"
                           r"biops(?:y|ied)|(?:re-?)?biopsied)\b", re.I | re.A)
# the relapsed tissue named with its antigens: "the relapsed tumor retained both CD19 and CD20 expression", "the relapsed disease
# was CD19-positive in all five cases", "the relapsed blasts had lost CD7"
_RELAPSED_TISSUE_ANTIGEN = gate.compile(r"\s+(?:tumou?rs?|disease|lesions?|blasts|clones?|cells|leuka?emia|lymphoma)\s+(?:(?:had|has|have)\s+)?"
                                        r"(?:retained|retains|lost|loses|expressed|expresses|kept|preserved|was|were|remained)\s+(?:still\s+)?"
                                        r"(?:both\s+|its\s+|their\s+)?(?:CD\d+|BCMA|GPRC5D|GD2|antigen|target)", re.I | re.A)
# ("no ICANS or acute GVHD": the second term's own acute/chronic qualifier in the gap)
# (a serial comma before "or": "No DLT, CRS, or neurotoxicity was reported")
# (the list's preposition said again: "there were no cases of grade ≥3 CRS or of ICANS of any grade", b190-09)
_OR_GAP = re.compile(r"\s*(?:,\s*(?:or|nor)\b(?P<of>\s+of\b)?|,|(?:or|nor)(?P<of2>\s+of\b)?|and)\s*(?:(?:acute|chronic)\s+)?", re.A)
# (a term after the list's "and" with its own verb opens a clause of its own, no part of the absence: "no patient had grade 3
# CRS and ICANS did not exceed grade 2", "no grade >=3 CRS occurred, and ICANS was limited to grade 1", "… and ICANS occurred
# in 2 patients")
_OWN_CLAUSE_AFTER = gate.compile(rf"\s+(?:did\s+not|never|(?:was|were)\s+(?:not\s+|never\s+)?(?:limited|restricted|confined|mild|all|"
                                 rf"only|grade|low-grade|higher|above|graded|reversible)\b|(?:(?:occurred|developed)|(?:was|were)\s+"
                                 rf"(?:observed|seen|reported|noted))\s+in\s+(?:{NUMW}|only|all)\b)", re.I | re.A)
_TIMED_AFTER = re.compile(r"\s*(?:before|prior)\b", re.A)
_LATE_BEFORE = gate.compile(r"\b(?:late|delayed)(?:-onset)?\s+$", re.I | re.A)
# (a marrow site between: "All six patients with marrow involvement achieved MRD-negative marrow CR", "MRD-negative BM CR")
_MRD_CR_GAP = re.compile(r"[\s(\-]*(?:(?:bone\s+)?marrow\s+|BM\s+)?", re.A)
# the CR named, then which of it was MRD-negative: "achieved CR/CRi, which was MRD-negative in 32 (80.0%)", "attained complete
# remission, which was measurable residual disease-negative in 12"
_CR_WHICH_WAS = gate.compile(r"\b(?:CR|CRi|remissions?|responses?)\)?\s*,\s*which\s+(?:was|were)\s+(?:also\s+)?$", re.I | re.A)
_CR_THAT_WAS = re.compile(r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?", re.A)
_GVHD_ORGAN = r"(?:skin|cutaneous|gut|GI|gastrointestinal|intestinal|liver|hepatic|oral|ocular|lung)\s+"   # "acute skin GVHD"
_GRADE_BEFORE_TERM = gate.compile(r"[\s-]*(?:(?:CAR-?T?|treatment|therapy)[\s-]*(?:related|associated)\s+)?(?:(?:acute|chronic|severe)\s+)?"
                                  r"(?:(?<=acute\s)" + _GVHD_ORGAN + r"|(?<=chronic\s)" + _GVHD_ORGAN + r")?", re.I | re.A)
# the organ right before GVHD, no kind between: "grade I skin GVHD in three and grade II gut GVHD in one"
_GRADE_ORGAN_GVHD = gate.compile(r"\s+" + _GVHD_ORGAN, re.I | re.A)
# (a lone event's word between: "1 ICANS event was grade 1"; not "all CRS events were grade 1 or 2", the count's before)
_GRADE_AFTER_TERM = gate.compile(r"\s*(?:\(\s*(?:(?:skin|cutaneous|gut|GI|gastrointestinal|intestinal|liver|hepatic|oral|ocular|lung)\s*(?:,|/|and)\s*)*|,\s*|of\s+|at\s+|(?:event\s+|episode\s+)?was\s+|were\s+(?:mostly\s+|all\s+)?|was\s+(?:mostly\s+|all\s+))?", re.I | re.A)
_AND_GAP = re.compile(r"\s*(?:and|or|,|/)\s*", re.A)
# each coordinated term's own value in parentheses: "grade ≥3 CRS (3%) and ICANS (6%)", "grade 3-4 CRS (n = 2) and ICANS (n = 1)"
_OWN_VALUE_AND = re.compile(r"\s*\(\s*(?:\d+(?:\.\d+)?\s*%|n\s*=\s*\d+|\d+\s*/\s*\d+)\s*\)(?:\s*(?:,\s*)?(?:and|or)\s*|\s*,\s*)?", re.I | re.A)
# "MRD-negative CR before transplantation was achieved in …": the term's timing, then its result verb
# a response named by what is worse or better than it: "those with less than CR", "patients with better than PR"
_WORSE_THAN = gate.compile(r"\b(?:less|worse|better|lower)\s+than\s+$", re.I | re.A)
_BEFORE_ACHIEVED = gate.compile(r"\s*(?:before|prior\s+to)\s+(?:[\w-]+\s+){1,2}?(?:was|were)\s+(?:achieved|attained|reached|obtained)\b", re.I | re.A)
_LM_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and)\s*", re.A)
_SURV_COORD = re.compile(r"\s*(?:rates?\s+)?(?:,\s*)?(?:and|or|,|/)\s*(?:the\s+)?", re.A)   # ("the 1-year PFS rate and OS rate")
# a telegraphic list of survival rates, each term with its own value (its CI in parentheses): "2-yr OS 67.4% (95% CI 53.2–78.3);
# LFS 58.9% (44.6–70.7)", "1-y OS 80%, PFS 62%": the gap from one term to the next; a rate opens the next term
_SURV_RATE_LIST_GAP = re.compile(r"\s*(?::\s*|\s(?:was|of)\s+)?\d+(?:[.\u00b7]\d+)?\s*%(?:\s*\([^()]*\))?\s*[;,]\s*(?:and\s+)?(?:the\s+)?", re.A)
_RATE_NEXT = re.compile(r"\s*(?::\s*|\s(?:was|of)\s+)?\d+(?:[.\u00b7]\d+)?\s*%", re.A)
# a number or percent ends the text: "DL2" or "CD19" is a label, not a number of a list
_NUM_END = re.compile(r"(?:%|(?<![A-Za-z\d.])\d+(?:\.\d+)?)\s*$", re.A)
_NUM_START = re.compile(r"\s*\d", re.A)
_LIST_END = gate.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PATIENT}\b|\s*,?\s*respectively", re.I | re.A)
_ADJACENT = re.compile(r"[\s,(:;]*", re.A)
# (also a cohort the count formed: "The 95 MRD-negative pts formed the landmark cohort, in which 38 underwent allo-HCT")
# (also the event the count before went through: "Four patients with persistent MRD received a second infusion, after which
# three became MRD-negative")
_OF_WHOM = gate.compile(r"\b(?:(?:of|among|in)\s+(?:whom|them|these|those)|in\s+which|after\s+which)\s*,?\s*$", re.I | re.A)
_LM_BEFORE_TERM = gate.compile(r"[\s-]*(?:(?:overall|estimated|cumulative|actuarial|probability\s+of)\s+)?", re.I | re.A)
_LM_AFTER_TERM = gate.compile(r"\s*(?:rates?|probability|probabilities|estimates?)?\s*(?:was|were)?\s*", re.I | re.A)
# (not a day's number before it: "In a landmark analysis from day 100, 18-month LFS was …"; nor a month's or a year's:
# "Among patients in CR at month 3, 12-month PFS was 80.0%")
_LM_PREFIX_LIST = gate.compile(r"(?<![\w.+])(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!month )(?<!year )(?:\d+\s*-?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$", re.I | re.A)
# (also its count in parentheses: "CRS was mostly grade 1 (n = 11) or grade 2 (n = 5)")
_COUNT_NEXT = gate.compile(r"\s*[,:;]?\s*(?:in\s+\d|n\s?=|\d|\(\s*n\s?=)", re.I | re.A)
_NEG_WORDS = ("no", "zero", "none", "nor", "neither", "absence", "free of", "did not", "without")   # ("no" in "nobody")
# on lower-cased text
# a rate's group named by its transplant, the participle right after the patients: "Three-year EFS was 78.6% in the 28
# children bridged to HSCT and 33.3% in the 9 who …", "OS was 80% among patients consolidated with allo-HSCT"
_RATE_IN_GROUP = gate.compile(rf"\d\s*%\s+(?:in|among|for)\s+(?:the\s+|those\s+|all\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?(?:{PATIENT})\s+$",
                              re.I | re.A)
_POP_HINT = _substrings_re(("patient", "those", "among", "after", "follow", "upon", "before", "until", "post", "since",
                           "during", "at ", "subject", "particip", "individual", "case", "children", "adult",
                           "responder", "recipient", "pt", "versus", "vs", "than", "between", "while"))
_OR_NEXT = re.compile(r"\s+or\s+", re.A)
# a treatment given to patients with an event, its qualifier between ("AP1903 (rimiducid) was administered to 2 patients with
# refractory CRS", b190-06; "Siltuximab was given to three patients with steroid-refractory CRS", "… to 4 patients with grade 3
# ICANS"): the treatment's count, no count of the event (with no qualifier the population cue already says so)
_GIVEN_TO_WITH = gate.compile(rf"\b(?:given|administered|offered|prescribed)\s+to\s+(?:{NUMW})\s+(?:{PATIENT})\s+with\s+"
                              r"(?:[^\s,;()]+\s+){1,3}$", re.I | re.A)
_OF_PATIENTS = gate.compile(rf"\s+(?:rates?\s+)?of\s+(?:the\s+|all\s+)?{PATIENT}\s+", re.I | re.A)
# (a noun of the product after it: "87.5% (21/24) with prior-transplant donor and 86.7% (13/15) with new-donor products")
_GLUED_NAME = gate.compile(r"-[A-Za-z][\w-]*(?:\s+(?:donors?|products?|grafts?|cells)){0,2}(?=\s+(?:vs\.?|versus|v|and|or|groups?|arms?|cohorts?|pts?|patients|recipients)\b|\s*[,;.)]|$)",
                           re.I | re.A)
_PD_TARGET = re.compile(r"-(?:L?[12]\b)", re.A)
# a response in the pluperfect, to a therapy before the report's: "Fifteen had achieved CR after prior CD19 CAR-T and nine
# had not responded", "12 had attained a complete remission with previous blinatumomab" (a baseline history)
# had (and the next pluperfect response joined by "and" shares that therapy); "15 had achieved CR by day 28" is the report's
_HAD_RESPONDED = re.compile(r"\bhad\s+(?:not\s+|never\s+|previously\s+|already\s+)?(?:(?:achieved|attained|obtained|reached)\s+(?:an?\s+)?)?$", re.A)
_TO_PRIOR = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:after|to|with|on|following|during)\s+(?:an?\s+|the\s+|their\s+)?(?:prior|previous|earlier)\s+"
                       r"(?!(?:trials?|stud(?:y|ies)|reports?)\b)", re.A)   # (on lower-cased text)
# (or the bridging therapy as the response's cause: "Seventeen patients received bridging chemotherapy, which produced a partial
# response in 6 of them before lymphodepletion", "bridging therapy induced CR in 4", "Bridging with inotuzumab induced a CR in 3";
# not the CAR-T named after it, nor a group's result: "after bridging, CAR-T cells induced CR in 18", "In patients receiving
# bridging therapy (n = 14), 12 achieved CR")
_BRIDGING_GAVE = re.compile(r"\bbridging\b(?:(?!car|infus|\bcells?\b)[^.;()\d]){0,60}?\b(?:produced|induced|yielded|resulted\s+in|led\s+to|gave)\s+"
                            r"(?:an?\s+|the\s+)?(?:(?:complete|partial|objective|morphologic)\s+)?$", re.A)   # (lower-cased)
_TO_BRIDGING = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:to|after|following|during)\s+(?:the\s+|their\s+)?bridging\b", re.A)   # (lower-cased)
_ACUTE = gate.compile(r"\b(acute|chronic)\s*(?:\(\w+\)\s*)?(?:" + _GVHD_ORGAN + r")?$", re.I | re.A)
_ACUTE_OR_CHRONIC = gate.compile(r"\b(?:acute|chronic)\s+(?:or|and|and/or|nor)\s+(?:acute|chronic)\s*$", re.I | re.A)
_MEDIAN = gate.compile(r"\bmedian\s+(?:[\w-]+\s+)?$", re.I | re.A)
_EMD_BEFORE = gate.compile(r"\b(?:extramedullary|extra-medullary|EMD|(?-i:EM)|nodal|extranodal)\s*$", re.I | re.A)
_BM_BEFORE = gate.compile(r"\b(?:bone\s+)?marrow\s*$|\bBM\s*$", re.I | re.A)
# a response category named the best before "response": "VGPR was the best response in 3", "had SD as their best response"
_NAMED_BEST = re.compile(r"\b(?:was|were|as)\s+(?:the(?:ir)?\s+|a\s+)?best\s+(?:overall\s+)?$", re.I | re.A)
# a figure panel's or a table's title with its size: "(A) Best response (n=23).", "Best overall response in evaluable
# patients (n = 40):" names whom the panel shows, no count of responders
_BEST_BEFORE = re.compile(r"\bbest\s+(?:overall\s+)?$", re.I | re.A)
_BEST_SIZE = re.compile(r"\s*(?:(?:in|among)\s+[^()\d]{0,40})?\(\s*n\s*=\s*\d+\s*\)\s*(?:[.:;]|$)", re.I | re.A)
_ASSESSED_AFTER = gate.compile(r"\s+(?:was|were)\s+(?:(?:also|only|first)\s+)?(?:assessed|evaluated)\b", re.I | re.A)
_MAIN_VERB = gate.compile(r"\s*(?:\([^()]*\)\s*)?(?:were|was|became|remained)\s+(?:(?:also|all|still|subsequently)\s+)?", re.I | re.A)
# "responders who were not transplanted relapsed": the clause closes on its own verb, the term is the main verb
_WITH_X = gate.compile(rf"\b(?:{PATIENT}|those)\s+with(?:out)?\s+[^,;()]{{0,25}}$"
                      # a group named by a threshold after a value, no patient noun: "24/28 (85.7%) with ≥5% marrow blasts"
                      r"|\bwith(?:out)?\s+(?:[<>≤≥]=?\s?\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?%\s+or\s+(?:more|greater|higher|less|fewer|lower))"
                      r"\s+(?:[\w-]+\s+){0,2}$", re.I | re.A)
# a share of the patients with a response, the response's rate: "The proportion of patients with CR/CRi", "the percentage of
# patients achieving CR", "the proportion of those who attained MRD-negative CR"
_SHARE_OF_PATIENTS = gate.compile(rf"\b(?:proportions?|percentages?|shares?|fractions?)\s+of\s+(?:the\s+|all\s+)?(?:{PATIENT}|those)\s+"
                                  r"(?:(?:who\s+)?(?:with|achieving|attaining|in|achieved|attained|reached|reaching)\s+)(?:an?\s+)?$", re.I | re.A)
# a group's size right after a response that names the group ("No CR (n = 11)", "non-CR (n = 8)", "without CR (n = 5)")
_GROUP_SIZE_AFTER = re.compile(r"\s*\(\s*[nN]\s*=\s*\d+\s*\)", re.A)
_NOT_IN_BEFORE = re.compile(r"(?:^|[\s(\t])(?:no|non|not\s+in|without)[\s-]*$", re.I | re.A)
# (not a population that a clause goes on to name: "the proportion of patients with CR who relapsed")
_CLAUSE_AFTER = gate.compile(r"\s*(?:\([^()]*\)\s*)?(?:who|that|which|whose|and\s+then|but)\b", re.I | re.A)
# (or the clause's verb left out, the earlier clause's: "9 proceeded to allogeneic HCT, and 6 of the 8 who did not relapsed",
# "Twelve were bridged to transplant; 3 of the 5 who did not, relapsed")
_REL_DONE = gate.compile(r"\bwho\s+(?:were|was|had|did)\s+(?:not\s+|never\s+)?(?:[\w-]+ed|undergo|receive|proceed\s+to)\s+(?:[\w/-]+\s+){0,2}$"
                         r"|\bwho\s+did\s+not\s*,?\s+$", re.I | re.A)
# "who were not transplanted developed GVHD": the relative clause ends at its participle; the term is the main verb's
_REL_MAIN = gate.compile(r"\bwho\s+(?:were|was|had|did|received|underwent|proceeded)\s+(?:[\w/-]+\s+){0,4}?(?:developed|had|experienced|achieved|attained|"
                         r"reached|showed)\s+(?:an?\s+|any\s+)?(?:(?:acute|chronic|severe)\s+)?$", re.I | re.A)
# (or a count with its noun left out: "88.2% in the 17 who underwent allo-HCT and 47.6% in the 21 who did not")
_REL_BEFORE = gate.compile(rf"\b(?:{PATIENT}|those|\d+\s+of\s+\d+|(?<=the\s)\d+)\s+(?:\([^()]*\)\s+)?(?:[\w-]+\s+){{0,3}}?who\s+(?:[\w-]+\s+){{0,4}}$", re.I | re.A)


# ", including ICANS and cerebellar toxicity," right after a term: examples of it, with no value of their own; or the signs it
# showed, a severity word among them no grade of the term: "Grade 1 ICANS, manifesting as headache and mild confusion, occurred
# in 2 patients" (b205-01), "Grade 2 CRS, presenting as fever and hypotension, occurred in 4", "CRS, characterized by fever and
# severe hypoxia, developed in 3"
_EXAMPLES = gate.compile(r"\s*,\s*(?:including|such\s+as|(?:manifest|present)(?:ing|ed)\s+(?:as|with)|characteri[sz]ed\s+by)\s+[^,;()\d]{1,80}?,",
                         re.I | re.A)


def _drop_examples(text: str, ms: list[Mention]) -> list[Mention]:
    """Terms named as examples of the term before them ("neurotoxic events, including ICANS and
    cerebellar toxicity, occurred in 11") are not what the value after them reports."""
    out: list[Mention] = []
    skip_to = -1
    for m in ms:
        if m.start < skip_to:
            continue
        out.append(m)
        k = _EXAMPLES.match(text, m.end) if m.kind == "E" else None
        if k:
            skip_to = k.end()
    return out


# "Non-ICANS neurotoxicity, including parkinsonism in 3 patients and cranial nerve palsy in 5, occurred in 8",
# "(parkinsonism in 3, cranial nerve palsy in 5)": the kinds of an adverse event with their counts, a breakdown
# the record does not keep (no grade in it: "including grade 3 in 2 patients" is a grade count)
_KIND_ASIDE = gate.compile(r"\s*(?:,\s*(?:including|such\s+as)\s+(?P<a>(?:[^;()]|\([^()]*\)){3,160}?),(?=\s*(?:(?:was|were|had|has)\s+)?"
                           r"(?:occurred|developed|observed|seen|reported|noted|affected|arose|emerged|appeared|in)\b)"
                           r"|\(\s*(?P<b>[^()]{3,120})\))", re.I | re.A)
# (or its count first: "delayed neurotoxicity, including 5 cases of parkinsonism and 8 of cranial nerve palsy, was reported in 14
# patients", "including two episodes of facial palsy")
_KIND_ITEM = gate.compile(r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}\s*(?:\(\s*n\s?=\s?\d+\s*\)|n\s?=\s?\d+\b|,?\s+in\s+\d+(?:\s+(?:patients?|pts?|cases))?)"
                          r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:cases?|episodes?|events?|instances?)\s+)?of\s+"
                          r"[A-Za-z][\w'-]*(?:\s+(?!and\b|or\b)[A-Za-z][\w'-]*){0,3}",
                          re.I | re.A)
_KIND_SEP = gate.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)", re.I | re.A)
_KIND_GRADE = gate.compile(r"\b(?:grades?|gr|G\s?[1-5I]|any|all|severe|mild|moderate|fatal|CRS|ICANS|GVHD)\b", re.I | re.A)


def _kind_breakdowns(text: str, ms: list[Mention], atoms: list[Atom]) -> tuple[list[Atom], list[tuple[int, int]]]:
    """Atoms left after dropping those of a breakdown by kind of event right after an adverse-event term,
    and the spans of those asides (no clause starts inside one)."""
    drop = []
    for m in ms:
        if m.kind != "E" or m.endpoint not in GRADED:
            continue
        k = _KIND_ASIDE.match(text, m.end)
        if not k:
            continue
        body, at = (k.group("a"), k.start("a")) if k.group("a") is not None else (k.group("b"), k.start("b"))
        # (a kind that is a term of its own, "parkinsonism", is still one kind of the event)
        if _KIND_GRADE.search(body) or any(at <= o.start < at + len(body) and o.rule != "ntx.kind" for o in ms):
            continue
        pos, items = 0, 0
        while True:
            it = _KIND_ITEM.match(body, pos)
            if not it:
                break
            items, pos = items + 1, it.end()
            sep = _KIND_SEP.match(body, pos)
            if not sep or pos == len(body):
                break
            pos = sep.end()
        if items and body[pos:].strip() == "":
            drop.append((k.start(), k.end()))
    if not drop:
        return atoms, drop
    return [a for a in atoms if not any(lo <= a.start < hi for lo, hi in drop)], drop


def _merge(text: str, ms: list[Mention]) -> list[Mention]:
    """One mention for "complete remission (CR)", "CR or CRi", "MRD-negative CR", "CR with undetectable MRD",
    "overall remission rate (CR + CRi)" (a CR/CRi rate)."""
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: m.start):
        if out:
            p = out[-1]
            gap = text[p.end:m.start]
            same = p.kind == m.kind == "E" and p.endpoint == m.endpoint and _MERGE_GAP.fullmatch(gap) \
                and not (m.rule == "ntx.kind" and "(" in gap)   # "neurotoxicity (parkinsonism n=2, …)": a kind, no synonym
            # an unrecorded term with its abbreviation is one item of a list too: "the 2-year OS, leukemia-free survival (LFS),
            # and GVHD-free relapse-free survival (GRFS) were 73.5%, 66.8%, and 51.2%, respectively"
            same = same or (p.kind == m.kind == "X" and gap.strip() == "(" and text.startswith(")", m.end))
            mrd_cr = (p.kind == m.kind == "E" and p.endpoint == "mrd_negative"
                      and m.endpoint == "complete_remission" and _MRD_CR_GAP.fullmatch(gap))
            # "CR with undetectable MRD" is an MRD-negative CR too, and so is "CR negative for minimal residual disease"
            # (a CR that was negative for MRD) and "CR without detectable MRD" (the term holds its "without")
            cr_mrd = (p.kind == m.kind == "E" and p.endpoint == "complete_remission" and m.endpoint == "mrd_negative"
                      and (gap.strip().lower() == "with" or (_CR_THAT_WAS.fullmatch(gap) and text.startswith(("negativ", "without"), m.start))))
            mrd_cr = mrd_cr or cr_mrd
            if (p.kind == m.kind == "E" and p.endpoint == "overall_response" and m.endpoint == "complete_remission"
                    and m.attrs.get("includes_cri") and gap.strip() == "(" and text.startswith(")", m.end)):
                # "overall remission rate (CR + CRi)" defines a CR/CRi rate, not an ORR
                p.endpoint, p.rule, p.end = "complete_remission", m.rule, m.end + 1
                p.attrs.update(m.attrs)
                continue
            if same or mrd_cr or (p.start <= m.start and m.end <= p.end):
                p.end = max(p.end, m.end)
                if "(" in gap and text.startswith(")", p.end):
                    p.end += 1    # "progression-free survival (PFS)": the term ends after its abbreviation
                p.attrs.update(m.attrs)
                if mrd_cr:
                    p.endpoint, p.rule = "complete_remission", "cr.mrd"
                    p.attrs["mrd_negative"] = True
                    if "arrow" in gap or "BM" in gap:
                        p.attrs["site"] = "bone marrow"
                continue
        out.append(m)
    return out


# "the maximum grade was 1 in ten patients, 2 in eleven and 3 in three", "CRS grades were 1 in 41 patients, 2 in 29, 3 in 8 and 4
# in 1" (see _grades); in Roman numerals too: "CRS occurred
# in 16 patients (88.9%): grade I in 7, II in 6 and III in 3"
_GRADE_IN_COUNT = rf"{_GRADE_ONE}\s+in\s+\w+(?:\s+{PATIENT})?"
_GRADE_IN_RUN = gate.compile(rf"\bgrades?\s+(?:(?:was|were)\s+)?{_GRADE_IN_COUNT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_GRADE_IN_COUNT})+", re.I | re.A)
_BARE_GRADE_IN = re.compile(rf"(?<![\w.]){_GRADE_ONE}(?=\s+in\s)", re.A)
_OPEN_PAREN = re.compile(r"\s*\(\s*", re.A)   # (see _grades: "Neurotoxicity (grade 3 cerebellar toxicity)")
_CLOSE_PAREN = re.compile(r"\s*\)", re.A)


def _grades(text: str, ms: list[Mention], atoms: list[Atom]) -> None:
    """Bind each grade atom to the term it qualifies ("grade ≥3 CRS", "CRS of any grade",
    "grade 4 neutropenia"), or add it as a free-standing 'G' mention ("grade 1 in 9")."""
    if "rade" in text and (run := _GRADE_IN_RUN.search(text)):
        # the grades after the first bare, each before its count: "the maximum grade was 1 in ten patients, 2 in eleven and
        # 3 in three", "grade 1 in 8, 2 in 9 and 3 in 3": each number before "in" is a grade (no "2 in 11" ratio), the
        # number after it the grade's count
        bare = {b.start(): b for b in _BARE_GRADE_IN.finditer(text, run.start(), run.end())}
        split = []
        for a in atoms:
            if a.kind in ("num", "ratio") and (b := bare.get(a.start)):
                split.append(Atom("grade", b.start(), b.end(), b.group(), {}))
                if a.kind == "ratio" and (c := re.search(r"\d+$", a.text)):
                    cs = a.start + c.start()
                    split.append(Atom("num", cs, a.end, c.group(), {"num": c.group()}, {"n": int(c.group())}))
            else:
                split.append(a)
        # (a bare Roman grade is no number atom: "…, II in 6 and III in 3")
        for b in bare.values():
            if not b.group()[0].isdigit() and not any(a.start <= b.start() < a.end for a in split):
                split.append(Atom("grade", b.start(), b.end(), b.group(), {}))
        atoms[:] = sorted(split, key=lambda a: a.start)
    grades = [a for a in atoms if a.kind == "grade"]
    if not grades:
        return    # no grade: nothing to bind, no 'G' mention to resolve
    for a in grades:
        parts = _grade_list(a, "respectively" in text or GRADE_LIST_COUNTS.match(text, a.end) is not None)
        if parts:
            # all but the last stand alone; the last binds like a single grade
            for gs, ge, gv in parts[:-1]:
                ms.append(Mention("G", None, gs, ge, "grade", {"grade": gv}))
            s0, e0, _ = parts[-1]
            a = Atom("grade", s0, e0, text[s0:e0], {})
        g = atom_value(a).get("grade")
        nxt = next((m for m in ms if m.start >= a.end and m.kind in "EX"), None)
        prv = next((m for m in reversed(ms) if m.end <= a.start and m.kind in "EX"), None)
        if nxt and (_GRADE_BEFORE_TERM.fullmatch(text, a.end, nxt.start) and (nxt.kind == "X" or nxt.endpoint in GRADED)
                    or nxt.kind == "E" and nxt.endpoint == "gvhd" and _GRADE_ORGAN_GVHD.fullmatch(text, a.end, nxt.start)):
            word = not re.search(r"\d|\b[IV]+\b", a.text)
            # chronic GVHD is mild/moderate/severe on its own (NIH) scale, not a grade
            if nxt.kind == "E" and "grade" not in nxt.attrs and not (word and nxt.attrs.get("chronic")):
                nxt.attrs.update(grade=g, _gstart=a.start, _gpre=True, _gword=word)
            if prv and prv.kind == nxt.kind == "E" and prv.endpoint == nxt.endpoint and "grade" not in prv.attrs \
                    and _OPEN_PAREN.fullmatch(text, prv.end, a.start) and _CLOSE_PAREN.match(text, nxt.end):
                # the term's one event named in parentheses with its grade: "Non-ICANS neurotoxicity (grade 3 cerebellar
                # disorder) occurred in one patient", "Neurotoxicity (grade 2 cerebellar toxicity) developed in 1": the term's grade
                prv.attrs.update(grade=g, _gend=a.end)
            continue
        if prv and prv.kind == "E" and prv.attrs.get("_gword") and re.fullmatch(r"\s*\(\s*", text[prv.end:a.start]):
            prv.attrs["grade"] = g    # "Severe CRS (grade 4)": the stated grade wins over the word
            continue
        # (not a severity word after chronic GVHD, its own NIH scale: "cGVHD (mild, skin) 1/24" is of any grade)
        if prv and _GRADE_AFTER_TERM.fullmatch(text, prv.end, a.start) \
                and (prv.kind == "X" or prv.endpoint in GRADED) and "grade" not in prv.attrs \
                and not (prv.attrs.get("chronic") and not re.search(r"\d|\b[IV]+\b", a.text)) \
                and not _COUNT_NEXT.match(text[a.end:a.end + 12]) \
                and not ((c := text.rfind(",", prv.end, a.start)) >= 0 and _COMMA_GRADE_ALL.match(text, c)
                         and any(x.kind in ("num", "ratio") and x.end <= prv.start for x in atoms)) \
                and not (prv.kind == "X" and g == "5" and text[prv.start:prv.end].lower() in ("fatal", "lethal")
                         and _FATAL_GRADE_END.match(text, a.end)):   # ("one fatal (grade 5) event": the term's grade 5)
            if prv.kind == "E":
                prv.attrs.update(grade=g, _gend=a.end)   # (its absence may follow: "ICANS of grade 3 or higher did not occur")
            continue
        ms.append(Mention("G", None, a.start, a.end, "grade", {"grade": g, **({"_gword": True} if not re.search(r"\d|\b[IV]+\b", a.text) else {})}))
    ms.sort(key=lambda m: m.start)
    # a grade before "CRS and ICANS" qualifies both (also each with its value in parentheses: "grade ≥3 CRS (3%) and ICANS (6%)")
    for p, q in zip(ms, ms[1:]):
        if (p.kind == q.kind == "E" and p.attrs.get("_gpre") and q.endpoint in GRADED
                and "grade" not in q.attrs and (_AND_GAP.fullmatch(text, p.end, q.start)
                                                or (_OWN_VALUE_AND.fullmatch(text, p.end, q.start) and _OWN_VALUE_AND.match(text, q.end)))):
            q.attrs["grade"] = p.attrs["grade"]
    # free grades report the graded endpoint named before them (else the next one); after a run of
    # coordinated terms ("CRS and ICANS … , and of grade ≥3, 7% and 21%") the run is kept for _zip
    last, run, asides = None, [], []
    for m in ms:
        if m.kind == "E" and m.endpoint in GRADED:
            run = run + [m] if run and run[-1] is last and _AND_GAP.fullmatch(text, last.end, m.start) else [m]
            last = m
        elif m.kind == "X":
            last = m if m.attrs.get("grade") or m.rule == "x.ae" else last
        elif m.kind == "G":
            ref = last or next((n for n in ms if n.start > m.end and n.kind == "E" and n.endpoint in GRADED), None)
            # "one grade 5 event (pulmonary hemorrhage) was judged unrelated to CRS": not that endpoint's
            rest = text[m.end:m.end + 120].split(";")[0]
            if m.attrs.get("_gword") and ref is not None and ref.attrs.get("chronic") and ref.end <= m.start \
                    and _SEVERITY_ASIDE.fullmatch(text, ref.end, m.start) and text.startswith(",", m.end):
                # "cGVHD, mostly mild, developed in 5 patients": the severity of them all, an aside (no grade, no distractor)
                asides.append(m)
            elif ref is None or ref.kind == "X" or (("related" in rest or "attribut" in rest) and _UNRELATED.search(rest)) \
                    or (m.attrs.get("_gword") and ref.attrs.get("chronic")):
                # ("chronic GVHD … was moderate or severe in four": the NIH severity scale, no grade)
                m.kind = "X"
            else:
                m.endpoint = ref.endpoint
                m.rule = ref.rule
                m.attrs.update({k: v for k, v in ref.attrs.items() if k in ("acute", "chronic")})
                if m.endpoint == "gvhd" and (kind := _GVHD_KIND_BEFORE.search(text, max(0, m.start - 10), m.start)):
                    m.attrs[kind.group(1).lower()] = True   # ("GVHD: 1 patient (8.3%), acute grade I (skin)")
                if len(run) > 1 and run[-1] is ref:
                    m.attrs["_run"] = tuple(run)
    if asides:
        ms[:] = [m for m in ms if not any(m is x for x in asides)]


# "including one fatal (grade 5) event", "one of which was fatal (grade 5).": the deaths of the graded term named before
_FATAL_GRADE_END = re.compile(r"\s*\)\s*(?:(?:events?|cases?|episodes?)\b|[;,.]|$)", re.I | re.A)
_SEVERITY_ASIDE = re.compile(r"\s*,\s*(?:(?:mostly|mainly|largely|predominantly|all|generally)\s+)?", re.I | re.A)
_GVHD_KIND_BEFORE = re.compile(r"\b(acute|chronic)\s+$", re.I | re.A)
_UNRELATED = gate.compile(r"\b(?:unrelated|not\s+(?:related|attributed|attributable))\s+to\b", re.I | re.A)


def _grade_list(a: Atom, respectively: bool) -> list[tuple[int, int, str]] | None:
    """'Grade 1, 2, and 3' → [(start, end, '1'), …, '3']; 'grade 1 and 2 …, respectively'
    likewise; None for a single grade or a band ('grade 1 and 2 CRS in 15')."""
    # (any grade first: "CRS of any grade and grade ≥3 occurred in 84.7% and 7.4% …, respectively" → 'any', '>=3')
    if respectively and (k := _ANY_AND_GRADE.fullmatch(a.text)):
        return [(a.start, a.start + k.end("any"), "any"), (a.start + k.start("g"), a.end, normalise_grade(k.group("g")))]
    m = re.fullmatch(r"((?:grades?|gr\.?)\s*)(.+)", a.text, re.I)
    if not m or not ("," in m.group(2) or (respectively and re.search(r"\band\b", m.group(2)))):
        return None
    out = []
    # each listed item is a grade or a band: "grade 1-2 and grade 3-4 …, respectively"
    for k in _GRADE_ITEM.finditer(m.group(2)):
        s0 = a.start + m.start(2) + k.start()
        out.append((s0, s0 + len(k.group()), "0" if k.group().endswith("0") else normalise_grade(k.group())))
    return out if len(out) >= 2 else None


_ANY_AND_GRADE = re.compile(r"(?P<any>(?:any|all)[\s-]grades?)\s+(?:and|or)\s+(?P<g>.+)", re.I | re.A)
# (a grade and above, "≥3", and grade 0 are items too: "CRS of grade 0, 1-2 and ≥3 occurred in 4, 33 and 5 patients, respectively")
_GRADE_ITEM = re.compile(r"(?<![\w≥>])(?:(?:grades?|gr\.?)\s*)?(?:(?:≥|>=)\s*)?(?:[1-5]|IV|V|III|II|I|0(?![\d.]))(?:\s*(?:-|to|/)\s*(?:[1-5]|IV|V|III|II|I))?(?![\w])", re.A)


# a bare median after a survival estimate names that estimate's median: "The 6-month progression-free survival was 74%
# (95% CI, 53-87), and the median was 11.2 months (95% CI, 7.9-not reached)", "EFS at 12 months was 58%, with a median
# of 15.1 months" (a duration or "not reached" must follow: "a median of 3 prior lines" is no survival); or a pair by
# subgroup in parentheses: "The PFS benefit was consistent across subgroups, including patients with high-risk
# cytogenetic abnormalities (median, 14.9 v 4.8 months)"
_BARE_MEDIAN = gate.compile(r"(?:\b(?:the|a)\s+|\(\s*)(?P<m>median)(?:\s+(?:was|is|of)|\s*[,:])\s+(?=\d+(?:\.\d+)?\s*(?:months?|mo)\b|"
                            r"\d+(?:\.\d+)?\s+(?:vs?\.?|versus)\s+\d+(?:\.\d+)?\s*(?:months?|mo)\b|not\s+(?:yet\s+)?(?:been\s+)?reached"
                            # (each median with its CI in square brackets: "(median, 14.7 [95% CI, 9.3-not reached] vs 2.9 [95% CI,
                            # 2.3-4.1] months")
                            r"|\d+(?:\.\d+)?\s*\[[^\[\]]{1,40}\]\s*(?:vs?\.?|versus)\s+\d+(?:\.\d+)?\s*\[[^\[\]]{1,40}\]\s*(?:months?|mo)\b)",
                            re.I | re.A)


def _bare_median(text: str, ms: list[Mention]) -> None:
    """A bare "the median was …" after a survival term in the sentence is a median of that term."""
    for k in _BARE_MEDIAN.finditer(text):
        prv = next((m for m in reversed(ms) if m.end <= k.start()), None)
        if prv is None or prv.kind != "E" or prv.endpoint not in SURV or any(
                m.start < k.end() and m.end > k.start() for m in ms):
            continue
        ms.append(Mention("E", prv.endpoint, k.start("m"), k.end("m"), prv.rule, {"median": True}))
        ms.sort(key=lambda m: m.start)


def _landmarks(text: str, ms: list[Mention], atoms: list[Atom]) -> None:
    """Bind survival landmarks: '2-year OS', 'OS at 12 months'; a survival term after
    'A and' inherits A's landmark ('the 1-year OS and LFS')."""
    for a in atoms:
        if a.kind != "lm":
            continue
        months = atom_value(a).get("months")
        nxt = next((m for m in ms if m.start >= a.end), None)
        prv = next((m for m in reversed(ms) if m.end <= a.start), None)
        if nxt and nxt.kind == "E" and nxt.endpoint in SURV and _LM_BEFORE_TERM.fullmatch(text, a.end, nxt.start):
            nxt.attrs.setdefault("months", months)
            a.groups["_bound"] = True
            # "the 1- and 2-year OS": numbers listed before the landmark share its unit
            lst = _LM_PREFIX_LIST.search(text, max(0, a.start - 30), a.start)
            if lst:
                for v in re.finditer(r"\d+", text[lst.start():lst.end()]):
                    ms.append(Mention("E", nxt.endpoint, lst.start() + v.start(), lst.start() + v.end(), nxt.rule,
                                      {"months": to_months(int(v.group()), a.groups.get("lu") or "year")}))
            # earlier landmarks coordinated with this one name the same endpoint
            k = atoms.index(a)
            while k > 0 and atoms[k - 1].kind == "lm" and _LM_LIST_GAP.fullmatch(text, atoms[k - 1].end, atoms[k].start):
                k -= 1
                lm = atoms[k]
                lm.groups["_bound"] = True
                ms.append(Mention("E", nxt.endpoint, lm.start, lm.end, nxt.rule,
                                  {"months": atom_value(lm).get("months")}))
            ms.sort(key=lambda m: m.start)
        elif prv and prv.kind == "E" and prv.endpoint in SURV and _LM_AFTER_TERM.fullmatch(text, prv.end, a.start):
            if "months" not in prv.attrs:
                prv.attrs.update(months=months, _lm_after=True)
            a.groups["_bound"] = True
            listed = atom_value(a).get("months_list")
            if listed and "months" not in prv.attrs.get("_listed", ()):
                # the term stands for each listed landmark, placed at that landmark's number
                nums = list(re.finditer(NUM, a.groups["lvl"]))
                base = a.start + a.text.index(a.groups["lvl"])
                ms.remove(prv)
                for k, mo in zip(nums, listed):
                    ms.append(Mention("E", prv.endpoint, base + k.start(), base + k.end(), prv.rule,
                                      {**prv.attrs, "months": mo, "_listed": ("months",)}))
                ms.sort(key=lambda m: m.start)
    # coordinated survival terms ("the 1-year OS and LFS", "the EFS and OS at 24 months")
    coord = [(p, q) for p, q in zip(ms, ms[1:]) if p.kind == q.kind == "E" and p.endpoint in SURV
             and q.endpoint in SURV and _SURV_COORD.fullmatch(text, p.end, q.start)] if len(ms) > 1 else ()
    for p, q in coord:
        if "months" in p.attrs and "months" not in q.attrs:
            q.attrs["months"] = p.attrs["months"]
        if p.attrs.get("median") and "months" not in q.attrs:
            q.attrs["median"] = True
    # a landmark after the last of them is each one's
    for p, q in reversed(coord):
        if q.attrs.get("_lm_after") and "months" not in p.attrs and not p.attrs.get("median"):
            p.attrs.update(months=q.attrs["months"], _lm_after=True)
    # each later term of a telegraphic list of rates takes the first one's landmark (_SURV_RATE_LIST_GAP)
    for p, q in zip(ms, ms[1:]):
        if p.kind == q.kind == "E" and p.endpoint in SURV and q.endpoint in SURV and "months" in p.attrs \
                and "months" not in q.attrs and not p.attrs.get("median") and not q.attrs.get("median") \
                and _SURV_RATE_LIST_GAP.fullmatch(text, p.end, q.start) and _RATE_NEXT.match(text, q.end):
            q.attrs["months"] = p.attrs["months"]


_CORRESPONDING = gate.compile(r"\bthe\s+corresponding\s+$", re.I | re.A)
_SAME_LANDMARKS = gate.compile(r"\s+at\s+the\s+same\s+(?:landmarks?|time\s?points?|intervals?)\b", re.I | re.A)


def _corresponding(text: str, ms: list[Mention], atoms: list[Atom]) -> None:
    """'OS at 1, 2 and 3 years was a, b and c, respectively, and the corresponding EFS rates were
    d, e and f' (or 'EFS … at the same landmarks was d, e and f'): a survival term after "the
    corresponding" or before "at the same landmarks" stands for each landmark of the survival
    term(s) before it, when it is followed by as many percents as there are landmarks. So does a term
    coordinated after one with listed landmarks ("EFS at 1 and 3 years was a and b, and OS was c and d")."""
    for m in list(ms):
        if m.kind != "E" or m.endpoint not in SURV or "months" in m.attrs or m.attrs.get("median"):
            continue
        coord = _AND_TERM.search(text, max(0, m.start - 12), m.start)
        if not (coord or _CORRESPONDING.search(text, max(0, m.start - 20), m.start) or _SAME_LANDMARKS.match(text, m.end)):
            continue
        prev = [p for p in ms if p.end <= m.start and p.kind == "E" and p.endpoint in SURV and "months" in p.attrs]
        months = [p.attrs["months"] for p in prev if p.endpoint == prev[-1].endpoint] if prev else []
        if coord and len(months) < 2:
            continue   # one landmark carried over is _item's
        nxt = next((q.start for q in ms if q.start >= m.end), len(text))
        pcts = [a for a in atoms if a.kind == "pct" and m.end <= a.start < nxt]
        if not months or len(pcts) != len(months):
            continue
        if len(months) == 1:
            m.attrs["months"] = months[0]
            continue
        # one mention per landmark, side by side inside the term, zipped with the percents in turn
        ms.remove(m)
        k = len(months)
        for i, mo in enumerate(months):
            ms.append(Mention("E", m.endpoint, m.start + i, m.start + i + 1 if i < k - 1 else m.end, m.rule,
                              {**m.attrs, "months": mo, "_listed": ("months",)}))
        ms.sort(key=lambda x: x.start)


_THEY = gate.compile(r"\b(?:they|these)\s+were\b", re.I | re.A)
_LM_BEFORE_THEY = re.compile(r"\s*,?\s*$", re.A)


def _they_were(text: str, ms: list[Mention], atoms: list[Atom]) -> None:
    """'The 12-month EFS and OS were a and b, respectively; at 24 months, they were c and d':
    "they" after a landmark of its own stands for the survival terms coordinated before it,
    when as many percents follow as there are terms."""
    for t in _THEY.finditer(text):
        if _GROUP_THEY.search(text, max(0, t.start() - 50), t.start()):
            _they_group(text, t, ms, atoms)
            continue
        lm = next((a for a in atoms if a.kind == "lm" and not a.groups.get("_bound") and a.end <= t.start()
                   and _LM_BEFORE_THEY.fullmatch(text, a.end, t.start())), None)
        prev = [p for p in ms if p.end <= lm.start and p.kind == "E" and p.endpoint in SURV] if lm else []
        if not prev or any(lm.start <= p.start < t.start() for p in ms):
            continue
        run = [prev[-1]]
        while len(run) < len(prev) and _SURV_COORD.fullmatch(text, prev[-len(run) - 1].end, run[0].start):
            run.insert(0, prev[-len(run) - 1])
        eps = list(dict.fromkeys(p.endpoint for p in run))
        nxt = next((q.start for q in ms if q.start >= t.end()), len(text))
        pcts = [a for a in atoms if a.kind == "pct" and t.end() <= a.start < nxt]
        months = atom_value(lm).get("months")
        if months is None or len(pcts) != len(eps):
            continue
        lm.groups["_bound"] = True
        k = len(eps)
        for i, ep in enumerate(eps):
            ms.append(Mention("E", ep, t.start() + i, t.start() + i + 1 if i < k - 1 else t.end(), run[0].rule,
                              {"months": months, "_listed": ("months",)}))
        ms.sort(key=lambda x: x.start)


# "In MCL, the ORR and CR rate were 87.5% (21/24) and 66.7% (16/24); in FL, they were 93.8% (15/16) and 75.0% (12/16)":
# "they" after another group's opener stands for the terms coordinated before it
_GROUP_THEY = gate.compile(r"[;,]\s*(?:and\s+)?(?:in|among|for)\s+(?:the\s+)?[\w/+-]{1,20}(?:\s+[\w/+-]+){0,2}?\s*,\s*$", re.I | re.A)
_TERM_COORD = re.compile(r"\s*(?:rates?\s+)?(?:,\s*)?(?:and|,|/)\s*(?:the\s+)?", re.A)


def _they_group(text: str, t, ms: list[Mention], atoms: list[Atom]) -> None:
    prev = [p for p in ms if p.end <= t.start() and p.kind == "E" and not p.pop and not p.negated]
    if not prev or any(p.start >= t.start() for p in ms if p.start < t.end()):
        return
    run = [prev[-1]]
    while len(run) < len(prev) and _TERM_COORD.fullmatch(text, prev[-len(run) - 1].end, run[0].start):
        run.insert(0, prev[-len(run) - 1])
    if len(run) < 2 or len({p.endpoint for p in run}) != len(run):
        return
    nxt = next((q.start for q in ms if q.start >= t.end()), len(text))
    pcts = [a for a in atoms if a.kind == "pct" and t.end() <= a.start < nxt]
    if len(pcts) != len(run):
        return
    for i, p in enumerate(run):
        ms.append(Mention("E", p.endpoint, t.start() + i, t.start() + i + 1 if i < len(run) - 1 else t.end(), p.rule,
                          {k: v for k, v in p.attrs.items() if not k.startswith("_")} | {"_listed": ()}))
    ms.sort(key=lambda x: x.start)


_ESTIMATES_OF = gate.compile(r"\s*(?:rates|estimates|probabilities)\s+of\s+", re.I | re.A)


def _estimates_of(text: str, ms: list[Mention], atoms: list[Atom]) -> None:
    """"EFS plateaued, with 2-year and 3-year estimates of 58.6% and 52.0%" ("with 1- and 2-year rates of
    a and b"): listed landmarks before "estimates/rates of", after a survival term with no term in between,
    take that term's percents in turn when as many follow as there are landmarks."""
    for i, a in enumerate(atoms):
        x = _ESTIMATES_OF.match(text, a.end) if a.kind == "lm" and not a.groups.get("_bound") else None
        if x is None or atom_value(a).get("months") is None:
            continue
        lms = [a]
        while i - len(lms) >= 0 and atoms[i - len(lms)].kind == "lm" and _LM_LIST_GAP.fullmatch(text, atoms[i - len(lms)].end, lms[0].start):
            lms.insert(0, atoms[i - len(lms)])
        months = [atom_value(b).get("months") for b in lms]
        lst = _LM_PREFIX_LIST.search(text, max(0, a.start - 30), a.start) if len(lms) == 1 else None
        if lst:   # "1- and 2-year rates of"
            months = [to_months(int(v.group()), a.groups.get("lu") or "year")
                      for v in re.finditer(r"\d+", text[lst.start():lst.end()])] + months
        prv = next((m for m in reversed(ms) if m.end <= lms[0].start), None)
        nxt = next((q.start for q in ms if q.start >= x.end()), len(text))
        pcts = [b for b in atoms if b.kind == "pct" and x.end() <= b.start < nxt]
        if prv is None or prv.kind != "E" or prv.endpoint not in SURV or len(months) < 2 or len(pcts) != len(months):
            continue
        for b in lms:
            b.groups["_bound"] = True
        k = len(months)
        for j, mo in enumerate(months):
            ms.append(Mention("E", prv.endpoint, x.start() + j, x.start() + j + 1 if j < k - 1 else x.end(), prv.rule,
                              {"months": mo, "_listed": ("months",)}))
        ms.sort(key=lambda m: m.start)


# ---------------------------------------------------------------- clauses and groups
_TIME_POINT_END = re.compile(r"\b(?:day|week|month|year)s?\s+\d+$", re.I | re.A)
_CLAUSE_RE = gate.compile(
    r";|:\s|,\s+(?:and|with|whereas|while|including|but|although|though|yet"
    r"|without\s+(?:(?:an?|any|significant|meaningful|clear|apparent)\s+){0,2}(?:excess|difference|increase))\b"   # (", without excess among …")
    r"|\s(?:whereas|while)\s", re.I | re.A)


_VALUE = r"\d+(?:\.\d+)?(?:/\d+|\s*%)?(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
_VALUE_LIST_END = re.compile(rf"(?<![\w.]){_VALUE},\s+{_VALUE}\s*$", re.A)
_NAME_ASIDE = re.compile(r"\(\s*[A-Za-z][\w-]{0,12}\s*$", re.A)
_DEFINITION_REST = re.compile(r"[^()\d;:]{1,40}\)", re.A)
# (or a rate: "the overall response rate (ORR) was 92% (FL, 94%; MZL, 77%)"; or a dose naming the item: "achieved CR by day 28
# (1 × 10(6)/kg, 7/9 [77.8%]; 3 × 10(6)/kg, 18/20 [90.0%])", "(1 × 10^6/kg, 7/9; 3 × 10^6/kg, 18/20)")
# (or an age bound naming the item: "CRS of any grade occurred in 82.3% (≥70 years, 87.1%; <70 years, 80.7%)", "(≥60 y, 14%; <60 y, 8%)")
# (or a slashed lineage: "responses were seen in every lineage (B/T, 9/9; T/myeloid, 5/6; B/myeloid, 3/4)")
_PAREN_ITEM = re.compile(r"\s*(?:[A-Za-z][\w-]*(?:/[A-Za-z][\w-]*)?|[\u2265\u2264<>]=?\s?\d+(?:\s*(?:years?|yrs?|y))?|\d+(?:\.\d+)?\s*[\u00d7x]\s*10[^\s,;:]{1,12}(?:\s+(?:CAR[\s+-]?T\s+)?cells(?:/kg)?)?)\s*(?:[,:]\s*\d+/\d+|,\s*\d+(?:\.\d+)?\s?%)", re.A)
# (in square brackets, the group's name right before its share: "[auto 17/21 (81.0%); donor-derived 14/17 (82.4%)]")
_BRACKET_ITEM = re.compile(r"\s*[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*)?[\s,:]+\d+/\d+", re.A)
# "ORR and CR were 18/22 and 13/22 in DLBCL, 10/11 and 9/11 in MCL, and 6/8 and 2/8 in CLL": a list of value pairs,
# each with its group; its ", and" before the last pair is no clause break (the pairs zip to the terms in turn)
_PAIR_VALUE = r"\d+(?:\.\d+)?(?:/\d+|\s?%)?(?:\s*\([^()]{1,20}\))?"
_GROUP_PAIR_END = gate.compile(rf"(?<![\w.]){_PAIR_VALUE}\s+(?:and|vs\.?|versus)\s+{_PAIR_VALUE}\s+(?:in|among|for)\s+(?:the\s+)?"
                               r"[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,2}\s*$", re.I | re.A)
# "…were: LBCL 83.9% and 61.3%, MCL 90.9% and 72.7%, FL …": each group named before its pair of values
_NAMED_VALUE_PAIR = gate.compile(rf"(?:[:;,]\s*(?:and\s+)?)(?P<sub>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,2}}?)\s*,?\s*(?P<a>{_PAIR_VALUE})\s+and\s+"
                           rf"(?P<b>{_PAIR_VALUE})(?=\s*(?:[,;.]|$))", re.A)


def _name_pairs(text: str, groups: list[Group]) -> None:
    """After a colon, pairs of values each opened by its group's name: the name is both values' group."""
    colon = text.find(": ")
    at = {g.start: g for g in groups}
    for k in _NAMED_VALUE_PAIR.finditer(text, colon):
        a, b = at.get(k.start("a")), at.get(k.start("b"))
        if a is not None and b is not None and a.arm is None and b.arm is None and not k.group("sub")[0].isdigit():
            a.arm = b.arm = k.group("sub")


_COPULA_COLON = re.compile(r"(?:\b(?:were|was|are|is)|\bby\s+[a-z][\w-]*)\s*$", re.I | re.A)
_GROUP_PAIR_START = re.compile(rf"\s*(?P<sub>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,2}}?)\s*,?\s*{_PAIR_VALUE}\s+(?:and|vs\.?|versus)\s+{_PAIR_VALUE}", re.A)
_GROUP_PAIR_NEXT = gate.compile(rf"\s*{_PAIR_VALUE}\s+(?:and|vs\.?|versus)\s+{_PAIR_VALUE}\s+(?:in|among|for)\s", re.I | re.A)
# "ORRs were 50.0% (2/4) at DL1, 77.8% (7/9) at DL2, and 96.1% (49/51) at DL3, where 40 of 51 patients (78.4%) reached ≥CR",
# "80% in children, 70% in adolescents, and 60% in adults": a list of values each with its group; its ", and" before the
# last item is no clause break (the last value is the list's term's, not the next term's)
_GROUP_VALUE = rf"{_PAIR_VALUE}\s+(?:at|in|among|for)\s+(?:the\s+)?[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,2}}?"
_GROUP_VALUE_END = gate.compile(rf"(?<![\w.]){_GROUP_VALUE}\s*$", re.I | re.A)
_GROUP_VALUE_NEXT = gate.compile(rf"\s*{_GROUP_VALUE}(?=\s*[,;.]|\s*$)", re.I | re.A)


# (the sentence opens with the list: "… at DL1, and 4 of 5 at DL2 had ICANS" after a term is a second clause)
_COUNT_AT_LEVEL = gate.compile(rf"\s*(?:all\s+)?\d+(?:\s+of\s+(?:the\s+)?\d+|/\d+)?\s+(?:[\w-]+\s+)?(?:at|in|with)\s+(?:the\s+)?{_LEVEL_NAME}\b",
                              re.I | re.A)
_COUNT_AT_LEVELS = gate.compile(rf"(?:{_COUNT_AT_LEVEL.pattern}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*{_COUNT_AT_LEVEL.pattern}", re.I | re.A)


# a grade and its count after a colon in the graded term's parenthesis, items cut by semicolons: "CRS (grade 1-2: 17 patients;
# grade 3: 2 patients) and neurotoxicity (grade 1-2: 3 patients) were reversible" (b229-03c), "(grade ≥3: n = 2)" (see _clauses)
_GRADE_AT = r"(?:grades?|gr\.?)\s*(?:[\u2265\u2264<>]=?\s*)?(?:\d|[IV]{1,3}\b)[^,;:()]{0,8}"
_COLON_COUNT = r"\s*(?:[nN]\s*=\s*)?\d+(?![\d.%/])"
_GRADE_BEFORE_COLON = re.compile(rf"\b{_GRADE_AT}$", re.I | re.A)
_COUNT_AFTER_COLON = re.compile(_COLON_COUNT, re.A)
_GRADE_COLON_COUNT = re.compile(rf"\s*{_GRADE_AT}:{_COLON_COUNT}", re.I | re.A)   # (the next item, after a semicolon)


def _clauses(text: str, atoms: list[Atom], asides=()) -> list[tuple[int, int]]:
    cuts = [0]
    pair_list = False
    for m in _CLAUSE_RE.finditer(text):
        if any(a.start <= m.start() < a.end for a in atoms) or any(lo <= m.start() < hi for lo, hi in asides):
            continue
        # "(DL1, 3/5; DL2, 7/8)": the items of a list in parentheses are one clause
        if m.group() == ";" and _PAREN_ITEM.match(text, m.end()) and (
                text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
                # (a dose's "10(6)" closed inside the list: "(1 × 10(6)/kg, 7/9 [77.8%]; 3 × 10(6)/kg, …)")
                or "10(" in text and any(a < m.start() < b for a, b in _parens(text))):
            continue
        # "CR/CRi 31/38 (81.6%) [auto 17/21 (81.0%); donor-derived 14/17 (82.4%)]": the groups' shares listed in square
        # brackets are one clause too
        if m.group() == ";" and text.rfind("[", 0, m.start()) > text.rfind("]", 0, m.start()) and _BRACKET_ITEM.match(text, m.end()):
            continue
        # "8, 5, and 2 patients" is one list, not two clauses
        # (not a time point's number before ", with" a count: "… in 40/43 (93.0%) at day 30, with 37 patients MRD-negative")
        if m.group().startswith(",") and _NUM_END.search(text, max(0, m.start() - 12), m.start()) and _NUM_START.match(text, m.end()) \
                and not (m.group().lower().endswith("with") and _TIME_POINT_END.search(text, max(0, m.start() - 16), m.start())):
            continue
        # "0/6, 21/28 (75.0%), and 16/18 (88.9%) at DL1, DL2, and DL3": a list of values with their percents
        if m.group().startswith(",") and ")" in text[max(0, m.start() - 2):m.start()] and _NUM_START.match(text, m.end()) \
                and _VALUE_LIST_END.search(text, max(0, m.start() - 45), m.start()):
            continue
        # "18/22 and 13/22 in DLBCL, …, and 6/8 and 2/8 in CLL": one list of value pairs by group
        if m.group()[:1] == "," and m.group()[-3:].lower() == "and" and _GROUP_PAIR_NEXT.match(text, m.end()) \
                and _GROUP_PAIR_END.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m.group()[:1] == "," and m.group()[-3:].lower() == "and" and _GROUP_VALUE_NEXT.match(text, m.end()) \
                and _GROUP_VALUE_END.search(text, max(0, m.start() - 50), m.start()):
            continue   # "77.8% (7/9) at DL2, and 96.1% (49/51) at DL3": one list of values by group
        # "Best ORR and CR rates by histology were: LBCL 83.9% and 61.3%, MCL …": a colon after the copula (or a "by"
        # phrase) opens the terms' values, no clause of its own
        # (its items may be cut by semicolons: "were: LBCL, 83.9% and 61.3%; MCL, 90.9% and 72.7%")
        if (m.group()[:1] == ":" and _COPULA_COLON.search(text, max(0, m.start() - 20), m.start())
                or m.group() == ";" and pair_list) and (k := _GROUP_PAIR_START.match(text, m.end())) and " and " not in k.group("sub"):
            pair_list = True
            continue
        # "2 of 3 patients at DL1, 4 of 5 at DL2, and all 6 at DL3 achieved CR": one list of per-level counts
        if m.group().startswith(",") and _COUNT_AT_LEVEL.match(text, m.end()) and _COUNT_AT_LEVELS.fullmatch(text, 0, m.start()):
            continue
        # "30 (81%; 95% CI 65–92) were MRD negative": a rate's CI after a semicolon in its parentheses
        if m.group() == ";" and any(0 <= a.start - m.end() <= 2 and a.kind in ("ci", "bci") for a in atoms) \
                and text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue
        # "… and in those with relapsed disease (23 of 35; 65.7%)": a count's percent after a semicolon in its parentheses
        if m.group() == ";" and any(0 <= m.start() - a.end <= 1 and a.kind == "frac" for a in atoms) \
                and any(0 <= a.start - m.end() <= 2 and a.kind == "pct" for a in atoms) \
                and text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue
        # "CRS (grade 1-2: 17 patients; grade 3: 2 patients)", "(grade ≥3: n = 2)": each grade's count after its colon, the
        # grades in one parenthesis one list (read as "grade 1-2, 17 patients; grade 3, 2 patients")
        if (m.group()[:1] == ":" and _GRADE_BEFORE_COLON.search(text, max(0, m.start() - 16), m.start()) and _COUNT_AFTER_COLON.match(text, m.end())
                or m.group() == ";" and _GRADE_COLON_COUNT.match(text, m.end())) \
                and text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue
        # "(MRD; <0.01%)": a name's aside going on after a semicolon
        if m.group().startswith(";") and _NAME_ASIDE.search(text, max(0, m.start() - 16), m.start()):
            continue
        # "The composite complete remission (cCR: CR plus CRi) rate …": a name's definition after a colon, no number in it
        if m.group().startswith(":") and _NAME_ASIDE.search(text, max(0, m.start() - 16), m.start()) \
                and _DEFINITION_REST.match(text, m.end()):
            continue
        # "neurotoxic events, including ICANS and cerebellar toxicity, occurred in 11": an aside of examples
        if m.group()[-1:] in "gG" and text[m.start() - 1:m.start()].isalpha() and _EXAMPLES.match(text, m.start()):
            continue
        cuts.append(m.start())
    cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _clause_of(clauses, pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return clauses[-1]


_FILLER = gate.compile(
    rf"[\s(),;:=\[\]]*(?:(?:of\s+)?(?:all\s+|the\s+|these\s+)?(?:[\w-]+\s+){{0,2}}?{PATIENT}\b)?[\s(),;:=\[\]]*", re.I | re.A)
# ("EM PR in 3 on PET-CT", "CR in 9 at day 28": a count, then where or when it was assessed)
_AFTER_IN = gate.compile(r"\s*(?:[,;.):]|-\s|$|\(|and\b|or\b|vs\b|versus\b|of\b|on\b|at\b|by\b|" + PATIENT + r"\b)", re.I | re.A)
_HEADS = {"frac", "pct", "all", "neq", "dur"}
# a count's percent in brackets, the house style of some journals: "8 [72.7%] reached extramedullary CR and 2 [18.2%] PR"
_OPEN_BRACKET = re.compile(r"\s*\[\s*", re.A)
# a count, "of whom", then its percent: "16 patients (88.9%) achieved CR or CRi, 14 of whom (77.8%) had MRD-negative CR"
_OF_WHOM_PAREN = re.compile(r"\s+of\s+(?:whom|them|these)\s*\(\s*", re.A)
_OF_GRADE = re.compile(r"\s+of\s+", re.A)
_OF_THEM_TERM = gate.compile(r"\s+of\s+(?:them|these|those)\s+(?:(?:were|was|being|having|had|with|achieving|attaining|in)\s+)?(?:an?\s+)?",
                             re.I | re.A)
_OF_THEM_WITH = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:with|achieving|attaining)\s+(?:an?\s+)?", re.I | re.A)
_SEMI_OPENER = gate.compile(r";\s*(?:among|in|for)\s+[^,;()\d]{1,60},\s*$", re.I | re.A)
# ("including one death from grade 5 CRS", "2 deaths due to grade 5 ICANS": deaths counted by the grade that caused them)
_WITH_GRADE = gate.compile(r"\s+(?:(?:of\s+(?:them|whom)\s+)?(?:with|having|experiencing)|(?:deaths?|fatalit(?:y|ies))\s+"
                           r"(?:from|due\s+to|of|caused\s+by|attributed\s+to|related\s+to))\s+(?:an?\s+)?", re.I | re.A)
# a grade, then its count in each of two groups: "CRS: 101 (cilta) and 78 (ide) pts, gr ≥3 in 6 and 3", "ICANS was seen in 19
# cilta-cel and 15 ide-cel pts (gr ≥3: 4 vs 2)", "grade 3 or higher in 5 versus 1 patients"
_GRADE_COUNT_PAIR = gate.compile(rf"\s*(?:[,:]\s*|\s+in\s+)(?P<a>\d+)\s+(?:vs\.?|versus|v|and)\s+(?P<b>\d+)(?!\d|\.\d|\s?%)"
                                 rf"(?=\s*(?:[.;,)]|$|(?:{PATIENT})\b(?!\s+(?:with|who|in|at)\b)|,?\s*respectively))", re.I | re.A)
_GRADE_THEN_COUNT = re.compile(r"\s*[,:]?\s*", re.A)
# ("gr I-II 6, gr III 1;": a count right after its grade, then the next item or the end; also the next grade's absence,
# "G1-2 26, G3 3, no G4", "ICANS: G1 2, G2 1, none ≥G3")
# (or the grading system's name closing the breakdown: "CRS: grade 1, 24; grade 2, 15; grade 3, 2 (ASTCT).")
# (or a full stop before a run-in sentence opened in lower case, left in the same sentence: "ICANS: G1–2 5 (13.2%); G≥3 0.
# aGVHD (donor-derived, n=17): …")
_BREAKDOWN_END = re.compile(rf"\s*(?:[;)]|{PATIENT}\b)|[,.]?\s*$|\.\s+(?=[a-z][A-Z])|\s*\((?:per\s+)?[A-Za-z][A-Za-z -]{{1,30}}\)\s*(?:[.;]|$)|(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:no|none)\s+)?(?:[\u2265>]=?\s?)?(?:[Gg]r|[Gg]rade\b|G(?=\s?[\u2265>]?=?\s?(?:[1-5]|I)))", re.A)   # (a poster's "Gr1 11, Gr2 4")
_PCT_LABEL_FRAC = gate.compile(r"\s*\(\s*(?P<sub>DL\s?-?\d+[a-z]?|(?:dose\s+level|cohort|arm|phase|group)\s+(?:\d+|[A-D]|I{1,3}V?))\s*[,:;]\s*",
                               re.I | re.A)
_PAREN_CLOSE = re.compile(r"\s*\)", re.A)
# the term's abbreviation opening its parentheses, then the count's percent: "with 6 complete responses (CRs; 50.0%) and 3 partial
# responses (PRs; 25.0%)", "12 complete remissions (CR, 40%)"
_ABBR_THEN_PCT = re.compile(r"\s*[;,:]\s*", re.A)
# "67% at the 25 × 10^6 dose (", "80% in patients with prior CAR-T (": a percent's group, then its count in parentheses
_PCT_GROUP_FRAC = gate.compile(r"\s+(?:at|in|among|with|for|on|by)\s+(?P<sub>[^%();,:=]{1,50}?)\s*\(\s*", re.I | re.A)
# "86% overall (185/215)", "72% in total (36 of 50)", "80% in all patients (40/50)": the whole cohort named, then the count
_PCT_OVERALL_FRAC = gate.compile(r"\s+(?:overall|in\s+total|in\s+all(?:\s+(?:patients|pts|evaluable\s+patients))?|in\s+the\s+whole\s+cohort)\s*\(\s*",
                                 re.I | re.A)
_FRAC_CLOSE = re.compile(r"\s*(?:[A-Za-z-]+\s*){0,3}\)", re.A)
_DOSE_GROUP = re.compile(r"(?:the\s+)?(?P<d>\d[\d.]*\s*(?:x|\u00d7)\s*10\^?\(?\d+\)?(?:\s*(?:CAR[\s+-]*T?\s*)?cells(?:/kg)?)?)(?:\s+dose(?:\s+level)?)?",
                         re.I | re.A)
_OF_DENOM = re.compile(r"\s*\)?\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?", re.A)
_SPACES = re.compile(r"\s+", re.A)
_CLOSE_THEN_SPACES = re.compile(r"\s*[)\]]\s+", re.A)   # (a count's percent closed, then its grade: "one (1.0%) grade 3")
# nouns whose kinds or places a breakdown lists: "extramedullary involvement (CNS in 8, testis in 4)",
# "isolated CNS (n = 8) or testicular (n = 3) relapse"
_SITE_NOUNS = r"(?:involvement|disease|relapses?|lesions?|infiltration)"
_SITE_ASIDE = gate.compile(rf"\b(?:{_SITE_NOUNS}|sites?)\s*\($", re.I | re.A)
def _subjects(rx: re.Pattern, flat: str, doses) -> Iterator[re.Match]:
    """``rx.finditer(flat)``, but a match opening on a dose's number ("1x10^6 cells/kg and two patients received")
    is read again from after that number, so the count it swallowed ("two patients") is a subject of its own."""
    pos = 0
    while (sm := rx.search(flat, pos)) is not None:
        yield sm
        d = next((d for d in doses if d.start <= sm.start() < d.end), None) if doses else None
        pos = max(sm.start() + 1, min(sm.end(), d.end)) if d is not None else max(sm.end(), sm.start() + 1)


# a survival estimate by response, then the groups and their values after a colon: "12-month PFS by day-28 response: CR 83.3%
# vs no CR 31.3%", "1-year PFS by best response: CR 75% vs PR 40%", "Median PFS by response at day 28: CR 24.1 months vs
# non-CR 5.2 months"
_BY_RESPONSE_LIST = re.compile(r"\s+(?:according\s+to|by)\s+(?:(?:the\s+)?(?:best|overall|[\w-]*\d[\w-]*)\s+)?(?:response|remission)(?:\s+status)?"
                               r"(?:\s+(?:at|on)\s+(?:day|month|week)\s+\d+)?\s*:[^:()]+", re.I | re.A)
_SURV_THEN_NAME = re.compile(r"\s*,?\s*(?:(?:in|among|for|by)\s+)?", re.A)
_VERSUS_NON = re.compile(r"\s+(?:vs\.?|versus|v)\s+(?:non-?|no\s+|without\s+)?", re.I | re.A)
# (the pair's second name, then its values: "CR vs non-CR: 19.7 v 3.4 mo", "CR v PR, 24.1 vs 8.0 months")
_RESPONSE_PAIR_REST = re.compile(r"\s+(?:vs\.?|versus|v)\s+(?:non-?|no\s+|without\s+)?[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*)?\s*[:,]?\s*\d",
                                 re.I | re.A)
# (", respectively," between: "9 and 7 of these relapses, respectively, were CD7-negative")
_PHENOTYPE_AFTER = gate.compile(r"(?:\s*,\s*respectively\s*,)?\s+(?:were|was)\s+(?:(?:all|also)\s+)?(?:CD\d+|antigen|target)[\s-]*(?:negative|positive|neg|pos|dim|low|loss)", re.I | re.A)
_OF_THESE_RELAPSES = re.compile(r"\s+of\s+(?:these|those|the|them|all)\s+", re.A)
_COUNT_TERM_GAP = re.compile(r"\s+(?:an?\s+)?", re.A)
_EVENTS_OF = re.compile(r"\s+(?:episodes?|cases?|events?|instances?|occurrences?)\s+of\s+(?:an?\s+)?", re.A)
# a count of dose-limiting toxicities, the one graded term they were in parentheses: "One dose-limiting toxicity (grade 4
# CRS) was seen at DL3", "1 DLT (grade 4 CRS) at DL3", "two DLTs (both grade 3 ICANS)"
_DLT_PAREN = gate.compile(r"\s+(?:dose[\s-]+limiting\s+toxicit(?:y|ies)|DLTs?)\s*\(\s*(?:(?:both|all|each)\s+)?", re.I | re.A)
_PATIENT_THEN_TERM = gate.compile(rf"\s+{PATIENT}\s+(?:the\s+)?", re.I | re.A)
# a clause opening on the group its term's rate is told for, the rate after the term: "…, respectively, and in the 18 patients
# with gastric cancer the ORR reached 61.1% (11/18)", "In the 12 patients treated at DL3 the CR rate was 83%"
_IN_THE_GROUP = gate.compile(r"(?:^|[,;:]\s*|\b(?:and|while|whereas|but)\s+)in\s+the\s+$", re.I | re.A)
# a count of deaths with the grade in parentheses: "including one fatal (grade 5) event", "two of which were fatal (grade 5)"
_FATAL_GRADE = gate.compile(r"\s+(?:of\s+(?:which|whom|them|these)\s+(?:was|were)\s+)?(?:fatal|lethal)\s*\(\s*", re.I | re.A)
_GRADE_NEXT = gate.compile(r"\s(?:grade|gr\.?)\s?[\dIV\u2265>]", re.I | re.A)
# the patients a term occurred in, the term the subject of the verb after them: "a grade 4 CRS event in one DL3 patient was the
# only dose-limiting toxicity", "Grade 3 CRS in 2 patients was managed with tocilizumab", "ICANS in 3 patients was reversible"
# (no count as a subject: "in" before the count)
_IN_PATIENTS_WAS = gate.compile(rf"\s*\)?\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?(?:was|were)\b", re.I | re.A)
_PATIENT_AFTER = gate.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{PATIENT}\b", re.I | re.A)
_KIND_PAIR_AFTER = gate.compile(rf"\s+[A-Za-z][\w-]*\s+(?:and|or)\s+\d+\s+[A-Za-z][\w-]*\s+{PATIENT}\b", re.I | re.A)
# two counts each with its group's name in parentheses, sharing the patient noun: "CRS: 101 (cilta) and 78 (ide) pts",
# "CRS occurred in 40 (axi-cel) and 25 (tisa-cel) patients"
_PAREN_NAMED_PAIR = gate.compile(rf"\s*\(\s*[A-Za-z][\w+-]*\s*\)\s+(?:and|or|vs\.?|versus)\s+\d+\s*\(\s*[A-Za-z][\w+-]*\s*\)\s+{PATIENT}\b", re.I | re.A)
_PAREN_NAMED_SECOND = gate.compile(rf"\s*\(\s*[A-Za-z][\w+-]*\s*\)\s+{PATIENT}\b", re.I | re.A)
_PAREN_NAMED_FIRST = gate.compile(r"(?<![\w.])\d+\s*\(\s*[A-Za-z][\w+-]*\s*\)\s+(?:and|or|vs\.?|versus)\s+$", re.I | re.A)
# (not the cases a grade "accounted for", below: "grade 1-2 accounted for 10 cases and grade 3 for 3 cases")
_DENOM_BEFORE = gate.compile(r"\b(?:among|(?<!total )of|(?<!accounted )(?<!accounting )(?<![\dIV] )for)\s+(?:the\s+|these\s+|those\s+|all\s+)?$", re.I | re.A)
# (a grade's share told as the cases it "accounted for": "CRS occurred in 13 cases (92.9%), of which grade 1-2 accounted for
# 10 cases and grade 3 for 3 cases")
_IN_BEFORE = gate.compile(r"\b(?:in|to|(?:accounted|accounting)\s+for|(?<![\w-])grades?\s*(?:[1-5]|IV|I{1,3})(?:\s*[-\u2013/]\s*(?:[1-5]|IV|I{1,3}))?\s+for)"
                          r"\s+(?:the\s+(?:other|remaining)\s+)?$", re.I | re.A)   # ("and partially in the other 2")
# (also after the event the patients before went through: "… received a second infusion, after which three became MRD-negative")
_CLAUSE_START = gate.compile(r"(?:^|[,;:(]\s*|\b(?:and|while|whereas|with|but)\s+|\b(?:of|among)\s+(?:which|whom|them|these)\s+|\bafter\s+which\s+)$", re.I | re.A)
# a clause's count added to the ones before it: "…, of whom 21 were MRD negative; an additional 3 had PR", "12 achieved CR
# and a further two had PR", "another 4 achieved CRi"
_ADDED_COUNT_START = gate.compile(r"(?:^|[,;:(]\s*|\b(?:and|while|whereas|but)\s+)(?:an\s+additional|a\s+further|another|additional|further)\s+$",
                                  re.I | re.A)
# a name numbered after it ("phase 1", "cohort 2", "arm 1", "part 2", "stage 4"): the number is no count
_LABEL_BEFORE = gate.compile(r"\b(?:phase|cohort|arm|group|part|stage|step|level)s?\s?$", re.I | re.A)   # (plural: a list of labels)
_ALL_RESPONSES_AT = gate.compile(r"\s+(?:(?:objective|complete|partial|confirmed)\s+)?(?:responses|remissions|CRs|PRs)\s+(?:(?:have|had)\s+)?"
                                 r"(?:occurred|(?:were|have\s+been)\s+(?:observed|seen|recorded|noted))\s+(?:at|in|among|with|on|after)\b", re.I | re.A)
# the patients with an event, all of them, then the dose they had: "All four patients with grade 3 cytokine release syndrome
# had received DL2", "All three patients who developed grade ≥3 CRS were treated at DL3", "both patients with ICANS had been dosed at"
# (an event, not a disease: "All 24 patients with r/r ALL were treated at DL2" is the treated cohort); or what they needed:
# "both patients with grade 3 CRS required vasopressor support", "all patients with grade ≥3 ICANS needed intensive care"
_ALL_WITH_EVENT_AT = gate.compile(r"\s+(?:patients|pts|subjects)\s+(?:with|who\s+(?:had|developed|experienced))\s+[^,;.()]{0,30}?"
                                  r"\b(?:grade|CRS|ICANS|cytokine\s+release|neurotoxicity|GVHD|HLH|ICAHT)\b[^,;.()]{0,40}?\s+"
                                  r"(?:(?:had\s+)?received|(?:had\s+been|were)\s+(?:treated|dosed|infused)|required|needed)\b", re.I | re.A)
# (or the products' sources: "CD7 CAR-T cells from all three sources induced high remission rates", "all three products")
_ALL_OF_NON_PATIENTS = gate.compile(r"\s+(?:[\w-]+\s+)?(?:cohorts|arms|groups|(?:dose\s+)?levels|centers|centres|sites|trials|studies|doses|phases"
                                    r"|sources|products|constructs)\b",
                                   re.I | re.A)
_MODERATE_IN = gate.compile(r"\b(?:moderate|extensive|limited)\s+in\s+$", re.I | re.A)
# a plural label's range of numbers: "at dose levels 1 to 4, respectively", "cohorts 1-3", "levels 2 through 4"
_LABEL_RANGE_SEP = gate.compile(r"\s*(?:-|\u2013|to|through)\s*", re.I | re.A)
_NUM_LIST_SEP = gate.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I | re.A)
# a value's CI between it and the next value of a list: "16.2 (95% CI, 11.0-25.1) and 32.5 months", "8.1 [5.0-11.2] vs 20.3 months"
_CI_OPENS = re.compile(r"\s*[(\[]\s*", re.A)
_CI_CLOSES_LIST = gate.compile(r"\s*[)\]]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+|v\s+)", re.I | re.A)
_LIST_SEP = gate.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+|v\s+)", re.I | re.A)
_CI_PAIR_GAP = gate.compile(r"\s*[)\]]?\s*(?:vs\.?|versus|v)\s+", re.I | re.A)
_MONTHS_AFTER_CI = gate.compile(r"\s*[)\]]?\s*(?:months?|mos?)\b", re.I | re.A)
# ("2 [18.2%] PR": a bracketed percent closes as a parenthesis)
_BEFORE_TERM = re.compile(r"\s*[)\]]?\s+(?:an?\s+)?", re.A)
_AFTER_TERM = re.compile(r"\s*(?:was|were|of|:|=|,)?\s*", re.A)
_TERM_IS = re.compile(r"\s*(?:was|were|of|:|=)\s*", re.A)
# "ORR at M3 was 7/9 (77.8%) with CR in 6/9", "the ORR at 3 months was …": a time point between a term and its value
_TERM_AT = r"(?:\s+(?:at|by|on)\s+(?:(?:day|d|month|mo|m|week|wk)\s?-?\d{1,3}|\d{1,3}\s*(?:days?|weeks?|months?|mos?|wks?))\b)?"
_TIME_TERM_IS = gate.compile(_TERM_AT + _TERM_IS.pattern, re.I | re.A)
_TIME_AFTER_TERM = gate.compile(_TERM_AT + _AFTER_TERM.pattern, re.I | re.A)
_IN_TERM = gate.compile(r"\s*[)\]]?\s*(?:of\s+(?:the\s+)?patients\s+)?(?:in|into|with|achieving|attaining|reaching)\s+"
                      r"(?:an?\s+|the\s+)?(?:(?:morphologic|morphological|complete|deep|extramedullary|marrow|bone\s+marrow)\s+)?", re.I | re.A)


def _num_list_ends_well(text: str, atoms: list[Atom], i: int) -> bool:
    """True when the number list starting at atom i ends in a patient noun, a percent or
    'respectively' (so "8, 5, and 2 patients" is three counts, "dose levels 1, 2, 3" is not)."""
    j = i
    while j + 1 < len(atoms) and atoms[j + 1].kind in ("num", "pct") and _NUM_LIST_SEP.fullmatch(
            text, atoms[j].end, atoms[j + 1].start):
        j += 1
    if j == i:
        return False
    if atoms[j].kind == "pct":
        return True
    return bool(_LIST_END.match(text, atoms[j].end) or _COUNTS_VERB_TERMS.match(text, atoms[j].end))


_PAIR_SEP = gate.compile(r"\s*(?:vs\.?|versus)\s+", re.I | re.A)
# counts listed before their verb, then as many terms in turn: "5 and 1 attained CR and partial response (PR), respectively",
# "Six and two patients achieved CR and PR, respectively", "12, 4 and 2 had grade 1, 2 and 3 CRS, respectively"
_RESP_VERB = (rf"(?:\s+(?:[\w-]+\s+)?(?:{PATIENT}))?\s+(?:(?:have|had|has)\s+)?(?:achieved|attained|reached|obtained|had|developed|experienced)\s+")
_COUNTS_VERB_TERMS = gate.compile(_RESP_VERB + r"(?:[^.;:()\d]|\([^()\d]*\)){1,120}?,?\s*respectively\b", re.I | re.A)
_COUNTS_VERB_GAP = gate.compile(r"\s*\)?" + _RESP_VERB + r"(?:an?\s+|the\s+)?(?:(?:extramedullary|EM|marrow|best)\s+)?", re.I | re.A)
_TERMS_SEP = gate.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|(?:and|or)\s+)(?:an?\s+|the\s+)?", re.I | re.A)
_TERMS_END = gate.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*respectively\b", re.I | re.A)


def _zip_subjects(text: str, cms: list[Mention], cgs: list[Group]) -> dict:
    """'x and y achieved A and B, respectively': a run of counts before one verb goes to the run of terms after it in turn."""
    out = {}
    for i, g in enumerate(cgs):
        run = [g]
        while i + len(run) < len(cgs) and _NUM_LIST_SEP.fullmatch(text, run[-1].end, cgs[i + len(run)].start):
            run.append(cgs[i + len(run)])
        if len(run) < 2 or any(h in out for h in run) or not all(isinstance(h.vals.get("n"), int) for h in run):
            continue
        terms = [m for m in cms if m.start >= run[-1].end]
        # (a category no endpoint names takes its count in turn, and the count is no other term's: "8 and 3 patients
        # achieved VGPR and PR, respectively", "MLFS and CR")
        if not terms or terms[0].kind not in ("E", "X") or not _COUNTS_VERB_GAP.fullmatch(text, run[-1].end, terms[0].start):
            continue
        k = 1
        while k < len(terms) and terms[k].kind in ("E", "X") and not terms[k].pop and _TERMS_SEP.fullmatch(text, terms[k - 1].end, terms[k].start):
            k += 1
        if k == len(run) and _TERMS_END.match(text, terms[k - 1].end) and not any(m.pop or m.negated for m in terms[:k]) \
                and any(m.kind == "E" for m in terms[:k]):
            out.update(zip(run, terms[:k]))
    return out


def _size_aside(text: str, atoms: list[Atom], i: int, ms: list[Mention]) -> bool:
    """An 'n = N' aside in parentheses that sizes a group named before the sentence's pair of
    percents ("with (n = 37) and without (n = 91) prior HSCT (65.1% versus 69.7%)", "low (<5%
    blasts; n = 71) than with high (n = 57) burden (60.8% vs 35.9%)"): no value of its own. After a term
    it is that term's count ("those consolidated with HSCT (n = 16) … than those who were not (n = 26)")."""
    a = atoms[i]
    op, cl = text.rfind("(", 0, a.start), text.find(")", a.end)
    if op < 0 or cl < 0 or text.rfind(")", 0, a.start) > op or any(0 <= op - m.end <= 2 for m in ms):
        return False
    return any(b.kind == c.kind == "pct" and b.start > cl and _PAIR_SEP.fullmatch(text, b.end, c.start)
               for b, c in zip(atoms[i + 1:], atoms[i + 2:]))


_OWN_UNIT = gate.compile(r"\b(?:mo|month|y|yr|year|wk|week|d|day)s?\b", re.I | re.A)


# ("EMD (n=4) at M3: CR 2, PR 1": a short time or method qualifier may come before the colon, maybe after a comma:
# "Extramedullary disease (n = 16), PET-CT at week 8: ORR 81.3%; CR 10, PR 3", "EMD (n = 9), by PET-CT at day 90: CR 5", "(n = 12), week 12:")
# (or an assessable group named before the colon: "Extramedullary responses were assessable in 41 patients: 26 CR and 9 PR";
# or before a semicolon and the counts' verbs, maybe with its method: "Extramedullary disease was evaluable by PET-CT in 19
# patients; 12 achieved extramedullary CR and 4 achieved PR", b234-01)
_LIST_N = gate.compile(r"\(\s*n\s?=\s?(\d+)(?:\s+(?:evaluable|assessable|evaluated)(?:\s+(?:patients|pts))?)?\s*\)"
                       r"(?:\s+(?:at|on|by|after)\s+[^:;,()]{1,20}?|,\s+[^:;,()]{1,24}?)?:"
                       r"|\b(?:assessable|evaluable)\s+(?:(?:for|by|on)\s+[\w/-]+\s+)?in\s+(\d+)\s+(?:patients|pts|participants)"
                       r"(?::|;(?=\s*(?:\d+|[A-Za-z]+)\s+(?:achieved|attained|reached|had|showed|obtained)\s))"
                       # "EMD at baseline in 8: EM CR 5, PR 2": the patients with the disease the responses are of
                       # (or a time's clause after a semicolon: "EMD at baseline in 10 pts; at d90, CR 6, PR 2 (EMD ORR 80%)")
                       r"|\b(?:EMD|extramedullary\s+(?:disease|lesions?|involvement|plasmacytomas?))(?:\s+at\s+baseline)?\s+in\s+(\d+)"
                       r"(?:\s+(?:patients|pts|participants))?(?::|;\s*(?:at|on|by|after)\s+[^:;,()]{1,20}?,)"
                       # the evaluable as the subject opening the sentence: "Twenty patients were evaluable for response at month 1:
                       # 15 responded …", "18 patients were assessable at day 28: CR 12, PR 3"
                       r"|^(\d+)\s+(?:[\w-]+\s+)?(?:patients|pts|participants)\s+were\s+(?:evaluable|assessable)(?:\s+for\s+[\w-]+)?"
                       r"(?:\s+(?:at|on|by|after)\s+[^:;,()]{1,20}?)?:", re.I | re.A)
# a terse list's item: its term, a space and its count, then the next item or the end
_TERSE_OPEN = re.compile(r"(?:^|[:,;(-]\s?|\s-\s)$", re.A)
# the same with the response's site before its term: "(extramedullary CR, 5; PR, 4)", "; marrow CR 6"
_TERSE_OPEN_SITE = re.compile(r"(?:^|[:,;(-]\s?|\s-\s)(?:extramedullary|medullary|(?:bone\s+)?marrow|EMD?|BM|CNS)\s+$", re.A | re.I)
# (or the assessment's method closing the list: "EMD at baseline (n=7): CR 4, PR 2 on PET-CT", "…, PR 3 by MRI")
_TERSE_END = re.compile(r"\s*(?:[,;)]|\.?\s*$)|\s+(?:on|by|per)\s+(?:PET(?:[-/]?CT)?|CT|MRI|imaging|Lugano(?:\s+\d{4})?|IMWG|iwCLL)\s*(?:[,;)]|\.?\s*$)", re.A)


def _in_months(bv: dict, a: Atom, b: Atom, g: Group) -> dict:
    """A duration's CI or range bounds without a unit are in the duration's: "186 days (95% CI 121–NR)"
    → 3.98 months, "34 weeks (range 9–61)" → 2.07–14.03."""
    du = a.groups.get("du") if a.kind == "dur" and "duration" in g.vals else None
    if not du or du[:2].lower() == "mo" or _OWN_UNIT.search(b.text):
        return bv
    return {k: (to_months(v, du) if isinstance(v, (int, float)) else v) for k, v in bv.items()}


# a count broken down by patient group in parentheses, each group's name then its count: "Thirty patients proceeded to
# allogeneic HSCT in CR after CAR-T (children, 9; adults, 21)", "Relapse occurred in 12 (cohort A, 5; cohort B, 7)"
# (or a disease's abbreviation: "Seven patients relapsed or progressed (MCL, 3; CLL, 4)")
_PAREN_GROUP_WORD = r"(?:children|adults|adolescents|infants|(?:pediatric|paediatric|adult|older|younger)\s+(?:patients|pts)|(?:cohort|arm)\s+(?:[A-D]|\d)|(?-i:[A-Z][A-Z]{1,5}(?:-[A-Z]{2,4})?))"
_PAREN_GROUP_COUNTS = gate.compile(rf"\(\s*(?:{_PAREN_GROUP_WORD}\s*[,:]\s*\d+\s*;\s*)+{_PAREN_GROUP_WORD}\s*[,:]\s*\d+\s*\)", re.I | re.A)
_GROUP_COUNT_ITEM = gate.compile(rf"(?P<sub>{_PAREN_GROUP_WORD})\s*[,:]\s*(?P<n>\d+)", re.I | re.A)


def _paren_group_counts(text: str, atoms: list[Atom]) -> dict[int, str]:
    """The counts of a breakdown by patient group ("(children, 9; adults, 21)") that add up to the count right before
    it (within the clause): offset of each count → its group's name."""
    out: dict[int, str] = {}
    for k in _PAREN_GROUP_COUNTS.finditer(text):
        items = list(_GROUP_COUNT_ITEM.finditer(text, k.start(), k.end()))
        total = next((atom_value(a).get("n") for a in reversed(atoms) if a.end <= k.start() and a.kind == "num"
                      and not any(ch in text[a.end:k.start()] for ch in ";()")), None)
        if total is not None and total == sum(int(t.group("n")) for t in items):
            out.update((t.start("n"), t.group("sub")) for t in items)
    return out


# a number of treatment cycles, the first of a pair too: "two or three cycles of salvage chemotherapy", "4 to 6 courses"
_COUNT_OF_CYCLES = re.compile(r"\s+(?:(?:or|to|and)\s+\d+\s+)?(?:cycles?|courses?)\b", re.I | re.A)


# a parenthesis opening with a term's name, its value next: "(ORR 72.7%)", "(ORR, 16/22; 72.7%)", "(CR rate: 50%)", "(ORR = 72.7%"
_TERM_OPENS_PAREN = re.compile(r"\(\s*[A-Za-z][\w/+-]{0,24}(?:\s+rates?)?\s*[,:=]?\s*$", re.A)


# a bare percent, the value of a verb's term ("The CR rate was 90% in patients receiving DL2", "Two-year EFS was 70% among
# patients achieving MRD-negative CR (n = 20)"), then its group: "in/among patients achieving …" (not "of patients", who had)
_PCT_IN_GROUP = re.compile(rf"\s*\)?\s*(?:\([^()]{{0,60}}\)\s*)?(?:in|among)\s+(?:the\s+)?{PATIENT}\b", re.I | re.A)
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|reached|of)\s+(?:only\s+|just\s+)?$", re.I | re.A)


def _named_in_paren(text: str, g: Group, ms: list[Mention]) -> bool:
    """Whether the value ``g`` follows its term's name inside the parenthesis that holds both ("Responses (ORR 72.7%)
    were observed across all dose levels", "Objective responses (ORR, 16/22; 72.7%) were seen"): a general noun's rate
    given in parentheses, not a count of patients that the words after it say something of."""
    tm = _TERM_OPENS_PAREN.search(text, max(0, g.start - 40), g.start)
    return tm is not None and any(m.kind == "E" and not m.pop and not m.negated and tm.start() < m.end <= g.start
                                  and re.fullmatch(r"(?:\s+rates?)?\s*[,:=]?\s*", text[m.end:g.start]) for m in ms)


# a graded term's parenthesis listing each grade's size, the value's grade last before it: "CRS (grade 1-2, n = 11; grade 3,
# n = 1) and ICANS (grade 1, n = 1) were manageable", "ICANS (grade 1, n = 2) was reversible" (the count is the grade's, no
# subject of the verb after the parenthesis)
_GRADE_SIZES_IN_PAREN = re.compile(r"\s\((?:\s*(?:grades?|gr\.?)\s*[^,;()=]{1,12}?\s*[,:]\s*[nN]\s*=\s*\d+\s*[;,]\s*)*"
                                   r"\s*(?:grades?|gr\.?)\s*[^,;()=]{1,12}?\s*[,:]\s*$", re.I | re.A)


# (see _groups) up to two words qualifying a term before it in an aside: "EM " of "(EM ORR 86.4%)", "overall ", "best "
_TERM_QUALIFIERS = re.compile(r"(?:[A-Za-z][\w-]*\s+){0,2}", re.A)


# two bare counts opening a clause after a semicolon, each named by a preposition's group after it: "Relapse: 9 of 53
# responders (17.0%); 2 after HSCT, 7 without HSCT", "Deaths: 5; 3 with and 2 without transplant" is no such pair
# (the label's term goes on with them: see _attach's carried label)
_NAMED_COUNT_PAIR = re.compile(r"(?P<a>\d+)\s+(?:after|following|with|without)\s+[A-Za-z][\w/+-]*\s*(?:,\s*(?:and\s+)?|\s+(?:vs\.?|versus|v|and)\s+)"
                               r"(?P<b>\d+)\s+(?:after|following|with|without)\s+[A-Za-z][\w/+-]*\s*(?=[;.)]|$)", re.I | re.A)


def _groups(text: str, atoms: list[Atom], ms: list[Mention]) -> list[Group]:
    c = cues()
    groups: list[Group] = []
    i = 0
    label_end = -1
    named = _paren_group_counts(text, atoms) if "(" in text and ";" in text else {}
    while i < len(atoms):
        a = atoms[i]
        target = arms = None
        head = a.kind in _HEADS
        if a.start in named:
            head = True   # "(children, 9; adults, 21)": each group's count
        elif a.kind == "all" and _ALL_OF_NON_PATIENTS.match(text, a.end):
            head = False   # "in all 3 cohorts", "in each of the two arms": no count of patients
        elif a.kind == "all" and ("occur" in text or "were " in text) and _ALL_RESPONSES_AT.match(text, a.end):
            head = False   # "All 3 responses occurred at the 2 highest dose levels": where they were, no rate
        elif a.kind == "all" and ("eceived" in text or "treated" in text or "dosed" in text or "equired" in text or "eeded" in text) \
                and _ALL_WITH_EVENT_AT.match(text, a.end):
            head = False   # "All four patients with grade 3 cytokine release syndrome had received DL2": which dose they had, no rate
        elif a.kind == "num" and ("ycle" in text or "ourse" in text) and _COUNT_OF_CYCLES.match(text, a.end):
            head = False   # "… or to two or three cycles of platinum-based salvage chemoimmunotherapy": cycles, no patients
        elif a.kind == "neq" and ("vs" in text or "versus" in text) and _size_aside(text, atoms, i, ms):
            head = False   # "between patients with (n = 37) and without (n = 91) X (65.1% versus 69.7%)": a group's size
        elif a.kind == "num":
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            after = text[a.end:a.end + 80]
            if (lab := _LABEL_BEFORE.search(text, max(0, a.start - 8), a.start)) or (
                    label_end == atoms[i - 1].end and (_NUM_LIST_SEP.fullmatch(text, label_end, a.start)
                                                        or _LABEL_RANGE_SEP.fullmatch(text, label_end, a.start))):
                # "80% in phase 1 and 90% in phase 2", "the cohort 2 patients": a label's number;
                # "at dose levels 1, 2 and 3, respectively": each number of a plural label's list
                # (not "in cohort 1 and six in cohort 2")
                label_end = a.end if lab is None or lab.group().rstrip()[-1:] in "sS" else -1
            elif (" v" in after[:12] or " and " in after[:8] or " v" in text[max(0, a.start - 12):a.start]
                  or " and " in text[max(0, a.start - 8):a.start]) \
                    and (gp := next((m for m in reversed(ms) if m.end <= a.start), None)) is not None and gp.kind == "G" \
                    and (k := _GRADE_COUNT_PAIR.match(text, gp.end)) and a.start in (k.start("a"), k.start("b")):
                head, target = True, gp   # "gr ≥3 in 6 and 3", "(gr ≥3: 4 vs 2)": the grade's count in each of two groups
            elif after[1:3] in ("gr", "Gr") and _GRADE_NEXT.match(after) and _PATIENT_AFTER.match(after) \
                    and (e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None \
                    and e_next.kind == "G" and _SPACES.fullmatch(text, a.end, e_next.attrs.get("_gstart", e_next.start)):
                head, target = True, e_next   # "except for one grade 3 case": a count of the grade, not a count of patients
            elif ("atal" in after[:30] or "ethal" in after[:30]) and (e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None \
                    and e_next.kind == "G" and _FATAL_GRADE.fullmatch(text, a.end, e_next.start) and text.startswith(")", e_next.end):
                head, target = True, e_next   # "including one fatal (grade 5) event": a count of the grade
            elif ("oderate" in text or "xtensive" in text or "imited in" in text) \
                    and _MODERATE_IN.search(text, max(0, a.start - 14), a.start):
                pass      # "chronic GVHD in 4, being moderate in one", "and was extensive in 3": a severity with no grade
            elif nxt is not None and nxt.kind == "pct" and (_OPEN_PAREN.fullmatch(text, a.end, nxt.start)
                                                            or _OF_WHOM_PAREN.fullmatch(text, a.end, nxt.start)
                                                            or _OPEN_BRACKET.fullmatch(text, a.end, nxt.start)):
                head = True   # "29 (85.3%)", "…, 14 of whom (77.8%) had MRD-negative CR", "8 [72.7%] reached CR"
                if (e_next := next((m for m in ms if m.start >= nxt.end and m.kind in "EG"), None)) is not None \
                        and (e_next.kind == "G" or e_next.attrs.get("_gstart")) \
                        and _CLOSE_THEN_SPACES.fullmatch(text, nxt.end, e_next.attrs.get("_gstart", e_next.start)):
                    target = e_next   # "grade 1–2 neurotoxicity and one (1.0%) grade 3", "3 (6%) grade 2": the grade it counts
            elif " of " in after[:22] and _EVENTS_OF.match(after) \
                    and (e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None \
                    and (e_next.kind == "G" or e_next.attrs.get("_gstart") is not None) \
                    and _EVENTS_OF.fullmatch(text, a.end, e_next.attrs.get("_gstart", e_next.start)):
                head, target = True, e_next   # "limited to one episode of grade 2 ICANS": a count of the graded term's events
            elif ("DLT" in after[:6] or "limiting" in after[:16]) and (e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None \
                    and (e_next.kind == "G" or e_next.attrs.get("_gstart") is not None) and e_next.endpoint in GRADED \
                    and _DLT_PAREN.fullmatch(text, a.end, e_next.attrs.get("_gstart", e_next.start)) and text.startswith(")", e_next.end):
                head, target = True, e_next   # "One dose-limiting toxicity (grade 4 CRS)": a count of the graded term
            elif _PATIENT_AFTER.match(after) or (" and " in after and _KIND_PAIR_AFTER.match(after)) \
                    or (after[:3].lstrip()[:1] == "(" and (_PAREN_NAMED_PAIR.match(after) or (
                        _PAREN_NAMED_SECOND.match(after) and _PAREN_NAMED_FIRST.search(text, max(0, a.start - 40), a.start)))):
                # ("in 9 donor-derived and 21 autologous recipients": two counts, each with its kind, share the noun)
                head = not _DENOM_BEFORE.search(text, max(0, a.start - 25), a.start) \
                    or ("who" in after and bool(c.rel_subject_after.match(after))) \
                    or ("one of" in text and bool(_NONE_OF_BEFORE.search(text, max(0, a.start - 20), a.start)))
                if head and " in " in text[max(0, a.start - 4):a.start + 1] \
                        and (e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None \
                        and e_next.kind == "E" and _PATIENT_THEN_TERM.fullmatch(text, a.end, e_next.start):
                    target = e_next   # "and in five cases the MRD was negative": the count of the term right after its patients
                if head and " the " in text[max(0, a.start - 5):a.start] and _IN_THE_GROUP.search(text, max(0, a.start - 16), a.start) \
                        and (e_next := next((m for m in ms if m.start >= a.end and m.kind == "E"), None)) is not None \
                        and any(b.kind in ("pct", "frac") and 0 < b.start - e_next.end <= 40 and not re.search(r"[,;]", text[e_next.end:b.start])
                                for b in atoms):
                    head = False   # the group a later term's own rate is told for, no count of it (_IN_THE_GROUP)
            elif _IN_BEFORE.search(text, max(0, a.start - 24), a.start) and _AFTER_IN.match(after):
                # "grade 1 in 9"; not a site breakdown: "extramedullary involvement (central nervous system in 8, testis in 4)"
                op = text.rfind("(", 0, a.start)
                head = not (op > text.rfind(")", 0, a.start) and _SITE_ASIDE.search(text, max(0, op - 20), op + 1))
            elif (a.start == 0 or _CLAUSE_START.search(text[max(0, a.start - 12):a.start])
                  or _ADDED_COUNT_START.search(text, max(0, a.start - 24), a.start)) and c.subject_after.match(after):
                head = True   # "eight relapsed"
            elif groups and groups[-1].head == "num" and " in " in after[:5] and (k := _ELLIPTIC_IN.match(after)) \
                    and _AND_BEFORE.search(text, max(0, a.start - 9), a.start) \
                    and (k2 := _PATIENT_IN.match(text, groups[-1].start)) and k2.group("w") == k.group("w"):
                head, arms = True, (k2.group("arm"), k.group("arm"))   # "in 27 patients in arm A and 15 in arm B": elliptical
            elif after.startswith(" with ") and _AND_IN_AGAIN.search(text, max(0, a.start - 9), a.start) \
                    and not _ELLIPTIC_WITH_GRADE.match(after) \
                    and any(h.head == "num" and _PATIENTS_WITH.match(text, h.end) and ";" not in text[h.end:a.start] for h in groups):
                head = True   # "Relapse occurred in 19 patients with CLL and in 9 with FL": elliptical, the noun said once
            elif " with " in after and (k := _ELLIPTIC_POP.match(after)) and _CLAUSE_START.search(text[max(0, a.start - 12):a.start]) \
                    and not any(m.kind == "E" and m.endpoint in RESPONSE and not m.pop and a.end < m.start < a.end + k.end()
                                for m in ms):
                # "… in 12 patients with ETP-ALL (57.1%) and 35 with non-ETP T-ALL (53.0%)" (not a response: "6 of 8
                # (75%) responded, four with complete response (50%)" is the responders' count of that response, below)
                head = True
            elif ((e_next := next((m for m in ms if m.start >= a.end and m.kind in "EG"), None)) is not None
                  and e_next.kind == "E" and e_next.endpoint in RATE
                  and _COUNT_TERM_GAP.fullmatch(text, a.end, e_next.attrs.get("_sstart", e_next.start))):
                head, target = True, e_next   # "5 CRs", "and 2 a partial extramedullary response"
            elif " of th" in after[:9] and e_next is not None and e_next.kind == "E" and e_next.endpoint == "relapse" \
                    and _OF_THESE_RELAPSES.fullmatch(text, a.end, e_next.start) and text[e_next.end - 1:e_next.end] == "s" \
                    and not _PHENOTYPE_AFTER.match(text, e_next.end):   # (not by antigen phenotype: an open convention)
                head, target = True, e_next   # "; 4 of these relapses occurred later than 2 years after infusion": a part of them
            elif nxt is not None and nxt.kind in ("num", "pct") and _NUM_LIST_SEP.fullmatch(text, a.end, nxt.start) \
                    and _num_list_ends_well(text, atoms, i):
                head = True   # "8, 5, and 2 patients, respectively"
            elif nxt is not None and nxt.kind == "dur" and _LIST_SEP.fullmatch(text, a.end, nxt.start) \
                    and ("." in a.text + nxt.text or "v" in text[a.end:nxt.start]):   # "9.8 and 24.0 months", "12 vs 6 months"
                v = to_number(a.groups.get("num"))
                if v is not None:
                    groups.append(Group(a.start, a.end, {"duration": to_months(v, nxt.groups["du"])}, "dur"))
                i += 1
                continue
            elif (nxt is not None and nxt.kind == "ci" and i + 2 < len(atoms) and atoms[i + 2].kind == "dur"
                  and _CI_OPENS.fullmatch(text, a.end, nxt.start) and _CI_CLOSES_LIST.fullmatch(text, nxt.end, atoms[i + 2].start)
                  and "." in a.text + atoms[i + 2].text):
                # the same with the first value's CI between: "Median PFS and OS were 16.2 (95% CI, 11.0-25.1) and
                # 32.5 months (95% CI, 22.3-NR), respectively": the unit after the list is the first value's and its CI's
                v = to_number(a.groups.get("num"))
                if v is not None:
                    g = Group(a.start, nxt.end, {"duration": to_months(v, atoms[i + 2].groups["du"])}, "dur")
                    g.vals.update(_in_months(atom_value(nxt), atoms[i + 2], nxt, g))
                    groups.append(g)
                i += 2
                continue
            elif (nxt is not None and nxt.kind == "ci" and i + 3 < len(atoms) and atoms[i + 2].kind == "num" and atoms[i + 3].kind == "ci"
                  and _CI_OPENS.fullmatch(text, a.end, nxt.start) and _CI_PAIR_GAP.fullmatch(text, nxt.end, atoms[i + 2].start)
                  and _CI_OPENS.fullmatch(text, atoms[i + 2].end, atoms[i + 3].start)
                  and _MONTHS_AFTER_CI.match(text, atoms[i + 3].end)):
                # a pair of medians, each with its CI, the unit after the second's: "(median, 14.7 [95% CI, 9.3-not reached]
                # vs 2.9 [95% CI, 2.3-4.1] months": both in months, each with its own CI
                for x, ci in ((a, nxt), (atoms[i + 2], atoms[i + 3])):
                    if (v := to_number(x.groups.get("num"))) is not None:
                        g = Group(x.start, ci.end, {"duration": v}, "dur")
                        g.vals.update(atom_value(ci))
                        groups.append(g)
                i += 4
                continue
            elif e_next is not None and _SPACES.fullmatch(text, a.end, e_next.attrs.get("_gstart", e_next.start)) \
                    and (e_next.kind == "G" or e_next.attrs.get("_gstart")):
                head, target = True, e_next   # "1 grade 3 event", "2 grade ≥3 CRS"
            elif (e_next is not None and e_next.kind == "E" and e_next.endpoint in RESPONSE and not e_next.pop
                  and text[:a.start].rstrip().endswith((",", ":", "including", " and", "all but"))
                  and _IN_TERM.fullmatch(text, a.end, e_next.start)):
                # "7 achieved CR/CRi, six with MRD negativity", "…, including 70 with MRD-negative remission",
                # "responded: 8 with complete and 3 with partial responses"
                head, target = True, e_next
            elif e_next is not None and e_next.kind == "G" and (_OF_GRADE.fullmatch(text, a.end, e_next.start)
                                                                or _WITH_GRADE.fullmatch(text, a.end, e_next.start)):
                head, target = True, e_next   # "with 6 of grade ≥3", "including 2 with grade 3 events"
            elif e_next is not None and e_next.kind == "E" and e_next.attrs.get("_gpre") and not e_next.pop \
                    and _WITH_GRADE.fullmatch(text, a.end, e_next.attrs["_gstart"]):
                # the term with its grade before it: "including one death from grade 5 cytokine release syndrome",
                # "including 2 with grade 5 CRS"
                head, target = True, e_next
            elif (e_next is not None and e_next.kind == "E" and not e_next.pop
                  and (e_next.endpoint == "mrd_negative" or e_next.attrs.get("mrd_negative")
                       # (a kind of response among the responders: "4 of 6 at DL3 responded, three of them with CR/CRi")
                       or e_next.endpoint in RESPONSE and _OF_THEM_WITH.fullmatch(text, a.end, e_next.start))
                  and " of " in after[:4] and _OF_THEM_TERM.fullmatch(text, a.end, e_next.start)
                  and text[:a.start].rstrip().endswith((",", ";", " and"))):
                # "49 achieved CR/CRi by day 28, 46 of them MRD-negative", "…, 37 of them with MRD-negative CR in the marrow"
                head, target = True, e_next
            elif ((g_prev := next((m for m in reversed(ms) if m.end <= a.start), None)) is not None
                  and g_prev.kind == "G" and _GRADE_THEN_COUNT.fullmatch(text, g_prev.end, a.start)
                  and _BREAKDOWN_END.match(after)):
                head, target = True, g_prev   # "(grade I–II, 6; grade III–IV, 1)"
            elif (g_prev is not None and g_prev.kind in "EX" and not g_prev.pop and text[g_prev.end:a.start] in (" ", ", ", ": ")
                  and (g_prev.kind == "X" or g_prev.endpoint in RESPONSE
                       # ("Relapses: 9.", "Transplanted: 4": a poster's label and its count)
                       or (g_prev.endpoint in _BARE_RESTATED and text[g_prev.end:a.start] == ": "))
                  and (_TERSE_END.match(text, a.end)
                       # (the list's total term after it in parentheses: "EMD pts (n=8): CR 5, PR 2 (ORR 87.5%)", maybe after
                       # its site or a qualifier: "EMD (n = 22): CR 14, PR 5 (EM ORR 86.4%)", b191-05; "(overall ORR 90%)")
                       or ((k := _OPEN_PAREN.match(text, a.end)) is not None
                           and any(m.kind == "E" and _TERM_QUALIFIERS.fullmatch(text, k.end(), m.start) for m in ms)))
                  and text[g_prev.start:g_prev.end] != "CRi"   # (CRi alone is no endpoint)
                  and (_TERSE_OPEN.search(text, max(0, g_prev.start - 3), g_prev.start)
                       or text[g_prev.start - 1:g_prev.start] == " " and _TERSE_OPEN_SITE.search(text, max(0, g_prev.start - 20), g_prev.start))):
                # "(n=10): CR 6, PR 3, ORR 90.0%", "– CR 4, CRi 3, MLFS 2", "(CR, 8; PR, 2)": a terse response count
                head, target = True, g_prev
            elif ";" in text and any(a.start in (k.start("a"), k.start("b")) and text[:k.start()].rstrip().endswith(";")
                                     for k in _NAMED_COUNT_PAIR.finditer(text)):
                head = True   # "Relapse: 9 of 53 responders (17.0%); 2 after HSCT, 7 without HSCT": each group's count
            elif (g_prev is not None and g_prev.kind == "E" and g_prev.endpoint in NEGATABLE and not g_prev.pop and not g_prev.negated
                  and text[a.start:a.end] == "0" and text[g_prev.end:a.start] in (" ", ": ")
                  and _TERSE_END.match(text, a.end) and text[:g_prev.start].rstrip().endswith(";")):
                # "aGVHD: G2 in 2, no G3–4; cGVHD 0", "…; ICANS: 0": a poster's list item, a term with its count of none, a
                # stated absence (only after a semicolon: a table's cell "ICANS: 0." is one patient's, no result)
                head, target = True, g_prev
        if not head:
            i += 1
            continue
        vals = dict(atom_value(a))
        if not vals:
            i += 1
            continue
        g = Group(a.start, a.end, vals, a.kind, target=target)
        if arms:
            groups[-1].arm, g.arm = arms
        if a.start in named:
            g.arm = named[a.start]
        j = i + 1
        while j < len(atoms):
            b = atoms[j]
            gap = text[g.end:b.start]
            if (b.kind == "num" and "n" in g.vals and "percent" in g.vals and "N" not in g.vals
                    and _OF_DENOM.fullmatch(gap) and isinstance(atom_value(b).get("n"), int)
                    and atom_value(b)["n"] >= g.vals["n"]):
                g.vals["N"] = atom_value(b)["n"]   # "35 (92.1%) of the 38 responders"
                g.end = b.end
                j += 1
                continue
            if g.head == "pct" and set(g.vals) == {"percent"} and "(" in gap and b.kind in ("frac", "num") \
                    and (fb := b if b.kind == "frac" else atoms[j + 1] if j + 1 < len(atoms) else None) is not None \
                    and fb.kind == "frac" and (lab := _PCT_LABEL_FRAC.fullmatch(text, g.end, fb.start)) \
                    and (bv := atom_value(fb)).get("N") and abs(100 * bv["n"] / bv["N"] - g.vals["percent"]) < 1 \
                    and _PAREN_CLOSE.match(text, fb.end):
                # "33% (DL1, 2/6), 78% (DL2, 7/9)", "60% (dose level 1: 3/5)": the percent's own label and count
                g.vals.update(bv)
                sub = lab.group("sub")
                g.arm = re.sub(r"[\s-]+", "", sub).upper() if sub[:2].upper() == "DL" else sub
                g.end = fb.end
                j += 1 if fb is b else 2
                continue
            if g.head == "pct" and set(g.vals) == {"percent"} and b.kind == "frac" and "(" in gap \
                    and (lab := _PCT_GROUP_FRAC.fullmatch(gap)) and (bv := atom_value(b)).get("N") \
                    and abs(100 * bv["n"] / bv["N"] - g.vals["percent"]) < 1 and _FRAC_CLOSE.match(text, b.end) \
                    and not any(g.end <= m.start < b.start and m.kind in "EG" and not m.pop for m in ms):
                # "67% at the 25 × 10^6 dose (2 of 3)", "80% in the high-dose group (8 of 10 patients)", "90% at day 28
                # (18 of 20)": the percent's group or time, then its own count in parentheses (no second result)
                k = _DOSE_GROUP.fullmatch(lab.group("sub"))
                g.arm = k.group("d") if k else _subgroup(text, g)[0]   # (the group as the percent alone had it)
                g.vals.update(bv)
                g.end = b.end
                j += 1
                continue
            if g.head == "pct" and set(g.vals) == {"percent"} and b.kind == "frac" and _PCT_OVERALL_FRAC.fullmatch(gap) \
                    and (bv := atom_value(b)).get("N") and abs(100 * bv["n"] / bv["N"] - g.vals["percent"]) < 1 \
                    and _FRAC_CLOSE.match(text, b.end):
                g.vals.update(bv)   # "86% overall (185/215)": the whole cohort's percent, then its own count
                g.end = b.end
                j += 1
                continue
            if g.head == "pct" and set(g.vals) == {"percent"} and b.kind in ("tp", "lm") and j + 1 < len(atoms) \
                    and (fb := atoms[j + 1]).kind == "frac" and _SPACES.fullmatch(gap) \
                    and _OPEN_PAREN.fullmatch(text, b.end, fb.start) and (bv := atom_value(fb)).get("N") \
                    and abs(100 * bv["n"] / bv["N"] - g.vals["percent"]) < 1 and _FRAC_CLOSE.match(text, fb.end):
                g.vals.update(bv)   # "90% at day 28 (18 of 20)", "90% at 3 months (18/20)": the time, then the percent's own count
                g.end = fb.end
                j += 2
                continue
            if set(g.vals) == {"n"} and b.kind in ("tp", "lm") and j + 1 < len(atoms) and (fb := atoms[j + 1]).kind == "pct" \
                    and _COUNT_NOUN_GAP.fullmatch(gap) and (k := _TIME_TO_PCT.match(text, b.end)) and k.end() == fb.start \
                    and _PCT_CLOSE.match(text, fb.end) and not any(g.end <= m.start < fb.start and m.kind in "EGX" for m in ms):
                g.vals.update(atom_value(fb))   # "in 18 patients on day 28 after infusion (90.0%)": the count, its time, its percent
                g.end = fb.end
                j += 2
                continue
            if target is not None and target.end <= b.start and (_OPEN_PAREN.fullmatch(text, target.end, b.start) or (
                    b.kind == "pct" and _ABBR_THEN_PCT.fullmatch(text, target.end, b.start)
                    and _NAME_ASIDE.search(text, target.start, target.end) and _PAREN_CLOSE.match(text, b.end))):
                gap = ""   # "12 CRs (60%)", "6 complete responses (CRs; 50.0%)": the percent after the term is the group's
            elif b.kind == "pct" and _pct_after_population(text, g, b, gap, ms):
                # "14 of the 16 patients with CR/CRi (87.5%)", "29 patients in cohort A (85.3%)";
                # "26 of 30 patients responded (86.7%)": the verb in between is the group's term
                g.target = g.target or next((m for m in ms if g.end <= m.start < b.start and m.kind == "E"
                                             and not m.pop), None)
            elif b.kind == "pct" and set(g.vals) == {"n"} and _OF_WHOM_PAREN.fullmatch(gap):
                pass   # "14 of whom (77.8%)": the count's own percent
            elif b.kind in ("neq", "frac") and (t := _count_restated_after(text, g, b, gap, ms)) is not None:
                # "Eleven patients in CR underwent consolidative allo-HSCT (n = 11/32)", "Seven patients relapsed
                # (7/20)": the count restated with its N after its verb and term is one result, the term's
                g.target = g.target or t
                g.vals.update(atom_value(b))
                g.end = b.end
                j += 1
                continue
            elif not _FILLER.fullmatch(gap) or any(g.end <= m.start < b.start for m in ms if m.kind in "EGX"):
                break
            elif _clause_subject_count(text, g, b, gap):
                break
            bv = atom_value(b)
            if b.kind == "pct" and "percent" not in g.vals and bv:
                g.vals.update(bv)
            elif b.kind in ("frac",) and "n" not in g.vals and bv and g.head == "pct":
                g.vals.update(bv)
            elif b.kind == "neq" and bv and ("n" not in g.vals or ("N" in bv and bv["n"] == g.vals["n"])):
                g.vals.update(bv)   # "18 patients (n = 18/20)": the n/N restates the count
            elif b.kind == "spread":
                pass                # "45.0% (SE 9.1%)": absorbed, never a value
            elif b.kind in ("ci", "bci") and "ci_low" not in g.vals and bv and ("percent" in g.vals or "duration" in g.vals):
                g.vals.update(_in_months(bv, a, b, g))
            elif b.kind == "range" and "range_low" not in g.vals and "duration" in g.vals:
                g.vals.update(_in_months(bv, a, b, g))
            else:
                break
            g.end = b.end
            j += 1
        # a table row's last cell reports its own row, not the label starting the next ("…\t18 (81.8)\nCRS, any grade")
        row_end = text.find("\n", g.end) if "\t" in text else -1
        x_next = next((m for m in ms if m.start >= g.end), None) if g.target is None else None
        if x_next is not None and 0 <= row_end < x_next.start:
            x_next = None
        if x_next is not None and x_next.kind == "X" and _BEFORE_TERM.fullmatch(text, g.end, x_next.start):
            g.target = x_next    # "5 (20%) very good partial response": a distractor's count
        e_next = next((m for m in ms if m.start >= g.end and m.kind == "E"), None) if g.target is None else None
        if e_next is not None and 0 <= row_end < e_next.start:
            e_next = None
        if e_next is not None and _grade_size_before_term(text, g, e_next, ms):
            e_next = None   # "grade 1 (n = 6) or grade 2 (n = 4) CRS": the last grade's own count, no count of the term
        if e_next is not None and not e_next.pop and e_next.endpoint in RATE and not text.startswith("and ", e_next.start):
            # ("resolved completely in 8 and partially in 5": a term opened by "and" is the next item's)
            inside = _IN_TERM.fullmatch(text, g.end, e_next.start)
            if inside or _BEFORE_TERM.fullmatch(text, g.end, e_next.start):
                # "56.3% in CR", "8 (44.4%) achieving CR", "with 62% CR and 19% PR"; but a value stated
                # for its own term stays there: "ORR 85% CR 60%", "the ORR was 90.1% with a CR rate of 75.3%"
                e_prev = next((m for m in reversed(ms) if m.end <= g.start and m.kind in "EG"), None)
                # ("11/14 CR, 2/14 PR": the term before already has its value before it, so values come before their terms)
                if not (e_prev and (_TIME_TERM_IS if inside else _TIME_AFTER_TERM).fullmatch(text, e_prev.end, g.start)) \
                        or (groups and not inside and e_prev.kind == "E" and groups[-1].end <= e_prev.start
                            and _BEFORE_TERM.fullmatch(text, groups[-1].end, e_prev.start)):
                    g.target = e_next
        after = text[g.end:g.end + 100]
        # "the 37 patients who …" (a substring test first: the cue needs "who")
        g.rel = g.head in ("num", "frac", "all") and "percent" not in g.vals and "who" in after \
            and bool(c.rel_subject_after.match(after))
        g.subject = "duration" not in g.vals and (g.rel or bool(c.subject_after.match(after)))
        if g.subject and not g.rel and "(" in text[max(0, g.start - 24):g.start] and _named_in_paren(text, g, ms):
            g.subject = False   # ("Responses (ORR 72.7%) were observed …": the term's value, no count of patients who were)
        if g.subject and not g.rel and g.head == "neq" and (gp := _GRADE_SIZES_IN_PAREN.search(text, max(0, g.start - 90), g.start)) \
                and any(m.kind == "E" and m.endpoint in GRADED and not text[m.end:gp.start()].strip() for m in ms):
            g.subject = False   # ("CRS (grade 1-2, n = 11; grade 3, n = 1) and ICANS (grade 1, n = 1) were manageable": each grade's count)
        if g.subject and not g.rel and g.head == "pct" and set(g.vals) <= {"percent", "ci_low", "ci_high"} \
                and _PCT_IN_GROUP.match(text, g.end) and _COPULA_BEFORE.search(text, max(0, g.start - 12), g.start):
            g.subject = False   # ("Two-year EFS was 70% among patients achieving MRD-negative CR": the term's value in that group)
        groups.append(g)
        i = j
    if " but " in text and ("all " in text or "All " in text):
        groups = _all_but(text, groups)
    if "one of" in text:   # "none of the 25 patients who were not transplanted developed GVHD": 0 of the 25
        for g in groups:
            if g.head == "num" and set(g.vals) == {"n"} and _NONE_OF_BEFORE.search(text, max(0, g.start - 20), g.start):
                g.vals, g.subject = {"n": 0, "N": g.vals["n"]}, True
    if "no " in text or "No " in text:   # "no responses were seen in the 5 patients treated with …": the absence's N (_response_absences)
        groups = [g for g in groups if not (g.head == "num" and set(g.vals) == {"n"} and _ABSENT_IN_BEFORE.search(text, max(0, g.start - 90), g.start))]
    if "including in" in text or "even in" in text or "even among" in text:
        # "aGvHD: none, including in the 13 pts with prior allo-SCT": the population the absence covers, no result
        groups = [g for g in groups if not (g.head == "num" and set(g.vals) == {"n"}
                                            and _ABSENT_IN_TOO.search(text, max(0, g.start - 80), g.start))]
    if "all " in text or "All " in text or "both " in text or "(gr" in text or "( gr" in text or "(Gr" in text \
            or " in all" in text or " in both" in text or " in each" in text or "%), " in text and "rade" in text:
        groups = _all_of(text, groups, ms)
    # "21 grade ≥3 (33.9%)": the percent after a count's grade is that count's percent
    for k in range(len(groups) - 2, -1, -1):
        g, h = groups[k], groups[k + 1]
        if (g.target is not None and g.target.kind == "G" and set(g.vals) == {"n"} and set(h.vals) == {"percent"}
                and g.end <= g.target.start and _OPEN_PAREN.fullmatch(text, g.target.end, h.start)):
            g.vals["percent"], g.end = h.vals["percent"], h.end
            del groups[k + 1]
    return groups


_IN_ARM = r"\s+in\s+(?:the\s+)?(?P<arm>(?:[\w/+.-]+\s+){0,2}?(?P<w>arm|group|cohort)\b(?:\s+(?-i:[A-Z\d])\b)?)"   # "in arm B", "in the tisa-cel group"
_ELLIPTIC_IN = gate.compile(_IN_ARM, re.I | re.A)
_PATIENT_IN = gate.compile(rf"\S+\s+(?:[\w-]+\s+)?{PATIENT}" + _IN_ARM, re.I | re.A)   # from the count
_AND_BEFORE = re.compile(r"(?:,|\band)\s+(?:in\s+)?$", re.A)   # ("and 15 in arm B", "and in 27 in the CD19 group")
# (a second count after the term's "in" said again, its population after "with" as the first count's: "Progression or relapse
# occurred in 19 patients with CLL, including 6 with Richter transformation, and in 9 with FL" (b203-07); not a grade's)
_ELLIPTIC_WITH_GRADE = re.compile(r"\s+with\s+(?:a\s+|an\s+)?(?:grade|gr\b|G\d|CTCAE|ASTCT|severe|mild|moderate)", re.I | re.A)
_ELLIPTIC_POP = gate.compile(r"\s+with\s+[^();,.%\d]{1,40}?\s*\(\s*\d+(?:\.\d+)?\s*%", re.I | re.A)
# (also the product they received: "acute GVHD developed in 9 recipients of donor-derived cells (15.8%)")
_POP_TO_PCT = gate.compile(rf"\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?(?:with|in|from|(?<=recipients\s)of)\s+[^();,.%]{{1,40}}?\s*\(\s*",
                         re.I | re.A)
# a count's time between it and its percent: "Complete remission was achieved in 18 patients on day 28 after infusion (90.0%)",
# "CR in 18 patients at 1 month (90%)", "in 12 children by week 4 post-infusion (80%)"
_COUNT_NOUN_GAP = re.compile(rf"\s+{PATIENT}\s+", re.A)
_TIME_TO_PCT = re.compile(r"(?:\s+(?:after|following|post)[\s-]*(?:the\s+)?(?:CAR[\s-]?T(?:[\s-]cells?)?\s+|cell\s+)?(?:infusion|treatment|therapy)"
                          r"|\s*post[\s-]?infusion)?\s*\(\s*", re.I | re.A)
_PCT_CLOSE = re.compile(r"\s*(?:of\s+(?:all\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s*)?[);]", re.A)   # "(28.0% of responders)"
# (also in the pluperfect: "At the week-4 assessment, nine patients had responded (56.3%)", "7 had relapsed (17.1%)")
_VERB_TO_PCT = gate.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+(?:(?:had|have)\s+)?(?:responded|relapsed|died)\s*\(\s*", re.I | re.A)

_BARE_VERB_TO_PCT = gate.compile(rf"\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?(?:(?:had|have)\s+)?(?:responded|relapsed|died)\s*\(\s*", re.I | re.A)
# ... or its verb and the result it achieved: "1 patient achieved a CR (2.9%)", "Three patients attained a complete response (8.6%)"
_ACHIEVED_TO_PCT = gate.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+(?:achieved|attained|reached|obtained)\s+(?:an?\s+)?(?P<t>[^()]{{1,40}}?)\s*\(\s*",
                                re.I | re.A)


# a clause from a count to its restatement in parentheses: "Eleven patients in CR underwent consolidative allo-HSCT (n = 11/32)"
_CLAUSE_TO_PAREN = re.compile(r"[^;:.()\d\t\n]{1,80}\(\s*", re.A)
_RESTATED_CLOSE = re.compile(r"\s*(?:\)|,\s*\d+(?:\.\d+)?\s*%\s*\))", re.A)   # (its percent after it: "(6/9, 66.7%)")


def _count_restated_after(text: str, g: Group, b: Atom, gap: str, ms: list[Mention]) -> Mention | None:
    """The term of a count restated with its N in parentheses at the end of its clause ("Eleven patients in CR underwent
    consolidative allo-HSCT (n = 11/32)", "Seven patients relapsed (7/20)"): the last endpoint term in between (no
    population's); None when ``b`` is no such restatement."""
    v, bv = g.vals, atom_value(b)
    if set(v) != {"n"} or bv.get("n") != v["n"] or bv.get("N", v["n"]) < v["n"] \
            or not _CLAUSE_TO_PAREN.fullmatch(gap) or not _RESTATED_CLOSE.match(text, b.end):
        return None
    return next((m for m in reversed(ms) if g.end <= m.start and m.end <= b.start and m.kind == "E" and not m.pop), None)


def _grade_size_before_term(text: str, g: Group, e_next: Mention, ms: list[Mention]) -> bool:
    """A count in parentheses right after a grade of the term that follows ("Patients had grade 1 (n = 6) or grade 2 (n = 4)
    CRS", "with grade 1 (n=6), grade 2 (n=4) and grade 3 (n=1) CRS"): the grade's count, as the grades before it had theirs."""
    if g.head != "neq" or set(g.vals) - {"n", "N"}:
        return False
    gp = next((m for m in reversed(ms) if m.end <= g.start), None)
    return gp is not None and gp.kind == "G" and gp.endpoint == e_next.endpoint \
        and _OPEN_PAREN.fullmatch(text, gp.end, g.start) is not None and text[g.end:e_next.start].strip() == ")" \
        and _SIZED_GRADE_BEFORE.search(text, max(0, gp.start - 40), gp.attrs.get("_gstart", gp.start)) is not None


# (the grade before it in the list had its own count)
_SIZED_GRADE_BEFORE = re.compile(rf"{_SIZE_THEN_NEXT}$", re.A)


def _clause_subject_count(text: str, g: Group, b: Atom, gap: str) -> bool:
    """A rate, a semicolon, then a count opening its own clause as its subject ("The ORR was 73% (95% CI 50-89); 16 of 22
    patients responded", "The CR rate was 68%; 15 of 22 patients achieved CR"): the count's own result (restating the rate
    when they agree), no part of the rate's values."""
    return g.head == "pct" and b.kind == "frac" and ";" in gap and _SEMI_END.search(gap) is not None \
        and cues().subject_after.match(text[b.end:b.end + 100]) is not None


# (the gap ends at the semicolon, the count opening the clause: "; 16 of 22", not "(16; 22 …")
_SEMI_END = re.compile(r";\s*$", re.A)


def _pct_after_population(text: str, g: Group, b: Atom, gap: str, ms: list[Mention]) -> bool:
    """A count, its patient noun and the population or group it names, then its percent in
    parentheses: "14 of the 16 patients with CR/CRi (87.5%)", "29 patients in cohort A (85.3%)",
    or its verb: "26 of 30 evaluable patients responded (86.7%)". Terms in between name the
    population only (but the verb); with a stated N the percent must be n/N."""
    v = g.vals
    if "n" not in v or "percent" in v or "(" not in gap or not _PCT_CLOSE.match(text, b.end):
        return False
    if _VERB_TO_PCT.fullmatch(gap) if "N" in v else _BARE_VERB_TO_PCT.fullmatch(gap):
        pass   # "26 of 30 evaluable patients responded (86.7%)", "7 relapsed (17.1%)": the verb names the endpoint
    elif (k := _ACHIEVED_TO_PCT.fullmatch(gap)) and [(m.kind, m.start, m.end) for m in ms if g.end <= m.start < b.start] \
            == [("E", g.end + k.start("t"), g.end + k.end("t"))]:
        pass   # "1 patient achieved a CR (2.9%)": the term right before the percent, the only one, is the count's result
    elif not _POP_TO_PCT.fullmatch(gap) or any(g.end <= m.start < b.start and (m.kind != "E" or not m.pop) for m in ms):
        return False
    p = atom_value(b).get("percent")
    return p is not None and ("N" not in v or abs(100 * v["n"] / v["N"] - p) <= 0.6)


# ("CRS occurred in 15 patients (88%); all events were grade 1 or 2", "both cases were grade 1", "all of the ICANS episodes
# were grade 1": the events of the count before, every one of that grade)
# (the responses named by their abbreviation: "The day-28 CR/CRi rate was 83.3% [10/12], and all CR/CRi were MRD-negative")
# (not the disease's "ALL": "All 6 pts with T-ALL achieved MRD-negative CR", "4 with ALL achieved CR")
_ALL_OF = gate.compile(r"\b(?:(?-i:[Aa]ll)|both)\s+(?:(?:of\s+)?(?:the(?:se)?\s+)?(?:(?:CRS|ICANS|GVHD|neurotoxicity|neurologic(?:al)?)\s+)?(?:events|cases|episodes)\s+"
                      r"(?=(?:were|was)\s+(?:grades?\b|gr\b|G[1-5]))|of\s+(?:them|these|those|whom|which)\b|of\s+(?=grades?\b)|(?:(?:the(?:se)?\s+)?(?:remissions|responses|responders|complete\s+(?:responders|remissions|responses)|CRs|CR/CRis?|CRs?\s+(?:or|and)\s+CRis?)\s+)?"
                      r"(?=(?:were|had|achieved|attained|became|remained|responded|grades?|gr)\b|G[1-5≥>]|(?<=,\sall\s)(?-i:MRD)[\s-]?neg)"
                      # "4/4 responded, all with CR", "…, all achieving a complete response": the response every one of them had
                      r"|(?<=,\sall\s)(?P<with>with|achieving|attaining|in)\s+(?:an?\s+)?(?=CRs?\b|CMRs?\b|complete\s+(?:remissions?|(?:metabolic\s+)?responses?)\b)"
                      # "ICANS occurred in four patients (8.3%), all with grade 1 or 2 events": the grade every one of them had
                      r"|(?<=,\sall\s)with\s+(?=grades?\s+(?:[1-5]|I{1,3}V?|IV)\b))",
                      re.I | re.A)


_PAREN_GRADE = re.compile(r"\((?=\s*(?:grade|gr\.?)\s*(?:[1-5]|I{1,3}V?|IV)(?:\s*(?:[-\u2013/]|or|and)\s*(?:[1-5]|I{1,3}V?|IV))?"
                          r"\s*(?:(?:in\s+)?(?:all|each|both)(?:\s+(?:patients|cases))?\s*)?\))", re.I | re.A)
# ("ICANS occurred in 1 case (grade 2)", "neurotoxicity in one child (grade 1)")
# ("acute GVHD occurred in 2 of them (grade II)": the count of the group named before)
_PAREN_GRADE_GAP = re.compile(r"\s*(?:(?:patients?|pts|cases?|recipients|child(?:ren)?|adults?|of\s+(?:them|these|those))\s*)?", re.A)
# the count's population named at more length before "(grade I–II in all)": "in 4 of the 21 recipients of donor-derived
# products (grade I–II in all)" (only with "all"/"both"/"each" in the aside: every one of them)
_PAREN_GRADE_GAP_LONG = re.compile(r"\s+(?:patients?|pts|cases|recipients|children|adults)\s+(?:of|with|who\s+received|receiving)\s+"
                                   r"(?:[\w/+-]+\s+){0,3}?[\w/+-]+\s*", re.A)
# the same grade aside after a comma: "acute GVHD developed in two, grade 1 skin in both"; "CRS in 6, grade 1 in all"
_COMMA_GRADE_ALL = gate.compile(r"[,;]\s*(?=(?:grade|gr\.?)\s*(?:[1-5]|I{1,3}V?|IV)(?:\s*(?:[-\u2013/]|or|and)\s*(?:[1-5]|I{1,3}V?|IV))?"
                              r"\s+(?:(?:skin|cutaneous|gut|gastrointestinal|liver|hepatic|oral|ocular|mucosal)\s+)?"
                              r"in\s+(?:all|both|each)(?:\s+(?:patients|cases|of\s+them))?\s*(?:[.;,)]|$))", re.I | re.A)
# "GVHD: 1 patient (8.3%), acute grade I (skin); no chronic GVHD", "ICANS in 2 (10%), grade 1.": a lone grade right
# after a count's percent, with no count of its own and ending the clause, is the grade of every one of them
_COMMA_GRADE_LONE = gate.compile(r",\s*(?:(?:acute|chronic)\s+)?(?=(?:grade|gr\.?)\s*(?:[1-5]|I{1,3}V?|IV)(?:\s*(?:[-\u2013/]|or|to)\s*(?:[1-5]|I{1,3}V?|IV))?"
                                 r"\s*(?:\([a-z][^()\d]{0,30}\)\s*)?(?:[.;]|$))", re.I | re.A)
# the term's grade named with a bare noun after its patients: "ICANS was limited to two patients with grade 1 events",
# "neurotoxicity was confined to 3 patients who had grade 1 symptoms"
_GRADE_EVENTS = re.compile(r"\s+(?:events?|episodes?|symptoms|toxicit(?:y|ies)|severity)\b", re.A)
_PATIENTS_WITH = re.compile(rf"\s+{PATIENT}\s+(?:with|who\s+(?:had|developed|experienced))\s+", re.A)
_PCT_ALL_GAP = re.compile(r"(?:\s+of\s+(?:all\s+|the\s+)?(?:patients|pts|recipients))?\s*[(,;]?\s*", re.A)
_OWN_COUNT = gate.compile(r"\s*\(\s*n\s?[=:]", re.I | re.A)
# the first reason, or a later one of a counted list: "because of donor unavailability (n = 3), infection (n = 2), early relapse (n = 2)",
# "because of patient choice (n = 5), lack of a suitable donor (n = 4), or early relapse (n = 5)"
_REASON_BEFORE = gate.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|reasons?\s+(?:for|of)\s+(?:not|non-?|failure\s+to|withdrawal|discontinu\w*|exclusion)"
                              r"[^.;()]{0,60}?\s+(?:were|was|included|being)|reasons?\s+(?:for|of)\s+(?:not|non-?)[^.;()]{0,60}?:)\s+(?:(?:[\w/-]+\s+){0,6}?\(\s*n\s?[=:]\s?\d+\s*\)\s*"
                              r"(?:[,;]\s*(?:or\s+|and\s+)?|(?:or|and)\s+))*(?:[\w-]+\s+)?$", re.I | re.A)
_REASON_TERMS = ("relapse", "transplant")
_BRIDGED_TO = re.compile(r"\s+(?:(?:directly|successfully|subsequently|then)\s+)?(?:on\s*)?to\b", re.A)
# reasons in parentheses after a negated step: "the remaining two responders did not (early relapse, n=1; fungal pneumonia,
# n=1)", "3 were not transplanted (relapse [n = 2], infection [n = 1])"
_REASON_PAREN = gate.compile(r"\b(?:not|never|unable\s+to|ineligible|failed\s+to)\b[^.;()]{0,60}?[(\[]\s*"
                             r"(?:[\w/-]+(?:\s+[\w/-]+){0,3}\s*(?:,\s*|[(\[]\s*)?n\s?[=:]\s?\d+\s*[)\]]?\s*[;,]\s*(?:and\s+)?)*(?:[\w-]+\s+)?$",
                             re.I | re.A)
_REASON_COUNT = gate.compile(r"\s*(?:,\s*|[(\[]\s*)n\s?[=:]", re.I | re.A)


_ABSENT_IN_TOO = gate.compile(r"\b(?:none|no\s+[^,;.:]{1,40}?)\s*,\s*(?:including|even)\s+(?:in|among)\s+(?:the\s+|all\s+|those\s+)?$",
                             re.I | re.A)
# (or no article: "none of three patients at 3 × 10⁵/kg responded")
_NONE_OF_BEFORE = gate.compile(r"\bnone\s+of\s+(?:(?:the|these|those|all)\s+)?$", re.I | re.A)
_ALL_BUT = gate.compile(r"\ball\s+but\s+$", re.I | re.A)
_ALL_BUT_OF = gate.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+)?$", re.I | re.A)


def _all_but(text: str, groups: list[Group]) -> list[Group]:
    """"All but one of the 12 patients achieved CR": n = 12 - 1 of 12; "57 of 63 attained CR/CRi, all but one
    (of whom were) with MRD-negative marrow": n = 57 - 1 of the 57 before (the count after "but" is the rest,
    never the count of the result)."""
    out = []
    skip = set()
    for i, g in enumerate(groups):
        if i in skip:
            continue
        k = g.vals.get("n")
        if not isinstance(k, int) or not _ALL_BUT.search(text, max(0, g.start - 10), g.start):
            out.append(g)
            continue
        if g.head == "frac" and set(g.vals) == {"n", "N"} and g.vals["N"] > k:
            g.vals = {"n": g.vals["N"] - k, "N": g.vals["N"]}   # "all but one of the 12 patients" read as one fraction
            out.append(g)
            continue
        if g.head != "num" or set(g.vals) != {"n"}:
            out.append(g)
            continue
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if nxt is not None and isinstance(nxt.vals.get("n"), int) and "N" not in nxt.vals and "percent" not in nxt.vals \
                and _ALL_BUT_OF.fullmatch(text, g.end, nxt.start) and nxt.vals["n"] > k:
            total = nxt.vals["n"]   # "all but one of the 12 patients"
            skip.add(i + 1)
            out.append(Group(g.start, nxt.end, {"n": total - k, "N": total}, "frac", subject=nxt.subject, rel=nxt.rel))
            continue
        prev = [h for h in out if h.end <= g.start and isinstance(h.vals.get("n"), int)]
        if prev and prev[-1].vals["n"] > k and g.start - prev[-1].end <= 80 \
                and not any(ch in text[prev[-1].end:g.start] for ch in ";:") and "." not in text[prev[-1].end:g.start].replace("..", ""):
            total = prev[-1].vals["n"]   # "57 of 63 … CR, all but one with MRD-negative marrow"
            nxt = groups[i + 1] if i + 1 < len(groups) else None
            if nxt is not None and nxt.vals.get("n") == total - k and nxt.vals.get("N") == total and nxt.start - g.end <= 60 \
                    and not any(ch in text[g.end:nxt.start] for ch in ";:"):
                continue   # the share stated right after: "24 patients … achieved CR, all but one of whom were MRD negative (23/24, 95.8%)"
            out.append(Group(g.start, g.end, {"n": total - k, "N": total}, "allof", subject=True, target=g.target))
            continue
        # no total to take the rest from: nothing is stated
    return out


# a count, its verb and the term whose aside follows: "3 (15.0%) developed acute GVHD (all grade 1-2)", "Four patients
# experienced CRS (all grade 1)"
_COUNT_VERB_GAP = gate.compile(rf"\)?\s+(?:(?:[\w-]+\s+){{0,2}}?{PATIENT}\s+)?(?:subsequently\s+|later\s+)?(?:developed|experienced|had|presented\s+with|suffered(?:\s+from)?)"
                               r"\s+(?:an?\s+|the\s+)?(?:(?:acute|chronic|mild|skin|cutaneous|late)\s+)?", re.I | re.A)


# a term's abbreviation after it, defined in parentheses: "graft-versus-host disease (GVHD)"
_ABBR_GAP = re.compile(r"\s*(?:\(\s*[A-Za-z][\w-]{1,9}\s*\))?\s*", re.A)


# the grade of all but some: "all grade 1-2 apart from one grade 3 event at DL3", "all grade 1 other than a grade 2 case",
# "all grade 1 or 2 with the exception of one grade 3", "all grade 1 save for two grade 2 events"
_GRADE_BUT = re.compile(r"\s*,?\s*(?:apart\s+from|aside\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of|but\s+(?:for\s+)?(?:one|two|three|an?|\d+)\b)", re.I | re.A)


# the population opening the sentence, then "all" as the subject: every one of them ("Among the 4 patients with tFL, all
# responded and 3 achieved CR", "Of the 6 patients with CNS disease, all were MRD-negative"; not a relative clause on the
# population, "Among the seven patients with T-LBL, all of whom had measurable disease at enrolment, …")
_ALL_AFTER_OPENER = re.compile(r"(?:among|of|in)\s+(?:the\s+|these\s+)?(?P<N>\d+)\s+[^,;:()\d]{0,80}?,\s*", re.I | re.A)


def _all_of(text: str, groups: list[Group], ms: list[Mention]) -> list[Group]:
    """"33 children were in CR, and all of them were MRD-negative" (or "all remissions were"): "all of them/these/whom"
    (or a bare "all" before its verb) after a count is a subject group n = N = that count;
    "CRS in 5 (25%), all grade 1-2" / "(13%; both grade 1)": a grade breakdown of that count."""
    out = list(groups)
    paren = "(gr" in text or "( gr" in text or "(Gr" in text
    lone = "%), " in text and "rade" in text
    if paren or lone or " in both" in text or " in all" in text or " in each" in text:
        for m in chain(_PAREN_GRADE.finditer(text) if paren else (), _COMMA_GRADE_ALL.finditer(text),
                       (m for m in _COMMA_GRADE_LONE.finditer(text) if text[m.start() - 2:m.start()] == "%)") if lone else ()):
            # "ICANS in 1 (grade 2)", "Acute GVHD developed in 3 patients (grade 1–2 in all)": a grade alone in the
            # parentheses right after a count is the grade of every one of them
            prev = [g for g in groups if g.end <= m.start() and isinstance(g.vals.get("n"), int)]
            if not prev or not any(k.kind == "G" and k.start >= m.end() and not text[m.end():k.start].strip() for k in ms):
                continue
            aside = text[m.end():text.find(")", m.end()) if text[m.start()] == "(" else m.end() + 40].lower()
            every = " all" in aside or " each" in aside or " both" in aside
            if not (_PAREN_GRADE_GAP.fullmatch(text, prev[-1].end, m.start() - (text[m.start() - 1] == ")"))
                    or (every and _PAREN_GRADE_GAP_LONG.fullmatch(text, prev[-1].end, m.start()))
                    or (every and text[m.start()] == "," and any(
                        k.kind == "E" and k.start > prev[-1].end and _ABBR_GAP.fullmatch(text, k.end, m.start())
                        and _COUNT_VERB_GAP.fullmatch(text, prev[-1].end, k.start) for k in ms))):
                # (or the count, its verb and the term before the aside: "Two patients (13.3%) developed acute graft-versus-host
                # disease (GVHD), grade II in both", "Three patients had CRS, grade 1 in all")
                continue
            if " both" in aside and prev[-1].vals["n"] != 2:
                continue
            vals = {"n": prev[-1].vals["n"], "N": prev[-1].vals["n"]}
            if "percent" in prev[-1].vals:   # ("ICANS in 2 (10%), grade 1": every one of them, the grade's rate is the total's)
                vals["percent"] = prev[-1].vals["percent"]
            # (a bare grade is the count's own, of its N: "acute GVHD occurred in 2 of them (grade II)"; "all grade 1-2" after
            # "18 of 20" is a breakdown of the total, N null)
            out.append(Group(m.start(), m.end(), vals, "allof", subject=True, whole=None if every else prev[-1]))
    for m in _ALL_OF.finditer(text):
        prev = [g for g in groups if g.end <= m.start() and isinstance(g.vals.get("n"), int)]
        if not prev and m.group().lower().startswith("all") and " wh" not in m.group().lower() \
                and (op := _ALL_AFTER_OPENER.match(text)) and op.end() == m.start():
            prev = [Group(op.start("N"), op.end("N"), {"n": int(op.group("N"))}, "num")]   # (see _ALL_AFTER_OPENER)
        on_term = False   # the aside on the term names the grade of the count after it, with the count's N
        if text[m.start() - 1:m.start()] == "(" and any(k.kind == "E" and 0 <= m.start() - 1 - k.end <= 1 for k in ms):
            # "ICANS (all grade I) was seen in 2 patients": the aside right after the term names the grade of the
            # count that follows it, not of a count in an earlier clause
            close = text.find(")", m.end())
            nxt = [g for g in groups if close >= 0 and g.start > close and isinstance(g.vals.get("n"), int)]
            if not nxt or any(ch in text[close:nxt[0].start] for ch in ";:,") or nxt[0].start - close > 40:
                # "3 (15.0%) developed acute GVHD (all grade 1-2)": the count before its verb and term
                term = next(k for k in ms if k.kind == "E" and 0 <= m.start() - 1 - k.end <= 1)
                if not (prev and _COUNT_VERB_GAP.fullmatch(text, prev[-1].end, term.start)):
                    continue
            else:
                prev, on_term = [nxt[0]], True
        elif text[m.start() - 2:m.start()] == ", " and any(k.kind == "E" and 0 <= m.start() - 2 - k.end <= 1 for k in ms) \
                and not m.group().lower().endswith("whom"):   # (", all of whom were MRD-negative …, and …": the count's before)
            # "…; neurologic events, all grade 1 or 2, occurred in 3 patients": an aside between the term and its
            # verb is the grade of the count that follows (its grade mention reads it), not of a count in an earlier clause
            close = text.find(",", m.end())
            nxt = [g for g in groups if close >= 0 and g.start > close and isinstance(g.vals.get("n"), int)]
            if nxt and nxt[0].start - close <= 40 and not any(ch in text[close + 1:nxt[0].start] for ch in ";:,"):
                continue
        # "all grade 1 (n = 5) or grade 2 (n = 2)": a grade with a count of its own is no grade of them all
        # ("all grade 1 except for one grade 2 event": not all of them, and the rest is not counted)
        # ("CRS occurred in 10 cases (55.6%), all of which were grade 1-2")
        after = [k for k in ms if k.kind == "G" and k.start >= m.end() and text[m.end():k.start].strip() in ("", "were", "was")]
        if any("except" in text[k.end:k.end + 10] or _GRADE_BUT.match(text, k.end) for k in after):
            continue   # (nor a subject group of them all: "all events were grade 1 except one grade 3 event")
        grade = any(not _OWN_COUNT.match(text, k.end) for k in after)
        if m.group().lower().startswith("both") and prev and prev[-1].vals["n"] != 2:
            continue
        last = [g for g in groups if g.end <= m.start()]
        if grade and last and "n" not in last[-1].vals and "percent" in last[-1].vals and m.group().lower().startswith("all") \
                and _PCT_ALL_GAP.fullmatch(text, last[-1].end, m.start()):
            # "ICANS in 4.6% (all grade 1–2)": a rate with no count, every case of that grade: the grade's rate is the total's
            out.append(Group(m.start(), m.end(), {"percent": last[-1].vals["percent"]}, "allof", subject=True))
            continue
        # ("CR/CRi 23/24 (95.8%), all MRD-neg by FCM": the count's MRD state, telegraphic)
        if prev and (grade or m.group("with") or cues().subject_after.match(text[m.end():m.end() + 100])
                     or (text.startswith("MRD", m.end() + len(text[m.end():m.end() + 3]) - len(text[m.end():m.end() + 3].lstrip()))
                         and m.start() - prev[-1].end <= 30 and not any(ch in text[prev[-1].end:m.start()] for ch in ";.:"))):
            n = prev[-1].vals["n"]
            vals = {"n": n, "N": n}
            if m.group("with"):   # "6 of 7 responded, all with CR": the responders' count is the CR count, of the same patients
                vals = {k: v for k, v in prev[-1].vals.items() if k in ("n", "N", "percent")}
            if grade and "percent" in prev[-1].vals:
                # "ICANS in 3 (5.8%, all grade 1)": every one of them, so the grade's rate is the total's
                vals["percent"] = prev[-1].vals["percent"]
            run = [prev[-1]]
            if grade and "respectively" in text[prev[-1].end:m.start()]:
                # "ICANS occurred in 2 and 1 patients, respectively, all grade 1": the grade of each listed count
                while len(run) < len(prev) and _NUM_LIST_SEP.fullmatch(text, prev[-len(run) - 1].end, run[0].start):
                    run.insert(0, prev[-len(run) - 1])
            for k, g in enumerate(run[:-1]):
                out.append(Group(m.start() + k, m.start() + k + 1, {"n": g.vals["n"], "N": g.vals["n"]}, "allof", subject=True))
            if len(run) > 1:
                m_start = m.start() + len(run) - 1
                out.append(Group(m_start, m.end(), vals, "allof", subject=True))
                continue
            out.append(Group(m.start(), m.end(), vals, "allof", subject=True, whole=prev[-1] if grade and on_term else None))
    return sorted(out, key=lambda g: g.start) if len(out) > len(groups) else groups


# ---------------------------------------------------------------- attachment
# (": 90.9% v 50.0% (P=.03)": a pair and its p-value after the term's colon)
# (": 10 of 14 (71.4%) in phase 1 and 35 of 39 (89.7%) in phase 2": each value with its group)
# ("CR/CRi was reached by 17/18 in phase 1 …, and by 13 of the 15 with ETP-ALL": the agent's "by" repeated)
_LISTLIKE = re.compile(r"[\s,;:().\[\]]*(?:(?:and|or|including|vs\.?|versus|v)[\s,;:().]*)?(?:by\s+)?"
                       r"(?:(?:and\s+)?(?:at|in|among|for|with|after)\s+[\w\s/+<>\u2264\u2265%-]{0,30}[\s,;:().\[\]]*"
                       # a level's label before its value, no preposition: "[phase 1 11/12; phase 2 36/39]"
                       r"|(?:and\s+)?(?:(?:phase|cohort|arm|part|dose\s+level)\s+(?:\d|[A-D]|I{1,3})|DL\s?-?\d)\b[\s,;:().\[\]]*"
                       r"|(?<=by\s)\s*(?:[\w-]+\s+)?(?:patients|pts|children|adults|responders)\b[\s,;:().]*"   # "…, and by 7 of 9 adults"
                       # the groups named as patients after "including", each with its value: "Response rates were consistent across
                       # subgroups, including patients aged 70 years or older (86.7%) and those with extramedullary disease (78.9%)"
                       # (the name right after "including" or "and", no count taken out before it: not "including all four patients
                       # with CD7-dim disease")
                       r"|(?:(?<=including\s)|\band\s)(?:patients|pts|those|children|adults)\s+(?=(?:aged|with|without)\b)"
                       r"(?:aged\s+[\w\s/+<>\u2264\u2265%-]{0,30}[\s,;:().\[\]]*)?"
                       # the last of three values or more, then their noun: "…, and in 1/4, 6/8, and 7/8 patients"
                       # (the values taken out, only commas left before it: "in , , and  patients", not "…MRD, and 16 patients in CR")
                       r"|(?<=,\s,\s)and\s+(?:patients|pts)\b[\s,;:().]*"
                       # levels named by the dose's size: "… at the low, intermediate, and high dose, respectively"
                       r"|(?:and\s+)?(?:the\s+)?(?:low|lower|lowest|middle|medium|intermediate|high|higher|highest)(?:\s+dose(?:\s+levels?|s)?)?\b[\s,;:().]*"
                       # the grouping of a second breakdown: "responses by dose level were 0 of 3, …, and by histology 9 of 14 in PTCL-NOS, …"
                       r"|(?<=by\s)(?:histology|histologic(?:al)?\s+subtype|subtype|disease(?:\s+type)?|diagnosis|dose\s+level|age(?:\s+group)?)\b[\s,;:().]*"
                       # a hyphenated group name right after its value: ": 9/25 (36.0%) prior-donor vs 3/18 (16.7%) new-donor"
                       # or before it: "; TP53-mut 8/13 (61.5%) v TP53-wt 21/27 (77.8%)"
                       r"|[A-Za-z][\w/+]*-[\w/+-]+[\s)\]]*\s(?:vs\.?|versus|v)[\s,;:().]+|[A-Za-z][\w/+]*-[\w/+-]+(?:\s+(?:pts?|patients))?(?=[\s.,;()]*(?:[Pp]\s?[=<]|$))[\s.,;()]*"
                       # the groups a p-value compares, in parentheses: "… and 11/14 at DL3 (DL2 v DL1, P = .003)"
                       r"|\(\s*[A-Za-z][\w/+-]*\s+(?:vs\.?|versus|v)\s+[A-Za-z][\w/+-]*\s*(?:[,;]\s*[Pp]\s?[=<]\s?0?\.\d+\s*)?\)[\s.;]*)*"
                       r"(?:[Pp]\s?[=<]\s?0?\.\d+[\s;:().]*)?(?:respectively[\s.;)]*)?", re.A)


_LABEL_WORD = re.compile(r"[A-Za-z]{2}", re.A)
# a clause naming a pair's two groups right before its values: "; HSCT v no HSCT 76.5% v 35.7%"
_NAMES_FIRST = gate.compile(r"[;,:]\s*(?:and\s+|while\s+|whereas\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:vs\.?|versus|v)\s+"
                            r"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s*[,:]?\s*", re.I | re.A)
_PAIR_GAP = gate.compile(r"\s*(?:%|months?|mos?)?\s*(?:vs\.?|versus|v)\s+", re.I | re.A)


def _unknown_label(text: str, prev: tuple[int, int], live: list[Mention]) -> bool:
    """Whether the clause before a colon is a label that names no endpoint ("; bridging", ". allo-HSCT")."""
    pa = max(prev[0], text.rfind(". ", prev[0], prev[1]) + 1)   # (the label after a run-in sentence's stop)
    return not any(pa <= m.start < prev[1] and m.kind in "EG" for m in live) and _LABEL_WORD.search(text, pa, prev[1]) is not None


def _attach(text: str, clauses, ms: list[Mention], groups: list[Group], claimed: set[int]) -> list[tuple[Mention, Group]]:
    """Pair each value group with the mention it reports."""
    pairs: list[tuple[Mention, Group]] = []
    x_named: dict[int, Mention] = {}   # a distractor naming a compared group → the term its values report
    live = [m for m in ms if m.kind in "EGX"]
    parens = _parens(text)
    if claimed and any(g.head == "neq" for g in groups):
        # "26 patients with LBCL involving the CNS (isolated CNS relapse, n = 15; …) received": a group's "n = 15" whose number
        # the cohort took as a group's count is claimed too, no count of the term naming the group
        claimed = claimed | {g.start for g in groups if g.head == "neq" and any(g.start < c < g.end for c in claimed)}
    # "The ORR, CR/CRi rate, and MRD-negative CR rate were x, y, and z, respectively": a list split into clauses
    # "6-month OS and LFS: 75.0% (95% CI, 40.8–91.2) and 63.6% (95% CI, 29.7–84.5)" (a poster's bullet): coordinated
    # terms as a label, their values after its colon in turn
    wide = _zip(text, live, [g for g in groups if g.start not in claimed]) \
        if len(clauses) > 1 and ("respectively" in text or text.startswith(":", clauses[1][0])
                                 and not any(g.start < clauses[1][0] for g in groups)) else {}
    carried = None   # the label term of the clause before, when its values were named after them
    paired_next = None   # the second value of a pair whose groups were named before it
    named_second: set[int] = set()   # the second values of _SURV_NAMED_PAIR's pairs, paired with the first
    for k, (ca, cb) in enumerate(clauses):
        cms = [m for m in live if ca <= m.start < cb]
        cgs = [g for g in groups if ca <= g.start < cb and g.start not in claimed]
        # ("CRS 27/31 (gr ≥3: 5); bridging: 17 (54.8%)": a label no term names starts its own item)
        own_label = k > 0 and text.startswith(":", ca) and _unknown_label(text, clauses[k - 1], live)
        zipped = _zip(text, cms, cgs)
        if "respectively" in text and len(cgs) > 1:
            zipped.update(_zip_subjects(text, cms, cgs))
        if wide:
            zipped.update((g, m) for g, m in wide.items() if ca <= g.start < cb)
        # "D28 CR/CRi: auto 80.0% (20/25) vs donor 93.9% (31/33)": a term's label, then its values
        labelled = (_label_term(text, clauses[k - 1], ca, cb, live, cms, cgs, groups)
                    or _split_count(text, clauses[k - 1], ca, live, cms, cgs, groups)) \
            if k and cgs and text.startswith(":", ca) else \
            _split_count(text, clauses[k - 1], ca, live, cms, cgs, groups, both=True) \
            if k and len(cgs) > 1 and text.startswith(";", ca) else {}   # ("CR 14/17 (82%); active disease 7/10, consolidation 7/7")
        if labelled:
            carried = next(iter(labelled.values()))
        elif carried is not None and cgs and text.startswith(";", ca) and _names_after(text, ca + 1, cb, cms, cgs):
            # "…: 26/29 (89.7%) overall; 16/17 (94.1%) donor-derived v 10/12 (83.3%) autologous": the label's list goes on
            labelled = {id(g): carried for g in cgs}
        else:
            carried = None
        # "OS was 61.4% overall, and 70.9% in those who underwent transplantation versus 20.0% in those who
        # did not": a clause opened by a percent or duration whose only terms name populations goes on with the term before
        goes_on = next((m for m in reversed(live) if m.end <= ca and m.kind == "E" and not m.pop and not m.negated), None) \
            if cgs and (cgs[0].head in ("pct", "dur") and _GOES_ON.fullmatch(text, ca, cgs[0].start)
                        or cgs[0].head == "pct" and _GOES_ON_IN.fullmatch(text, ca, cgs[0].start)
                        or cgs[0].head in ("pct", "frac") and _GOES_ON_DIFFER.fullmatch(text, ca, cgs[0].start)
                        or cgs[0].head == "frac" and (_GOES_ON_VERB.fullmatch(text, ca, cgs[0].start)
                                                      or _GOES_ON_RATES.fullmatch(text, ca, cgs[0].start))) \
            and not (text.startswith(";", ca) and text.rfind("(", 0, ca) > text.rfind(")", 0, ca)) \
            and all(m.pop or (m.kind == "X" and m.start > cgs[-1].end)
                    or (m.kind == "X" and "rate" in text[ca:cgs[0].start] and (th := _AT_THRESHOLD_OPEN.match(text, ca)) is not None
                        and m.end <= th.end())   # ("; at a threshold of 10^-6, the rates were …": the assay's word)
                    # ("12-mo EFS: 49% overall; 61% without bridging, 55% with low-intensity and 33% with high-intensity
                    # bridging": a distractor in the group phrase after a value names that group)
                    or (m.kind == "X" and any(h.end <= m.start and _X_GROUP_PHRASE.fullmatch(text, h.end, m.start) for h in cgs))
                    for m in cms) else None
        if goes_on is not None and "including" in text[ca:cgs[0].start]:
            # ("Responses [ORR 72.7% (24/33); ≥CR 39.4% (13/33)] were observed …, including in 7/10 (70.0%) patients …": the
            # subject's term, not one in a bracketed aside closed before)
            goes_on = next((m for m in reversed(live) if m.end <= ca and m.kind == "E" and not m.pop and not m.negated
                            and len(_CLOSES.findall(text, m.start, ca)) <= len(_OPENS.findall(text, m.start, ca))), None)
        if goes_on is not None and "rate" in text[ca:cgs[0].start]:
            # "The day-28 rate of CR/CRi was 90.1% (136/151), with MRD-negative CR in 121 patients (80.1%); rates were 94.8%
            # (55/58) in children …": the bare "rates" go on with the term named as a rate, not a count's term in between
            goes_on = next((m for m in reversed(live) if m.end <= ca and m.kind == "E" and not m.pop and not m.negated
                            and (_RATE_OF_BEFORE.search(text, max(0, m.start - 16), m.start) or _RATE_AFTER.match(text, m.end)
                                 or "rate" in text[m.start:m.end])),
                           goes_on)
        if goes_on is None and k and len(cgs) > 1 and text.startswith(":", ca) and all(g.head == "pct" for g in cgs) \
                and len(pt := [m for m in live if clauses[k - 1][0] <= m.start < clauses[k - 1][1] and m.kind == "E"
                               and not m.pop and not m.negated]) == 1 and pt[0].endpoint in (RATE | SURV) \
                and any(pt[0].end <= g.start < clauses[k - 1][1] and g.head == "pct" for g in groups) \
                and _names_after(text, ca, cb, cms, cgs):
            # "The day 28 CR rate was 89.6% (43 of 48; …): 90.0% in cohort A and 88.9% in cohort B (P > .99)": the
            # term's own rate, then its groups' after a colon, each value followed by its group's name
            goes_on = pt[0]
        for g in cgs:
            if g in zipped:
                pairs.append((zipped[g], g))
                continue
            t = g.target
            if id(g) in named_second:
                continue
            if t is None and " by " in text and (bt := _by_list_term(text, live, g)) is not None:
                # "Best responses by histology were as follows: ALCL, 12 of 14 (CMR, 9 of 14); PTCL-NOS, 6 of 10 …": each value
                # the term's before the grouping, in the group named before it
                t, g.arm = bt
                pairs.append((t, g))
                continue
            if t is None and (h := next((h for h in cgs if h.start > g.start), None)) is not None \
                    and (np := _named_pair_at(text, live, g, h)) is not None:
                # "2-yr LFS: MRD-negative 66.1% vs MRD-positive 31.3% at HCT (p=0.004); TBI 63.0% vs no TBI 41.2%": each pair's
                # values the survival term's, in the groups named before them
                t, k2 = np
                g.arm, h.arm = k2.group("a"), k2.group("b")
                pairs += [(t, g), (t, h)]
                named_second.add(id(h))
                continue
            if id(g) in labelled and (before := [m for m in cms if m.end <= g.start and not m.pop]) \
                    and all(_names_value(text, m, cgs) for m in before):
                t = labelled[id(g)]   # ("PFS by bridging: none 58.1%, corticosteroids 47.9%": the group's name, the label's term)
            if t is None and g.head == "neq" and "percent" not in g.vals:
                # "Responders who underwent consolidative allo-HSCT (n = 9) had …": the count
                # right after a transplant that patients underwent is the transplant count
                t = next((m for m in reversed(cms) if m.end <= g.start), None)
                if t is not None and not (t.kind == "E" and t.endpoint == "transplant" and t.pop in (None, "rel")
                                          and _ADJACENT.fullmatch(text, t.end, g.start)):
                    t = None
            if t is None and g.rel and ("in " in text[max(0, g.start - 4):g.start] or "re " in text[max(0, g.start - 4):g.start]
                                        or "as " in text[max(0, g.start - 4):g.start]):
                # "Relapse occurred in 3 of 12 patients who underwent HSCT": the group who … is the term's population (also
                # "CR was achieved in 11 of 12 patients who had received prior HSCT", "CR/CRi rates were 11 of 12 among
                # patients who had relapsed after a previous allo-HSCT")
                t = next((m for m in reversed(cms) if m.end <= g.start), None)
                # (after the term's grade: "Acute GVHD of grade I-II occurred in 3 of the 9 children who received donor-derived
                # cells", b225-07; "Chronic GVHD of any grade developed in 4 of 11 patients who …", its grade a word of its own)
                gend = t.attrs.get("_gend", t.end) if t is not None else 0
                if t is not None and t.kind == "X" and t.rule == "grade" \
                        and (e := next((m for m in reversed(cms) if m.end <= t.start), None)) is not None and e.kind == "E" \
                        and text[e.end:t.start].strip().lower() == "of":
                    t, gend = e, t.end
                if t is not None and (t.kind != "E" or t.pop or t.negated
                                      or not (_OCCURRED_IN.fullmatch(text, t.end, g.start)
                                              or _OCCURRED_IN.fullmatch(text, max(t.end, gend), g.start))):
                    t = None
                if t is None and pairs and _AND_IN_AGAIN.search(text, max(0, g.start - 10), g.start) \
                        and (tp := pairs[-1][0]).kind == "E" and not tp.pop and not tp.negated and ";" not in text[tp.end:g.start] \
                        and not any(m.kind == "E" and not m.pop and tp.end <= m.start < g.start for m in cms):
                    t = tp   # its second share after the first's: "Relapse occurred in 23 of the 41 patients in CR (56.1%), …, and in
                    # 3 of the 18 patients who underwent HSCT"
            if t is None and g.subject:
                t = _forward(text, g, cms)
                if (t is None or t.kind == "X") and text[max(0, g.start - 3):g.start].lower() == "in " \
                        and _IN_PATIENTS_WAS.match(text, g.end) \
                        and (b := next((m for m in reversed(cms) if m.end <= g.start), None)) is not None \
                        and b.kind == "E" and b.endpoint in GRADED:
                    t = None   # "Grade 3 CRS in 2 patients was managed with tocilizumab": the count of the term before
                elif t is None and not (g.rel and _in_state(text, g, cms)):
                    continue   # (a population in a state is the object of the term before it)
            if t is None and "for " in text[g.end:g.end + 70] and (fm := _FOR_TERM.match(text, g.end)):
                # "Kaplan-Meier estimates at 18 months were 73.1% (95% CI: 51.6-86.2) for overall survival and 61.5% (…) for
                # event-free survival": a value followed by "for" and a survival term is that term's, not the one before
                # (a rate term after "for" may name a population: "14.2 versus 7.5 months for MRD-negative and … patients")
                t = next((m for m in cms if m.start == fm.end() and m.kind == "E" and not m.pop and not m.negated
                          and m.endpoint in SURV), None)
            if t is None:
                # a follow-up term only takes a duration: "Over a median follow-up of 19.7 months,
                # 17 of the 42 patients relapsed" reports the term after the count
                # (an assay's sensitivity takes only the value right after it: "sensitivity of 0.01%")
                t = next((m for m in reversed(cms) if m.end <= g.start and not m.pop and not m.negated
                          and not _closed_aside(parens, m, g.start) and (m.rule != "x.assay" or g.start - m.end < 8)
                          and (m.endpoint != "median_followup" or "duration" in g.vals)
                          # "72.7% with fludarabine-containing lymphodepletion v 25.0% with bendamustine": a distractor
                          # naming the first value's group is no term of the second
                          and not (m.kind == "X" and " v" in text[m.end:g.start] and _X_NAMES_PAIR.fullmatch(text, m.end, g.start)
                                   and any(h.end <= m.start and ca <= h.start for h in cgs))
                          # "PFS was 61.4% without bridging, 55.0% after corticosteroid-only bridging and 38.7% after …": a
                          # distractor in the group phrase after the value before names that group, and the list goes on
                          and not (m.kind == "X" and any(m.end <= h2.start <= g.start and _X_LIST_NEXT.fullmatch(text, m.end, h2.start)
                                                         for h2 in cgs)
                                   and any(h.end <= m.start and ca <= h.start and _X_GROUP_PHRASE.fullmatch(text, h.end, m.start)
                                           for h in cgs))
                          # "CR in 72 of 109 patients (66.1%) who received bridging therapy, compared with 35 of 43 (81.4%)
                          # without": a distractor in the relative clause after the value before names that group
                          and not (m.kind == "X" and _X_WHO_NEXT.fullmatch(text, m.end, g.start)
                                   and any(h.end <= m.start and ca <= h.start and _X_WHO_PHRASE.fullmatch(text, h.end, m.start)
                                           for h in cgs))), None)
            if t is None and (" v" in text[max(0, g.start - 12):g.start] or "compared" in text[max(0, g.start - 20):g.start]) \
                    and _NEG_VERSUS.search(text, max(0, g.start - 30), g.start):
                # "No grade 4 CRS occurred in the prophylaxis cohort, v 3 patients (11.1%) in the historical cohort": the
                # other group's count of the absent term (the same term and grade, stated)
                t = next((m for m in reversed(live) if m.end <= g.start and m.kind == "E"), None)
                if t is None or not t.negated or t.pop or t.endpoint not in NEGATABLE or g.head not in ("num", "frac") \
                        or any(ch in text[t.end:g.start] for ch in ";:.") or g.start - t.end > 80:
                    t = None
            if t is None:
                t = goes_on
            if t is None:
                t = labelled.get(id(g))
            if t is None:
                t = next((m for m in cms if m.start >= g.end and not m.pop and not m.negated), None)
            if t is None and "it " in text[ca:g.start] and (itw := _IT_WAS.match(text, ca)):
                # "Median RFS was 11.2 months; it was … 6.0 months in those who were not": the pronoun's term
                # (a response rate's too: "The ORR was 71.1% (32/45) in patients with EMD …; in patients aged 70 years or
                # older, it was 84.8% (39/46)")
                t = next((m for m in reversed(live) if m.end <= ca and m.kind == "E" and not m.pop
                          and not m.negated and (m.endpoint in SURV or m.endpoint in RESPONSE and "%" in text[g.start:g.end + 2])), None)
                if t is not None and t.endpoint in RESPONSE and itw.group("sub") and not g.arm:
                    g.arm = itw.group("sub")   # ("in patients aged 70 years or older, it was …": the clause's group)
            if t is None and (not cms or all(m.pop for m in cms)) and _ELLIPTIC_COMPARE.match(text, ca) and _in_pair(text, g):
                # "…, but lower in those with extramedullary disease (70.3% vs 87.3%)": the comparison goes on (its groups
                # may name terms as populations: "but was higher in patients who were NGS-MRD-negative before HCT than …")
                t = next((m for m in reversed(live) if m.end <= ca and m.kind == "E" and not m.pop and not m.negated), None)
            # ("…; responders v non-responders: 11.6 v 3.9 mo": the names in a clause of their own before the colon)
            na = clauses[k - 1][0] if k and text.startswith(":", ca) and text.startswith(";", clauses[k - 1][0]) \
                and not any(clauses[k - 1][0] <= m.start < ca and m.kind in "EG" and not m.pop for m in live) else ca
            if t is None and not cms and len(cgs) > 1 and g is cgs[0] and " v" in text[na:g.start] \
                    and (k2 := _NAMES_FIRST.fullmatch(text, na, g.start)) and _PAIR_GAP.fullmatch(text, g.end, cgs[1].start):
                # "12-mo EFS 58.1% overall; HSCT v no HSCT 76.5% v 35.7%": the pair's groups named before its values
                t = next((m for m in reversed(live) if m.end <= ca and m.kind in "EG" and not m.pop and not m.negated), None)
                if t is not None:
                    a, b = k2.group("a").strip(), k2.group("b").strip()
                    g.arm, cgs[1].arm = a, (f"{b} {a}" if b.lower() in ("not", "no", "non") else b)
                    pairs.append((t, g))
                    pairs.append((t, cgs[1]))
                    paired_next = cgs[1]
                    continue
            if t is None and paired_next is g:
                continue
            # (a term that only names a group, "with ≥5% marrow blasts", leaves the list going on)
            if t is None and all(m.pop for m in cms) and not own_label:
                rest = text[ca:cb]
                for h in sorted((h for h in cgs), key=lambda h: -h.start):
                    rest = rest[:h.start - ca] + rest[h.end - ca:]
                if _LISTLIKE.fullmatch(rest.replace(" / ", " , ")):   # ("CR: 50% / 40% / 30%": a slash between spaces lists too)
                    t = next((m for m in reversed(live) if m.end <= ca and m.kind in "EG" and not m.pop and not m.negated), None)
                    if t is not None and g is cgs[0] and len(cgs) > 1 and text.startswith(";", ca) and g.arm is None:
                        # "…; TP53-mut 8/13 (61.5%) v TP53-wt 21/27 (77.8%)": the list's names are its groups'
                        _name_groups(text, ca + 1, cb, cms, cgs)
                    elif t is not None and g is cgs[0] and len(cgs) > 1 and not cms and text.startswith(":", ca) and g.arm is None:
                        # ": 87.2% (75/86) after autologous and 86.0% (49/57) after donor-derived products": named after
                        _names_after(text, ca + 1, cb, cms, cgs)
                    prev = next((m for m in reversed(live) if t is not None and m.end <= t.start and m.kind == "E"), None)
                    if prev is not None and " by " in text[prev.end:t.start] and _BY_GROUPING.fullmatch(text, prev.end, t.start):
                        t = prev   # "CR/CRi by relapse site: marrow only 15/15, …": the grouping names no term
                elif text.startswith(":", ca) and len(cgs) > 1 and all(h.head == "frac" for h in cgs) \
                        and (tot := next((p for p in pairs if p[1].head in ("num", "frac") and p[1].end <= ca and p[0].kind == "E"
                                          and not p[0].pop and not p[0].negated), None)) is not None \
                        and sum(h.vals.get("n") or 0 for h in cgs) == tot[1].vals.get("n"):
                    # "Four patients relapsed at a median of 5.1 months: 3 of the 5 patients without transplantation and 1 of
                    # the 15 transplanted patients": a breakdown of the total after a colon, each part of its own population,
                    # is the total's term (only when the parts add up to it; the total may be a share: "Six of the 21 responders
                    # relapsed at a median of 5.3 months after infusion: 1 of the 11 transplanted patients and 5 of the 10 …")
                    t = tot[0]
            if t is not None and t.kind == "E" and _ALL_STATE_BEFORE.search(text, max(0, t.start - 16), t.start) \
                    and _AND_AGAIN_AFTER_STATE.fullmatch(text, t.end, g.start):
                # the state of every one of the first count, set off by commas, then the term's second share: "CR was
                # achieved by 6 of 9 patients with T-ALL, all MRD-negative, and by two of nine with PTCL" (b203-02): the
                # term before the aside, no MRD-negative count of two
                t = next((m for m in reversed(live) if m.end <= t.start and m.kind == "E" and not m.pop and not m.negated
                          and m.endpoint in RESPONSE and m.endpoint != t.endpoint and ";" not in text[m.end:t.start]), t)
            if t is not None and t.kind == "X" and t.rule == "x.rr" and text[t.start:t.end].lower() in ("prior", "previous") \
                    and (_NAMED_VALUES.fullmatch(text, t.end, g.start) or _in_pair(text, g)):
                # "… than no prior inotuzumab (77.6% vs 90.6%)", "whereas prior inotuzumab (26 of 31 [83.9%]) and CNS
                # disease (21 of 24 [87.5%]) did not affect response": a prior therapy names a group compared on the term before
                t = next((m for m in reversed(live) if m.end <= t.start and m.kind == "E" and not m.pop and not m.negated
                          and (m.endpoint in RATE or m.endpoint in SURV)), t)
            if t is not None and t.kind == "X" and t.rule == "x.rr" and text[t.start:t.end].lower() in ("prior", "previous") \
                    and _WITH_PRIOR_BEFORE.search(text, max(0, t.start - 9), t.start) and _PRIOR_GROUP_THEN.fullmatch(text, t.end, g.start):
                # "CR/CRi was achieved in 38 of 40 patients (95.0%) without prior CD19-directed therapy and in 9 of 12 (75.0%)
                # previously exposed" (b192-04), "… with prior blinatumomab and 9 of 12 without": the prior therapy names the
                # first group, the next value is the term's in the other
                t = next((m for m in reversed(live) if m.end <= t.start and m.kind == "E" and not m.pop and not m.negated
                          and m.endpoint in RATE), t)
            if t is not None and t.kind == "X" and "without (" in text and any(
                    w.start("a") <= g.start < w.end("b") and t.start >= w.start("x") for w in _WITH_VALUE_WITHOUT.finditer(text)):
                # "similar in patients with (80%) and without (78%) prior HSCT": the feature after both values names the
                # groups; the values are the term's before them
                t = next((m for m in reversed(live) if m.end <= g.start and m.kind == "E" and not m.pop and not m.negated
                          and (m.endpoint in RATE or m.endpoint in SURV)), t)
            if _names_paren_group(text, t, g):
                # "after bendamustine alone (1 of 6) compared with fludarabine-containing lymphodepletion (22 of 31)": a
                # distractor naming the second group of a compared pair; its value is the first value's term's
                prev = next((p for p in reversed(pairs) if p[1] in cgs and p[1].end <= t.start and p[0].kind == "E"
                             and text.rfind(")", p[1].end, t.start) >= 0
                             and _COMPARED_GAP.search(text, p[1].end, t.start)), None)
                if prev is not None:
                    t = prev[0]
            if _names_paren_group(text, t, g) and "compared" in text[max(0, t.start - 40):t.start] \
                    and _COMPARED_NO_BEFORE.search(text, max(0, t.start - 40), t.start):
                # "inferior 12-mo PFS compared with no bridging (36.6% v 65.4%; p=0.009)": a distractor naming the group
                # compared with; the values in parentheses after it are the term's before it
                t0 = t
                t = next((m for m in reversed(live) if m.end <= t.start and m.kind == "E" and not m.pop and not m.negated
                          and (m.endpoint in RATE or m.endpoint in SURV)), t)
                if t is not t0:
                    x_named[id(t0)] = t
            elif t is not None and id(t) in x_named and "(" in text[t.end:g.start] and ")" not in text[t.end:g.start]:
                t = x_named[id(t)]   # ("… (36.6% v 65.4%": the pair's second value, in the same parentheses)
            if t is not None:
                if (g.head == "neq" and "percent" not in g.vals and t.kind == "E"
                        and not _ADJACENT.fullmatch(text, t.end, g.start)
                        and not (" was " in text[t.end:g.start] and _HOW_OFTEN_N.fullmatch(text, t.end, g.start))
                        and not (g.end <= t.start and _SHARE_WORD_SUBJECT.search(text, max(0, g.start - 60), g.start))):
                    continue   # "(n = 9)" reports the noun right before it, not a distant term
                if t.kind == "E" and g.end <= t.start and _state_aside(text, g, t, cms):
                    # "Ten patients, all in CR/CRi, proceeded to allo-HSCT": the term after the subject's state
                    k = _STATE_ASIDE.match(text, g.end)
                    t = next((o for o in cms if o.start >= k.end() and o.kind == "E" and not o.pop and not o.negated), t)
                elif g.head == "allof" and t.kind == "E" and (t.endpoint in RESPONSE or t.endpoint == "mrd_negative") \
                        and (k := _STATE_ASIDE.match(text, max(0, text.rfind(",", 0, g.start)))) and t.end <= k.end() \
                        and any(o.start >= k.end() and o.kind == "E" and not o.pop for o in cms):
                    continue   # (its "all in CR/CRi" is the same patients' state, no count of its own)
                pairs.append((t, g))
    if "(" in text and ";" in text:
        # "(children, 9; adults, 21)": a group's count past the breakdown's ";" is of the term its first group's is
        for g in groups:
            op = text.rfind("(", 0, g.start)
            if g.arm and op >= 0 and not any(h is g for _, h in pairs) and _PAREN_GROUP_COUNTS.match(text, op) \
                    and (first := next((p for p in pairs if op < p[1].start < g.start and p[1].arm), None)) is not None:
                pairs.append((first[0], g))
    if len(pairs) > 3 and ("respectively" in text or "compared" in text or "versus" in text or " vs" in text):
        pairs = _compared_respectively(text, ms, pairs)
    return pairs


# (the term said to be rare before its count: "ICANS was uncommon (n = 2, both grade 1)", "GVHD was infrequent (n=4)";
# not "mild": a grade word)
# (the subject's share in words, its count in parentheses, then its verb and term: "Two-thirds of patients (n = 59) developed
# cytokine release syndrome", "Most patients (n = 40) had CRS", "The majority of patients (n = 31) developed ICANS")
_SHARE_WORD_SUBJECT = gate.compile(r"(?:^|[,;:]\s*|\band\s+)(?:(?:about|approximately|nearly|almost|over|more\s+than|roughly)\s+)?"
                                   r"(?:(?:one|two)[\s-]thirds?|(?:one|three)[\s-]quarters?|half|most|(?:the|a)\s+(?:vast\s+)?majority|"
                                   r"a\s+(?:third|quarter))\s+(?:of\s+(?:the\s+|all\s+|our\s+)?)?"
                                   r"(?:patients|pts|children|adults|participants|recipients)\s*\(\s*$", re.I | re.A)
_HOW_OFTEN_N = gate.compile(r"\s+(?:was|were)\s+(?:(?:very|relatively|rather|quite|generally|also)\s+)?"
                            r"(?:uncommon|rare|infrequent|frequent|common|limited)\s*\(\s*", re.I | re.A)


_COMPARED_NO_BEFORE = gate.compile(r"\bcompared\s+(?:to|with)\s+(?:(?:those|patients|pts)\s+)?(?:with\s+)?(?:no|without)\s+(?:prior\s+)?$",
                                   re.I | re.A)
_COMPARED_BEFORE = gate.compile(r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.?|v|relative\s+to|against)|\bthan)\s+$", re.I | re.A)
_RUN_GAP = re.compile(r"[\s)\]]*(?:,\s*(?:and\s+)?|\s+and\s+)", re.A)
_RUN_END = gate.compile(r"[\s)\]]*,?\s*respectively\b", re.I | re.A)
# (or the other group named after the run: "the ORR was 75.0% and the CR rate 50.0%, compared with 96.4% and 78.6% in those
# without EMD", "…, versus 70% and 50% among adults", "compared with 50.0% (6/12) and 25.0% (3/12) after Benda")
_RUN_GROUP_END = gate.compile(r"[\s)\]]*,?\s*(?:in|among|for|after|following|with|without)\s+[^,;()]{1,60}?(?=\s*(?:[,;.(]|$))", re.I | re.A)


def _compared_respectively(text: str, ms: list[Mention], pairs: list[tuple[Mention, Group]]) -> list[tuple[Mention, Group]]:
    """"the ORR was 73.0% and the CR rate 51.1%, compared to 76.4% and 54.8%, respectively, in younger patients":
    a run of values after "compared to"/"versus" ending in "respectively" goes to the terms stated before, in order."""
    order = sorted(pairs, key=lambda p: p[1].start)
    for i, (t, g) in enumerate(order):
        if not _COMPARED_BEFORE.search(text, max(0, g.start - 16), g.start):
            continue
        run = [g]
        while i + len(run) < len(order) and _RUN_GAP.fullmatch(text, run[-1].end, order[i + len(run)][1].start):
            run.append(order[i + len(run)][1])
        grouped = len(run) >= 2 and not _RUN_END.match(text, run[-1].end) and _RUN_GROUP_END.match(text, run[-1].end)
        if len(run) < 2 or not (grouped or _RUN_END.match(text, run[-1].end)):
            continue
        if any(run[0].start <= m.start < run[-1].end for m in ms if m.kind in "EG"):
            continue
        terms: list[Mention] = []
        # (the terms of the run's own clause after a semicolon: "median PFS and OS were 4.4 and 8.8 months overall; in GC,
        # median PFS was 5.6 months and the 12-month OS rate was 40.3%, compared with 2.3 months and 11.1% in PC")
        lo = text.rfind(";", 0, run[0].start) + 1
        for t2, g2 in order[:i]:
            if t2.kind == "E" and not t2.pop and t2 not in terms and t2.start >= lo:
                terms.append(t2)
        if len(terms) < len(run) or grouped and len(terms) != len(run):   # (without "respectively": one term per value)
            continue
        terms = terms[-len(run):]
        if len({id(x) for x in terms}) != len(run):
            continue
        mapping = {id(h): terms[k] for k, h in enumerate(run)}
        return [(mapping.get(id(g2), t2), g2) for t2, g2 in pairs]
    return pairs


_NEG_VERSUS = gate.compile(r"[\s,](?:v|vs\.?|versus|compared\s+with|as\s+against)\s+$", re.I | re.A)
# (the group's size may close it: "75% in patients receiving bridging (n = 12) and 45% in those who were not")
_X_LIST_NEXT = re.compile(r"(?:[\s-]+[\w/+-]+){0,2}?(?:\s*\(\s*[nN]\s*=\s*\d+\s*\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus|v)\s+)", re.A)
# ("61% w/o bridging, 55% w/ low-intensity …": a poster's "w/" and "w/o" too)
_X_GROUP_PHRASE = gate.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:with(?:out)?|w/o?|after|following|in|among|for|on|receiving)\s+(?:(?:the|an?)\s+)?"
                               r"(?:[\w/+-]+\s+){0,4}?", re.I | re.A)
_X_NAMES_PAIR = re.compile(r"\s*(?:alone\s+)?(?:vs\.?|versus|v)\s+", re.A)
# ("72 of 109 patients (66.1%) who received bridging therapy, compared with 35 of 43": the relative clause naming the first
# group, then the comparison opening the second's value; also "who had", "who underwent", "versus", "and in")
_X_WHO_PHRASE = gate.compile(rf"[\s)\]]*(?:(?:in|among)\s+)?(?:(?:{PATIENT})\s+)?who\s+(?:had|received|underwent|were\s+given)\s+(?:(?:the|an?|prior)\s+)?"
                             r"(?:[\w/+-]+\s+){0,3}?", re.I | re.A)
_X_WHO_NEXT = gate.compile(r"(?:[\s-]+[\w/+-]+){0,2}?\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|v|and(?:\s+in)?)\s+", re.I | re.A)


def _names_paren_group(text: str, t: Mention | None, g) -> bool:
    """Whether ``t`` is a distractor right before the parentheses that open with value group ``g``: "… compared with
    fludarabine-containing lymphodepletion (22 of 31)", "… compared with no bridging (36.6% v 65.4%)"."""
    return t is not None and t.kind == "X" and t.end <= g.start and text.startswith("(", g.start - 1) \
        and not text[t.end:g.start - 1].strip(" \t\n\r\f\v")


_COMPARED_GAP = gate.compile(r"\)\s*,?\s*(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|v|than)\s", re.I | re.A)
_BY_GROUPING = re.compile(r"\s+by\s+(?:[\w-]+\s+)?", re.A)
# group names, each followed by its values in parentheses: " inotuzumab (26 of 31 [83.9%]) and CNS disease ("
# (see _attach) a group named by its prior therapy after "with"/"without"/"no", then the next group's value: " blinatumomab
# and in ", " CD19-directed therapy and "
_WITH_PRIOR_BEFORE = re.compile(r"\b(?:with|without|no)\s+$", re.I | re.A)
_PRIOR_GROUP_THEN = re.compile(r"\s+[\w/+-]+(?:\s+[\w/+-]+){0,3}?\s+and\s+(?:in\s+)?", re.A)
_NAMED_VALUES = re.compile(r"\s+[\w/-]+(?:\s+[\w/-]+){0,2}\s*\(\s*(?:[^()]*\)\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|than\s+|vs\.?\s+|versus\s+)"
                           r"[\w/-]+(?:\s+[\w/-]+){0,2}\s*\(\s*)*", re.A)
# (or a bare semicolon outside parentheses: "Two-year PFS was 41% for all pts; 52% with fludarabine …")
# ("…, and that of children without transplantation history was 96.9% (31/32)": "that of" the population, the term before)
# (", with rates of 66.7%, 90.0% and 94.4% at DL-1, DL-2 and DL-3, respectively": the term's rates by group after "with")
# (or its verb repeated: "The cCR rate … was 87.2% (41/47), and was 83.3% (15/18) in ETP-ALL versus …", "…; it was 60% in adults")
# (or the bare noun "rates": "The day-28 CR/CRi rate was 90.1% (136/151), …; rates were 94.8% (55/58) in children and 87.1%
# (81/93) in adults", ", and the rates were 85% in T-ALL and 70% in T-LBL")
# an MRD assay's threshold opening a clause: "at 10(-6), ", "at a threshold of 10^-6, ", "at the 10^-6 level, "
_AT_THRESHOLD = (r"(?:at|with)\s+(?:an?\s+|the\s+)?(?:(?:threshold|sensitivity|cut-?off|level)\s+of\s+)?"
                 r"10\s*(?:\^|\(|\u2212|-)\s*[-\u2212]?\d+\)?(?:\s+(?:threshold|level|sensitivity|cut-?off))?\s*,\s*")
_AT_THRESHOLD_OPEN = gate.compile(r"\s*;\s*" + _AT_THRESHOLD, re.I | re.A)
_GOES_ON = re.compile(r"[\s,;]*(?:and|but|while|whereas)\s+(?:(?:that|those)\s+(?:of|in|among|for)\s+[^,;()%]{1,60}?\s+(?:was|were)\s+"
                      r"|(?:it\s+|(?:the\s+)?(?:respective\s+)?rates?\s+)?(?:was|were)\s+)?"
                      r"|\s*;\s*(?:it\s+(?:was|were)\s+|(?:the\s+)?(?:respective\s+)?rates?\s+(?:was|were)\s+)?"
                      # ("…; at 10(-6), the rates were 43·8% and 7·0%": at an assay's deeper threshold, no new time point)
                      rf"|\s*;\s*{_AT_THRESHOLD}(?:the\s+)?(?:respective\s+|corresponding\s+)?rates?\s+(?:was|were)\s+"
                      r"|[\s,]*with\s+(?:(?:respective|corresponding)\s+)?(?:rates|values|estimates|proportions)\s+of\s+", re.A)
# (a count after the verb is the term's too: "CR/CRi rates were similar in T-ALL (38/41) and T-LBL (18/19), and reached
# 14 of 15 (93.3%) in ETP-ALL"; a count with no verb may be another term's subject: ", and 5 of 6 relapsed")
_RATE_OF_BEFORE = re.compile(r"\brates?\s+of\s+(?:the\s+)?$", re.I | re.A)   # "the rate of complete remission"
_RATE_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?rates?\b", re.I | re.A)   # "the CR rate", "complete remission (CR) rate"
# (the term goes on unless an aside it sits in closes before the clause: more closing brackets than opening after it)
_CLOSES = re.compile(r"[)\]]", re.A)
_OPENS = re.compile(r"[(\[]", re.A)
# (or the group's share after "including": "Responses were observed at all dose levels, including in 7/10 (70.0%) patients
# previously exposed to BCMA therapies", "…, including among 5 of 6 patients with extramedullary disease")
_GOES_ON_VERB = re.compile(r"[\s,;]*(?:and|but|while|whereas)\s+(?:it\s+)?(?:was|were|reached)\s+|\s*,\s*including\s+(?:in|among)\s+", re.A)
# (or a second pair of groups, each value in parentheses after its group: "CR/CRi rates were similar in patients with T-ALL
# (26 [92·9%] of 28) and T-LBL (…), and in those with (15 [93·8%] of 16) or without (22 [91·7%] of 24) previous allogeneic
# HSCT", "…, and in patients with (85%) or without (80%) CNS disease", ", and among older patients (75%) …")
# (the pair before closed by its parenthesis, the group named with an aside of its own: "CR was less frequent with than without
# bridging therapy (52.4% vs 72.9%; p=0.02), and in patients with high tumor burden (LDH >ULN) than in those with normal LDH
# (48.6% vs 70.2%)", b227-04)
_GOES_ON_IN = re.compile(r"\)?[\s,;]*(?:and|but|while|whereas)\s+(?:also\s+)?(?:in|among)\s+[^,;()%\d]{1,80}?"
                         r"(?:\([^()%]{1,30}\)[^,;()%\d]{1,60}?)?\(\s*(?:\d+\s*\[\s*)?", re.A)
# (or the subject's rates compared between two groups named before the pair in parentheses: "CR/CRi rates increased with dose,
# from 1 of 3 patients at DL1 to 5 of 6 at DL3, and did not differ between patients in morphologic relapse and those with
# MRD-only relapse (7/11 vs 3/4; P > 0.99)", "…, but were similar in men and women (80% vs 75%)")
_GOES_ON_DIFFER = re.compile(r"[\s,;]*(?:and|but|while|whereas)\s+(?:(?:they|it)\s+)?(?:did\s+not\s+differ(?:\s+significantly)?|(?:was|were)\s+(?:similar|comparable))"
                             r"\s+(?:between|in|among|across|for)\s+[^,;()%\d]{1,120}?\(\s*", re.A)
# (counts after the bare noun "rates": "…attained CR or CRi within 4 weeks of infusion; the rates were 15/15 in children and
# 17/19 in adults", ", and the respective rates were 8/9 and 10/12 in …")
_GOES_ON_RATES = re.compile(r"[\s,;]*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(?:respective\s+|corresponding\s+)?rates\s+were\s+", re.A)
# (the term's qualifier between: "Relapse after CAR T-cell therapy occurred in 3 of the 15 patients who underwent
# transplantation", "Relapse following infusion was observed in 2 of 9 patients who …")
_AND_IN_AGAIN = re.compile(r"(?:,\s*|\s)and\s+in\s+$", re.A)
# ("…, all MRD-negative, and by two of nine with PTCL", "…, all of them MRD-negative by flow cytometry, and in 2 of 9 …": see
# _attach)
_ALL_STATE_BEFORE = re.compile(r",\s*all\s+(?:of\s+them\s+)?$", re.I | re.A)
_AND_AGAIN_AFTER_STATE = re.compile(r"(?:\s+(?:by|on)\s+[\w\s-]{1,30}?)?\s*,\s*and\s+(?:in|by|among)\s+", re.I | re.A)
_OCCURRED_IN = gate.compile(r"(?:\s+(?:after|following)\s+[\w/ -]{1,30}?)?(?:\s*\([^()]{1,40}\))?\s+(?:(?:was|were|has|have|had)\s+)?(?:(?:occurred|observed|seen|developed|reported|documented|noted|recorded"
                            r"|achieved|attained|obtained)\s+)?in\s+|(?:\s*\([^()]{1,40}\))?\s+(?:rates?\s+)?(?:was|were)\s+",
                            re.I | re.A)


# a clause that only goes on comparing: "…; but lower in those with …", ", and higher after high-dose than …"
_ELLIPTIC_COMPARE = gate.compile(
    r"[\s;,]*(?:[^()]{0,30}\)\s*,?\s*)?(?:(?:but|and|or|nor|while|whereas)\s+(?:(?:(?:was|were|it\s+was|they\s+were|remained)\s+)?"
    r"(?:(?:significantly|numerically|slightly|much|markedly|substantially|not)\s+)?"
    rf"(?:{_COMPARATIVE}|similar|comparable|identical|different|(?:more|less)\s+(?:frequent|common|often))\b"
    r"|between\b)"
    # ", without excess among CNS-positive patients (26.2% vs 23.0%)", "with no significant difference by …"
    r"|(?:without|with\s+no)\s+(?:(?:an?|any|significant|meaningful|clear|apparent)\s+){0,2}(?:excess|difference|increase)\b)",
    re.I | re.A)   # ("…, grade ≥3 in 4 (3.8%), and was more frequent in patients with CNS disease (42.1% v 15.3%")
# a terse list after a term's label: each value may follow its group's name, the last a p-value
# "12/12 (phase 1b) vs 28/30 (phase 2)": each value's group may follow it in parentheses
# the pair a p-value compares, named before it: "(chemoimmunotherapy v none, p = 0.004)"
_PAIR_NAMED = r"[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?\s+(?:vs\.?|versus|v)\s+[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?"
_COMPARES_P = gate.compile(rf"\(\s*{_PAIR_NAMED}\s*[,;:]\s*p\s*[=<>≤]", re.I | re.A)
_POST_NAME = r"(?:\s*\(\s*(?P<post>(?!(?:n|p)\s?[=<>:])[A-Za-z][^()]{0,24}?)\s*\))?"
# (a slash between spaces lists too: "Any-grade CRS: 84% / 58% / 49%")
_ARM_GAP = gate.compile(_POST_NAME + rf"(?:\)?\s*{PATIENT}\b)?[\s:,;)]*(?:(?<=\s)/\s+)?(?:(?:vs\.?|versus|v|and)\s+)?"   # ("… v blastoid 9/14")
                        r"(?!(?:in|at|for|among|of|with|vs|versus|v|and|p)\b)(?P<sub>[A-Za-z][\w/+-]*(?:\s+(?!vs\b|versus\b|v\b)[A-Za-z][\w/+-]*)?"
                        r"(?:\s+\+\s+[A-Za-z][\w/-]*(?:\s+or\s+[A-Za-z][\w/-]*){0,1}(?:\s+[A-Za-z][\w/-]*)?)?"   # ("marrow + EMD or isolated EMD")
                        r"(?:\s+\d{1,2}[a-z]?\b)?)?\s*\(?\s*", re.I | re.A)   # ("phase 1 8/9 vs. phase 2 22/24")
# (the p-value may name its test: "(P=0.03, Cochran-Armitage trend)", "(p = .02; Fisher's exact test)")
_ARM_TAIL = gate.compile(_POST_NAME + rf"[\s)]*(?:{PATIENT}\b)?[\s,;)]*(?:\(?\s*(?:{_PAIR_NAMED}\s*[,;:]\s*)?p\s*[=<>≤]\s*[\d.]+(?:\s*[,;]\s*[A-Za-z][\w'-]*(?:\s+[\w'-]+){{0,3}})?\s*\)?)?[\s.,;)]*", re.I | re.A)


_COUNT_OF_THEM = gate.compile(r"\)?\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:of\s+(?:them|whom|these)\s+)?(?:(?:were|was|being)\s+)?", re.I | re.A)
_ITEM_SEP = re.compile(r"\s*\)?\s*[,;]\s*", re.A)


def _label_term(text: str, prev: tuple[int, int], ca: int, cb: int, live: list[Mention], cms: list[Mention],
                cgs: list[Group], groups: list[Group]) -> dict[int, Mention]:
    """A clause after a colon that lists values, each maybe after a short group name ("D28 CR/CRi: auto 80.0%
    (20/25) vs donor 93.9% (31/33), p=0.23", "Responses by dose level: DL1 1/3, DL2 4/6", "Relapse among CR pts:
    auto 9/20 vs donor 8/31"), up to a grade breakdown of the same term ("aGVHD: 7/33 (21.2%), gr I-II 6, gr III 1"),
    reports the one term of the label before the colon (a label with no value of its own): id(group) → that term.
    The names, when every value has one, are the groups' subgroups."""
    pa, pb = prev
    terms = [m for m in live if pa <= m.start < pb and not m.pop]
    if len(terms) == 2 and terms[0].kind == "E" and " by " in text[terms[0].end:terms[1].start] \
            and _BY_GROUPING.fullmatch(text, terms[0].end, terms[1].start):
        terms = terms[:1]   # "CR/CRi by relapse site:": the grouping names no term
    if len(terms) == 2 and terms[0].kind == "E" and terms[1].kind == "G" and terms[1].endpoint == terms[0].endpoint \
            and text[terms[0].end:terms[1].start].isspace():
        terms = terms[1:]   # "Neurotoxicity gr 1: 2 pts.": the term's grade right after it is the label's
    if len(terms) != 1 or terms[0].kind == "X" or terms[0].negated or any(pa <= g.start < pb for g in groups):
        return {}
    # (a distractor right before a value names that value's group: "PFS by bridging strategy: none 58.1%, corticosteroids 47.9%")
    named_p = [(k.start(), k.end()) for k in _COMPARES_P.finditer(text, ca, cb)] if "(" in text[ca:cb] else ()
    stop = next((m for m in cms if not m.pop and not _names_value(text, m, cgs)
                 and not any(a <= m.start < b for a, b in named_p)), None)
    end = stop.start if stop is not None else cb
    # "ORR: 80%, 70% and 60%, CR: 50%, 40% and 30%": the next label's term, right before its own colon, ends the list
    next_label = stop is not None and stop.kind == "E" and text.startswith(":", cb) and not text[stop.end:cb].strip() \
        and any(g.end <= stop.start and _NEXT_LABEL_GAP.fullmatch(text, g.end, stop.attrs.get("_gstart", stop.start)) for g in cgs)
    if next_label:
        end = stop.attrs.get("_gstart", stop.start)   # (with its grade before it: "…, gr ≥3 CRS: 8% / 4%")
    if stop is not None and not next_label and (stop.kind != "G" or stop.endpoint != terms[0].endpoint):
        # "CR at day 28: 19/25 (76%), 16 of them MRD-negative": another term with its own count after the label's value
        own = [g for g in cgs if g.end <= stop.start]
        if len(own) < 2 or stop.kind != "E" or not _COUNT_OF_THEM.fullmatch(text, own[-1].end, stop.start) \
                or "n" not in own[-1].vals or not _ITEM_SEP.fullmatch(text, own[-2].end, own[-1].start):
            return {}
        end = own[-1].start
    cgs = [g for g in cgs if g.end <= end]
    if len(cgs) == 1 and stop is not None and stop.kind == "G" and _SPACES_COLON.fullmatch(text, ca, cgs[0].start) \
            and _GRADE_PART_OPEN.fullmatch(text, cgs[0].end, stop.start) and _GRADE_PART_VALUE.match(text, stop.end):
        # "CRS: 89.4% (gr ≥3, 8.5%)": the label's own rate, then its grade's in parentheses (no grade of its own)
        return {id(cgs[0]): terms[0]}
    if not _name_groups(text, ca, end, cms, cgs) and not _names_after(text, ca, end, cms, cgs):
        # "Relapse: 5 pts, at a median of d97 (range 62–188)", "Consolidating allo-SCT: 12 pts (4 of them as second
        # allo-SCT)": the label's one count, its patient noun right after it; what follows says more of those patients
        g0 = cgs[0] if cgs else None
        if g0 is not None and g0.head in ("num", "frac") and "n" in g0.vals and _SPACES_COLON.fullmatch(text, ca, g0.start) \
                and ((pt := _PTS_THEN.match(text, g0.end)) or (_COUNT_PTS_PCT.fullmatch(text, g0.start, g0.end) and _PTS_THEN.match(text, g0.end - 1))):
            out = {id(g0): terms[0]}
            # "Relapse: 9/30 responders (HSCT 3/18 vs no HSCT 6/12)": the label's total, then its two groups in parentheses
            if pt and len(cgs) == 3 and pt.group().endswith("(") and (pp := _PAREN_PAIR.match(text, pt.end() - 1)) \
                    and pp.start("x") == cgs[1].start and pp.start("y") == cgs[2].start \
                    and all(h.head == "frac" for h in cgs[1:]) and cgs[1].vals["n"] + cgs[2].vals["n"] == g0.vals["n"]:
                cgs[1].arm, cgs[2].arm = pp.group("a"), pp.group("b")
                out.update({id(cgs[1]): terms[0], id(cgs[2]): terms[0]})
            return out
        return {}
    if len(cgs) == 2 and cgs[0].arm is None and cgs[1].arm is None and " v" in text[terms[0].end:pb] \
            and (k := _LABEL_PAIR.fullmatch(text, terms[0].end, pb)) and _PAIR_GAP.fullmatch(text, cgs[0].end, cgs[1].start):
        # "Median PFS CR vs non-CR: 19.7 v 3.4 mo": the label's pair ("consolidated v not": "not consolidated")
        a, b = k.group("a"), k.group("b")
        cgs[0].arm, cgs[1].arm = a, (f"{b} {a}" if b.lower() in ("not", "no", "non") else b)
    return {id(g): terms[0] for g in cgs}


# (a dose level's after "at": "ORR at DL4 vs DL1–DL3: 41.7% vs 8.3% (1/12); P = .16", b230-04)
_LABEL_PAIR = re.compile(r"\s*,?\s*(?:(?:in|among|for|by|at)\s+(?:the\s+)?)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,2}?)\s+(?:vs\.?|versus|v)\s+"
                         r"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,2}?)\s*", re.I | re.A)
_NAME_WORD = (r"(?!(?:vs|versus|v|and|or|p|at|in|on|by|for|with|of|after|before|among|from|to|during|within|were|was|"
              r"respectively|patients|pts|cases|subjects|responders|recipients)\b)[A-Za-z][\w/+-]*")
# (the last name may stand before the p-value after a comma: "3-yr OS: 68.2% (95%CI 51.7–80.2) HSCT v 36.0% (…) no HSCT, p=0.002")
# (the name may follow a preposition: "4/18 (22.2%) after HCT vs 13/23 (56.5%) without HCT": groups "HCT" and "no HCT";
# and go before a product noun: "87.2% (75/86) after autologous and 86.0% (49/57) after donor-derived products", or a
# patient noun: "Relapse: 1 of 8 transplanted vs 2 of 3 non-transplanted responders")
# (the article after it, the group noun after the name: "88.9% (40/45) in the autologous and 90.9% (30/33) in the donor-derived group")
_NAME_PREP = r"(?:(?P<prep>after|following|with|without|among|in)\s+(?:the\s+)?)?"
_NAME_NOUN = r"(?:\s+(?:products?|cells|grafts?|patients|pts|responders|recipients|groups?|cohorts?|arms?)\b)?"
# (or a flat dose after "at", the dose its group: "CR/CRi by dose: 16/18 (88.9%) at 5 × 10^5/kg vs 37/40 (92.5%) at 1 × 10^6/kg")
_DOSE_NAME = r"\d+(?:\.\d+)?\s*[\u00d7x]\s*10\^\d{1,2}(?:\s*(?:CAR[+\s-]*T\s+)?cells?)?(?:\s*/\s*kg)?(?![\w^])"
_NAME_AFTER = gate.compile(rf"[)\]]*\s+(?:{_NAME_PREP}(?P<name>{_NAME_WORD}(?:\s+(?!(?:products?|cells|grafts?)\b){_NAME_WORD})?){_NAME_NOUN}|at\s+(?P<dose>{_DOSE_NAME}))\s*(?:[,;]\s*(?:and\s+)?|\s+(?:vs\.?|versus|v|and)\s+)",
                           re.I | re.A)
_NAME_AFTER_TAIL = gate.compile(rf"[)\]]*\s+(?:{_NAME_PREP}(?P<name>{_NAME_WORD}(?:\s+(?!(?:products?|cells|grafts?)\b){_NAME_WORD})?){_NAME_NOUN}|at\s+(?P<dose>{_DOSE_NAME}))\s*(?:[,;]?\s*\(?\s*p\s*[=<>≤]\s*[\d.]+\s*\)?)?[\s.,;)]*",
                                re.I | re.A)
_PAREN_PAIR = re.compile(r"\(\s*(?P<a>[A-Za-z][^()\d;:,]{0,30}?)\s+(?P<x>\d+/\d+)\s*(?:vs\.?|versus|v)\s+(?P<b>[A-Za-z][^()\d;:,]{0,30}?)\s+(?P<y>\d+/\d+)\s*\)", re.A)
_SPACES_COLON = re.compile(r"[\s:]*", re.A)
# the gap before the next label's term: "ORR: 80%, 70% and 60%, CR: …", "CRS: 20 pts (50%), ICANS: …"
_NEXT_LABEL_GAP = re.compile(r"\s*\)?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)", re.A)
# ("CRS: 89.4% (gr ≥3, 8.5%)", "ICANS: 58.7% (grade 3 or higher: 23.3%)": a grade with its own value opens the parentheses)
_GRADE_PART_OPEN = re.compile(r"\s*[(\[]\s*", re.A)
_GRADE_PART_VALUE = re.compile(r"\s*(?:[,:]|\s|in\s)\s*\d", re.A)
# (the percent's own base may follow it: "Consolidative allo-HCT after CAR-T: 22 pts (32.4% of responders).")
# (the group's label may stand before the noun: "Relapse: 4 of 13 cohort A responders (1 after allo-HSCT); …")
_PTS_THEN = re.compile(r"\s+(?:" + _COHORT_LABEL + r"\s+)?(?:pts?|patients|cases|responders|recipients|children|adults)\b\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:[,;(]|\.?\s*$)|(?:\s+of\s+(?:all\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?\)\s*(?:[,;(]|\.?\s*$)", re.A)
_COUNT_PTS_PCT = re.compile(r"\d+(?:/\d+)?\s+(?:pts?|patients|cases)\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)", re.A)   # "7 patients (29%)"
_WHOLE_NAMES = ("overall", "all", "total", "all patients", "whole cohort")
# a result's population that is the whole cohort: "59.4% in the whole cohort", "in the entire study population", "in the overall
# cohort", "across the full analysis set"
_WHOLE_GROUP = re.compile(r"(?:the\s+)?(?:whole|entire|overall|total|full)\s+(?:study\s+|analysis\s+|treated\s+|infused\s+)?"
                          r"(?:cohort|population|group|series|set)", re.I | re.A)


def _prep_name(k: re.Match) -> str:
    """A group's name after its preposition: "without HCT" → "no HCT", "after HCT" → "HCT"."""
    if k.group("dose"):
        return k.group("dose")
    return ("no " if (k.group("prep") or "").lower() == "without" else "") + k.group("name")


def _names_after(text: str, ca: int, end: int, cms: list[Mention], cgs: list[Group]) -> bool:
    """Whether text[ca:end] lists the values ``cgs``, each followed by its group's name ("Day-28 CR/CRi: 26/29
    (89.7%) overall; 16/17 (94.1%) donor-derived v 10/12 (83.3%) autologous (P=.55)"); the names are the
    groups' subgroups ("overall" names the whole cohort)."""
    if not cgs or any(m.start < end for m in cms) or not _SPACES_COLON.fullmatch(text, ca, cgs[0].start):
        return False
    names = []
    for g, h in zip(cgs, cgs[1:]):
        k = _NAME_AFTER.fullmatch(text, g.end, h.start)
        if not k:
            return False
        names.append(_prep_name(k))
    k = _NAME_AFTER_TAIL.fullmatch(text, cgs[-1].end, end)
    if not k:
        return False
    names.append(_prep_name(k))
    # ("2/14 after second HSCT vs 7/13 without": the second group is the first's without it)
    names = [f"no {names[j - 1]}" if j and name.lower() == "without" and not names[j - 1].startswith("no ") else name
             for j, name in enumerate(names)]
    for g, name in zip(cgs, names):
        if name.lower() not in _WHOLE_NAMES:
            g.arm = name
    return True


def _names_value(text: str, m: Mention, cgs: list[Group]) -> bool:
    """Whether distractor ``m`` stands right before one of the values ``cgs`` (a colon between at most): it names
    that value's group ("corticosteroids 47.9%")."""
    return m.kind == "X" and any(0 <= g.start - m.end <= 3 and _SPACES_COLON.fullmatch(text, m.end, g.start) for g in cgs)


def _name_groups(text: str, ca: int, end: int, cms: list[Mention], cgs: list[Group]) -> bool:
    """Whether text[ca:end] only lists the values ``cgs``, each maybe after (or before) a short group name
    ("auto 80.0% (20/25) vs donor 93.9% (31/33), p=0.23"); the names, when every value has one, are the
    groups' subgroups."""
    chars = list(text[ca:end])
    for m in cms:   # populations inside the list ("auto 9/20 CR pts") name no group
        if m.end <= end and not _names_value(text, m, cgs):
            chars[m.start - ca:m.end - ca] = " " * (m.end - m.start)
    rest = "".join(chars)
    names, posts, pos = [], [], 0
    for g in cgs:
        gap = _ARM_GAP.fullmatch(rest, pos, g.start - ca)
        if not gap:
            return False
        names.append(gap.group("sub"))
        posts.append(gap.group("post"))
        pos = g.end - ca
    tail = _ARM_TAIL.fullmatch(rest, pos) if cgs else None
    if not tail:
        return False
    posts = posts[1:] + [tail.group("post")]
    if len(cgs) > 1 and (all(names) or all(posts) and not any(names)):
        for g, name, post in zip(cgs, names, posts):
            g.arm = name or post
    return True


# the group named after its share: "2 of 11 transplanted and 6 of 7 non-transplanted responders"
_SHARE_NAME = gate.compile(r"\s+(?:(?:at|in|on|with|among)\s+)?(?P<sub>[A-Za-z][\w/+-]*(?:\s+(?!and\b|or\b|at\b|in\b)[A-Za-z][\w/+-]*){0,2}?)\s*(?=[,;.]|$|\s+(?:and|or|vs\.?|versus)\s)",
                         re.I | re.A)


def _split_count(text: str, prev: tuple[int, int], ca: int, live: list[Mention], cms: list[Mention],
                 cgs: list[Group], groups: list[Group], both: bool = False) -> dict[int, Mention]:
    """"Relapse occurred in 8 patients: 2 of 11 transplanted and 6 of 7 non-transplanted responders": after a
    term's count and a colon, shares whose counts add up to it are the term's, each group named after its share."""
    pa, pb = prev
    terms = [m for m in live if pa <= m.start < pb and not m.pop]
    if len(terms) > 1 and (k := text.rfind(", ", pa, pb)) > pa and text.count("(", pa, k) == text.count(")", pa, k):
        # "At a median follow-up of 15.6 months (95% CI 12.0–19.3), 14 of 39 responders (35.9%) had relapsed: 4 of 21 …":
        # an opening clause before the total (its own term and values) is no part of it
        pa = k + 2
        terms = [m for m in terms if m.start >= pa]
    own = [g for g in groups if pa <= g.start < pb]
    if len(terms) != 1 or terms[0].kind != "E" or terms[0].negated or len(own) != 1 or "n" not in own[0].vals \
            or not set(own[0].vals) <= {"n", "N", "percent"}:
        return {}   # the total may carry its percent: "attained by 279 patients (88.0%): 109/121 (90.1%) in …"
    # (a whole group is a share too: ": two of eight after allo-HCT and all three who were not transplanted")
    shares = [g for g in cgs if g.head == "frac" or g.head == "all" and g.vals.get("N") is not None and g.vals.get("n") == g.vals["N"]]
    if len(shares) < 2 or sum(g.vals.get("n", 0) for g in shares) != own[0].vals["n"] \
            or any(not m.pop and m.start < shares[-1].end for m in cms):
        return {}
    if "N" in own[0].vals and sum(g.vals.get("N", 0) for g in shares) != own[0].vals["N"]:
        return {}   # "CR/CRi 46/57 (80.7%): autologous 16/19 (84.2%), donor-derived 22/24 (91.7%), …": both add up
    if both and ("N" not in own[0].vals or len(shares) != len(cgs)
                 or _COMPARE_GAP.search(text, ca, shares[-1].start)):
        # (after a semicolon, only a list of shares whose counts and sizes both add up to the total's; a compared pair,
        # "; high-risk 8/12 (66.7%) vs standard-risk 7/8 (87.5%)", is read as one)
        return {}
    names = [k.group("sub") if (k := _SHARE_NAME.match(text, g.end)) else None for g in shares]
    if both and len(shares) == 2 and (k := _PAIR_RESPECTIVELY.match(text, shares[-1].end)):
        names = [k.group("a"), k.group("b")]   # "; the rates were 17/19 and 7/8 in the donor-derived and new-donor cohorts, respectively"
    elif both and "respectively" in text[shares[-1].end:shares[-1].end + 80]:
        names = [None] * len(shares)
    if not any(names):
        # the group named before its share: ": autologous 16/19 (84.2%), donor-derived 22/24 (91.7%)"
        starts = [ca] + [g.end for g in shares[:-1]]
        names = [k.group("sub") if (k := _NAME_BEFORE_SHARE.fullmatch(text, a, g.start)) else None
                 for a, g in zip(starts, shares)]
        if not all(names):
            names = [None] * len(shares)
    for g, name in zip(shares, names):
        if name:
            g.arm = name
    return {id(g): terms[0] for g in shares}


_PAIR_RESPECTIVELY = gate.compile(r"\s+(?:in|among|for|with)\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*)?)\s+and\s+(?:the\s+)?"
                                  r"(?P<b>[A-Za-z][\w/+-]*(?:\s+(?!cohorts|groups|arms|patients)[A-Za-z][\w/+-]*)?)(?:\s+(?:cohorts|groups|arms|patients))?"
                                  r"\s*,?\s*respectively\b", re.I | re.A)
_COMPARE_GAP = gate.compile(r"\b(?:vs|versus|v|compared)\b", re.I | re.A)
_NAME_BEFORE_SHARE = re.compile(r"[\s:,;)%]*(?:and\s+)?(?P<sub>[A-Za-z][\w/+-]*(?:\s+[A-Za-z][\w/+-]*)?)\s+", re.A)


_PAREN = re.compile(r"[()]", re.A)
# "; it was …", "; among transplanted patients it reached …": the clause's subject is the term before
# what lies between a value and the term it is stated for: "61.5% (95% CI: 40.4-76.9) for event-free survival", "80%
# for OS", "65%, for the PFS"
_FOR_TERM = re.compile(r"\)?\s*(?:\([^()]{1,60}\)\s*)?,?\s*for\s+(?:the\s+)?", re.A)
_IT_WAS = gate.compile(r"[\s;,]*(?:and\s+|but\s+|while\s+)?(?:(?:among|in|for)\s+(?P<sub>[^,;()]{1,60}?),?\s+)?"
                     r"it\s+(?:was|is|reached|rose\s+to|fell\s+to|dropped\s+to|stood\s+at)\b", re.I | re.A)


def _parens(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the parenthesised asides of a sentence."""
    out: list[tuple[int, int]] = []
    if "(" not in text:
        return out
    stack = []
    for m in _PAREN.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            out.append((stack.pop(), m.start()))
    return out


def _closed_aside(parens, m: Mention, pos: int) -> bool:
    """True when ``m`` sits in an aside that closes before ``pos`` ("in patients with high
    burden (≥5% blasts) was 75%": 'blasts' does not report 75%)."""
    return any(o < m.start and m.end <= c < pos for o, c in parens)


_REL_STATE = gate.compile(r"\bwho\s+(?:were|was|remained)\s+(?:still\s+)?in\s+$", re.I | re.A)


def _in_state(text: str, g: Group, cms: list[Mention]) -> bool:
    """"… in two of the four patients who were in CR": the group's relative clause names a state."""
    m = next((m for m in cms if m.start >= g.end and m.pop == "rel"), None)
    return m is not None and bool(_REL_STATE.search(text, max(0, m.start - 20), m.start))


def _relapsed_after_transplant(text: str, t: Mention, m: Mention) -> bool:
    """"(5 of the 13 responders) who did not undergo HSCT relapsed", "… who underwent HSCT relapsed": the
    relapse verb right after the relative clause's transplant is the main verb."""
    return t.endpoint == "transplant" and m.endpoint == "relapse" and m.start == t.end + 1 and text[t.end] == " "


# the main verb of a transplant right after a relative clause's response: "Two of the seven patients who had a remission
# proceeded to a second allogeneic stem-cell transplantation", "5 of the 12 who achieved CR subsequently underwent allo-HSCT"
# (the response's level or time may close the clause: "One patient who responded at DL3 proceeded to allo-HSCT", "Two patients
# who achieved CR by day 28 later relapsed", "three who responded at the highest dose level underwent HSCT")
_REL_WHEN = (rf"(?:\s*,?\s+(?:at|on|in|by|within|after)\s+(?:the\s+)?(?:{_LEVEL_NAME}|(?:day|week|month)\s+\+?\d+|\d+\s+(?:days?|weeks?|months?)"
             r"|(?:higher|lower|highest|lowest|first|second|third|middle|intermediate)\s+dose(?:\s+level)?)\b,?)?")
_REL_THEN_HSCT = gate.compile(_REL_WHEN + r"\s*(?:(?:then|subsequently|later|eventually|ultimately)\s+)?(?:proceeded\s+to|underwent|"
                              r"went\s+on\s+to(?:\s+(?:receive|undergo))?|received)\s+(?:[\w/-]+\s+){0,4}?", re.I | re.A)
_THEN_ADVERB = gate.compile(_REL_WHEN + r"\s+(?:(?:then|subsequently|later|eventually|ultimately)\s+)?", re.I | re.A)


# the main verb of a relapse right after a relative clause's response: "three of the seven patients who had a response had
# relapsed", "Three of the 12 patients who achieved CR subsequently relapsed", "5 of the 20 who responded later had a relapse"
_REL_THEN_RELAPSE = gate.compile(_REL_WHEN + r"\s*(?:(?:then|subsequently|later|eventually|ultimately|since)\s+)?(?:(?:had|have|has)\s+"
                                 r"(?:(?:since|subsequently|later|then)\s+)?(?:an?\s+)?|(?:experienced|developed)\s+(?:an?\s+)?)?", re.I | re.A)


def _rel_then_hsct(text: str, t: Mention, m: Mention) -> bool:
    """The transplant ``m`` is the main verb's, after the relative clause that ends at the response ``t``; so is a
    relapse (see _REL_THEN_RELAPSE)."""
    if t.endpoint in RESPONSE and m.endpoint == "relapse" and m.start > t.end:
        return bool(_REL_THEN_RELAPSE.fullmatch(text, t.end, m.start))
    if t.endpoint not in RESPONSE or m.endpoint != "transplant":
        return False
    # (the transplant's term may hold its verb: "proceeded to allo-HSCT")
    return bool(_REL_THEN_HSCT.fullmatch(text, t.end, m.start)
                or _THEN_ADVERB.fullmatch(text, t.end, m.start) and _REL_THEN_HSCT.match(text, m.start))


# "Four pts (all in CR) proceeded to allo-SCT", "3 patients (both in MRD-negative remission) relapsed": the
# subject's state in an aside right after it, no count of that response
_STATE_ASIDE = gate.compile(r"\s*(?:(?:[\w-]+\s+){0,2}?(?:patients|pts?|responders|children|adults|recipients|cases)\s*)?"
                            r"(?:\(\s*(?:all|both|each|(?:all|both)\s+of\s+them|in|with|\d+\s+(?:in|with))\s+[^()%/=;]{1,80}\)"
                            # (or between commas: "Ten patients, all in CR/CRi, proceeded to allo-HSCT", "Twelve patients, all of
                            # whom were in CR, went on to transplant", "Six patients, each in MRD-negative CR, were bridged to HSCT")
                            r"|,\s*(?:all|both|each)(?:\s+of\s+(?:them|whom))?(?:\s+(?:were|was))?\s+in\s+[^(),%=;]{1,60},)", re.I | re.A)


def _state_aside(text: str, g: Group, m: Mention, cms: list[Mention]) -> bool:
    """``m`` is a response named in an aside on the subject group ``g``, and a term outside it follows."""
    if (m.endpoint not in RESPONSE and m.endpoint != "mrd_negative") or not ("(" in text[g.end:m.start] or "," in text[g.end:m.start]):
        return False
    k = _STATE_ASIDE.match(text, g.end)
    return k is not None and m.end <= k.end() and any(o.start >= k.end() and not o.pop for o in cms)


def _forward(text: str, g: Group, cms: list[Mention]) -> Mention | None:
    """The term a subject group's verb names: "15 (78.9%) were MRD-negative"; a relative
    clause of the group itself counts ("the 37 patients who proceeded to transplant")."""
    aside = _WHO_ASIDE.match(text, g.end) if ", who " in text else None
    for m in cms:
        if m.start < g.end or m.negated or (aside and m.start < aside.end()):
            continue   # (nor a term in the subject's aside: "1 patient, who had a bulky mass, had a partial response")
        if m.kind == "E" and _state_aside(text, g, m, cms):
            continue
        if m.pop == "rel" and g.rel and _REL_STATE.search(text, max(0, m.start - 20), m.start):
            continue   # "two of the four patients who were in CR": a population in that state, not its count
        if m.pop == "rel" and g.rel and m.endpoint == "transplant" and g.vals.get("n") == g.vals.get("N") \
                and _ALL_TRANSPLANTED_WERE.match(text, m.end):
            return None   # "All 18 patients who underwent consolidative HSCT did so in MRD-negative remission": those transplanted, no rate
        if m.pop == "rel" and g.rel:
            # "All 8 patients who achieved CR were MRD-negative": the main verb names the endpoint
            k = cms.index(m) + 1
            if k < len(cms) and not cms[k].pop and not cms[k].negated and (
                    _MAIN_VERB.fullmatch(text, m.end, cms[k].start) or _relapsed_after_transplant(text, m, cms[k])
                    or _rel_then_hsct(text, m, cms[k])):
                return cms[k]
            return m
        if m.pop:
            continue
        if m.rule == "x.mort":
            # "One patient died of grade 5 ICANS": a death from a graded event, its grade stated, counts for it
            k = cms.index(m) + 1
            nxt = cms[k] if k < len(cms) else None
            if nxt is not None and nxt.endpoint in GRADED and nxt.attrs.get("_gpre") \
                    and _DIED_OF.fullmatch(text, m.end, nxt.attrs["_gstart"]):
                return nxt
        return m
    return None


# the main verb after "all N patients who underwent HSCT": what those transplanted did or were ("did so in MRD-negative remission",
# "were in MRD-negative remission", "remain alive")
_ALL_TRANSPLANTED_WERE = gate.compile(r"\s+(?:did\s+so|were|was|remain(?:ed)?|are)\b", re.I | re.A)
# a subject's non-restrictive relative clause between commas: "One patient, who had T-LBL with a bulky mediastinal mass, had …"
_WHO_ASIDE = gate.compile(rf"\s+(?:[\w/+-]+\s+){{0,2}}?(?:{PATIENT})\s*,\s*who\s+(?:had|was|were)\s+[^,;()]{{1,80}}?,", re.I | re.A)
_DIED_OF = gate.compile(r"\s+(?:of|from|due\s+to)\s+(?:an?\s+)?", re.I | re.A)


# (a term's "≥" belongs to it: "ORR and ≥CR rates were 94.4% and 72.2%"; so does a repeated "median": "Median PFS and
# median OS were 12.1 months (95%CI 8.3–15.9) and 26.4 months (…), respectively")
_COORD = gate.compile(rf"(?:\s+rates?\b)?[\s,-]*(?:and|or|,)?\s*(?:the\s+)?(?:rates?\s+of\s+)?(?:(?:{NUM})[\s-]*(?:years?|yrs?|y|months?|mos?)\s+)?(?:the\s+)?"
                    r"(?:median\s+)?(?:\u2265\s*|>=\s*)?",
                    re.I | re.A)


def _listed_x(text: str, cms: list[Mention], i: int, run: list[Mention]) -> bool:
    """A distractor listed among survival terms whose values follow in turn, respectively ("the 1-year OS, LFS and
    GRFS were 81.3%, 71.9% and 59.4%, respectively", "GRFS, OS and LFS were …"): one of the run, its value its own
    (no result)."""
    x = cms[i + len(run)] if i + len(run) < len(cms) else None
    if run and run[0].kind == "X":   # (the run opened by the distractor: a survival term must follow)
        x, run = run[0], cms[i + 1:i + 2]
    return (x is not None and x.kind == "X" and x.rule in ("x.mlfs", "x.grfs", "x.mort") and "respectively" in text
            and any(m.endpoint in SURV for m in run))


def _zip(text: str, cms: list[Mention], cgs: list[Group]) -> dict:
    """'A and B were x and y(, respectively)' and '… versus x2 and y2': groups after a run of
    k coordinated terms go to the terms in turn."""
    out = {}
    i = 0
    while i < len(cms):
        run = [cms[i]]
        # (a response category the record has no endpoint for takes its own value: "ORR, ≥VGPR and ≥CR rates were 95%,
        # 80% and 60%"; a distractor listed among survival terms, "OS, LFS and GRFS were …, respectively", see _listed_x)
        while (i + len(run) < len(cms) and (cms[i + len(run)].kind in "EG" or cms[i + len(run)].rule == "x.mlfs" or _listed_x(text, cms, i, run))
               and not any(run[-1].end <= g.start < cms[i + len(run)].start for g in cgs)
               # ("ICANS gr ≥3 in 8% vs 5%": a grade right after its term qualifies it, no second term)
               and not (cms[i + len(run)].kind == "G" and run[-1].kind == "E" and cms[i + len(run)].endpoint == run[-1].endpoint
                        and text[run[-1].end:cms[i + len(run)].start].isspace())
               and _COORD.fullmatch(text[run[-1].end:cms[i + len(run)].attrs.get("_gstart", cms[i + len(run)].start)])):
            run.append(cms[i + len(run)])
        if len(run) >= 2 and all(m.kind in "EGX" and not m.pop for m in run) and any(m.kind in "EG" for m in run) \
                and (run[0].kind != "X" or run[0].rule == "x.mlfs" or _listed_x(text, cms, i, run[:1])):
            # (a population between the terms and their values is no term of its own: "2-year OS and LFS for
            # the 47 patients in remission were 64.2% and 55.1%, respectively")
            nxt = next((m.start for m in cms[i + len(run):] if not m.pop), len(text))
            gs = [g for g in cgs if run[-1].end <= g.start < nxt and not g.subject]
            if gs and len(gs) % len(run) == 0:
                for k, g in enumerate(gs):
                    out[g] = run[k % len(run)]
        elif run[0].kind == "G" and "_run" in run[0].attrs:
            # a lone grade after "A and B": "… , and of grade ≥3, 7% and 21%(, respectively)" is each term's
            g0, terms = run[0], run[0].attrs["_run"]
            nxt = cms[i + 1].start if i + 1 < len(cms) else len(text)
            gs = [g for g in cgs if g0.end <= g.start < nxt and not g.subject]
            if len(gs) == len(terms):
                for t, g in zip(terms, gs):
                    out[g] = Mention("G", t.endpoint, g0.start, g0.end, t.rule,
                                     {"grade": g0.attrs["grade"], **{k: True for k in ("acute", "chronic") if t.attrs.get(k)}})
        i += len(run)
    return out


# ---------------------------------------------------------------- items
_SUB_AFTER = gate.compile(
    rf"\s*\)?\s*,?\s*(?:at|in|among|for)\s+(?:the\s+)?(?:(?P<N>\d+)\s+)?(?P<sub>DL\s?-?\d+[a-z]?|dose\s+level\s+\d+|phase\s+(?:[1-4]|I{{1,3}})[ab]?\b|(?:cohort|arm|part)\s+(?:\d+|[A-D])\b|"
    rf"(?:[\w/+-]+\s+){{0,4}}?(?:{PATIENT}|groups?|cohorts?|arms?)\b(?:\s+(?:with|in|who)\s+[\w/+ -]{{1,30}}?(?=[,;)]|\s*\(\s*[nN]\s*=|\s+(?:and|versus|vs)\b|$)"
    # (or a participle's clause, before the group's size: "among patients achieving MRD-negative CR (n = 20)", "in patients
    # bridged to transplant (n = 14)")
    rf"|\s+(?:achieving|attaining|reaching|receiving|undergoing|proceeding|bridged|consolidated)\s+[\w/+ -]{{1,30}}?(?=\s*\(\s*[nN]\s*=|[,;)]|\s+(?:and|versus|vs)\b|\.?$))?)", re.I | re.A)
# "2 of 3 patients at DL1, 4 of 5 at DL2 …": a level after the patient noun, when more counts per level follow, or
# when the patients' verb or the clause's end follows ("one patient at DL3 had grade 3 CRS", "CRS occurred in two patients
# at dose level 2.")
# a toxicity's count with its rate, then after a comma the level it occurred at, closing the clause: "Grade ≥3 CRS in 1
# patient (2.6%), at DL3; all CRS events resolved" (the rate is the cohort's: 1 of 38; "… in 1 patient (5%) at DL3" is DL3's)
_EVENT_AT_LEVEL = gate.compile(rf"\s*\)?\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*,\s*(?:at|in)\s+(?:the\s+)?{_LEVEL_NAME}\b(?=\s*(?:[;.)]|$))"
                               rf"|\s*\)\s*,\s*(?:at|in)\s+(?:the\s+)?{_LEVEL_NAME}\b(?=\s*(?:[;.)]|$))", re.I | re.A)
_LEVEL_AFTER_PATIENTS = gate.compile(rf"\s+(?:{PATIENT})\s+(?:at|in)\s+(?:the\s+)?(?P<N>)(?P<sub>{_LEVEL_NAME})\b"
                                     r"(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:all\s+)?\d"   # (the first of a list)
                                     r"|\s+(?:had|developed|experienced|achieved|attained|relapsed|died|underwent)\b|\s*(?:[.;)]|$))", re.I | re.A)
# a flat dose after the value names its group, as a level's name does: "1/4 patients at 1 × 10^6/kg, 6/7 at 2 × 10^6/kg and 5/5
# at 4 × 10^6/kg responded", "CR in 3 of 5 patients at 3 × 10^6 CAR T cells/kg"
_DOSE_AFTER = gate.compile(rf"\s*(?:{PATIENT}\s+)?at\s+(?:a\s+dose\s+of\s+)?(?P<sub>{_DOSE_NAME})", re.I | re.A)
_SUB_BEFORE = gate.compile(r"\b(?:in|among|at|for|and|versus|vs\.?)\s+(?P<sub>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,2}?)\s*\(\s*$", re.I | re.A)
# the opener's population that is the treated cohort itself, no subgroup of it: "Among the 158 patients who received
# olta-cel, cytokine release syndrome occurred in 84.8%", "Among the 40 infused patients", "In the 23 patients who were
# treated" (a dose or a kind given to some is a group: "patients who received the higher dose")
_TREATED_COHORT = gate.compile(
    rf"(?:infused|treated|dosed)\s+(?:{PATIENT})|(?:all\s+)?(?:{PATIENT})\s+(?:who\s+(?:were|had\s+been)\s+(?:infused|treated|dosed)|"
    rf"who\s+(?:received|were\s+(?:infused|treated)\s+with|had\s+received)\s+(?:an?\s+|the\s+)?(?:[\w-]+-cel|infusion|"
    rf"(?:[\w-]+\s+){{0,2}}?CAR[\s-]?T(?:[\s-]cells?)?|(?:[\w-]+\s+){{0,2}}?CAR\s+T[\s-]cells?))", re.I | re.A)
# (nor the patients in whom a site's response can be measured, its response's base: "Among the 18 patients with measurable
# extramedullary disease, the best extramedullary response was complete in ten and partial in four")
_MEASURABLE_SITE = gate.compile(r"(?:measurable|evaluable|assessable)\s+(?:extramedullary|extra-medullary|EMD|CNS|nodal)"
                                r"(?:\s+(?:disease|lesions?|involvement|sites?))?", re.I | re.A)
_SUB_PREFIX = gate.compile(
    rf"^(?:among|in|for|at)\s+(?:the\s+)?(?:\d+\s+)?(?P<sub>DL\s?-?\d+[a-z]?|dose\s+level\s+\d+|(?-i:RP2D)|recommended\s+phase\s+(?:2|II)\s+dose|"
    rf"(?:highest|lowest|middle|intermediate|top)\s+dose(?:\s+level)?|(?:[\w/+-]+\s+){{0,5}}?(?:{PATIENT})(?:\s+(?:with|in|who|previously)\s+[^,:]{{1,50}})?)"
    r"(?:\s*\((?:RP2D|MTD|recommended[^()]{0,30}|DL\s?\d+[a-z]?)\))?\s*[,:]", re.I | re.A)   # ("At DL3 (RP2D), the ORR was 97.4%")
# the same for a dose level opening a clause after a semicolon: "ORR was 91.1% …; at DL3 (RP2D), the ORR was 97.4%"
_SEMI_LEVEL = gate.compile(rf";\s*(?:among|in|for|at)\s+(?:the\s+)?(?P<sub>DL\s?-?\d+[a-z]?|dose\s+level\s+\d+|(?-i:RP2D))"
                           r"(?:\s*\((?:RP2D|MTD|recommended[^()]{0,30}|DL\s?\d+[a-z]?)\))?\s*,", re.I | re.A)


# a site or a time point before the percent's parenthesis is no group ("CR in the bone marrow (91.7%", "at day 28 (90%")
# (nor a grade before its count: "… and grade 3 (n=1) CRS")
_SUB_NOT_GROUP = gate.compile(r"(?:the\s+)?(?:(?:bone\s+)?marrow|BM|(?:peripheral\s+)?blood|CSF|day|week|month|wk|mo|grade)s?\b", re.I | re.A)
_PAIR_AFTER = gate.compile(r"\s*(?:%|months?|mos?)?\s*(?:\[[\d/\s]*\]\s*|\]\s*)?(?:vs\.?|versus|v)\s", re.I | re.A)
_PAIR_BEFORE = gate.compile(r"\b(?:vs\.?|versus|v)\s+(?:[^()]{0,12}\s)?$", re.I | re.A)


def _in_pair(text: str, g: Group) -> bool:
    """One of a pair ("(9.8 vs 24.0 months", "12 vs 6 months in the high- and low-dose
    groups"): the groups are named for the pair, and which is which is not a subgroup rule's
    to say."""
    return bool(_PAIR_AFTER.match(text, g.end) or _PAIR_BEFORE.search(text, max(0, g.start - 10), g.start))


# the two groups of a pair named before it: "in patients with and without prior HSCT (94.7% vs 87.9%)",
# "in patients with EMD than in those without (9.8 vs 24.0 months)"
_WITH_AND_WITHOUT = gate.compile(
    _WITH_OR_WITHOUT + r"(?P<x>[^,;()]{2,50}?)\s*$"
    r"|\bwith\s+(?P<y>[^,;()]{2,50}?)\s+(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:in\s+)?(?:those|patients|pts)\s+)?"
    r"without(?:\s+(?:it|them))?\s*$"
    rf"|\b(?:{_COMPARATIVE}|(?:more|less)\s+(?:frequent|common)|excess|increase|difference)\s+(?:in|among)\s+(?:those|patients|pts)\s+with\s+"
    r"(?P<z>(?:(?!\bthan\b)[^,;()]){2,50}?)\s*$",   # ("with no excess among patients with bulky disease (85% vs 78%)")
    re.I | re.A)
# one group named by an antigen's or a site's status before a pair: "without excess among CNS-positive patients (26.2% vs
# 23.0%)": the first value is the named status's, the second the opposite status's
_STATUS_AMONG = gate.compile(r"\b(?:in|among)\s+(?:the\s+)?(?P<x>[A-Za-z][\w/+]*)-(?P<s>positive|negative)\s+"
                             r"(?:patients|pts|children|adults|cases|those)\s*$", re.I | re.A)

_PAIR_THEN_WITH = gate.compile(
    r"(?P<second>\s*(?:%|months?|mos?)?\s*(?:vs\.?|versus|v)\s+\d+(?:\.\d+)?\s*(?:%|months?|mos?)?)?\s*,?\s*"
    r"(?:in|among|for)\s+(?:those|patients|pts|subjects)\s+with\s+(?:and|or)\s+without\s+(?P<x>[^,;()]{2,50}?)"
    r"(?=\s*[,;.)(]|\s+(?:respectively|P\b)|$)", re.I | re.A)

# "between T-ALL and T-LBL (93.4% vs 85.7%)" ("A than B" pairs: _THAN_PAIR)
_TWO_NAMED = gate.compile(
    r"\bbetween\s+(?:patients\s+with\s+)?(?P<a>[^,;()]{1,40}?)\s+and\s+(?:those\s+with\s+)?(?P<b>[^,;()]{1,40}?)\s*$",
    re.I | re.A)

# the two groups of a comparison said once before, the pair's own after "than" ("CR was less frequent with than without bridging
# (…), and in patients with high tumor burden (LDH >ULN) than in those with normal LDH (48.6% vs 70.2%)", b227-04)
_THAN_NAMED = gate.compile(r"\b(?:in|among)\s+(?:patients|pts|those)\s+with\s+(?P<a>[^,;()]{2,50}?(?:\s*\([^()]{1,30}\))?)\s+than\s+"
                           r"(?:in|among)\s+(?:those|patients|pts)\s+with\s+(?P<b>[^,;()]{2,50}?)\s*$", re.I | re.A)


def _pair_open(text: str, g: Group) -> int:
    """Where the parenthesis holding a pair's values opens; or its square bracket, still open before the value
    ("… than in those without [71.4% (5/7) vs 27.3% (3/11), P=0.145]": Chinese journals' brackets)."""
    k = text.rfind("(", max(0, g.start - 30), g.start)
    if "[" in text:
        b = text.rfind("[", max(0, g.start - 60), g.start)
        if b >= 0 and text.find("]", b, g.start) < 0:
            return b
    return k


_PAIR_WORD = r"(?:relative\s+to|versus|vs\.?|v|compared\s+(?:to|with))"
_WITH_X_THEN_WITHOUT = gate.compile(rf"[\s)\]]*(?:\([^()]*\)\s*)?with\s+(?P<x>[^,;()\d]{{2,40}}?)\s+{_PAIR_WORD}\s+\d[^;]{{0,40}}?\bwithout\b",
                                    re.I | re.A)
_WITHOUT_NEXT = gate.compile(r"[\s)\]]*(?:\([^()]*\)\s*)?without\b(?!\s+(?:[\w-]+\s+)?(?:grade|CRS|ICANS|GVHD))", re.I | re.A)
# (see _subgroup: "with (92%) and without (85%) CNS disease", "with (15 [93·8%] of 16) or without (22 [91·7%] of 24) previous HSCT")
_WITH_VALUE_WITHOUT = re.compile(r"\bwith\s*\((?P<a>[^()]{1,40})\)\s*(?:and|or|versus|vs\.?|v)\s+without\s*\((?P<b>[^()]{1,40})\)\s*"
                                 r"(?P<x>[A-Za-z][^,;()\d]{1,50}?)(?=\s*[,;.(]|\s+(?:P|p|did|does|was|were|is|are|had|has|have)\b|$)", re.A)
# each value's group after it, the feature named once after the second: "1-year OS was 57.1% in patients with and 77.4% in
# those without a prior allo-HSCT", "CR rates of 60% among patients with and 85% among those without extramedullary disease"
_ELLIPTIC_WITH = gate.compile(r"\s*%?\s*(?:in|among|for)\s+(?:those|patients|pts)\s+with\s+and\s+\d+(?:\.\d+)?\s*%?\s*(?:in|among|for)\s+"
                              r"(?:those|patients|pts)\s+without\s+(?P<x>[^,;()\d]{2,50}?)(?=\s*[,;.(]|\s+(?:respectively|P)\b|$)", re.I | re.A)
_ELLIPTIC_WITHOUT = gate.compile(r"\s*%?\s*(?:in|among|for)\s+(?:those|patients|pts)\s+without\s+(?P<x>[^,;()\d]{2,50}?)"
                                 r"(?=\s*[,;.(]|\s+(?:respectively|P)\b|$)", re.I | re.A)
_WITH_AND_BEFORE = re.compile(r"\bwith\s+and\s+$", re.I | re.A)
_WITH_X_BEFORE = gate.compile(rf"\bwith\s+(?P<x>[^,;()\d]{{2,40}}?)\s+{_PAIR_WORD}\s+$", re.I | re.A)


def _compared(text: str, g: Group) -> str | None:
    """The group a value of a pair reports when the sentence names the pair's two groups right
    before it: with/without X ("X" for the first value, "no X" for the second), "between A
    and B", "after A than after B" (A for the first, B for the second)."""
    if not _in_pair(text, g):
        return None
    after = _PAIR_THEN_WITH.match(text, g.end)   # "90% vs 70% in patients with and without …"
    if after:
        return after.group("x").strip() if after.group("second") else "no " + after.group("x").strip()
    k = _pair_open(text, g)
    if k < 0:
        return None
    second = bool(_PAIR_BEFORE.search(text, k, g.start))
    m = _WITH_AND_WITHOUT.search(text, max(0, k - 120), k) if " with" in text else None
    if m:
        x = re.sub(r"^(?:(?:the|a|an)\s+)", "", (m.group("x") or m.group("y") or m.group("z")).strip(), flags=re.I)
        return "no " + x if second else x
    m = _STATUS_AMONG.search(text, max(0, k - 60), k) if "tive " in text[max(0, k - 40):k] else None
    if m:
        s = m.group("s").lower()
        return f"{m.group('x')}-{('negative' if s == 'positive' else 'positive') if second else s}"
    m = _TWO_NAMED.search(text, max(0, k - 120), k) or (_THAN_NAMED.search(text, max(0, k - 140), k) if " than " in text else None)
    return (m.group("b") if second else m.group("a")).strip() if m else None


# words one of _compared's phrasings needs ("with and without", "between A and B", "higher in those with")
_COMPARED_HINTS = ("without", "between ", "more frequent", "more common", "less frequent", "less common", "excess", "-positive ",
                   "-negative ") + _COMPARATIVES


# an opener's whole cohort: "all 62 infused patients", "all 24 treated pts", "all patients"
_ALL_COHORT = re.compile(rf"all\s+(?:\d+\s+)?(?:(?:infused|treated|dosed|enrolled|evaluable)\s+)?{PATIENT}(?:\s+(?:infused|treated|dosed))?\s*$", re.I | re.A)


# the second of two groups, named only as those who were not in the first: "… versus 30% among those who did not (n = 10)",
# "and 31% in those who were not (n = 16)", "vs 25% for patients who did not"
# (or with the clause's own verb: "… and 30% among those who did not receive HSCT (n = 10)", "in those who were not transplanted")
_THOSE_NOT = gate.compile(r"\s*\)?\s*,?\s*(?:in|among|for)\s+(?:those|patients|the\s+others?)\s+who\s+(?:did|were|had|could)\s+not"
                          r"(?:\s+(?P<v>[a-z]+(?:\s+[\w/+-]+){0,4}?))?(?=\s*(?:\(|[,;.)]|$))", re.I | re.A)
# the first group, a participle's or a relative clause after the patients: "70% among patients achieving MRD-negative CR (n = 20)",
# "64% in patients bridged to transplant", "in patients who received HSCT"
_GROUP_THEN_PAIR = gate.compile(rf"\b(?:in|among|for)\s+(?:the\s+)?(?:{PATIENT})\s+(?:who\s+(?=[a-z]+\s))?(?P<x>(?<=who )[a-z]+\s+[\w/+ -]{{1,30}}?|[a-z]+(?:ing|ed)\s+[\w/+ -]{{1,30}}?)"
                                r"(?=\s*\(\s*[nN]\s*=|\s*,|\s+(?:and|versus|vs\.?|compared)\b)", re.I | re.A)


def _group_named_before(text: str, end: int) -> str | None:
    """The last group named as patients doing something before ``end`` (see _GROUP_THEN_PAIR), for the pair's other group."""
    ms = list(_GROUP_THEN_PAIR.finditer(text, 0, end))
    return ms[-1].group("x").strip() if ms else None


# the transplanted as a population, the only one GVHD can occur in: "transplanted patients", "allo-HSCT recipients",
# "patients who underwent allogeneic transplantation", "recipients of an allograft"
_TRANSPLANTED_POPULATION = re.compile(
    rf"(?:transplanted|grafted|allografted)\s+(?:{PATIENT})|(?:allo(?:geneic)?[\s-]?)?(?:HSCT|HCT|SCT|BMT|transplant(?:ation)?)\s+recipients"
    rf"|(?:{PATIENT}|recipients)\s+(?:who\s+(?:underwent|received|proceeded\s+to)|of)\s+{_TX_NAME}|allograft\s+recipients"
    rf"|recipients\s+of\s+an?\s+allograft", re.I | re.A)


# the kinds of response listed with their counts and then their population, which each part is of: "Extramedullary
# responses were complete in 15 and partial in 4 of the 22 evaluable patients", "complete in 6, partial in 3 and stable in 2
# among 12 patients with EMD" (a total's breakdown in parentheses, "responded in 4 (complete in 3, partial in 1)", has none)
_PARTS_OF_N = gate.compile(rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z]+\s+in\s+{NUMW})+\s+(?:of|among)\s+(?:the\s+|all\s+)?(?P<N>\d+)\s+"
                           rf"(?:[\w-]+\s+){{0,2}}?(?:{PATIENT})\b", re.I | re.A)


def _subgroup(text: str, g: Group) -> tuple[str | None, int | None]:
    if g.arm:
        return g.arm, None
    if "with and " in text and (m := _ELLIPTIC_WITH.match(text, g.end) or _ELLIPTIC_WITHOUT.match(text, g.end)) \
            and (m.re is _ELLIPTIC_WITH or _WITH_AND_BEFORE.search(text, max(0, g.start - 40), g.start)):
        x = re.sub(r"^(?:the|a|an)\s+", "", m.group("x").strip(), flags=re.I)
        return (x if m.re is _ELLIPTIC_WITH else f"no {x}"), None
    if "without" in text:
        # "52% (95% CI, 31-69) with fludarabine relative to 17% (95% CI 3-41) without": each value's group after it
        m = _WITH_X_THEN_WITHOUT.match(text, g.end)
        if m:
            return m.group("x").strip(), None
        if _WITHOUT_NEXT.match(text, g.end) and (m := _WITH_X_BEFORE.search(text, max(0, g.start - 60), g.start)):
            return "no " + m.group("x").strip(), None
        for m in _WITH_VALUE_WITHOUT.finditer(text) if "without (" in text else ():
            # each value in the parenthesis after its side, the feature after both: "in those with (15 [93·8%] of 16) or
            # without (22 [91·7%] of 24) previous allogeneic HSCT"
            if m.start("a") <= g.start < m.end("a") or m.start("b") <= g.start < m.end("b"):
                return ("no " if g.start >= m.start("b") else "") + m.group("x").strip(), None
    if _hinted(text, _COMPARED_HINTS):
        x = _compared(text, g)
        if x:
            return x, None
    if " not" in text and (k := _THOSE_NOT.match(text, g.end)) and k.group("v"):
        return f"not {k.group('v')}", None   # ("… and 30% among those who did not receive HSCT (n = 10)": the clause's own verb)
    if " not" in text and _THOSE_NOT.match(text, g.end) and (x := _group_named_before(text, g.start)):
        return f"not {x}", None   # ("… versus 30% among those who did not (n = 10)": the other group of the pair)
    if "10^" in text and (m := _DOSE_AFTER.match(text, g.end)):   # "6/7 at 2 × 10^6/kg": the dose names the group
        return m.group("sub"), None
    m = _SUB_AFTER.match(text, g.end) or _LEVEL_AFTER_PATIENTS.match(text, g.end)
    if m:
        if " and " in m.group("sub") and _in_pair(text, g):
            return None, None
        sub = re.sub(rf"\s+{PATIENT}$", "", m.group("sub"), flags=re.I).strip()
        return sub or None, int(m.group("N")) if m.group("N") else None
    # "in adults (75%)": only a group right after an opening parenthesis
    m = _SUB_BEFORE.search(text, max(0, g.start - 50), g.start) \
        if text[max(0, g.start - 50):g.start].rstrip().endswith("(") and not _in_pair(text, g) else None
    if m and text[g.start - 1:g.start] in "( " and m.end() == g.start and not _SUB_NOT_GROUP.match(m.group("sub")):
        return m.group("sub"), None
    m = _SUB_PREFIX.match(text) if text[:3].lower() in ("amo", "in ", "for", "at ") else None
    if m:
        return _prefix_sub(m), None
    k = text.rfind(";", 0, g.start) if ";" in text else -1   # (the clause's own opener: "…; in CTCL, 4/6 responded")
    if d := _disease_opener(text, k + 1, g.start):
        return d, None
    if ";" in text and (m := _SEMI_LEVEL.match(text, text.rfind(";", 0, g.start))) and m.end() <= g.start:
        return m.group("sub"), None
    if ";" in text and (k := text.rfind(";", 0, g.start)) > 0 and (m := _SUB_PREFIX.match(clause := text[k + 1:g.start].lstrip())) \
            and clause[:3].lower() in ("amo", "in ", "for", "at ") and not _DOSE_WORD.search(m.group("sub")):
        # the same population opening a clause after a semicolon: "The best ORR was 84% …; in the 52 patients with
        # high-risk cytogenetics, the ORR was 78.8% (41/52)", "…; among children, CR was 95%" (a dose level only as
        # _SEMI_LEVEL names it: "…; at the highest dose level, 6 of 9 (66.7%)" is restated as DL3's "66.7% (6/9)")
        return _prefix_sub(m), None
    if " than " in text and _in_pair(text, g):
        k = _pair_open(text, g)
        m = _THAN_PAIR.search(text, max(0, k - 140), k) if k > 0 else None
        if m:
            x = m.group("b") if _PAIR_BEFORE.search(text, k, g.start) else m.group("a")
            return re.sub(rf"^(?:{PATIENT}|those)\s+with\s+", "", x.strip(), flags=re.I | re.A), None
    if ":" in text and _in_pair(text, g):   # "6-mo EFS, transplanted v not: 90.9% v 50.0%": the pair's groups before its colon
        k = text.rfind(":", 0, g.start)
        m = _NAMED_PAIR.search(text, max(0, k - 80), k + 1) if k > 0 else None
        if m:
            a, b = m.group("a").strip(), m.group("b").strip()
            b = f"{b} {a}" if b.lower() in ("not", "no", "non") else b
            if _BARE_BAND.fullmatch(a) and (u := _BAND_UNIT.fullmatch(b)):
                a = f"{a} {u.group('u')}"   # ("≥70 vs <70 years": each band in years)
            return (b if _PAIR_BEFORE.search(text, k, g.start) else a), None
    m = _ITEM_LABEL.search(text, max(0, g.start - 20), g.start) if text[g.start - 1:g.start] == " " else None
    if m:   # "(DL1, 3/5; DL2, 7/8)", "[phase 1 11/12; phase 2 36/39]": the label opening the list's item
        return m.group("sub"), None
    if "(n" in text or "(N" in text:   # "…; DL2 (n=6) CR/CRi 5/6, CRS G1-2 in 5": the level opening the list's item
        for k in sorted({text.rfind(";", 0, g.start), text.rfind(":", 0, g.start)}, reverse=True):   # ("DL1 (n=3): …" or "…: DL1 (n=3) …")
            m = _LEVEL_OPENER.match(text, k + 1)
            if m and m.end() <= g.start:
                sub = m.group("sub")
                return re.sub(r"[\s-]+", "", sub).upper() if sub[:2].upper() == "DL" else sub.lower(), None
    return None, None


# a clause opened by a disease's name alone, before a comma: "In PTCL, 8/10 pts responded (CR, 6); in CTCL, 4/6 responded",
# "Among T-LBL, the ORR was 80%", "In the AML cohort, CR/CRi was 70%" (the disease names of cues.json)
_DISEASE_OPENER = gate.compile(r"\s*(?:among|in|for)\s+(?:the\s+)?", re.I | re.A)
_DISEASE_OPENER_END = gate.compile(r"(?:\s+(?:cohort|group|subgroup|arm|patients|pts))?\s*,", re.I | re.A)


def _disease_opener(text: str, start: int, end: int) -> str | None:
    """The disease named alone by a clause's opener at ``start`` before ``end`` (see _DISEASE_OPENER), as written."""
    if (k := _DISEASE_OPENER.match(text, start)) and (d := cues().disease.match(text, k.end())) \
            and (e := _DISEASE_OPENER_END.match(text, d.end())) and e.end() <= end:
        return d.group("d")
    return None


def _prefix_sub(m: re.Match) -> str | None:
    """The group a clause's opening population (``_SUB_PREFIX``) names, none for the whole cohort."""
    sub = re.sub(rf"^(?:{PATIENT})\s+(?:with|in)\s+", "", m.group("sub"), flags=re.I)
    if _TREATED_COHORT.fullmatch(sub.strip()) or _MEASURABLE_SITE.fullmatch(sub.strip()) \
            or re.fullmatch(r"\s*(?:all\s+)?(?:patients?|pts?|participants?|subjects?|cases?)\s*", sub, flags=re.I) \
            or _ALL_COHORT.match(sub):
        # ("In 24 patients, … induced CR/CRi in 92%", "Among all 62 infused patients, the best ORR was 91.9% (…)": the
        # whole cohort, no group of it)
        return None
    return sub.strip() or None


_DOSE_WORD = re.compile(r"\bdos(?:es?|ing)\b", re.I | re.A)   # ("at the recommended phase 2 dose", "the higher doses")
# the dose level a phase 1 chose, named: "an ORR of 66.7% at the RP2D", "at the recommended phase 2 dose"
_RP2D_NAMED = re.compile(r"\b(?:(?-i:RP2D)|recommended\s+phase\s+(?:2|II)\s+dose)\b", re.I | re.A)
# (or a mixed-phenotype leukaemia's lineage: "responses were seen in every lineage (B/T, 9/9; T/myeloid, 5/6; B/myeloid, 3/4)")
_LINEAGE = r"[TB]/(?:myeloid|lymphoid|[TB])|myeloid/[TB]"
_ITEM_LABEL = gate.compile(r"[(\[;]\s*(?P<sub>DL\s?-?\d+[a-z]?|(?:dose\s+level|cohort|arm|phase)\s+(?:\d+|[A-D]|I{1,3}|\w+(?=\s*[,:]))"
                          rf"|(?:{_LINEAGE})(?=\s*[,:]))\s*[,:]?\s+$", re.I | re.A)
# (or two age bands, the unit said once: "ICANS grade ≥3, ≥70 vs <70 years: 13.0% vs 4.9% (P = 0.34)", b222-04)
_NAMED_PAIR = gate.compile(r"(?:[,;(]\s*|\b(?:in|for|among)\s+)(?P<a>(?:[A-Za-z]|[<>\u2264\u2265]=?\s?\d)[\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:vs\.?|versus|v)\s+"
                         r"(?P<b>(?:[A-Za-z]|[<>\u2264\u2265]=?\s?\d)[\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s*:$", re.I | re.A)
_BARE_BAND = re.compile(r"[<>\u2264\u2265]=?\s?\d+", re.A)
_BAND_UNIT = re.compile(r"[<>\u2264\u2265]=?\s?\d+\s+(?P<u>years?|yrs?|y|kg|months?)", re.I | re.A)
_LEVEL_OPENER = gate.compile(r"\s*(?P<sub>DL\s?-?\d+[a-z]?|dose\s+level\s+\d+)\s*\(\s*n\s?=\s?\d+\s*\)", re.I | re.A)


_OF_WHOM_AFTER = gate.compile(r"\s+of\s+(?:whom|them|these)\b", re.I | re.A)


def _of_whom(text: str, g: Group, groups: list[Group], atoms: list[Atom]) -> int | None:
    """"27 (90%) achieved CR, of whom 25 (92.6%) were MRD-negative", "8 were in CR, 7 of whom
    were MRD-negative": the earlier count is this group's denominator (after the group: the
    last count before it that can hold it, "The remaining 5 … (n = 2) …; 4 of them relapsed" → 5)."""
    window = text[max(0, g.start - 30):g.start]
    low = window.lower()
    n = g.vals.get("n")
    if ("th" in low or "wh" in low) and _OF_WHOM.search(window):
        prev = [h for h in groups if h.end <= g.start and "n" in h.vals]
        N = prev[-1].vals["n"] if prev else None
    elif not isinstance(n, int) or not (_OF_WHOM_AFTER.match(text, g.end) or " of " in text[g.start:g.end] and _OF_WHOM_AFTER.search(text, g.start, g.end)):
        return None
    else:
        N = _of_whom_before(text, g, groups, atoms, n)
    # "16 patients (88.9%) achieved CR …, 14 of whom (77.8%) had MRD-negative CR": a percent of the whole cohort (14/18),
    # not of the 16: no N
    if N and isinstance(n, (int, float)) and isinstance(N, (int, float)) and "percent" in g.vals and abs(100 * n / N - g.vals["percent"]) >= 1:
        return None
    return N


def _of_whom_before(text: str, g: Group, groups: list[Group], atoms: list[Atom], n: int) -> int | None:
    # "17 (81%) of 21 patients had CR …, 16 of whom were MRD-negative": the count of the result before (17), not its N
    last = next((h for h in reversed(groups) if h.end <= g.start and "n" in h.vals), None)
    if last is not None and isinstance(last.vals["n"], int) and last.vals["n"] >= n and "N" in last.vals \
            and ("percent" in last.vals or last.target is not None or _RESULT_VERB.search(text, last.end, g.start)):
        return last.vals["n"]
    prev = [v for a in atoms if a.end <= g.start and a.kind in ("num", "frac", "neq")
            for v in [atom_value(a).get("n")] if isinstance(v, int) and v >= n]
    return prev[-1] if prev else None


_RESULT_VERB = gate.compile(r"\b(?:had|achieved|attained|reached|responded|were\s+in|obtained)\b", re.I | re.A)


_PRESENT_IN = gate.compile(rf"(?:,\s*|\(\s*)(?:(?:which|that)\s+(?:was|were)\s+)?(?:present|detected|documented)\s+"
                           rf"(?:at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening)\s+)?in\s+(?P<N>\d+)(?:\s+(?:[\w-]+\s+)?{PATIENT})?"
                           rf"(?:\s+at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening))?\s*[,)]", re.I | re.A)
# the site's population as the main clause, the counts after a clause break: "Extramedullary disease was present in
# 11 patients; 7 reached extramedullary CR and 3 PR", "EMD was documented in 9 patients: 6 had a CR"
_PRESENT_MAIN = gate.compile(rf"\b(?:(?:extramedullary|extra-medullary|EMD|CNS|(?-i:EM))\s+(?:disease|involvement|lesions?|infiltration|sites?)|(?-i:EMD))\s+"
                             rf"(?:was|were|had\s+been)\s+(?:present|detected|documented|identified)\s+"
                             rf"(?:at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening)\s+)?in\s+(?P<N>\d+)(?:\s+(?:[\w-]+\s+)?{PATIENT})?"
                             rf"(?:\s+at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening))?\s*[;:]",
                             re.I | re.A)
# the site's population as a reduced relative with no commas, the counts after its verb: "Extramedullary lesions
# present in 8 patients regressed completely in 5 and partially in 2", "EMD detected at baseline in 9 patients resolved in 6"
_PRESENT_BARE = gate.compile(rf"\b(?:(?:extramedullary|extra-medullary|EMD|CNS|(?-i:EM))\s+(?:disease|involvement|lesions?|infiltration|sites?|masses)|(?-i:EMD))\s+"
                             rf"(?:present|detected|documented|identified)\s+"
                             rf"(?:at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening)\s+)?in\s+(?P<N>\d+)(?:\s+(?:[\w-]+\s+)?{PATIENT})?"
                             rf"(?:\s+at\s+(?:baseline|infusion|enrol?ment|diagnosis|screening))?\s+"
                             rf"(?=(?:(?:had|has|have|was|were)\s+)?(?:(?:completely|fully|partially)\s+)?(?:[a-z]+ed|shrank|disappeared)\b)",
                             re.I | re.A)
_MID_OPENER = gate.compile(rf"(?:;\s*|,\s*(?:and|while|whereas|but)\s+)(?:among|of)\s+(?:the\s+|these\s+|those\s+)?(?P<N>\d+)\s+"
                         rf"(?=[^,;]{{0,120}}?\b(?:{PATIENT}|evaluable|assessable)\b|who\s|with\s)[^,;]{{0,120}}?,", re.I | re.A)   # (or "of the 6 who were not, 5 …",
# "; among the 7 with extramedullary lesions, 4 …")
# the population after the counts it sizes: "Extramedullary: 5 CR and 2 PR among 8 patients with EMD", "CR in 4 and PR in 3
# among 9 evaluable patients" (no comma or parenthesis between: each count is of those patients)
_AMONG_AFTER = gate.compile(rf"[^,;:()\[\]]*?\s(?:among|of)\s+(?:the\s+|all\s+)?(?P<N>\d+)\s+(?:[\w-]+\s+){{0,2}}?(?:{PATIENT})\b", re.I | re.A)
_MID_IN_OPENER = gate.compile(rf";\s*(?:in|for)\s+(?:the\s+|these\s+|those\s+|all\s+)?(?P<N>\d+)\s+"
                             rf"(?=[^,;]{{0,120}}?\b(?:{PATIENT}|evaluable|assessable)\b)[^,;()]{{0,120}}?,", re.I | re.A)


# the opener's group compared with the others, their values after "compared with"/"versus" and named as those without it
# ("Among the 16 patients with EMD, the ORR was 75.0% and the CR rate 50.0%, compared with 96.4% and 78.6% in those without EMD")
_VERSUS_AFTER_OPENER = gate.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+[^;()]*$", re.I | re.A)
_OTHER_GROUP_AFTER = gate.compile(r"[^;()]{0,40}?\b(?:in|among|for)\s+(?:the\s+)?(?:those|patients|pts|others)\s+without\b", re.I | re.A)


_SIZE_TAIL = re.compile(r"\s*\(\s*n\s?=\s?\d+\s*\)$", re.A)
# (or named by a participle: "Among patients previously treated with blinatumomab or inotuzumab (n = 11), 9 achieved CR/CRi",
# "In patients receiving bridging therapy (n = 14), …")
_PREFIX_N_EQ = gate.compile(rf"(?:among|in|for)\s+(?:the\s+|all\s+|those\s+)?{PATIENT}\s+(?:with|who|(?:previously\s+|heavily\s+)?[a-z]+(?:ed|ing))\b[^,;()]{{1,80}}?"
                            rf"\(\s*n\s?=\s?(?P<N>\d+)\s*\)\s*,", re.I | re.A)


# a count in each group ("G3 in one patient in each cohort", "grade 3 CRS in 2 patients in each arm")
_IN_EACH = gate.compile(r"\s+(?:patients?|pts?)\s+in\s+each\s+(?P<w>cohort|arm|group)\b", re.I | re.A)


def _named_arms(text: str, word: str) -> list[str]:
    """The distinct groups of one kind the text names, in order ("cohort A", "cohort B")."""
    out: list[str] = []
    for k in re.finditer(rf"\b{word}\s+(?:[A-D]|\d+)\b", text, re.I):
        if k.group().lower() not in (x.lower() for x in out):
            out.append(k.group())
    return out


def _prefix_N(text: str) -> tuple[int, int, int] | None:
    """"Among the 32 patients with …, x …": (N, offset of N, end of the opener), or None."""
    m = cues().prefix_N.match(text)
    if not m and "=" in text[:140]:
        # "In patients with extramedullary disease at infusion (n = 27), …": the population's size in parentheses
        m = _PREFIX_N_EQ.match(text)
    if not m:
        return None
    v = to_number(m.group("N"))
    return (v, m.start("N"), m.end()) if isinstance(v, int) and 0 < v < 1900 else None


# (see emd_N in read_sentence)
_EMD_HAD = gate.compile(rf"(?:all\s+)?(?:the\s+)?(?P<N>{NUMW})\s+(?:[\w-]+\s+)?(?:patients|pts|children|adults)(?:\s+with\s+[^;:,()]{{1,30}}?)?\s+had\s+"
                        r"(?:measurable\s+|evaluable\s+|active\s+|baseline\s+)?(?:EMD|extramedullary\s+(?:disease|lesions?|involvement))(?:\s+at\s+baseline)?\s*;",
                        re.I | re.A)
# kinds of the relapses counted ("9 of the 16 relapses were CD7 negative", "18 relapses, including isolated CNS
# relapse in 2"): a breakdown of relapse events, not patients relapsing
_RELAPSES_OF = gate.compile(r"\s+(?:[\w-]+\s+)?relapses\b", re.I | re.A)
# a part of a response total counted by the response after it: "The best ORR was 75.0% (18/24), including 8 (33.3%) patients
# with ≥CR", "…, including 5 patients with CR" (the term is the count's, no population)
_INCLUDING_WITH = gate.compile(rf"\bincluding\s+(?:{NUMW})\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:patients?|pts?|cases|children|adults)\s+with\s+(?:an?\s+)?$",
                               re.I | re.A)
_INCLUDING_KIND = gate.compile(r"\bincluding\s+(?:[\w-]+\s+){1,3}$", re.I | re.A)
# relapses by antigen loss or escape, the open convention (docs/record.md): "CD7-negative escape accounted for 4
# relapses", "relapse occurred in 61 …, with loss of CD19 in 29" (blind28's writer leaves them out; "… and was
# CD19-negative in 12", which blind20, blind23 and blind24 writers record, is still read)
# (the antigen named before its loss: "Relapse occurred in 7 patients …; CD7 loss was documented in 4 relapses", "CD19 loss
# was detected in 3 of the relapses")
_ANTIGEN_KIND = gate.compile(r"\b(?:loss\s+of\s+(?:CD\d+|the\s+(?:target|antigen))|(?:antigen|target)[\s-]+(?:loss|negative|escape)|escape\b"
                             r"|CD\d+[\s-]+loss\b)", re.I | re.A)


# relapses broken down by antigen phenotype in a list of two or more in parentheses or brackets: "Relapse occurred in 9 of
# the 32 responders [CD19−CD22+ in 2, CD19+CD22− in 1, and antigen-positive in 6]", "Nineteen patients relapsed (CD19+CD22+
# in 11, CD19−CD22+ in 5 and CD19−CD22− in 3)": the open convention, the total only (one kind alone, "Relapse in 4 (CD7-neg
# in 2)", is still read: blind20's writer records it)
_PHENOTYPE_ITEM = r"(?:CD\d+|antigen|target)[\w+/\u2212-]*\s+in\s+\d+"
_PHENOTYPE_LIST = gate.compile(rf"[(\[]\s*{_PHENOTYPE_ITEM}(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+){_PHENOTYPE_ITEM})+\s*[)\]]", re.I | re.A)


# "(unknown in one)", "(not assessed in 2)": the part of a breakdown whose kind is not known, no result
# relapses by lowered antigen density or expression, after the count: "in 11 of them with diminished CD22 site
# density", "8 with reduced CD19 expression" (as "with loss of CD19 in 29": the phenotype convention is open)
# a relapse timed from the first-line therapy or the diagnosis: the disease's course before CAR-T ("Relapse ≤12 months after
# first line", "relapse within 12 months of first-line chemoimmunotherapy", "early relapse (<12 months from diagnosis)")
_RELAPSE_BEFORE_CART = re.compile(r"\s*\(?\s*(?:[\u2264<]=?\s*|within\s+|less\s+than\s+|under\s+)\d+\s*(?:months?|mo|years?|yrs?)\s+"
                                  r"(?:after|of|from|following|since)\s+(?:the\s+|their\s+)?(?:(?:completion\s+of\s+)?"
                                  r"(?:first|1st|initial|front|second|2nd)[\s-]?line|diagnosis|induction)", re.I | re.A)
_LOW_ANTIGEN_AFTER = gate.compile(r"\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:of\s+(?:them|whom|these)\s+)?(?:[\w-]+\s+)?(?:with|had|showed|showing)\s+"
                                  r"(?:an?\s+)?(?:diminished|reduced|decreased|low|lower|dim|downregulated)\s+(?:CD\d+|antigen|target)"
                                  r"(?:\s+(?:site|antigen|surface))?\s+(?:density|expression)\b", re.I | re.A)
# the response patients had to an earlier therapy: "The best response to prior CD19 CAR T-cell therapy was CR in 14 patients",
# "responses to the previous line were CR in 5 and PR in 7", "with a complete response to their last therapy"
_PRIOR_RESPONSE = re.compile(r"\b(?:responses?|remissions?)\s+to\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:prior|previous|preceding|last|most\s+recent|earlier)\b",
                             re.I | re.A)
_PRIOR_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:best\s+)?(?:overall\s+)?", re.I | re.A)
# a sentence opened by the time patients entered the study: its states are their history (see cues.json base.prior): "At
# enrollment, 18 patients were CNS3 and 12 were CNS2, and isolated CNS relapse was present in 11 (36.7%)" (b229-04)
_STATE_AT_ENTRY = gate.compile(r"\s*at\s+(?:the\s+time\s+of\s+)?(?:baseline|screening|enrol(?:l)?ment|study\s+entry|inclusion|registration)\s*,", re.I | re.A)
# a relative clause after a result, about some of those counted: "21 of the 28 responders proceeded to allo-HSCT …, 6 of
# whom had undergone a previous transplant", "…, including 4 who had relapsed after a prior HSCT"
_WHOM_CLAUSE = re.compile(r",\s*(?:(?:\d+|all|none|some|most|several|many|both)\s+of\s+(?:whom|them|these)\b|including\b|of\s+whom\b|who\b)", re.I | re.A)
# a disease history before a bare "remission": "25 had a history of CNS involvement in remission", "8 had prior CNS
# disease, now in remission"
_HISTORY_OF = re.compile(r"\b(?:(?:a\s+)?history\s+of|(?:prior|previous|previously\s+treated)\s+(?:[\w-]+\s+){0,2}?(?:involvement|disease|lymphoma|relapse))\b", re.I | re.A)
# (not "Twelve patients with prior CNS involvement achieved remission")
_ACHIEVED = re.compile(r"\b(?:achieved|attained|reached|obtained|entered|went\s+into|induced)\b", re.I | re.A)
_UNKNOWN_IN = gate.compile(r"\b(?:unknown|not\s+(?:known|available|assessed|tested|evaluated))\s+in\s+$", re.I | re.A)
# the relapses' antigen loss after the count or the term, the open phenotype convention as _ANTIGEN_KIND: "Relapse occurred
# in 24 patients …, in 9 of them with loss of CD7 on blasts", "no relapse with loss of both antigens was observed", "3 with CD22 loss"
# the relapses' phenotype after the total, the count after the kind of disease: "Relapse occurred in 12 (35%) of 34
# responders, with CD19-negative disease in five", "…, with CD7-negative blasts at relapse in 5", "with CD22-dim leukemia in
# 4": a part of the total (blind73/90/157's writers leave it out; "with CD19-negative relapse in eight" names the relapse
# itself and is still read)
_PHENOTYPE_PART_BEFORE = gate.compile(r"\bwith\s+(?:CD\d+|antigen|target)[\w+/\u2212-]*\s+(?:[\w-]+\s+)?(?:disease|leuka?emia|"
                                      r"blasts|lymphoma|cells)(?:\s+at\s+relapse)?\s+in\s+$", re.I | re.A)
_ANTIGEN_LOSS_AFTER = gate.compile(r"\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:of\s+(?:them|whom|these)\s+)?(?:[\w-]+\s+)?with\s+(?:(?:complete|partial|total)\s+)?"
                                   r"(?:loss\s+of\s+(?:CD\d+|(?:the|both|either)\s+(?:targets?|antigens?)|(?:the\s+)?(?:target\s+)?antigen)\b|(?:CD\d+|antigen|target)[\s-]+loss\b)", re.I | re.A)


# an opener naming the population by its history, before a transplant's own clause: "Among the 15 patients with a prior
# transplant, 11 (73.3%) underwent a second allo-HSCT", "Of the 12 patients previously treated with blinatumomab, 8 proceeded to
# HSCT" (not a relapse: "Of 11 patients who had undergone prior allo-HSCT, 5 relapsed" may tell the relapse they entered with)
_HISTORY_OPENER = gate.compile(rf"\s*(?:among|of|in)\s+(?:the\s+|these\s+|all\s+)?(?:\d+\s+)?(?:[\w-]+\s+){{0,2}}?(?:{PATIENT})\s+"
                               r"(?:with|who|previously)\b[^,;:()]{1,80}?,", re.I | re.A)
# (or inside the count's own population, before the transplant's verb: "three of the 15 responders with a previous transplant
# received a second allo-HCT", "4 of the 9 patients who had relapsed after a first HSCT underwent a second one", b215-02)
_HISTORY_POPULATION = gate.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{PATIENT})\s+(?:with|who\s+had)\b[^,;:()]{{1,60}}?"
                                   r"(?=\s+(?:received|underwent|proceeded|went\s+on)\b)", re.I | re.A)


# a response's population between its term and its verb: "The ORR among the 12 patients with lymphoma was 50.0%", "the CR
# rate in the 20 evaluable patients was 60%", "The overall response rate for all 31 infused participants was 71%"
_TERM_AMONG_N = gate.compile(rf"\s*(?:rates?\s+)?(?:among|in|for)\s+(?:the\s+|these\s+|all\s+)?(?P<N>{NUMW})\s+(?:[\w-]+\s+)?{PATIENT}"
                             r"(?:\s+with\s+(?P<sub>[^,;()%]{1,40}?))?\s+(?:was|were)\s+", re.I | re.A)


# a graded term's label with its population's size before the colon, the grades' counts after it: "aGVHD (donor-derived,
# n=17): G2 in 2, no G3–4", "Acute GVHD (n = 12): grade 1–2 in 3"
_TERM_SIZE_COLON = re.compile(r"\s*\((?:[^()]{1,40}?[,;]\s*)?[nN]\s?=\s?(?P<N>\d+)\s*\)\s*:\s*", re.A)


def _label_size(text: str, m: Mention, ms) -> int | None:
    """The size of the population a graded term's label names before its colon, when grade ``m`` follows in that label's list."""
    e = next((o for o in reversed(ms) if o.end <= m.start and o.kind == "E"), None)
    k = _TERM_SIZE_COLON.match(text, e.end) if e is not None and e.endpoint == m.endpoint and not e.pop else None
    if k is None or k.end() > m.attrs.get("_gstart", m.start) or any(ch in text[k.end():m.start] for ch in ";:."):
        return None
    return int(k.group("N"))


def _item(text, m: Mention, g: Group, ms, atoms, clauses, prefix_N, tp) -> Found | None:
    if m.kind == "X" or m.endpoint is None:
        return None
    ep = m.endpoint
    v = g.vals
    if m.rule == "cr.cleared" and not ("N" in v or "percent" in v):
        return None   # "Two patients with isolated CNS disease cleared CSF blasts": no share of those with the disease (blind48 leaves it)
    if ep == "relapse" and "relapse" in text[m.start:m.end].lower() and (
            ("N" in v and _RELAPSES_OF.match(text, g.end))
            or _INCLUDING_KIND.search(text, max(0, m.start - 60), m.start)):
        return None
    if ep == "relapse" and ("loss" in text or "escape" in text or "negative" in text):
        seg = text[m.end:g.start] if m.end <= g.start else text[max(0, g.start - 50):g.start]
        if m.end > g.start:
            seg = seg[seg.rfind(";") + 1:]   # ("…, with loss of CD22 expression in 3; 1 of the 14 transplanted patients relapsed")
        if _ANTIGEN_KIND.search(seg):
            return None
    if ep == "relapse" and "loss" in text and _ANTIGEN_LOSS_AFTER.match(text, g.end if g.start >= m.end else m.end):
        return None   # "…, in 9 of them with loss of CD7 on blasts", "no relapse with loss of both antigens": an antigen kind
    if ep == "relapse" and m.end <= g.start and _PHENOTYPE_PART_BEFORE.search(text, max(0, g.start - 70), g.start):
        return None   # "…, with CD19-negative disease in five": the phenotype of some of the relapses, no result
    if ep == "relapse" and ("line" in text or "diagnos" in text) and _RELAPSE_BEFORE_CART.match(text, m.end):
        return None   # "Relapse ≤12 months after first line | 13 (28%)": the disease's course before CAR-T, a baseline trait
    if ep == "relapse" and ("densit" in text or "expression" in text) and _LOW_ANTIGEN_AFTER.match(text, g.end):
        return None   # "Relapse occurred in 17 …, in 11 of them with diminished CD22 site density": an antigen kind
    if ep == "relapse" and (k := max(text.rfind("(", 0, g.start), text.rfind("[", 0, g.start))) >= 0 \
            and (pl := _PHENOTYPE_LIST.match(text, k)) and pl.end() > g.start:
        return None   # "… [CD19−CD22+ in 2, CD19+CD22− in 1, and antigen-positive in 6]": the relapses' phenotypes
    w = text[max(0, g.start - 25):g.start]
    if ("unknown" in w or "not " in w) and _UNKNOWN_IN.search(w):
        return None   # "15 with CD7-negative and 9 with CD7-positive leukemia (unknown in one)": the rest of a breakdown
    if " was " in text[g.end:g.end + 80] and any(x.endpoint in RESPONSE and x.end <= g.start and (k := _TERM_AMONG_N.match(text, x.end))
                                                 and g.start <= k.start("N") < g.end for x in ms):
        return None   # "The overall response rate in the 20 evaluable patients was 60% (CR, n = 8; …)": the population, no count
    f: dict[str, Any] = {}
    sub, sub_N = _subgroup(text, g)
    if sub_N is None and ep in RESPONSE and m.end <= g.start and (k := _TERM_AMONG_N.fullmatch(text, m.end, g.start)):
        # the population between the term and its verb: "The ORR among the 12 patients with lymphoma was 50.0%"
        sub_N, sub = _num(k.group("N")), sub or k.group("sub")
    if sub and sub == text[m.start:m.end]:
        sub = None   # "grade ≥3 CRS (3%) and ICANS (6%)": the term before its own value, no group
    if sub and ep in GRADED and _EVENT_AT_LEVEL.match(text, g.end):
        sub = sub_N = None   # "Grade ≥3 CRS in 1 patient (2.6%), at DL3;": where the event was, the rate the cohort's
    if sub and ep == "gvhd" and _TRANSPLANTED_POPULATION.fullmatch(sub):
        sub = None   # "Among the 39 transplanted patients, grade II-IV acute GVHD occurred in 12": GVHD's own population, no group
    if sub and _WHOLE_GROUP.fullmatch(sub):
        sub = None   # "CR rate 59.4% in the whole cohort" (b222-04), "in the entire population": no group of it
    if sub and sub.endswith(")") and "=" in sub:   # "CNS disease (n = 8)": the group's size is its N, not its name
        sub = _SIZE_TAIL.sub("", sub) or None
    if ep in RATE:
        if "duration" in v or not ("percent" in v or "n" in v):
            return None
        ca, cb = _clause_of(clauses, g.start)
        if ep in ("relapse", "transplant") and any(rx.search(text[(op.end() if ep == "transplant" and (op := _HISTORY_OPENER.match(text, ca)) and op.end() <= g.start
                                                                   or ep == "transplant" and (op := _HISTORY_POPULATION.match(text, g.end)) else ca):
                                                                 (k.start() if (k := _WHOM_CLAUSE.search(text, max(m.end, g.end), cb)) else cb)])
                                                  for _, rx in cues().baseline):
            return None   # (a history told of some of them after the result is theirs, no baseline of the result's)
        if ep in ("relapse", "transplant") and ca > 0 and "at " in text[:24].lower() and _STATE_AT_ENTRY.match(text):
            return None   # (the sentence's opener tells every clause's time: "At enrollment, 18 patients were CNS3 …, and
            # isolated CNS relapse was present in 11 (36.7%)")
        if m.rule == "cr.bare" and g.start < m.start and (h := _HISTORY_OF.search(text, g.start, m.start)) \
                and not _ACHIEVED.search(text, h.end(), m.start):
            return None   # "and 25 had a history of CNS involvement in remission": the disease they entered with, no response
        if ep in RESPONSE and " to " in text[ca:cb] and (pr := _PRIOR_RESPONSE.search(text, ca, cb)) and (
                m.start <= pr.start() <= m.end or _PRIOR_SUBJECT.fullmatch(text, ca, pr.start())):
            # the response to an earlier therapy, a baseline trait: the term's own ("a complete response to their last
            # therapy") or the clause's subject ("The best response to prior CD19 CAR T-cell therapy was CR in 14")
            return None
        if "percent" in v:
            f["percent"] = v["percent"]
        if "n" in v:
            f["n"] = v["n"]
        # a grade breakdown after a total ("CRS in 5, all grade 1", "of whom 2 had grade 3") keeps N null
        # (a grade's own stated fraction keeps its N: "CRS G1-2 8/10, G3 1/10")
        # (the grade on the term before its count, or a bare grade right after it, is the count's own and of its N:
        # "Cytokine release syndrome (all grade 1/2) occurred in 7 of 10 patients", "acute GVHD occurred in 2 of them
        # (grade II)" after "Fourteen patients …")
        N = ((g.whole.vals.get("N") or prefix_N) if g.whole is not None else None if g.head == "allof" else v.get("N")) \
            if ep in GRADED and (m.kind == "G" or g.head == "allof") \
            else v.get("N") or sub_N or prefix_N
        if N is None and ep in GRADED and m.kind == "G" and (k := _label_size(text, m, ms)):
            N = k   # ("aGVHD (donor-derived, n=17): G2 in 2": the label's population)
        if m.rule in ("cr.breakdown", "pr.breakdown"):
            N = v.get("N")   # "responded in 4 (complete in 3, partial in 1)": the parts of a total keep N null
            if N is None and (k := _PARTS_OF_N.match(text, g.end)):
                N = int(k.group("N"))   # (but the population after the last part is each part's: see _PARTS_OF_N)
        if N and ("n" not in v or v["n"] <= N):
            f["N"] = N
        if "percent" not in f and "n" in f and "N" in f:
            f["percent"] = derived_percent(f["n"], f["N"])
            f["derived"] = True
        if ep in NEGATABLE and f.get("n") == 0 and "percent" not in v:
            # "grade ≥ 3, n = 0": a count of none is a stated absence
            f.pop("derived", None)
            f.update(percent=0.0, negated=True)
        if "percent" in v and v.get("ci_low") is not None:
            f["ci_low"] = v["ci_low"]
            if v.get("ci_high") is not None:
                f["ci_high"] = v["ci_high"]
        if ep in GRADED:
            if m.attrs.get("grade") == "0":
                return None   # "CRS of grade 0, 1-2 and ≥3 occurred in 4, 33 and 5": those without the event, no result
            f["grade"] = m.attrs.get("grade") or "any"
            if f["grade"] == "any" and (" with" in text[g.end:g.end + 24] or " who " in text[g.end:g.end + 24]) and m.end <= g.start:
                # "Neurotoxicity was limited to 2 patients with grade 1 ICANS": the patients' term names their grade
                w = next((k for k in ms if k.start >= g.end and k.kind == "E"), None)
                if w is not None and w.endpoint == ep and w.attrs.get("grade") and _PATIENTS_WITH.fullmatch(text, g.end, w.attrs.get("_gstart", w.start)):
                    f["grade"] = w.attrs["grade"]
                elif (w := next((k for k in ms if k.start >= g.end), None)) is not None and w.kind == "G" \
                        and _PATIENTS_WITH.fullmatch(text, g.end, w.start) and _GRADE_EVENTS.match(text, w.end):
                    f["grade"] = w.attrs["grade"]   # "ICANS was limited to two patients with grade 1 events"
            for k in ("acute", "chronic"):
                if m.attrs.get(k):
                    f[k] = True
        if ep == "complete_remission" and m.attrs.get("mrd_negative") and (
                ("N" in f and _among_responders(text, g, "N" not in v and not sub_N))
                or (sub and _RESPONDERS_SUB.fullmatch(sub))):
            # "MRD-negative CR in 20 of 22 responders": a rate among responders is MRD negativity
            f = {k: f[k] for k in ("percent", "n", "N", "derived", "ci_low", "ci_high") if k in f}
            if tp is not None:
                f["timepoint_days"] = tp
            return Found("mrd_negative", f, m.rule, g.start)
        if ep == "mrd_negative" and "which" in text[max(0, m.start - 30):m.start] and _CR_WHICH_WAS.search(text, max(0, m.start - 40), m.start):
            ep = "complete_remission"   # "36 patients (90.0%) achieved CR/CRi, which was MRD-negative in 32 (80.0%)": an MRD-negative CR
            f["mrd_negative"] = True
        if ep in RESPONSE:
            if tp is None and m.attrs.get("mrd_negative") and "emain" in text and _REMAINED_IN.search(text, max(0, m.start - 30), m.start):
                return None   # "the three transplanted patients remained in MRD-negative remission": a status, no rate
            if tp is not None:
                f["timepoint_days"] = tp
            # "in those with and without extramedullary disease (70.3% vs 87.3%)": groups compared, not a site
            site = m.attrs.get("site") or _site(text, m.start)
            if site and not m.attrs.get("site") and _in_pair(text, g) and _WITH_SITE.search(text):
                site = None
            if site and not m.attrs.get("site") and g.arm and _SITE_RE.search(g.arm):
                site = None   # "CR/CRi by relapse site: marrow only 15/15": the site names the group, not the response
            if site and ep != "mrd_negative":
                # (MRD negativity has no site field: "CR/CRi in the bone marrow, and 24 of these 26 were negative for
                # MRD" is the same result as the Results' "MRD was undetectable in 24 of the 26 responders")
                f["site"] = site
            for k in ("mrd_negative", "includes_cri"):
                if m.attrs.get(k):
                    f[k] = True
    elif ep in SURV:
        if "duration" in v and (m.attrs.get("median") or "months" not in m.attrs):
            if text[m.start:m.start + 5].lower() == "alive" and "median" not in text[max(0, m.start - 30):m.start].lower():
                # "remained alive and progression-free 5 years after a single infusion": how long since, a state
                # at a time, no median
                return None
            f["median_months"] = v["duration"]
        elif "percent" in v and not m.attrs.get("median"):
            months = m.attrs.get("months") or _free_landmark(text, m, g, ms, atoms, clauses)
            if months is None and (k := _MONTH_N_AT.match(text, m.end) or _MONTH_N_BEFORE.search(text, max(0, m.start - 16), m.start)):
                # the landmark as a month's number: "EFS at month 6 was 33.3%", "The month-12 OS was 61%"
                months = int(k.group("mo")) * (12 if k.group("u").lower().startswith("y") else 1)
            if months is None and (_in_pair(text, g) or (" v" in text[g.end:g.end + 60] and _NAMED_PAIR_AFTER.match(text, g.end))):
                # "the 2-year EFS was 58.4%, with no difference in EFS by CNS status (55.0% v 60.2%)": the same
                # term's landmark earlier in the sentence
                months = next((x.attrs["months"] for x in reversed(ms) if x.end <= m.start and x.endpoint == ep
                               and x.attrs.get("months")), None)
            contrast = months is None and _in_pair(text, g) and bool(_CONTRAST_TERM.search(text, max(0, m.start - 20), m.start))
            if months is None and (contrast or (" and " in text and _AND_TERM.search(text, max(0, m.start - 12), m.start))):
                # "OS at 1 year was 68.9% and LFS was 51.2%": the sentence's one landmark is the coordinated term's too
                # (a pair set against the survival before, past the groups it named: "… without allo-HCT, whereas OS …")
                lms = {x.attrs["months"] for x in ms if x.endpoint in SURV and x.attrs.get("months")}
                prev = next((x for x in reversed(ms) if x.end <= m.start and x.kind == "E" and (x.endpoint in SURV or not contrast)), None)
                if len(lms) == 1 and prev is not None and prev.endpoint in SURV and prev.attrs.get("months"):
                    months = lms.pop()
            if months is None:
                return None
            f["percent"] = v["percent"]
            f["months"] = months
        else:
            return None
        if v.get("ci_low") is not None:
            f["ci_low"] = v["ci_low"]
        if v.get("ci_high") is not None:
            f["ci_high"] = v["ci_high"]
        if sub_N:
            f["N"] = sub_N
    elif ep == "median_followup":
        if "duration" not in v:
            return None
        f["months"] = v["duration"]
        if "range_low" in v:
            lo, hi = v["range_low"], v["range_high"]
            f["range_low"], f["range_high"] = lo, hi
    else:
        return None
    if sub and ep != "median_followup":
        f["subgroup"] = sub
    return Found(ep, f, m.rule, g.start)


# the first of a pair, its group named after it: "LFS was 78.6% with transplant v 41.4% without"
# a survival landmark named by the month's (or year's) number right after or before the term: "EFS at month 6 was 33.3%",
# "OS rate at month 12 was 61.0%", "PFS by year 2", "the month-6 PFS was 40%"
_MONTH_N_AT = gate.compile(r"\s*(?:rates?\s+|probability\s+|estimates?\s+)?(?:at|by)\s+(?P<u>month|year)\s?(?P<mo>\d{1,2})\b(?![.,]\d|\s*%)", re.I | re.A)
_MONTH_N_BEFORE = gate.compile(r"\b(?P<u>month|year)[\s-](?P<mo>\d{1,2})\s+$", re.I | re.A)
_NAMED_PAIR_AFTER = gate.compile(r"\s*(?:with|in|among|after|for)\s+[^,;()%]{1,40}?\s+(?:vs\.?|versus|v)\s+\d", re.I | re.A)
_AND_TERM = re.compile(r"(?:,\s*|\s)and\s+(?:the\s+)?$", re.A)
# (or set against it: "12-month PFS was 75.9% with and 58.4% without allo-HCT (P = .04), whereas OS did not differ (84.0% vs
# 80.7%; P = .57)", "…, while OS was similar", "; OS, however, did not differ")
_CONTRAST_TERM = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s)(?:whereas|while|but|although|though)\s+(?:the\s+)?$|;\s*(?:the\s+)?$", re.A)
_RESPONDERS = (r"(?:responders|(?:patients|pts?)\s+(?:in|with|who\s+(?:achieved|attained|had))\s+(?:an?\s+)?"
               r"(?:CR\b|CRi\b|complete|remission|response|MRD)|(?:CR|complete\s+(?:remission|response)|responding)\s+patients)")
# the denominator right before the population: "20 of 22 responders", "12 of 14 responders (85.7%)"
_RESPONDERS_AFTER = gate.compile(r"\d\s+(?:of\s+)?(?:the\s+|these\s+|all\s+)?" + _RESPONDERS, re.I | re.A)
_RESPONDERS_SUB = gate.compile(r"(?:the\s+|all\s+)?" + _RESPONDERS, re.I | re.A)   # "80% among responders"
_RESPONDERS_OPENER = gate.compile(r"^(?:of|among|in)\s+(?:the\s+|these\s+|all\s+)?\d+\s+" + _RESPONDERS, re.I | re.A)


def _among_responders(text: str, g: Group, opener_N: bool) -> bool:
    """True when the group's denominator counts responders or patients in CR ("20 of 22
    responders", "Among the 22 patients in CR, 20 …"), not the cohort."""
    if opener_N:
        return bool(_RESPONDERS_OPENER.match(text))
    return bool(_RESPONDERS_AFTER.search(text, g.start, g.end + 40))


def _site(text: str, pos: int) -> str | None:
    """The site named nearest to ``pos`` in the sentence: extramedullary or bone marrow."""
    low = text.lower()
    if "marrow" not in low and "medullary" not in low and "emd" not in low and "bm" not in low:
        return None
    best = None
    for m in _SITE_RE.finditer(text):
        if low.startswith(" blast", m.end()):
            continue   # "patients with <5% marrow blasts": a disease burden, not where the response is
        site = "bone marrow" if "marrow" in m.group().lower() or m.group() == "BM" else "extramedullary"
        d = abs(m.start() - pos)
        if best is None or d < best[0]:
            best = (d, site)
    return best[1] if best else None


_WITH_SITE = gate.compile(r"\bwith(?:out)?\s+(?:\w+\s+){0,2}?(?:extramedullary|extra-medullary|EMD|(?:bone\s+)?marrow|BM)\b", re.I | re.A)
_SITE_RE = gate.compile(r"\b(?:extramedullary|extra-medullary|EMD)\b|\b(?:bone\s+)?marrow\b|\bBM\b", re.I | re.A)


# the last item of a list of per-group rates: "…, 3 of 4 with AITL (75.0%), and none of the 2 patients with EATL"
# (or of a pair, a toxicity's count in one group and its absence in the other, named by what it lacks: "Acute GVHD developed in
# 2 of the 21 patients with a prior allo-HSCT (9.5%), both grade II, and in none of the 37 patients without a prior
# transplant", "CRS occurred in 5 of 8 patients at DL2 and in none of the 3 patients at DL1")
_NONE_OF_GROUP = gate.compile(rf"(?:,\s*|\s)(?:and\s+|or\s+)?(?:in\s+)?none\s+of\s+the\s+(?P<N>\d+)\s+(?:{PATIENT}\s+)?"
                              r"(?P<prep>with|in|without|at)\s+(?P<sub>[^,;()]{1,40}?)(?=\s*[.;)]|\s*$)", re.I | re.A)


# a named arm's absence closing a count of a toxicity in the other arm: "Acute GVHD occurred in 3 cohort B patients (…) and
# in none of cohort A", "CRS developed in 4 patients in arm B and none in arm A", "…, but in none of group 2"
_NONE_IN_ARM = gate.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:in\s+)?none\s+(?:of|in)\s+(?:the\s+)?"
                            r"(?P<sub>(?:cohort|arm|group)\s+(?:[A-D]|[1-4]|I{1,3}V?))(?:\s+(?:patients|pts))?(?=\s*[.;)]|\s*$)", re.I | re.A)


def _none_in_arm(text: str, items: list[Found]) -> list[Found]:
    """A stated absence of a toxicity in a named arm after its count in another ("… in 3 cohort B patients and in
    none of cohort A"): negated, at the count's grade, with the arm as subgroup."""
    out = []
    for x in _NONE_IN_ARM.finditer(text):
        prev = [f for f in items if f.pos < x.start() and f.endpoint in NEGATABLE and f.endpoint in ("crs", "neurotoxicity", "gvhd")
                and f.fields.get("n") and not f.fields.get("negated")]
        if not prev or len({f.endpoint for f in prev}) != 1:
            continue
        first = prev[0]
        f = {"grade": first.fields.get("grade") or "any", "percent": 0.0, "n": 0, "negated": True, "subgroup": x.group("sub")}
        for q in ("acute", "chronic"):
            if first.fields.get(q) is not None:
                f[q] = first.fields[q]
        out.append(Found(first.endpoint, f, first.rule, x.start("sub")))
    return out


def _none_of_group(text: str, items: list[Found]) -> list[Found]:
    """A zero closing a list of per-group counts of one rate ("8 of 9 with ALCL …, and none of the 2 patients
    with EATL"): that rate, 0 of N, in the named group."""
    out = []
    for x in _NONE_OF_GROUP.finditer(text):
        prev = [f for f in items if f.pos < x.start() and f.endpoint in RATE and "n" in f.fields and f.fields.get("N")]
        # (the pair's absence goes on with the count's own clause: "… and in none of the 37 …", no other term's after a
        # semicolon, "ICANS occurred in 2 of 10 patients; relapse occurred in none of the 3 with CNS disease")
        pair = len(prev) == 1 and prev[0].endpoint in ("crs", "neurotoxicity", "gvhd") and not prev[0].fields.get("negated") \
            and ";" not in text[prev[0].pos:x.start()] and " and " in x.group()[:6]
        if (len(prev) >= 2 or pair) and len({f.endpoint for f in prev}) == 1 and (x.group("prep").lower() != "without" or pair):
            N = int(x.group("N"))
            sub = x.group("sub").strip() if x.group("prep").lower() != "without" else f"without {x.group('sub').strip()}"
            f = {"percent": 0.0, "n": 0, "N": N, "derived": True, "subgroup": sub}
            if pair:   # (the toxicity's absence: negated, of the count's grade and kind)
                f.update({"grade": prev[0].fields.get("grade") or "any", "negated": True,
                          **{q: prev[0].fields[q] for q in ("acute", "chronic") if prev[0].fields.get(q)}})
                del f["derived"]
            out.append(Found(prev[-1].endpoint, f, prev[-1].rule, x.start("N")))
    return out


_LANDMARK_OPENER = re.compile(r"(?:at|by|after)\s+", re.I | re.A)   # "At 5 years, …", "By 2 years, …"


def _free_landmark(text, m, g, ms, atoms, clauses) -> float | None:
    ca, cb = _clause_of(clauses, g.start)
    free = [a for a in atoms if a.kind == "lm" and not a.groups.get("_bound") and ca <= a.start < cb]
    if not free and ca:
        # "At 5 years, 33.0% of patients (95% CI, …) were alive and progression-free, and 49.4% (95% CI, …) were alive":
        # the landmark opening the sentence is every later clause's
        # (bound or not: the clause before took it too)
        free = [a for a in atoms if a.kind == "lm" and a.start == 0 and _LANDMARK_OPENER.match(text)]
    if not free:
        return None
    best = min(free, key=lambda a: abs(a.start - g.start))
    return atom_value(best).get("months")


# one patient named, then an absence ("patient 2 had no GVHD", "the other patient developed no CRS", "Case 3 had no ICANS")
_ONE_PATIENT_NONE = gate.compile(r"(?:\b(?:patient|case|pt)\s*(?:#\s*)?(?:\d+|[A-Z])|\bthe\s+(?:other|second|first|third|remaining)\s+(?:patient|case|one))"
                                 r"\s+(?:(?:also|then|later)\s+)?(?:had|has|developed|experienced|showed)\s+no\s+(?:[\w-]+\s+){0,2}$", re.I | re.A)


def _negations(ms: list[Mention]) -> list[Found]:
    out = []
    for m in ms:
        if m.kind in "EG" and m.negated and m.endpoint in NEGATABLE and not m.pop:
            f: dict[str, Any] = {"percent": 0.0, "n": 0}
            kinds: list[dict[str, Any]] = [{}]
            if m.endpoint in GRADED:
                f["grade"] = m.attrs.get("grade") or "any"
                # "no acute or chronic GVHD" is two absences
                kinds = [{"acute": True}, {"chronic": True}] if m.attrs.get("_both") else \
                    [{k: True for k in ("acute", "chronic") if m.attrs.get(k)}]
            for kind in kinds:
                out.append(Found(m.endpoint, {**f, **kind, "negated": True}, m.rule, m.start))
    return out


# a response stated absent in so many words: "whereas no CR was observed in PC", "no complete responses occurred", "No
# responses were observed at DL1" (a response term is no NEGATABLE one: "patients with no CR" is a population)
_NO_BEFORE = gate.compile(r"(?:^|(?<!\bwith)[\s,;(])(?:no|zero)\s+(?:(?:objective|confirmed)\s+)?$", re.I | re.A)
_ABSENT_AFTER = gate.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:observed|seen|noted|recorded|documented)|occurred)\b",
                             re.I | re.A)


# the level it was absent at: "no CR was observed at DL1, whereas …", "No responses were seen in dose level 1"
_ABSENT_AT = gate.compile(rf"\s+(?:at|in)\s+(?:the\s+)?(?P<lab>{_LEVEL_NAME})(?![\w/-])", re.I | re.A)
# the group it was absent in, counted: "no responses were seen in the 5 patients treated with bendamustine alone", "No complete
# responses were observed among the 4 patients at DL1" (that count is the absence's N, no count of the response)
_ABSENT_IN_N = gate.compile(rf"\s+(?:in|among)\s+(?:the|these|those|all)\s+(?P<N>{NUMW})\s+(?:[\w-]+\s+)?{PATIENT}\b", re.I | re.A)
_ABSENT_IN_BEFORE = gate.compile(r"(?:^|[\s,;(])(?:no|zero)\s+(?:[\w/-]+\s+){1,3}?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                                 r"(?:observed|seen|noted|recorded|documented)|occurred)\s+(?:in|among)\s+(?:the|these|those|all)\s+$", re.I | re.A)


# no patient (of a level) reaching the response, the clause ending with it: "No patient at DL1 had a CR." (b190-04), "No
# patients treated at dose level 1 achieved a complete response", "none of the patients in cohort A attained CR; …" (not "No
# patient had achieved CR before", a history, nor "no patient with AML achieved CR", a group not read here); or the response's
# own verb: "no patient treated at DL1 responded" (b205-03), "No patients at dose level 1 responded", "no one responded at DL1"
# (the verb left out only before "responded": see _no_patient_had)
_NO_PATIENT_HAD = gate.compile(rf"(?:^|[\s,;(])(?:no\s+(?:patients?|one)|none\s+of\s+the\s+patients)(?:\s+(?:(?:treated|infused|dosed)\s+)?"
                               rf"(?:at|in|on)\s+(?:the\s+)?(?P<lab>{_LEVEL_NAME}))?\s+(?P<verb>(?:had|achieved|attained|reached|obtained)\s+(?:an?\s+)?)?$",
                               re.I | re.A)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.]|$)", re.A)
# a response absent after the counted partial responses of the same breakdown, the clause ending with it: "The ORR was 42.9%
# (6 of 14), with six partial responses (PRs) and no complete response; …" (b216-06), "(3 PRs, no CRs)", "including 4 PRs but
# no CR" (the absence's end: no level after it)
_NO_AFTER_PARTIALS = gate.compile(r"\b\d+\s+(?:partial\s+(?:responses?|remissions?)|(?-i:(?:VG)?PRs?))(?:\s*\([^()]{1,8}\))?"
                                  r"(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)no\s+$", re.I | re.A)
_ABSENCE_ENDS = re.compile(r"(?=\s*(?:[,;.)]|$))", re.A)


def _no_patient_had(text: str, m: Mention):
    """_NO_PATIENT_HAD right before mention ``m``: its verb, or none when ``m`` is the verb ("no patient at DL1 responded")."""
    ab = _NO_PATIENT_HAD.search(text, max(0, m.start - 70), m.start)
    return ab if ab and (ab.group("verb") or text.startswith("responded", m.start)) else None


def _response_absences(text: str, ms: list[Mention]) -> list[Found]:
    out = []
    for m in ms:
        if m.kind == "E" and m.endpoint in ("complete_remission", "overall_response") and not m.pop \
                and ((_NO_BEFORE.search(text, max(0, m.start - 24), m.start) and (ab := _ABSENT_AFTER.match(text, m.end)))
                     or ((ab := _no_patient_had(text, m))
                         and _CLAUSE_ENDS.match(text, (at := _ABSENT_AT.match(text, m.end)) and at.end() or m.end))
                     or (_NO_AFTER_PARTIALS.search(text, max(0, m.start - 60), m.start) and (ab := _ABSENCE_ENDS.match(text, m.end)))):
            f = {"percent": 0.0, "n": 0, "negated": True, **{k: True for k in ("mrd_negative", "includes_cri") if m.attrs.get(k)}}
            if ab.re is _ABSENT_AFTER and (k := _ABSENT_IN_N.match(text, ab.end())):
                f["N"] = to_number(k.group("N"))   # "no responses were seen in the 5 patients treated with …"
            # (the level after the verb, "No CR was observed at DL1", or after the term, "No patient achieved CR at DL1", or
            # before the verb, "No patient at DL1 had a CR")
            if (at := _ABSENT_AT.match(text, ab.end() if ab.re is not _NO_PATIENT_HAD else m.end)) \
                    or (at := ab if ab.re is _NO_PATIENT_HAD and ab.group("lab") else None):
                lab = at.group("lab")
                f["subgroup"] = re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab
            out.append(Found(m.endpoint, f, m.rule, m.start))
    return out


_GRADE_WORDS = r"(?:[≥>]=?\s*)?(?:grades?|gr\.?|(?-i:G))\s*(?:[≥>]=?\s*)?(?:[1-5]|IV|III|II|I)\b(?:\s*(?:-|/|or|to)\s*(?:[1-5]|IV|III|II|I)\b)?(?:\s+or\s+(?:higher|greater|above|more|worse))?"
# ("ICANS occurred in 9 (4.6%), and none of these events were of grade 3 or higher": the events named after "of these")
_NONE_GRADE = gate.compile(
    r"\bnone\s+(?:of\s+(?:(?:which|them|these|those|whom)|(?:the|these|those)\s+(?:events?|cases?|episodes?))\s+)?(?:(?:was|were|had|reached)\s+)?(?:of\s+|at\s+|with\s+)?"
    rf"(?P<g>(?:above|beyond|exceeding|higher\s+than|greater\s+than)\s+{_GRADE_WORDS}|{_GRADE_WORDS})", re.I | re.A)
# a grade's item in a list of the term's grades with "none" for its count: "Cytokine release syndrome was mostly mild
# (grade 1-2, 22 patients; grade 3, 2 patients; grade 4, none)", "CRS: grade 1-2, 18; grade ≥3, none", "grade 3: none"
_GRADE_ITEM_NONE = gate.compile(rf"(?<![\w-])(?P<g>{_GRADE_WORDS})\s*[,:]\s*none\b(?=\s*(?:[;.)]|$))", re.I | re.A)
# the same said of the term's events, the clause ending at the grade: "CRS was observed in 12 patients (75.0%), with no events
# above grade 2", "…; no episode exceeded grade 2", "with no cases higher than grade 1" (not "no cases of grade 3 ICANS":
# another term's)
_NO_EVENTS_GRADE = gate.compile(
    r"\bno\s+(?:(?:other|further)\s+)?(?:events?|cases?|episodes?)\s+(?:(?:was|were)\s+)?"
    rf"(?P<g>(?:above|beyond|exceed(?:ing|ed|s)?|higher\s+than|greater\s+than|worse\s+than)\s+{_GRADE_WORDS})(?=\s*(?:[,;.)]|$))", re.I | re.A)


# the term's own verb denying a higher grade: "Cytokine release syndrome occurred in 10 of 12 patients (83.3%) and never
# exceeded grade 2", "CRS did not exceed grade 2", "ICANS was never higher than grade 2" (an absence of grade >=3; "did not
# exceed grade 1" states no grade of the record's: none)
_NOT_EXCEEDED = gate.compile(rf"\b(?:never|did\s+not|(?:was|were)\s+(?:never|not|no))\s+(?P<g>(?:exceed(?:ed)?|higher\s+than|greater\s+than|above|beyond|worse\s+than)\s+"
                             rf"(?P<w>{_GRADE_WORDS}))(?=\s*(?:[,;.(]|and\b|in\s+any\b|$))", re.I | re.A)


def _graded_none(text: str, ms: list[Mention]) -> list[Found]:
    """A graded absence after its term: "ICANS in 4 (10.5%), none above grade 2" (>=3),
    "neurologic events in 14, including 3 of grade 3 and none of grade 4" (4), "ICANS in 4,
    none of which were grade 3 or higher" (>=3): the nearest graded term before "none"."""
    out = []
    for x in [*_NONE_GRADE.finditer(text), *(_NO_EVENTS_GRADE.finditer(text) if "no " in text else ()),
              *(_NOT_EXCEEDED.finditer(text) if "not " in text or "never " in text else ()),
              *(_GRADE_ITEM_NONE.finditer(text) if ", none" in text or ": none" in text else ())]:
        m = next((m for m in reversed(ms) if m.end <= x.start() and m.kind == "E"), None)
        grade = normalise_grade(x.group("g"))
        if x.re is _NOT_EXCEEDED and (grade := normalise_grade("above " + x.group("w"))) != ">=3":
            continue
        if m is not None and m.endpoint in GRADED and not m.negated and not m.pop and grade and grade != "any":
            out.append(Found(m.endpoint, {"percent": 0.0, "n": 0, "grade": grade, "negated": True}, m.rule, x.start()))
    return out


# ---------------------------------------------------------------- p-values
# two groups named against each other ("between children and adults", "<10 y vs. ≥10 y", "than in those without")
_TWO_GROUPS = gate.compile(r"\b(?:vs\.?|versus|v|than|compared\s+(?:with|to)|between\b.{1,80}?\band)\b", re.I | re.A)
# quantities outside the record's endpoints (kinetics, levels): their comparisons are no p_value
# (nor an antigen's intensity on the blasts: "ETP-ALL blasts expressed CD7 at lower intensity than non-ETP blasts (median
# MFI ratio, 18 vs 41; P < .001)", "CD22 site density was lower in …")
# (a tumour's antigen expression too: "Responders had higher baseline tumor CD70 H-scores than non-responders (median 270 vs 160;
# P = .03)", "CD19 expression was lower in non-responders (P = .04)")
_OFF_VOCABULARY = gate.compile(r"\b(?:C\s?max|T\s?max|AUC(?:\d|\b)|expansion|persistence|peak|copies|concentrations?|levels?|exposure|"
                               r"kinetics|cytokines?|IL-?\d+|ferritin|CRP|transgene|vector|MFI|fluorescence|intensity|(?:antigen|site)\s+density"
                               r"|H-?scores?|(?:CD\d+[a-z]?|BCMA|GPRC5D|antigen|target|surface)\s+expression)", re.I | re.A)
# the groups' baseline characteristics compared: ages in years, or the balance of baseline features, or one baseline trait
# higher in one group ("Baseline marrow blasts were higher in the donor group than in the auto group (median, 46% vs 18%;
# P = .02)", "Baseline LDH was significantly lower in …", "Marrow blasts at baseline were higher in …")
_BASELINE_COMPARE = gate.compile(r"\b(?:baseline\s+(?:characteristics|features|variables)\s+(?:were|was)\s+(?:well\s+)?(?:balanced|similar|comparable)"
                                 r"|(?:baseline\s+(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){1,3}?at\s+baseline\s+)(?:was|were)\s+(?:significantly\s+)?"
                                 r"(?:higher|lower|greater|larger|smaller|more\s+frequent|less\s+frequent)\s+(?:in|among|for)\b"
                                 r"|(?:median\s+)?(?:age\s+)?\d+(?:\.\d+)?\s*(?:years?\s+)?(?:vs\.?|versus|v)\s+\d+(?:\.\d+)?\s*(?:years|yrs|y)\b)",
                                 re.I | re.A)
# the comparison stated after the p-values of the endpoints named before it: "… (P = 0.71) differed between the trials",
# "… (P = .62) did not differ significantly between cohorts A and B", "… (p = 0.3) were similar between the two groups"
_COMPARED_AFTER = gate.compile(r"\s*\)(?:\s*,?\s*(?:and|nor|or)\s+[\w/ -]{1,30}?\s*\([^()]*\))*\s+(?:(?:did\s+not|didn't|does\s+not|do\s+not)\s+)?(?:differ(?:ed)?|were\s+(?:similar|comparable))\s+"
                               r"(?:significantly\s+)?between\s+(?:(?P<a>[\w/+ -]{1,40}?)\s+and\s+(?P<b>[\w/+ -]{1,40}?)(?=\s*[(,;.]|$)|the\s+(?:two|2)\s+\w+|the\s+\w+s\b|\w+s\b)",
                               re.I | re.A)
_BETWEEN = gate.compile(r"\bbetween\s+(?P<a>[\w/+ -]{1,40}?)\s+and\s+(?P<b>[\w/+ -]{1,40}?)(?=\s*[(,;.]|\s+(?:was|were|did|had|\(|P\b)|$)", re.I | re.A)


# an arm's share, named by the arm: "12 of 17 participants in the rCAR-BCMA group (70.6%)", "23.5% receiving placebo"
_ARM_SHARE = (r"(?:\d+\s*(?:of|/)\s*\d+|\d+(?:\.\d+)?\s*%(?:\s+of)?)\s+(?:[\w-]+\s+){{0,2}}?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"
              r"(?:in|on|with|receiving|among)\s+(?:the\s+)?(?P<{x}>[\w/+-]+(?:\s+[\w/+-]+)??)(?:\s+(?:group|arm|cohort))?"
              r"(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?")
# two arms' shares, then what they had: "… and 4 of 17 in the placebo group (23.5%) had a reduction of at least 5 points in
# the MG Composite score", "70.6% of patients receiving CAR-T and 23.5% receiving placebo achieved minimal symptom expression"
# (not a trait: "… in the placebo group were women")
_SHARE_PAIR = gate.compile(_ARM_SHARE.format(x="a") + r"\s*,?\s+(?:and|vs\.?|versus|compared\s+with)\s+" + _ARM_SHARE.format(x="b")
                           + r"\s+(?:(?:achieved|attained|reached|met|showed|experienced|responded|improved)\b|had\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:reductions?|improvements?|decreases?|declines?|increases?|responses?|remissions?|benefit)\b)",
                           re.I | re.A)


# groups named by an endpoint they had or not: "between patients with and without relapse", "in those with CRS than in those
# without", "in patients without ICANS"
_GROUP_BY_TERM = gate.compile(r"\b(?:with(?:\s+(?:and|or|vs\.?|versus)\s+without)?|without)\s+(?:an?\s+|any\s+|(?:later|subsequent)\s+)?$", re.I | re.A)
# a new clause in the stretch before a p-value: "…, and CAR-T expansion was lower …", "…; peak IL-6 was higher …"
_CLAUSE_TURN = gate.compile(r",\s+(?:and|but|whereas|while)\s+|;\s*", re.I | re.A)
_DEPENDS_ON = gate.compile(r"\bdepend(?:s|ed|ing|en(?:ce|t))?\s+(?:up)?on\b", re.I | re.A)
# a test across more than two groups compares no two of them: "grade ≥3 ICANS in 27.8%, 6.6%, and 7.6%, respectively (P < .001 for
# both across the three products)", "differed among the four cohorts (P = .02)", "(three-group comparison, P = .01)"
_MANY_GROUPS = gate.compile(r"\b(?:across|among|between)\s+(?:the\s+|all\s+|these\s+)?(?:[3-9]|three|four|five)\s+(?:[\w-]+\s+)?"
                            r"(?:products|groups|arms|cohorts|constructs|centers|centres)\b|\b(?:[3-9]|three|four)[\s-](?:way|group|arm)\s+comparisons?\b", re.I | re.A)


def _pvalues(text: str, atoms: list[Atom], ms: list[Mention], items) -> list[Found]:
    """A p-value counts only when its stretch of text compares two groups or endpoints
    (vs, versus, than, between … and, differ) and is not a correlation, regression, hazard
    ratio or heterogeneity test. "associated with" compares only where two values are stated
    ("associated with superior LFS (64.5% vs 25.0%, P < .001)"). A p-value after a counted one
    whose stretch names only another endpoint ("… but not with OS (P = .12)", "… and OS
    (P = .03)") compares the same groups."""
    c = cues()
    out = []
    prev = 0
    last = None
    run_eps: list[str] = []
    run_k = 1
    for a in atoms:
        if a.kind != "p":
            continue
        start = prev
        window = text[start:a.start]
        prev = a.end
        val = atom_value(a).get("value")
        if not val or c.no_compare.search(window) or c.p_threshold.match(text[a.end:a.end + 60]):
            last = None
            continue
        if ("cross " in text or "mong " in text or "tween " in text or "-way " in text or "-group " in text or "-arm " in text) \
                and (_MANY_GROUPS.search(text, max(start, a.start - 80), a.start)
                     or _MANY_GROUPS.search(re.split(r"[);]", text[a.end:a.end + 60], maxsplit=1)[0])):   # (its own aside)
            last = None
            continue
        if "depend" in window and _DEPENDS_ON.search(window) and not _TWO_GROUPS.search(window):
            # "CRS developed in 22 (grade 1, n = 12; …) and its severity did not depend on dose level (P = .41)": a test
            # of dependence on a factor, no two groups' values
            last = None
            continue
        if last is not None and run_eps and _P_LIST_SEP.fullmatch(window) and _P_RESPECTIVELY.match(text, a.end):
            # "Rates of CRS and ICANS did not differ between outpatients and inpatients (p = 0.74 and p = 0.52,
            # respectively)": a list of p-values zipped with the endpoints the first one's stretch names
            if run_k < len(run_eps):
                f = {"value": val, **({"compares": last["compares"]} if "compares" in last else {}), "outcome": run_eps[run_k]}
                run_k += 1
                out.append(Found("p_value", f, "p.compare", a.start))
            continue
        run_eps, run_k = [], 1
        inwin = [(f, m, g) for f, m, g in items if start <= g.start < a.start]
        # "not reached in the CAR-T group and was 28.7 months in …": a group's value stated in words
        # ("not reached v 6.2 months"; "not reached in either arm": both groups' values)
        stated = len(inwin) + ((2 if _NR_BOTH.search(window) else 1) if "reached" in window and _NOT_REACHED.search(window) else 0)
        if stated < 2 and ("odds" in window or "OR" in window) and c.odds_ratio.search(window):
            # an odds ratio compares two groups only where the stretch states both groups' values ("reached by 118
            # patients in the CAR T-cell group and 32 in the standard-care group (odds ratio 8.9 …; p<0.0001)")
            last = None
            continue
        if c.hazard_ratio.search(window) and stated < 2:
            # a hazard ratio compares two groups only where the stretch states both groups' values, or the rest of the
            # sentence does, of the endpoint the stretch names, with no p-value of its own ("OS favored taza-cel (HR,
            # 0.72; 95% CI, 0.53 to 0.98; P = .035); the 24-month OS rate was 68.9% v 55.3%")
            named_here = {m.endpoint for m in ms if m.kind == "E" and not m.pop and start <= m.start < a.start}
            later = [(f, m, g) for f, m, g in items if g.start > a.end and f.endpoint in named_here
                     and ("percent" in f.fields or "median_months" in f.fields)] if named_here else []
            if len(later) < 2 or any(b.kind == "p" and b.start > a.end for b in atoms):
                last = None
                continue
            inwin, stated = later, len(later)
        # the endpoints the stretch names; a transplant is the grouping ("patients who underwent
        # HSCT had longer EFS"), not the outcome, unless nothing else is named
        named = sorted((m.endpoint for m in ms if m.kind == "E" and not m.pop and start <= m.start < a.start),
                       key=lambda e: e == "transplant")
        if last is not None and not inwin and not named and ("persist" in window or "remain" in window or "maintain" in window
                                                              or "held" in window) and _DIFFERENCE_HELD.search(window) \
                and not _ADJUSTED.search(window):   # (not a model's: "remained significant after adjustment for …")
            # "…(P < 0.001), and the difference persisted in a landmark analysis at day 60 (P = 0.002)": the same comparison again
            f = {**last, "value": val}
            last = f
            out.append(Found("p_value", f, "p.compare", a.start))
            continue
        if not inwin and ("years" in window or "aseline" in window) and _BASELINE_COMPARE.search(window):
            # "Baseline features were balanced except age, which was lower in the HSCT group (median 19 v 33 years;
            # P = 0.008)": the groups' ages (a baseline characteristic) compared, no endpoint's values
            last = None
            continue
        if not inwin and text.startswith(" for ", a.end) and (pf := _P_FOR_PAIR.match(text, a.end)) \
                and (term := next((m for m in ms if m.kind == "E" and m.start == pf.start("t") and m.end == pf.end("t")), None)):
            # a footnote's p-value before what it compares: "P = .21 for PFS, DL2 vs DL1 (log-rank)"
            last = f = {"value": val, "compares": [pf.group("a"), pf.group("b")], "outcome": term.endpoint}
            out.append(Found("p_value", f, "p.compare", a.start))
            continue
        if not inwin and named and "v" in text and (lab := next((m for m in ms if m.kind == "E" and not m.pop and start <= m.start < a.start
                                                                 and _P_LABEL_BEFORE.fullmatch(text, start, m.start)
                                                                 and _P_LABEL_AFTER.fullmatch(text, m.end, a.start)), None)) \
                and (pair := _P_PAIR_ASIDE.search(text, a.end) or _P_PAIR_LEAD.match(text)):
            # each endpoint's p-value right after its label, the groups compared named once in an aside after the list or
            # a lead before it: "OS: P < .001; LFS: P < .001 (log-rank, HSCT vs no HSCT, 3-year)" (b191-05), "Log-rank P
            # values, HSCT vs no HSCT: OS, P < .001; LFS, P = .002"
            last = f = {"value": val, "compares": [pair.group("a"), pair.group("b")], "outcome": lab.endpoint}
            out.append(Found("p_value", f, "p.compare", a.start))
            continue
        # two arms' shares of an outcome the record has no endpoint for: "12 of 17 participants in the rCAR-BCMA group (70.6%)
        # and 4 of 17 in the placebo group (23.5%) had a reduction of at least 5 points in the MG Composite score (p=0.007)"
        shares = _SHARE_PAIR.search(window) if not inwin and not named and (" of " in window or "%" in window or "/" in window) else None
        if not inwin and named and _OFF_VOCABULARY.search(window) and all(
                _GROUP_BY_TERM.search(text, max(0, m.start - 40), m.start)
                for m in ms if m.kind == "E" and not m.pop and start <= m.start < a.start):
            # "Peak CAR transgene levels did not differ between patients with and without relapse (p=0·47)": a quantity with no
            # endpoint compared between groups that an endpoint's term only names
            last = None
            continue
        if not inwin and not named and (not (shares or _TWO_GROUPS.search(window)) or _OFF_VOCABULARY.search(window)):
            # "CAR-NK persistence was longer at DL3 (p=0.02)": no result stated or named, one group;
            # "Cmax was higher in responders than in non-responders (median 52,800 v 6,900 copies/µg;
            # P = .003)": two groups compared on a quantity the record has no endpoint for
            last = None
            continue
        if inwin and (own := [k.end() for k in _CLAUSE_TURN.finditer(window)]) \
                and _OFF_VOCABULARY.search(window, own[-1]) and all(g.start < start + own[-1] for _, _, g in inwin):
            # "Relapse occurred in 8 patients, and CAR-T expansion was lower in patients who relapsed (P = 0.04)": the
            # p-value's own clause compares a quantity the record has no endpoint for, the result before is not its
            last = None
            continue
        if inwin and (hr := c.hazard_ratio.search(window)) and (own := [k.end() for k in _CLAUSE_TURN.finditer(window, 0, hr.start())]) \
                and all(g.start < start + own[-1] for _, _, g in inwin) and any(
                    m.kind == "E" and not m.pop and start + own[-1] <= m.start < a.start and m.endpoint not in {f.endpoint for f, _, _ in inwin}
                    for m in ms):
            # "12-month PFS was 52.6% in the outpatient cohort and 49.8% in the inpatient cohort, and OS did not differ (hazard
            # ratio, 0.91; 95% CI, 0.60 to 1.38; P = .66)": the p-value's own clause gives another endpoint's hazard ratio
            # with no values of its groups; the values before are not what it compares
            last = None
            continue
        if inwin and "associat" in window and (assoc := list(c.association.finditer(window))) \
                and start + assoc[-1].start() > max(g.end for _, _, g in inwin):
            # "Relapse occurred in 7 patients in cohort A and 9 in cohort B, and lower CD22 antigen density was associated
            # with relapse in cohort B (P = 0.01)": the p-value of an association after the values, which it does not compare
            last = None
            continue
        if stated < 2 and not shares and (c.association.search(window) or not c.compare.search(window)):
            # (not a new subject's association: "…, whereas age at infusion was not associated with EFS (P = .37)")
            if named and not inwin and "(" in text[max(0, a.start - 12):a.start] and not c.association.search(window) \
                    and (ca := _COMPARED_AFTER.match(text, a.end)):
                # "Neither PFS (P = 0.48) nor OS (P = 0.71) differed between the trials": each endpoint's p-value in
                # parentheses after its name, the comparison stated after them
                last = f = {"value": val, **({"compares": [ca.group("a").strip(), ca.group("b").strip()]} if ca.group("a") else {}),
                            "outcome": named[-1]}
                out.append(Found("p_value", f, "p.compare", a.start))
                continue
            if not (last is not None and named and not inwin and not _HAS_NUMBER.search(window)) \
                    or ("associated" in window and _NEW_SUBJECT_ASSOC.search(window)):
                last = None
                continue
            f: dict[str, Any] = {"value": val, **({"compares": last["compares"]} if "compares" in last else {})}
        else:
            f = {"value": val}
            subs = []
            semi = text.rfind(";", start, a.start) if len(inwin) > 2 else -1
            # "classic 20/26 v blastoid 9/14, p=0.47; TP53-mut 8/13 v TP53-wt 21/27, p=0.28": the pair of its own clause
            tail = [x for x in inwin if x[2].start > semi] if semi >= 0 else inwin
            for it, _, _ in (tail if len(tail) >= 2 else inwin):
                s = it.fields.get("subgroup")
                if s and s not in subs:
                    subs.append(s)
            bm = _BETWEEN.search(window)
            vs = _P_VS.match(text, a.end) if subs and "v" in text[a.end:a.end + 5] else None
            if vs and inwin[-1][0].fields.get("subgroup"):
                # "universal 8/14 (57.1%; p=0.02 vs donor-derived)": the last group against the one the p-value names
                f["compares"] = [inwin[-1][0].fields["subgroup"], vs.group("b")]
            elif len(subs) >= 2 and "(" in text[max(0, a.start - 40):a.start] \
                    and (pn := _P_NAMES.search(text, max(0, a.start - 40), a.start)) and {pn.group("a"), pn.group("b")} <= set(subs):
                f["compares"] = [pn.group("a"), pn.group("b")]   # "…, and 11/14 at DL3 (DL2 v DL1, P = .003)": the pair it names
            elif len(subs) > 2 and "trend" in text[a.end:a.end + 40]:
                f["compares"] = subs   # "DL1 1/3, DL2 4/6, DL3 7/7 (P=0.03, Cochran-Armitage trend)": a trend across them all
            elif len(subs) > 2 and (op := text.rfind("(", 0, a.start)) > text.rfind(")", 0, a.start) and len(
                    pair := [x[0].fields["subgroup"] for x in inwin if x[2].start > op and x[0].fields.get("subgroup")]) == 2:
                # "from 1 of 3 patients at DL1 to 5 of 6 at DL3, and did not differ between patients in morphologic relapse and
                # those with MRD-only relapse (7/11 vs 3/4; P > 0.99)": the pair in the p-value's own parentheses
                f["compares"] = pair
            elif len(subs) >= 2:
                f["compares"] = subs[:2]
            elif bm:
                f["compares"] = [bm.group("a").strip(), bm.group("b").strip()]
            elif shares:
                f["compares"] = [shares.group("a"), shares.group("b")]
        # the outcome is a rate or median the stretch states, not a bare group count ("(n = 9)")
        # (a transplant count before a survival pair is the grouping: "Twelve of the 19 responders underwent HCT …;
        # 4-year LFS was 58.3% among transplanted patients versus 0% … (P = .002)")
        # (of the groups it compares, when the stretch states others' results first: "2-year OS and LFS were 63.5% and
        # 54.2%; LFS was 78.6% with transplant v 41.4% without (p=0.01)")
        src = [x for x in inwin if x[0].fields.get("subgroup") in f.get("compares", ())] or inwin
        if len(inwin) > 2 and inwin[-1][0].endpoint == inwin[-2][0].endpoint != src[-1][0].endpoint \
                and not inwin[-1][0].fields.get("subgroup") and _PAIR_AFTER.match(text, inwin[-2][2].end):
            # "2-year EFS was 58.1% … in children and 36.4% … in adults, and 2-year OS was 77.3% vs 51.5% (p = 0.04)": the
            # pair right before it, of the same groups unnamed
            src = inwin[-2:]
        # (a follow-up's median times the comparison, no outcome of it: "With a median follow-up of 14.1 months (range, …),
        # OS did not differ between recipients of donor-derived and autologous products (P = .48)")
        eps = sorted((it.endpoint for it, _, _ in reversed(src) if "percent" in it.fields or "median_months" in it.fields),
                     key=lambda e: e == "transplant") or [it.endpoint for it, _, _ in src if it.endpoint != "median_followup"] \
            or sorted(named, key=lambda e: e == "median_followup")
        if eps and eps[0]:
            f["outcome"] = eps[0]
        if text.startswith(" for ", a.end) and (named_after := next((m for m in ms if m.kind == "E" and a.end + 5 in (m.start, m.attrs.get("_gstart"))), None)):
            # "…; CD7 ORR 10/14 (71.4%), CR 6/14 (42.9%); p=0.71 for ORR": the endpoint it names (with its grade: "(p<.0001
            # for gr ≥3 ICANS, …)")
            f["outcome"] = named_after.endpoint + (f" grade {named_after.attrs['grade']}" if named_after.attrs.get("_gpre")
                                                   and named_after.attrs.get("grade") not in (None, "any") else "")
        elif "(" in text[max(0, a.start - 30):a.start] and (named_before := next((
                m for m in ms if m.kind == "E" and not m.pop and _P_NAMED_BEFORE.fullmatch(text, m.end, a.start)
                and text[:m.attrs.get("_gstart", m.start)].rstrip().endswith("(")), None)):
            f["outcome"] = named_before.endpoint   # "(ORR, p<.001 axi-cel vs tisa-cel)": the endpoint it names first
        elif "test" in text[a.end:a.end + 40] and (tk := _TEST_FOR.match(text, a.end)) \
                and (named_after := next((m.endpoint for m in ms if m.kind == "E" and m.start == tk.end()), None)):
            f["outcome"] = named_after   # "… relapsed (P = .015, log-rank test for relapse-free survival)": the test's endpoint
        elif "difference in" in text[max(0, a.start - 90):a.start] and (named_in := next((
                m for m in reversed(ms) if m.kind == "E" and not m.pop and m.end <= a.start
                and _DIFFERENCE_IN.search(text, max(0, m.start - 40), m.start) and _DIFFERENCE_BY.fullmatch(text, m.end, a.start)), None)):
            f["outcome"] = named_in.endpoint   # "…, with no difference in EFS by CNS status (P = .52)": the endpoint it is in
        last = f
        out.append(Found("p_value", f, "p.compare", a.start))
        if "respectively" in text[a.end:]:
            # (a follow-up times the comparison, no outcome: "With a median follow-up of 16.2 months, the 1-year OS and LFS …")
            run_eps = list(dict.fromkeys(m.endpoint for m in ms if m.kind == "E" and not m.pop and start <= m.start < a.start
                                         and m.endpoint != "median_followup"))
            if len(run_eps) > 1 and f.get("outcome") in run_eps and (k := _P_RESPECTIVELY.match(text, a.end)) \
                    and len(_P_LISTED.findall(k.group())) == len(run_eps) - 1:
                f["outcome"] = run_eps[0]   # "OS and LFS … (P=0.002 and P=0.004), respectively": the first one's, the first named
            if f.get("outcome") not in run_eps[:1]:
                run_eps = []
        near = text[max(0, a.start - 8):a.end + 20]
        if "both" in near or "each" in near:
            # "(p<0.0001 for both comparisons)", "(both P<0.0001)": one p-value per endpoint the stretch compares
            if _FOR_BOTH.match(text, a.end) or _BOTH_BEFORE.search(text, max(0, a.start - 8), a.start):
                # (one endpoint at two grades: "any-grade ICANS in 48.8% v 21.1%, and grade ≥3 ICANS in 14.6% v 3.6% (both P < .001)")
                keys = dict.fromkeys((it.endpoint, it.fields.get("grade")) for it, _, _ in inwin
                                     if "percent" in it.fields or "median_months" in it.fields)
                graded = len({e for e, _ in keys}) < len(keys)
                for e, gr in list(keys)[1:] if graded else [(e, None) for e, _ in keys if e != f.get("outcome")]:
                    out.append(Found("p_value", {**f, "outcome": f"{e} grade {gr}" if graded and gr else e}, "p.compare", a.start))
    return out


_P_NAMED_BEFORE = re.compile(r"\s*[,:;]\s*", re.A)
# the endpoint a difference is in, then the grouping and the p-value: "the 2-year EFS and OS were 58.4% and 77.6%, respectively,
# with no difference in EFS by CNS status (P = .52)", "there was no significant difference in OS between the two arms (P = .41)"
_DIFFERENCE_IN = gate.compile(r"\b(?:no|a|any)\s+(?:(?:statistically\s+)?(?:significant|meaningful|relevant)\s+)?difference\s+in\s+(?:the\s+)?$", re.I | re.A)
_DIFFERENCE_BY = re.compile(r"\s+(?:by|between|according\s+to|across|among)\s+[^();%]{1,60}?\(\s*", re.I | re.A)
_NEW_SUBJECT_ASSOC = gate.compile(r"\b(?:whereas|while|although|but|and)\s+(?!(?:was|were|it|this|also|not|with)\b)[\w/ -]{2,60}?\s+"
                                  r"(?:was|were|is|are|remained)\s+(?:(?:not|also|independently|significantly)\s+)*associated\s+with\b", re.I | re.A)
_P_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)", re.I | re.A)
# (the parenthesis may close before "respectively": "87.1% and 77.4% vs 45.5% and 36.4% … (P=0.002 and P=0.004), respectively")
_P_RESPECTIVELY = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)(?:p\s*[=<>≤]\s*)?[<>≤]?\s*\d*\.?\d+)*(?:\s*\))?\s*,?\s*respectively\b", re.I | re.A)
_P_LISTED = re.compile(r"\d*\.?\d+(?=\s*(?:[),;]|and\b|$))", re.A)
_DIFFERENCE_HELD = gate.compile(r"\b(?:the|this|that)\s+(?:difference|advantage|benefit|separation)\s+(?:persisted|remained(?:\s+significant)?|"
                                r"was\s+maintained|held)\b", re.I | re.A)
_ADJUSTED = gate.compile(r"\b(?:adjust\w*|multivaria\w+|regression|model)\b", re.I | re.A)
_P_NAMES = re.compile(r"\(\s*(?P<a>[A-Za-z][\w/+-]*(?:\s\d+)?)\s+(?:vs\.?|versus|v)\s+(?P<b>[A-Za-z][\w/+-]*(?:\s\d+)?)\s*[,;]\s*$", re.A)
# a p-value, then the endpoint and the two groups it compares: "P = .21 for PFS, DL2 vs DL1 (log-rank)", "p = 0.03 for
# OS (transplanted vs non-transplanted)", "P = .004 for EFS: HSCT versus no HSCT"
# (see read_sentence: "Log-rank P for PFS by prior BCMA-directed therapy = 0.031", "P value for OS by MRD status was .02")
_P_FOR_BY = re.compile(r"\bP(?:[\s-]*values?)?\s+for\s+(?:the\s+)?(?P<t>[A-Za-z][^=<>;,()]{1,40}?)\s+by\s+[A-Za-z][^=<>;()]{1,60}?\s*"
                       r"(?:=|\bwas\b|\bof\b|(?=<))\s*(?P<v>(?:<\s*)?(?:0?\.\d+|1(?:\.0+)?))(?![\d.]*\d)", re.A)
_P_FOR_PAIR = re.compile(r" for\s+(?:the\s+)?(?P<t>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*[,:(]\s*"
                         r"(?P<a>[A-Za-z][\w/+-]*(?:\s\d+)?)\s+(?:vs\.?|versus|v)\s+(?P<b>(?:no\s+)?[A-Za-z][\w/+-]*(?:\s\d+)?)\s*(?=[();,.]|$)", re.A)
# (see _pvalues) an endpoint's label before its p-value, a list's item: "OS: P < .001", "; LFS, P = .002", "and EFS: p = 0.01",
# maybe after a lead naming the pair ("Log-rank P values, HSCT vs no HSCT: OS, P < .001")
_P_LABEL_BEFORE = re.compile(r"(?:[^:;()]{0,60}:)?\s*(?:[;,]\s*)?(?:and\s+)?", re.A)
_P_LABEL_AFTER = re.compile(r"\s*[:,]?\s*", re.A)
# the pair those p-values compare, in an aside after them ("(log-rank, HSCT vs no HSCT, 3-year)", "(HSCT v no HSCT)") or in
# the lead ("Log-rank P values, HSCT vs no HSCT:", "P values (CR vs no CR):")
_P_PAIR = r"(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:vs\.?|versus|v\.?)\s+(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)"
_P_PAIR_ASIDE = re.compile(r"\(\s*(?:[^()\d]*?[,;]\s*)?" + _P_PAIR + r"\s*(?=[,;)])", re.A)
_P_PAIR_LEAD = re.compile(r"[^:;()]{0,40}?\bP[\s-]*values?\s*[,(]?\s*" + _P_PAIR + r"\s*\)?\s*:", re.I | re.A)
_P_VS = re.compile(r"\s*,?\s*(?:vs\.?|versus|v)\s+(?P<b>[A-Za-z][\w/+-]*(?:\s+(?!and\b|or\b)[A-Za-z][\w/+-]*)?)\s*[);,.]", re.A)
# (its CI may come between: "not reached (95% CI 24·9–not estimable) in the luma-cel group versus 12·1 months")
_NOT_REACHED = gate.compile(r"\bnot\s+(?:yet\s+)?reached\s+(?:\([^()]{1,60}\)\s+)?(?:in|for|with|among|vs\.?|versus|v)\b|\b(?:vs\.?|versus|v)\s+not\s+(?:yet\s+)?reached\b",
                            re.I | re.A)
_NR_VALUE = re.compile(r"\s*(?:(?:was|were|is|of)\s+|[:=,]\s*)?", re.A)
# "NR vs 3.2 months", "NR v 11.4 mo": a median not reached compared with a group's median
_NR_VS_MONTHS = re.compile(r"\s*(?:vs\.?|versus|v)\s+\d+(?:\.\d+)?\s*(?:months?|mos?)\b", re.A)
_NR_BOTH = gate.compile(r"\bnot\s+(?:yet\s+)?reached\s+in\s+(?:either|both|each)\s+(?:of\s+the\s+)?(?:arms?|groups?|cohorts?)\b", re.I | re.A)
_BOTH_BEFORE = gate.compile(r"\b(?:both|each)\s*[:,]?\s*$", re.I | re.A)
_FOR_BOTH = gate.compile(r"\s*(?:,\s*)?(?:for|in)\s+(?:both|each)(?:\s+(?:of\s+the\s+)?(?:comparisons?|endpoints?|outcomes?|cases?))?\b", re.I | re.A)


# ---------------------------------------------------------------- cohort and doses
_INCLUDING_ASIDE = gate.compile(r",\s*including\s+\d+[^,;()]{0,50}?,(?=\s*(?:were|was|had|who)\b)", re.I | re.A)


_AGES = gate.compile(r"\baged\s+\d+(?:\s*(?:,|-|to|and|or)\s*\d+)*(?:\s*(?:years?|yrs?|months?)(?:\s+old)?)?", re.I | re.A)


_ABBR_AFTER = re.compile(r"\s*\(\s*(?P<a>[A-Za-z][A-Za-z0-9/+-]{1,11})\s*[);,]", re.A)


# the one word qualifying a disease's name, which its abbreviation may spell too: "transformed mycosis fungoides (tMF)",
# "relapsed acute myeloid leukemia (rAML)"
_QUALIFIER_BEFORE = re.compile(r"\b([a-z]{4,})\s+$", re.A)


def _disease_label(text: str, m: re.Match) -> str:
    """The label of the disease ``m`` names (group "d"): its abbreviation when one defined right after it stands for it
    ("diffuse cutaneous systemic sclerosis (dcSSc)" → "dcSSc", as the abbreviation-first lists are labelled), else the
    name's own label."""
    c = cues()
    d = m.group("d")
    if (k := _OR_PAIR_ABBR.match(text, m.end("d"))) and k.group("a")[0].lower() == d[0].lower():
        return c.disease_labels.get(k.group("a").lower(), k.group("a"))   # "mycosis fungoides or Sézary syndrome (MF/SS)"
    k = _ABBR_AFTER.match(text, m.end("d")) if text.find("(", m.end("d"), m.end("d") + 3) >= 0 else None
    if k and (a := k.group("a")) != d and sum(ch.isupper() for ch in a) >= 2 and " " in d:
        letters, name, i = [ch for ch in a.lower() if ch.isalpha()], d.lower(), 0
        if letters and letters[0] != name[0] and (q := _QUALIFIER_BEFORE.search(text, max(0, m.start("d") - 30), m.start("d"))):
            name = q.group(1).lower() + " " + name   # "transformed mycosis fungoides (tMF; n = 4)": the qualifier's letter first
        if letters and letters[0] == name[0]:
            for ch in letters:   # the abbreviation's letters, in order, in the name
                i = name.find(ch, i) + 1
                if not i:
                    break
            else:
                return c.disease_labels.get(a.lower(), a)
    return "other" if _OTHER_NAME.fullmatch(d) else c.disease_labels.get(d.lower(), d)


# (compiled once: re.sub with a pattern string pays a cache lookup per call, ~1 us; this runs twice per cohort sentence)
_INNER_PARENS = re.compile(r"\([^()]*\)", re.A)


def _spaces_for(m: re.Match) -> str:
    return " " * len(m.group())


def _blank_parens(text: str) -> str:
    """``text`` with parenthesised asides replaced by spaces, offsets kept; a nested aside goes with the one around it
    ("patients with T-cell lymphoma (systemic ALCL (sALCL), n = 11; …) received")."""
    flat = _INNER_PARENS.sub(_spaces_for, text)
    return _INNER_PARENS.sub(_spaces_for, flat) if "(" in flat else flat


def _num(s: str | None) -> int | None:
    v = to_number(s) if s else None
    return v if isinstance(v, int) and 0 < v < 100000 else None


# a count at its level, the level's name before the next count: "(n = 4 at DL1, n = 7 at DL2)"
_COUNT_AT = re.compile(r"\d\s+(?:(?:patients?|pts|cases)\s+)?(?:at|on|in)\s+$", re.I | re.A)
# the words between a treated verb and its dose: "were infused with 1 × 10^6 …", "were treated at a single dose of …"
_DOSE_LEAD = re.compile(r"\s*(?:with|at)\s+(?:(?:a|an|the)\s+)?(?:(?:single|median|target|flat|fixed)\s+)?(?:(?:dose|infusion)s?\s+of\s+)?",
                        re.I | re.A)
# (the product's origin before a comma, then more of its kind: "received allogeneic, base-edited universal CD7 CAR-T cells",
# "received autologous, fresh CD19 CAR T cells")
# (a product's name may hold a Greek delta, a deletion's mark: "24 received CD5Δ-CAR after fludarabine and …")
_TREATED_OBJECT = gate.compile(
    r"^\s*(?:with\s+|at\s+)?(?:(?:allogeneic|autologous|donor-derived|universal|off-the-shelf),\s+)?(?:(?:[\w/+-]+|\([^()]{1,30}\))\s+){0,6}?(?:CAR|chimeric\s+antigen|cells?\b|infusions?\b|doses?\b|products?\b|\w+-cel\b|"
    r"\w*cabtagene|\w*leucel|\w*\d[\w\u0394\u03b4]*-?CAR|[A-Z][A-Za-z-]*CAR)|^\s*(?:[,;.(:]|$|at\b|and\b|between\b|in\b|on\b|from\b)"
    # the verb with how it went, nothing after: "All 14 patients were infused as planned; …", "were infused as scheduled", "were
    # treated per protocol", "were infused successfully"
    r"|^\s*(?:as\s+(?:planned|scheduled|intended)|(?:per|according\s+to)\s+(?:the\s+)?(?:protocol|plan|schedule)|successfully)(?=\s*(?:[,;.)]|$))"
    # a product code right after the verb, ending there: "28 received HCB-19", "received KYV-101", "24 received ORI-G5", "36 received
    # OriC5D"
    r"|^\s*(?:"
    # (two capitals at least, a digit; not "IL-6 blockade"; or one capital before three digits or more: "50 received T1922 (median
    # age …)", "received P0021")
    r"(?!IL-?\d)(?-i:[A-Z](?=[a-z]{0,4}[A-Z])[A-Za-z]*(?:-[A-Z][A-Za-z]?)?-?\d[\w-]*|[A-Z]\d{3,}[A-Za-z]?)"
    # (or one capital, its number, then a hyphenated part with a number: "42 patients received C20-i12 at 3.3 × 10^5 …", "X19-b2")
    r"|(?-i:[A-Z]\d+-[A-Za-z]{1,3}\d+[\w-]*)"
    # (or its number first, then two capitals at least: "12 patients received 70-ARM at 1.0 …", "received 7-CAR8")
    r"|(?-i:\d{1,3}-[A-Z]{2,}[\w-]*)"
    # (or naming its target, no digit: "31 received ORV-BCMA at 50 × 10^6 …", "received CART-BCMA", "P-BCMA-ALLO1")
    r"|(?-i:[A-Z][A-Za-z]{0,5}-(?:" + docfields.TARGET_NAME_RE.pattern + r")(?:-[A-Z][A-Za-z]*\d*)?))"
    r"(?=\s*[,;.(:]|\s+(?:at|in|on|and|after|between|from|cells?)\b|$)",
    re.I | re.A)


# two kinds after the treated verb, the second count's verb elided: "received a donor-derived and 59 an autologous
# CAR-T product", "received autologous and 8 donor-derived CAR-T cells" (or repeated: "47 received autologous and 35
# received donor-derived CAR-T")
_ELLIPTIC_KINDS = gate.compile(r"\s+(?:an?\s+|the\s+)?(?P<a>[A-Za-z][\w/+-]*)\s+and\s+(?P<n>\d+)\s+(?:(?:patients|pts)\s+)?"
                               r"(?:(?P<verb>received|were\s+given)\s+)?(?:an?\s+|the\s+)?"
                               r"(?P<b>[A-Za-z][\w/+-]*)\s+(?:CAR|products?\b|cells\b|grafts?\b)", re.I | re.A)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.A)
# a participle set off by commas after the counted patients, the clause's own verb after it: "only 1 patient, treated at DL3,
# had grade ≥3 CRS", "Two patients, both infused at the highest dose, developed grade 4 CRS": who had the event, where
# they were treated (no count of the treated)
_ASIDE_OPEN = re.compile(r"(?:{PATIENT})\s*,\s*(?:(?:both|all|each|one|two|three)\s+)?$".replace("{PATIENT}", PATIENT), re.I | re.A)
_ASIDE_THEN_VERB = re.compile(r"[^,;.()]{0,50},\s+(?:(?:also|later|subsequently)\s+)?(?:had|has|developed|experienced|achieved|attained|"
                              r"died|relapsed|required|showed|remained)\b", re.I | re.A)
_OFF_TRIAL = gate.compile(r"\b(?:outside\s+(?:of\s+)?(?:the|this)\s+(?:trial|study|protocol)|off[\s-](?:trial|study|protocol))\b", re.I | re.A)
_PRIOR_OBJECT = gate.compile(r"\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:prior|previous|earlier)\s", re.I | re.A)
# a product that failed its release criteria, a manufacturing fact about some of the treated, no treated count: "32 patients
# (36.0%) received out-of-specification product", "received an out-of-specification (OOS) product", "received OOS products",
# "received a product that did not meet release specifications"
_OOS_PRODUCT = gate.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:out[\s-]of[\s-]spec(?:ification)?|(?-i:OOS)|non-?conforming)\b|"
                            r"products?\s+(?:that\s+(?:did|was|were)\s+not\s+(?:meet|within)|not\s+(?:meeting|within))\s+(?:(?:the|its|their)\s+)?"
                            r"(?:release\s+)?(?:specifications?|criteria)\b)", re.I | re.A)
# a part of a history counted before, in the pluperfect: "19 (58%) of 33 patients had previously received BCMA-directed
# therapy, including 12 who had received BCMA CAR T cells", "…, including 4 who had already received a CD19 CAR-T product"
_HISTORY_PART_BEFORE = gate.compile(r"\bincluding\s+\w+\s+(?:(?:patients|pts)\s+)?who\s+had\s+(?:previously\s+|already\s+|also\s+)?$", re.I | re.A)
# (or a part named by its history, then what that part received: "47 were infused, 20 in the auto group and 27 in the donor group,
# of whom 16 had relapsed after a previous allo-HSCT and received cells from their original transplant donor", ", 6 of whom had
# failed blinatumomab and were treated with …", ", including 4 who had relapsed after transplant and received donor-derived cells")
_PART_HISTORY_AND = gate.compile(rf"(?:\bof\s+(?:whom|them|these)\s+{NUMW}|\b{NUMW}\s+of\s+(?:whom|them|these)|\bincluding\s+{NUMW}(?:\s+(?:patients|pts))?\s+who)"
                                 r"\s+had\s+(?:previously\s+|already\s+)?(?:relapsed|progressed|failed|received|undergone|been)\b[^,;.()]{0,80}?\band\s+$",
                                 re.I | re.A)
# what was received before the study's cells, the object no CAR product itself: "14 patients had received blinatumomab before CAR
# T-cell therapy", "9 had received inotuzumab ozogamicin before CAR-T infusion", "12 had received blinatumomab before enrolment"
# (the object's words only, no later clause: "20 patients received axi-cel and 3 died before infusion" is a treated count)
_BEFORE_CAR_OBJECT = gate.compile(r"\s+(?:(?![\w/+-]*CAR)(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|died|were|was|had|did|could|who)\b)"
                                  r"[\w/+-]+,?\s+){1,5}?before\s+(?:the\s+|their\s+)?(?:CAR\b|CAR[\s-]?T|chimeric\s+antigen|"
                                  r"(?:cell\s+)?infusion|lymphodepl\w*|enrol\w*|(?:leuk)?apheresis|study\s+entry)", re.I | re.A)
_LEVEL_NUM_BEFORE = gate.compile(r"(?:\bdose\s+levels?|\blevel|\bDL|\bcohort|\bphase|\barm|\bpart)\s?-?$", re.I | re.A)
# a patient's number in a case series, no count: "patients 1 and 2 received 1 × 10^6 CAR T cells/kg and patients 3-6 received
# 2 × 10^6", "Patients #1, #2 and #3 were treated at DL1", "pts 4 to 6 were infused at DL2"
_PATIENT_NUM_BEFORE = gate.compile(r"\b(?:patients?|pts?|cases?|subjects?|participants?)\s+#?(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|-|\u2013|to\s+)#?)*$",
                                   re.I | re.A)
_GRADE_NUM_BEFORE = gate.compile(r"(?:\bgrades?|\bgr\.?|(?-i:\bG))\s*$", re.I | re.A)
# something given to a part of the treated: "Bridging therapy was given to 41 of the 59 patients who received HX19",
# "Tocilizumab was administered to 12 of the 30 patients treated at DL2"
_GIVEN_TO = gate.compile(r"\b(?:given|administered|offered|prescribed)\s+to\s+$", re.I | re.A)
_EVENT_IN = gate.compile(r"\b(?:developed|occurred|observed|seen|noted|reported|documented|achieved|attained|reached|obtained)\s+in\s+$", re.I | re.A)
_LD_AGENTS = ("fludarabine", "cyclophosphamide", "alemtuzumab", "bendamustine")
# (the regimen may be named by its agents: "received fludarabine, cyclophosphamide and alemtuzumab followed by UCAR7-BE")
# (the nearest verb's: "Of 27 patients who underwent leukapheresis, 24 received fludarabine and cyclophosphamide
# lymphodepletion followed by BE7-CAR" is 24 treated, not the 27 leukapheresed)
_LD_THEN_CAR = gate.compile(r"\b(?:received|underwent)\s+(?:(?!(?:received|underwent)\b)[^.;]){0,80}?\b(?:(?:lymphodeplet\w*|lymphodepleting\s+chemotherapy|conditioning)"
                            r"(?:\s+(?:chemotherapy|regimen))?,?\s+followed\s+by|(?:fludarabine|cyclophosphamide|alemtuzumab|bendamustine)"
                            r"(?:\s*\([^()]{1,30}\))?,?\s+followed\s+by(?=\s+(?:[^\s;,]+\s+){0,8}?(?:CAR|[\w/+-]*CAR|cells?\b|\w+-cel\b|(?-i:[A-Z][\w-]*\d))))",
                            re.I | re.A)


# a year after another and its joint ("between 2020 and 2022", "2019-2023", "from 2018 to 2021")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:and|to|through|until|-|\u2013)\s*$", re.A)
# a count of the places that treated the patients: "Eleven centres contributed consecutive patients", "12 Chinese sites enrolled"
# "two single-arm trials (NCT… and ChiCTR…) in which patients …", "Two phase 1 studies, in which patients received …"
_TRIALS_AFTER = gate.compile(r"\s+(?:(?!(?:patients?|pts|cases|subjects|from|of|in|with|and)\b)[\w/-]+\s+){0,3}?(?:trials|studies)\b", re.I | re.A)
# or of the treatments the patients had failed: "Patients with SLE refractory to at least two immunosuppressants and one
# B-cell-targeting agent, or with refractory IIM, received …", "after two prior lines of therapy received"
_AGENTS_AFTER = gate.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:agents?|immunosuppressants?|drugs?|(?:prior\s+|previous\s+)?lines?|regimens?|inhibitors?)\b",
                             re.I | re.A)
_SITES_AFTER = gate.compile(r"\s+(?:[A-Za-z-]+\s+)?(?:cent(?:er|re)s|sites|hospitals|institutions|institutes|countries)\b", re.I | re.A)


_TIME_UNIT_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?\d+(?:\.\d+)?|\s+(?:and|or|to)\s+\d+(?:\.\d+)?)*\s*(?:months?|mos?|years?|yrs?|weeks?|wks?|days?)\b", re.I | re.A)
_THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:,\d{3})+(?!\d|\.\d)", re.A)


def _unseparated(m: re.Match) -> str:
    return m.group().replace(",", "").ljust(len(m.group()))


_CARE_SETTING = re.compile(rf"(?P<n>{NUMW})\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:of\s+(?:them|these|whom)\s+(?:(?:were|was)\s+)?(?:(?:treated|infused|dosed)\s+)?"
                           rf"|(?:{PATIENT}\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:were|was)\s+(?:treated|infused|dosed)\s+)(?:in\s+(?:the\s+|an?\s+)?|as\s+)"
                           r"(?P<sub>outpatient|inpatient)s?(?=\s+(?:setting|basis|care)\b|s?\b\s*[,;.)]|s?$)", re.I | re.A)
_SCREENED_AFTER = re.compile(r"(?:\s+|[^,;.()]{0,40}?\b(?:were|was)\s+(?:\w+\s+)?)screened\b", re.A)
_INCLUDING_AGED = gate.compile(rf",\s*including\s+{NUMW}\s+(?:children|adolescents|adults|pediatric|paediatric|infants)\b", re.I | re.A)
_COHORT_COMPRISED = gate.compile(r"(?:they|these(?:\s+patients)?|the\s+(?:treated\s+|infused\s+)?(?:patients|cohort))\s+"
                                 r"(?:included|comprised|consisted\s+of)\s+", re.I | re.A)


# the cohort's split by age told as what there was: "Of the 15 patients, 10 were male …; there were 6 children (<14 years
# old) and 9 adults", "There were nine children and 12 adults"
_THERE_WERE = gate.compile(r"(?:^|[;,]\s*)there\s+were\s+", re.I | re.A)


_EACH_AFTER = re.compile(r"\s+(?:patients\s+|pts\s+)?each\s*\)", re.A)
_DOSE_TO_EACH = re.compile(r"(?:\s+(?:per|for\s+each|each)\s+(?:infusion|dose|administration))?\s*\(\s*", re.A)


def _each_dose(text: str, a: Atom, doses: list[Dose]) -> list[Dose] | None:
    """The listed doses (two or more) right before an "(n = k each)" aside: "… or 1.2 × 10^8 cells per infusion (n = 6 each)";
    None when the count is no "each" count."""
    if not _EACH_AFTER.match(text, a.end):
        return None
    last = next((d for d in reversed(doses) if d.end <= a.start), None)
    if last is None or not _DOSE_TO_EACH.fullmatch(text, last.end, a.start):
        return []
    levels = [last]
    while prev := [d for d in doses if d.end <= levels[0].start and _NUM_LIST_SEP.fullmatch(text, d.end, levels[0].start)]:
        levels.insert(0, prev[-1])
    return levels if len(levels) > 1 else []


# "matched 1:2 by propensity score", "randomized 2:1": the number after a colon is a ratio's term, no count;
# "TanCAR20-19", "CD19": a number glued to a product's or antigen's letters is part of the name
_RATIO_BEFORE = re.compile(r"\b\d:$|[A-Za-z]\d*-?$", re.A)
_DECIMALS_PCT = re.compile(r"[.\u00b7]\d+\s*%", re.A)   # the decimals of a percent: "70.6% of patients receiving CAR-T"
# a DOI or a link, run into the text from a sidebar: "https://doi.org/10.5555/s41591-025-88501-9", "doi:10.1038/s41375-024-0212-3"
_LINK = re.compile(r"(?:\bhttps?://|\bdoi:\s*|\b10\.\d{4,9}/)\S+", re.I | re.A)
_DESIGN_NAME = re.compile(r"(?<![\w.])\d\s?\+\s?\d(?![\w.])", re.A)
# a trial's name with its parts' numbers: "TRACT-1/2 (NCT08890505) is a multicenter phase 1/2 study in which pts … received",
# "CARTITUDE-1/2": no count
_NAME_PARTS = re.compile(r"(?<=[A-Za-z]-)\d+(?:/\d+)+(?![\w/])", re.A)
_NONE_OF_N = gate.compile(r"\b(?:none|neither)\s+of\s+(?:(?:the|these|those|all)\s+)?\d+", re.I | re.A)   # (or "None of 14 patients …")


# an opener naming the patients of several dose levels together, a sum of the levels' counts: "Among the 31 patients treated
# at DL3 or DL4, …", "Of the 25 patients treated at dose levels 3 and 4, …", "In the 20 patients treated at the two highest doses, …"
_LEVELS_OPENER = gate.compile(rf"\s*(?:of|among|in)\s+(?:the\s+|these\s+|all\s+)?(?P<n>\d+)\s+{PATIENT}\s+(?:who\s+were\s+)?(?:infused|treated|dosed)\s+"
                              r"(?:at|with|on)\s+(?=[^,;()]{0,30}?\b(?:(?:dose\s+)?levels|DLs|(?:\d|both)\s+(?:[a-z]+\s+)?doses)\b|[^,;()]{0,20}?\b(?:DL|level)\s?\d\s*"
                              r"(?:or|and|to|through|-|\u2013)\s*(?:DL\s?)?\d)", re.I | re.A)


# an included cohort named as the intention-to-treat population, the enrolled: "All 74 patients who underwent apheresis
# were included in the intention-to-treat population", "42 patients were included in the ITT analysis"
_ITT_INCLUDED = re.compile(r"[^.;]*?\bincluded\s+in\s+the\s+(?:intention[\s-]to[\s-]treat|ITT)\b", re.I | re.A)


# a sentence opened by the responders, some of whom were evaluable for MRD: "Of the 27 patients with ≥CR, 24 were evaluable
# for MRD, and 22 (91.7%) were MRD-negative", "Among 30 patients in CR, 26 were assessable for minimal residual disease"
_RESPONDERS_OPEN = gate.compile(r"(?:of|among)\s+(?:the\s+|these\s+|all\s+)?\d+\s+(?:[\w-]+\s+)?(?:responders|(?:patients|pts)\s+"
                                r"(?:with|in|who\s+(?:achieved|attained|had|reached))\s+(?:an?\s+)?(?:[\u2265>]=?\s?)?(?:s?CR|CRi|complete|"
                                r"objective|partial|VGPR|PR|response|remission))[^,;]{0,40},", re.I | re.A)
_FOR_MRD = re.compile(r"\s+for\s+(?:MRD|minimal\s+residual|measurable\s+residual)", re.I | re.A)


def _cohort(text: str, atoms: list[Atom], doses: list[Dose], low: str) -> tuple[list[Found], set[int]]:
    """Enrolled and treated counts, per-group treated counts (children/adults, dose levels)
    and disease counts. Returns the items and the start offsets of the atoms they used, so
    those numbers are not read again as rates."""
    c = cues()
    out: list[Found] = []
    used: set[int] = set()
    if "," in text:
        # "Of 1,452 patients who underwent leukapheresis, 1,319 (90.8%) were infused": a count with thousands
        # separators is one number; read as "1452 ", "1319 " (offsets kept) by every count pattern below
        text = _THOUSANDS.sub(_unseparated, text)
    flat_text = _blank_parens(text)
    if "none of" in low or "neither of" in low:   # "None of the 14 patients who received donor cells developed GVHD": an absence's N
        flat_text = _NONE_OF_N.sub(lambda x: " " * len(x.group()), flat_text)
    if "including " in low:   # "Fifteen patients, including 13 T-ALL and 2 T-LBL, were enrolled": an aside too
        flat_text = _INCLUDING_ASIDE.sub(lambda x: " " * len(x.group()), flat_text)
    if "+" in text:   # "In this phase I, 3+3 dose-escalation study …, patients received": a design's name, no count
        flat_text = _DESIGN_NAME.sub(lambda x: " " * len(x.group()), flat_text)
    if "-" in text and "/" in text:
        flat_text = _NAME_PARTS.sub(lambda x: " " * len(x.group()), flat_text)
    if "doi" in low or "http" in low:   # a DOI's or a link's digits ("…/s41591-025-88501-9 (NCT…) enrolled"): no count
        flat_text = _LINK.sub(lambda x: " " * len(x.group()), flat_text)
    if "aged " in low:   # "five patients …, aged 9, 14, 23, 31 and 47 years, who were treated": ages are no counts
        flat_text = _AGES.sub(lambda x: " " * len(x.group()), flat_text)
    if ("level" in low or "dl" in low or "doses" in low) and (lv := _LEVELS_OPENER.match(flat_text)):
        # "Among the 31 patients treated at DL3 or DL4, median PFS was …": the patients of several levels together, no count
        flat_text = flat_text[:lv.start("n")] + " " * len(lv.group("n")) + flat_text[lv.end("n"):]
    # the rules share hint words: the ones whose hint words the sentence contains, in order (see _hint_rules)
    enrolled_at: set[int] = set()
    for i in c.cohort_rules(low):
        r = c.cohort[i]
        for m in r.re.finditer(text if r.raw else flat_text):
            n = _num(m.group("n"))
            if n is None or (r.subgroup and m.start("n") in used):
                continue   # ("9 patients were infused in the expansion cohort": the whole cohort's count, no subgroup's)
            if r.id == "cohort.evaluable" and _FOR_MRD.match(text, m.end()) and _RESPONDERS_OPEN.match(text):
                used.add(m.start("n"))   # the responders evaluable for MRD: the MRD rate's N, no cohort (see _RESPONDERS_OPEN)
                continue
            f: dict[str, Any] = {"value": n}
            if r.subgroup:
                f["subgroup"] = (m.groupdict().get("sub") or r.subgroup).strip()
            out.append(Found(r.endpoint, f, r.id, m.start("n")))
            used.add(m.start("n"))
            if r.endpoint == "patients_enrolled":
                enrolled_at.add(m.start("n"))
    if " arm" in low or " group" in low:
        out += _arm_counts(text, used)
    if "respectively" in low:   # "3, 9, and 12 patients were treated at DL1, DL2, and DL3, respectively"
        out += _counts_then_levels(text, doses, used)
        if len(doses) >= 2:   # "1 × 10^6 (DL1), 2 × 10^6 (DL2) and 3 × 10^6 (DL3) CAR-T cells/kg, given to 4, 6 and 6 patients, respectively"
            out += _doses_given_to(text, doses, used)
    if ("dl" in low or "level" in low or "cohort" in low) and ("(" in text or ":" in text):
        out += _counts_at_level_range(text, used)   # "12 were treated (3, 3, and 6 at DL1–DL3)"
    if " each" in low:   # "six patients each were treated at DL1, DL2, and DL3"
        # (a level's count read as the whole cohort's before it, "Three patients were infused at DL1 and 6 each at DL2 and
        # DL3", is that level's)
        bare = {f.pos for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields}
        each = _each_at_levels(text, used, bare)
        led = {e.pos for e in each} & bare
        out = [f for f in out if not (f.pos in led and f.endpoint == "patients_treated" and "subgroup" not in f.fields)] + each
    if "/" in text and ("dl" in low or "level" in low):   # "DL1/DL2/DL3: 3/3/6 pts"
        out += _slashed_levels(text, used)
    if "/" in text:   # "T-ALL / T-LBL, n | 12 / 5"
        out += _slashed_diseases(text, used)
    if " to " in low and ("dl" in low or "level" in low):   # "DL1 was given to 9 patients and DL2 to 16"
        out += _levels_each_given(text, used)
    treated_at = None
    verbs = list(c.treated_verbs.finditer(text)) if _hinted(low, _TREATED_HINTS) else []
    ld = "followed by" in low and ("lymphodepl" in low or "conditioning" in low or _hinted(low, _LD_AGENTS))
    if ld:
        # "fifteen received fludarabine, cyclophosphamide and alemtuzumab lymphodepletion followed by a single dose of …":
        # the lymphodepletion that the infusion followed
        verbs += [vm for vm in _LD_THEN_CAR.finditer(text) if not any(v.start() == vm.start() for v in verbs)]
    off = "outside" in low or "off-" in low or "off " in low
    elliptic: list[tuple[tuple[int, int], re.Match, bool]] = []
    for vm in verbs:
        if c.treated_before.search(text[max(0, vm.start() - 40):vm.start()]):
            continue
        if any(ek.start("verb") <= vm.start() < ek.end("verb") for _, ek, _ in elliptic):
            continue   # the second kind's repeated verb, read with the first
        if text[max(0, vm.start() - 10):vm.start()].rstrip().endswith(("patients", "pts")) \
                and not vm.group().lower().startswith(("were", "was", "had")) and _RESULT_AFTER_TREATED.match(text, vm.end()):
            continue   # "Two of the three patients treated at the highest dose level achieved CR": the participle names who; a result's count
        if not vm.group().lower().startswith(("were", "was", "had")) and _PAIR_BEFORE_PARTICIPLE.search(text, max(0, vm.start() - 40), vm.start()) \
                and _TERM_RESULT_VERB.search(text, 0, vm.start()):
            continue   # "…, compared with 2 of the 4 treated at 1 × 10^6 cells/kg": who, in a list of a result stated before
        if off and _OFF_TRIAL.search(text, vm.end(), vm.end() + 60):
            continue   # "74 patients in the standard-care group received CAR T cells outside the trial": no trial treatment
        if ("spec" in low or "OOS" in text or "conforming" in low) and _OOS_PRODUCT.match(text, vm.end()):
            continue   # "32 patients (36.0%) received out-of-specification product": some of the treated, by their product
        if "," in text[max(0, vm.start() - 8):vm.start()] and _ASIDE_OPEN.search(text, max(0, vm.start() - 30), vm.start()) \
                and _ASIDE_THEN_VERB.match(text, vm.end()):
            continue   # "only 1 patient, treated at DL3, had grade ≥3 CRS": where the counted patient was treated, no count
        if ("prior" in low or "previous" in low or "earlier" in low) and _PRIOR_OBJECT.match(text, vm.end()):
            continue   # "11 had been treated with a previous CD7-directed product": a history, not this treatment
        if ("prior" in low or "previous" in low) and _HISTORY_PART_BEFORE.search(text, max(0, vm.start() - 60), vm.start()):
            continue   # "… had previously received BCMA-directed therapy, including 12 who had received BCMA CAR T cells": a history
        if " had " in low and _PART_HISTORY_AND.search(text, max(0, vm.start() - 160), vm.start()):
            continue   # "…, of whom 16 had relapsed after a previous allo-HSCT and received cells from …": a part, by its history
        if "before " in low and _BEFORE_CAR_OBJECT.match(text, vm.end()):
            continue   # "14 patients had received blinatumomab before CAR T-cell therapy": a history, not this treatment
        # "we treated 24 patients with …": the count after the verb is its object
        m2 = _VERB_COUNT.match(text, vm.end()) if vm.group().lower().endswith(("treated", "infused")) else None
        # "received 1 × 10^5, 3 × 10^5, or 1 × 10^6 CAR T cells per kg": a dose (list) right after the verb is its object
        if not m2 and not _TREATED_OBJECT.match(text[vm.end():vm.end() + 80]) \
                and not any(0 < d.start - vm.end() <= 4 or (d.start > vm.end() and _DOSE_LEAD.fullmatch(text, vm.end(), d.start))
                            for d in doses) and not (ld and _LD_THEN_CAR.match(text, vm.start())) \
                and not ("(" in text[vm.end():vm.end() + 40] and _TREATED_OBJECT.match(flat_text[vm.end():vm.end() + 240])):
            # ("were treated with a first-generation (gen-1; CD28 costimulation, …, 20 patients) or second-generation
            # (…) product": long asides between the verb and its object)
            continue
        flat = flat_text[:vm.start()]
        if (oo := _OUTCOME_OPENER.match(flat)) and _COUNT_AFTER_OPENER.fullmatch(flat, oo.end()):
            continue   # "Of the 3 patients without CR/CRi, 2 had received DL1": a part of those with an outcome, by what they received
        pick = appos = None
        for sm in _subjects(c.treated_subject, flat, doses):
            grp = "n" if sm.group("n") else "n2"
            # a blocker between, or another clause: "siblings in 6 cases …; cells were infused at …"
            if ";" in flat[sm.end():] or c.treated_blockers.search(flat[sm.end():]):
                continue
            if _num(sm.group(grp)) is None:
                continue
            if flat[sm.end(grp):sm.end(grp) + 3].lstrip()[:1] == "%" or _DECIMALS_PCT.match(flat, sm.end(grp)):
                continue   # "CD1a expression on 92% and 78% of blasts, who were treated": a percent is no count of the treated
                # ("70.6% of patients receiving CAR-T achieved …": nor its whole part)
            if _RATIO_BEFORE.search(flat, max(0, sm.start(grp) - 4), sm.start(grp)):
                continue   # "Each TanCAR20-19 recipient was matched 1:2 … to patients treated with axi-cel": a ratio's term, a name's number
            if grp == "n2" and _TIME_UNIT_AFTER.match(flat, sm.end(grp)):
                continue   # "… relapse of T-ALL 4 and 7 months after CD7 CAR-T therapy who were treated …": a time, no count
                # ("three children who relapsed 2, 5 and 9 months after transplant and were treated …")
            if doses and any(d.start <= sm.start(grp) < d.end for d in doses):
                continue   # "tested 0.5 × 10^6, 1 × 10^6, and 2 × 10^6 cells/kg, and phase II patients were treated": a dose's number
            if grp == "n2" and sm.group(grp)[:2] in ("19", "20") and _YEAR_RANGE_BEFORE.search(flat, max(0, sm.start(grp) - 12), sm.start(grp)):
                continue   # "all 62 patients treated between 2020 and 2022 …, who received": a year, no count
            if grp == "n" and ("cent" in low or "site" in low or "hospital" in low or "institut" in low or "countr" in low) \
                    and _SITES_AFTER.match(flat, sm.end(grp)):
                continue   # "Eleven centres contributed consecutive patients … who received": the centres' count
            if ("trial" in low or "stud" in low) and _TRIALS_AFTER.match(flat, sm.end(grp)):
                continue   # "We pooled two single-arm trials (…) in which patients … received": the trials' count
            if _AGENTS_AFTER.match(flat, sm.end(grp)):
                continue   # "refractory to … one B-cell-targeting agent, or with refractory IIM, received": the agents' count
            # "Acute GVHD developed in one patient who had received a donor-derived product": an event's count;
            # "Grade 2 CRS occurred in 3 patients who received …": a grade's number is no count
            if (" in " in flat[max(0, sm.start(grp) - 16):sm.start(grp)] and _EVENT_IN.search(flat, max(0, sm.start(grp) - 30), sm.start(grp))) \
                    or _GRADE_NUM_BEFORE.search(flat, max(0, sm.start(grp) - 8), sm.start(grp)) \
                    or _LEVEL_NUM_BEFORE.search(flat, max(0, sm.start(grp) - 12), sm.start(grp)) \
                    or _PATIENT_NUM_BEFORE.search(flat, max(0, sm.start(grp) - 30), sm.start(grp)):
                continue   # ("… at dose level 1 and eight patients were treated at …": a level's number is no count)
            if "s of " in flat[max(0, sm.start(grp) - 24):sm.start(grp)] and _COHORTS_OF.search(flat, max(0, sm.start(grp) - 30), sm.start(grp)):
                continue
            if flat[max(0, sm.start(grp) - 4):sm.start(grp)].lower() == "all " and _ALL_WITH_EVENT_AT.match(flat_text, sm.end(grp)):
                continue   # "All four patients with grade 3 cytokine release syndrome had received DL2": those with the event
            if grp == "n" and "occurred" in low and _EVENTS_OCCURRED.match(flat, sm.end(grp)):
                continue   # "One dose-limiting toxicity (…) occurred among the first 6 patients treated at DL3": the events' count
            k = c.subgroup_counts.match(flat, sm.start(grp)) \
                if appos is not None and pick is not None and pick[1] > _num(sm.group(grp)) and _APPOSED.fullmatch(flat, appos, sm.start(grp)) else None
            if k is None and appos is not None and pick is not None and pick[1] > _num(sm.group(grp)) and " with " in flat[appos:sm.end(grp) + 6] \
                    and _APPOSED_DISEASES.fullmatch(flat, appos, sm.start(grp)):
                # "Twelve patients — eight with dcSSc and four with AAV — received": a breakdown of the subject by disease
                k = c.disease_with.match(flat, sm.start(grp))
            if k:
                appos = k.end()
                continue   # "A total of 41 patients, 17 children and 24 adults, were infused": a breakdown of the subject
            if appos is not None and pick is not None and pick[1] > _num(sm.group(grp)) and _WHOM_AFTER.match(flat, sm.end(grp)) \
                    and _APPOSED.fullmatch(flat, appos, sm.start(grp)):
                continue   # "Twelve patients, eight of whom had active lupus nephritis, received": a part of the subject
            if pick and pick[1] > _num(sm.group(grp)) and _SHARE_AFTER.match(text, sm.end(grp)) \
                    and _TREATED_OPENER.match(flat, pick[0]):
                continue   # "Of the 48 infused patients, 19 (40%) had relapsed after … HSCT and received donor-derived …": a part
            pick = (sm.start(grp), _num(sm.group(grp)))
            # (", 110 patients, 58 children and 52 adults, received": a count with its patient noun after a comma too)
            appos = sm.end() if grp == "n" or sm.group().endswith("patients") else None
            # "88 of the 92 patients in the CAR-T group received …": the count before "of" is the subject
            of = _COUNT_OF.search(flat, max(0, sm.start(grp) - 30), sm.start(grp)) if " of " in flat[max(0, sm.start(grp) - 30):sm.start(grp)] else None
            if of and _num(of.group("n")) and _num(of.group("n")) < pick[1]:
                # (the last of a list of such pairs: "Complete responses occurred in 0 of 3, 2 of 6 and 8 of 12 patients treated at
                # the three dose levels")
                at = (lp.start() if (lp := _OF_PAIRS_BEFORE.search(flat, max(0, of.start("n") - 60), of.start("n"))) else of.start("n"))
                if " in " in flat[max(0, at - 16):at] and _EVENT_IN.search(flat, max(0, at - 30), at):
                    pick = None   # "complete response was achieved in 54 of 64 (84.4%) patients treated with axi-cel": a result's count
                    continue
                if " to " in flat[max(0, at - 6):at] and _GIVEN_TO.search(flat, max(0, at - 30), at):
                    pick = None   # "Bridging therapy was given to 41 of the 59 patients who received HX19": a part given something else
                    continue
                pick = (of.start("n"), _num(of.group("n")))
        if pick is None and m2 and _num(m2.group("n")):
            pick = (m2.start("n"), _num(m2.group("n")))
        if pick and " and " in text[vm.end():vm.end() + 40] and (ek := _ELLIPTIC_KINDS.match(text, vm.end())):
            # "Six patients received autologous and eight donor-derived products": one kind's count, then the other's
            # with the verb elided; no count of everyone (each kind's: below)
            elliptic.append((pick, ek, bool(_HAD_BEFORE.search(text, max(0, vm.start() - 12), vm.start()))))
            continue
        # "20 were enrolled and infused": an enrolled count may also be the treated count
        if pick and (pick[0] not in used or pick[0] in enrolled_at):
            # "In phase 1, 14 patients received …; in phase 2, 39 patients were treated …": the opener's group
            lv = _LEVEL_BEFORE.search(text, max(0, pick[0] - 30), pick[0]) if " in " in low or low[:3] == "in " else None
            out.append(Found("patients_treated", {"value": pick[1], **({"subgroup": lv.group("sub")} if lv else {})},
                             "cohort.treated", pick[0]))
            used.add(pick[0])
            treated_at = pick[0]
    for (at, n), ek, history in elliptic:
        # each kind's treated count; not in the past perfect, a history of the study's population ("Median age at HCT
        # was 29 years; 38 had received a donor-derived and 59 an autologous CAR-T product")
        n2 = int(ek.group("n"))
        if not history and at not in used and ek.start("n") not in used:
            out += [Found("patients_treated", {"value": n, "subgroup": ek.group("a")}, "cohort.named-group", at),
                    Found("patients_treated", {"value": n2, "subgroup": ek.group("b")}, "cohort.named-group", ek.start("n"))]
            used.update((at, ek.start("n")))
    # "included" is the treated cohort of a retrospective report, unless the sentence counts the
    # infused on its own: "30 were included and 25 were infused" (the enrolled count), "50 were
    # treated, of whom 48 were included" (an analysed subset)
    for f in out:
        if f.rule == "cohort.included" and _ITT_INCLUDED.match(text, f.pos):
            f.endpoint = "patients_enrolled"   # (the intention-to-treat population: the enrolled)
    treated = [f.fields["value"] for f in out if f.endpoint == "patients_treated" and f.rule != "cohort.included"
               and "subgroup" not in f.fields]
    if treated:
        for f in out:
            if f.rule == "cohort.included" and f.fields["value"] > treated[0]:
                f.endpoint = "patients_enrolled"
            elif f.rule == "cohort.included" and f.fields["value"] < treated[0]:
                f.fields["subgroup"] = "included"
    if treated and (" were " in low or " of " in low):
        # the treated cohort split by age after its count: "16 patients were enrolled and 14 received CAR-T cells (8
        # autologous, 6 donor-derived); 9 were children and 5 were adults" (the parts add up to it); "Sixty-two patients
        # were infused …, of whom 18 were younger than 18 years" (a part of it)
        at0 = next(f.pos for f in out if f.endpoint == "patients_treated" and f.fields["value"] == treated[0])
        for m in _WERE_KINDS.finditer(text, at0):
            parts = [(_num(m.group(x)), m.group(y).lower(), m.start(x)) for x, y in (("n1", "s1"), ("n2", "s2"))]
            if sum(n or 0 for n, _, _ in parts) == treated[0] and not any(at in used for _, _, at in parts):
                out += [Found("patients_treated", {"value": n, "subgroup": sub}, "cohort.subgroup", at) for n, sub, at in parts]
                used.update(at for _, _, at in parts)
        if low.startswith("of ") and text[:at0].lower().rstrip() in ("of", "of the") and (m := _OF_N_AGED.match(text, at0)) \
                and (n := _num(m.group("n"))) and n < treated[0] and m.start("n") not in used:
            out.append(Found("patients_treated", {"value": n, "subgroup": m.group("sub")}, "cohort.subgroup", m.start("n")))
            used.add(m.start("n"))
            if (k := _MATCHED_AGED.search(text, m.end())) and (n2 := _num(k.group("n"))) and k.start("n") not in used:
                out.append(Found("patients_treated", {"value": n2, "subgroup": "matched " + k.group("sub")}, "cohort.subgroup", k.start("n")))
                used.add(k.start("n"))
        for m in _OF_WHOM_AGED.finditer(text, at0) if " of " in low or "including" in low else ():
            grp = next(x for x in ("n", "n2", "n3") if m.group(x))
            if (n := _num(m.group(grp))) and n < treated[0] and m.start(grp) not in used:
                out.append(Found("patients_treated", {"value": n, "subgroup": m.group("sub").lower()}, "cohort.subgroup", m.start(grp)))
                used.add(m.start(grp))
    if treated and ("outpatient" in low or "inpatient" in low):
        # "389 were infused, 143 of them in the outpatient setting": the infused count by care setting
        for m in _CARE_SETTING.finditer(text):
            if (n := _num(m.group("n"))) and n < treated[0] and m.start("n") not in used:
                out.append(Found("patients_treated", {"value": n, "subgroup": m.group("sub").lower()}, "cohort.subgroup", m.start("n")))
                used.add(m.start("n"))
        if (m := _CARE_SPLIT.search(text)) and m.group("a").lower() != m.group("b").lower():
            out += _per_group([(m.group("a").lower(), _num(m.group("n1")), m.start("n1")),
                               (m.group("b").lower(), _num(m.group("n2")), m.start("n2"))], treated[0], used, 0, 0, ())
    cohort = bool(out)
    # "Infused patients had AML (n = 19) or MPAL (n = 8); 10 were children and 17 adults": the cohort named as the
    # subject, with no count of its own, then broken down
    # ("14 infused patients had PTCL-NOS (n = 6), AITL (n = 5) or ATLL (n = 3)": a counted subject broken down by "n =")
    if not cohort and (low[:4] in _SUBJECT_STARTS or (low[:1].isdigit() and ("n =" in low or "n=" in low))) \
            and (k := _COHORT_SUBJECT.match(text)):
        cohort = True
        if k.group("n") and k.group("v").lower() in ("infused", "treated") and k.start("n") not in used:
            # "The nine treated patients (median age 34 years) had T-ALL (n=4), …": the subject's count is the treated
            out.append(Found("patients_treated", {"value": int(k.group("n"))}, "cohort.treated", k.start("n")))
            used.add(k.start("n"))
        for m in _WERE_KINDS.finditer(text, k.end()) if " were " in low else ():
            for n_, s_ in (("n1", "s1"), ("n2", "s2")):
                if (n := _num(m.group(n_))) and m.start(n_) not in used:
                    out.append(Found("patients_treated", {"value": n, "subgroup": m.group(s_).lower()}, "cohort.subgroup", m.start(n_)))
                    used.add(m.start(n_))
    # "Twenty-three were adults and eighteen were children.", "Of these, 12 were children and 8 were adults": a sentence
    # opened by the split by age, its subject the patients of the sentence before
    if not cohort and " were " in low and (k := _WERE_KINDS_OPEN.match(text)) and (m := _WERE_KINDS.match(text, k.end())) \
            and m.group("s1").lower() != m.group("s2").lower():
        cohort = True
        for n_, s_ in (("n1", "s1"), ("n2", "s2")):
            if (n := _num(m.group(n_))) and m.start(n_) not in used:
                out.append(Found("patients_treated", {"value": n, "subgroup": m.group(s_).lower()}, "cohort.subgroup", m.start(n_)))
                used.add(m.start(n_))
    # "They included nine children aged 3-17 years and twelve adults": the treated cohort broken down by age group
    # (or one age group "including" a part of it: "The cohort comprised 31 patients with T-ALL and 13 with T-LBL, including 12
    # children younger than 18 years")
    ages = not cohort and (_COHORT_COMPRISED.match(text) is not None or "there were" in low and any(
        c.subgroup_counts.match(text, k.end()) for k in _THERE_WERE.finditer(text))) and (
        len(c.subgroup_counts.findall(text)) > 1 or "including" in low and _INCLUDING_AGED.search(text) is not None)
    for m in c.subgroup_counts.finditer(text) if cohort or ages else ():
        n = _num(m.group("n"))
        # (a count in a clause before the treated count's semicolon splits the cohort told there: "21 were infused, including 8
        # children and 13 adults; three patients were treated at 1 × 10^6 cells/kg, …")
        if n and m.start("n") not in used and (treated_at is None or m.start() > treated_at or ";" in text[m.end():treated_at]) \
                and not ("screen" in low and _SCREENED_AFTER.match(text, m.end())):
            # ("46 children and young adults were screened and 41 were infused", "Of 26 children screened, …": the
            # screened are no treated group)
            sub = re.sub(r"\s+patients$", "", m.group("sub").lower())
            out.append(Found("patients_treated", {"value": n, "subgroup": sub}, "cohort.subgroup", m.start("n")))
            used.add(m.start("n"))
    # a disease breakdown right after a patient noun needs no count of its own: "The infused patients (T-ALL, 16; T-LBL, 8)"
    # "Disease types were T-ALL (n=18) and T-LBL (n=4)": a breakdown named as one needs no cohort verb
    typed_at = _DISEASE_TYPES.search(text) if "type" in low or "diagnos" in low or "histolog" in low else None
    if typed_at is not None and typed_at.groupdict().get("of"):
        used.add(typed_at.start("of"))   # ("Diagnoses among the 15 infused patients were …": the patients', no disease's count)
    if typed_at is None and _hinted(low, _MADE_OF_HINTS) and (k := _COHORT_MADE_OF.search(text)) and (
            c.disease.match(text, k.end()) or (x := _COUNT_FIRST.match(text, k.end())) and c.disease.match(text, x.end())):
        typed_at = k   # "The infused cohort comprised T-ALL in seventeen and T-LBL in seven": a breakdown named as one
        # (or each count before its disease: "The cohort included 14 T-ALL, 6 T-LBL and 3 mature T-cell lymphoma cases")
    if typed_at is None and " with " in low and ("(n" in low or "n=" in low) and (k := _VERB_PATIENTS_WITH.search(text)):
        typed_at = k   # "This study enrolled patients with relapsed/refractory T-ALL (n = 15) or T-LBL (n = 5)": the diseases' sizes
    if typed_at is None and ("(n" in low or "n=" in low) and (k := _PATIENTS_HAD_SIZED.match(text)):
        typed_at = k   # "Participants had T-ALL (n=17) or T-LBL (n=7)": the subject the whole cohort, each disease sized
    if typed_at is None and " with " in low and ("(n" in low or "n=" in low) and (k := _PATIENTS_WITH_SIZED_GIVEN.search(text)):
        typed_at = k   # "patients with refractory SLE (n = 9) or progressive MS (n = 5) received …": the sized diseases of the treated
    typed = bool(typed_at)
    cohort = cohort or typed or _disease_list(text)
    listed = cohort or ("(" in text and bool(_PATIENTS_PAREN.search(text)))
    dmatches = list(c.disease.finditer(text)) if listed else []
    # ("The 24 infused patients (T-ALL, n = 17; T-LBL, n = 7) had …": the parentheses right after the patient noun)
    plist = [(m.end(), text.find(")", m.end())) for m in _PATIENTS_LIST.finditer(text)] if listed and "s (" in text else ()
    if plist and _hinted(low, _HSCT_HINTS):
        # "Three patients (AML, n = 2; BPDCN, n = 1) were subsequently bridged to allogeneic stem cell transplantation":
        # the transplanted broken down by disease, no disease counts of the cohort
        plist = [(lo, hi) for lo, hi in plist if not _PAREN_THEN_HSCT.match(text, hi)]
    if "(" in text and ("n =" in low or "n=" in low) and (subs := _subtype_parens(text)):
        # a counted disease's own breakdown by subtype right after its name (see _subtype_parens)
        dmatches = dmatches or list(c.disease.finditer(text))
        plist = [*plist, *subs]
    if "respectively" in low and (doses or "level" in low or "DL" in text) \
            and (k := _NEQ_RESPECTIVELY.search(text) or _LEVELS_THEN_COUNTS.search(text)):
        # "Dose levels were 3 × 10(5), 1 × 10(6), and 3 × 10(6) CAR T cells per kilogram (n = 3, n = 5, and n = 6,
        # respectively)": one "n = k" per listed dose, in order
        out += _neq_respectively(text, k, doses, atoms, used)
    # disease counts and per-dose counts: each "n = k" names the label right before it
    prev_lab = None   # (the kind of the last level named before its "n = k", the end of that count)
    for a in atoms:
        if a.kind != "neq" or a.start in used:
            continue
        ns = [int(x.replace(",", "")) for x in _NEQ_NUMS.findall(a.text)]
        if doses and len(ns) == 1 and " each" in low and (each := _each_dose(text, a, doses)) is not None:
            # "at 2 × 10^7, 6 × 10^7 or 1.2 × 10^8 cells per infusion (n = 6 each)": every listed dose's count
            # (after one dose, "(n = 3 each)" counts something else: nothing is read)
            out += [Found("patients_treated", {"value": ns[0], "subgroup": _dose_name(text, d)}, "cohort.dose-level", a.start)
                    for d in each]
            used.add(a.start)
            continue
        # "1.0 × 10^6/kg (n = 10)", "0.5 × 10^6/kg (low dose, n = 12)": the dose's own count
        d_before = next((d for d in reversed(doses) if d.end <= a.start and _DOSE_TO_N.fullmatch(text, d.end, a.start)), None)
        if d_before is not None and "(" in text[d_before.end:a.start] and c.disease.search(text, d_before.end, a.start):
            d_before = None   # "… of 1.0 × 10^6 NS7-T cells/kg (T-ALL, n = 49, …)": the disease's count, no dose level's
        if d_before is not None and (groups := _sizes_of_all(text, d_before, out)):
            # "64 patients were infused with 1 × 10^6 cells/kg (cohort A, n = 38; cohort B, n = 26)": groups given
            # everyone's one dose
            out += _per_group(groups, sum(n for _, n, _ in groups), used, 0, 0, dmatches)
            continue
        if len(ns) > 1:
            # "at 1.0 × 10^6, 3.0 × 10^6, or 6.0 × 10^6 cells/kg (n = 3, 6, and 16, respectively)": the listed doses
            levels = _listed_doses(text, doses, [d for d in doses if d.end <= a.start and a.start - d.end <= 3], len(ns))
            if levels and len(levels) == len(ns):
                for d, n in zip(levels, ns):
                    out.append(Found("patients_treated", {"value": n, "subgroup": _dose_name(text, d)},
                                     "cohort.dose-level", a.start))
                used.add(a.start)
            continue
        if d_before is not None and any(f.endpoint == "patients_treated" and f.fields == {"value": ns[0]} for f in out):
            used.add(a.start)   # "30 patients received 2 × 10^6 cells/kg (…; n = 30)": everyone's dose, not a level's count
            continue
        if d_before is not None:
            out.append(Found("patients_treated", {"value": ns[0], "subgroup": _dose_name(text, d_before)},
                             "cohort.dose-level", a.start))
            used.add(a.start)
            continue
        window = text[max(0, a.start - 45):a.start]
        # ("DL4/RP2D (n=21)": a level with its other name after a slash; "At DL3 and above (n = 17)": the levels from it up)
        # (two levels pooled: "ORR was 40.0% at DL1-2 (n=10) versus 87.5% at DL3 (n=8)", "DL1–DL2 (n = 6)")
        # (the level a phase 1 chose, named: "At the RP2D (n = 40), the ORR and CR rate were …", "At the recommended phase 2 dose
        # (n=58), …", "At the recommended dose (n = 12), the overall response rate was 91.7%")
        lab = re.search(r"(?<![\w-])(DL\s?-?\d+[a-z]?(?:[-–](?:DL\s?)?\d+\b)?(?:/[A-Za-z][\w-]{1,10})?|dose\s+levels?\s+\d+|cohorts?\s+\d+"
                        r"|(?<=the\s)(?:(?-i:RP2D)|recommended\s+(?:phase\s+(?:2|II)\s+)?dose))"
                        r"(\s+(?:and|or)\s+(?:above|higher|greater))?\s*[,:;(\[]?\s*$", window, re.I)
        # (a qualifier in parentheses may come between: "ALCL (ALK-negative) n=2")
        dis = [d for d in dmatches if d.end() <= a.start and (a.start - d.end() <= 8 or _QUALIFIED.fullmatch(text, d.end(), a.start))] \
            if cohort or any(lo <= a.start < hi for lo, hi in plist) else []
        if dis and _in_outcome_subset(text, a.start):
            used.add(a.start)   # "The two non-responders (PTCL-NOS, n = 1; AITL, n = 1)": a subset's diseases, no cohort's
        elif dis:
            # ("Sézary syndrome (SS; n = 3)": the abbreviation defined right after the name is the label)
            label = _disease_label(text, dis[-1])
            out.append(Found("disease_count", {"value": ns[0], "label": label}, "cohort.disease", a.start))
            used.add(a.start)
        elif "interim" in window and _INTERIM_N.search(window):
            # an earlier look at the trial with its own size: "At the interim analysis (cutoff March 2024; n = 20), the
            # day-28 CR/CRi rate was 90.0% (18/20)" (its results are the interim analysis's, NOTES of blind104)
            out.append(Found("patients_treated", {"value": ns[0], "subgroup": "interim analysis"}, "cohort.interim", a.start))
            used.add(a.start)
        elif lab and not (re.search(r"\d[-–]", lab.group(1)) and not re.match(r"\s*\)", text[a.end:])) \
                and not _COUNT_AT.search(window, 0, lab.start()):   # ("n = 4 at DL1, n = 7 at DL2": DL1 is the count's before)
            # (pooled levels' size only when it is all the parenthesis says: "At DL3-DL4 (n = 17 evaluable)" counts the
            # evaluable of levels whose treated were counted one by one)
            sub = (re.sub(r"\s+", "", lab.group(1)).upper() if lab.group(1).upper().startswith("DL") else "RP2D"
                   if lab.group(1).lower().startswith("recommended") else re.sub(r"(?<=level)s|(?<=cohort)s", "", lab.group(1)))
            out.append(Found("patients_treated", {"value": ns[0], "subgroup": sub + (lab.group(2) or "")}, "cohort.dose-level", a.start))
            used.add(a.start)
            if (k := re.match(r"(DL|dose level |cohort )\d+[a-z]?$", sub, re.I)) and not lab.group(2):
                prev_lab = (k.group(1), a.end)
        elif prev_lab and (k := _ELIDED_LEVEL.fullmatch(text, prev_lab[1], a.start)):
            # the level's kind said once, before the first: "14 were infused at dose level 1 (n = 3), 2 (n = 5), or 3 (n = 6)"
            out.append(Found("patients_treated", {"value": ns[0], "subgroup": prev_lab[0] + k.group(1)}, "cohort.dose-level", a.start))
            used.add(a.start)
            prev_lab = (prev_lab[0], a.end)
    if (" at " in text or _hinted(low, _IN_LEVEL_HINTS)) and ("(" in text or ":" in text or text.count(" at ") > 1
                                                                     or text.count(" in ") > 1):   # a list after a comma: two levels
        out += _at_levels(text, used)
    if "=" in text or "(" in text or ": " in text:
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _named_counts(text, f, used, dmatches)
    if "; " in text:   # "28 infused (T-ALL 23, T-LBL 5); cohort A 12, cohort B 16": the groups after a semicolon
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _semicolon_groups(text, f, used, dmatches)
    if "/" in text:
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _packed_counts(text, f, used)
    if "patients)" in low or "pts)" in low or "cases)" in low:
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _kind_paren_counts(text, f, used, dmatches, doses)
    if " without" in low:   # "62 were infused, 22 with active CNS disease and 40 without"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            k = _WITH_WITHOUT_COUNTS.match(text, f.pos + len(str(f.fields["value"])))
            if k:
                x, a, b = (k.group("x"), "n1", "n2") if k.group("n1") else (k.group("x2"), "n3", "n4")
                x = x.strip()
                out += _per_group([(x, int(k.group(a)), k.start(a)), ("no " + x, int(k.group(b)), k.start(b))],
                                  f.fields["value"], used, k.start(), k.end(), dmatches)
    if "random" in low and "received" in low:   # "randomly assigned (104 to CLD-CAR and 52 to TPC); 88 … and 48 received TPC"
        out += _randomised_arms(text, out, used)
    if "lymphodepletion" in low or "conditioning" in low:   # "41 were infused (…); 24 received bendamustine-based and 17 …"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            if (k := _REGIMEN_SPLIT.match(text, f.pos + len(str(f.fields["value"])))) and (n1 := _num(k.group("n1"))) and (n2 := _num(k.group("n2"))):
                kind = k.group("k").lower()
                out += _per_group([(f"{k.group('a')} {kind}", n1, k.start("n1")), (f"{k.group('b')} {kind}", n2, k.start("n2"))],
                                  f.fields["value"], used, k.start("n1"), k.end(), dmatches)
    if " with " in low or ": " in text or "(" in text or ", " in text and (" in the " in low or " at the " in low):
        # ("809 pts were infused: 497 axi-cel, 312 tisa-cel" (no "with"); "50 were infused, six in the safety run-in and …")
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _with_counts(text, f, used, dmatches)
    if " from " in low and (" who " in low or " whom " in low):   # "…, including 9 who received cells from their previous donor and 16 …"
        out = _source_counts(text, out, used, dmatches)
    if " and " in low:   # "389 (37.9%) were infused as outpatients and 637 as inpatients"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            out += _elliptic_groups(text, f, used, out)
            if "subgroup" not in f.fields:
                out += _product_list(text, f, used, out)
            if "subgroup" not in f.fields and " in " in low:
                out += _cohort_pair(text, f, used)
    if "grouped " in low or "stratified " in low or "divided " in low:   # "Patients were grouped by age: 1-9 years (n = 14) and …"
        out += _grouped_counts(text, used, dmatches)
    if "aged " in low or "weighing " in low or "weighed " in low or " older" in low or " younger" in low:   # "1,246 patients … were analysed: 212 aged ≥70 years and 1,034 aged <70 years"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            if (m := _AGED_GROUPS.search(text, f.pos) or _WEIGHT_GROUPS.search(text, f.pos)) is not None:
                out += _per_group([(m.group("s1").strip(), int(m.group("n1")), m.start("n1")),
                                   (m.group("s2").strip(), int(m.group("n2")), m.start("n2"))], f.fields["value"], used, 0, 0, ())
    if len(doses) >= 2 and " at " in low:   # "24 received ORI-G5: 6 per dose level at 0.5 and 1.0 × 10^6, and 12 at 2.0 × 10^6 cells/kg"
        # (also a phase's count split by its doses: "In phase 1, 12 patients received 70-ARM at 1.0, 2.0 or 4.0 × 10^6 …")
        for f in [f for f in out if f.endpoint == "patients_treated" and ("subgroup" not in f.fields or f.rule == "cohort.treated")]:
            out += _counts_at_doses(text, doses, f, used)
    if "each of the" in low:   # "fourteen were treated: three at each of the first three dose levels and five at the highest level"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            if (k := _EACH_OF_FIRST.match(text, f.pos + len(str(f.fields["value"])))) is not None:
                n, lv, m = int(k.group("n")), _num(k.group("k") or k.group("k2")) or 0, _num(k.group("m") or "")
                if n * lv + (m or 0) == f.fields["value"]:
                    out += _level_counts([(f"DL{i + 1}", n, k.start("n")) for i in range(lv)]
                                         + ([(k.group("top") or f"DL{lv + 1}", m, k.start("m"))] if m else []), used)
    if " each " in low and (k := _EACH_LOWER.search(text)) is not None:
        # the count at each lower level and the top level's, no counts of the whole cohort (see _EACH_LOWER)
        at = {k.start("n"), k.start("m")}
        out = [f for f in out if not (f.endpoint == "patients_treated" and "subgroup" not in f.fields and f.pos in at)]
        used -= at
        n, lv = int(k.group("n")), int(k.group("k"))
        out += _level_counts([(f"DL{i + 1}", n, k.start("n")) for i in range(lv)]
                             + [(f"DL{lv + 1}", int(k.group("m")), k.start("m"))], used)
    if " each at " in low:   # "Twelve patients were infused (…), 3 each at DL1 and DL2 and 6 at DL3"
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            if (k := _TREATED_EACH_AT.match(text, f.pos)) is not None and (n := _num(k.group("n"))):
                levels = list(_LEVEL_ITEM.finditer(text, k.start("labs"), k.end("labs")))
                more = list(_LEVEL_ITEM.finditer(text, k.start("labs2"), k.end("labs2"))) if k.group("labs2") else []
                m = _num(k.group("m") or "")
                if n * len(levels) + (m or 0) * max(1, len(more)) == f.fields["value"]:
                    out += _level_counts([(x.group(), n, x.start()) for x in levels]
                                         + ([(k.group("last"), m, k.start("m"))] if m and k.group("last") else [])
                                         + [(x.group(), m, x.start()) for x in more], used)
    if "incl" in low:   # "31 dosed (DL1 n=3, DL2 n=6, DL3 n=22, incl. 13 in phase 2)": a part of the treated named by its phase
        for f in [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]:
            for m in _INCL_PART.finditer(text, f.pos):
                while m:   # ("including 9 in phase 1b and 31 in phase 2")
                    if (n := _num(m.group("n"))) and n < f.fields["value"] and m.start("n") not in used:
                        out.append(Found("patients_treated", {"value": n, "subgroup": re.sub(r"\s+", " ", m.group("sub"))},
                                         "cohort.named-group", m.start("n")))
                        used.add(m.start("n"))
                    m = _PART_NEXT.match(text, m.end())
    if len(dmatches) > 1 and "respectively" in low:
        out += _diseases_respectively(text, dmatches, used)
    # a breakdown listed in parentheses: "(T-ALL 38, T-LBL 14)", "(T-ALL: 38; T-LBL: 14)", "(38 T-ALL and 14 T-LBL)"
    for d in dmatches:
        # ("MPAL (T/myeloid) in 3": a subtype aside before its count; "CTCL (Sezary syndrome or mycosis fungoides) in 5";
        # an abbreviation in brackets, "angioimmunoblastic T-cell lymphoma [AITL] 2")
        m = _LABEL_N.match(text, d.end(), d.end() + 64)
        if m is None and (k := _OR_PAIR_ABBR.match(text, d.end())) and k.group("a")[0].lower() == d.group("d")[0].lower() and (_LIST_OPEN.search(text, max(0, d.start() - 12), d.start())
                                                                       or (typed_at and not text[typed_at.end():d.start()].strip())):
            # two names with one abbreviation for both: "mycosis fungoides or Sézary syndrome (MF/SS) in four"
            if (m := _LABEL_N.match(text, k.end(), k.end() + 24)) and m.start("n") not in used:
                out.append(Found("disease_count", {"value": int(m.group("n")), "label": c.disease_labels.get(k.group("a").lower(), k.group("a"))},
                                 "cohort.disease", m.start("n")))
                used.add(m.start("n"))
            continue
        # ("Histologies were DLBCL in 268, …": the first item opens the list)
        if not (m and (_LIST_OPEN.search(text, max(0, d.start() - 12), d.start())
                       or (typed_at and not text[typed_at.end():d.start()].strip()))):
            m = _N_LABEL.search(text, max(0, d.start() - 16), d.start())
            if m is None and typed_at and (x := _N_LABEL_FIRST.match(text, typed_at.end())) and x.end() == d.start():
                m = x   # "The cohort included 14 T-ALL, 6 T-LBL and …": the first count right after the cohort's verb
            if m and not _LIST_CLOSE.match(text, d.end()):
                m = None
        if m and _in_outcome_subset(text, d.start()):
            m = None   # "The two non-responders (PTCL-NOS, n = 1; AITL, n = 1) died …": the diseases of a subset by outcome
        if m:
            pos = m.start("n")
            if pos not in used:
                label = c.disease_labels.get(d.group("d").lower(), d.group("d"))
                out.append(Found("disease_count", {"value": int(m.group("n")), "label": label}, "cohort.disease", pos))
                used.add(pos)
    if " with " in low and " and " in low and any(f.endpoint == "patients_treated" for f in out):
        out = _subject_of_diseases(text, out, used)
    # "The cohort comprised 15 patients with T-ALL and 6 with T-LBL": a breakdown with no count of its own;
    # with no cohort verb, two or more ("Fifteen patients had T-ALL and six had T-LBL")
    listed = cohort or "compris" in low or "consist" in low or ("included" in low and _population_included(text))
    dws = list(c.disease_with.finditer(text)) if listed or " had " in low or "cases " in low or "diagnosed " in low else []
    # with no cohort verb, a breakdown of two or more: "19 cases had T-ALL and 7 cases had T-LBL"
    # or one alone as what patients had, ending its clause ("14 patients had early T-cell precursor ALL.")
    for m in dws if listed or len(dws) > 1 or (dws and c.disease_next.match(text, dws[0].end())) \
            or (len(dws) == 1 and " had " in low and _had_alone(text)) else ():
        lone = _PAREN_CLOSE.match(text, m.end()) and _TRAITS_PAREN.search(text, max(0, m.start() - 80), m.start())
        while m:
            n = _num(m.group("n"))
            if n and m.start("n") not in used and not _PART_OF_COUNT.search(text, max(0, m.start() - 24), m.start()) and not lone:
                label = _disease_label(text, m)
                out.append(Found("disease_count", {"value": n, "label": label}, "cohort.disease", m.start("n")))
                used.add(m.start("n"))
            m = c.disease_next.match(text, m.end())
    for m in c.disease_whom.finditer(text) if listed and " of " in low else ():   # "…, four of whom had an ETP phenotype"
        while m:   # ("12 received BE-CAR7, 10 of whom had T-ALL and 2 T-LBL": the list goes on with the verb elided)
            n = _num(m.group("n"))
            if n and m.start("n") not in used:
                out.append(Found("disease_count", {"value": n, "label": c.disease_labels.get(m.group("d").lower(), m.group("d"))},
                                 "cohort.disease", m.start("n")))
                used.add(m.start("n"))
            m = c.disease_next.match(text, m.end())
    if "accounted for" in low or "made up" in low:   # "T-ALL accounted for 43 patients (…) and T-LBL for 21"
        out += _diseases_accounted(text, used)
    if "/" in text and ("lineage" in low or "phenotype" in low or "subtype" in low):   # "the lineages were B/T (n = 9), …"
        out += _lineages_sized(text, used)
    if "(" in text and _COUNT_IN_PARENS.search(text):   # "T-ALL (41 patients), ETP-ALL (15), or T-LBL (12)"
        out += _disease_parens(text, used)
    for m in c.disease_share.finditer(text) if " had " in low and " of " in low else ():
        while m:   # (the list going on: "… had T-ALL and 2 had T-LBL")
            if m.start("n") not in used:
                out.append(Found("disease_count", {"value": int(m.group("n")), "label": c.disease_labels.get(m.group("d").lower(), m.group("d"))},
                                 "cohort.disease", m.start("n")))
                used.add(m.start("n"))
            m = c.disease_next.match(text, m.end())
    if "products were" in low:
        out += _product_kinds(text, out, used)
    if " and " in low and ("autolog" in low or "donor" in low or "allogen" in low):
        out += _kinds_given(text, out, used)
    if " and " in low and ("infused, " in low or "treated, " in low or "dosed, " in low):
        out += _treated_split(text, out, used)
    if _hinted(low, _NEW_CANCER_HINTS):
        # "second primary malignancies in 10 patients (12.3%; myelodysplastic syndrome in 3)": the kinds of a later cancer
        # are no diseases of the cohort (their numbers stay claimed: no rate either)
        spans = [m.span() for m in _NEW_CANCER.finditer(text)]
        out = [f for f in out if f.endpoint != "disease_count" or not any(lo <= f.pos < hi for lo, hi in spans)]
    return out, used


# a cancer that arose after treatment, with its kinds in an aside or a list after it: "second primary malignancies in 10
# patients (12.3%; myelodysplastic syndrome in 3)", "secondary malignancies in 6, including MDS in 3 and AML in 1",
# "Therapy-related myeloid neoplasms developed in 4 patients (MDS, n = 3; AML, n = 1)", "new cancers: MDS 2, melanoma 1"
_NEW_CANCER_HINTS = ("malignan", "neoplas", "cancer", "tumor", "tumour")
_NEW_CANCER = gate.compile(r"\b(?:second(?:ary)?|new|subsequent|late|therapy[\s-]related|treatment[\s-]related)\s+(?:primary\s+)?"
                           r"(?:(?:myeloid|hematologic(?:al)?|haematologic(?:al)?|solid|hematopoietic)\s+)?"
                           r"(?:malignanc(?:y|ies)|cancers?|neoplasms?|neoplasias?|tumou?rs?)\b(?:\s*\([A-Za-z-]{2,8}\))?[^.;()]{0,60}?"
                           r"(?:\((?:[^()]|\([^()]*\))*\)|,?\s+(?:including|such\s+as|namely|mainly|mostly)\b[^;]*|:[^;]*)", re.I | re.A)


# the treated counted by their products' kinds, one product each: "…143 patients who received CD7 CAR-T cells …; 57 products
# were donor-derived and 86 autologous" (the kinds' counts add up to the treated count)
_PRODUCT_KINDS = gate.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+(?:(?:CAR[\s-]?T(?:[\s-]cell)?|cell)\s+)?products\s+were\s+(?P<a>[A-Za-z][\w/+-]*)\s*,?\s+"
                              rf"and\s+(?P<m>{NUMW})\s+(?:were\s+)?(?P<b>[A-Za-z][\w/+-]*)\s*(?=[,;.)]|$)", re.I | re.A)


# the treated counted by the kind of product each was given, the two kinds named with their counts: "Autologous products were
# given to 35 cases and donor-derived products to 23 cases", "Autologous CAR-T cells were infused in 35 patients and
# donor-derived cells in 23"
_ORIGIN = r"(?:autologous|allogeneic|(?:[A-Za-z]+[\s-])?donor[\s-]derived)"
_GIVEN_KIND = r"(?:(?:CAR[\s-]?T|CAR\+?)[\s-]+)?(?:cell\s+)?(?:products?|cells|CAR[\s-]?Ts?)"
_KINDS_GIVEN = gate.compile(
    rf"\b(?P<a>{_ORIGIN})\s+{_GIVEN_KIND}\s+(?:were|was)\s+(?:given|administered|infused|delivered)\s+(?:to|in(?:to)?)\s+(?P<n>{NUMW})"
    rf"(?:\s+{PATIENT})?\s*,?\s+and\s+(?:the\s+)?(?P<b>{_ORIGIN})(?:\s+{_GIVEN_KIND})?\s+(?:(?:were|was)\s+(?:given|administered|infused|delivered)\s+)?"
    rf"(?:to|in(?:to)?)\s+(?P<m>{NUMW})(?:\s+{PATIENT})?(?=\s*(?:[,;.)]|$))", re.I | re.A)


# ... or with the source each kind was made from: "Products were derived from autologous cells for 37 patients and from the
# prior donor for 23", "CAR-T cells were manufactured from autologous lymphocytes in 35 patients and from donor lymphocytes
# in 23" (each source names an origin: _SOURCE_ORIGIN)
_KINDS_DERIVED = gate.compile(
    rf"\b{_GIVEN_KIND}\s+(?:were|was)\s+(?:derived|manufactured|generated|produced|made|prepared)\s+from\s+(?P<a>[^,;()\d]{{3,40}}?)\s+"
    rf"(?:for|in)\s+(?P<n>{NUMW})(?:\s+{PATIENT})?\s*,?\s+and\s+(?:from\s+)?(?P<b>[^,;()\d]{{3,40}}?)\s+(?:for|in)\s+(?P<m>{NUMW})"
    rf"(?:\s+{PATIENT})?(?=\s*(?:[,;.)]|$))", re.I | re.A)
_SOURCE_ORIGIN = re.compile(r"\b(?:autologous|allogeneic|donors?|own|sibling|haploidentical|third-party)\b", re.I | re.A)
# ... or with the patients as the subject, each count with the kind it received: "Nine patients received autologous products,
# and 6 received products derived from their previous transplant donor", "Thirty patients received autologous products and 28
# received donor-derived products", "12 patients were infused with autologous CAR-T cells and 8 with donor-derived cells" (each kind
# names an origin: _SOURCE_ORIGIN)
_RECEIVED_KIND = rf"(?:{_ORIGIN}\s+{_GIVEN_KIND}|{_GIVEN_KIND}\s+(?:derived\s+|manufactured\s+|made\s+)?from\s+[^,;()\d]{{3,50}}?)"
_KINDS_RECEIVED = gate.compile(
    rf"(?<![\w.])(?P<n>{NUMW})\s+(?:{PATIENT}\s+)?(?:received|(?:were|was)\s+(?:given|infused\s+with|treated\s+with))\s+(?P<a>{_RECEIVED_KIND})"
    rf"\s*,?\s+and\s+(?P<m>{NUMW})\s+(?:{PATIENT}\s+)?(?:(?:received|(?:were|was)\s+(?:given|infused\s+with|treated\s+with)|with)\s+)?"
    rf"(?P<b>{_RECEIVED_KIND})(?=\s*(?:[,;.)]|$))", re.I | re.A)
_SOURCE_TAIL = re.compile(r"^(?:the|their|patients'?)\s+|\s+(?:T[\s-])?(?:cells|lymphocytes)$", re.I | re.A)


# the treated split right after their count by the product or the cells' source each was given: "371 (90.0%) were infused,
# 246 with axicabtagene ciloleucel (axi-cel) and 125 with tisagenlecleucel (tisa-cel)", "Twenty patients … were infused, 12 with
# cells from the previous transplant donor and 8 with cells from a new donor", "24 were treated, 15 receiving autologous and 9
# donor-derived products" (the two counts add up to the treated count; a product's abbreviation names it)
_SPLIT_PRODUCT = (r"(?P<{0}>(?!{{PATIENT}})[A-Za-z][^,;()\d]{{{{1,60}}}}?)(?:\s*\((?P<{0}x>[^()]{{{{1,20}}}})\))?").format
_TREATED_SPLIT = gate.compile(
    rf"(?:infused|treated|dosed)\s*,\s*(?P<n>{NUMW})\s+(?:{PATIENT}\s+)?(?:with|receiving|received|given)\s+"
    + _SPLIT_PRODUCT("a").format(PATIENT=PATIENT)
    + rf"\s*,?\s+and\s+(?P<m>{NUMW})\s+(?:{PATIENT}\s+)?(?:(?:with|receiving|received|given)\s+)?"
    + _SPLIT_PRODUCT("b").format(PATIENT=PATIENT) + r"(?=\s*[,;.)]|$)", re.I | re.A)
_PRODUCT_WORD = re.compile(r"-cel\b|\bcells?\b|\bdonors?\b|\bproducts?\b|\bCAR|autologous|allogeneic|\w+cel\b", re.I | re.A)
# ... or by whether they had a transplant before: "Twenty-four patients (…) were infused, 16 after prior allo-HSCT and 8 without
# previous transplant", "…, 10 post-transplant and 6 transplant-naive" (the two counts add up to the treated count; "16 with and 8
# without prior HSCT", any feature said once, is _WITH_WITHOUT_COUNTS')
_SPLIT_TX_NOUN = r"(?:allo(?:geneic)?[\s-]*)?(?:HS?CT|SCT|BMT|transplant(?:ation)?|allografts?|stem[\s-]cell\s+transplant(?:ation)?)"
_SPLIT_PRIOR_TX = rf"(?:(?:a|an|their)\s+)?(?:prior|previous|earlier)\s+{_SPLIT_TX_NOUN}"
_TREATED_SPLIT_TX = gate.compile(
    rf"(?:infused|treated|dosed)\s*,\s*(?P<n>{NUMW})\s+(?:{PATIENT}\s+)?"
    rf"(?P<a>(?:after|following|with)\s+{_SPLIT_PRIOR_TX}|post-?transplant(?:ation)?)\s*,?\s+and\s+(?P<m>{NUMW})\s+"
    rf"(?:{PATIENT}\s+)?(?P<b>without(?:\s+(?:(?:a|an|any)\s+)?(?:(?:prior|previous|earlier)\s+)?{_SPLIT_TX_NOUN})?|transplant[\s-]na[i\u00ef]ve)"
    r"(?=\s*[,;.)]|$)", re.I | re.A)
_CELLS_FROM = re.compile(r"^(?:(?:CAR[\s-]?T\s+)?cells|products?)\s+(?:from|of)\s+(?:the\s+|an?\s+)?|\s+(?:CAR[\s-]?T\s+)?(?:cells|products?)$", re.I | re.A)


def _treated_split(text: str, found: list[Found], used: set[int]) -> list[Found]:
    out = []
    for k in _TREATED_SPLIT_TX.finditer(text) if "without" in text or "na" in text else ():
        # (see _TREATED_SPLIT_TX: the transplant named in one of the two)
        n, m = _num(k.group("n")), _num(k.group("m"))
        tx = re.search(_SPLIT_TX_NOUN, k.group("a") + " " + k.group("b"), re.I | re.A)
        total = next((f for f in reversed(found) if f.endpoint == "patients_treated" and "subgroup" not in f.fields
                      and f.pos < k.start()), None)
        if not n or not m or tx is None or total is None or total.fields["value"] != n + m or k.start("n") in used or k.start("m") in used:
            continue
        used.update((k.start("n"), k.start("m")))
        name = "allo-HSCT" if re.match(r"allo|HS?CT|SCT", tx.group(), re.I) else tx.group()
        out += [Found("patients_treated", {"value": v, "subgroup": sub}, "cohort.named-group", k.start(p))
                for v, sub, p in ((n, f"prior {name}", "n"), (m, f"no prior {name}", "m"))]
    for k in _TREATED_SPLIT.finditer(text):
        n, m = _num(k.group("n")), _num(k.group("m"))
        total = next((f for f in reversed(found) if f.endpoint == "patients_treated" and "subgroup" not in f.fields
                      and f.pos < k.start()), None)
        if not n or not m or total is None or total.fields["value"] != n + m or k.start("n") in used or k.start("m") in used \
                or not all(_PRODUCT_WORD.search(k.group(g) + " " + (k.group(g + "x") or "")) for g in ("a", "b")):
            continue
        used.update((k.start("n"), k.start("m")))
        out += [Found("patients_treated", {"value": v, "subgroup": k.group(g + "x") or _CELLS_FROM.sub("", k.group(g).strip())},
                      "cohort.named-group", k.start(p)) for v, g, p in ((n, "a", "n"), (m, "b", "m"))]
    return out


def _named_by_origin(kind: str) -> str:
    """A product named by the source it was made from ("products derived from their previous transplant donor") as its origin's
    products ("donor-derived products"), the name a product group has elsewhere (_PRODUCT_GROUP); else as it is."""
    if re.match(_ORIGIN, kind, re.I | re.A) or not (o := _SOURCE_ORIGIN.search(kind)):
        return kind
    o = o.group().lower()
    return "autologous products" if o in ("autologous", "own") else "allogeneic products" if o == "allogeneic" \
        else "donor-derived products"


def _kinds_given(text: str, found: list[Found], used: set[int]) -> list[Found]:
    """(a count read before as the treated, "given to 35 cases", is the first kind's)"""
    out = []
    for k in chain(_KINDS_GIVEN.finditer(text), _KINDS_DERIVED.finditer(text) if "from" in text else (),
                   _KINDS_RECEIVED.finditer(text) if "receiv" in text or "given" in text else ()):
        n, m = _num(k.group("n")), _num(k.group("m"))
        # (the second count read before as a bare treated count, "and 6 received products …", is the second kind's)
        second = next((f for f in found if f.pos == k.start("m")), None) if k.re is _KINDS_RECEIVED else None
        if not n or not m or k.start("m") in used and (second is None or second.endpoint != "patients_treated"
                                                       or second.fields != {"value": m}):
            continue
        if k.re is not _KINDS_GIVEN and not (_SOURCE_ORIGIN.search(k.group("a")) and _SOURCE_ORIGIN.search(k.group("b"))):
            continue
        first = next((f for f in found if f.pos == k.start("n")), None)
        if k.start("n") in used and (first is None or first.endpoint != "patients_treated" or first.fields != {"value": n}):
            continue
        used.update((k.start("n"), k.start("m")))
        a, b = (_SOURCE_TAIL.sub("", re.sub(r"\s+", " ", k.group(g).lower())) for g in ("a", "b"))
        if k.re is _KINDS_RECEIVED:   # ("products derived from their previous transplant donor": the donor-derived products)
            a, b = (_named_by_origin(x) for x in (a, b))
        if first is not None:
            first.fields["subgroup"], first.rule = a, "cohort.named-group"
        else:
            out.append(Found("patients_treated", {"value": n, "subgroup": a}, "cohort.named-group", k.start("n")))
        if second is not None:
            second.fields["subgroup"], second.rule = b, "cohort.named-group"
        else:
            out.append(Found("patients_treated", {"value": m, "subgroup": b}, "cohort.named-group", k.start("m")))
    return out


def _product_kinds(text: str, out: list[Found], used: set[int]) -> list[Found]:
    k = _PRODUCT_KINDS.search(text)
    if k is None or k.start("n") in used or k.start("m") in used:
        return []
    n, m = _num(k.group("n")), _num(k.group("m"))
    treated = [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields and f.pos < k.start()]
    if not n or not m or not treated or treated[-1].fields["value"] != n + m:
        return []
    used.update((k.start("n"), k.start("m")))
    return [Found("patients_treated", {"value": n, "subgroup": k.group("a")}, "cohort.named-group", k.start("n")),
            Found("patients_treated", {"value": m, "subgroup": k.group("b")}, "cohort.named-group", k.start("m"))]


# two age bands of the treated, each count with its band: "212 aged ≥70 years and 1,034 aged <70 years"
# (the band after "were" alone, or "younger/older than" a bound: "of whom 98 were 65 years or older and 212 were younger than 65";
# the second band as the bare complement: "of whom 412 were aged 70 years or older and 935 were younger")
_AGE_BAND = (r"(?:[<>\u2264\u2265]=?\s?\d+|\d+\s?(?:-|to)\s?\d+|\d+\s+(?:years\s+)?or\s+(?:older|younger|more|less)|(?:younger|older)\s+than\s+\d+)"
             r"\s*(?:years?|yrs?|y)?(?:\s+or\s+(?:older|younger))?")
_AGED_GROUPS = gate.compile(rf"(?<![\w.])(?P<n1>\d+)\s+(?:(?:patients|pts)\s+)?(?:were\s+(?:aged\s+)?|aged\s+)(?P<s1>{_AGE_BAND})\s*,?\s+and\s+"
                            rf"(?P<n2>\d+)\s+(?:(?:patients|pts)\s+)?(?:were\s+)?(?:aged\s+)?(?P<s2>{_AGE_BAND}|(?:younger|older)(?![\w-]|\s+than\b))",
                            re.I | re.A)
# ... and by body weight: "52 received an infusion of HU19 cells (38 weighing 50 kg or less and 14 weighing more than 50 kg)",
# "(≤50 kg, 38; …)" aside, "20 weighing <50 kg and 12 weighing ≥50 kg"; or with the verb in the past after an "Of" opener: "Of
# the 88 infused patients, 52 weighed ≤50 kg and 36 weighed >50 kg" (b226-03)
_WEIGHT_BAND = (r"(?:[<>\u2264\u2265]=?\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:-|to)\s?\d+(?:\.\d+)?|(?:more|less)\s+than\s+\d+(?:\.\d+)?"
                r"|\d+(?:\.\d+)?)\s?kg(?:\s+or\s+(?:less|more|lower|higher|above|below|under|over))?")
_WEIGHT_GROUPS = gate.compile(rf"(?<![\w.])(?P<n1>\d+)\s+(?:(?:patients|pts)\s+)?weigh(?:ing|ed)\s+(?P<s1>{_WEIGHT_BAND})\s*,?\s+and\s+"
                              rf"(?P<n2>\d+)\s+(?:(?:patients|pts)\s+)?(?:weigh(?:ing|ed)\s+)?(?P<s2>{_WEIGHT_BAND})", re.I | re.A)
# the same count at each of the first levels, after the treated count, and the rest at the highest: "fourteen were treated:
# three at each of the first three dose levels and five at the highest level", ", 3 patients in each of the first two cohorts
# and 6 in the third" (the levels in order: DL1, DL2 …); also after the treated's aside, the levels the lower ones and the
# top one named by its dose: "20 were infused (PTCL-NOS, n = 9; AITL, n = 6; ALK-negative ALCL, n = 5), 4 at each of the
# three lower dose levels and 8 at 450 x 10(6)" (b204-07)
_EACH_OF_FIRST = gate.compile(r"[^;:()]{0,40}?(?:\([^()]{1,100}\))?\s*[:,]\s*(?P<n>\d+)\s+(?:(?:patients|pts)\s+)?(?:at|in)\s+each\s+of\s+the\s+"
                              r"(?:(?:first|lowest|initial)\s+(?P<k>[2-5]|two|three|four|five)|(?P<k2>[2-5]|two|three|four|five)\s+(?:lower|lowest))\s+(?:dose\s+)?(?:levels|cohorts|DLs)"
                              r"(?:\s*,?\s*and\s+(?P<m>\d+)\s+(?:(?:patients|pts)\s+)?(?:at|in)\s+(?:the\s+(?:highest|last|top|final|third|fourth|fifth)"
                              r"(?:\s+(?:dose\s+)?(?:level|cohort))?\b|(?P<top>\d+(?:\.\d+)?\s*[x×]\s*10(?:\^\s*\d+|\(\d+\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))))?",
                              re.I | re.A)
# a count given to each of the lower levels, then the top level's: "Three patients each received the two lower doses and five
# received the highest dose", "3 patients each were treated at the two lowest dose levels and 6 at the highest"
_EACH_LOWER = gate.compile(r"(?<![\w.])(?P<n>\d+)\s+(?:(?:patients|pts)\s+)?each\s+(?:(?:received|were\s+(?:treated|infused|dosed)\s+(?:at|with))\s+)?"
                           r"the\s+(?P<k>[2-5])\s+(?:lower|lowest|first)\s+(?:doses|dose\s+levels|levels|DLs)\s*,?\s*and\s+(?P<m>\d+)\s+"
                           r"(?:(?:patients|pts)\s+)?(?:(?:received|were\s+(?:treated|infused|dosed)\s+(?:at|with)|at)\s+)?the\s+"
                           r"(?:highest|top|last|higher)\s+(?:dose(?:\s+level)?|level|DL)\b", re.I | re.A)
# the treated, then one count for each of two levels or more, maybe another for the last: "Twelve patients were infused (AML,
# n = 10; BPDCN, n = 2), 3 each at DL1 and DL2 and 6 at DL3", "15 were treated, 3 patients each at DL1, DL2 and DL3 and 6 at DL4";
# after a colon too, the second count for each of its own levels: "18 were treated (T-ALL, n = 9; PTCL, n = 9): three each at
# DL1 and DL2 and six each at DL3 and DL4" (b203-02)
_LEVEL_LIST = rf"{_LEVEL_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_LEVEL_NAME})+"
_TREATED_EACH_AT = gate.compile(rf"{NUMW}[^;:()]{{0,40}}?(?:\([^()]{{1,80}}\))?\s*[,:]\s*(?P<n>{NUMW})\s+(?:(?:patients|pts)\s+)?each\s+at\s+"
                                rf"(?P<labs>{_LEVEL_LIST})(?:\s*,?\s*and\s+(?P<m>{NUMW})\s+(?:(?:patients|pts)\s+)?"
                                rf"(?:at\s+(?P<last>{_LEVEL_NAME})|each\s+at\s+(?P<labs2>{_LEVEL_LIST})))?(?=\s*[,;.)]|\s*$)", re.I | re.A)
# "6 per dose level at", "12 at", "3 patients each at": a count right before the dose it was given
_COUNT_AT_DOSE = gate.compile(r"(?<![\w.])(?P<n>\d+)\s+(?:(?:patients|pts)\s+)?(?:(?P<each>(?:per|each)\s+(?:dose\s+)?level|each)\s+)?"
                              r"(?:(?:were\s+)?(?:treated|infused|dosed)\s+)?at\s+(?:the\s+)?$", re.I | re.A)
_DOSE_AND = re.compile(r"\s*,?\s*(?:and|or)\s+|\s*,\s*", re.A)
# one count for every dose listed before it: "(four patients at each level)", "(3 per dose level)", ", with six patients at each
# dose level", "(n = 3 per level)", "(three patients each)"
_EACH_LEVEL_AFTER = gate.compile(r"\s*(?:\(\s*|,\s*(?:with\s+)?)(?:n\s?=\s?)?(?P<n>\d+)\s+(?:(?:patients|pts)\s+)?"
                                 r"(?:(?:at|per|in)\s+(?:each|every)\s+(?:dose\s+)?(?:level|cohort)|per\s+(?:dose\s+)?(?:level|cohort)|each)\b", re.I | re.A)


def _counts_at_doses(text: str, doses: list[Dose], treated: Found, used: set[int]) -> list[Found]:
    """After the treated count, each dose with its count before it ("6 at 0.5 × 10^6, 6 at 1.0 × 10^6 and 12 at
    2.0 × 10^6 cells/kg"), or one count "per dose level" for the doses joined after it ("6 per dose level at 0.5 ×
    10^6 and 1.0 × 10^6"): the levels' treated counts, when they add up to the treated total."""
    levels = [d for d in doses if d.start > treated.pos]
    if len(levels) < 2:
        return []
    if (k := _EACH_LEVEL_AFTER.match(text, levels[-1].end)) and int(k.group("n")) * len(levels) == treated.fields["value"] \
            and all(a.start == b.start or _DOSE_AND.fullmatch(text, a.end, b.start) for a, b in zip(levels, levels[1:])):
        # "12 patients received 70-ARM at 1.0, 2.0 or 4.0 × 10^6 cells/kg (four patients at each level)": one count per dose
        # (a shared exponent's members span the list as one: each count at the count's own offset)
        return _level_counts([(_fmt_dose(d) if d.start == levels[0].start == levels[-1].start else _dose_name(text, d),
                               int(k.group("n")), k.start("n")) for d in levels], used)
    items, prev = [], None
    for d in levels:
        m = _COUNT_AT_DOSE.search(text, max(0, d.start - 40), d.start)
        if m:
            prev = (int(m.group("n")), m.start("n"), bool(m.group("each")), d)
            items.append((_dose_name(text, d), prev[0], prev[1]))
        elif prev is not None and prev[2] and _DOSE_AND.fullmatch(text, prev[3].end, d.start):
            items.append((_dose_name(text, d), prev[0], d.start))   # the shared count (its offset: the dose's own)
            prev = (prev[0], prev[1], True, d)
        else:
            return []
    if sum(n for _, n, _ in items) != treated.fields["value"]:
        return []
    return _level_counts(items, used)


_PART = (rf"(?P<n>{NUMW})\s+(?:(?:patients|pts)\s+)?(?:in|from|during)\s+(?:the\s+)?"
         r"(?P<sub>phase\s+(?:[1-4]|I{1,3}|IV)[ab]?|(?:cohort|arm|part)\s+(?:\d+|[A-D])\b|(?:dose[\s-])?(?:escalation|expansion)"
         r"(?:\s+(?:cohort|phase|part))?)(?![\w-])")
_INCL_PART = gate.compile(r"\bincl(?:\.|uding)\s+" + _PART, re.I | re.A)
_PART_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _PART, re.I | re.A)
_SUBJECT_STARTS = ("infu", "trea", "enro", "eval", "the ", "all ")
_COHORT_SUBJECT = gate.compile(r"(?:the\s+|all\s+)?(?:(?P<n>\d+)\s+)?(?P<v>infused|treated|enrolled|evaluable)\s+(?:patients|pts)\s+"
                               r"(?:\([^()]{1,80}\)\s*)?(?:had|included|comprised)\b",
                               re.I | re.A)
_AGE_KIND = r"children|adults|adolescents|infants|pediatric|paediatric"
# an age group of the treated after "of whom": ", of whom 18 were younger than 18 years", ", of whom 12 were children", ",
# 9 of them aged <18 years"
_AGED_AS = (rf"{_AGE_KIND}|(?:younger|older)\s+than\s+\d+\s+(?:years|y)|aged\s*(?:<|>|\u2264|\u2265|under|below|over)\s*\d+\s+(?:years|y)"
            r"|(?:less|under|below)\s+\d+\s+years\s+(?:old|of\s+age)")
# (or "including": "Nineteen patients were treated (DL1, n = 3; …), including 6 younger than 18 years", "…, including 12
# children younger than 18 years")
_OF_WHOM_AGED = gate.compile(rf"(?:\bof\s+whom\s+(?P<n>{NUMW})\s+were|(?P<n2>{NUMW})\s+of\s+(?:whom|them)(?:\s+were)?"
                             rf"|\bincluding\s+(?P<n3>{NUMW})(?:\s+(?:children|patients|pts|adolescents|adults))?)\s+"
                             rf"(?P<sub>{_AGED_AS})\b", re.I | re.A)
# ... or after the treated count opening the sentence with "Of": "Of 1,146 infused patients, 118 were aged ≥75 years", "Of the 30
# patients treated, 13 were younger than 18 years"; then a comparison group matched to it by its own age band: "…; they were matched
# 1:2 on ECOG performance status, … with 236 patients aged <75 years", "… were compared with 90 matched patients aged 18-64 years"
_OF_N_AGED = gate.compile(rf"[\d,]+\s+(?:[\w-]+\s+){{0,2}}?(?:patients|pts|recipients|children|adults)(?:\s+(?:treated|infused))?\s*,\s*"
                          rf"(?P<n>{NUMW})\s+(?:patients\s+)?were\s+(?P<sub>{_AGED_AS})\b", re.I | re.A)
_MATCHED_AGED = gate.compile(rf"\b(?:matched|compared)\b[^.;()]{{0,120}}?\bwith\s+(?P<n>{NUMW})\s+(?:matched\s+)?(?:patients|pts|controls)\s+"
                             rf"(?P<sub>(?:{_AGED_AS}|aged\s+\d+\s*(?:-|to)\s*\d+\s+(?:years|y)))\b", re.I | re.A)
_WHOM_HAD = re.compile(r"\b(?:none|all|neither|both|[\w-]+)\s+of\s+(?:whom|them)\s+had\s+(?:previously\s+|ever\s+|already\s+)?$", re.A)
_WERE_KINDS_OPEN = re.compile(r"(?:(?:of|among)\s+(?:these|them|those)(?:\s+patients)?\s*(?=,))?", re.I | re.A)
# (each age group's ages in parentheses after it: "Fourteen were children (median age, 11 years; range, 3-17) and ten were adults
# (median age, 29 years; range, 18-52)")
_WERE_KINDS = gate.compile(rf"(?:^|[;,]\s*|\band\s+)(?P<n1>{NUMW})\s+were\s+(?P<s1>{_AGE_KIND})(?:\s*\([^()]{{1,80}}\))?\s+and\s+(?P<n2>{NUMW})\s+"
                           rf"(?:were\s+)?(?P<s2>{_AGE_KIND})\b", re.I | re.A)

# "The study population included 32 patients with T-ALL and 8 with T-LBL": the whole cohort as the subject, then its
# make-up ("Responders included 5 with T-ALL" is no cohort: its subject is not the population)
def _population_included(text: str) -> bool:
    k = _COHORT_MADE_OF.search(text)
    return k is not None and k.start() < 40 and not _HAS_NUMBER.search(text, 0, k.start())


# a mixed-phenotype leukaemia's lineages listed after their heading word, each with its size, labelled as written: "the lineages
# were B/T (n = 9), T/myeloid (n = 6), and B/myeloid (n = 4)", "MPAL subtypes: T/myeloid, n = 7; B/myeloid, n = 3", "by
# lineage, B/myeloid in 5 and T/myeloid in 3" (not a result by lineage: "responses in every lineage (B/T, 9/9; T/myeloid, 5/6)")
_LINEAGE_HEAD = gate.compile(r"\b(?:lineages?|(?:immuno)?phenotypes?|subtypes?)\b(?:\s+(?:were|was|included|comprised)\b|\s*:|,)", re.I | re.A)
_LINEAGE_SIZED = re.compile(rf"(?:^|[\s,;:(]|\band\s)(?P<d>{_LINEAGE})(?![\w/-])(?!\s+(?:MPAL|mixed))"
                            r"(?:\s*\(\s*n\s?=\s?|\s*[,:]\s*(?:n\s?=\s?)?|\s+n\s?=\s?|\s+in\s+)(?P<n>\d+)(?![\d/%]|\.\d)(?!\s+of\b)", re.I | re.A)


def _lineages_sized(text: str, used: set[int]) -> list[Found]:
    """Disease counts of the lineages listed after a lineage heading (see _LINEAGE_SIZED)."""
    out = []
    if (h := _LINEAGE_HEAD.search(text)) is None:
        return out
    for m in _LINEAGE_SIZED.finditer(text, h.end()):
        if m.start("n") not in used and not _LINEAGE_HEAD.search(text, h.end(), m.start("d")):
            out.append(Found("disease_count", {"value": int(m.group("n")), "label": m.group("d")}, "cohort.disease", m.start("n")))
            used.add(m.start("n"))
    return out


def _diseases_accounted(text: str, used: set[int]) -> list[Found]:
    """Diseases as the subject of their count ("T-ALL accounted for 43 patients and T-LBL for 21", "DLBCL made
    up 30 cases, tFL 8"), with a subtype counted in an aside ("(including early T-cell precursor [ETP] ALL in 15)")."""
    c = cues()
    out: list[Found] = []

    def add(d: str, n_: str, at: int):
        if (n := _num(n_)) and at not in used:
            out.append(Found("disease_count", {"value": n, "label": c.disease_labels.get(d.lower(), d)}, "cohort.disease", at))
            used.add(at)
    for m in c.disease_accounted.finditer(text):
        add(m.group("d"), m.group("n"), m.start("n"))
        while m:
            if m.group("aside") and (k := c.disease_including.search(m.group("aside"))):
                add(k.group("d"), k.group("n"), m.start("aside") + k.start("n"))
            if (m := c.disease_accounted_next.match(text, m.end())):
                add(m.group("d"), m.group("n"), m.start("n"))
    return out


_COUNT_IN_PARENS = re.compile(r"\(\s*\d{1,3}(?:\s+(?:patients|pts|cases|children|adults))?\s*\)", re.A)


def _disease_parens(text: str, used: set[int]) -> list[Found]:
    """Diseases each followed by a bare count in parentheses, two or more in a row: a breakdown
    ("The infused patients had T-ALL (41 patients), ETP-ALL (15), or T-LBL (12)"). One alone is
    not read: "T-ALL (12)" could be a reference or anything else."""
    c = cues()
    run: list[re.Match] = []
    out: list[Found] = []

    def flush():
        if len(run) >= 2:
            for m in run:
                if m.start("n") not in used:
                    out.append(Found("disease_count", {"value": int(m.group("n")),
                                                       "label": c.disease_labels.get(m.group("d").lower(), m.group("d"))},
                                     "cohort.disease", m.start("n")))
                    used.add(m.start("n"))
        run.clear()
    for m in c.disease_paren.finditer(text):
        if run and not (run[-1].group("sep") and run[-1].end() == m.start()):
            flush()
        run.append(m)
    flush()
    return out


_LEVEL_BEFORE = gate.compile(r"(?:^|[;,]\s*)(?:in|for)\s+(?:the\s+)?(?P<sub>phase\s+(?:[1-4]|I{1,3})[ab]?|(?:cohort|arm|part)\s+(?:\d+|[A-D]))\s*,\s*$",
                             re.I | re.A)
# ("Diagnoses: T-ALL (n = 9), ETP-ALL (n = 4)": a poster's label with a colon; "Subtypes were PTCL-NOS in 7, AITL in 4, …";
# the patients they are of between: "Diagnoses among the 15 infused patients were T-ALL (n=9), …", "Histologies in the 24
# treated patients included …")
_DISEASE_TYPES = gate.compile(r"\b(?:disease\s+types?|diagnos[ie]s|histolog(?:y|ies|ic\s+subtypes?)|(?:disease\s+|lymphoma\s+)?subtypes)"
                              r"(?:\s+(?:among|in|of)\s+(?:the\s+|these\s+|all\s+)?(?:(?P<of>\d+)\s+)?(?:infused\s+|treated\s+|enrolled\s+)?"
                              r"(?:patients|pts|children|adults)(?:\s+(?:infused|treated|enrolled))?)?"
                              r"(?:\s+(?:were|was|included|comprised)\b|\s*:)", re.I | re.A)
# ("The patients constituted of T-ALL (n = 38), ETP-ALL (n = 11) and …", "The infused cohort comprised T-ALL in 17 and …":
# the cohort's make-up, a disease named right after the verb)
_MADE_OF_HINTS = ("compris", "consist", "constitut", "composed", "included")
# (a cohort verb with no count, its patients' diseases each sized after: "This study enrolled patients with relapsed/refractory
# CD7-positive T-ALL (n = 15) or T-LBL (n = 5)", "We treated children with B-ALL (n=20) and adults with LBCL (n=8)")
# a part of a disease's own count after a semicolon in its parentheses: "SLE (n = 11; eight with lupus nephritis)", "DLBCL
# (n = 12; 4 with transformed FL)" (no disease count of the cohort; a subtype "including" is one: "T-ALL (n = 49, including
# 12 with ETP-ALL)", blind68)
# a lone disease of some of the counted, last among their traits in the parentheses after the count: "Twelve patients (median
# age 27 years; nine with active lupus nephritis) were enrolled", "20 adults (12 women, 8 with lupus nephritis)" (a trait, no
# breakdown of the cohort; a breakdown goes on past its first item: "(median age 27 years; nine with SLE and three with SSc)")
_TRAITS_PAREN = re.compile(r"\b(?:patients|participants|subjects|children|adults|pts)\s*\([^()]*[;,]\s*$", re.I | re.A)
# (nor a result's denominator, the group it counts in: "responses were seen in 4 of 4 patients with T-ALL and in 5 of 8 with
# T-NHL", "CR in 7 of the 9 patients with ETP-ALL")
_PART_OF_COUNT = re.compile(r"\(\s*n\s?=\s?\d+\s*;\s*$|(?<![\w.])\d+\s+of\s+(?:the\s+)?$", re.I | re.A)
# a disease's size in parentheses, maybe after its abbreviation: "T-ALL (n = 15)", "angioimmunoblastic T-cell lymphoma
# (AITL; n = 6)", "PTCL not otherwise specified (PTCL-NOS, n = 8)"
_SIZED_PAREN = r"\(\s*(?:[A-Za-z][\w/-]{0,15}\s*[;,]\s*)?n\s?=\s?\d"
_VERB_PATIENTS_WITH = gate.compile(r"\b(?:enrolled|included|recruited|registered|treated|infused)\s+(?:[\w-]+\s+){0,2}?(?:patients|children|adults|pts|subjects)"
                                   r"\s+with\s+(?=[^.;()]{0,60}" + _SIZED_PAREN + ")", re.I | re.A)
# (the cohort as a bare subject, its diseases sized by "n =": "Participants had T-ALL (n=17) or T-LBL (n=7)", "Patients were
# diagnosed with AML (n = 12) or MPAL (n = 3)", "The patients presented with PTCL-NOS (n = 6) or AITL (n = 4)")
_PATIENTS_HAD_SIZED = gate.compile(r"(?:the\s+|all\s+)?(?:patients|participants|subjects|pts)\s+(?:had|(?:were\s+diagnosed|presented)\s+with)\s+"
                                   r"(?=[^.;()]{0,60}" + _SIZED_PAREN + ")", re.I | re.A)
# (the treated as the subject, each disease sized before the verb: "patients with refractory SLE (n = 9) or progressive MS
# (n = 5) received a single dose …", "Children with B-ALL (n = 20) and B-NHL (n = 4) were infused")
_PATIENTS_WITH_SIZED_GIVEN = gate.compile(r"\b(?:patients|children|adults|participants|subjects|pts)\s+with\s+(?=[^.;()]{0,60}" + _SIZED_PAREN
                                          + r"[^.;]{0,80}?\)\s+(?:received|underwent|were\s+(?:treated|infused|enrolled|included|dosed))\b)", re.I | re.A)
_COUNT_FIRST = re.compile(r"\d+\s+", re.A)
_COHORT_MADE_OF = gate.compile(r"\b(?:patients|cohort|population)\s+(?:comprised|included|(?:consisted|constituted)\s+of|(?:was|were)\s+composed\s+of)\s+",
                               re.I | re.A)
# (a level named by its dose: "13 were infused: 3 at 5 × 105/kg, 6 at 1 × 106/kg and 4 at 2 × 106/kg")
# (a level named by a letter: "78 patients were infused …, 32 at dose level A and 46 at dose level B")
_AT_LEVEL = gate.compile(r"(?<![\w.])(?P<n>\d+)\s+(?:patients?\s+)?(?:(?:at|on)\s+"
                       r"(?P<lab>DL\s?-?\d+[a-z]?|dose\s+level\s+(?:\d+|[A-D](?![\w-]))|cohort\s+\d+"
                       r"|\d+(?:\.\d+)?\s?[\u00d7x]\s?10(?:\^|\*\*)?\(?-?\d{1,2}\)?(?:\s*(?:[\w+-]+\s+)?cells)?(?:\s*/\s*kg)?)|in\s+(?:the\s+)?"
                       r"(?P<lab2>phase\s+(?:\d|I{1,3})[ab]?|(?:cohort|arm|part)\s+(?:\d+|[A-D](?![\w-]))))\b", re.I | re.A)
# the verb, what it was treated with (asides and all: "with 2 × 10^7 (DL1) or 6 × 10^7 (DL2) cells"),
# then the breakdown: a parenthesis naming levels "at"/"on" something, or a list after a colon or a comma
# (an aside may hold a dose's own parentheses: "7 at dose level 1 (1 × 10(5) cells/kg)")
_ASIDE = r"\((?:[^()]|\([^()]*\))*\)"
_AT_LEVELS = gate.compile(r"\b(?:infused|treated|dosed|received|enrolled)\b(?:[^();:]|" + _ASIDE + r")*?"
                        r"(?:\(([^()]*\b(?:at|on)\s[^()]*)\)|:\s*((?:[^();]|" + _ASIDE + r")+)|,\s*((?=\d+\s+(?:patients?\s+)?(?:at|on|in)\s)(?:[^();]|"
                        + _ASIDE + r")+))", re.I | re.A)
_IN_LEVEL_HINTS = (" in phase", " in cohort", " in arm", " in part", " in the phase")
_NOT_OBJECT = gate.compile(r"\b(?:achiev|attain|develop|occur|respon|relaps|progress|died|had\b|was\b|were\b)", re.I | re.A)


def _at_levels(text: str, used: set[int]) -> list[Found]:
    """Per-dose-level counts in parentheses or after a colon after the treated verb: "thirteen
    were infused (three at DL1, four at DL2 and six at DL3)", "… were treated: three at DL1,
    …", "… were treated with flat doses of A (DL1) or B (DL2) cells: three at DL1, …"; a
    breakdown needs two levels or more; after a comma the list must start right away ("received an
    infusion, 3 at dose level 1 and 7 at dose level 2")."""
    out = []
    pos = 0
    while p := _AT_LEVELS.search(text, pos):
        if _NOT_OBJECT.search(text, p.start(), p.start(p.lastindex)):
            pos = p.start() + 1   # "treated patients, CR was achieved in 7 (3 at DL1 and 4 at DL2)": a result's
            continue              # breakdown; "15 were enrolled and 13 were infused (…)": the later verb's
        pos = p.end()
        ms = list(_AT_LEVEL.finditer(text, p.start(p.lastindex), p.end(p.lastindex)))
        if len(ms) < 2:
            continue
        for m in ms:
            if m.start("n") not in used:
                lab = m.group("lab") or m.group("lab2")
                lab = re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab
                out.append(Found("patients_treated", {"value": int(m.group("n")), "subgroup": lab},
                                 "cohort.dose-level", m.start("n")))
                used.add(m.start("n"))
    return out


# the breakdown in parentheses, or listed after a colon to the clause's end ("N=58 infused: auto n=25, donor-derived n=33")
# ("404 (87.4%) were infused (axi-cel n=288; tisa-cel n=116)": the count's own percent comes first)
# "46 patients with large B-cell lymphoma and secondary CNS involvement who were infused with commercial CD19 CAR-T
# products (axi-cel, n = 28; tisa-cel, n = 12; liso-cel, n = 6)": the named groups' parenthesis further on, with no
# number (but inside a word, "CD19") or parenthesis before it (kept only when its counts add up to the total)
_PAREN_FAR = re.compile(r"(?:[^();\d]|(?<=[A-Za-z-])\d+){41,160}?\((?P<body>[^()]{5,200})\)", re.A)
_PAREN_AFTER = re.compile(r"(?:\s*" + _PCT_PAREN + r")?[^();]{0,40}?\((?P<body>[^()]{5,200})\)|[^();:]{0,40}?:\s*(?P<body2>[^():]{5,200}?)\s*\.?$", re.A)
# MEDLINE's power of ten in parentheses, read as a caret by the named counts: "33 were infused (25 × 10(6), n = 3; 75 × 10(6),
# n = 6; 150 × 10(6), n = 12; 450 × 10(6), n = 12)"
_POWER_PAREN = re.compile(r"(?<=[×x])(\s?)10\((\d)\)", re.A)
# a name, or a flat dose whose unit is stated elsewhere ("150 × 10^6, n = 9; 300 × 10^6, n = 30")
# ("phase 1, 17 patients; phase 2, 44 patients at the recommended dose": a patient noun, and what
# follows it up to the next item, may come after the count)
# (a numbered name may be followed by its count with only a space: "(DL1 3, DL2 10, DL3 12)", and by what it
# stands for before an "n =": "(cohort A, no previous transplant, n=30; cohort B, relapse after transplant, n=18)")
# (a colon may come before the "n =": "(level 1: n = 4; level 2: n = 8)")
# (a name in lower case, then its count after a space: "(brexu-cel 104, tisa-cel 27)", "(autologous 20, donor-derived 11)";
# not a numbered label's number, "(dose level 1, 3 patients; …)", nor a preposition's, "(haploidentical donor in 9, …)")
# (a name may open with its number glued to capitals: "24 were infused (7CAR, n = 16; 5CAR, n = 8)", "(2G, n = 10; 3G, n = 6)")
# (or an age band: "64 patients were infused: <70 years, n = 41; ≥70 years, n = 23", b222-04)
_NAMED_COUNT = gate.compile(r"\s*(?P<name>(?:[A-Za-z]|\d+(?-i:[A-Z])|[<>\u2264\u2265]=?\s?\d)[\w/+.-]*(?:\s+[\w/+.<>\u2264\u2265\u2013-]+){0,4}?|\d+(?:\.\d+)?\s*[×x]\s*10\^?\d+)\s*(?:(?:,\s*(?!n\s?[=:])[A-Za-z][^,;=()]{0,40}?)?[,:]?\s*\bn\s?[=:]|[,:]|(?<=[A-Za-z]\d)(?=\s\d)|(?<=[a-z])(?<!level)(?<!cohort)(?<!arm)(?<!phase)(?<!group)(?<!part)(?<!stage)(?<!grade)(?<!day)(?<!week)(?<!month)(?<!year)(?<!\sin)(?<!\sat)(?<!\sof)(?<!\sto)(?<!\sby)(?<!\son)(?<!\sfor)(?=\s\d))\s?(?P<n>\d+)(?![\d.%])"
                          rf"(?:\s+{PATIENT}\b[^,;]*)?"
                          # (an aside on how the group splits, before the next group: "phase I, n = 15, five per dose level; phase II, …")
                          r"(?:,\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:patients?\s+|pts\s+)?(?:per|each|at\s+each|in\s+each)\s+"
                          r"[a-z][\w -]{0,25}?(?=\s*;))?"
                          # (an aside on a part of the last group, to the list's end: "(DL1, 3; DL2, 6; DL3, 14, including 8 in the
                          # expansion cohort)", "(DL1, n=3; DL2, n=12, including 6 in expansion)")
                          r"(?:,\s*including\s+\d+\s+(?:patients?\s+|pts\s+)?(?:in|from|of)\s+[a-z][\w -]{0,30}?(?=\s*$))?"
                          r"\s*(?:[,;]\s*(?:and\s+)?|and\s+|$)", re.I | re.A)


# a list after a colon whose items may carry their own parentheses: "51 infused: phase 1, n=12 (DL1 3, DL2 6); phase 2, n=39"
_COLON_LIST = re.compile(r"[^();:]{0,40}?:\s*(?P<body>(?:[^():]|\([^()]*\)){5,240}?)\s*\.?$", re.A)
_GROUP_PAREN = re.compile(r"\(([^()]*)\)", re.A)


_GROUP_COLON_PART = re.compile(r"((?:=|,)\s*\d+)(:[^;]*)", re.A)   # (after a group's count, not its name's: "level 1: n = 4")


def _named_items(body: str, base: int) -> list[tuple[str, int, int]] | None:
    """(name, count, offset of the count) of each "name, n=N" item that ``body`` (at ``base``) lists, or
    None when it holds anything else."""
    items, pos = [], 0
    while pos < len(body):
        k = _NAMED_COUNT.match(body, pos)
        if not k or k.end() == pos:
            return None
        items.append((k.group("name"), int(k.group("n")), base + k.start("n")))
        pos = k.end()
    return items


def _colon_groups(text: str, treated: Found, used: set[int], dmatches) -> list[Found]:
    """Named groups after a colon, each with its count, adding up to the treated total; a group's
    own parenthesis right after its count, naming groups that add up to that count, is its
    breakdown ("… 51 infused: phase 1, n=12 (DL1 3, DL2 6, DL3 3); phase 2, n=39")."""
    total = treated.fields["value"]
    m = _COLON_LIST.match(text, treated.pos + len(str(total)))
    if not m:
        return []
    body, base = _blank_parens(m.group("body")), m.start("body")
    items = _named_items(body, base)
    if items is None:
        return []
    got = _per_group(items, total, used, base, base + len(body), dmatches)
    for name, n, at in items if got else ():
        j = at + len(str(n))
        while j < len(text) and text[j] == " ":
            j += 1
        p = _GROUP_PAREN.match(text, j)
        if p is None:
            continue
        sub, pos = [], p.start(1)
        while pos < p.end(1):
            k = _NAMED_COUNT.match(text, pos, p.end(1))
            if not k or k.end() == pos:
                sub = []
                break
            sub.append((k.group("name"), int(k.group("n")), k.start("n")))
            pos = k.end()
        got += _per_group(sub, n, used, p.start(1), p.end(1), dmatches)
    return got


# a breakdown's closing parenthesis, then the verb of a transplant: ") were subsequently bridged to allogeneic stem cell
# transplantation", ") underwent allo-HSCT", ") proceeded to consolidative HCT"
_HSCT_HINTS = ("transplant", "hsct", "hct", "sct", "bmt")
_PAREN_THEN_HSCT = gate.compile(r"\)\s*(?:(?:were|was|had|have|been|subsequently|then|later|successfully|eventually|ultimately)\s+){0,3}"
                                r"(?:bridged|proceeded|went\s+on|underwent|received|consolidated|referred|transplanted)\b"
                                r"(?:[^.;()]{0,50}?\b(?:transplant\w*|(?:allo-?)?(?:HSCT|HCT|SCT|BMT))\b|(?<=transplanted))", re.I | re.A)
# "patients (T-ALL, 17; T-LBL, 7)": a named breakdown right after a patient noun
_PATIENTS_LIST = gate.compile(rf"\b{PATIENT}\s*\((?=[A-Za-z][\w/-]*\s*[,:]?\s*(?:n\s*=\s*)?\d+\s*[;,])", re.I | re.A)
_PATIENTS_PAREN = gate.compile(rf"\b{PATIENT}\s*\((?=[^()]*\d)", re.I | re.A)
# (after the subject's patient noun and its disease: "110 patients with r/r B-ALL, 58 children and 52 adults, received")
# (or after the subject's own disease: "15 patients with refractory autoimmune disease, 10 with systemic lupus erythematosus
# (SLE) and 5 with generalized myasthenia gravis (MG), received")
_APPOSED_DISEASES = gate.compile(rf"(?:\s+with\s+[^,;:()]{{1,60}}?(?=\s*,))?\s*(?:,|:|[-\u2013\u2014]+)?\s*(?:and\s+)?(?:{NUMW}\s+(?:{PATIENT}\s+)?with\s+[^,;:]{{1,80}}?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+))*",
                                 re.I | re.A)
_APPOSED = re.compile(r"(?:\s+with\s+[^,;()]{1,60}?)?\s*(?:,|,?\s*and)\s*", re.A)
# a part of the subject in a relative clause after it: "Twelve patients, eight of whom had active lupus nephritis, received …",
# "Twenty patients, 6 of them with CNS involvement, were infused"
_WHOM_AFTER = re.compile(r"\s+(?:patients\s+)?(?:of|among)\s+(?:whom|them|these)\b", re.I | re.A)
# a count of events as the subject, their verb before the patients named: "One DLT occurred among the first 6 patients treated"
_EVENTS_OCCURRED = gate.compile(r"\s+(?:[\w/+-]+\s+){1,4}?occurred\b", re.I | re.A)
# a count's share of the group named before it, and that group, the treated: "Of the 48 infused patients, 19 (40%) had …"
_SHARE_AFTER = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)", re.A)
_TREATED_OPENER = re.compile(rf"{NUM}\s+(?:[\w-]+\s+)?(?:infused|treated|dosed)\s+{PATIENT}\s*,", re.I | re.A)
# the earlier pairs of a list before its last count: "in 0 of 3, 2 of 6 and " (before "8 of 12 patients treated")
_OF_PAIRS_BEFORE = re.compile(rf"(?:(?<![\w.]){NUM}\s+of\s+\d+\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$", re.I | re.A)
_COUNT_OF = gate.compile(rf"(?<![\w.])(?P<n>{NUM})\s+of\s+(?:the\s+|these\s+|all\s+)?$", re.I | re.A)
_VERB_COUNT = gate.compile(rf"\s+(?:a\s+total\s+of\s+)?(?P<n>{NUM})\s+(?:[\w/+-]+\s+){{0,4}}?{PATIENT}\b", re.I | re.A)
_TERM_RESULT_VERB = gate.compile(r"\b(?:achieved|attained|responded|occurred|developed|experienced|(?:was|were)\s+(?:seen|observed|noted|reported))\b",
                            re.I | re.A)
_COUNTS_RESPECTIVELY = gate.compile(rf"(?:\bin\s+|\(\s*)(?P<ns>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)\s+(?:[\w-]+\s+)?{PATIENT}\s*,?\s*respectively(?!\s*,?\s*(?:had|has|have|were|was|developed|achieved|experienced)\b)", re.I | re.A)
# the doses' cohorts listed after them by size, in the doses' order: "given at 1 × 10^6, 3 × 10^6 or 5 × 10^6 CAR-T
# cells/kg in cohorts of two, three and three patients", "in three cohorts of 3, 6 and 6"
_COHORT_SIZES = gate.compile(r"\bin\s+(?:\d+\s+)?(?:cohorts|groups)\s+of\s+(?P<ns>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)(?![\d%]|\.\d)"
                           r"(?!\s*(?:×|x\s|cells|days|weeks|months|years))", re.I | re.A)


# "Dose levels 1 and 2 were given to 18 and 30 patients, respectively", "DL1, DL2 and DL3 were administered to 3, 6 and 9 patients"
_LEVELS_GIVEN = gate.compile(r"(?<![\w-])(?P<labs>(?:dose\s+levels?|DLs?)\s?-?\d+[a-z]?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:DL\s?-?)?\d+[a-z]?)+)"
                             r"\s+(?:were|was)\s+(?:given|administered|infused|delivered|used)\s+(?:to|in)\s+(?P<ns>\d+(?:\s*,\s*\d+)*\s*,?\s*and\s+\d+)"
                             rf"\s+(?:[\w-]+\s+)?{PATIENT}\s*,?\s*respectively\b", re.I | re.A)


def _levels_given(text: str, used: set[int]) -> list[Found]:
    out = []
    for m in _LEVELS_GIVEN.finditer(text):
        dl = m.group("labs")[:2].upper() == "DL"
        labs = re.findall(r"\d+[a-z]?", m.group("labs"))
        ns = list(re.finditer(r"\d+", m.group("ns")))
        if len(labs) == len(ns):
            out += _level_counts([(("DL" if dl else "dose level ") + lab, int(k.group()), m.start("ns") + k.start())
                                  for lab, k in zip(labs, ns)], used)
    return out


# each level given to its count, the verb said once: "DL1 was given to 9 patients and DL2 to 16", "Dose level 1 was administered
# to 3 patients, dose level 2 to 6 and dose level 3 to 7"
_LEVEL_TO = rf"(?P<lab>{_LEVEL_NAME})\s+(?:was|were)\s+(?:given|administered|delivered|infused)\s+to\s+(?P<n>\d+)\s+{PATIENT}"
_LEVEL_TO_MORE = rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<lab>{_LEVEL_NAME})\s+to\s+(?P<n>\d+)(?:\s+{PATIENT})?\b(?![\d%]|\.\d)"
_LEVELS_EACH_GIVEN = gate.compile(rf"{_LEVEL_TO}(?:{_LEVEL_TO_MORE.replace('?P<lab>', '?:').replace('?P<n>', '?:')})+", re.I | re.A)
_LEVEL_TO_ITEM = re.compile(rf"{_LEVEL_TO}|{_LEVEL_TO_MORE.replace('?P<lab>', '?P<lab2>').replace('?P<n>', '?P<n2>')}", re.I | re.A)


def _levels_each_given(text: str, used: set[int]) -> list[Found]:
    """Each level's treated count from a list of levels given to their counts (_LEVELS_EACH_GIVEN)."""
    out = []
    for m in _LEVELS_EACH_GIVEN.finditer(text):
        items = [(k.group("lab") or k.group("lab2"), int(k.group("n") or k.group("n2")), k.start("n") if k.group("n") else k.start("n2"))
                 for k in _LEVEL_TO_ITEM.finditer(text, m.start(), m.end())]
        out += _level_counts([(re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab, n, at)
                              for lab, n, at in items], used)
    return out


def _dose_counts_respectively(text: str, doses: list[Dose], used: set[int]) -> list[Found]:
    """"given at DL1 (5 × 10^5/kg) and DL2 (1 × 10^6/kg) in 8 and 16 patients, respectively", "at A, B
    and C cells/kg (3, 6 and 12 patients, respectively)", "… in cohorts of 2, 3 and 3 patients": as
    many counts as doses before them, zipped in order, are the dose levels' treated counts."""
    m = _COUNTS_RESPECTIVELY.search(text) or _COHORT_SIZES.search(text)
    if not m:
        return []
    ns = list(re.finditer(r"\d+", m.group("ns")))
    levels = [d for d in doses if d.end <= m.start()]
    before = text[max(0, m.start() - 40):m.start()].rstrip()
    if levels and (any(t[2] != "X" and t[1] == len(before) for t in block_terms(before))
                   or (_TERM_RESULT_VERB.search(text, levels[0].start - 60 if levels[0].start > 60 else 0, m.start())
                       and any(t[2] != "X" for t in block_terms(text[max(0, levels[0].start - 60):m.start()])))):
        # "… at 4 × 10^6/kg responded (CMR in 1, 3 and 4 patients, respectively)", "CR was achieved at 1 × 10^6/kg and
        # 3 × 10^6/kg in 2 and 5 patients, respectively": the term's counts, not the levels' sizes
        return []
    if len(levels) != len(ns):
        return []
    return _level_counts([(_dose_name(text, d), int(k.group()), m.start("ns") + k.start()) for d, k in zip(levels, ns)], used)


# (the count may be a word, and a reason may follow it: "… and at 0.5 x 10(6)/kg in two because of limited expansion")
_DOSE_IN = gate.compile(rf"\s*(?:\([^()]*\)\s*)?in\s+(?P<n>{NUMW})(?:\s+{PATIENT})?(?=\s*(?:[,;.)]|and\b|or\b|because\b|due\b|owing\b|$))",
                        re.I | re.A)


def _dose_counts_after(text: str, doses: list[Dose], used: set[int], count_rx: re.Pattern) -> list[Found]:
    """Each dose followed by its count (``count_rx`` at the dose's end: "infused at 1 × 10^6/kg in three patients and
    2 × 10^6/kg in two", "(1 × 10^6 cells/kg, 8 patients; 3 × 10^6 cells/kg, 12)") is a dose level's treated count,
    when every dose of the sentence has one."""
    ms = [count_rx.match(text, d.end) for d in doses]
    if not all(ms) or not _TREATED_VERB_HINT.search(text, 0, doses[0].start):
        return []
    ns = [_num(m.group("n")) for m in ms]
    if not all(ns):
        return []
    return _level_counts([(_dose_name(text, d), n, m.start("n")) for d, m, n in zip(doses, ms, ns)], used)


# (the unit's "of body weight" between: "0.5×10^6 BE-CAR7 cells per kilogram of body weight (3 patients) or 1×10^6 cells per
# kilogram (9 patients)")
_DOSE_PAREN_N = gate.compile(r"\s*(?:of\s+(?:actual\s+)?body[\s-]weight\s*)?\(\s*(?:(?P<lab>[A-Za-z][^(),;=]{0,30}?)\s*[,;:]\s*)?(?P<n>\d+)\s+(?:cases?|patients?|pts)\s*\)", re.I | re.A)


def _dose_paren_counts(text: str, doses: list[Dose], used: set[int]) -> list[Found]:
    """"received … at 2 × 10(5)/kg (level 1, 3 cases), 6 × 10(5)/kg (level 2, 3 cases), or 2 × 10(6)/kg (level 3,
    4 cases)": a dose followed by its own count of patients in parentheses is that level's treated count."""
    ms = [_DOSE_PAREN_N.match(text, d.end) for d in doses]
    if not any(ms) or not _TREATED_VERB_HINT.search(text, 0, doses[0].start):
        return []
    return _level_counts([((m.group("lab") or "").strip() or _dose_name(text, d), int(m.group("n")), m.start("n"))
                          for d, m in zip(doses, ms) if m], used)


# "received GC-512 (25×106 cells, 4 patients; 75×106 cells, 6; 150×106 cells, 15; and 450×106 cells, 12)": each listed
# dose, a comma and its count before the item's end
_DOSE_COMMA_N = gate.compile(rf"\s*[,:]\s*(?P<n>{NUMW})(?:\s+{PATIENT})?(?=\s*(?:;|\)|\.(?!\d)|$))", re.I | re.A)


_TREATED_VERB_HINT = gate.compile(r"\b(?:infused|treated|dosed|given|administered|received)\b", re.I | re.A)


# one count for each of the named levels: "six patients each were treated at DL1, DL2, and DL3", "three patients each
# received DL1 and DL2", "Six patients were treated at each of DL1, DL2 and DL3" (no levels named, "six per dose level": none);
# also with no verb after the treated count, the levels' noun said once: "Twelve patients were treated, three each at levels
# 1 and 2 and six at level 3", "3 each at dose levels 1, 2 and 3"
_LEVELS_SHARED = r"(?:dose\s+)?levels\s+\d(?:\s*,\s*\d)*\s*,?\s*(?:and|or)\s+\d"
_EACH_AT_LEVELS = gate.compile(
    rf"(?<![\w.])(?P<n>{NUMW})\s+(?:(?:[\w-]+\s+)?{PATIENT}\s+)?(?:each\s+(?:(?:were|was)\s+)?(?:(?:treated|infused|dosed|enrolled)\s+(?:at|on|with|in)|received)"
    rf"|(?:(?:were|was)\s+)?(?:treated|infused|dosed|enrolled)\s+(?:at|on|with|in)\s+each\s+of|(?P<bare>each\s+at))"
    rf"\s+(?:the\s+)?(?P<labs>{_LEVEL_NAME}(?:\s*,\s*{_LEVEL_NAME})*\s*,?\s*(?:and|or)\s+{_LEVEL_NAME}|{_LEVELS_SHARED})\b", re.I | re.A)


# the list going on with another count at its own level: "Three patients each were treated at DL1 and DL2 and five at
# DL3", "six patients each received DL1 and DL2, and 12 received DL3", "…, and nine patients were treated at dose level 3"
_EACH_AT_MORE = gate.compile(
    rf"\s*,?\s*(?:and|while|whereas)\s+(?P<n>{NUMW})\s+(?:{PATIENT}\s+)?(?:(?:were|was)\s+)?(?:(?:(?:treated|infused|dosed)\s+)?"
    rf"(?:at|on|with|in)|received)\s+(?:the\s+)?(?P<lab>{_LEVEL_NAME}|(?:dose\s+)?level\s+\d)\b", re.I | re.A)


# the treated count and its verb right before a bare "N each at …" list: "Twelve patients were infused, " (see _each_at_levels)
_BARE_EACH_TOTAL = re.compile(rf"(?<![\w.])(?P<t>{NUMW})\s+(?:[\w-]+\s+){{0,3}}?{PATIENT}\s+(?:\([^()]{{1,60}}\)\s+)?(?:were|was)\s+"
                              r"(?:treated|infused|dosed)\s*[,:]\s*$", re.I | re.A)


# a count at one level before a bare "N each at …" list: "Six patients were treated at DL1 and 9 each at DL2 and DL3", "three
# patients received DL1, and six each DL2 and DL3" (see _each_at_levels)
_LEVEL_THEN_EACH = re.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+(?:[\w-]+\s+)?{PATIENT}\s+(?:(?:were|was)\s+)?(?:treated|infused|dosed)\s+at\s+"
                              rf"(?:the\s+)?(?P<lab>{_LEVEL_NAME})\s*,?\s*and\s+$", re.I | re.A)


def _each_at_levels(text: str, used: set[int], bare: set[int] = frozenset()) -> list[Found]:
    """The same count at each named level (_EACH_AT_LEVELS): that level's treated count; a count at one more level
    after them (_EACH_AT_MORE) is that level's, and so is one at a level before them (_LEVEL_THEN_EACH), maybe read as
    the whole cohort's treated count already (at a position of ``bare``)."""
    m = _EACH_AT_LEVELS.search(text)
    if m is None or (n := _num(m.group("n"))) is None or m.start("n") in used:
        return []
    total = None
    if m.group("bare") and (lead := _LEVEL_THEN_EACH.search(text, max(0, m.start() - 80), m.start())) \
            and (n0 := _num(lead.group("n"))) is not None and (lead.start("n") not in used or lead.start("n") in bare):
        labs = [(lead.group("lab"), lead.start("n"), n0)] + [(k.group(), m.start("labs") + k.start(), n)
                                                              for k in _LEVEL_ITEM.finditer(m.group("labs"))]
        used.update((lead.start("n"), m.start("n")))
        return [Found("patients_treated", {"value": x, "subgroup": re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab},
                      "cohort.dose-level", at) for lab, at, x in labs]
    if m.group("bare"):
        # (a bare "three each at …" only right after the treated count's verb and its comma or colon, the counts adding up
        # to it: "Twelve patients were infused, 3 each at DL1 and DL2 and 5 at DL3" names no levels' counts)
        tv = _BARE_EACH_TOTAL.search(text, max(0, m.start() - 80), m.start())
        if tv is None or (total := _num(tv.group("t"))) is None:
            return []
    if (shared := re.match(r"(?:dose\s+)?level", m.group("labs"), re.I)):   # "levels 1 and 2": "level 1", "level 2"
        labs = [(f"{shared.group().lower()} {k.group()}", m.start("labs") + k.start(), n) for k in re.finditer(r"\d", m.group("labs"))]
    else:
        labs = [(k.group(), m.start("labs") + k.start(), n) for k in _LEVEL_ITEM.finditer(m.group("labs"))]
    k = _EACH_AT_MORE.match(text, m.end())
    while k and (x := _num(k.group("n"))) is not None and k.start("n") not in used:
        labs.append((k.group("lab"), k.start("n"), x))
        k = _EACH_AT_MORE.match(text, k.end())
    if total is not None and sum(x for _, _, x in labs) != total:
        return []
    used.update(at for _, at, _ in labs if not m.start("labs") <= at < m.end("labs"))   # (the counts at more levels)
    used.add(m.start("n"))
    return [Found("patients_treated", {"value": x, "subgroup": re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab},
                  "cohort.dose-level", at) for lab, at, x in labs]


# levels and their treated counts each listed with slashes, in the same order: "DL1/DL2/DL3: 3/3/6 pts.", "DL1/DL2/DL3
# (n = 3/6/6)", "3/3/6 patients were treated at DL1/DL2/DL3" (counts first, three or more: "4/8 patients" is 4 of 8)
_SLASHED_LABS = rf"{_LEVEL_NAME}(?:\s*/\s*{_LEVEL_NAME})+"
_SLASHED_NS = r"\d+(?:\s*/\s*\d+)+(?![\d/.%])"
_SLASHED_LEVELS = gate.compile(
    rf"(?<![\w/])(?P<labs>{_SLASHED_LABS})\s*(?::\s*|\(\s*n\s*=\s*|,\s*n\s*=\s*)(?P<ns>{_SLASHED_NS})\s*(?:\)|{PATIENT}\b)"
    rf"|(?<![\w/.])(?P<ns2>\d+(?:\s*/\s*\d+){{2,}}(?![\d/.%]))\s+{PATIENT}\s+(?:(?:were|was)\s+)?(?:(?:treated|infused|dosed)\s+)?(?:at|on|in)\s+"
    rf"(?:the\s+)?(?P<labs2>{_SLASHED_LABS})(?![\w/])", re.I | re.A)


# (levels first: only after the clause's opening or a treated noun, "CR DL1/DL2/DL3: 1/3/4 pts" is the levels' CRs)
_SLASHED_OPENER = re.compile(r"(?:(?:[\w-]+\s+){0,3}(?:infused|treated|dosed|enrolled|patients|pts|levels?|cohorts?))?\s*[:,]?\s*",
                             re.I | re.A)


# diseases and their counts each listed with slashes, in the same order, as a whole line with one count cell (a baseline
# table's row): "T-ALL / T-LBL, n | 12 / 5", "Disease (T-ALL/ETP-ALL/T-LBL), n | 10/4/3" (not a row of per-group cells,
# "T-ALL / T-LBL, n | 9 / 3 | 19 / 6", nor a result's line, "ORR by disease: T-ALL/LBL 7/10")
_SLASHED_DISEASES = gate.compile(r"^(?:(?:diseases?|diagnos[ie]s|histolog(?:y|ies)|subtypes?)\s*[,(:]?\s*)?"
                                 r"(?P<labs>[A-Za-z][\w-]*(?:\s*/\s*[A-Za-z][\w-]*)+)\)?\s*(?:,\s*n\b\s*)?(?:\t\s*|\s+)"
                                 r"(?P<ns>\d+(?:\s*/\s*\d+)+)\s*$", re.I | re.A)


def _slashed_diseases(text: str, used: set[int]) -> list[Found]:
    """Diseases and counts listed with slashes (_SLASHED_DISEASES): each disease's count, when every name is a disease and
    there are as many counts."""
    out, c = [], cues()
    for m in _SLASHED_DISEASES.finditer(text):
        labs = [x.strip() for x in m.group("labs").split("/")]
        ns = [(int(x.group()), m.start("ns") + x.start()) for x in re.finditer(r"\d+", m.group("ns"))]
        if len(labs) != len(ns) or not all(c.disease.fullmatch(x) for x in labs) or any(at in used for _, at in ns):
            continue
        used.update(at for _, at in ns)
        out += [Found("disease_count", {"value": n, "label": c.disease_labels.get(x.lower(), x)}, "cohort.disease", at)
                for x, (n, at) in zip(labs, ns)]
    return out


def _slashed_levels(text: str, used: set[int]) -> list[Found]:
    """Levels and counts listed with slashes (_SLASHED_LEVELS): each level's treated count, when there are as many of
    each."""
    out = []
    for m in _SLASHED_LEVELS.finditer(text):
        k = "" if m.group("labs") else "2"
        if not k and not _SLASHED_OPENER.fullmatch(text, max(text.rfind(c, 0, m.start()) for c in ".;(") + 1, m.start()):
            continue
        labs = [x.group() for x in _LEVEL_ITEM.finditer(m.group("labs" + k))]
        ns = [(int(x.group()), m.start("ns" + k) + x.start()) for x in re.finditer(r"\d+", m.group("ns" + k))]
        if len(labs) == len(ns):
            out += _level_counts([(re.sub(r"[\s-]+", "", lab).upper() if lab.upper().startswith("DL") else lab, n, at)
                                  for lab, (n, at) in zip(labs, ns)], used)
    return out


def _level_counts(items: list[tuple[str, int, int]], used: set[int]) -> list[Found]:
    """(level name, count, offset of the count) → the levels' treated counts; none when a count
    was read already."""
    if any(at in used for _, _, at in items):
        return []
    used.update(at for _, _, at in items)
    return [Found("patients_treated", {"value": n, "subgroup": name}, "cohort.dose-level", at) for name, n, at in items]


# (counts in words, the levels counted after the doses they name: "…; six, six and twelve patients were treated at the
# three levels, respectively")
_COUNTS_THEN_LEVELS = gate.compile(
    rf"(?<![\w.])(?P<ns>{NUMW}(?:\s*,\s*{NUMW})*\s*,?\s*(?:and|or)\s+{NUMW})\s+(?:[\w-]+\s+)?{PATIENT}\s+(?:were\s+|was\s+)?"
    r"(?:(?:treated|infused|dosed)\s+(?:at|on|with|in)|received|(?P<bare>at|in))\s+(?:the\s+)?(?P<labs>[^;()]+?)\s*,?\s*respectively\b", re.I | re.A)
# (or with no patient noun, in the treated verb's own parenthesis: "Twelve patients were infused (3, 3 and 6 at the three
# dose levels, respectively)", "14 were treated (3, 5 and 6 at DL1, DL2 and DL3, respectively)"; or after its colon, the
# list ending the clause: "21 patients (…) were treated: 3, 3, 9 and 6 at the four dose levels, respectively." (b190-08))
_PAREN_COUNTS_AT = gate.compile(
    rf"\b(?:infused|treated|dosed|enrolled)\s*(?:\(|(?P<colon>:))\s*(?P<ns>{NUMW}(?:\s*,\s*{NUMW})*\s*,?\s*(?:and|or)\s+{NUMW})\s+"
    r"(?P<bare>at|in)\s+(?:the\s+)?(?P<labs>[^;()]+?)\s*,?\s*respectively\s*(?(colon)(?:[;.]|$)|\))", re.I | re.A)
_LEVEL_FIRST = gate.compile(r"(?P<kind>dose\s+level|DL|cohort|level|phase)s?\s+(?P<k>\w+)$", re.I | re.A)
# "(3, 4, 6, and 4 patients at the four dose levels, respectively)": levels counted, not named (the k-th in order)
_LEVELS_COUNTED = gate.compile(r"(?P<k>two|three|four|five|six|[2-6])\s+(?:(?:escalating|increasing|successive|consecutive|planned)\s+)?"
                               r"(?P<kind>dose\s+levels|dose\s+cohorts|dose\s+groups|DLs|levels)$", re.I | re.A)
# (a range of levels, one count each in order: "Three, four, eight, and four patients were treated at DL1 to DL4,
# respectively" (b182-04), "at DL1–DL3", "at dose levels 1 through 3")
_LEVEL_RANGE = (r"(?P<kind>DL|dose\s+levels?|levels?|cohorts?)\s?-?(?P<a>[1-9])\s*(?:[-\u2013]|to|through)\s*"
                r"(?:(?:DL|dose\s+level|level|cohort)\s?-?)?(?P<b>[1-9])")
_LEVEL_RANGE_LABS = gate.compile(_LEVEL_RANGE, re.I | re.A)
# (a level named with its number: "2, 3 and 6 patients at DL1, DL2 and DL3, respectively")
_LEVEL_BARE = gate.compile(r"\b(?:DL\s?-?\d*|dose|levels?|cohorts?)\b", re.I | re.A)


def _list_counts(m: re.Match) -> list[re.Match]:
    """The counts of ``m``'s "ns" list, in digits or words ("six, six and twelve")."""
    return [k for k in re.finditer(r"\w+", m.group("ns")) if k.group().isdigit() or _num(k.group()) is not None]


def _range_names(kind: str, a: int, b: int) -> list[str]:
    """Levels ``a`` to ``b`` of a kind as the text names it ("DL", "dose levels", "cohorts"): "DL1", "dose level 1", "cohort 1"."""
    kind = re.sub(r"\s+", " ", kind.lower()).rstrip("s")
    return [f"DL{i}" if kind == "dl" else f"{kind} {i}" for i in range(a, b + 1)]


def _zipped_counts(names: list[str], ns: list[re.Match], m: re.Match, used: set[int]) -> list[Found]:
    """The levels' treated counts, ``names`` zipped with the counts ``ns`` of ``m``'s list (see _level_counts)."""
    return _level_counts([(name, int(k.group()) if k.group().isdigit() else _num(k.group()), m.start("ns") + k.start())
                          for name, k in zip(names, ns)], used)


# the doses listed before the counts of patients they were given to, in turn: "Three dose levels were tested: 1 × 10^6 (DL1),
# 2 × 10^6 (DL2) and 3 × 10^6 (DL3) CAR-T cells/kg, given to 4, 6 and 6 patients, respectively", "…, administered to 3, 3 and 6
# patients, respectively", "… were infused in 3, 6 and 9 patients, respectively"
_GIVEN_TO_COUNTS = gate.compile(rf"\b(?:given|administered|infused)\s+(?:to|in)\s+(?P<ns>{NUMW}(?:\s*,\s*{NUMW})*\s*,?\s*(?:and|or)\s+{NUMW})"
                                rf"\s+(?:[\w-]+\s+)?{PATIENT}\s*,?\s*respectively\b", re.I | re.A)


def _doses_given_to(text: str, doses: list[Dose], used: set[int]) -> list[Found]:
    """The levels' treated counts of _GIVEN_TO_COUNTS, each dose before the counts named as the text names it, when there are
    as many doses as counts."""
    m = _GIVEN_TO_COUNTS.search(text)
    if not m:
        return []
    ns = _list_counts(m)
    levels = [d for d in doses if d.end <= m.start()]
    return _zipped_counts([_dose_name(text, d) for d in levels], ns, m, used) if len(levels) == len(ns) else []


def _counts_then_levels(text: str, doses: list[Dose], used: set[int]) -> list[Found]:
    """"3, 9, and 12 patients were treated at DL1, DL2, and DL3, respectively", "… at dose levels 1, 2
    and 3, respectively": the counts zipped in order with the levels (or the doses) named after the
    verb are the levels' treated counts, when there are as many of each."""
    m = _COUNTS_THEN_LEVELS.search(text) or _PAREN_COUNTS_AT.search(text)
    if not m:
        return []
    ns = _list_counts(m)
    levels = [d for d in doses if m.start("labs") <= d.start < m.end("labs")]
    counted = _LEVELS_COUNTED.fullmatch(m.group("labs")) if not levels else None
    if counted and counted.group("kind").lower() == "levels":
        # "the three levels": the doses listed before the counts, as many as counted
        levels = [d for d in doses if d.end <= m.start()]
        if len(levels) != _num(counted.group("k")):
            return []
    rg = _LEVEL_RANGE_LABS.fullmatch(m.group("labs")) if not levels and not counted else None
    n_labs = len(levels) or (_num(counted.group("k")) if counted else int(rg.group("b")) - int(rg.group("a")) + 1 if rg
                             else len(_NUM_LIST_SEP.split(m.group("labs"))))
    if len(ns) > n_labs:   # "In phase 1, 3, 6 and 3 patients received …": the list is the counts nearest the noun
        ns = ns[len(ns) - n_labs:]
    if m.group("bare") and not levels and not _LEVEL_BARE.search(m.group("labs")):
        return []   # "2 and 3 patients at day 28 and month 3, respectively": no levels
    if levels:
        names = [_dose_name(text, d) for d in levels]
    elif counted:
        if _num(counted.group("k")) != len(ns):
            return []
        names = _range_names(counted.group("kind"), 1, len(ns))   # (its kind plural: "dose levels", "DLs")
    elif rg:
        names = _range_names(rg.group("kind"), int(rg.group("a")), int(rg.group("b")))
    else:
        names = [x.strip() for x in _NUM_LIST_SEP.split(m.group("labs"))]
        first = _LEVEL_FIRST.search(names[0]) if names else None
        if first and all(x.isalnum() and len(x) <= 3 for x in names[1:]):   # "dose levels 1, 2 and 3"
            kind = first.group("kind")
            names = [f"{kind} {first.group('k')}"] + [f"{kind} {x}" for x in names[1:]]
    if len(names) != len(ns) or any(not x or len(x) > 40 for x in names):
        return []
    names = [re.sub(r"[\s-]+", "", x).upper() if re.fullmatch(r"DL[\s-]*\d+[a-z]?", x, re.I | re.A) else x for x in names]
    return _zipped_counts(names, ns, m, used)


# the counts listed for a range of levels, one count a level in order, in the treated verb's parenthesis or after its colon:
# "Fifteen patients were enrolled and 12 were treated (3, 3, and 6 at DL1–DL3)", "(n = 3, 6 and 6 at dose levels 1-3)",
# "18 patients were infused: 6, 6 and 6 at DL1 to DL3"
_COUNTS_AT_LEVEL_RANGE = gate.compile(
    rf"\b(?:infused|treated|dosed)\s*(?:\(\s*(?:n\s?=\s?)?|:\s*)(?P<ns>{NUMW}(?:\s*,\s*{NUMW})*\s*,?\s*(?:and|or)\s+{NUMW})\s+"
    rf"(?:{PATIENT}\s+)?(?:at|in)\s+(?:the\s+)?{_LEVEL_RANGE}(?:\s*,?\s*respectively)?\s*(?:\)|[;.]|$)", re.I | re.A)


def _counts_at_level_range(text: str, used: set[int]) -> list[Found]:
    """"12 were treated (3, 3, and 6 at DL1–DL3)": the counts zipped in order with the levels of the range,
    when there are as many of each."""
    m = _COUNTS_AT_LEVEL_RANGE.search(text)
    if not m:
        return []
    ns = _list_counts(m)
    a, b = int(m.group("a")), int(m.group("b"))
    if b - a + 1 != len(ns):
        return []
    return _zipped_counts(_range_names(m.group("kind"), a, b), ns, m, used)


# "(DL1/DL2/DL3, 6/15/24)", "children/adults: 8/9": as many slash-joined names as slash-joined counts
_PACKED = re.compile(r"(?<![\w/-])(?P<labs>[A-Za-z][\w-]*(?:\s*/\s*[A-Za-z][\w-]*)+)\s*(?:[,:=]|,?\s*n\s?=)?\s*"
                     r"(?P<ns>\d+(?:\s*/\s*\d+)+)(?![\w.%/])", re.A)


def _packed_counts(text: str, treated: Found, used: set[int]) -> list[Found]:
    """Slash-packed names and counts after the treated count, "45 were infused (…; DL1/DL2/DL3,
    6/15/24)": per-group treated counts when the counts add up to the treated total."""
    for m in _PACKED.finditer(text, treated.pos):
        names = [x.strip() for x in m.group("labs").split("/")]
        ns = list(re.finditer(r"\d+", m.group("ns")))
        if len(names) == len(ns):
            got = _per_group([(name, int(k.group()), m.start("ns") + k.start()) for name, k in zip(names, ns)],
                             treated.fields["value"], used, 0, 0, ())
            if got:
                return got
    return []


def _named_counts(text: str, treated: Found, used: set[int], dmatches) -> list[Found]:
    """"138 pts were infused (axi-cel n=97, liso-cel n=41)", "52 were infused (phase 1b, n = 12;
    phase 2, n = 40)", "18 were infused (DL1, 6; DL2, 12)", "57 received an infusion (150 × 10^6, n = 9;
    300 × 10^6, n = 30; 450 × 10^6, n = 18)": a parenthesis right after the treated count that lists only named
    "name n=k" groups, whose counts add up to that total, gives a treated count per group.
    Lists of diseases are left to their own rule."""
    total = treated.fields["value"]
    if "10(" in text and (m := _PAREN_AFTER.match(t2 := _POWER_PAREN.sub(r"\g<1>10^\g<2> ", text), treated.pos + len(str(total)))) \
            and "10^" in (m.group("body") or ""):
        text = t2   # (MEDLINE's flattened power as a caret, the same length: offsets hold; only when the doses name the groups,
        # not before a level's own parenthesis: "treated at 1 × 10(6) (DL1, n = 6), 2 × 10(6) (DL2, n = 14) …")
    if ":" in text[treated.pos:treated.pos + 50] and (got := _colon_groups(text, treated, used, dmatches)):
        return got   # "51 infused: phase 1, n=12 (DL1 3, DL2 6, DL3 3); phase 2, n=39": the parenthesis is a group's own
    m = _PAREN_AFTER.match(text, treated.pos + len(str(total)))
    if m is None and (far := _PAREN_FAR.match(text, treated.pos + len(str(total)))) \
            and (items := _named_items(far.group("body"), far.start("body"))) \
            and (got := _per_group(items, total, used, far.start("body"), far.end("body"), dmatches)):
        # (solid tumours named further on are a disease list too: "We treated 14 patients with HER2-positive relapsed or
        # refractory sarcoma (osteosarcoma, n = 9; rhabdomyosarcoma, n = 3; Ewing sarcoma, n = 2) with …")
        return _tumour_counts(text, got, far.start("body")) if _TUMOUR.search(far.group("body")) else got
    key = "body" if m and m.group("body") else "body2"
    if not m or ("=" in m.group(key) and "," not in m.group(key) and ";" not in m.group(key)):
        return _named_neq_counts(text, treated, used, dmatches)
    body, base = m.group(key), m.start(key)
    if "[" in body:   # "(phase 1 n=9 [DL1 n=3, DL2 n=6]; phase 2 n=24)": a nested breakdown is not one of the groups
        body = re.sub(r"\[[^\[\]]*\]", lambda x: " " * len(x.group()), body)
    if ":" in body and ";" in body:   # "(phase 1, n=18: DL1 n=6, DL2 n=6, DL3 n=6; phase 2, n=24)": nor after a group's colon
        body = _GROUP_COLON_PART.sub(lambda x: x.group(1) + " " * len(x.group(2)), body)
    items = _named_items(body, base)
    if items is None:
        # an abbreviation's parenthesis, no list ("29 patients with secondary CNS lymphoma (SCNSL) treated with …,
        # axicabtagene ciloleucel (n = 17) or tisagenlecleucel (n = 12)"): the named groups may follow
        return _named_neq_counts(text, treated, used, dmatches) if "=" not in body and "=" in text[m.end():] else []
    # "78 patients (children, n = 31; adults, n = 47) who received autologous (n = 52) or donor-derived (n = 26) …":
    # a second breakdown of the same total may follow
    got = _per_group(items, total, used, base, base + len(body), dmatches)
    if got and _TUMOUR.search(body):
        got = _tumour_counts(text, got, base)
    if not got and ";" in body and "," in body:
        # "(bendamustine n=14, Flu/Cy n=28; DL1 n=6, DL2 n=36)": two breakdowns of the same total, one after the other
        cut = base + body.find(";")
        got = (_per_group([i for i in items if i[2] < cut], total, used, base, cut, dmatches)
               + _per_group([i for i in items if i[2] > cut], total, used, cut, base + len(body), dmatches))
    # (also after a disease list, left to its own rule: "29 children (T-ALL n = 18; ETP-ALL n = 11) were infused with
    # autologous (n = 21) or donor-derived (n = 8) CD7 CAR-T cells")
    return got + _named_neq_counts(text, treated, used, dmatches) if "=" in text[m.end():] and (
        got or any(base <= d.start() < base + len(body) for d in dmatches)) else got


# the treated count's named groups after a semicolon, to the sentence's end (a disease breakdown in parentheses may
# come first): "31 patients enrolled; 28 infused (T-ALL 23, T-LBL 5); cohort A 12, cohort B 16."
_SEMI_LIST = re.compile(r"[^();:]{0,40}?(?:\([^()]*\)\s*)?;\s*(?P<body>[^():]{5,200}?)\s*\.?$", re.A)


def _semicolon_groups(text: str, treated: Found, used: set[int], dmatches) -> list[Found]:
    """Named "name k" / "name, n = k" groups listed after a semicolon that follows the treated count (and its own
    parenthesis), up to the sentence's end, adding up to the treated total: a treated count per group."""
    total = treated.fields["value"]
    m = _SEMI_LIST.match(text, treated.pos + len(str(total)))
    if not m or (items := _named_items(m.group("body"), m.start("body"))) is None:
        return []
    return _per_group(items, total, used, m.start("body"), m.end("body"), dmatches)


# solid tumours named as groups: "46 received at least one infusion (gastric or gastroesophageal junction adenocarcinoma
# [GC/GEJ], n = 31; pancreatic ductal adenocarcinoma [PDAC], n = 11; other, n = 4)" is a disease list
# (also a brain tumour's abbreviation: "(DIPG, n = 12; other CNS tumors, n = 6)", "(GBM, n = 8; DMG, n = 4)")
_TUMOUR = gate.compile(r"\b(?:\w*carcinomas?|cancers?|tumou?rs?|\w*sarcomas?|melanomas?|\w*gliomas?|\w*blastomas?|mesotheliomas?"
                       r"|(?-i:DIPG|DMG|GBM|HGG))\b", re.I | re.A)
# (brain tumours, as a colon's "k with <name>" list names them: "9 with DIPG, 1 with thalamic DMG and 1 with spinal cord DMG")
_BRAIN_TUMOUR = re.compile(r"\b(?:\w*gliomas?|glioblastomas?|ependymomas?|medulloblastomas?|(?-i:DIPG|DMG|GBM|HGG))\b", re.I | re.A)
_TUMOUR_ABBR = re.compile(r"[\[(]\s*(?P<a>[A-Z][A-Za-z0-9/+-]{1,15})\s*[\])]", re.A)
# (also a disease list's last item, after "with": "59 with gastric …, 18 with pancreatic cancer, and 12 with other tumor types")
_OTHER_KINDS = r"other\s+(?:solid\s+)?(?:(?:tumou?r|cancer)\s+types|tumou?rs?|cancers?|malignancies|histolog\w+|diagnoses)"
# (or with the organs or lineage they share, a name of its own, kept as written: "18 with gastric cancer, …, and 6 with other
# digestive system cancers", "… and 4 with other gastrointestinal tumours", "and 3 with other haematological malignancies")
_OTHER_QUALIFIED = r"other\s+(?:(?!(?:solid|tumou?r|cancer)\b)[A-Za-z][\w-]*\s+){1,3}?(?:cancers|tumou?rs|malignancies|carcinomas)"
_OTHER_NAME = re.compile(rf"others?|{_OTHER_KINDS}|other\s+types?", re.I | re.A)


# a counted disease broken down by subtype in parentheses right after its name, each subtype sized by "n =": "nine had
# T-NHL (PTCL-NOS, n = 4; AITL, n = 3; ATLL, n = 2)", "14 with B-NHL (DLBCL, n = 10; FL, n = 4)"
_SUBTYPE_PAREN = re.compile(r"\s*\((?=[^()]*\bn\s?=\s?\d[^()]*[;,][^()]*\bn\s?=\s?\d)", re.A)


def _subtype_parens(text: str) -> list[tuple[int, int]]:
    """The spans of _SUBTYPE_PAREN's parentheses after a disease named with its count, whose first item is a disease and
    whose counts add up to that count (not the responders': "CR in 5 of 9 with T-NHL (PTCL-NOS, n = 3; AITL, n = 2)")."""
    c, out = cues(), []
    for d in c.disease.finditer(text):
        if (m := _SUBTYPE_PAREN.match(text, d.end())) and c.disease.match(text, m.end()) \
                and (w := next((x for x in c.disease_with.finditer(text, max(0, d.start() - 40), d.end()) if x.end() == d.end()), None)) \
                and sum(int(x) for x in re.findall(r"\bn\s?=\s?(\d+)", text[m.end():text.find(")", m.end())])) == _num(w.group("n")):
            out.append((m.end(), text.find(")", m.end())))
    return out


def _tumour_counts(text: str, got: list[Found], base: int) -> list[Found]:
    """Per-group counts whose names are all solid tumours (or "other") as disease counts, each labelled
    by the abbreviation the text gives it in brackets ("[PDAC]"), else by its name."""
    names = [f.fields["subgroup"].strip() for f in got]
    if not all(_TUMOUR.search(n) or _OTHER_NAME.fullmatch(n) for n in names) or sum(bool(_TUMOUR.search(n)) for n in names) < 2:
        return got
    out, lo = [], base
    for f, name in zip(got, names):
        k = None
        for k in _TUMOUR_ABBR.finditer(text, lo, f.pos):
            pass
        label = k.group("a") if k is not None and _TUMOUR.search(name) else name
        out.append(Found("disease_count", {"value": f.fields["value"], "label": label}, "cohort.disease", f.pos))
        lo = f.pos
    return out


# a terse label naming the products, then each product's count: "Products: autologous n=19, donor-derived n=24,
# universal n=14 (…)", "CAR-T products infused: BE-CAR7 n=6; UCART7 n=4"
# (also the indication or disease status the infused had: "Indication: active disease n=10, MRD-positive CR (consolidation) n=7",
# "Disease status at infusion: CR n=9, refractory n=5")
# (the indications in a sentence, each with its count after "in" or "(n = k)": "Indications were early B-cell recovery (BCR) in 31
# patients, CD19-positive relapse in 14, and primary nonresponse in 7", "Indications for reinfusion were CD19-positive relapse
# (n = 29), persistent or recurrent MRD (n = 11) and early loss of B-cell aplasia (n = 13)")
_PRODUCT_LABEL = gate.compile(r"(?:(?:CAR[\s-]?T\s+)?products?(?:\s+(?:infused|given|administered|used))?|indications?(?:\s+for\s+CAR[\s-]?T)?"
                              r"|(?:disease|remission)\s+status(?:\s+at\s+(?:infusion|CAR[\s-]?T|enrol+ment))?|(?:treatment|clinical)\s+setting)\s*:\s*"
                              r"|(?:the\s+)?(?:indications?|reasons?)(?:\s+for\s+(?:re-?infusion|re-?treatment|retreatment|(?:a\s+)?second\s+infusion|CAR[\s-]?T))?"
                              r"\s+(?:were|was|included)\s+", re.I | re.A)
_PRODUCT_COUNT = gate.compile(r"\s*(?P<name>[A-Za-z][\w/+.'-]*(?:\s+[A-Za-z][\w/+.'-]*){0,4}?(?:\s*\([A-Za-z][^()]{0,30}\))?)"
                              rf"(?:\s*,?\s*\(?\bn\s?[=:]\s?|\s+in\s+)(?P<n>\d+)(?![\d%]|\.\d)(?:\s+{PATIENT}\b)?\)?"
                              r"(?:\s*\([^()]*\))?\s*(?:[,;]\s*(?:and\s+)?|and\s+|\.?\s*$)", re.I | re.A)


def _product_counts(text: str, used: set[int]) -> list[Found]:
    """Treated counts per product after a sentence-opening "Products:" label (two products or more)."""
    k = _PRODUCT_LABEL.match(text)
    if k is None:
        return []
    items, pos = [], k.end()
    while pos < len(text) and (x := _PRODUCT_COUNT.match(text, pos)) and x.end() > pos:
        items.append(x)
        pos = x.end()
    if len(items) < 2 or pos < len(text.rstrip()) or any(x.start("n") in used for x in items):
        return []
    used.update(k for x in items for k in range(x.end("name"), x.end("n")))   # ("CR n=9": the group's count, no CR count)
    return [Found("patients_treated", {"value": int(x.group("n")), "subgroup": x.group("name")}, "cohort.named-group", x.start("n"))
            for x in items]



# an equal count at every dose level, after the group's count: "64 were infused: 18 in phase 1b (six per dose level) and 46 in
# phase 2", "nine were infused (three per dose level)", "(phase I, n = 15, five per dose level; …)" (the levels are the
# group's count over the level's, when it divides: 2 to 6 levels); or the levels stated: "In phase I, four patients were treated
# at each of the three dose levels" (each level's count, the one read already included)
_PER_LEVEL = gate.compile(rf"(?P<k>{NUMW})\s+(?:{PATIENT}\s+)?(?:per|in\s+each|at\s+each)\s+dose(?:[\s-]level|\s+cohort)\b(?!\s+of\b)", re.I | re.A)
# (or the size each dose of a list just before had: "27 in phase 1 at 3, 6 or 10 × 10^6 CAR+ T cells/kg (n = 9 each)", "at
# 1, 3 and 10 × 10^6 cells/kg (3 patients each)")
_EACH_DOSE = gate.compile(rf"(?:cells?|/\s*kg|10\^?\(?\d{{1,2}}\)?)\s*\(\s*(?:n\s*=\s*)?(?P<k>\d+)\s+(?:{PATIENT}\s+)?each\s*\)", re.I | re.A)
# a parenthesis between the group's count and its levels' ("Twelve patients were treated (PTCL-NOS, n = 6; …), three at each
# dose level") is left out of the group's clause
_PAREN_ASIDE = re.compile(r"\([^()]*\)", re.A)
# a dose's number in the list before "(n = 9 each)" ("at 3, 6 or 10 × 10^6 CAR+ T cells/kg": three; "1 × 10^6 cells/kg": one)
_DOSE_LIST_ITEM = re.compile(r"(?<![\d.^(])\d+(?:\.\d+)?(?=\s*(?:,|or\b|and\b|×|x\s?10))", re.A)
_EACH_OF_LEVELS = gate.compile(rf"\b(?P<k>{NUMW})\s+(?:{PATIENT}\s+)?(?:were|was)\s+(?:treated|infused|enrolled)\s+(?:at|in)\s+each\s+of\s+"
                               rf"(?:the\s+)?(?P<lv>{NUMW})\s+dose[\s-](?:levels|cohorts)\b", re.I | re.A)


def _per_level_counts(text: str, found: list[Found]) -> list[Found]:
    new = []
    for m in [*_PER_LEVEL.finditer(text), *_EACH_DOSE.finditer(text)]:
        k = _num(m.group("k"))
        # the group counted just before (within its clause): "18 in phase 1b (", "nine were infused (", "n = 15, "
        grp = [f for f in found if f.endpoint == "patients_treated" and f.pos < m.start()
               and len(gap := _PAREN_ASIDE.sub("", text[f.pos:m.start()])) <= 60 and not re.search(r"[;:]", gap)]
        if not k or not grp or re.search(r"(?:\bto|\bor|[-–+])\s*$", text[:m.start()]):   # ("three to six per dose level": a design)
            continue
        if sum(f.endpoint == "patients_treated" and f.fields.get("value") == k for f in found) >= 2:
            continue   # ("at 1.0, 2.0 or 4.0 × 10^6 cells/kg (four patients per dose level)": the doses' counts, read already)
        tot = grp[-1].fields["value"]
        if tot % k or not 2 <= tot // k <= 6:
            continue
        if m.re is _EACH_DOSE and len(_DOSE_LIST_ITEM.findall(text, grp[-1].pos + 1, m.end())) != tot // k:
            continue   # (one dose: "Nine patients received 1 × 10^6 cells/kg (n = 3 each)" names no levels)
        head = grp[-1].fields.get("subgroup")
        new += [Found("patients_treated", {"value": k, "subgroup": f"{head + ', ' if head else ''}dose level {i}"}, "cohort.per-level", m.start())
                for i in range(1, tot // k + 1)]
    for m in _EACH_OF_LEVELS.finditer(text):
        k, lv = _num(m.group("k")), _num(m.group("lv"))
        if not k or not lv or not 2 <= lv <= 6:
            continue
        had = [f for f in found if f.endpoint == "patients_treated" and f.fields.get("value") == k and m.start("k") <= f.pos < m.end("k")]
        new += [Found("patients_treated", {"value": k, "subgroup": f"dose level {i}"}, "cohort.per-level", m.start("k"))
                for i in range(len(had) + 1, lv + 1)]
    return new


# the part of a relapse count that was never transplanted, right after the count: "Relapse occurred in 11 patients, 9 of whom
# had not undergone a second transplant", "Relapse or progression occurred in 4 of the 11 month-3 responders, three of whom had
# not undergone transplantation" (their count, the group as subgroup; no share of the total)
_WHOM_NOT_TX = gate.compile(rf"^[^;:]{{0,50}}?,\s*(?P<k>{NUMW})\s+of\s+whom\s+had\s+not\s+(?:undergone|received|had)\s+"
                            r"(?:an?\s+|the\s+)?(?:(?:second|consolidative|subsequent)\s+)?(?:allo(?:geneic|-)?\s*)?(?:HSCT|HCT|SCT|transplant(?:ation)?)\b",
                            re.I | re.A)


def _relapse_untransplanted(text: str, found: list[Found]) -> list[Found]:
    for f in found:
        if f.endpoint == "relapse" and isinstance(f.fields.get("n"), int) and "subgroup" not in f.fields \
                and not f.fields.get("negated") and (m := _WHOM_NOT_TX.search(text[f.pos:])):
            k = _num(m.group("k"))
            if k and k < f.fields["n"]:
                return [Found("relapse", {"n": k, "subgroup": "no transplant"}, f.rule, f.pos + m.start("k"))]
    return []

# the treated split by their lymphodepleting or conditioning regimen in a clause after the count: "Forty-one patients were
# infused (cHL, n = 33; …); 24 received bendamustine-based and 17 fludarabine-based lymphodepletion", "…; 30 received Flu/Cy
# and 10 received bendamustine as lymphodepletion" (the counts add up to the treated count)
_REGIMEN_SPLIT = gate.compile(rf"[^;()]{{0,60}}?(?:\([^()]*\))?\s*[;,]\s*(?:and\s+)?(?P<n1>{NUMW})\s+(?:patients\s+)?received\s+(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,2}}?)\s+"
                              rf"(?:(?:lymphodepletion|conditioning)\s+)?and\s+(?P<n2>{NUMW})\s+(?:patients\s+)?(?:received\s+)?"
                              rf"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,2}}?)\s+(?:as\s+)?(?P<k>lymphodepletion|conditioning)\b", re.I | re.A)


# the arms named where the patients were randomly assigned, then the count that received each: "156 patients were randomly
# assigned (104 to CLD-CAR and 52 to TPC); 88 patients received at least one CLD-CAR infusion and 48 received TPC" (each arm's
# treated count, no more than were assigned to it)
_ARM_NAME = r"[A-Za-z][\w/+.-]*(?:\s+[\w/+.-]+){0,2}?"
_RANDOMISED_ARMS = gate.compile(rf"\brandom(?:ly\s+(?:assigned|allocated)|i[sz]ed)\s*\(\s*(?P<n1>\d+)\s+to\s+(?P<a>{_ARM_NAME})\s*,?\s+and\s+"
                                rf"(?P<n2>\d+)\s+to\s+(?P<b>{_ARM_NAME})\s*\)", re.I | re.A)
# (or each arm with its size: "104 pts were randomised (CT18-88, n=70; TPC, n=34); 62 pts received at least one CT18-88
# infusion and 31 received TPC", "randomly assigned (axi-cel: n = 90; SOC: n = 91)")
_RANDOMISED_ARMS_EQ = gate.compile(rf"\brandom(?:ly\s+(?:assigned|allocated)|i[sz]ed)\s*\(\s*(?P<a>{_ARM_NAME})\s*[,:]?\s*n\s?=\s?(?P<n1>\d+)\s*[;,]\s*"
                                   rf"(?:and\s+)?(?P<b>{_ARM_NAME})\s*[,:]?\s*n\s?=\s?(?P<n2>\d+)\s*\)", re.I | re.A)
_ARM_RECEIVED = r"(?<![\w.])(?P<n>\d+)\s+(?:patients\s+|pts\s+)?received\s+(?:(?:(?!\band\s+\d)[^,;.()]){{0,40}}?\s)?{arm}(?![\w-])"


def _randomised_arms(text: str, out: list[Found], used: set[int]) -> list[Found]:
    new = []
    for r in chain(_RANDOMISED_ARMS.finditer(text), _RANDOMISED_ARMS_EQ.finditer(text)):
        for arm, size in ((r.group("a"), int(r.group("n1"))), (r.group("b"), int(r.group("n2")))):
            k = re.search(_ARM_RECEIVED.format(arm=re.escape(arm)), text[r.end():])
            if not k or int(k.group("n")) > size:
                continue
            at, n = r.end() + k.start("n"), int(k.group("n"))
            f = next((f for f in out if f.pos == at and f.endpoint == "patients_treated" and f.fields == {"value": n}), None)
            if f is not None:
                f.fields["subgroup"] = arm
            elif at not in used:
                new.append(Found("patients_treated", {"value": n, "subgroup": arm}, "cohort.arm", at))
                used.add(at)
    return new


# (an aside may come first, and the population may be said once, after "without": "Of 74 enrolled children, 68 were infused
# (median [IQR] age, 9 [5-13] years; 39 [57.4%] boys), including 21 with and 47 without CNS involvement", "Forty patients were
# treated (22 with and 18 without prior HSCT)")
_WITH_WITHOUT_COUNTS = gate.compile(r"[^,;()]{0,40}?(?:\([^()]{0,120}\)[^,;()]{0,20}?)?[,(]\s*(?:including\s+)?(?:(?P<n1>\d+)\s+(?:patients\s+)?with\s+"
                                   r"(?P<x>[^,;()]{2,40}?)\s+and\s+(?P<n2>\d+)\s+without(?:\s+it)?\b(?!\s+\w)|(?P<n3>\d+)\s+(?:patients\s+)?with\s+and\s+"
                                   r"(?P<n4>\d+)\s+(?:patients\s+)?without\s+(?P<x2>[^,;()]{2,40}?)(?=\s*(?:[,;.)]|$)))", re.I | re.A)


# "54 patients in the BiCAR-22 arm and 52 in the CD19 arm were infused": one treated count per arm
_ARM = r"(?:in|on|of)\s+the\s+(?P<sub{k}>[\w/+.-]+(?:\s+[\w/+.-]+){{0,2}}?)\s+(?:arm|group|cohort)"
_ARM_COUNTS = gate.compile(
    rf"(?P<n1>\d+)\s+(?:{PATIENT}\s+)?{_ARM.format(k=1)}\s*,?\s+and\s+(?:the\s+)?(?P<n2>\d+)\s+(?:{PATIENT}\s+)?"
    rf"{_ARM.format(k=2)}\s+(?:were|was)\s+(?:(?:successfully|subsequently|ultimately|actually)\s+)?(?:infused|treated|dosed)\b",
    re.I | re.A)


def _arm_counts(text: str, used: set[int]) -> list[Found]:
    out = []
    for m in _ARM_COUNTS.finditer(text):
        for k in ("1", "2"):
            if m.start("n" + k) not in used:
                out.append(Found("patients_treated", {"value": int(m.group("n" + k)), "subgroup": m.group("sub" + k)},
                                 "cohort.arm", m.start("n" + k)))
                used.add(m.start("n" + k))
    return out
# "371 were infused: 229 with axi-cel and 142 with tisa-cel", "(12 with product A, 9 with product B)", "…: 497 axi-cel, 312 tisa-cel"
# ("28 (median age, 7 years; range, 2 to 19) received GD2-iC9: 9 at the lower dose and 19 at the higher dose": an aside, then the verb)
# (the aside before the colon may list the diseases: "Thirty-two patients were infused (cHL, n = 29; ALCL, n = 3): 8 after
# bendamustine alone and 24 after fludarabine-based lymphodepletion")
# ("Twenty-seven children with heavily pretreated neuroblastoma were treated: 12 in the dose-escalation phase … and 15 in the
# expansion cohort": a longer description of the patients before the passive verb and its colon)
_WITH_OPEN = re.compile(r"(?:[^:;()]{0,100}?\b(?:were|was)\s+(?:treated|infused|dosed)(?=:)|[^:;()]{0,40}?)(?:\([^():]{0,60}\)\s*(?=:)|\([^()]{0,80}\)\s+(?:were\s+|was\s+)?(?:received|infused|treated|dosed)\b[^:;()]{0,40}?(?=:))?[:(]\s*", re.A)   # "infused (median age 11 years): 40 with …"
# "forty-one were infused (T-ALL, n = 29; T-LBL, n = 12), 27 with autologous and 14 with donor-derived products": after
# a comma (an aside may come first), only "k with <name>" items
# ("142 children (median age, 9 years; range, 2–17) were infused, 97 with autologous …": the verb may follow the aside)
# (a long described subject, its disease counts in asides: "We retrospectively analysed 87 patients with relapsed or refractory
# T-ALL (n = 64) or T-LBL (n = 23) who received CD7 CAR T cells at nine centres between 2020 and 2024, 52 with autologous and 35
# with donor-derived products")
_WITH_COMMA = re.compile(r"[^:;(),]{0,160}?(?:\([^()]{0,80}\)[^:;(),]{0,160}?){0,2},\s*(?=\d+\s+(?:patients?\s+|pts?\s+)?with\s)", re.A)
_WITH_COMMA_ITEM = gate.compile(r"(?P<n>\d+)\s+(?:patients?\s+|pts?\s+)?with\s+(?P<name>[A-Za-z][\w/+.-]*(?:\s+[\w/+.-]+){0,2}?)"
                                r"(?:\s+(?:CAR[\s-]?T[\s-]+)?(?:products?|cells))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?=\s*[;).]|\s*$))", re.I | re.A)
_IN_COMMA = re.compile(r"[^:;(),]{0,40}?(?:\([^()]{0,200}\)[^:;(),]{0,40}?)?,\s*(?=\w+\s+(?:patients?\s+|pts?\s+)?(?:in|at)\s+the\s)", re.A)
_IN_COMMA_ITEM = gate.compile(rf"(?P<n>{NUMW})\s+(?:patients?\s+|pts?\s+)?(?:in|at)\s+the\s+(?P<name>(?:[\w/+.-]+\s+){{0,2}}?"
                              r"(?:run-in|cohort|arm|group|part|phase(?:\s+(?:[1-4]|I{1,3}|IV)[ab]?)?|dose(?:\s+level)?|escalation|expansion)"
                              r"(?:\s+(?:cohort|phase|part|\d+|[A-D]))?)(?![\w-])(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?=\s*[;).]|\s*$))", re.I | re.A)
# ("58 were treated: 27 in the historical cohort and 31 in the prophylaxis cohort": "in" a named cohort, arm or group;
# "…: 9 at the lower dose and 19 at the higher dose": "at" a named dose; each count may be written "n = k": "19 were infused
# (n = 4 at the lower dose and n = 15 at the higher dose)"); a study's phase too, its doses in an aside with their own exponent's
# brackets: "27 were treated: 12 in the dose-escalation phase (3, 6 and 10 × 10(6) CAR T cells per kilogram) and 15 in the
# expansion cohort", "…: 9 in the escalation part and 14 in the expansion part"
_WITH_ITEM = gate.compile(r"(?:n\s?=\s?)?(?P<n>\d+)\s+(?:patients?\s+|pts?\s+)?(?:(?:with|received|after|following)\s+|in\s+(?:the\s+)?(?=(?:[\w/+.-]+\s+){0,2}?(?:cohort|arm|group|phase|part)\b)|at\s+(?:the\s+)?(?=(?:[\w/+.-]+\s+){0,1}?dose(?:\s+level)?\b))?(?P<name>[A-Za-z][\w/+.-]*(?:\s+[\w/+.-]+){0,2}?)"
                          r"(?:\s*(?P<nest>\((?:[^()]|\(\d{1,2}\)){5,120}\)))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?=\s*[;).]|\s*$))", re.I | re.A)

# two counts at doses named by their adjectives, the dose noun written once after the second: "Eight patients were treated, three
# at the lower and five at the higher dose level", "(4 at the low and 8 at the high dose)", "12 received CAR-T cells: 5 at the
# lower and 7 at the higher dose"
# (also three, the middle one between commas, after an aside on the treated: "Twenty patients, 9 children (aged 2-17 years) and 11
# adults, were treated: 4 at the low, 8 at the intermediate, and 8 at the high dose")
_ELIDED_DOSES = gate.compile(rf"(?:[^:;()]|\([^():;]{{0,40}}\)){{0,80}}?[,:(]\s*(?P<n1>{NUMW})\s+(?:patients?\s+|pts?\s+)?(?:at|received)\s+the\s+"
                             r"(?P<a1>low|lower|high|higher|middle|intermediate)\s*(?:,\s*"
                             rf"(?P<nm>{NUMW})\s+(?:patients?\s+|pts?\s+)?(?:at|received)\s+the\s+(?P<am>middle|intermediate|medium)\s*,)?\s+and\s+"
                             rf"(?P<n2>{NUMW})\s+(?:patients?\s+|pts?\s+)?(?:at|received)\s+the\s+(?P<a2>low|lower|high|higher|middle|intermediate)"
                             r"\s+dose(?:\s+levels?)?\b", re.I | re.A)


def _with_counts(text: str, treated: Found, used: set[int], dmatches) -> list[Found]:
    """"371 were infused: 229 with axi-cel and 142 with tisa-cel", "809 pts were infused: 497 axi-cel, 312
    tisa-cel", "58 were treated: 27 in the historical cohort and 31 in the prophylaxis cohort": after a colon or parenthesis that follows the treated count, "k (with) <name>" items adding up
    to it are per-group treated counts."""
    at = treated.pos + len(str(treated.fields["value"]))
    if " dose" in text[at:] and (e := _ELIDED_DOSES.match(text, at)) and (got := _per_group(
            [(e.group("a" + k).lower() + " dose", _num(e.group("n" + k)) or 0, e.start("n" + k)) for k in "1m2" if e.group("n" + k)],
            treated.fields["value"], used, e.start("n1"), e.end(), dmatches)):
        return got
    m = _WITH_OPEN.match(text, at)
    items, pos, nests = [], m.end() if m else -1, []
    while m and (k := _WITH_ITEM.match(text, pos)):
        items.append((k.group("name").rstrip("."), int(k.group("n")), k.start("n")))
        if k.group("nest"):
            nests.append((int(k.group("n")), k.start("nest") + 1, k.end("nest") - 1))
        pos = k.end()
    got = _per_group(items, treated.fields["value"], used, m.end(), pos, dmatches) if items else []
    if got and all(_BRAIN_TUMOUR.search(f.fields["subgroup"]) for f in got):
        got = _tumour_counts(text, got, m.end())   # "11 received IV GD2-CAR T cells (…): 9 with DIPG, 1 with thalamic DMG and …"
    # "44 were infused: 8 after bendamustine alone and 36 after fludarabine-containing lymphodepletion (bendamustine/fludarabine,
    # n = 19; cyclophosphamide/fludarabine, n = 17)": a group's own "name, n = k" breakdown adding up to its count
    for n, lo, hi in nests if got else ():
        sub, cur = [], lo
        while cur < hi and (x := _NAMED_COUNT.match(text[:hi], cur)) and x.end() > cur:
            sub.append((x.group("name"), int(x.group("n")), x.start("n")))
            cur = x.end()
        if cur >= hi:
            got += _per_group(sub, n, used, lo, hi, dmatches)
    if not got and (" in the " in text[at:] or " at the " in text[at:]) and (m := _IN_COMMA.match(text, at)):
        # "50 were infused (…), six in the safety run-in and 44 at the target dose": groups after a comma, each
        # "in"/"at" a named part of the study, adding up to the total
        items, pos = [], m.end()
        while k := _IN_COMMA_ITEM.match(text, pos):
            if (n := _num(k.group("n"))) is None:
                break
            items.append((re.sub(r"\s+", " ", k.group("name")), n, k.start("n")))
            pos = k.end()
        got = _per_group(items, treated.fields["value"], used, m.end(), pos, dmatches) if len(items) > 1 else []
    if not got and " with " in text[at:] and (m := _WITH_COMMA.match(text, at)):
        items, pos = [], m.end()
        while k := _WITH_COMMA_ITEM.match(text, pos):
            items.append((k.group("name").rstrip("."), int(k.group("n")), k.start("n")))
            pos = k.end()
        got = _per_group(items, treated.fields["value"], used, m.end(), pos, dmatches)
    return got


# the treated split by the cells' source, each group "who received (cells) from" its donor, after a comma: "25 were infused with
# donor-derived CD7 CAR-T cells at 5 × 10(5) to 1 × 10(6) cells/kg, including 9 who received cells from their previous transplant
# donor and 16 who received cells from a new donor" (also "…, 9 of whom received cells from the original donor and 16 from a new donor")
_FROM_OPEN = gate.compile(r"[^:;]{0,160}?,\s*(?:including\s+)?(?=\d+\s+(?:patients?\s+|pts?\s+)?(?:who|of\s+whom)\s+(?:received|were\s+given)\s)",
                          re.I | re.A)
_FROM_ITEM = gate.compile(r"(?P<n>\d+)\s+(?:patients?\s+|pts?\s+)?(?:(?:who|of\s+whom)\s+(?:received|were\s+given)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"from\s+(?:the\s+|their\s+|an?\s+)?(?P<name>[A-Za-z][\w/+.-]*(?:\s+[\w/+.-]+){0,3}?)"
                          r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?=\s*[;).]|\s*$))", re.I | re.A)


def _source_counts(text: str, out: list[Found], used: set[int], dmatches) -> list[Found]:
    """A treated count split by the cells' source after a comma (_FROM_ITEM groups adding up to it): per-group treated
    counts; a group's count the verb rule took for a treated count of its own ("and 16 who received …") is replaced."""
    plain = [f for f in out if f.endpoint == "patients_treated" and "subgroup" not in f.fields]
    for f in plain:
        m = _FROM_OPEN.match(text, f.pos + len(str(f.fields["value"])))
        if m is None:
            continue
        items, pos = [], m.end()
        while k := _FROM_ITEM.match(text, pos):
            items.append((k.group("name").rstrip("."), int(k.group("n")), k.start("n")))
            pos = k.end()
        again = [g for g in plain if g is not f and any(g.pos == at for _, _, at in items)]
        used.difference_update(g.pos for g in again)
        if got := _per_group(items, f.fields["value"], used, m.end(), pos, dmatches):
            return [g for g in out if not any(g is a for a in again)] + got
        used.update(g.pos for g in again)
    return out


# the treated count's own group, then a second count of the same verb's elided group: "389 (37.9%) were infused as
# outpatients and 637 as inpatients", "7 received dose level 1 and 9 dose level 2", "12 were treated at DL1 and 9 at DL2"
_ELLIPTIC_NAME = r"[A-Za-z][\w/+.-]*(?:\s+(?!and\b|or\b)[\w/+.-]+){0,2}?"
_PRODUCT_NAME = r"(?:[a-z]+cabtagene\s+[a-z]+leucel|[a-z]+leucel|[a-z]+-cel)\b"
_CARE = r"(?:in\s+(?:the\s+|an?\s+)?|as\s+(?:an?\s+)?)"
# a reference to a table or figure in parentheses after a list, before its end: "… and 8 at dose level 2 (Table 1).", "(see
# Supplementary Table S2)", "(Fig. 1A)", "(Tables 1 and 2)"
_REF_PAREN = (r"(?:\s*\((?:see\s+)?(?:(?:supplementa(?:l|ry)|extended\s+data)\s+)?(?:tables?|fig(?:ure)?s?\.?)\s*S?\d{1,2}[A-Za-z]?"
              r"(?:\s*(?:,|and|-|\u2013)\s*S?\d{1,2}[A-Za-z]?)*\))?")
# ("Five patients received dose level 1 and nine received dose level 2": counts in words, the verb repeated)
# (the first group's own breakdown in parentheses may come before the second, and the second's level after it: "Twelve patients were treated in phase I
# (DL1, n = 3; DL2, n = 3; DL3, n = 6) and 38 in phase II at DL3")
_LEVEL_AFTER = rf"(?:\s+(?:at|with)\s+(?:the\s+)?{_LEVEL_NAME})?"
_ELLIPTIC_GROUPS = gate.compile(
    rf"{NUMW}(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s+(?:patients\s+|pts\s+)?(?:were\s+|was\s+)?(?:infused|treated|dosed|received|given)\s+"
    rf"(?:(?P<p>as|at|in|with|after|following|on)\s+(?:the\s+|an?\s+)?(?P<a>{_ELLIPTIC_NAME})(?:\s*\([^()]{{1,80}}\))?\s*,?\s+and\s+(?P<n>\d+)\s+(?P=p)\s+(?:the\s+|an?\s+)?(?P<b>{_ELLIPTIC_NAME}){_LEVEL_AFTER}"
    rf"|(?:at\s+)?(?P<a2>{_LEVEL_NAME})(?:\s*\([^()]{{1,80}}\))?\s*,?\s+and\s+(?P<n2>{NUMW})\s+(?:(?:patients|pts)\s+)?(?:received\s+|(?:were\s+)?(?:treated|infused|dosed)\s+at\s+|at\s+)?(?P<b2>{_LEVEL_NAME}){_LEVEL_AFTER}"
    # "781 received axicabtagene ciloleucel (axi-cel) and 465 tisagenlecleucel (tisa-cel)": two products
    rf"|(?P<a3>{_PRODUCT_NAME})(?:\s*\((?P<a3x>[^()]{{1,20}})\))?\s*,?\s+and\s+(?P<n3>\d+)\s+(?:received\s+)?"
    rf"(?P<b3>{_PRODUCT_NAME})(?:\s*\((?P<b3x>[^()]{{1,20}})\))?"
    # the care setting, each named its own way: "158 were infused in the outpatient setting and 254 as inpatients" (the product
    # may come first, and the second count carry its percent: "97 (42.0%) received liso-cel as outpatients and 134 as inpatients",
    # "… and 134 (58.0%) as inpatients")
    rf"|(?:{_PRODUCT_NAME}\s+)?{_CARE}(?P<a4>outpatient|inpatient)s?(?:\s+(?:setting|basis))?\s*,?\s+and\s+(?P<n4>{NUMW})(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s+(?:{_CARE})?(?P<b4>outpatient|inpatient)s?"
    r"(?:\s+(?:setting|basis))?)" + _REF_PAREN + r"(?=\s*(?:[,;.)]|$))", re.I | re.A)


# the treated count split by care setting after a comma, the verb left out: "82 received liso-cel at the target dose of
# 100 × 10^6 CAR+ T cells, 55 as outpatients (OP) and 27 as inpatients (IP)", "; 40 in the outpatient setting and 12 as inpatients"
_CARE_SPLIT = gate.compile(
    rf"[,;:]\s*(?P<n1>{NUMW})\s+(?:{PATIENT}\s+)?{_CARE}(?P<a>outpatient|inpatient)s?(?:\s+(?:setting|basis))?(?:\s*\([^()]{{1,12}}\))?"
    rf"\s*,?\s+and\s+(?P<n2>{NUMW})\s+(?:{PATIENT}\s+)?(?:{_CARE})?(?P<b>outpatient|inpatient)s?(?:\s+(?:setting|basis))?(?=\s*(?:[,;.)(]|$))",
    re.I | re.A)
# ... and a list of levels: "Three patients received DL1, five DL2, and six DL3"; in such a list a level may be named
# "level" alone: "Three patients were treated at level 1, three at level 2 and four at level 3"
_LEVEL_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_LISTED_LEVEL = rf"(?:{_LEVEL_NAME}|level\s+\d+)"
_ELLIPTIC_LEVELS = gate.compile(
    rf"{NUMW}\s+(?:patients\s+|pts\s+)?(?:were\s+|was\s+)?(?:infused|treated|dosed|received|given)\s+(?:at\s+)?"
    rf"(?P<a>{_LISTED_LEVEL})(?P<rest>(?:{_LEVEL_SEP}{NUMW}\s+(?:at\s+)?{_LISTED_LEVEL}){{2,}}){_REF_PAREN}(?=\s*(?:[;.)]|$))", re.I | re.A)
_LEVEL_COUNT = re.compile(rf"(?P<n>{NUMW})\s+(?:at\s+)?(?P<b>{_LISTED_LEVEL})", re.I | re.A)


# two counts, each in its cohort, sharing the verb after the second: "Fourteen patients in cohort A and 19 in cohort B were
# infused", "6 patients in arm 1 and 8 in arm 2 were treated"; the first cohort's own breakdown in parentheses between
# ("27 patients in cohort A (DL1, n=3; DL2, n=9; DL3, n=15) and 21 patients in cohort B had been infused")
_IN_COHORT = r"(?:cohort|arm|part|group)\s+(?:[A-D]|\d+)\b"
_COUNT_IN_COHORT_AND = gate.compile(rf"(?<![\w.])(?P<n>{NUMW})\s+(?:patients\s+|pts\s+)?in\s+(?P<a>{_IN_COHORT})(?:\s*\([^()]{{1,80}}\))?"
                                    r"\s*,?\s+and\s+$", re.I | re.A)
_IN_COHORT_VERB = gate.compile(rf"{NUMW}\s+(?:patients\s+|pts\s+)?in\s+(?P<b>{_IN_COHORT})\s+(?:were\s+|was\s+|had\s+been\s+)?"
                               r"(?:infused|treated|dosed|received)\b", re.I | re.A)


def _cohort_pair(text: str, treated: Found, used: set[int]) -> list[Found]:
    """The treated count read with its verb, named by the cohort after it, and the count of the cohort before it
    ("Fourteen patients in cohort A and 19 in cohort B were infused"): each cohort's treated."""
    k = _IN_COHORT_VERB.match(text, treated.pos)
    a = _COUNT_IN_COHORT_AND.search(text, max(0, treated.pos - 150), treated.pos) if k else None
    if a is None or a.start("n") in used or (n := _num(a.group("n"))) is None:
        return []
    treated.fields["subgroup"] = k.group("b")
    used.add(a.start("n"))
    return [Found("patients_treated", {"value": n, "subgroup": a.group("a")}, "cohort.named-group", a.start("n"))]


def _elliptic_groups(text: str, treated: Found, used: set[int], found: list[Found]) -> list[Found]:
    """A treated count read with its verb, a group right after the verb and a second count of
    the same shape ("and 637 as inpatients"): the first count is that group's and the second the
    other group's; likewise each count of a list of levels ("…, five DL2, and six DL3")."""
    if (m := _ELLIPTIC_LEVELS.match(text, treated.pos)) is not None:
        items = list(_LEVEL_COUNT.finditer(text, m.start("rest"), m.end("rest")))
        if any(k.start("n") in used for k in items):
            # ("3 were treated at DL1, 3 at DL2 and 4 at DL3": the list after the comma was read as its levels' counts;
            # the first count is its own level's)
            if all(any(f.pos == k.start("n") and f.endpoint == "patients_treated" and "subgroup" in f.fields for f in found)
                   for k in items):
                treated.fields["subgroup"] = m.group("a")
            return []
        treated.fields["subgroup"] = m.group("a")
        used.update(k.start("n") for k in items)
        return [Found("patients_treated", {"value": _num(k.group("n")), "subgroup": k.group("b")}, "cohort.named-group",
                      k.start("n")) for k in items]
    m = _ELLIPTIC_GROUPS.match(text, treated.pos)
    if m is None:
        return []
    k = "" if m.group("a") else "2" if m.group("a2") else "3" if m.group("a3") else "4"
    n = _num(m.group("n" + k))
    if n is None:
        return []
    # (a product's short name in parentheses names its group: "tisagenlecleucel (tisa-cel)")
    a = (m.group("a3x") or m.group("a3")) if k == "3" else m.group("a" + k)
    b = (m.group("b3x") or m.group("b3")) if k == "3" else m.group("b" + k)
    if k == "4":
        if a.lower() == b.lower():
            return []
        a, b = a.lower(), b.lower()
    if m.start("n" + k) in used:
        # "… and nine received dose level 2": the second count, read with its own verb, is the second level's
        second = next((f for f in found if f.pos == m.start("n" + k) and f.endpoint == "patients_treated"
                       and f.fields == {"value": n}), None)
        if second is None:
            return []
        treated.fields["subgroup"] = a.strip().rstrip(".")
        second.fields["subgroup"] = b.strip().rstrip(".")
        return []
    treated.fields["subgroup"] = a.strip().rstrip(".")
    used.add(m.start("n" + k))
    return [Found("patients_treated", {"value": n, "subgroup": b.strip().rstrip(".")}, "cohort.named-group",
                  m.start("n" + k))]


# the treated counted by product in a list of three or more, the verb left out after the first: "71 received autologous CD7
# CAR-T, 49 donor-derived CD7 CAR-T and 23 CD5 CAR-T", "40 received axi-cel, 25 tisa-cel, and 12 liso-cel", "12 patients were
# infused with CD19 CAR T cells, 9 CD22 CAR T cells and 6 CD19/CD22 CAR T cells"
_PRODUCT_NOUN = r"(?:CAR[\s-]?T(?:[\s-]cells?)?|CAR\+?\s+T[\s-]cells?|(?:cell\s+)?products?)"
_PRODUCT_ITEM = rf"(?:(?:[A-Za-z0-9][\w/+.-]*\s+){{0,3}}?{_PRODUCT_NOUN}|{_PRODUCT_NAME})"
_PRODUCT_LIST = gate.compile(
    rf"{NUMW}\s+(?:patients\s+|pts\s+)?(?:received|(?:were\s+)?(?:infused|treated)\s+with)\s+(?P<a>{_PRODUCT_ITEM})"
    rf"(?P<rest>(?:\s*,\s*\d+\s+{_PRODUCT_ITEM})+\s*,?\s+and\s+\d+\s+{_PRODUCT_ITEM})(?=\s*(?:[,;.)]|$))", re.I | re.A)
_PRODUCT_ITEM_COUNT = re.compile(rf"(?P<n>\d+)\s+(?P<b>{_PRODUCT_ITEM})", re.I | re.A)
_PRODUCT_NOUN_END = re.compile(rf"\s+{_PRODUCT_NOUN}$", re.I | re.A)


def _product_list(text: str, treated: Found, used: set[int], found: list[Found]) -> list[Found]:
    """Each product's treated count of a list read after the first count's verb; the cohort's count before it that the
    counts add up to ("A total of 143 patients were included …: 71 received …, 49 … and 23 …") is the treated total."""
    m = _PRODUCT_LIST.match(text, treated.pos)
    items = list(_PRODUCT_ITEM_COUNT.finditer(text, m.start("rest"), m.end("rest"))) if m else []
    if not items or any(k.start("n") in used for k in items):
        return []
    treated.fields["subgroup"] = _PRODUCT_NOUN_END.sub("", m.group("a"))
    used.update(k.start("n") for k in items)
    total = treated.fields["value"] + sum(int(k.group("n")) for k in items)
    for f in found:
        if f.rule == "cohort.included" and f.pos < treated.pos and f.fields == {"value": total}:
            f.endpoint = "patients_treated"
    return [Found("patients_treated", {"value": int(k.group("n")), "subgroup": _PRODUCT_NOUN_END.sub("", k.group("b"))},
                  "cohort.named-group", k.start("n")) for k in items]


# a CNS status is the disease the patients entered with, no group of the treated: "We treated 31 patients with … active CNS
# disease (CNS-2, n = 9; CNS-3, n = 22) with …", "CNS1 (n = 40), CNS2 (n = 6) or CNS3 (n = 4) status"
_CNS_STATUS = re.compile(r"CNS[\s-]?[123][a-c]?(?:\s+(?:status|disease))?", re.I | re.A)


def _per_group(items: list[tuple[str, int, int]], total: int, used: set[int], lo: int, hi: int, dmatches) -> list[Found]:
    """(name, count, offset) groups as per-group treated counts, kept only when there are two or
    more, they add up to the treated total, none was read by another rule, no disease label
    lies in ``lo``:``hi`` (disease lists have their own rule) and they are no CNS statuses (_CNS_STATUS)."""
    if (len(items) < 2 or sum(n for _, n, _ in items) != total or any(at in used for _, _, at in items)
            or any(lo <= d.start() < hi for d in dmatches) or all(_CNS_STATUS.fullmatch(name) for name, _, _ in items)):
        return []
    used.update(at for _, _, at in items)
    return [Found("patients_treated", {"value": n, "subgroup": name}, "cohort.named-group", at) for name, n, at in items]


# a name may be an age band: "grouped as <10 years (n = 121), 10-17 years (n = 118) and 18-25 years (n = 78)"
# (a source with "from" and up to four words: "manufactured from their previous transplant donors (n = 5) or from newly
# identified HLA-matched donors (n = 4)"; a name of up to five words: "… from a prior transplant donor (n = 27) or a new HLA-matched
# or haploidentical donor (n = 35)")
_NAMED_NEQ = gate.compile(r"(?:(?:with|of|to|and|or|from)\s+)?(?:(?:an?|the|their)\s+)?(?P<name>(?:[A-Za-z]|[<>≤≥]\s?\d|\d+\s?(?:-|–|to)\s?\d+\s+y)[\w/+.-]*(?:\s+[\w/+.-]+){0,4}?)\s*"
                        # (an aside on what defines the group may come before its size: "a high-burden group (marrow blasts
                        # ≥5% or an extramedullary mass ≥5 cm; n = 37)")
                        r"\(\s*(?:[^()=;]{1,80}?\s*;\s*)?(?P<at>n)\s?=\s?(?P<n>\d+)\s*\)"
                        r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?", re.I | re.A)


_SITE_NOUN = gate.compile(rf"\s*{_SITE_NOUNS}\b", re.I | re.A)


# "At the interim analysis (n = 20)", "In the interim analysis (data cutoff Jan 2024; n = 17)": its size before the "n ="
_INTERIM_N = re.compile(r"\binterim\s+analys[ie]s\s*\((?:[^();]{0,40};\s*)?$", re.I | re.A)
# a later level's number alone before its "n = k", its kind said with the first: "at dose level 1 (n = 3), 2 (n = 5), or 3 (n = 6)",
# "dose levels 1 (n = 3), 2 (n = 6) and 3 (n = 9)", "cohort 1 (n = 4) and 2 (n = 8)"
_ELIDED_LEVEL = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(\d+[a-z]?)\s*\(\s*", re.I | re.A)
# the cohort split into groups, named with their sizes after the criterion: "Patients were grouped by age: 1-9 years
# (n = 14) and 10-17 years (n = 26)", "Children were stratified by marrow burden into high (n = 20) and low (n = 15)"
_GROUPED_BY = gate.compile(r"^(?:The\s+|All\s+)?(?:\d+\s+)?(?:infused\s+|treated\s+)?(?:patients|children|pts|participants)\s+were\s+"
                           r"(?:grouped|stratified|divided)\s+(?:by|according\s+to)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?::|\s+into\s+|,)\s*",
                           re.I | re.A)


def _grouped_counts(text: str, used: set[int], dmatches) -> list[Found]:
    """Two or more "name (n = k)" groups listed right after a _GROUPED_BY opener, up to the clause's end: the cohort's
    groups, each a per-group treated count (there is no total to check them against; disease lists keep their rule)."""
    m = _GROUPED_BY.match(text)
    if not m:
        return []
    items, at = [], m.end()
    while (k := _NAMED_NEQ.match(text, at)) is not None:
        items.append((k.group("name"), int(k.group("n")), k.start("at")))
        at = k.end()
    if not re.match(r"\s*(?:[;.]|$)", text[at:]) or cues().disease.search(text, m.end(), at):
        return []   # (the list goes on past the groups, or is one of diseases)
    return _per_group(items, sum(n for _, n, _ in items), used, m.end(), at, dmatches)


# the state of the disease patients entered with, each with its "(n = k)" before the disease's name: "16 patients aged 2-17 years
# with relapsed (n=9) or primary refractory (n=7) AML received …", "children with relapsed (n = 12) or refractory (n = 8) disease"
_DISEASE_STATE = re.compile(r"(?:(?:primary|primarily|chemo)[\s-]?)?refractory|relapsed(?:\s*/\s*refractory)?|(?:first|second|third|early|late)\s+relapse",
                            re.I | re.A)
_STATE_NOUN = re.compile(r"\s*(?:disease|leuka?emias?|lymphomas?|myelomas?)\b", re.I | re.A)


def _named_neq_counts(text: str, treated: Found, used: set[int], dmatches) -> list[Found]:
    """"131 were infused with axicabtagene ciloleucel (n = 78) or lisocabtagene maraleucel (n = 53)", "… with
    axicabtagene ciloleucel (axi-cel; n = 172) or …", "… derived from an HLA-matched sibling (n = 9), a matched …":
    names each with its own "(n = k)", listed right after the treated count (before the clause
    ends) and adding up to it, are per-group treated counts. Disease lists are left to their rule."""
    end = len(text)
    flat = _blank_parens(text) if "(" in text else text   # "(axi-cel; n = 172)" does not end the clause
    for ch in ";:":
        k = flat.find(ch, treated.pos)
        if k >= 0:
            end = min(end, k)
    runs = [[]]   # each run of "name (n = k)" following right on from the one before
    last = None
    for k in _NAMED_NEQ.finditer(text, treated.pos + len(str(treated.fields["value"])), end):
        if last is not None and k.start() != last:
            runs.append([])
        runs[-1].append(k)
        last = k.end()
    # a disease list first, then the product's groups: "47 patients with T-ALL (n = 35) or T-LBL (n = 12) received
    # autologous (n = 30) or donor-derived (n = 17) CAR T cells"
    for run in runs[:2] if runs[0] else ():
        if _SITE_NOUN.match(text, run[-1].end()):
            return []   # "for isolated central nervous system (CNS; n = 8) or testicular (n = 3) relapse": kinds of relapse
        items = [(re.sub(r"^.*\b(?:with|of|to|into|received|from)\s+(?:(?:an?|the|their)\s+)?", "", k.group("name")), int(k.group("n")),
                  k.start("at")) for k in run]
        if all(_DISEASE_STATE.fullmatch(name) for name, _, _ in items) and (
                _STATE_NOUN.match(text, run[-1].end()) or any(0 <= d.start() - run[-1].end() <= 2 for d in dmatches)):
            return []   # "with relapsed (n=9) or primary refractory (n=7) AML": the disease's state at entry, a baseline feature
        # a disease named among the groups makes them a disease list (not one named before: "… LBCL who were infused with",
        # "186 patients with LBCL who received axicabtagene ciloleucel (n = 139) or …", the first name's words before its verb)
        lo = run[0].end("name") - len(items[0][0])
        found = _per_group(items, treated.fields["value"], used, lo, run[-1].end(), dmatches)
        if found or not any(lo <= d.start() < run[-1].end() for d in dmatches):
            return found
    return []


_DOSE_LEVEL_NAME = re.compile(r"DL|dose\s+level", re.I | re.A)


def _sizes_of_all(text: str, d: Dose, found: list[Found]) -> list[tuple[str, int, int]]:
    """The parentheses right after dose ``d`` list two or more "name, n = k" groups (not dose levels) that add up to a
    treated count already read: the groups everyone's one dose was given in."""
    k = _PAREN_OPEN.match(text, d.end)
    close = text.find(")", k.end()) if k and k.end() - d.end <= 2 else -1
    if close < 0:
        return []
    parts = _named_items(text[k.end():close], k.end())
    if not parts or len(parts) < 2 or any(_DOSE_LEVEL_NAME.match(name) for name, _, _ in parts):
        return []
    total = sum(n for _, n, _ in parts)
    return parts if any(f.endpoint == "patients_treated" and "subgroup" not in f.fields and f.fields["value"] == total
                        for f in found) else []


# a kind with its count last in its parentheses: "a first-generation (gen-1; CD28 costimulation, …, 20 patients)",
# "autologous (20 patients)"
_KIND_PAREN = re.compile(r"\((?:(?P<name>[A-Za-z][\w+-]{0,12})\s*[;,]\s*)?(?:[^()]*?[,;]\s*)?(?P<n>\d+)\s+(?:patients|pts|cases)\s*\)", re.A)
_WORD_BEFORE = re.compile(r"[A-Za-z][\w+-]*\s*$", re.A)


def _kind_paren_counts(text: str, treated: Found, used: set[int], dmatches, doses: list[Dose]) -> list[Found]:
    """"55 were treated with a first-generation (gen-1; CD28 costimulation, 20 patients) or second-generation (gen-2;
    …, 35 patients) product": kinds after the treated count, each with its count last in its parentheses, adding up to
    it, are per-group treated counts, named by the aside's first short item (else the word before it)."""
    end = len(text)
    flat = _blank_parens(text)
    for ch in ";:":
        k = flat.find(ch, treated.pos)
        if k >= 0:
            end = min(end, k)
    items = []
    for k in _KIND_PAREN.finditer(text, treated.pos + len(str(treated.fields["value"])), end):
        if any(d.start < k.start() <= d.end + 2 for d in doses):
            continue   # (a dose's own count: "at 2 × 10(5)/kg (level 1, 3 cases)", read with the doses)
        w = _WORD_BEFORE.search(text, max(0, k.start() - 30), k.start())
        name = k.group("name") or (w.group().strip() if w else None)
        if name is None:
            return []
        items.append((name, int(k.group("n")), k.start("n")))
    return _per_group(items, treated.fields["value"], used, 0, 0, dmatches) if len(items) >= 2 else []
# (also with the levels named first and "n =" once: "at 5 × 10^5, 1 × 10^6 or 2 × 10^6 CAR-T cells/kg (dose levels 1-3;
# n = 6, 9 and 9, respectively)")
# (the levels' span with "to"/"through": "17 were infused (dose levels 1 to 4: n = 3, 3, 5, and 6, respectively)", no dose needed)
_NEQ_RESPECTIVELY = gate.compile(r"\(\s*(?:(?P<levels>(?:dose\s+levels?|DLs?)\s*(?P<lo>\d)\s*(?:[-–]|to|through)\s*(?:DL\s?)?(?P<hi>\d))\s*[;,:]\s*)?"
                                 r"(?P<ns>n\s?=\s?\d+(?:\s*,\s*(?:n\s?=\s?)?\d+)*\s*,?\s*(?:and|or)\s+(?:n\s?=\s?)?\d+)\s*,?\s*respectively\s*\)",
                                 re.I | re.A)
# (the levels' span first, then bare counts of patients: "infused at 0.5 × 10^6, 1 × 10^6 or 2 × 10^6 CAR-T cells per kilogram
# (dose levels 1-3; 4, 9 and 9 patients, respectively)", "(DL1–DL3: 3, 6 and 6 patients, respectively)")
_LEVELS_THEN_COUNTS = gate.compile(r"\(\s*(?P<levels>(?:dose\s+levels?|DLs?)\s*(?P<lo>\d)\s*(?:[-–]|to|through)\s*(?:DL\s?)?(?P<hi>\d))\s*[;,:]\s*"
                                   rf"(?:with\s+)?(?P<ns>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)\s+(?:{PATIENT})\s*,?\s*respectively\s*\)",
                                   re.I | re.A)


def _listed_doses(text: str, doses: list[Dose], levels: list[Dose], count: int) -> list[Dose]:
    """``levels`` (the list's last doses) with the doses listed before them ("1.0, 3.0 or 6.0 × 10^6"), up to ``count``."""
    levels = list(levels)
    while levels and len(levels) < count:
        prev = [d for d in doses if d.end <= levels[0].start and _NUM_LIST_SEP.fullmatch(text, d.end, levels[0].start)]
        if not prev:
            break
        levels.insert(0, prev[-1])
    return levels


def _neq_respectively(text: str, k: re.Match, doses: list[Dose], atoms: list[Atom], used: set[int]) -> list[Found]:
    """The treated count of each dose of a list right before "(n = a, n = b, and n = c, respectively)"."""
    ns = [(int(x.group(1)), k.start("ns") + x.start()) for x in re.finditer(r"(?:n\s?=\s?)?(\d+)", k.group("ns"), re.A)]
    if k.group("levels") and int(k.group("hi")) - int(k.group("lo")) + 1 != len(ns):
        return []
    # (levels named by number, no dose in the sentence: "(dose levels 1 to 4: n = 3, 3, 5, and 6, respectively)")
    levels = ns if k.group("levels") and not doses else \
        _listed_doses(text, doses, [d for d in doses if d.end <= k.start() and _DOSE_TO_N.fullmatch(text, d.end, k.start())][-1:], len(ns))
    named = _levels_before(text[max(0, k.start() - 60):k.start()].rstrip(), len(ns)) \
        if not levels and not doses and not k.group("levels") else None
    if len(levels) != len(ns) and not named:
        return []
    starts = [a.start for a in atoms if a.kind == "neq" and k.start() <= a.start < k.end()]
    if any(x in used for x in starts):
        return []
    used.update(starts)
    used.update(at for _, at in ns)
    names = [("DL" if k.group("levels")[:1] in "Dd" and k.group("levels")[1:2] in "Ll" else "dose level ") + str(j) for j in range(int(k.group("lo")), int(k.group("hi")) + 1)] if k.group("levels") \
        else named or [_dose_name(text, d) for d in levels]
    return [Found("patients_treated", {"value": n, "subgroup": name}, "cohort.dose-level", at)
            for name, (n, at) in zip(names, ns)]


# levels ranged before a list of counts: "16 were dosed at DL1-DL4 (n = 3, 4, 5 and 4, respectively)", "at dose levels 1 to 3 (…)"
_LEVEL_RANGE_END = gate.compile(r"\b(?:dose\s+levels?\s*|DL\s?-?)(?P<lo>\d)\s*(?:[-\u2013]|to|through)\s*(?:DL\s?-?)?(?P<hi>\d)$", re.I | re.A)


def _levels_before(before: str, count: int) -> list[str] | None:
    """The names of ``count`` levels counted or ranged right before a list of counts ("at the four dose levels (n = 3, 4, 5
    and 4, respectively)", "at DL1-DL4 (n = …)"), the k-th count the k-th level's; None when the number differs."""
    if (m := _LEVELS_COUNTED.search(before)) and not before[:m.start()].endswith(tuple("0123456789")) \
            and _num(m.group("k")) == count:
        kind = re.sub(r"\s+", " ", m.group("kind").lower())[:-1]
        return [f"DL{i}" if kind in ("dl", "dose level") else f"{kind} {i}" for i in range(1, count + 1)]
    if (m := _LEVEL_RANGE_END.search(before)) and int(m.group("hi")) - int(m.group("lo")) + 1 == count:
        return [f"DL{i}" for i in range(int(m.group("lo")), int(m.group("hi")) + 1)]
    return None


# (a group's name with its qualifier: "at 1 × 10^6/kg (children, <18 years; n = 52) or 5 × 10^5/kg (adults; n = 66)")
# (or with its abbreviation in nested parentheses: "at 1 × 10^6 (dose level 1 (DL1); n = 3), 3 × 10^6 (DL2; n = 6) …")
_DOSE_TO_N = re.compile(r"[\s,;:(]{0,3}|\s*\(\s*(?!range\b|IQR\b|median\b)[^(),;]{1,40}(?:,\s*[^(),;=]{1,30}|\s*\([\w-]{1,12}\))?[,;]\s*", re.A)
_DISEASE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:CD\d+[+-]?\s+)?", re.A)
_NUM_RUN = r"(?P<ns>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)"
# "the diagnoses were T-ALL, T-LBL and CD7+ AML in 29, 12 and 7 patients, respectively", "… accounted for 29, 12 and 7 cases"
_RESP_AFTER = gate.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?,?\s*(?:(?:in|accounted\s+for|(?:was|were)\s+(?:seen|found|diagnosed)\s+in)\s+)?{_NUM_RUN}"
                           rf"\s+(?:[\w-]+\s+)?{PATIENT}\s*,?\s*respectively\b", re.I | re.A)
# "29, 12 and 7 patients had T-ALL, T-LBL and CD7+ AML, respectively"
_RESP_BEFORE = gate.compile(rf"{_NUM_RUN}\s+(?:[\w-]+\s+)?{PATIENT}\s+(?:had|with|(?:were|was)(?:\s+diagnosed\s+(?:with|as))?)\s+(?:CD\d+[+-]?\s+)?$",
                            re.I | re.A)
_RESP_END = gate.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*respectively\b", re.I | re.A)


def _diseases_respectively(text: str, dmatches, used: set[int]) -> list[Found]:
    """A run of coordinated diseases and as many counts, zipped in order with "respectively"."""
    c = cues()
    out: list[Found] = []
    i = 0
    while i < len(dmatches):
        run = [dmatches[i]]
        while i + len(run) < len(dmatches) and _DISEASE_SEP.fullmatch(text, run[-1].end(), dmatches[i + len(run)].start()):
            run.append(dmatches[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        m = _RESP_AFTER.match(text, run[-1].end())
        if m is None and _RESP_END.match(text, run[-1].end()):
            m = _RESP_BEFORE.search(text, max(0, run[0].start() - 80), run[0].start())
        if m is None:
            continue
        ns = list(re.finditer(r"\d+", m.group("ns")))
        if len(ns) != len(run) or any(m.start("ns") + k.start() in used for k in ns):
            continue
        for d, k in zip(run, ns):
            pos = m.start("ns") + k.start()
            out.append(Found("disease_count", {"value": int(k.group()), "label": c.disease_labels.get(d.group("d").lower(), d.group("d"))},
                             "cohort.disease", pos))
            used.add(pos)
    return out


# a breakdown in parentheses after patients named by their outcome, no cohort: "The two non-responders (PTCL-NOS, n = 1; AITL,
# n = 1)", "the three patients who relapsed (T-ALL, 2; T-LBL, 1)", "Of the four deaths (T-LBL 3, ETP-ALL 1)"
_OUTCOME_SUBSET_PAREN = re.compile(r"(?:non-?responders|responders|relapses|deaths|failures|patients\s+who\s+(?:relapsed|died|progressed|did\s+not\s+respond|"
                                   r"responded|failed)|(?:relapsed|refractory\s+to\s+CAR-?T)\s+patients)\s*\($", re.I | re.A)

# a sentence opened by patients named by their outcome, its count then the part of them that received something: "Of the 3
# patients without CR/CRi, 2 had received DL1", "Among the four non-responders, three had been treated at DL1", "Of the 5 patients
# who relapsed, 4 had received the low dose"
_OUTCOME_OPENER = re.compile(r"(?:of|among)\s+(?:the|these|those)\s+(?:\d+|[a-z]+)\s+(?:(?:patients|pts|children|adults)\s+)?(?:without\s+(?:an?\s+)?"
                             r"(?:CR|CRi|CR/CRi|MRD|complete|response|remission|responses)\b|who\s+(?:did\s+not|failed\s+to)\s+(?:respond|achieve)\b"
                             r"|non-?responders\b|who\s+(?:relapsed|progressed|died)\b)[^,;]{0,60},\s*", re.I | re.A)
_COUNT_AFTER_OPENER = re.compile(r"(?:\d+|[a-z]+)(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s+(?:had\s+(?:been\s+)?|were\s+|was\s+)?", re.I | re.A)


def _in_outcome_subset(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in parentheses opened right after patients named by their outcome (_OUTCOME_SUBSET_PAREN)."""
    o = text.rfind("(", 0, pos)
    return o >= 0 and ")" not in text[o:pos] and bool(_OUTCOME_SUBSET_PAREN.search(text, max(0, o - 60), o + 1))


# (or a "with …" phrase: "B-ALL with T-lineage switch, n=2", "AML with myelodysplasia-related changes (n = 3)")
_QUALIFIED = re.compile(r"\s*(?:\([^()]{1,25}\)|(?<=\S)\s+with(?:out)?\s+[^,;:()=]{1,32}?)\s*[,:;(]?\s*", re.A)
_NEQ_NUMS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+", re.A)   # "n = 1,004" is one number; "n = 3, 6 and 9" three
# (or a lymphoma's marrow or leukaemic involvement before its "in N", what brought it into the cohort: "(T-ALL in 21 and T-LBL
# with marrow involvement in 8)", "T-LBL with bone marrow infiltration in 5", "MCL with leukemic phase in 3"; not a site
# of the disease, "B-ALL with CNS disease in 4": a part of the B-ALL)
_LABEL_N = re.compile(r"(?:\s*(?:\([^()\d]{1,48}\)|\[[^\[\]\d]{1,12}\]))?(?:\s+with\s+(?:(?:bone\s+)?marrow|BM|leuka?emic|blood)\s+"
                      r"(?:involvement|infiltration|disease|phase|presentation)(?=\s+in\s+\d))?"
                      r"(?:\s*[,:]|\s+in|\s+-(?=\s))?\s*(?P<n>\d+)(?![\d%]|\.\d)(?!\s*(?:years?|months?|days?|%|×|x\s*10|cells|/|-))"
                      r"(?!\s+of\s+(?:the\s+)?\d)", re.A)   # (a share: "Best responses by histology …: ALCL, 12 of 14; …")
# ("T-ALL 8, T-LBL 3, CD7+ AML 4": a label may open the sentence or follow a colon, and carry a marker;
# Russian abstracts' spaced dash: "diffuse large B-cell lymphoma (DLBCL) - 9, … B-ALL - 9")
# ("T-ALL in 118 patients (including ETP-ALL in 21)": a nested subtype's count opens with "including")
# (", with" opens it too: "118 were infused, with T-ALL in 87 and T-LBL in 31")
_LIST_OPEN = re.compile(r"(?:^|[(,;:]|\band|[(,]\s*(?:including|with))\s*(?:CD\d+[+-]?\s+)?$", re.A)
_N_LABEL = re.compile(r"(?:^|[(,;:]|\band|\bincluding)\s*(?P<n>\d+)\s+(?:CD\d+[+-]?\s+)?$", re.A)
# ("… and 3 mature T-cell lymphoma cases.": the list's noun after its last label)
_LIST_CLOSE = re.compile(r"\s*(?:(?:cases|patients)(?=\s*(?:[,;)]|\.?$)))?\s*(?:[,;)]|and\b|\.?$)", re.A)
_N_LABEL_FIRST = re.compile(r"(?P<n>\d+)\s+", re.A)
# a second name after "or" and one abbreviation for both: "mycosis fungoides or Sézary syndrome (MF/SS) in four", "T-cell
# lymphoblastic leukemia or lymphoma (T-ALL/LBL), 12"
_OR_PAIR_ABBR = re.compile(r"\s+or\s+[^(),;:\d]{3,48}?\s*\(\s*(?P<a>[A-Za-z][\w-]*/[A-Za-z][\w-]*)\s*\)", re.A)


# a shared exponent's member with its level's name in parentheses after it: "0.5 (DL1), 1.0 (DL2) and 2.0 (DL3) x 10^6 CAR+
# cells/kg" (the member's dose starts at its own number)
_MEMBER_LEVEL = re.compile(r"\d+(?:\.\d+)?\s*\(\s*(DL\s?-?\d+[a-z]?|dose\s+level\s+\d+)\s*\)", re.I | re.A)


def _dose_label(text: str, d: Dose) -> str | None:
    c = cues()
    if text[d.start:d.start + 1].isdigit() and (k := _MEMBER_LEVEL.match(text, d.start)):
        return re.sub(r"\s+", "", k.group(1)).upper() if k.group(1).upper().startswith("DL") else k.group(1)
    m = c.dose_before.search(text[max(0, d.start - 40):d.start])
    if m:
        lab = m.group("label")
        k = re.match(r"(low|lower|medium|middle|intermediate|high|higher)[\s-]dose", lab, re.I)
        if k:
            return k.group(1).lower().replace("lower", "low").replace("higher", "high")
        return re.sub(r"\s+", "", lab).upper() if lab.upper().startswith("DL") else lab
    # (cues' dose_label_after: "1 × 10^6 (DL1; n = 3)", or the level's abbreviation in its name's nested parentheses, "1 × 10^6
    # (dose level 1 (DL1); n = 3)": "DL1")
    m = c.dose_after.match(text[d.end:d.end + 80])
    if m:
        lab = (m.group("label") or m.group("cond") or "").strip()
        lab = re.sub(r"\s+(?:were|was|is|are)\s+", " ", lab)
        lab = re.sub(r"\s+and\s+\d.*", "", lab)   # ("… total CAR T cells for patients above 50 kg and 0.2-5.0 × 10^6 …": the next dose)
        # ("… 5 × 10^6 CAR-T cells/kg in cohorts of 2, 3 and 3 patients": the cohorts' sizes, no label; "… or 300 × 10^6 CAR+
        # T cells in a phase 1/2 trial": the trial, no label; "… or 3 × 10^6 CAR T cells/kg in a 3+3 design": the escalation's
        # design, no label)
        if lab and not re.fullmatch(r"n\s*=.*|\d.*|respectively|(?:range|median|mean|iqr|maximum|max|up to|(?:cohorts|groups) of)\b.*"
                                    r"|(?:an?|the|this)\s+(?:[\w/+-]+\s+){0,5}(?:trial|study|design|scheme)\b.*", lab, re.I):
            return re.sub(r"\s+", "", lab).upper() if re.fullmatch(r"DL\s?-?\d+[a-z]?", lab, re.I) else lab
    return None


def _dose_name(text: str, d: Dose) -> str:
    return _dose_label(text, d) or _fmt_dose(d)


def _fmt_dose(d: Dose) -> str:
    def sci(x):
        e = len(str(int(x))) - 1
        mant = x / 10 ** e
        return f"{mant:.1f} × 10^{e}"
    return (sci(d.low) if d.low == d.high else f"{sci(d.low)}-{sci(d.high)}") + " " + d.unit


_DOSE_RULE = {"cells/kg": "dose.per-kg", "cells/m2": "dose.per-m2", "cells": "dose.cells"}
# "(median 1.0 ×10^6/kg)", "(maximum, 1 × 10^8 cells)": a median or a cap of the doses given, not a dose level
# ("(target 2 × 10^6 CAR T cells per kg; maximum 2 × 10^8 CAR T cells)": the cap after a semicolon in the aside)
# ("target dose 2 × 10^6 CAR T cells/kg, maximum 2 × 10^8 cells", "… with a maximum of 1 × 10^8 cells", "not exceeding 1 × 10^8
# cells": a cap after a comma or "with/and a", not a second level)
_DOSE_ASIDE = gate.compile(r"(?:[(;]\s*(?:median|mean|maximum|max\.?|capped\s+at|up\s+to)|(?:,|\b(?:with|and))\s*(?:an?\s+|the\s+)?"
                           r"(?:maximum|max\.?|capped\s+at|cap\s+of|not\s+(?:to\s+)?exce\w+|no\s+more\s+than)|\bnot\s+(?:to\s+)?exce\w+)"
                           r"\s*(?:(?:total\s+)?dose\s*)?[,:]?\s*(?:of\s+)?$", re.I | re.A)
# a cap set for a weight group is the flat dose that group received: "1 × 10(6) cells/kg, capped at 5 × 10(7) cells for
# patients weighing more than 50 kg", "capped at 1 × 10^8 cells in patients over 100 kg" (a bare cap, "(maximum 2 × 10^8
# cells)", stays none; so does blind75's "with a maximum of 3 × 10^8 cells for patients weighing more than 100 kg", its writer's)
_CAPPED_FOR_WEIGHT = re.compile(r"(?:\s*(?:CAR[\s+-]*T?\s*)?cells?)?\s+(?:for|in)\s+(?:patients|adults|children|pts|those)\s+(?:weighing\s+)?"
                                r"(?:more\s+than|over|above|heavier\s+than|>|\u2265|>=)\s*\d+\s*kg\b", re.I | re.A)


# "The median infused dose was 1.0 × 10^6/kg (range, 0.3-2.5 × 10^6/kg)", "at a median dose of 2.0 × 10^6 cells/kg (range
# 0.5–5.0 …)", "Median dose 1.0 × 10^6/kg (range 0.3–3.0)": the doses given are the range, not the median (a bare range takes
# the median's exponent and unit)
_MEDIAN_DOSE = gate.compile(r"\bmedian\b(?:[^.;()]{0,30}?\bdoses?\b(?:\s+(?:was|of|given|infused|administered|received))?|\s+of)"
                            r"\s*[:,]?\s*$", re.I | re.A)
_RANGE_AFTER = re.compile(r"\s*[(,;]\s*range[:,]?\s*(?:(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*\)?)?", re.I | re.A)


def _median_dose(text: str, d: Dose, doses: list[Dose]) -> Found | bool | None:
    """None for no median dose with a range after it; True when the range is a dose of its own; a range dose from a bare
    range's numbers in the median's exponent and unit."""
    if d.low != d.high or not _MEDIAN_DOSE.search(text[max(0, d.start - 45):d.start]):
        return None
    r = _RANGE_AFTER.match(text, d.end)
    if r is None:
        return None
    if any(e.start >= r.end() - 1 and e.start <= r.end() + 2 and e.low < e.high for e in doses):
        return True
    if r.group(1) is None:
        return None
    mant = re.match(r"\d+(?:\.\d+)?", text[d.start:d.end], re.A)
    if mant is None or not float(mant.group(0)):
        return None
    scale = d.low / float(mant.group(0))
    lo, hi = round_sig(float(r.group(1)) * scale), round_sig(float(r.group(2)) * scale)
    if not lo < d.low < hi:
        return None
    return Found("dose", {"low": lo, "high": hi, "unit": d.unit}, _DOSE_RULE[d.unit], d.start)


# two products given one after the other at the same dose, each in parentheses or after "at" right after its name:
# "anti-CD19 CAR-T cells (1 × 10^6 cells/kg) on day 0 and anti-BCMA CAR-T cells (1 × 10^6 cells/kg) on day 1", "CD19 CAR T
# cells at 1 × 10^6/kg followed by CD22 CAR T cells at 1 × 10^6/kg": each product's dose (the writers of blind15 and
# blind163 record both)
_PRODUCT_BEFORE_DOSE = re.compile(r"(?<![\w-])(?P<p>(?:anti-)?(?:CD\d+[a-z]?|BCMA|GPRC5D|CLL-?1|CD\d+/CD\d+))\s+(?:CAR[\s-]?(?:T|NK)|CAR)"
                                  r"(?:[\s-]cells?)?\s*(?:\(\s*|at\s+(?:a\s+dose\s+of\s+)?|,\s*)$", re.I | re.A)


# a dose level not given yet, its future right after it: "a fourth dose level of 4.5 × 10(6) CAR+ T cells/kg will open after
# safety review" (b216-02), "a dose of 1 × 10^7 cells/kg is planned", "3 × 10^8 CAR T cells will be explored in an expansion
# cohort", "Dose level 4 (1 × 10^7 cells/kg) is planned" (not what the treated will go on to: "received 1 × 10^6 cells/kg and
# will be followed for 15 years")
_DOSE_PLANNED = gate.compile(r"(?:\s*\))?[^,;.()]{0,40}?\s(?:will\s+(?:(?:then\s+|subsequently\s+)?open|be\s+(?:opened|tested|explored|evaluated|studied|investigated|added))"
                             r"|(?:is|are)\s+(?:(?:also\s+)?planned|to\s+be\s+(?:opened|tested|explored|evaluated|studied|investigated)))\b", re.I | re.A)


def _doses(text: str, doses: list[Dose]) -> list[Found]:
    if re.search(r"\b(?:mice|mouse|murine model|xenograft|in vitro)\b", text, re.I):
        return []
    out = []
    multi = {}
    for d in doses:
        multi[d.start] = multi.get(d.start, 0) + 1
    for d in doses:
        before = text[max(0, d.start - 30):d.start]
        if ("(" in before or ";" in before or "max" in before or "xce" in before or "cap" in before
                or "more than" in before) and _DOSE_ASIDE.search(before) \
                and not ("capped" in before and _CAPPED_FOR_WEIGHT.match(text, d.end)):
            continue
        if ("will " in text or "planned" in text or " to be " in text) and _DOSE_PLANNED.match(text, d.end):
            continue
        if "edian" in text[max(0, d.start - 45):d.start]:
            md = _median_dose(text, d, doses)
            if md is True:
                continue
            if md is not None:
                out.append(md)
                continue
        f: dict[str, Any] = {"low": d.low, "high": d.high, "unit": d.unit}
        if multi[d.start] == 1:
            lab = _dose_label(text, d)
            if lab is None and sum((e.low, e.high, e.unit) == (d.low, d.high, d.unit) for e in doses) > 1 \
                    and (p := _PRODUCT_BEFORE_DOSE.search(text, max(0, d.start - 60), d.start)):
                lab = p.group("p")   # (each product's own dose, the same for both: two doses, see _PRODUCT_BEFORE_DOSE)
            if lab:
                f["label"] = lab
        out.append(Found("dose", f, _DOSE_RULE[d.unit], d.start))
    return out


def iter_sentences(doc: Document) -> Iterable[tuple[int, int]]:
    """(start, end) offsets into ``doc.text`` of the sentences endpoints are read from."""
    for s in candidate_sentences(doc)[1]:
        yield s.start, s.end


__all__ = ["extract_measurements", "read_sentence", "read_text", "iter_sentences"]
