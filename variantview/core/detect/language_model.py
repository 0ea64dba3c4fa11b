"""How plausible a stretch of English words is: a trigram language model, offline and deterministic.

A spinner's synonym is wrong in its sentence ("Russian state advertising",
"a new multipolar earth"); an honest editor's word is ordinary English there.
A word-frequency list cannot tell the two apart (both words are common); a
model of which words follow which can. The model is the generic US-English
trigram model that the ``pocketsphinx`` wheel ships (``model/en-us/en-us.lm.bin``,
read once, memory-mapped by the library). Log-probabilities are its integer
log base 1.0001, divided here to natural logs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from variantview.core.memo import resource

_NATS_PER_UNIT = math.log(1.0001)  # pocketsphinx's LogMath base
UNKNOWN = -14.0
"""Natural-log floor for a word the model does not know (names, typos, rare words): about a
unigram of the model's rarest words, so one unknown word does not outweigh the rest."""


@resource
def _model() -> object:
    """Loaded on first use: only the garble check needs it (without ``LogMath`` the library crashes)."""
    import pocketsphinx

    path = Path(pocketsphinx.__file__).resolve().parent / "model" / "en-us" / "en-us.lm.bin"
    return pocketsphinx.NGramModel(pocketsphinx.Config(), pocketsphinx.LogMath(), str(path))


def word_logprob(word: str, history: Sequence[str]) -> float:
    """ln P(word | the two words before it), floored for unknown words; words lower-case."""
    raw = int(_model().prob([word, *reversed(history[-2:])]))  # type: ignore[attr-defined]
    return max(raw * _NATS_PER_UNIT, UNKNOWN)


def running_logprobs(before: Sequence[str], words: Sequence[str]) -> list[float]:
    """ln P of each of ``words`` given the two words before it, the first ones given the words ``before``."""
    history = list(before[-2:])
    found = []
    for word in words:
        found.append(word_logprob(word, history))
        history = [*history[-1:], word]
    return found


def stretch_logprob(before: Sequence[str], stretch: Sequence[str], after: Sequence[str]) -> float:
    """Mean ln P per word of ``stretch`` and the words ``after`` it, given the words ``before``.

    The mean, not the sum, so a two-word wording is not punished against a
    one-word one only for its length.
    """
    logprobs = running_logprobs(before, [*stretch, *after])
    total = 0.0
    for logprob in logprobs:  # added in order, as before: the same floats on every Python
        total += logprob
    return total / len(logprobs) if logprobs else 0.0
