"""Pure number parsing for abstracts: counts, percents, n/N, CIs, doses, times, grades.

Every function takes a string and returns plain values (or None); nothing here knows about
endpoints. ``scan`` finds the numeric "atoms" of a text (a CI, a percent, "17 of 19", a
dose, a grade, a time point …) with character offsets into the string it was given, and
``repair`` undoes common text damage (PDF font loss, LaTeX, line-break hyphens) while
keeping a map from every repaired character back to its original offset.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from extract import gate


# ---------------------------------------------------------------- number words
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
WORD = (rf"(?:(?:one|a)[\s-]hundred(?:(?:\s+and)?[\s-]+(?:(?:{_TENS_ALT})(?:[\s-](?:{_UNIT_ALT}))?|{_UNIT_ALT}))?"
        rf"|(?:{_TENS_ALT})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|{_UNIT_ALT})")
NUM = r"(?:\d+(?:,\d{3})+(?![\d])|\d*\.\d+|\d+(?:\.\d+)?)"
NUMW = rf"(?:{NUM}|\b{WORD}\b)"

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
SPACES = "\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u2004\u2005\u2006"
# superscript digits and signs flattened ("0.5 × 10⁶ … CAR⁺ T cells/kg" → "106 … CAR+ T cells/kg")
SUPERSCRIPTS = {"\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4",
                "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
                "\u207b": "-", "\u207a": "+"}
# accented Latin letters → their base letter ("naïve" → "naive"): the patterns of this module
# and extract.endpoints are ASCII (re.A: \w, \d, \b and case folding by table, ~6% of the
# extraction's work saved over Unicode lookups), and on repaired text that is the same reading
ACCENTED = {c: base for c, base in ((c, unicodedata.normalize("NFKD", c)[0]) for c in map(chr, range(0xC0, 0x250)))
            if base.isascii() and base.isalpha()}


# circled enumeration markers (Chinese abstracts' "①Among the 42 CR children, …") are spaces: a
# result after one reads as a sentence start
CIRCLED = "".join(map(chr, range(0x2460, 0x2474))) + "".join(map(chr, range(0x2776, 0x2780)))
_ODD_MAP = {**{d: "-" for d in DASHES}, **{c: " " for c in SPACES + CIRCLED}, **SUPERSCRIPTS, **ACCENTED}
# Unicode Roman numerals (Chinese and Japanese journals' "grade Ⅱ-Ⅳ"), spelt in letters
ROMAN_NUMERALS = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "ⅰ": "i", "ⅱ": "ii", "ⅲ": "iii", "ⅳ": "iv", "ⅴ": "v"}
_ROMAN_CHAR = re.compile("[" + "".join(ROMAN_NUMERALS) + "]", re.A)


def word_to_int(s: str) -> int | None:
    """'Twenty-two' → 22, 'fifteen' → 15, 'one hundred and three' → 103; None if not a number word."""
    words = re.split(r"[\s-]+", s.strip().lower())
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    total = 0
    for i, w in enumerate(words):
        if w in ("hundred",) and i == 1 and words[0] in ("one", "a"):
            total = 100
        elif w == "a" and i == 0 and len(words) > 1 and words[1] == "hundred":
            continue
        elif w in TENS:
            total += TENS[w]
        elif w in UNITS:
            if i == 0 and len(words) > 1 and words[1] == "hundred":
                continue
            total += UNITS[w]
        else:
            return None
    return total


@lru_cache(maxsize=8192)   # pure; the same few hundred numbers recur across abstracts
def to_number(s: str | None) -> float | int | None:
    """A written number → int or float: '17', '89.5', '82·9', '1,234', '.008', 'Twenty-two', '−3'.
    Returns None when ``s`` is not a number."""
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    t = s.strip().replace("\u00b7", ".")
    for d in DASHES:
        t = t.replace(d, "-")
    if re.fullmatch(r"-?\d+(?:,\d{3})+", t):
        t = t.replace(",", "")
    if re.fullmatch(r"-?(?:\d+(?:\.\d*)?|\.\d+)", t):
        v = float(t)
        return int(v) if re.fullmatch(r"-?\d+", t) else v
    w = word_to_int(t)
    return w


def round_sig(x: float) -> float | int:
    """Drop float noise from mantissa × 10^k (1.5 × 10^6 → 1500000)."""
    if x == 0:
        return 0
    r = round(x, 9 - int(math.floor(math.log10(abs(x)))))
    return int(r) if r == int(r) else r


# ---------------------------------------------------------------- repair
@dataclass(frozen=True)
class Repaired:
    """``text`` after repair; ``index[i]`` is the offset in the original string of repaired
    character i (``index[len(text)]`` is the original length), so a repaired span a:b is the
    original span index[a]:index[b-1]+1."""
    text: str
    index: Sequence[int]

    def original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.index[start], self.index[start]
        return self.index[start], self.index[end - 1] + 1


# edits that change length: (pattern, replacement); group 0 is replaced
_LATEX = re.compile(r"\$([^$\n]{1,120})\$", re.A)
_LATEX_CMDS = [(re.compile(p, re.A), r) for p, r in [
    (r"\\times", "×"), (r"\\cdot", "·"), (r"\\geq?", "≥"), (r"\\leq?", "≤"),
    (r"\\pm", "±"), (r"\\%", "%"), (r"\\mathrm\{([^}]*)\}", r"\1"), (r"\\text\{([^}]*)\}", r"\1"),
    (r"\\,|\\;|\\!|\\ ", " "), (r"[{}]", "")]]
_LINE_HYPHEN = re.compile(r"-(?<=[A-Za-z\d]-)\n[ \t]*(?=[A-Za-z\d])", re.A)
# a hyphen at a line end is kept when the next part is a word of its own (event-free, graft-versus-host),
# or when either side is not a lower-case letter (MRD-negative, CD19-positive, T-ALL, Event-Free, 47.7-79.4)
_KEEP_HYPHEN = re.compile(r"(?:free|versus|host|related|up|term|negative|positive|grade|year|month|cell|"
                          r"cells|dose|associated|derived|based|directed|targeted|line|risk|relapse|"
                          r"refractory|phase|label|arm|escalation|specific|naive|like|type)\b", re.A)
_STRAY_DECIMAL_SPACE = re.compile(r" (?<=\d )(?=\.\d+\s?%)", re.A)
# the same after the point ("93. 6%", "20. 3 months", "64. 0-87. 3)"); only before a percent, a range,
# a bracket, "×" or a time unit, so a sentence ending in a number before one starting with a count stays
# (a range's hyphen has a number after it: "p=0.002. 3-yr EFS: …" is a sentence's end before a landmark)
_DECIMAL_POINT_SPACE = re.compile(r"\.(?<=\d\.) (?=\d{1,2}(?:\s?%|-\s?\d|[)\];,]|\s(?:×|(?:months?|years?|days?|weeks?)\b)))", re.A)
# a line-break hyphen left inside a line ("progno- sis", "neuro- toxicity"); a suspended hyphen
# before a conjunction ("pre- and post-transplant", "first- or second-line") stays
# a table pasted from a web page or markdown, one row per line: "| DL1 | 6 | 4 (66.7) |" (outer pipes
# optional with three cells or more), and its rule line "|---|:---:|"
_PIPE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$|^[^|\n]+(?:[ \t]\|[ \t][^|\n]+){2,}$", re.M | re.A)
_PIPE = re.compile(r"[ \t]*\|[ \t]*", re.A)
_PIPE_RULE = re.compile(r"[\s|:\-]+", re.A)
_INLINE_HYPHEN = re.compile(r"-(?<=[a-z]{2}-) (?=[a-z]{2})(?!(?:and|or|to|nor|and/or|as)\b)", re.A)
# number words become digits ("Twenty-two" → "22") so the atom scan needs no word alternatives
# a number word before a fraction's denominator ("one third of cases") is no count
_FRACTION = r"(?![\s-]+(?:thirds?|half|halves|quarters?|fifths?)\b)"
_WORD_RE = gate.compile(r"(?<![A-Za-z-])(?=[zotfsenZOTFSEN])" + WORD + r"(?![A-Za-z])" + _FRACTION, re.I | re.A)
# the same on lower-cased text: without IGNORECASE the regex engine skips alternatives by
# their first letter, ~1.5x faster (used when lower-casing keeps every offset)
_WORD_LOWER_RE = re.compile(r"(?<![a-z-])(?=[zotfsen])" + WORD + r"(?![a-z])" + _FRACTION, re.A)
# each pattern starts with the character it replaces (lookbehinds after it), so the regex
# engine finds candidates by a fast first-character scan instead of trying every position
def _tabbed_lines(m: re.Match) -> bool:
    """The line ending at ``m`` or the line after it holds a tab (a table's cells)."""
    t = m.string
    return "\t" in t[t.rfind("\n", 0, m.start()) + 1:m.start()] or "\t" in t[m.end():(t.find("\n", m.end()) + 1 or len(t) + 1) - 1]


_SAME_LEN = [
    # PDF symbol-font damage: "n 5 18" / "P 5 .008" for "n = 18" / "P = .008"
    (lambda t: " 5 " in t, re.compile(r"([nNpP])(?<![\w.][nNpP])\s5\s(?=\.?\d)", re.A), lambda m: m.group(1) + " = "),
    (lambda t: " , " in t, re.compile(r"([pP])(?<![\w.][pP])\s,\s(?=\.\d|0\.\d)", re.A), lambda m: m.group(1) + " < "),
    # "±" lost to "6": a percent over 100 right after a number ("45.2% 630%")
    (lambda t: "%" in t and " 6" in t, re.compile(r"6(?<=[\d%)]\s6)(?=\d{2}(?:\.\d+)?\s?%)", re.A), lambda m: "±"),
    # "×" lost to "3" in a dose: "1 3 106 CAR T cells per kg", "1 3 105, 3 3 105, or 1 3 106 cells/kg"
    (lambda t: " 3 10" in t, re.compile(r"3(?<=\d\s3)(?=\s10[4-9](?![\d.])[^.;]{0,60}?(?:cells|/kg|per\s+kg))", re.A), lambda m: "×"),
    # a thousands group after a space (a thin or plain space, SI style: "Of 1 044 leukapheresed patients") read as
    # "1,044": one to three digits after no number, a space, three digits, then a word (table cells are tabbed)
    (lambda t: "\t" not in t, re.compile(r"[1-9](?<![\w.,][1-9])(?<![\d.,]\s[1-9])\d{0,2}\s(?=\d{3}(?![\d.,%])\s+[a-z])", re.A),
     lambda m: m.group()[:-1] + ","),
    # "≥" lost to "$" before a grade number
    (lambda t: "$" in t, gate.compile(r"\$(?:(?<=grade\s\$)(?=\s?\d)|(?<=grade\$)(?=\d))", re.I | re.A), lambda m: "≥"),
    # a poster's bullet glyph with no Unicode mapping, read as U+FFFD at a line's start: "\ufffd Median follow-up: 7.8
    # months" is a bullet's item ("• Median follow-up: …"), a sentence of its own
    (lambda t: "\ufffd" in t, re.compile(r"\ufffd(?<=^\ufffd)(?=[ \t])", re.M), lambda m: "\u2022"),
    # a narrow column's line of prose broken inside a stated value: "infused (T-ALL, n =\n17; ETP-ALL, n = 5 …)", "(P =\n0.41)",
    # "grade ≥\n3": the line break after a comparison sign is a space (no sentence ends there); not in a table's
    # wrapped header cells ("\tresponse (n =\n\t\t9)", "DL1 (n =\n3)\tDL2"), whose lines the table reader keeps
    (lambda t: "=\n" in t or "<\n" in t or "≥\n" in t or "≤\n" in t,
     re.compile(r"\n(?<=[=<>≤≥]\n)(?=\d|\.\d)", re.A), lambda m: "\n" if _tabbed_lines(m) else " "),
]
# (also "limited to a single episode of grade 2 ICANS": the event named before its grade)
_SINGLE_GRADED = re.compile(r"[Aa](?<![\w-][Aa])\s+single(?=\s+(?:grade|gr\.?|G)\s?(?:[1-5]|IV|V|III|II|I)\b[^.;,]{0,20}?"
                            r"\b(?:events?|episodes?|cases?)\b|\s+(?:event|episode|case|instance|occurrence)\s+of\s+(?:grade|gr\.?|G)\s?"
                            r"(?:[1-5]|IV|V|III|II|I)\b)", re.A)
# "The single ICANS event was grade 1 and resolved", "The only case of CRS was grade 2": a count of one, as "one ICANS
# event was grade 1" reads (its grade bound after the term's event word: endpoints._GRADE_AFTER_TERM)
_SINGLE_EVENT = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Aa])\s+(?:single|only|sole)\s+(?=(?:(?:[A-Za-z][\w-]*\s+){1,3}?(?:event|episode|case)|(?:event|episode|case)\s+of\s+"
                           r"(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+was\s+(?:grade|gr\.?|G)\s?(?:[1-5]|IV|V|III|II|I)\b)", re.A)
# "Grade 1 ICANS occurred in a single patient", "A single child developed grade 2 CRS": a count of one, as "one
# patient" reads (not "a single-patient report", "a single patient-derived line")
_SINGLE_PATIENT = re.compile(r"[Aa](?<![\w-][Aa])\s+single(?=\s+(?:patient|child|adult|case|recipient|subject|participant)\b(?![-/]))", re.A)
# one of a case report's patients named as the subject of a transplant or a relapse ("The girl proceeded to a
# second allo-HSCT", "the boy received no further therapy and relapsed", "the second patient relapsed"): a count
# of one, as "one patient underwent …" reads (run on lower-cased text). A lone patient's "he underwent" is not:
# the writers disagree whether a one-patient report counts its patient's events (blind23 v blind34, blind40)
# (the literal first: re skips to each "the" in C, ~10x faster over a whole text than a leading \b)
# (also the one responder left, maybe named by what it did not go on to: "…, and the responder who was not transplanted relapsed
# on day 95" (b204-03), "the remaining responder relapsed", "the only patient who did not undergo HSCT relapsed")
_ONE_SUBJECT = re.compile(
    r"the(?<=\bthe)\s+(?:girl|boy|(?:other|first|second|third|older|younger)\s+(?:patient|child|girl|boy)|(?:(?:remaining|only|other)\s+)?responder"
    r"|(?:remaining|only)\s+(?:patient|child))\s+(?=(?:who\s+(?:was|did)\s+not\s+(?:[\w-]+\s+){1,3}?)?(?:(?:then|subsequently|later|also|eventually)\s+)?"
    r"(?:(?:underwent|proceeded\s+to|went\s+on\s+to)\s+(?:[\w-]+\s+){0,4}?(?:allo\w*|haplo\w*|hsct|hct|sct|bmt|transplant\w*)\b"
    r"|relapsed\b|[^.;,]{0,50}?\band\s+(?:(?:later|subsequently|then|eventually)\s+)?relapsed\b))", re.A)
# the one patient left of a group, named as the subject of a response ("The remaining patient, who had T-LBL with a bulky
# mediastinal mass, had a partial response on PET-CT", "the other child achieved CR"): a count of one (run on lower-cased text)
_REMAINING_ONE = re.compile(
    r"the(?<=\bthe)\s+(?:remaining|other|last)\s+(?:patient|child|adult)(?=(?:\s*,\s*who\s+(?:had|was)\s+[^,;()]{1,80}?,)?\s+"
    r"(?:(?:also|then|subsequently|later|eventually)\s+)?(?:had|achieved|attained|reached|obtained)\s+(?:an?\s+)?"
    r"(?:(?:extramedullary|em|marrow)\s+)?(?:partial|complete|cr\b|pr\b|cri\b))", re.A)
# a case series' patient named by number as the subject of a graded event ("Patient 1 developed grade 1 CRS, and patient
# 2 developed grade 2 CRS", "Patient 2 developed grade II acute GVHD of the skin", "patient B had grade 3 ICANS"): a count of
# one, as "1 patient developed …" reads (run on lower-cased text; the patient's number is no count)
_NUMBERED_SUBJECT = re.compile(
    r"(?<![\w-])(?:patient|case|pt)\s+(?:#\s?)?(?:\d{1,2}|[a-d])\s+(?=(?:(?:then|also|later|subsequently)\s+)?(?:developed|had|experienced)\s+"
    r"(?:an?\s+)?(?:grade|gr\.?)\s*(?:[1-5]|iv|v|iii|ii|i)\b)", re.A)
_PAREN_SPREAD = re.compile(r"\((?=\d)\d+(?:\.\d+)?\s?(?:\u00b1|\+/-)\s?(?P<sd>\d+(?:\.\d+)?)\s?\)\s?%", re.A)
_DECIMAL_COMMA_PCT = re.compile(r",(?<=\d,)\d{1,2}\s?%", re.A)
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(?=\d{1,2}(?![\d,]))", re.A)
_ASCII_COMPARATOR = re.compile(r"[<>]/=", re.A)
_ODD_CHARS = re.compile("[" + re.escape("".join(_ODD_MAP)) + "]", re.A)
# an em dash glued to the words on both sides sets off an aside as a spaced one does: "Ten patients—five with ENKTL, three
# with PTCL-NOS and two with angioimmunoblastic T-cell lymphoma (AITL)—received a single infusion" reads as "patients - five
# … (AITL) - received" (dashes become hyphens, and "AITL)-received" or "patients-five" would be one word)
# (also after a count or a percent, before a word: "CRS developed in 21 patients (88%)—grade 1 in 11, grade 2 in 8, and
# grade 3 in 2—and no 5CAR recipient had …"; not between two numbers, a range: "2—4")
_GLUED_EM_DASH = re.compile(r"(?<=[A-Za-z)])[\u2014\u2015](?=[A-Za-z\d(])|(?<=[\d%])[\u2014\u2015](?=[A-Za-z(])", re.A)


def repair(text: str) -> Repaired:
    """Undo text damage with an offset map back to ``text``.

    Same-length fixes: dashes and odd spaces normalised, superscript digits flattened
    ('10⁶' → '106', read later as 10^6 from the '× 10' context), 'n 5 18' → 'n = 18',
    '630%' after a number → '±30%', middle-dot decimals. Length-changing fixes: LaTeX math
    ('$1.5 \\times 10^8$' → '1.5 × 10^8'), line-break hyphens ('sur-\\nvival' → 'survival'),
    a pipe table's cells tab-separated ('| DL1 | 6 |' → 'DL1\\t6'), Unicode Roman numerals in letters ('Ⅱ-Ⅳ' → 'II-IV'),
    stray spaces in decimals ('89 .5%' → '89.5%'),
    number words to digits ('Twenty-two' → '22', 'all nine' → 'all 9').
    """
    # 1. same-length character substitutions
    # a substitution per odd character: str.translate with a dict table costs a lookup per
    # character of the whole text, ~10x more on an abstract with a few en dashes
    t = _ODD_CHARS.sub(lambda m: _ODD_MAP[m.group()], text) if _ODD_CHARS.search(text) else text
    if "\u00b7" in t:
        t = re.sub(r"(?<=\d)\u00b7(?=\d)", ".", t)
    if "," in t and len(_DECIMAL_COMMA_PCT.findall(t, 0, 200000)) >= 2:
        # decimal commas (Russian, Turkish, Latin American abstracts: "66,7%", "10,5 months",
        # "95% CI 47,2-86,0", "p=0,04"): a text that writes two percents so reads every number with
        # one or two digits after a lone comma as a decimal; thousands ("1,000") and lists ("1,2,3") stay
        t = _DECIMAL_COMMA.sub(r"\1.", t)
    for hint, rx, fn in _SAME_LEN:
        if hint(t):
            t = rx.sub(fn, t)
    # 2. length-changing edits as (start, end, replacement) on t
    edits: list[tuple[int, int, str]] = []
    if "$" in t:
        for m in _LATEX.finditer(t):
            inner = m.group(1)
            if not re.search(r"\d|\\|[<>=]", inner):
                continue
            out = inner
            for pat, rep in _LATEX_CMDS:
                out = pat.sub(rep, out)
            edits.append((m.start(), m.end(), out))
    if _ROMAN_CHAR.search(t):
        edits.extend((m.start(), m.end(), ROMAN_NUMERALS[m.group()]) for m in _ROMAN_CHAR.finditer(t))
    if ")%" in t or ") %" in t:
        # "(71.2±9.1)%" (Chinese journals): the estimate and its spread in parentheses before the percent sign
        # read as "71.2±9.1%", the estimate a percent and its spread no number of its own
        for m in _PAREN_SPREAD.finditer(t):
            edits.append((m.start(), m.start() + 1, ""))
            edits.append((m.end("sd"), m.end(), "%"))
    if "/=" in t:
        # MEDLINE's ASCII comparators: "grade >/=3", "age </= 25" read as "≥3", "≤ 25"
        for m in _ASCII_COMPARATOR.finditer(t):
            edits.append((m.start(), m.end(), "≥" if m.group() == ">/=" else "≤"))
    if "\u2014" in text or "\u2015" in text:
        glued = [m.start() for m in _GLUED_EM_DASH.finditer(text)]
        for i in glued:   # (a space first, so the words after it are read as words: "five" → "5")
            t = t[:i] + " " + t[i + 1:]
            edits.append((i, i + 1, " - "))
    if " ." in t:
        # a stray space inside a decimal ("89 .5%" in extracted PDF text)
        for m in _STRAY_DECIMAL_SPACE.finditer(t):
            edits.append((m.start(), m.end(), ""))
    for m in _DECIMAL_POINT_SPACE.finditer(t):
        edits.append((m.start() + 1, m.end(), ""))
    if "- " in t:
        for m in _INLINE_HYPHEN.finditer(t):
            edits.append((m.start() + 1 if _KEEP_HYPHEN.match(t, m.end()) else m.start(), m.end(), ""))
    low = t.lower()
    for m in (_WORD_LOWER_RE.finditer(low) if len(low) == len(t) else _WORD_RE.finditer(t)):
        v = word_to_int(m.group())
        if v is not None:
            edits.append((m.start(), m.end(), str(v)))
    if ("girl" in low or "boy" in low or "other " in low or "patient " in low or "child " in low or "responder " in low) \
            and ("underw" in low or "proceed" in low or "went on" in low or "relapsed" in low):
        for m in _ONE_SUBJECT.finditer(low):
            edits.append((m.start(), m.end() - 1, "1 patient"))
    if ("remaining " in low or "other " in low or "last " in low) and ("partial" in low or "complete" in low or "cr" in low or "pr" in low):
        for m in _REMAINING_ONE.finditer(low):
            edits.append((m.start(), m.end(), "1 patient"))
    if ("patient " in low or "case " in low or "pt " in low) and " grade" in low:
        for m in _NUMBERED_SUBJECT.finditer(low):
            edits.append((m.start(), m.end() - 1, "1 patient"))
    if (" single " in low or " only " in low or " sole " in low) and " was " in low:
        for m in _SINGLE_EVENT.finditer(t):
            edits.append((m.start(), m.end() - 1, "1"))
    if " single " in low or " single\n" in low:   # (maybe at a line's end, a PDF's: "and a single\npatient had grade 1 ICANS")
        # "ICANS was limited to a single grade 1 event": a count of one, as "one grade 1 event" reads
        for m in _SINGLE_GRADED.finditer(t):
            edits.append((m.start(), m.end(), "1"))
        if _SINGLE_PATIENT.search(t):
            for m in _SINGLE_PATIENT.finditer(t):
                if not any(a <= m.start() < b for a, b, _ in edits):
                    edits.append((m.start(), m.end(), "1"))
    if " | " in t or "\n|" in t or t[:1] == "|":
        # a pipe table's cells separated by tabs, as a PDF's or a pasted table's are; its rule line dropped
        for m in _PIPE_ROW.finditer(t):
            if _PIPE_RULE.fullmatch(m.group()):
                edits.append((m.start(), min(m.end() + 1, len(t)), ""))   # (with its line break)
                continue
            for p in _PIPE.finditer(t, m.start(), m.end()):
                outer = p.start() == m.start() or p.end() == m.end()
                edits.append((p.start(), p.end(), "" if outer else "\t"))
    if "-\n" in t:
        for m in _LINE_HYPHEN.finditer(t):
            if not (t[m.start() - 1].islower() and t[m.end()].islower()) or _KEEP_HYPHEN.match(t, m.end()):
                edits.append((m.start() + 1, m.end(), ""))
            else:
                edits.append((m.start(), m.end(), ""))
    if not edits:
        return Repaired(t, range(len(text) + 1))
    out_chars: list[str] = []
    index: list[int] = []
    pos = 0
    for s, e, rep in sorted(edits):
        if s < pos:
            continue
        out_chars.append(t[pos:s])
        index.extend(range(pos, s))
        # replacement characters map onto the replaced span, spread from its start
        for k, ch in enumerate(rep):
            out_chars.append(ch)
            index.append(min(s + k, e - 1))
        pos = e
    out_chars.append(t[pos:])
    index.extend(range(pos, len(t)))
    index.append(len(text))
    return Repaired("".join(out_chars), tuple(index))


# ---------------------------------------------------------------- grades
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
GNUM = r"(?:[1-5](?!\d|\.\d)|IV|V|III|II|I)(?![A-Za-z])"


def _g(s: str) -> int | None:
    s = s.strip().lower()
    return int(s) if s.isdigit() else _ROMAN.get(s)


@lru_cache(maxsize=4096)   # pure; grade phrases repeat ("grade 3", "grade ≥3")
def normalise_grade(s: str | None) -> str | None:
    """A grade phrase → record.md grade: 'grade 1/2', '1–2', 'I–II', 'low-grade (1-2)' → '1-2';
    'grade ≥3', '3 or higher', 'severe (grade ≥ 3)', '3+' → '>=3'; '3/4', 'III–IV' → '3-4';
    'any grade', 'all grades' → 'any'; 'grade 2' → '2'; 'grade 2 or lower' → '1-2'. None when no grade is stated."""
    if not s:
        return None
    t = s.lower().replace("–", "-").replace("—", "-").replace("−", "-")
    if t[0] == "g" and t[1:2] and t[1:2] in "≥>12345":   # "G1-2", "G≥3": the terse grade word glued to its number
        t = t[1:]
    elif t[:2] == "gr" and t[2:3] and t[2:3] in ".≥>12345":   # "gr1", "gr1-2", "gr.2" (glued conference abbreviation)
        t = t[3:] if t[2] == "." else t[2:]
    elif t[:1] in "≥>" and re.match(r"[≥>]=?\s*g\d", t):   # ">G2", "≥G3": the terse grade word after a comparator
        t = re.sub(r"g(?=\d)", "grade ", t, count=1)
    elif "gr" in t and "grade" not in t:   # "≥gr3", "≥ gr.3": the abbreviation glued to its number after a comparator
        t = re.sub(r"\bgr\.?(?=\s*\d)", "grade ", t)
    if re.search(r"\b(?:any|all)[\s-]*grades?\b", t):
        return "any"
    nums = [_g(x) for x in re.findall(r"(?<![a-z\d])(?:[1-5]|iv|v|iii|ii|i)(?![a-z\d])", t)]
    nums = [n for n in nums if n]
    if re.search(r"≥|>=|=>|\bor (?:higher|greater|above|more|worse)\b|\band (?:higher|above)\b|\bat least\b|\+", t) and nums:
        return f">={nums[0]}"
    if re.search(r"(?<![<≤])>\s*(?:grade\s*|gr\.?\s*)?(?:\d|(?:iv|v|iii|ii|i)\b)|\b(?:above|beyond|exceed(?:ing|ed|s)|higher than|greater than|worse than|more than)\s+grade", t) and nums:
        return f">={nums[0] + 1}"
    if re.search(r"≤|<=|\bor (?:lower|less|below)\b", t) and nums:
        return "1" if nums[0] == 1 else f"1-{nums[0]}"
    if re.search(r"<\s*\S", t) and nums:
        return "1" if nums[0] == 2 else f"1-{nums[0] - 1}"
    if not nums:
        if re.search(r"\b(?:severe|high[\s-]grade)\b", t):
            return ">=3"
        if re.search(r"\b(?:mild|low[\s-]grade|mild[\s-]to[\s-]moderate)\b", t):
            return "1-2"
        return None
    lo, hi = min(nums), max(nums)
    if lo == hi:
        return str(lo)
    if lo == 1 and hi >= 4:
        return "any"
    if lo >= 3 and hi == 5:
        return f">={lo}"
    return f"{lo}-{hi}"


# ---------------------------------------------------------------- times
_UNIT_MONTHS = {"day": 1 / 30.4375, "d": 1 / 30.4375, "week": 7 / 30.4375, "wk": 7 / 30.4375,
                "month": 1.0, "mo": 1.0, "year": 12.0, "yr": 12.0, "y": 12.0}


def unit_key(u: str) -> str:
    u = u.lower().rstrip(".")
    for k in ("month", "week", "year", "day"):
        if u.startswith(k):
            return k
    return {"mos": "mo", "wks": "wk", "yrs": "yr", "ys": "y"}.get(u, u)


def to_months(value: float, unit: str) -> float:
    """A duration → months (30.4375 days a month): (134, 'days') → 4.4, (2, 'years') → 24."""
    m = value * _UNIT_MONTHS[unit_key(unit)]
    return round(m, 2) if unit_key(unit) in ("day", "d", "week", "wk") else round_sig(m)


LANDMARK_RE = gate.compile(
    rf"(?P<v>{NUMW})[\s-]*(?P<u>years?|yrs?|months?|mos?)\b", re.I | re.A)


def landmark_months(s: str) -> float | int | None:
    """A survival landmark → months: '2-year' → 24, '1-yr' → 12, '18-month' → 18,
    'Two-year' → 24, 'at 12 months' → 12."""
    m = LANDMARK_RE.search(s)
    if not m:
        return None
    v = to_number(m.group("v"))
    return None if v is None else to_months(v, m.group("u"))


TIMEPOINT_RE = gate.compile(
    rf"\bday[\s-]*\+?\s?(?P<day>\d+)\b|\b(?P<dv>\d+)\s*days\b|\bweek[\s-]*(?P<wk>\d+)\b|(?P<wv>{NUMW})[\s-]*weeks?\b"
    rf"|(?P<mv>{NUMW})[\s-]*months?\b", re.I | re.A)


def timepoint_days(s: str) -> int | None:
    """A response time point → days: 'day 28', 'day +28', 'within 28 days' → 28; 'week 4', '4 weeks' → 28;
    'week 12' → 84; '1 month', 'one month after infusion' → 28; '3 months' → 91."""
    m = TIMEPOINT_RE.search(s)
    if not m:
        return None
    if m.group("day") or m.group("dv"):
        return int(m.group("day") or m.group("dv"))
    if m.group("wk") or m.group("wv"):
        v = to_number(m.group("wk") or m.group("wv"))
        return None if v is None else int(round(7 * v))
    v = to_number(m.group("mv"))
    return None if v is None else month_days(v)


def month_days(v: float) -> int:
    """A response time point in months → days: 1 month is day 28 (the first response
    assessment, as record.md settles it); more months convert at 30.4375 days a month
    (3 → 91, 6 → 183)."""
    return 28 if v == 1 else int(round(v * 30.4375))


# ---------------------------------------------------------------- CIs, p-values, fractions
# (NEJM's "(95% confidence interval [CI], 4.1 to could not be estimated)", "… to cannot be calculated")
_NR = r"not\s+reached|not\s+estimable|not\s+evaluable|not\s+estimated|(?:could|can)\s*not\s+be\s+(?:estimated|evaluated|calculated|determined)\b|(?-i:NR|NE|NA)\b"
CI_BODY = (r"(?P<cil>-?(?:\d*\.\d+|\d+))\s?(?:%|(?:months?|mos?)\b)?\s*(?:-|to|,|;|\s)\s*(?:(?P<cih>-?(?:\d*\.\d+|\d+))\s?%?|(?P<cinr>" + _NR + "))")
CI_RE = gate.compile(
    r"(?:\b(?:95|90|99|80)\s?%\s*)?(?:\bCIs?\b(?:\s*(?:95|90|99|80)\s?%(?=\s*[:=,]?\s*[\d.-]))?|\bconfidence\s+intervals?(?:\s*[\[(]CI[\])])?)\s*(?:[:=,]\s*)?"
    # (the bounds in brackets after the label, a house style: "60.5% (95% CI [51.6; 68.2])", "95% CI: [12.1, 30.4]")
    r"(?:of\s+|from\s+|was\s+|were\s+)?(?:\[\s*(?=[\d.-]))?" + CI_BODY + r"(?:\s*\])?", re.I | re.A)
BRACKET_CI_RE = re.compile(r"\[\s*(?P<bl>-?(?:\d*\.\d+|\d+))\s?%?\s*[,;-]\s*(?P<bh>-?(?:\d*\.\d+|\d+))\s?%?\s*\]", re.A)


def parse_ci(s: str) -> tuple[float, float | None] | None:
    """'(95% CI 47.7-79.4)', '(95% CI: 47.7%–79.4%)', '95% CI 47.7 to 79.4', '[47.7, 79.4]',
    '95% CI 47.7 79.4' (lost dash) → (47.7, 79.4); '95% CI 6.2 to not reached' → (6.2, None).
    '±' is a spread, not a CI: None."""
    s = s.replace("–", "-").replace("—", "-").replace("−", "-")
    m = CI_RE.search(s)
    if m and m.group("cinr"):
        lo = to_number(m.group("cil"))
        return (lo, None) if lo is not None else None
    if m:
        lo, hi = to_number(m.group("cil")), to_number(m.group("cih"))
    else:
        m = BRACKET_CI_RE.search(s)
        if not m:
            return None
        lo, hi = to_number(m.group("bl")), to_number(m.group("bh"))
    if lo is None or hi is None:
        return None
    # "47.7-79.4" read as low "47.7", high "-79.4" when the dash is the separator
    if hi < 0 <= lo:
        hi = -hi
    return (lo, hi) if lo <= hi else None


# (a markdown page's italic P: "(*P* < .001)", "**P** = .003")
P_RE = re.compile(
    r"(?<![A-Za-z\d])[Pp](?:[\s-]?values?)?\*{0,2}\s*(?P<op><=|>=|=\s*<|[=<>≤≥])\s*"
    r"(?P<pv>\d*\.\d+(?:\s*[×x]\s*10\s*\^?\s*-\s*\d+|[eE]-\d+)?|\d(?![\d.]))", re.A)


def p_value(s: str) -> str | None:
    """'P = .004' → '.004'; 'P < .001' → '<.001'; 'p<0.0001' → '<0.0001' (as written,
    without P, '=' or spaces); None if ``s`` holds no p-value."""
    m = P_RE.search(s)
    if not m:
        return None
    op = m.group("op").replace(" ", "")
    op = "<" if op == "=<" else op
    val = re.sub(r"\s+", "", m.group("pv"))
    return val if op == "=" else op + val


FRAC_RE = gate.compile(
    rf"(?P<n>{NUMW})\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:remaining\s+)?(?P<N>{NUMW})(?![\d%]|\.\d)|"
    rf"(?<!phase )(?<!phase)(?<![A-Za-z]-)(?<!HLA )(?P<n2>\d+)\s?/\s?(?P<N2>\d+)(?![\d/]|\.\d)"
    r"(?!\s*(?:HLA\b|(?:mis)?match|(?:allele|antigen)[\s-]*(?:mis)?match))", re.I | re.A)
# ("phase 1/2" is no share, nor a product's code, "tCAR-7/33", "CAR-19/22", nor a donor's HLA match, "a 10/10 HLA-matched
# unrelated donor", "9/10 mismatched", "7/8 allele-matched", "HLA 9/10")


def parse_fraction(s: str) -> tuple[int, int] | None:
    """'17 of 19' / 'five of five' / 'fifteen of the (remaining) 23' / '19/20' → (n, N); None otherwise
    or when n > N."""
    m = FRAC_RE.search(s)
    if not m:
        return None
    n = to_number(m.group("n") or m.group("n2"))
    N = to_number(m.group("N") or m.group("N2"))
    if n is None or N is None or N == 0 or n > N:
        return None
    return int(n), int(N)


PCT_RE = gate.compile(rf"(?P<p>{NUM}|\b{WORD})\s?(?:%|\s?per\s?cent\b|\s?percent\b)", re.I | re.A)


def parse_percent(s: str) -> float | int | None:
    """'89.5%' → 89.5, 'Ninety percent' → 90, '82·9%' → 82.9; None if no percent."""
    m = PCT_RE.search(s.replace("\u00b7", "."))
    return to_number(m.group("p")) if m else None


def derived_percent(n: int, N: int) -> float:
    """round(100·n/N, 1): the percent recorded when only n/N are stated."""
    return round(100.0 * n / N + 1e-9, 1)


# ---------------------------------------------------------------- doses
_MANT = r"\d+(?:\.\d+)?"
_EXP = (r"(?:\s*[×xX\*]\s*10\s*(?:\^\s*|\*\*\s*|<sup>\s*|[eE]\+?(?=\d))?(?:\(\s*(?P<{g}a>[-]?\d{{1,2}})\s*\)|(?P<{g}b>[-]?\d{{1,2}}))(?:</sup>)?(?!\d|\.\d)"
        r"|[eE]\+?(?P<{g}c>\d{{1,2}})\b|\s+(?P<{g}m>million|billion)\b)")
# the target named before "CAR": "CD7 CAR-T cells/kg", "anti-CD19/CD22 CAR T cells", "BCMA CAR+ T cells" (a solid
# tumour's: "1 × 10^7 GPC3 CAR-positive T cells", "HER2 CAR T cells")
_TARGET = r"(?:(?:anti-?)?(?:CD\d+[a-z]?|BCMA|GPRC5D|CLL-?1|GD2|GPC3|HER2|EGFR|MSLN|B7-H3|CLDN18\.2)(?:/CD\d+[a-z]?)?[\s-]+)?"
# the kind of cell after "CAR" ("CAR-T", "CAR+ T", "CAR(+) T", "CAR-NK"), or a product named by one word with CAR
# in it ("BE-CAR7 cells", "UCART7 cells", with a hyphened suffix: "1.8 × 10^8 (DL3) UCART7-BE cells")
_CAR = (r"(?:" + _TARGET + r"(?:CAR|CART)|[A-Za-z\d]*-?CART?\d+[A-Za-z\d]*(?:-[A-Za-z\d]+)?|[A-Za-z\d]+-CAR[A-Za-z\d]*)"
        r"[\s-]*(?:\+|\(\+\)|positive(?=\s))?[\s-]*(?:viable\s+)?(?:(?:T|NK)[\s-]*)?(?:viable\s+)?")   # ("CAR(+) T cells", PubMed's flattened superscript;
# "CAR+ viable T cells/kg"; the target before "CAR-positive": "1 × 10^6 CD19 CAR-positive T cells/kg")
# a product code before the cells: "150 × 10^6 HB-38 CAR-positive T cells", "1 × 10^6 JNJ-4528 CAR-T cells/kg"
_PRODUCT = r"(?:[A-Za-z]{1,6}-\d{1,5}[A-Za-z\d]*\s+(?=CAR))?"
# "viable" before the cell kind: "viable CAR+ T cells/kg", "CAR-positive viable T cells per kg"
_VIABLE = r"(?:viable\s+(?=CAR|T\b|CD\d))?"
# "total" before the cell kind of a flat dose: "0.1-2.5 × 10^8 total CAR T cells", "2 × 10^8 total viable T cells"
_TOTAL = r"(?:total\s+(?=CAR|viable|transduced|T\b|CD\d))?"
# the product's origin before the target: "1 × 10^6 autologous CD19 CAR T cells per kg", "donor-derived CD7 CAR-T cells/kg";
# or its kind, one or two words: "1 × 10^6 tandem CAR-T cells/kg", "bispecific CAR T cells", "autologous humanized CD19 CAR-T cells"
_KIND = (r"(?:autologous|allogeneic|donor-derived|universal|gene-edited|base-edited|tandem|bispecific|bicistronic|dual-target(?:ed|ing)?"
         r"|humani[sz]ed|fully\s+human|naturally\s+selected)\s+")
_ORIGIN = r"(?:" + _KIND + r"(?:" + _KIND + r")?(?=CAR|CD\d|anti|BCMA|GPRC5D|CLL|GD2))?"
# (the cells may be named "transduced T cells": "at 3 × 10^5, 1 × 10^6, or 3 × 10^6 transduced T cells/kg")
_UNIT = (r"(?P<unit>\s*(?:" + _PRODUCT + _TOTAL + _VIABLE + _ORIGIN + r"(?:" + _CAR + r"|viable\s+|transduced\s+(?:T[\s-]+)?|total\s+|"
         r"CAR-positive\s+(?:viable\s+)?(?:T\s+)?|CD\d+\+?\s+|T[\s-]+|NK[\s-]+"
         # a product named by one word before its cells per kg: "1.0 × 10^6 NS7-T cells/kg"
         r"|[A-Za-z][A-Za-z\d]*(?:-[A-Za-z\d]+)*\+?\s+)?cells?)?\s*(?:/\s*kg\b|per\s+kg\b|/\s*kilogram|per\s+kilogram|(?<=\s)kg\s?(?:\^?-|\u2212|\u207b)\s?1(?!\d|\.\d)|(?<=cells\s)kg(?![\w/^-])))"
         # per body-surface area ("CAR-T cells/m²", the superscript flattened by repair; "CAR-positive cells/m2",
         # the same kinds of cell as a flat dose; PubMed's "2 × 10(8) CAR-T cells/m(2)")
         r"|(?P<unitm>\s*(?:" + _PRODUCT + _TOTAL + _VIABLE + _ORIGIN + r"(?:" + _CAR + r"|viable\s+|transduced\s+(?:T[\s-]+)?|total\s+|CAR-positive\s+(?:viable\s+)?(?:T\s+)?|CD\d+\+?\s+|T[\s-]+|NK[\s-]+)?cells?)?\s*(?:/\s*m\^?2\b|/\s*m\(2\)|per\s+m\^?2\b|per\s+m\(2\)|per\s+square\s+met(?:er|re)\b))"
         # ("5e7 flat (>50 kg)", "1 × 10^8 flat dose": a poster's flat dose, its cells unnamed)
         r"|(?P<unitc>\s*(?:" + _PRODUCT + _TOTAL + _VIABLE + _ORIGIN + r"(?:" + _CAR + r"|viable\s+|transduced\s+(?:T[\s-]+)?|total\s+|CAR-positive\s+(?:viable\s+)?(?:T\s+)?|T[\s-]+|NK[\s-]+)?cells?|flat)\b)")
# "DL1 1.0, DL2 1.5 and DL3 3.0 × 10^6 cells/kg": each member of a shared-exponent list may follow its level's name
_LEVEL_NAME = r"(?:DL|dose\s+level|level)\s?-?\d+[a-z]?"
_LEVEL = r"(?:" + _LEVEL_NAME + r"\s*[:,=]?\s*)?"
# or its level's name in parentheses after it: "dose levels 0.5 (DL1), 1.0 (DL2) and 2.0 (DL3) x 10^6 CAR+ cells/kg"
_PLEVEL = r"(?:\s*\(\s*" + _LEVEL_NAME + r"\s*\))?"
# two levels sharing one exponent, no comma: "target doses of 300 or 450 × 10(6) CAR+ T cells", "1 or 2 × 10^6 cells/kg",
# "50 and 150 × 10^6 CAR+ T cells" (not "between 0.5 and 2 × 10^6", a range; nor a level's number, "at dose level 1 or 4.5 × 10^6
# CAR T cells per kg at dose level 2")
_PAIR = r"(?<!between\s)(?<!level\s)(?<!DL)(?<!DL\s)(?<!DL-)(?<!cohort\s)(?<!grade\s)(?<!arm\s)(?<!phase\s)(?P<pair>" + _MANT + r")\s+(?:or|and)\s+"
DOSE_RE = gate.compile(
    r"(?<![\w.])(?:(?P<list>(?:" + _MANT + _PLEVEL + r"\s*,\s*" + _LEVEL + r")+(?:" + _MANT + _PLEVEL + r"\s*,?\s*)?(?:or|and)\s+" + _LEVEL + r"|" + _PAIR + r")"
    r"|(?P<lo>" + _MANT + r")(?:" + _EXP.format(g="l") + r")?\s*(?:-|to)\s*)?"
    r"(?P<hi>" + _MANT + r")" + _PLEVEL + _EXP.format(g="h") + r"(?:" + _UNIT + r")?", re.I | re.A)


@dataclass(frozen=True)
class Dose:
    """One dose level: ``low``/``high`` in cells (equal for a single level), ``unit``
    'cells/kg' or 'cells'; ``start``/``end`` are offsets into the scanned string."""
    low: float
    high: float
    unit: str
    start: int
    end: int


def _exp(m: re.Match, g: str) -> int | None:
    if m.group(g + "m"):
        return 6 if m.group(g + "m").lower() == "million" else 9
    for k in "abc":
        if m.group(g + k):
            return int(m.group(g + k))
    return None


_MEMBER = re.compile(_LEVEL_NAME + r"|(?P<v>" + _MANT + ")", re.I | re.A)   # a list's numbers, not its levels
_UNIT_RE = gate.compile(r"(?:" + _UNIT + r")", re.I | re.A)
# ("DL1 1 × 10^8 (n=3), DL2 3 × 10^8 (n=6) … cells": the next member may follow its level's name)
# (the dose named before the range in its parenthesis: "2.5 × 10^6 CAR+ cells/kg (target dose; range 0.7-2.5 × 10^6)", b227-05)
_RANGE_GAP = re.compile(r"\s*[;,(]\s*(?:(?:target|planned|intended)(?:\s+dose)?\s*[;,]\s*)?(?:actual\s+)?range[:,]?\s*", re.I | re.A)
# (the member's aside may name its level in an aside of its own: "5 × 10^7 (dose level 1 (DL1); n = 3), 1.5 × 10^8 (DL2; n = 6)
# or 3 × 10^8 (DL3; n = 6) CAR+ T cells")
_MEMBER_ASIDE = r"\((?:[^()]|\([^()]{0,12}\)){0,40}\)"
_LIST_GAP = re.compile(r"\s*(?:" + _MEMBER_ASIDE + r"\s*)?[,;]?\s*(?:or|and|to)?\s*" + _LEVEL, re.A | re.I)


# the gap from a named level's dose to the next level's name and its dose: ", n=9; DL2 ", " (n = 3); dose level 2: "
_NEXT_LEVEL_GAP = re.compile(r"\s*(?:,?\s*\(?\s*n\s?=\s?\d+\s*\)?\s*)?[,;]\s*(?:and\s+|or\s+)?" + _LEVEL_NAME + r"\s*[:,=]?\s*", re.A | re.I)
_LEVEL_BEFORE = re.compile(r"(?<![\w-])" + _LEVEL_NAME + r"\s*[:,=]?\s*$", re.A | re.I)
# (the unit's three kinds in one group, each after "dose of" or a table row's "Target dose, CAR+ T cells: 150 × 10^6": not
# any cells before a parenthesis, "… of circulating CD3+ T cells (2.1 × 10^5 copies/μg genomic DNA)")
_UNIT_BEFORE = gate.compile(r"\bdoses?\b(?:[^.;:()]{0,40}?\b(?:of|in)|\s*,)(?:" + _UNIT + r")\s*[:(]\s*" + _LEVEL + r"$", re.I | re.A)
# a level's name in parentheses after its dose, and the gap from it to the next dose: "… cells/kg (DL1), 3.0 x 10^6 (DL2)"
_LABEL_AFTER = re.compile(r"\s*\(\s*" + _LEVEL_NAME + r"\s*\)", re.A | re.I)
_LABEL_AFTER_GAP = re.compile(r"\s*\(\s*" + _LEVEL_NAME + r"\s*\)\s*[,;]?\s*(?:and\s+|or\s+)?", re.A | re.I)
# ... or before it, the dose in parentheses: "DL1 (3 × 10^7 CAR+ T cells), DL2 (1 × 10^8), DL3 (3 × 10^8), or DL4 (9 × 10^8)"
_LEVEL_PAREN_BEFORE = re.compile(r"(?<![\w-])" + _LEVEL_NAME + r"\s*\(\s*$", re.A | re.I)
_CLOSE_PAREN = re.compile(r"\s*\)", re.A)
_LEVEL_PAREN_GAP = re.compile(r"\s*\)\s*[,;]?\s*(?:and\s+|or\s+)?" + _LEVEL_NAME + r"\s*\(\s*", re.A | re.I)


def _unit_name(m: re.Match) -> str | None:
    return "cells/kg" if m.group("unit") else "cells/m2" if m.group("unitm") else "cells" if m.group("unitc") else None


# a flat dose raised within each patient to the next: "1 × 10^7 cells per dose escalating to 2.5 × 10^7 cells per dose", "3 × 10^7
# CAR T cells, escalated to 1 × 10^8 CAR T cells", "1 × 10^6/kg with intrapatient escalation to 3 × 10^6/kg"
_ESCALATED_TO = re.compile(r"\s*(?:per\s+(?:dose|infusion)\s*)?,?\s*(?:(?:then\s+)?(?:escalat(?:ing|ed)|increas(?:ing|ed)|stepped\s+up)"
                           r"|with\s+(?:intra-?patient\s+)?(?:dose\s+)?escalation)\s+(?:up\s+)?to\s*", re.I | re.A)
_PAREN_RANGE = re.compile(r"(?<![\w.])\((\d+(?:\.\d+)?\s*(?:-|to)\s*\d+(?:\.\d+)?)\)(?=\s*[×xX\*]\s*10)", re.A)


def parse_doses(s: str) -> list[Dose]:
    """Every dose in ``s``: '5 × 10^5/kg', '1 × 106 cells/kg' (flattened superscript),
    '1-1.5 × 10(6)/kg', '2.0E6 cells/kg', '2.0x10e6 CAR+ T-cells/kg' (the shorthand for 2 × 10^6), '1 × 10^6 to 2 × 10^6 cells/kg',
    '0.1-2.5 × 10^8 CAR-T cells' (flat, unit 'cells'), '2 × 10^7 CAR-T cells/m²' (unit 'cells/m2'), '0.5, 1.0, or 2.0 × 10^6 cells/kg'
    (three doses sharing one exponent), '5 × 10^5 (n = 3) or 1 × 10^6 (n = 6) cells/kg'
    (a list sharing the unit written after its last member), 'between 5 × 10^5 and 2 × 10^6
    cells/kg' and '0.5 × 10^6/kg to 2.0 × 10^6/kg' (one range each). A number with an exponent but
    no cells or /kg is not a dose."""
    found: list[tuple[re.Match, str | None]] = []
    if "(" in s:   # "(1.0–3.0) × 10^6/kg": a range's bounds in parentheses before the shared exponent (offsets kept)
        s = _PAREN_RANGE.sub(lambda x: f" {x.group(1)} ", s)
    for m in DOSE_RE.finditer(s):
        unit = _unit_name(m)
        if unit is None:
            # the unit may follow a parenthetical: "1.5 × 10^6 (n = 11) cells/kg"
            u = re.match(r"\s*" + _MEMBER_ASIDE, s[m.end():])
            u2 = _UNIT_RE.match(s, m.end() + u.end()) if u else None
            if u2 and u2.group(0).strip():
                unit = _unit_name(u2)
        found.append((m, unit))
    # a list member without a unit takes the unit of the member after it
    for i in range(len(found) - 2, -1, -1):
        m, unit = found[i]
        nm, nunit = found[i + 1]
        if unit is None and nunit and _LIST_GAP.fullmatch(s, m.end(), nm.start()):
            found[i] = (m, nunit)

    def carry(ok) -> None:
        """One pass left to right: a dose without a unit after one with a unit takes it when ``ok(before, dose)``."""
        for i in range(1, len(found)):
            if found[i][1] is None and found[i - 1][1] and ok(found[i - 1][0], found[i][0]):
                found[i] = (found[i][0], found[i - 1][1])

    # "(DL1 50 × 10^6 CAR+ T cells, n=9; DL2 100 × 10^6, n=25)": a named level without a unit, after a named level's
    # member that has one, takes its unit
    carry(lambda a, b: _NEXT_LEVEL_GAP.fullmatch(s, a.end(), b.start()) and _LEVEL_BEFORE.search(s, max(0, a.start() - 20), a.start()))
    # "at 1.0 x 10^6 CAR+ T cells/kg (DL1), 3.0 x 10^6 (DL2), or 1.0 x 10^7 (DL3)": each level named in parentheses after
    # its dose, the unit written after the first only, is the first's
    carry(lambda a, b: _LABEL_AFTER_GAP.fullmatch(s, a.end(), b.start()) and _LABEL_AFTER.match(s, b.end()))
    # "DL1 (3 × 10^7 CAR+ T cells), DL2 (1 × 10^8), …": each level named before its dose in parentheses, the unit in the first's
    carry(lambda a, b: _LEVEL_PAREN_GAP.fullmatch(s, a.end(), b.start()) and _LEVEL_PAREN_BEFORE.search(s, max(0, a.start() - 20), a.start())
          and _CLOSE_PAREN.match(s, b.end()))
    # "a single flat dose of CAR+ T cells: DL1 1×10^8, DL2 3×10^8 or DL3 6×10^8": the unit named before a
    # list's colon (or parenthesis) is its members'
    for i in range(len(found)):
        if found[i][1] is not None or (i and found[i - 1][1] is None):
            continue
        u = _UNIT_BEFORE.search(s, max(0, found[i][0].start() - 100), found[i][0].start())
        if u is None:
            continue
        unit = _unit_name(u)
        for k in range(i, len(found)):
            if found[k][1] is not None or (k > i and not _LIST_GAP.fullmatch(s, found[k - 1][0].end(), found[k][0].start())):
                break
            found[k] = (found[k][0], unit)
    # "target dose 0.75 × 10^6 CAR+ T cells/kg; range 0.5–1.0 × 10^6": the range after a dose takes its unit
    carry(lambda a, b: _RANGE_GAP.fullmatch(s, a.end(), b.start()))
    out: list[Dose] = []
    for m, unit in found:
        if unit is None:
            continue
        e = _exp(m, "h")
        if e is None or not (3 <= e <= 12):
            continue
        hi = round_sig(float(m.group("hi")) * 10 ** e)
        if m.group("pair") and float(m.group("pair")) >= float(m.group("hi")):
            m = DOSE_RE.match(s, m.start("hi"))   # "in 12 and 3 × 10^6 cells/kg": a count, not a lower level
        if m.group("list"):
            members = list(_MEMBER.finditer(m.group("list")))
            labelled = any(not x.group("v") for x in members)
            for x in members:
                if not x.group("v"):
                    continue
                v = round_sig(float(x.group("v")) * 10 ** e)
                # a labelled member starts at its own number, where its level's name precedes it
                out.append(Dose(v, v, unit, m.start("list") + x.start("v") if labelled else m.start(), m.end()))
            out.append(Dose(hi, hi, unit, m.start("hi") if labelled else m.start(), m.end()))
            continue
        if m.group("lo"):
            le = _exp(m, "l")
            lo = round_sig(float(m.group("lo")) * 10 ** (le if le is not None else e))
            if lo > hi:
                continue
        else:
            lo = hi
        out.append(Dose(lo, hi, unit, m.start(), m.end()))
    # "between 5 × 10^5 and 2 × 10^6 cells/kg" is one range, not two levels; so is "0.5 × 10^6/kg to 2.0 × 10^6/kg"
    # (and a dose escalated within each patient: "1 × 10^7 cells per dose escalating to 2.5 × 10^7 cells per dose")
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (a.low == a.high and b.low == b.high and a.unit == b.unit and a.high < b.low
                and ((s[a.end:b.start].strip() == "and" and s[:a.start].rstrip().lower().endswith("between"))
                     or s[a.end:b.start].strip() == "to" or _ESCALATED_TO.fullmatch(s, a.end, b.start))):
            out[i:i + 2] = [Dose(a.low, b.high, a.unit, a.start, b.end)]
    return out


# ---------------------------------------------------------------- atoms
class Atom(NamedTuple):
    """One numeric phrase found by ``scan``: ``kind`` names the alternative of ATOM_RE that
    matched, ``start``/``end`` are offsets into the scanned string, ``groups`` its named
    groups, ``value`` the numbers it states (see ``atom_value``). A NamedTuple: scans build
    dozens per sentence, and tuples are several times cheaper to make than dataclasses."""
    kind: str
    start: int
    end: int
    text: str
    groups: dict[str, Any]
    value: dict[str, Any] | None = None


# a bound, not a value: "less than 6 months", "at least 50%"
_BOUND = r"(?=[a-z])\b(?:(?:less|more|greater|longer|shorter|fewer|older|younger)\s+than|up\s+to|at\s+(?:least|most)|over|under|below|above|beyond|exceed(?:ing|ed|s)?)\s+"
# "grade", or the conference abbreviation "gr"/"gr." ("gr 1", "Gr 3-4", "gr ≥3", "gr. 2"): the
# abbreviation only with a grade number or comparator after it (the alternatives below need one)
# and the terse capital "G" glued to its number ("CRS G1-2 in 5", "no G≥3 ICANS"; not "G-CSF", "G6PD")
_GRADE_WORD = r"\b(?:grades?|gr\.?(?=\s*[≥>=≤<]?\s*[1-5IV])|(?-i:G)(?=(?:≥|>=?)?[1-5](?!\w|\.\d)))"
# "grades 1 to 2 and 4 had grade 3", "(1 grade 1, 2 grade 2 and 2 grade 3)": a number with its own verb,
# patient noun or grade is a count, not a grade (not a band's second number, "grade III-IV developed in 2",
# nor one named a grade, "grade 1-2 and grade 3-4 developed in 9 and 2")
# ("one with grade 1 and one with grade 2": the second "one" is a count with its own grade)
_NOT_SUBJECT = r"(?!\s+(?:had|has|have|were|was|developed|experienced|patients?|pts?|cases|subjects|grades?|gr|with)\b|\s+of\s+grade)"
# one item of a grade list: "0", "≥3", "1-2", "2" (grade 0 is listed with the others, never recorded)
_GRADE_ITEM = r"(?:0(?![\d.])|(?:≥|>=)\s*" + GNUM + r"|" + GNUM + r"(?:\s*(?:-|to)\s*" + GNUM + r")?)"
# ("0, 1-2 and ≥3", "1-2 and ≥3", "1-2, 3 and 4": at least one item a band, a comparator or 0, else the lists below read it)
_GRADE_ITEM_LIST = (r"(?=(?:[^.;,]*?,\s*)*?[^.;]{0,30}?(?:≥|>=|\d\s*(?:-|to)\s*\d|(?<![\d.])0(?![\d.])))" + _GRADE_ITEM
                    + r"(?:\s*,\s*" + _GRADE_ITEM + r")*\s*,?\s*(?:and|or)\s*(?:grade\s*)?" + _GRADE_ITEM)
# (or, without "respectively", a verb and as many counts in turn right after the list: "whereas ICANS of grade 1-2 and grade
# ≥3 occurred in 6 (10.3%) and 1 (1.7%)", "CRS of grade 1-2 and ≥3 was seen in 12 and 2 patients")
_GRADE_LIST_COUNTS = (r"|\s+(?:(?:occurred|developed|(?:was|were)\s+(?:seen|observed|reported|noted|documented))\s+)?in\s+\d+"
                      r"(?:\s*\([^()]*\))?(?:\s+(?:patients|pts))?\s*,?\s*and\s+(?:in\s+)?\d+(?![\d.]*\s*%)")
GRADE_LIST_COUNTS = re.compile(_GRADE_LIST_COUNTS[1:], re.I | re.A)   # (endpoints' _grades: such a list is zipped in turn)
# Order matters: at one position the first alternative wins, so the more specific come first
# (a CI before its "95%", "2-year" before "2", "17 of 19" before "17").
_DUR_UNIT = r"months?|mos?\b\.?|years?|yrs?|weeks?|wks?|days?"
# a survival term (or its rate) right after a landmark: "3 year OS", "12-months PFS"
_LM_TERM_NEXT = r"(?=\s+(?:overall|progression|event|leukemia|leukaemia|relapse|disease|OS|PFS|EFS|LFS|RFS|DFS|survival|cumulative|rates?|estimates?))"
_ALTS = [
    # patients named by number ("Patients 4 and 5 had MRD-negative CR", "patients 1, 3 and 5"): ids, no count
    # (one patient's id, "Patient 5", the "num" atom's lookbehind leaves out)
    ("pid", r"(?<=[Pp]atients\s)\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+(?:and|&)\s+\d{1,2}\b(?!\s*(?:%|years?|yrs?|months?|mo\b|days?|/|\.\d))"),
    ("ci", CI_RE.pattern),
    ("bci", BRACKET_CI_RE.pattern),
    # (a bound with a thousands comma is one number: "412 days (range, 98-1,044)")
    ("range", r"\b(?:range|IQR|interquartile\s+range)\b\s*[:,=]?\s*(?:of\s+|from\s+)?(?P<rl>-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d*\.\d+|\d+))\s?(?:%|[a-z]+)?\s*(?:-|to|\s(?=[\d.]+\s*\)))\s*(?P<rh>-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d*\.\d+|\d+))"
              r"|\branging\s+from\s+(?P<rl2>\d+(?:\.\d+)?)\s*(?:%|[a-z]+)?\s+to\s+(?P<rh2>\d+(?:\.\d+)?)"),
    ("p", P_RE.pattern),
    ("hr", r"(?-i:\b(?:HR|OR|RR|aHR|sHR)\b)\s*[:=,]?\s*(?P<hrv>\d*\.\d+|\d+)|\b(?:hazard|odds|risk)\s+ratio\b[\s,:=]*(?:of\s+|was\s+)?(?P<hrv2>\d*\.\d+|\d+)"),
    # (a count over its total right after "any grade" is no grade: "ICANS: any grade 3/30 (10.0%)", "any-grade CRS 2/24")
    # a bare comparator and number right after a graded term's abbreviation, a table head's "CRS ≥3, n (%)" or a terse "ICANS ≥3
    # in 2": its grade, no count of 3 (never a duration or a percent: "CRS ≥3 days")
    # any grade and a grade and above zipped with values after them ("CRS of any grade and grade ≥3 occurred in 84.7% and
    # 7.4% of patients, respectively", "ICANS of all grades and grade 3 or higher in 12 and 3 patients, respectively")
    ("grade", r"\b(?:any|all)[\s-]grades?\s+(?:and|or)\s+" + _GRADE_WORD + r"\s*(?:(?:≥|>=)\s*" + GNUM + r"|" + GNUM +
              r"\s+or\s+(?:higher|greater|above|more|worse))(?=(?:[^.;]|\.\d){0,200}?\brespectively\b)|"
              r"(?:(?<=(?-i:CRS)\s)|(?<=(?-i:ICANS)\s)|(?<=(?-i:GVHD)\s))(?:≥|>=)\s?" + GNUM + r"(?!\s*(?:%|/|days?\b|d\b|hours?\b|h\b|weeks?\b|months?\b))|"
              r"\b(?:any|all)[\s-]grades?\b(?!\s*(?:[1-5]|I|II|III|IV|V)\b(?!\s*/\s*(?:\d{2,}|[6-9])))|(?:≥|>=|>)\s*(?:grade|gr\.?|(?-i:G))\s*" + GNUM +   # ("No ICANS ≥ gr 3", "No CRS >G2": the conference abbreviations too)
              r"|\b(?:above|beyond|exceeding|(?:higher|greater|more)\s+than)\s+grade\s*" + GNUM +
              # a list of grades zipped with counts after it, with a band, a grade and above or grade 0 among them ("CRS of
              # grade 0, 1-2 and ≥3 occurred in 4, 33 and 5 patients, respectively", "grade 1-2 and ≥3 … respectively")
              r"|" + _GRADE_WORD + r"\s*" + _GRADE_ITEM_LIST + r"(?=(?:[^.;]|\.\d){0,200}?\brespectively\b" + _GRADE_LIST_COUNTS + r")" +
              # a list of grades ("grades 1, 2, and 3"); without "and"/"or" it ends the phrase, else the number
              # after the comma is the grade's count ("(grade 1-2, 16; grade 3, 3)", "grade 4, 1 patient", "grade 2, 3 cases",
              # a list's last item at the sentence's end: "grade 2, five; grade 3, one.", or before a parenthesis: "grade 3, 2
              # (ASTCT)", "grade 3, 2 (5.6%)"), or a percent: "(grade 1–2, 70%; grade 3, 5%)", "grade 3, 4.5%", or a share:
              # "(grade 1-2, 10/14; grade 3, 2/14)", "grade 3, 2 of 14")
              r"|" + _GRADE_WORD + r"\s*" + GNUM + r"(?:\s*,\s*" + GNUM + r"(?!\s+gr))+(?:\s*,?\s*(?:and|or)\s*" + GNUM +
              r"|(?!\s*(?:[;),(\[%/]|\.(?:\s|$|\d)|of\s+\d|patients?\b|pts?\b|cases?\b|subjects?\b|participants?\b)))" +
              r"|" + _GRADE_WORD + r"\s*(?:≥|>=|=>|>|≤|<=|<)?\s*" + GNUM + r"(?:\s*(?:-|/)\s*(?:grade\s*)?" + GNUM + r"|\s*(?:to|or|and)\s*(?:grade\s*" + GNUM + r"|" + GNUM + _NOT_SUBJECT + r"))*"
              # (a ceiling after the grade: "all cases were grade 2 or lower" → 1-2)
              r"(?:\s*\+|\s+or\s+(?:higher|greater|above|more|worse)|\s+and\s+(?:higher|above)|\s+or\s+more|\s+or\s+(?:lower|less|below)\b)?"
              r"|\b(?:severe|high[\s-]grade|low[\s-]grade|mild)\b(?:\s*\(\s*(?:grade\s*)?(?:≥|>=|>|≤|<=|<)?\s*" + GNUM +
              r"(?:\s*(?:-|/|to)\s*" + GNUM + r")?(?:\s*\+|\s+or\s+higher)?\s*\))?"),
    ("tp", rf"(?:\b(?:on|at|by|within|before|until|through)\s+)?\bday[\s-]*\+?(?P<day>\d+)\b|\bwithin\s+(?P<wdays>\d+)\s+days\b"
           rf"|\b(?:at|by|within|after)\s+week[\s-]*(?P<wk>\d+)\b|\bweek[\s-]*(?P<wk2>\d+)\b"
           rf"|\b(?:at|by|within|after)\s+(?P<wv>{NUM})\s+weeks?\b"
           rf"|\b(?P<mv>[1-6])\s+months?\s+(?:after|post|following)\b"
           rf"|\bwithin\s+[1-6]\s+months?\b"   # "the overall remission rate within 3 months" → 91
           rf"|(?:\b(?:on|at|by|within|until|through|after)\s+)?\bmonth[\s-]*(?P<mo>\d{{1,2}})\b(?![.,]\d|\s*%)"
           # a poster's "D28", "M3" ("D28 CR/CRi 47/51", "ORR at M3"): the capital glued to its number
           rf"|(?:\b(?:on|at|by)\s+)?(?<![\w-])(?-i:D)(?P<dd>[1-9]\d{{1,2}})\b(?![.,]\d|\s*%)"
           rf"|(?:\b(?:on|at|by)\s+)?(?<![\w-])(?-i:M)(?P<mm>[1-9]|1[0-8])\b(?![.,]\d|\s*%)"),
    # a time window from an earlier event, no duration of a result ("Progression of disease within 24 months of frontline
    # chemoimmunotherapy (POD24) was not associated with PFS", "relapse within 12 months after transplant"): the atom exists so
    # that its number is never read as a median (a short window after the infusion stays a time point, "within 3 months", above)
    ("window", rf"\bwithin\s+(?:the\s+first\s+)?{NUM}\s+(?:months?|mo|years?|yrs?)\s+(?=(?:of|after|from|following|since)\b)"),
    # "1-y OS": "y" is a year only hyphenated to its number ("1-y", not "63 y" or "3-y-old"); a plural unit only
    # before a survival term ("The 12-months PFS was 39.4%", "2-years OS"; not "12-months follow-up")
    ("lm", rf"(?P<lv>{NUM})\s*-\s*(?P<lu>year|yr|month|mo)\b(?!s)|(?P<lvy>{NUM})-(?P<luy>y)(?![\w-])|(?P<lv3>\b[1-5])\s+(?P<lu3>year|yr)\b(?!s){_LM_TERM_NEXT}"
           rf"|(?P<lvs>{NUM})-(?P<lus>years|months){_LM_TERM_NEXT}"
           rf"|\b(?:at|by|after)\s+(?P<lvl>{NUM}(?:\s*,\s*{NUM})*\s*,?\s*(?:and|or)\s+{NUM})\s+(?P<lul>years?|yrs?|months?|mos?)\b"
           rf"|\b(?:at|by|after)\s+(?P<lv2>{NUM})\s+(?P<lu2>years?|yrs?|months?|mos?)\b"),
    # "21 (6-40) months", "13.2 (95% CI 7.9-18.5) months" (Chinese abstracts): the unit after the bounds; the atom
    # ends at the number (a lookahead reads the unit) so that the bounds stay a range or CI atom of their own
    # ("75 years or older": an age threshold, no duration)
    ("dur", rf"(?P<dcmp>[<>≤≥]\s?|{_BOUND})?(?P<dv>{NUM})(?:(?:\s*(?:-|to)\s*(?P<dv2>{NUM}))?\s*(?P<du>{_DUR_UNIT})\b"
            r"(?P<dcmp2>\s+or\s+(?:older|younger|more|less|longer|above|below)\b)?"
            rf"|(?=\s?\(\s?(?:(?:range|IQR|(?:95\s?%\s?)?CI)\s*[:,=]?\s*)?{NUM}\s?%?\s*(?:-|to)\s*(?:{NUM}|not\s+reached|NR)\s?%?\s?\)\s?(?P<dul>{_DUR_UNIT})\b))"),
    ("year", r"\b(?:19[5-9]\d|20\d\d)\b(?!\s*(?:%|patients|participants))"),
    ("frac", FRAC_RE.pattern),
    # "acute GVHD in one in five", "1 in 3 patients": a ratio states no count; the atom exists so that
    # neither number is read as one
    ("ratio", rf"(?<![\w.])\d+\s+in\s+(?:every\s+)?\d+(?![\w%/]|\.\d)"),
    # a spread written after an estimate ("± 9.1%", "(SE 9.1%)", "SD, 4.2") states no result of
    # its own: the atom exists so that its number is never read as one
    ("spread", rf"(?:±|\+/-|(?-i:SE|SEM|SD)\b\s*[:=,]?|\bstandard\s+(?:error|deviation)(?:\s+of\s+the\s+mean)?(?:\s*[\[(](?-i:SE|SEM|SD)[\])])?\s*[:=,]?)\s*{NUM}\s?%?"),
    # a span of percents with no label ("products achieve responses in 73-97% of patients", "CD5 on 70%-100% of
    # cells"; "a complete response or better occurred in 33 to 39% of patients" in other trials, the first bound
    # bare): neither bound is a rate; the atom exists so that neither number is read as one (a CI's or a range's
    # bounds are read by their labelled atoms above, which start earlier)
    # (or with "to" between two percents: "comparable with the 70% to 73% CR rates reported for other products"; not a
    # change, "from 45% to 78%", "from 20 to 40%")
    ("prange", rf"{NUM}\s?%?\s?-\s?{NUM}\s?%(?!\s*(?-i:CIs?)\b)|(?<!\bfrom\s){NUM}\s?%?\s?to\s+{NUM}\s?%(?!\s*(?-i:CIs?)\b)"),
    # a share of blasts is a disease burden, no rate ("relapsed 19 months after allo-HSCT with 64% marrow blasts", "with
    # 38% bone marrow blasts at infusion"): the atom exists so that its number is never read as one
    # (a share of the tumour's cells or blasts, an antigen's expression: "lower CD5 density (median, 71% vs 97% of tumor cells in
    # our patients)", "CD7 on 98.2% of blasts", "expressed on 85% and 60% of malignant cells")
    ("blasts", rf"{NUM}\s?%\s+(?:(?:bone\s+)?marrow\s+|BM\s+|(?:peripheral\s+)?blood\s+|CSF\s+)?(?:lympho)?blasts\b"
               rf"|{NUM}\s?%(?:\s*(?:,|vs\.?|versus|and|or)\s*{NUM}\s?%)*\s+of\s+(?:the\s+)?(?:(?:tumou?r|malignant|neoplastic|leuka?emic|"
               r"lymphoma|myeloma|cancer)\s+cells|(?:leuka?emic\s+|lymphoma\s+)?(?:lympho)?blasts)\b"),
    # "58.3% ± 9.1%" and "58.3 ± 9.1%": the percent is the estimate; the spread is part of the atom
    # (a CI's level whose bounds went elsewhere is no percent: "12-month PFS was 64.5% (95% CI," at a legend line's end; a
    # figure legend's "bars show the exact 95% confidence interval"; a methods line's plural: "Response rates are reported with
    # exact 95% CIs")
    ("pct", rf"(?P<cmp>[<>≤≥~]\s?|{_BOUND}|(?=a)\b(?:about|approximately)\s+)?(?P<p>{NUM})"
            rf"(?:\s?(?:%(?!\s*(?:(?-i:CIs?)|confidence\s+(?:intervals?|limits?|bands?))\b)|\s?per\s?cent\b|\s?percent\b)(?:\s*(?:±|\+/-)\s*{NUM}\s?%?)?|\s*(?:±|\+/-)\s*{NUM}\s?%)"
            # "5% or more marrow blasts": a bound stated after the number is a threshold too
            r"(?P<cmp2>\s+or\s+(?:more|greater|higher|above|less|fewer|lower|below)\b)?"),
    # "n = 18", "n = 4, 12, and 15", "n = 18/20"
    # ("n = 1,004": a count with thousands separators is one number, no list of 1 and 4)
    ("neq", r"\b[nN]\s?[=:]\s?(?P<neq>\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\s?/\s?(?P<neqN>\d+)(?![\d.]))?(?P<neqlist>(?:\s*,\s*(?:and\s+|or\s+)?\d+(?![\d.%]))+(?:\s+(?:and|or)\s+\d+(?![\d.%]))?"
            # ("n = 3, 6 and 6", "n = 4 and 5, respectively": a list's last member after "and" alone)
            r"|\s+(?:and|or)\s+\d+(?![\d.%])(?=\s*,?\s*respectively))?"),
    # "all 11", "each of the five", "all of the 4", "both of the 2": the whole group
    # "both responders who did not undergo HSCT": two, the whole group a relative clause names
    # (not the kinds of a group: "Responses were seen in all three disease types", "CR in all four histologic subtypes", "at all
    # three dose levels", b206-02)
    ("all", rf"\b(?:(?<!-)(?!(?-i:ALL)\b)all(?:\s+of\s+the)?|each\s+of\s+the|both\s+of\s+the(?=\s+2\b))\s+(?P<alln>{NUM})\b"
            r"(?!\s+(?:[\w-]+\s+)?(?:types|subtypes|histolog(?:ies|ic\s+types)|levels|cohorts|groups|arms|cent(?:er|re)s|strata|categories|entities)\b)"
            rf"|\b(?P<both>both)(?=\s+(?:[\w/+-]+\s+){{0,2}}?"
            r"(?:patients|responders|children|adults|recipients|cases|subjects|pts)\s+(?:who\b|with\s+(?!(?:and|or)\b)))"
            # "Both patients developed grade 2 CRS", "in both patients on day 21", "Both then underwent allo-HSCT"
            # (a case report's two): the noun before a verb or ending the clause, or a bare "Both" before its verb
            # ("Both EMD pts responded", "both AML patients": an abbreviation naming the two before the noun)
            # ("both patients were in MRD-negative complete remission": in a state the verb names, not "both patients in CR")
            # ("Both non-transplanted responders relapsed": the two a word before the noun names)
            r"|\b(?P<both2>both)(?=\s+(?:(?:the\s+)?(?:(?-i:[A-Z][A-Z\d-]{1,7})\s+)?patients|(?:(?-i:[A-Z][A-Z\d-]{1,7})\s+)?(?:children|pts)"
            r"|(?:the\s+)?(?-i:[a-z][\w-]+\s+)?(?:responders|recipients))(?:\s*[,.;)]|\s+(?:were|remained|remain)\s+in\s|\s+(?:(?:had|have|then|also|subsequently|later|were|was|remain(?:ed)?)\s+)?"
            r"(?:[a-z]+ed|had|remain(?:ed)?|underwent|achieved|developed|relapsed|died|proceeded|received|on|at|by|after)\b)"
            r"|\s+(?:then\s+|also\s+|subsequently\s+|later\s+)?(?:underwent|proceeded|achieved|developed|relapsed|died|received)\b)"),
    # after "(" only as the first of a pair, "(9.8 vs 24.0 months", or a count of responses, "(3 CR, 2 PR)",
    # "(2 complete and 1 partial)", or of a grade, "(1 grade 1, 1 grade 3)" ("10(6)", "(1)" are no counts)
    # (metabolic responses on PET-CT too: "5 of 6 patients responded (4 CMR)", "(3 CMR, 1 PMR)")
    # ("a 3+3 design": a design's name, no count), or right after a grade the whole aside a count with its patient
    # noun, "predominantly grade 1 (38 patients)", "grade III (4 patients)", as "(n = 38)" is
    # (after an opening parenthesis only a count that its grade follows, as "ICANS was uncommon (2 patients, both grade 1)")
    # (or the first of counts listed in turn with their patient noun: "ICANS of any grade was uncommon (two and three patients,
    # respectively)", "(2, 3 and 4 patients, respectively)")
    ("num", rf"(?<![\w.\-/^])(?<!\d\+)(?<![Pp]atient )(?<![Cc]ase )(?<!UPN )(?:(?<!\()|(?=[\d.]+\s*(?:vs\.?|versus|v)\s|\d+\s+(?:complete|partial|grade\s|(?-i:CRi?s?|PRs?|VGPR|[CP]MRs?)\b)|(?<=[1-5IV]\s\()\d+\s+(?:patients|pts)\s*[;)]|\d+\s+(?:patients|pts|cases)\s*,\s*(?:both|all)\s+(?:grades?|gr\.?|G)\s*[1-5IV\u2264<]"
            rf"|\d+(?:\s*,\s*\d+)*\s*,?\s+(?:and|or)\s+\d+\s+(?:patients|pts|cases)\s*,?\s*respectively\b))(?P<num>{NUM})(?![\w%/^]|\.\d|\s?×|\s?x\s?10|\)?\s?/\s?kg|\+\d)"),
]
# Every atom starts a word and begins with a digit, a sign or one of these words: testing
# that first (one lookahead per position) makes the scan ~5x faster than trying each alternative.
# The words are grouped by first letter, written as a case-sensitive class ([cC]): the regex
# engine skips an alternative whose first character class fails without entering it, which it
# cannot do for case-insensitive letters (~1.7x faster lookahead).
_AT = r"(?:day|week|month|\d)"
_FIRST_WORDS = {
    "a": rf"ny[\s-]grade|ll[\s-]grade|ll\s+(?:of\s+the\s+)?\d|t\s+{_AT}|t\s+(?:least|most)\s+\d|fter\s+{_AT}|bout\s+\d|pproximately\s+\d|bove\s+(?:\d|grade)",
    "b": rf"y\s+{_AT}|efore\s+{_AT}|eyond\s+(?:\d|grade)|elow\s+\d|oth\s",
    "c": r"i\b|onfidence",
    "d": r"ay[\s-]*\d|(?-i:(?<=D))\d",
    "e": r"xceed(?:ing|ed|s)?\s+(?:\d|grade)|ach\s+of\s+the\s+\d",
    "f": r"ewer\s+than\s+\d",
    "g": r"rades?\b|r\.?\s*[≥>=≤<]?\s*[1-5IViv]|reater\s+than\s+(?:\d|grade)|(?-i:(?<=G))(?:≥|>=?)?[1-5]",
    "h": r"azard|igh[\s-]grade|igher\s+than\s+grade",
    "i": r"qr|nterquartile",
    "l": r"ow[\s-]grade|ess\s+than\s+\d|onger\s+than\s+\d",
    "m": r"ild|ore\s+than\s+(?:\d|grade)|onth[\s-]*\d|(?-i:(?<=M))\d",
    "n": r"\s?[=:]",
    "o": rf"dds\s|n\s+{_AT}|ver\s+\d|lder\s+than\s+\d",
    "p": r"(?:[\s-]?values?)?\*{0,2}\s*[=<>≤≥]",
    "r": r"ang|isk\sr",
    "s": r"evere|tandard\s+(?:error|deviation)|horter\s+than\s+\d",
    "t": rf"hrough\s+{_AT}",
    "u": rf"ntil\s+{_AT}|p\s+to\s+\d|nder\s+\d",
    "w": rf"ithin\s+{_AT}|eek[\s-]*\d",
    "y": r"ounger\s+than\s+\d",
}
_FIRST = (r"(?<![A-Za-z\d])(?=[\d.\[≥><≤~±]|\+/-|(?-i:HR|OR|RR|aHR|sHR|SE|SEM|SD)\b|"
          + "|".join(f"(?-i:[{k}{k.upper()}])(?:{v})" for k, v in _FIRST_WORDS.items()) + ")")
# Inside the atoms a number is matched once (an atomic group): a failing alternative does not
# retry every shorter prefix of "1234" before giving up (~10% of the scan's work, same matches),
# and in digits only: the scan reads repaired text, where number words are digits already
# (trying the number-word alternatives at every word start cost ~8% of the scan). NUM's own
# alternatives re-read the digits one after the other; written as "\d++" then a thousands group
# or a decimal part, or a bare decimal, each number is read once: at every position the same
# text as NUM's first matching alternative (~4% of the scan's work)
_NUM_ONCE = r"(?>\d++(?:(?:,\d{3})+(?!\d)|\.\d++)?|\.\d++)"
ATOM_RE = gate.compile(_FIRST + "(?:" + "|".join(f"(?P<_{k}>{p.replace(NUMW, NUM).replace(NUM, _NUM_ONCE)})" for k, p in _ALTS) + ")",
                     re.I | re.A)
_KINDS = [k for k, _ in _ALTS]


_KIND_GROUPS = {k: tuple(re.findall(r"\(\?P<(\w+)>", p)) for k, p in _ALTS}
# lastgroup ("_pct") → (kind, ((group name, index into m.groups()), …)): one C-level groups()
# call per atom instead of a group() call per name
_LAST = {f"_{k}": (k, tuple((g, ATOM_RE.groupindex[g] - 1) for g in _KIND_GROUPS[k])) for k in _KINDS}


# a grade's patients named by their numbers in a case series: "grade 1 in patient 1 and grade 2 in patients 2 and 3",
# "grade 2 in patients 1, 3 and 4", "grade 3 in patient #2": the ids' number is the grade's count
_GRADE_IN_PATIENTS = re.compile(r"\bgrade\s*(?:[1-5]|I{1,3}|IV|V)\s+in\s+(?P<who>(?:patients?|pts?\.?|cases?)\s+)"
                                r"(?P<ids>#?\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|,?\s*(?:and|&)\s+)#?\d{1,2})*)\b"
                                r"(?!\s*(?:%|/|\.\d|-|\u2013|to\b|years?|yrs?|months?|mo\b|days?))", re.I | re.A)


def scan(text: str) -> list[Atom]:
    """The numeric atoms of ``text``, left to right, non-overlapping; offsets into ``text``.
    ``text`` is repaired text (``repair``): numbers are written in digits."""
    out = []
    for m in ATOM_RE.finditer(text):
        kind, names = _LAST[m.lastgroup]
        gs = m.groups()
        gd = {k: gs[i] for k, i in names if gs[i] is not None}
        if kind == "dur" and "dul" in gd:
            gd["du"] = gd.pop("dul")   # the unit after the bounds ("21 (6-40) months")
        if kind == "num" and "num" not in gd:
            continue
        t = m.group()
        out.append(Atom(kind, *m.span(), t, gd, _value(kind, t, gd)))
    if " in pat" in text or " in pt" in text or " in case" in text:
        for m in _GRADE_IN_PATIENTS.finditer(text):
            a, b = m.start("who"), m.end("ids")   # (the patient noun with them: "grade 2 in" then the count, as "grade 2 in 2")
            n = len(re.findall(r"\d+", m.group("ids")))
            out = sorted([x for x in out if x.end <= a or x.start >= b]
                         + [Atom("num", a, b, text[a:b], {"num": str(n)}, {"n": n})], key=lambda x: x.start)
    return out


def atom_value(a: Atom) -> dict[str, Any]:
    """The numbers an atom states, in record field names (n, N, percent, ci_low, months …)."""
    return a.value if a.value is not None else _value(a.kind, a.text, a.groups)


def _value(kind: str, text: str, g: dict[str, Any]) -> dict[str, Any]:
    # values come from the match groups where they can (no second parse)
    if kind == "pct":
        if g.get("cmp") or g.get("cmp2"):
            return {}
        v = to_number(g["p"])
        return {"percent": v} if v is not None and 0 <= v <= 100 else {}
    if kind == "num":
        v = to_number(g.get("num"))
        return {"n": v} if isinstance(v, int) else {}
    if kind == "frac":
        n, N = to_number(g.get("n") or g.get("n2")), to_number(g.get("N") or g.get("N2"))
        if n is None or N is None or not N or n > N:
            return {}
        return {"n": int(n), "N": int(N)}
    if kind == "ci":
        lo = to_number(g["cil"])
        if g.get("cinr"):
            return {"ci_low": lo, "ci_high": None}
        hi = to_number(g["cih"])
        if lo is None or hi is None:
            return {}
        if hi < 0 <= lo:   # "47.7-79.4": the dash was the separator
            hi = -hi
        return {"ci_low": lo, "ci_high": hi} if lo <= hi else {}
    if kind == "bci":
        ci = parse_ci(text)
        return {"ci_low": ci[0], "ci_high": ci[1]} if ci else {}
    if kind == "range":
        lo, hi = to_number(g.get("rl") or g.get("rl2")), to_number(g.get("rh") or g.get("rh2"))
        return {"range_low": lo, "range_high": hi}
    if kind == "neq":
        if g.get("neqN"):
            n, N = int(g["neq"].replace(",", "")), int(g["neqN"])
            return {"n": n, "N": N} if 0 < N and n <= N else {"n": n}
        return {"n": int(g["neq"].replace(",", ""))}
    if kind == "all":
        if g.get("both") or g.get("both2"):
            return {"n": 2, "N": 2}
        v = to_number(g["alln"])
        return {"n": v, "N": v} if v is not None else {}
    if kind == "dur":
        # (a span of durations with no label is no one value: background's "the median overall survival is 12 to 24
        # months", "median PFS was 8.8 to 12.1 months" in other trials)
        if g.get("dcmp") or g.get("dcmp2") or g.get("dv2"):
            return {}
        v = to_number(g["dv"])
        if v is None:
            return {}
        return {"duration": to_months(v, g["du"])}
    if kind == "lm":
        if g.get("lvl"):
            vals = [to_number(x) for x in re.findall(NUM, g["lvl"])]
            return {"months": to_months(vals[0], g["lul"]), "months_list": [to_months(x, g["lul"]) for x in vals]}
        v = to_number(g.get("lv") or g.get("lv2") or g.get("lv3") or g.get("lvy") or g.get("lvs"))
        u = g.get("lu") or g.get("lu2") or g.get("lu3") or g.get("luy") or g.get("lus")
        if v is None:
            return {}
        # "at 3 months", "3-month" also time a response (read when no survival term takes it)
        return {"months": to_months(v, u), "timepoint_days": month_days(v)} if unit_key(u) in ("month", "mo") \
            else {"months": to_months(v, u)}
    if kind == "tp":
        if g.get("day") or g.get("wdays") or g.get("dd"):
            return {"timepoint_days": int(g.get("day") or g.get("wdays") or g.get("dd"))}
        if g.get("mm"):
            return {"timepoint_days": month_days(int(g["mm"]))}
        if g.get("wk") or g.get("wk2"):
            return {"timepoint_days": 7 * int(g.get("wk") or g.get("wk2"))}
        if g.get("mo"):
            return {"timepoint_days": month_days(int(g["mo"]))}   # "at month 3" → 91
        return {"timepoint_days": timepoint_days(text)}
    if kind == "grade":
        return {"grade": normalise_grade(text)}
    if kind == "p":
        op = g["op"].replace(" ", "")
        op = "<" if op == "=<" else op
        val = re.sub(r"\s+", "", g["pv"])
        return {"value": val if op == "=" else op + val}
    return {}
