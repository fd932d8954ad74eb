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

try:   # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:   # pragma: no cover  (3.10)
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

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


def first_chars(pattern: str, flags: int = 0, scanned: bool = False) -> str | None:
    """The character class body (e.g. ``abc\\d``) of what a match of ``pattern`` can start
    with, or None when that is not bounded or (unless ``scanned``) the engine already scans
    for it. ``scanned=True`` is for a pattern used as one alternative of a larger one, where
    the engine's own first-character scan does not apply."""
    try:
        parsed = P.parse(pattern, flags)
        got, empty = _first(parsed)
        if got is None or empty or not got or (not scanned and _scanned(list(parsed), flags | parsed.state.flags)):
            return None
    except Exception:   # an internal parser change: no gate, never a wrong one
        return None
    return "".join(sorted(got))


def alternatives(alts: list[tuple[str, str]], flags: int = 0) -> str:
    """``(?P<name>pattern)|…`` for (name, pattern) pairs, each alternative behind a lookahead
    for its first characters: at a position the engine then tests one character class per
    alternative instead of entering each one (same matches, in the same order)."""
    out = []
    for name, p in alts:
        chars = first_chars(p, flags, scanned=True)
        out.append((f"(?=[{chars}])" if chars else "") + f"(?P<{name}>{p})")
    return "|".join(out)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with a first-character lookahead in front when it
    helps. The lookahead holds the characters the pattern can start with, under the same
    flags (so the same case folding): it never rejects a position where the pattern matches."""
    chars = first_chars(pattern, flags)
    if chars is not None:
        try:
            return re.compile(f"(?=[{chars}])(?:{pattern})", flags)
        except re.error:   # e.g. global inline flags, which must stay at the start
            pass
    return re.compile(pattern, flags)
