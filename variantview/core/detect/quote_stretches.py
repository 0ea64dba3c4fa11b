"""Where two quotations of one statement differ, word by word: the runs of words an editor must see.

``quotes.py`` matches the quotations and decides which outlet altered each run; this module finds the runs, and
keeps out what is no alteration: words one quotation has beyond the other's ends (an excerpt), a word diff that
slid between two wordings of a phrase, and one word spelled in another house style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from variantview.core.diffing import Edit, diff_words
from variantview.core.text import Token, american_spelling, is_content_word, stem, zipf

FUNCTION_ZIPF = 7.0  # as in plausibility.py: a stretch of only "in", "the", "of" is a slid diff
_HYPHENATION = re.compile(r"[-'’]")
NOTHING = "(nothing)"  # the other side of a stretch that one outlet dropped


@dataclass(frozen=True, slots=True)
class Stretch:
    """Words of one quotation that differ from another's: offsets into the quotation, the other's words, and
    each side's wording with a neighbour word on either side, as the outlets' support is counted."""

    start: int
    end: int
    theirs: str
    mine_in_context: tuple[tuple[str, ...], ...]
    theirs_in_context: tuple[tuple[str, ...], ...]
    mine_alone: tuple[str, ...]
    theirs_alone: tuple[str, ...]
    inside: bool
    """Whether words of both quotations follow the stretch: it ends neither."""


def altered_stretches(mine: str, theirs: str) -> list[Stretch]:
    """Each run of differing words in ``mine`` with the words ``theirs`` has there.

    An editor must see which words of a quotation changed, not the whole
    quotation. A word the other outlet has and this one dropped is pinned to
    the words either side of the gap, a function word too ("I am a human"
    against "I am human": a quotation is verbatim or altered). Words one side
    has beyond the other's first or last word are an excerpt, not an
    alteration, and not reported.
    """
    diff = diff_words(mine, theirs)
    a_words = [t for t in diff.a_tokens if t.is_word]
    b_words = [t for t in diff.b_tokens if t.is_word]
    stretches = []
    edits = _across_function_words(diff.edits, a_words, b_words)
    for n, e in enumerate(edits):
        if e.tag == "equal":
            continue
        ours = [t for t in a_words if e.a_start <= t.start < e.a_end]
        other = [t for t in b_words if e.b_start <= t.start < e.b_end]
        if not ours and not other:
            continue
        before = [t for t in a_words if t.end <= e.a_start][-1:]
        after = [t for t in a_words if t.start >= e.a_end][:1]
        if (not before or not after) and not (ours and other):
            continue  # one outlet quotes more of the same words: an excerpt, not an alteration
        if _slid(e, a_words, b_words) and not _standing_alone(edits, n, a_words, b_words):
            continue  # "accelerating" against "in": the word diff slid between two wordings, no word changed
        if len(ours) == len(other) == 1 and _spelled(ours[0].key) == _spelled(other[0].key):
            continue  # "mobilising" against "mobilizing", "re-election" against "reelection": one word spelled two ways
        b_before = [t for t in b_words if t.end <= e.b_start][-1:]
        b_after = [t for t in b_words if t.start >= e.b_end][:1]
        pinned = ours or [*before, *after]
        stretches.append(
            Stretch(
                start=pinned[0].start,
                end=pinned[-1].end,
                theirs=theirs[other[0].start : other[-1].end] if other else NOTHING,
                mine_in_context=_in_context(before, ours, after),
                theirs_in_context=_in_context(b_before, other, b_after),
                mine_alone=tuple(t.key for t in ours if is_content_word(t.key)),
                theirs_alone=tuple(t.key for t in other if is_content_word(t.key)),
                inside=bool(after and b_after),
            )
        )
    return stretches


_BRIDGED_WORDS = 1
"""Words between two changes across which they are one stretch: one function word ("the"), which the word diff
matches wherever it can."""


def _across_function_words(edits: Sequence[Edit], a_words: Sequence[Token], b_words: Sequence[Token]) -> list[Edit]:
    """The diff's edits, two changes joined into one where only a function word stands between them and one of
    them puts a function word alone for a content word ("in the accelerated" against "accelerating the": the word
    diff matches "the" and splits one reworded phrase into "in" for "accelerating", a slid diff that is no word
    change, and "accelerated" added)."""
    joined_edits: list[Edit] = []
    for e in edits:
        first, between = joined_edits[-2:] if len(joined_edits) >= 2 else (None, None)
        if e.tag != "equal" and first is not None and first.tag != "equal" and between is not None and between.tag == "equal":
            kept = [t for t in a_words if between.a_start <= t.start < between.a_end]
            if len(kept) <= _BRIDGED_WORDS and _function_words(kept) and (_slid(first, a_words, b_words) or _slid(e, a_words, b_words)):
                joined_edits[-2:] = [Edit("replace", first.a_start, e.a_end, first.b_start, e.b_end)]
                continue
        joined_edits.append(e)
    return joined_edits


def _slid(e: Edit, a_words: Sequence[Token], b_words: Sequence[Token]) -> bool:
    """A replacement with only function words on one side, whose other side's words the other quotation has
    elsewhere in some form: the word diff slid between two wordings of a phrase ("in" for "accelerating", the other
    quotation's "accelerated" two words on), no word of it changed for another. Words the other quotation lacks
    were put in ("the untimely passing of" for "that")."""
    sides = ([t for t in a_words if e.a_start <= t.start < e.a_end], [t for t in b_words if e.b_start <= t.start < e.b_end])
    if not all(sides) or not any(_function_words(side) for side in sides):
        return False
    return _found_in(sides[0], b_words) and _found_in(sides[1], a_words)


def _found_in(side: Sequence[Token], others: Sequence[Token]) -> bool:
    """Whether every word of ``side`` rarer than a function word stands among ``others`` in some form."""
    return {stem(t.key) for t in side if not _function_words((t,))} <= {stem(t.key) for t in others}


_STANDING_WORDS = 2
"""Matching words either side of a one-for-one replacement, on the mean, for it to be a word changed, not a slid
diff; one side may hold a single word where the other holds the rest ("credible and disturbing evidence of
excessive use of force" against "credible but disturbing evidence …": the quotation opens on "credible")."""


def _standing_alone(edits: Sequence[Edit], n: int, a_words: Sequence[Token], b_words: Sequence[Token]) -> bool:
    """Whether edit ``n`` puts one word for one with matching words either side (``_STANDING_WORDS``) ("The building
    is literally pancaked" against "The building has literally pancaked"): the diff has nowhere to slide, so even a
    word as common as "is" was changed for another, which in a quotation is an alteration. At a quotation's first or
    last word the words on its one side must match as many ("I thought there was a fight" against "She thought there
    was a fight": the speaker changed, not the diff's footing)."""
    e = edits[n]
    if e.tag != "replace" or len(edits) == 1:
        return False
    if sum(e.a_start <= t.start < e.a_end for t in a_words) != 1 or sum(e.b_start <= t.start < e.b_end for t in b_words) != 1:
        return False
    inner = [k for k in (n - 1, n + 1) if 0 <= k < len(edits)]
    matching = [sum(edits[k].a_start <= t.start < edits[k].a_end for t in a_words) if edits[k].tag == "equal" else 0 for k in inner]
    return min(matching) >= 1 and sum(matching) >= 2 * _STANDING_WORDS


def _function_words(tokens: Sequence[Token]) -> bool:
    """Only words as common as "in", "the" and "of" (none at all counts too)."""
    return all(zipf(t.key) >= FUNCTION_ZIPF for t in tokens)


def _in_context(before: list[Token], words_: list[Token], after: list[Token]) -> tuple[tuple[str, ...], ...]:
    """The word sequences whose support is counted: a wording with its left or its right neighbour; a gap by both.

    At a quotation's edge a wording has a neighbour on one side only, and only that side counts: the word alone
    would be found anywhere in another outlet's quotation ("uphold and uphold" against "uphold and maintain":
    "uphold", last, is in every outlet's quotation; "and uphold" in none but its own)."""
    if not words_:
        return (tuple(t.key for t in (*before, *after)),)
    sides = []
    if before:
        sides.append(tuple(t.key for t in (*before, *words_)))
    if after:
        sides.append(tuple(t.key for t in (*words_, *after)))
    return tuple(sides) or (tuple(t.key for t in words_),)


def _spelled(key: str) -> str:
    """British and American spellings, hyphenation and the article's two forms ("an historic" against "a historic")
    folded to one: what a desk's style changes, not the speaker's word."""
    return "a" if key == "an" else american_spelling(_HYPHENATION.sub("", key))
