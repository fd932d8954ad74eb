"""Regexes that test a position's first character before trying their alternatives.

Python's regex engine skips ahead to a possible first character only when a pattern starts
with a literal or a character class (and, under IGNORECASE, only when those characters have
no case); a pattern that starts with ``\\b``, a lookbehind or an alternation of words is
tried in full at every position. ``compile`` works out from the parsed pattern which
characters a match can start with and puts that class in a lookahead in front: the same
matches, found 2-3x faster on the cue patterns of ``rules/cues.json``. A pattern the engine
already scans fast, or whose first character cannot be bounded (``\\w``, ``.``, a negated
class, a match that can be empty), is compiled unchanged.
"""
from __future__ import annotations

import re

import _sre
from re import _compiler, _constants as C, _parser as P   # the stdlib's own parser (Python 3.11+)

# categories stay categories in the lookahead's class ("\d" is every Unicode digit)
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_UNI_DIGIT: r"\d",
             C.CATEGORY_SPACE: r"\s", C.CATEGORY_UNI_SPACE: r"\s"}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())


def _esc(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _first(items) -> tuple[set[str] | None, bool]:
    """(class items a match of the item sequence can start with (escaped characters and
    category escapes), or None for 'any'; whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return out | {_esc(chr(av))}, False
        if op is C.IN:
            chars = _charset(av)
            return (None if chars is None else out | chars), False
        if op is C.SUBPATTERN:
            got, empty = _first(av[-1])
        elif op is C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                g, e = _first(alt)
                if g is None:
                    return None, False
                got |= g
                empty = empty or e
        elif op in _REPEATS:
            got, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:   # ANY, NOT_LITERAL, back-references, conditionals …
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(_esc(chr(av)))
        elif op is C.RANGE:
            chars.add(f"{_esc(chr(av[0]))}-{_esc(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORY:
            chars.add(_CATEGORY[av])
        else:   # NEGATE, \w …
            return None
    return chars


def _scanned(items, flags: int) -> bool:
    """True when the engine itself skips to the first character (its charset prefix): the
    pattern starts with a literal, a class or a branch of literals, none cased under
    IGNORECASE."""
    while items and items[0][0] is C.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = items[0][1][-1]
    if not items:
        return False
    op, av = items[0]

    def cased(code: int) -> bool:
        return bool(flags & re.IGNORECASE) and chr(code).lower() != chr(code).upper()
    if op is C.LITERAL:
        return not cased(av)
    if op is C.IN:
        return all(o is not C.NEGATE and not (o is C.LITERAL and cased(a))
                   and not (o is C.RANGE and any(map(cased, range(a[0], a[1] + 1)))) for o, a in av)
    if op is C.BRANCH:
        return all(alt and alt[0][0] is C.LITERAL and not cased(alt[0][1]) for alt in av[1])
    return False


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The character class body (e.g. ``abc\\d``) of what a match of ``pattern`` can start
    with, or None when that is not bounded or the engine already scans for it."""
    try:
        parsed = P.parse(pattern, flags)
        got, empty = _first(parsed)
        if got is None or empty or not got or _scanned(list(parsed), flags | parsed.state.flags):
            return None
    except Exception:   # an internal parser change: no gate, never a wrong one
        return None
    return "".join(sorted(got))


def _skippable(items, icase: bool) -> None:
    """Under ASCII IGNORECASE, make each alternative of a branch that starts with a letter
    start with a case-sensitive class of both cases instead ("had|was" → "(?-i:[hH])ad|
    (?-i:[wW])as"): the engine skips an alternative whose first class fails without entering
    it, which it does not do for a case-insensitive letter. In a branch of forty verbs that
    is one class test instead of forty entries. The same matches."""
    for op, av in items:
        if op is C.BRANCH:
            for alt in av[1]:
                if icase and len(alt) and alt[0][0] is C.LITERAL and chr(alt[0][1]).isascii() \
                        and chr(alt[0][1]).isalpha():
                    ch = chr(alt[0][1])
                    cls = P.SubPattern(alt.state, [(C.IN, [(C.LITERAL, ord(ch.lower())), (C.LITERAL, ord(ch.upper()))])])
                    alt[0] = (C.SUBPATTERN, (None, 0, re.IGNORECASE, cls))
                _skippable(alt, icase)
        elif op is C.SUBPATTERN:
            _skippable(av[3], (icase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE)
        elif op in _REPEATS:
            _skippable(av[2], icase)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _skippable(av[1], icase)
        elif op is C.ATOMIC_GROUP:
            _skippable(av, icase)


def _compile(pattern: str, flags: int) -> re.Pattern:
    """``re.compile``, with ``_skippable`` branches when the pattern is ASCII IGNORECASE (ASCII:
    no Unicode case folds such as K/K or s/ſ that a two-letter class would miss)."""
    tree = P.parse(pattern, flags)
    f = flags | tree.state.flags
    if not (f & re.IGNORECASE and f & re.ASCII):
        return re.compile(pattern, flags)
    try:
        _skippable(tree, True)
        groupindex = tree.state.groupdict
        indexgroup = [None] * tree.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # what re._compiler.compile does with a parsed pattern, keeping the pattern's text
        return _sre.compile(pattern, f, _compiler._code(tree, flags), tree.state.groups - 1,
                            groupindex, tuple(indexgroup))
    except Exception:   # an internal change in a later Python: the plain pattern, never a wrong one
        return re.compile(pattern, flags)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with a first-character lookahead in front when it
    helps (the characters the pattern can start with, under the same flags, so the same case
    folding: it never rejects a position where the pattern matches), and skippable branches
    (``_skippable``)."""
    chars = first_chars(pattern, flags)
    if chars is not None:
        try:
            return _compile(f"(?=[{chars}])(?:{pattern})", flags)
        except re.error:   # e.g. global inline flags, which must stay at the start
            pass
    return _compile(pattern, flags)
