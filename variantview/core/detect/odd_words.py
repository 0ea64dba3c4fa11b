"""Spinner garbling where no diff can show it: a word that reads wrong where a near synonym reads right.

A spinner also rewrites sentences whose source is not among the outlets, or
rewrites them so far that a word diff aligns nothing ("signed contracts on
participation in healthcare ... during Putin's attend to Pyongyang"). What
still gives the swap away is the sentence itself: with a word the other
outlets use in its place, near it in meaning ("cooperation", "visit"), the
sentence reads markedly better English. For each content word of a
sentence, the candidates are the words of the row's other sentences (or,
for a sentence no other outlet reports, the words the other outlets use
anywhere) that are near it in meaning (``word_vectors.py``); the language
model (``language_model.py``) scores the sentence with each.

Judged only in outlets that already show a spinner's habit, from the swaps
the diff-based checks found: an honest rewrite also uses other words than
the wire, and neither the word vectors nor a trigram model tell an editor's
synonym from a spinner's. The model only vetoes a candidate that would read
worse than the outlet's own word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from variantview.core.align.rows import Row
from variantview.core.detect.context import Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.detect.fluency import reads_badly
from variantview.core.detect.language_model import stretch_logprob
from variantview.core.detect.measures import one_unit
from variantview.core.detect.spintax import templated
from variantview.core.detect.word_vectors import word_vectors
from variantview.core.text import Token, is_content_word, is_quantity, lemmas, national_spelling, stem, words, zipf
from variantview.core.units.segment import Unit

MARGIN = 0.0
"""Nats a word by which the sentence must read at least as well with the other outlets' word. Read
with bench/real_corpus.py over the spun outlets: at 2.5 (the diff check's margin) garble recall rose
0.21 -> 0.23, at 0 to 0.32 with 18 flags the gold does not list (mostly a spinner's own rewording, such
as "which struck"), at -1 to 0.34 with 26. A trigram model alone does not separate swaps from honest
edits ("stated" -> "said" gains 9.9, "debate" -> "talks" loses 1.0): it vetoes, the habit decides."""

NEAR = 0.2
"""Word-vector cosine at which another outlet's word counts as a candidate for this one: a spinner's
swap and its source word lie at 0.15-0.42 ("security"/"safety" 0.34, "world"/"earth" 0.42,
"visit"/"attend" 0.22), unrelated words of one story near 0; 0.15 added 5 unlisted flags for 1 swap."""

NEAR_ALONE = 0.25
"""The same for a sentence no other outlet reports, whose candidates are the whole coverage's words."""

HABIT = 3
HABIT_RATE = 0.5
"""Swaps the diff-based checks must have found in an outlet, in all and per row it shares with
others, before its other sentences are judged. On the thirteen real events every spun outlet the
checks see reaches 11 and 1.0 a row, the AI rewrites 0.64 and more; the human-written outlets at
most 4 (thefederal on the Taiwan event, 0.25 a row, which at 0.25 was judged a spinner and got
six odd-word flags)."""

_CONTEXT = 2
_KNOWN_ZIPF = 2.5


def spinners(context: Context, found: Sequence[Finding]) -> set[str]:
    """Outlets with a spinner's habit: many swaps found by the diff-based checks, in all and per shared row, or
    a spinner's template left in the text (``spintax.py``), even where too few of its sentences are copied
    closely enough for those checks to count its swaps, or English that reads far worse than the other outlets'
    (``fluency.py``), where the spinner's source is not among them."""
    swaps = Counter(f.witness for f in found if f.kind == "garble")
    habit = {w for w, n in swaps.items() if n >= HABIT and n >= HABIT_RATE * context.shared_rows[w]}
    return habit | templated(context) | reads_badly(context)


def detect_odd_words(context: Context, spinners: set[str], found: Sequence[Finding]) -> list[Finding]:
    """Odd words in the sentences of ``spinners``, except where ``found`` already holds a finding."""
    if not spinners:
        return []
    flagged = {(f.witness, f.start) for f in found}
    vocabulary = _vocabulary(context)
    elsewhere = {w: set().union(*(ks for other, ks in vocabulary.items() if other != w)) for w in spinners}  # for a sentence no one else reports
    findings = []
    for row in context.content_rows:
        units = context.row_units(row)
        for unit in units:
            if unit.witness not in spinners:
                continue
            others = [u for u in units if u.witness != unit.witness]
            if others:
                pool, near = _keys(o.text for o in others), NEAR
            else:
                others = [u for u in context.all_units if u.witness != unit.witness]
                pool, near = elsewhere[unit.witness], NEAR_ALONE
            for finding in _odd_words(unit, row, pool, near, others, alone=len(units) == 1):
                if (finding.witness, finding.start) not in flagged:
                    findings.append(finding)
    return findings


def _vocabulary(context: Context) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for unit in context.all_units:
        found.setdefault(unit.witness, set()).update(_keys([unit.text]))
    return found


def _keys(texts: Iterable[str]) -> set[str]:
    return {t.key for text in texts for t in words(text) if _judgeable(t)}


def _judgeable(token: Token) -> bool:
    """A lower-case content word of some currency: a capital marks a name or a sentence's first word,
    neither a synonym a spinner chose, and a rare word has no vector worth comparing."""
    key = token.key
    return token.text[:1].islower() and key.isalpha() and is_content_word(key) and zipf(key) >= _KNOWN_ZIPF and not is_quantity(key)


def _odd_words(unit: Unit, row: Row, pool: set[str], near: float, others: Sequence[Unit], alone: bool) -> list[Finding]:
    sentence = words(unit.text)
    own = {t.key for t in sentence}
    own_stems = {stem(k) for k in own}
    candidates = sorted(k for k in pool if k not in own and stem(k) not in own_stems)
    targets = [(i, t) for i, t in enumerate(sentence) if _judgeable(t) and t.key not in pool]
    if not candidates or not targets:
        return []
    closeness = word_vectors([t.key for _, t in targets]) @ word_vectors(candidates).T
    findings = []
    for (i, token), row_of_cosines in zip(targets, closeness):
        before = [t.key for t in sentence[max(0, i - _CONTEXT) : i]]
        after = [t.key for t in sentence[i + 1 : i + 1 + _CONTEXT]]
        mine = stretch_logprob(before, [token.key], after[:1])
        best, gain = None, MARGIN
        for j in np.flatnonzero(row_of_cosines >= near).tolist():
            if lemmas(candidates[j]) & lemmas(token.key) or national_spelling(candidates[j], token.key) or one_unit(candidates[j], token.key):
                continue  # the same word in another form ("sweeps" for "swept") or house style ("organised", "m" for "meters"): no synonym
            g = stretch_logprob(before, [candidates[j]], after[:1]) - mine
            if g >= gain:
                best, gain = candidates[j], g
        if best is not None:
            source = next(u for u in others if best in {t.key for t in words(u.text)})
            findings.append(
                found_in(
                    unit,
                    token.start,
                    token.end,
                    kind="garble",
                    counterpart=Counterpart(source.witness, source.index, best),
                    score=round(min(1.0, 0.6 + gain / 10), 3),
                    explanation=(
                        f"“{token.text}” where {source.witness} {'writes “' + best + '” elsewhere in its article' if alone else 'has “' + best + '”'}, "
                        f"a word near it in meaning that reads at least as well here (language model: {gain:+.1f} nats a word); "
                        "this outlet shows a spinner's swaps elsewhere."
                    ),
                    row=row.id,
                )
            )
    return findings
