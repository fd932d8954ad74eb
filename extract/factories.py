"""Every spaCy component cartreg registers, in one module (names prefixed ``cartreg_``).

The term rulers themselves are spaCy's ``span_ruler`` (added as ``cartreg_terms`` and
``cartreg_abbrevs`` in ``extract.nlp.get_nlp``); custom components exist only where a ruler
cannot do the job.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("cartreg_sentences")
def cartreg_sentences(doc: Doc) -> Doc:
    """Set sentence starts from ``extract.nlp.split_sentences`` (character rules that survive
    '95% CI, 47.7-79.4', 'vs.', 'n = 18', '(range, 4.0-9.2)', 'P = .008', 'et al.')."""
    from extract.nlp import split_sentences

    # cuts fall on the first non-space character of a sentence, which always starts a token;
    # written as one array because the per-token setter re-validates the doc on every call
    if not len(doc):
        return doc
    starts = numpy.array(sorted(a for a, _ in split_sentences(doc.text)), dtype="int64")
    idx = doc.to_array([IDX, IS_SPACE]).astype("int64")
    flags = numpy.where(numpy.isin(idx[:, 0], starts) & (idx[:, 1] == 0), 1, -1)
    flags[0] = 1
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
    return doc


class CartregTokenizer:
    """A cheap tokenizer: runs of letters, runs of digits and single other characters
    ("CR/CRi" → CR / CRi, "MRD-negative" → MRD - negative, "(MRD)-negative" → ( MRD ) -
    negative). Phrase patterns go through the same tokenizer, so terms match exactly as
    written; ``doc.text == text`` always holds (whitespace beyond one space becomes
    whitespace tokens, as in spaCy). About 4x faster than the rule-based English tokenizer
    on abstracts full of new numbers, which is all the term rulers need."""

    TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|\s+|.", re.S)

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in self.TOKEN_RE.finditer(text):
            w = m.group()
            if w.isspace():
                if words and not spaces[-1] and not words[-1].isspace() and w[0] == " ":
                    spaces[-1] = True
                    w = w[1:]
                if not w:
                    continue
            words.append(w)
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for t in texts:
            yield self(t)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "CartregTokenizer":
        return self
