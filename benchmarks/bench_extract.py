"""Extraction speed and memory (run by ``make bench``; not a test).

Builds abstract-length texts by recombining the dev corpus's abstract sentences (twelve per
text, numbers varied so no two texts repeat), then reports:

- abstracts/s for the full extraction (``extract_document``: endpoints and document fields;
  the spaCy pipeline is loaded once, before timing), and the ms per abstract spent on the
  document fields (study type, trial ids, targets) versus endpoints;
- abstracts/s for a plain regex scan over the same texts (sentences, number atoms and term
  names, no linking): the reference for what reading every character costs in Python;
- peak RSS after extracting 1x and 2x as many new texts, streamed, to show memory stays flat.

Times are CPU time of this process (``time.process_time``), best of three passes, so other
load on the machine distorts them less. One core: no multiprocessing.

    python benchmarks/bench_extract.py [--n 3000]
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import docfields, extract_document  # noqa: E402
from extract.document import Document  # noqa: E402
from extract.nlp import get_nlp, split_sentences  # noqa: E402
from extract.numbers import ATOM_RE, repair  # noqa: E402
from extract.readers import read_path  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"


def dev_sentences() -> list[str]:
    out = []
    for f in sorted(CORPUS.iterdir()):
        for d in read_path(f):
            a, b = d.body_range
            out += [d.text[a:b][s:e] for s, e in split_sentences(d.text[a:b])]
    return out


def make_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` texts of twelve dev sentences each, every number replaced by a random one of
    the same shape (so texts differ and tokenizer caches do not flatter the timing)."""
    rnd = random.Random(seed)
    pool = dev_sentences()

    def vary(m: re.Match) -> str:
        s = m.group()
        return str(rnd.randint(1, 10 ** len(s) - 1)).zfill(1)[:len(s)] if "." not in s else \
            f"{rnd.uniform(0.5, 99):.{len(s.split('.')[1])}f}"
    return [re.sub(r"\d+(?:\.\d+)?", vary, " ".join(rnd.sample(pool, 12))) for _ in range(n)]


def documents(texts):
    for i, t in enumerate(texts):
        yield Document(path=f"bench-{i}.txt", format="text", sha256="", text=t)


def time_best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


KEYWORDS = re.compile(
    r"\b(?:complete (?:remission|response)|partial (?:remission|response)|overall response|CR|CRi|PR|ORR|"
    r"MRD|overall survival|OS|progression-free survival|PFS|event-free survival|EFS|leukemia-free survival|LFS|"
    r"relapse-free survival|RFS|follow-up|cytokine release syndrome|CRS|ICANS|neurotoxicity|GVHD|"
    r"graft-versus-host disease|HSCT|transplant\w*|relapse\w*|enrolled|infused|treated|received|grade)\b", re.I)


def regex_scan(texts: list[str]) -> None:
    """The reference: what a plain regex extractor reads per abstract: sentences, every
    number atom (percents, n/N, CIs, doses, grades, times, p-values) and endpoint keywords."""
    for t in texts:
        r = repair(t).text
        for a, b in split_sentences(r):
            s = r[a:b]
            for _ in ATOM_RE.finditer(s):
                pass
            for _ in KEYWORDS.finditer(s):
                pass


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="texts per pass (default 3000)")
    args = ap.parse_args(argv)
    texts = make_texts(args.n)
    words = sum(len(t.split()) for t in texts) / len(texts)
    get_nlp()
    extract_document(next(documents(texts[:1])))   # load rules and caches before timing
    print(f"{len(texts)} abstract-length texts, {words:.0f} words each on average")

    n_meas = []
    full = time_best(lambda: n_meas.append(sum(len(extract_document(d).measurements) for d in documents(texts))))
    print(f"full extraction : {len(texts) / full:7.0f} abstracts/s  "
          f"({1000 * full / len(texts):.2f} ms each, {n_meas[-1] / len(texts):.1f} measurements each)")
    # where the time goes: the document fields part of extract_document, and the endpoint part
    fields = time_best(lambda: [(docfields.study_type(d), docfields.trial_ids(d), docfields.targets(d))
                                for d in documents(texts)])
    print(f"  of which      : document fields {1000 * fields / len(texts):.2f} ms, "
          f"endpoints and the rest {1000 * (full - fields) / len(texts):.2f} ms")
    ref = time_best(lambda: regex_scan(texts))
    print(f"regex scan      : {len(texts) / ref:7.0f} abstracts/s  (reference: sentences, number atoms, endpoint keywords)")
    print(f"ratio           : full extraction runs at {ref / full:.2f}x the regex scan's speed")

    # memory: stream 1x, then 2x, new texts (new numbers, so new vocabulary) through
    # extraction, keeping nothing: the peak should not grow with the amount read
    done = 0
    for k, seed in ((1, 1), (2, 2)):
        while done < k * len(texts):
            for d in documents(make_texts(len(texts), seed=seed * 1000 + done)):
                extract_document(d)
            done += len(texts)
        print(f"peak RSS after {k}x ({done} new texts): {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
