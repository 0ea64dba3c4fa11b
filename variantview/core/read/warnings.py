"""Warnings about a set of articles that can be compared but probably should not be as they are.

Two outlets with the same text, or one article in another language, still
produce a comparison; the editor is told, by name, and decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from variantview.core.read.lookalikes import LOOKALIKES
from variantview.core.read.witness import Witness

_FREQUENT = 40
"""How many of an article's most frequent words stand for its language: mostly function words."""
_MIN_WORDS = 40
_SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")
_FOREIGN_OVERLAP = 0.15
"""Share of frequent words shared with every other article below which an article is in another
language. Same-language news articles share 30-60 % ("the", "of", "and", "said" ...); articles in
different languages share almost nothing but names."""


def warnings(witnesses: Sequence[Witness]) -> tuple[str, ...]:
    return (*_identical(witnesses), *_other_language(witnesses), *_disguised(witnesses))


def as_sentence(warning: str) -> str:
    """A warning as the window and the report show it, capitalised and closed by a full stop; the command line
    prints it after "variantview: warning:" as it stands."""
    return f"{warning[:1].upper()}{warning[1:]}."


def _identical(witnesses: Sequence[Witness]) -> list[str]:
    normal = {w.id: re.sub(r"\s+", " ", w.text).strip().casefold() for w in witnesses}
    return [
        f"{a.name} ({a.source or a.id}) and {b.name} ({b.source or b.id}) have the same text: every row will match, and no finding can come from comparing them"
        for a, b in combinations(witnesses, 2)
        if normal[a.id] == normal[b.id]
    ]


def _other_language(witnesses: Sequence[Witness]) -> list[str]:
    frequent = {w.id: _frequent_words(w.text) for w in witnesses}
    long_enough = [w for w in witnesses if frequent[w.id] is not None]
    if len(long_enough) < 2:
        return []
    found = []
    for w in long_enough:
        mine = frequent[w.id] or set()
        overlaps = [len(mine & (frequent[o.id] or set())) / _FREQUENT for o in long_enough if o.id != w.id]
        if max(overlaps) < _FOREIGN_OVERLAP:
            found.append(f"{w.name} ({w.source or w.id}) seems to be in another language ({_language_name(w.text)}) than the others: its sentences will not align with theirs")
    return found if len(found) < len(long_enough) else []


def _disguised(witnesses: Sequence[Witness]) -> list[str]:
    return [
        f"{w.name} ({w.source or w.id}) writes letters as look-alikes from other alphabets ({w.metadata[LOOKALIKES]}), "
        "as scraper sites do to hide a copy: they are read as the letters they imitate"
        for w in witnesses
        if w.metadata.get(LOOKALIKES)
    ]


def _frequent_words(text: str) -> set[str] | None:
    """From the article's opening (a language shows in a few paragraphs), by a plain word split: this runs on every comparison."""
    keys = _WORD.findall(text[:_SAMPLE_CHARS].casefold())
    if len(keys) < _MIN_WORDS:
        return None
    return {k for k, _ in Counter(keys).most_common(_FREQUENT)}


def _language_name(text: str) -> str:
    """Named by py3langid, loaded only here: most comparisons never need it."""
    import py3langid

    code, _ = py3langid.classify(text[:5000])
    return str(_NAMES.get(code, code))


_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "ko": "Korean", "ja": "Japanese", "zh": "Chinese", "ar": "Arabic",
    "hi": "Hindi", "tr": "Turkish", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "fi": "Finnish", "cs": "Czech",
}
