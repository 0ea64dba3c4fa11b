"""Spinner garbling: a word swapped for a wrong-sense synonym inside otherwise copied text.

An article spinner keeps the sentence and swaps words one at a time
("satellites" -> "spacecraft"), so its substitutions sit between runs of
words that match another outlet exactly. Independent rewriting changes the
structure too, and leaves no such islands. Three signals decide which side
of a swap is the garble, none of them a list of known garbles:

- majority wording: the other outlets in the row that use each wording;
- the outlet's habit: a spinner is the minority side of swaps against many
  outlets, an honest outlet only against the spinner;
- copied context: the more matching words around the swap, the less the
  difference can be an independent rewrite.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from variantview.core.detect.context import COPIED_ENOUGH, Change, Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.detect.measures import one_unit
from variantview.core.detect.spintax import templated
from variantview.core.diffing import diff_words
from variantview.core.text import (
    Token,
    contracted_alike,
    is_calendar,
    is_content_word,
    is_proper_name,
    is_quantity,
    keeps_words,
    same_lexemes,
    spelled_alike,
    tokenize,
    vague_magnitudes,
    words,
    written_short,
    zipf,
)

MAX_WORDS = 3
_NEAR_CHARS = 40  # about six words either side
MIN_SCORE = 0.9
"""Read with bench/garble.py (whole documents) and bench/real_corpus.py. A swap scores 0.3 for copied
context, 0.25 for minority wording and 0.45 for the outlet's habit: at 0.65 a third of honest
paraphrases were flagged (the editor was odd one out in each sentence they reworded); at 0.9, 4 % of
light edits and 9 % of full rewrites, tortured-phrase recall unchanged (0.925); at 0.95 the real
spinners' recall fell from 0.28 to 0.21."""


_NAME_PARTICLES = frozenset({"al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "dos", "du", "el", "ibn", "la", "le", "van", "von"})
"""Lower-case words inside names of many languages, which outlets keep or drop as they spell the name."""

_HABIT_ROWS = 4
"""Rows with a swap that make a full habit. An editor's "not yet clear … injured … earthquake" for "not
immediately clear … hurt … quake" in a one-sentence outlet was a habit of 1 and three garbles; a quarter
of it keeps the score below ``MIN_SCORE``."""


def detect_garbles(context: Context) -> tuple[list[Finding], dict[str, float]]:
    """The swaps judged garbles, and each outlet's habit (odd-one-out swaps per shared row), which the
    quotation check uses to break ties. An outlet that left a spinner's template in its text is judged with the
    full habit, however its swaps fell: two spinners sharing a thesaurus outvote the one reprint of their
    story, which would otherwise take the habit from them."""
    candidates = [c for row in context.content_rows for c in context.changes(row) if is_swap(c) and only_swaps(c)]
    sides = [context.minority(c) for c in candidates]
    habit = _spinner_habit(candidates, [side for side, _ in sides], context.shared_rows)
    judged_habit = habit | dict.fromkeys(templated(context), 1.0)
    findings = []
    for change, (side, certainty) in zip(candidates, sides):
        finding = _judge(change, side, certainty, judged_habit)
        if finding is not None and not context.writes_both(change, finding.witness) and not contracted(change):
            findings.append(finding)
    return findings, habit


def is_swap(change: Change) -> bool:
    """A short content-word substitution in copied context that is not a number, name, inflection or typo."""
    if change.left + change.right < 3 or min(change.left, change.right) < 1 or change.copied < COPIED_ENOUGH:
        return False
    return is_replaceable(change)


def is_replaceable(change: Change) -> bool:
    """A short content-word substitution that is not a number, name, inflection or typo, wherever it stands."""
    if not short_swap(change):
        return False
    if _month_misread(change):
        return True  # "Might" for "May": words an editor would not count as content, and capitals that are no name
    x_content = [t.key for t in change.x_words if is_content_word(t.key)]
    y_content = [t.key for t in change.y_words if is_content_word(t.key)]
    if not x_content or not y_content:
        return False
    x_names = _names(change.x.text, change.x_words)
    y_names = _names(change.y.text, change.y_words)
    if (all(x_names) and (all(y_names) or not any(y_names))) or (all(y_names) and not any(x_names)):
        return False  # names on both sides, or a name for a common noun ("Endurance" for "the ship"): an editor naming the thing
    return not same_lexemes(x_content, y_content) and not keeps_words(x_content, y_content) and not _spelled_out(change)


_WORDLIKE_MONTHS = frozenset(["may", "march", "august"])


def _month_misread(change: Change) -> bool:
    """A month that is also a word, swapped for a synonym of that word ("in late Might" for "in late May", "since
    Could this year"), the capital kept: a spinner reads the month as the verb; no editor changes a month for a word
    that is none, and one who drops the month writes another word in lower case ("the party's convention")."""
    if len(change.x_words) != 1 or len(change.y_words) != 1:
        return False
    x, y = change.x_words[0], change.y_words[0]
    return any(month.key in _WORDLIKE_MONTHS and _capital_inside(month) and _capital_inside(word) and not is_calendar(word.key) for month, word in ((x, y), (y, x)))


def _capital_inside(token: Token) -> bool:
    """Capitalised inside its sentence: the month "May", not the verb "may", nor a sentence's first word."""
    return token.text[:1].isupper() and token.start > 0


def _names(text: str, tokens: Sequence[Token]) -> list[bool]:
    """Which words are parts of a name; a name's lower-case particle ("Cite de Soleil" against "Cité Soleil",
    "Vincent van Gogh") is part of it when a capitalised word of the stretch stands beside it."""
    capitals = [is_proper_name(text, t.start) for t in tokens]
    return [
        capital or (t.key in _NAME_PARTICLES and any(capitals[max(0, i - 1) : i + 2]))
        for i, (t, capital) in enumerate(zip(tokens, capitals))
    ]


def _spelled_out(change: Change) -> bool:
    """One side an initialism in capitals whose letters the other side carries in order, the first letter first
    ("ID cards" against "identity cards", "TV" against "television"): an editor's abbreviation, where a spinner
    swaps one whole word for another."""
    short, long = sorted((change.x_text.strip(), change.y_text.strip()), key=len)
    return 2 <= len(short) <= 5 and short.isalpha() and short.isupper() and not long.isupper() and written_short(short, long)


def short_swap(change: Change) -> bool:
    """The shape every swap check starts from: a few words for a few others, no figure among them (but a rank
    swapped for an adjective, ``_rank_for_word``, or a month for a word, ``_month_misread``), not one word spelled
    nearly the same (an inflection or a typo, which other checks report), not the same letters spaced, hyphenated or
    stopped otherwise ("vice president" for "vice-president"), no space lost beside one of the other side's words
    (``_lost_space``), and no dash or dateline's colon between two phrases."""
    xs, ys = change.x_words, change.y_words
    if not (1 <= len(xs) <= MAX_WORDS and 1 <= len(ys) <= MAX_WORDS) or (any(is_quantity(t.key) for t in (*xs, *ys)) and not _rank_for_word(xs, ys) and not _month_misread(change)):
        return False
    if vague_magnitudes(xs) and vague_magnitudes(ys):
        return False  # "hundreds" for "thousands": a changed figure, which the number check reports
    if _joined(change.x_text) == _joined(change.y_text) or _lost_space(xs, ys) or _lost_space(ys, xs):
        return False
    if any(dash in text for text in (change.x_text, change.y_text) for dash in _CLAUSE_DASHES) or any(_DATELINE.match(text) for text in (change.x_text, change.y_text)):
        return False  # a stretch across a dash or a dateline's colon joins two phrases, a dateline's and the lead's ("HANOI – Vietnamese", "ALMATY: People")
    if _names_a_referent(xs, ys) or _names_a_referent(ys, xs) or one_unit(change.x_text, change.y_text):
        return False
    return not (len(xs) == len(ys) == 1 and spelled_alike(xs[0].key, ys[0].key))


_RANKS = frozenset(["first", "second", "third"])


def _rank_for_word(xs: Sequence[Token], ys: Sequence[Token]) -> bool:
    """An ordinal for an adjective that is no quantity, one for one ("the primary time" for "the first time"): a
    spinner reads the rank as any adjective and swaps it, and no number check reports it, since no figure stands
    beside it. An adverb for the rank ("initially reported" for "first reported") is an editor's wording."""
    if len(xs) != 1 or len(ys) != 1:
        return False
    for rank, word in ((xs[0].key, ys[0].key), (ys[0].key, xs[0].key)):
        if rank in _RANKS and not is_quantity(word) and not word.endswith("ly"):
            return True
    return False


_PRONOUNS = frozenset(["he", "she", "they", "it", "his", "her", "hers", "its", "their", "theirs", "him", "them"])


def _names_a_referent(pronouns: Sequence[Token], names: Sequence[Token]) -> bool:
    """A pronoun on one side and a capitalised name on the other ("Couzens" for "He", "Everard's" for "Her"):
    an editor saying who is meant, which a spinner, swapping words without knowing whom they refer to, does not."""
    return all(t.key in _PRONOUNS for t in pronouns) and all(t.text[:1].isupper() for t in names)


_CLAUSE_DASHES = (" – ", " — ", " - ")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}:\s")

_KNOWN = 3.0
"""Zipf frequency from which each half of a run-together word is a common English word."""


def _lost_space(words: Sequence[Token], others: Sequence[Token]) -> bool:
    """A word of ``words`` that is two common words run together, one of which the other side has ("townalready"
    against "town"): a page that dropped its spaces, which is damage to the copy, not a word a spinner chose. A
    spinner that also drops spaces runs its own synonyms together ("dealtwith" for "treated", "watereddown" for
    "diluted"): neither half is the other side's word, and the swap stands."""
    theirs = {t.key for t in others}
    return any(not theirs.isdisjoint(halves) for t in words if (halves := _run_together(t.key)))


def _run_together(key: str) -> tuple[str, str] | None:
    """The two common words that make up ``key`` with the space between them lost, if it is such a word."""
    if zipf(key) > 0 or len(key) < 7 or not key.isalpha():
        return None
    return next(((key[:i], key[i:]) for i in range(3, len(key) - 2) if zipf(key[:i]) >= _KNOWN and zipf(key[i:]) >= _KNOWN), None)


def _joined(text: str) -> str:
    """The words with their spaces, hyphens and full stops taken out: a compound written open, closed or hyphenated
    is one word, and so is an abbreviation with or without its stops ("ex-U.S" against "ex-US"). Apostrophes stay: a
    spinner that strips them ("Peter s" for "Peter's") has changed the text."""
    return "".join(c for c in text.lower() if not c.isspace() and c not in "-‐–.")


def swap_finding(change: Change, side: str, score: float, explain: Callable[[str, str, str], str]) -> Finding:
    """A garble finding on ``side`` ('x' or 'y') of a swap, the other side's words as counterpart;
    ``explain`` words the explanation from the two wordings and the other outlet's id, so that the editor reads
    which outlet to check against."""
    garbled, other = (change.x, change.y) if side == "x" else (change.y, change.x)
    span, other_span = (change.x_span, change.y_span) if side == "x" else (change.y_span, change.x_span)
    text, other_text = garbled.text[span[0] : span[1]], other.text[other_span[0] : other_span[1]]
    return found_in(
        garbled,
        *span,
        kind="garble",
        counterpart=Counterpart(other.witness, other.index, other_text),
        score=round(min(1.0, score), 3),
        explanation=explain(text, other_text, other.witness),
        row=change.row.id,
    )


def word_for_word(findings: Sequence[Finding]) -> list[Finding]:
    """Each garble over a few words that all differ, one for one, from as many words of the other outlet, as one
    finding a word: a spinner swaps words one at a time ("aircraft principally submerged" for "plane mostly
    submerged" is "aircraft" for "plane" and "principally" for "mostly"), and the editor must see each swapped word,
    not the run the diff happened to put them in. A pair of function words in such a run ("a sophisticated" for
    "an advanced", "residents had" for "citizens have") is the grammar following the swap, no swap of its own, and
    is left out. A content word against a function word ("gadgets withinside" for "objects in") or a phrase for a
    phrase of another length, or sharing a word, stays whole: which word stands for which is not plain."""
    split: list[Finding] = []
    for f in findings:
        if f.kind != "garble" or f.counterpart is None or f.start is None:
            split.append(f)
            continue
        start, counterpart = f.start, f.counterpart
        mine, theirs = words(f.text), words(counterpart.text)
        pairs = list(zip(mine, theirs, strict=False))
        swapped = [(a, b) for a, b in pairs if is_content_word(a.key) and is_content_word(b.key)]
        grammar = [(a, b) for a, b in pairs if not is_content_word(a.key) and not is_content_word(b.key)]
        if not 2 <= len(mine) == len(theirs) <= MAX_WORDS or not swapped or len(swapped) + len(grammar) < len(pairs) or any(a.key == b.key for a, b in pairs):
            split.append(f)
            continue
        split += [replace(f, start=start + a.start, end=start + a.end, text=a.text, counterpart=replace(counterpart, text=b.text)) for a, b in swapped]
    return split


def contracted(change: Change) -> bool:
    """The same words, one side contracted ("didn't" for "did not"): a desk's style, not a wrong-sense synonym. Such
    a swap still counts towards an outlet's habit (machine rewordings contract and expand throughout), but is not
    reported as a garble."""
    return contracted_alike([t.key for t in change.x_words], [t.key for t in change.y_words])


def only_swaps(change: Change) -> bool:
    """No word added or dropped near the swap: the sentence around it stands as the other outlet has it.

    A spinner replaces words one for one and leaves the sentence standing;
    an editor who paraphrases also adds, drops and moves words (two thirds of
    STS-B's honest news paraphrases do, one in fifty of its tortured-phrase
    substitutions).
    """
    a, b = change.x.text, change.y.text
    near = (change.x_span[0] - _NEAR_CHARS, change.x_span[1] + _NEAR_CHARS)
    for e in diff_words(a, b).edits:
        touches = e.tag in ("insert", "delete") and e.a_start <= near[1] and e.a_end >= near[0]
        if touches and any(t.is_word for t in tokenize(a[e.a_start : e.a_end] + " " + b[e.b_start : e.b_end])):
            return False
    return True


def odd_places(changes: Sequence[Change], sides: Sequence[str | None]) -> dict[str, dict[tuple[int, int], float]]:
    """Per witness, each place (sentence, offset) of a swap it takes part in, weighted 1 where it is the odd one
    out, 0 where the other side is, and 0.5 on a tie; a place seen from several outlet pairs counts once."""
    odd: dict[str, dict[tuple[int, int], float]] = defaultdict(dict)
    for change, side in zip(changes, sides):
        for name, unit, span in (("x", change.x, change.x_span), ("y", change.y, change.y_span)):
            weight = 0.5 if side is None else float(side == name)
            place = (unit.index, span[0])
            odd[unit.witness][place] = max(odd[unit.witness].get(place, 0.0), weight)
    return odd


def _spinner_habit(candidates: Sequence[Change], sides: Sequence[str | None], shared_rows: Mapping[str, int]) -> dict[str, float]:
    """For each witness, odd-one-out swaps per row it shares with another outlet (capped at 1).

    A spinner swaps words in nearly every sentence; an honest outlet that
    merely words one sentence differently is odd once. A witness whose swaps
    (on either side) lie in fewer than ``_HABIT_ROWS`` rows gets that much
    less: three words changed in one sentence are one edited sentence,
    however short the article.
    """
    odd = odd_places(candidates, sides)
    rows = {w: {index for index, _ in places} for w, places in odd.items()}
    return {w: min(1.0, sum(odd[w].values()) / max(1, shared_rows.get(w, 0))) * min(1.0, len(rows[w]) / _HABIT_ROWS) for w in odd}


def _judge(change: Change, side: str | None, certainty: float, habit: dict[str, float]) -> Finding | None:
    """Score a swap from copied context, majority wording and the outlet's spinner habit."""
    x_habit, y_habit = habit.get(change.x.witness, 0.5), habit.get(change.y.witness, 0.5)
    if side is None:
        side, certainty = ("x" if x_habit > y_habit else "y"), 0.5
    edge = max(0.0, min(1.0, 0.5 + (x_habit - y_habit) * (1 if side == "x" else -1)))
    context = (min(change.left, 3) + min(change.right, 3)) / 6
    score = 0.3 * context + 0.25 * certainty + 0.45 * edge
    if score < MIN_SCORE:
        return None
    return swap_finding(
        change, side, score, lambda text, theirs, other: f"“{text}” stands where {other} has “{theirs}” in otherwise matching wording: a likely spinner synonym."
    )
