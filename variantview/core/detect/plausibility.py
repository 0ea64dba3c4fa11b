"""Spinner garbling judged by plausibility: the swapped word is odd English where it stands.

The structural detector (``garble.py``) needs a swap between long runs of
copied words and an outlet that is odd one out again and again; a spinner
that also restructures sentences, or swaps inside a quotation, escapes it.
What still gives a spinner away is that its synonym is the wrong sense
("a new multipolar earth", "Russian state advertising"), so its sentence reads
worse than it would with the other outlet's word in the same place. An
honest editor's different word is ordinary English in its sentence.

For each short replaced stretch between two aligned sentences, a trigram
language model (``language_model.py``) scores each side's words in its own
sentence and the other side's words put in their place. The side whose
sentence would read markedly better with the other's words is flagged, when
it is also the minority wording (fewer outlets write it: a machine translation
that makes the wire's rare word common must not flag the wire), and only when
the other side would not also read better with its counterpart's words (a
difference of style, not a garble).

The model alone does not tell a spinner from an editor: an AP update's
"felt unwell after a walk and collapsed" against the first take's "and lost
consciousness" reads 4 nats a word worse, more than "enterprise jet" for
"business jet" (3.3). What gives a spinner away is its habit: it is the odd
one out of such swaps in nearly every sentence it shares with another
outlet, where an honest outlet is odd one out a few times in an article. So
both rules judge only outlets with that habit. The margin rule above flags
a swap the model hears clearly; and since a trigram model hears few swaps
that clearly ("offered" for "bid" gains 0.4 nats a word, "spacecraft" for
"satellites" nothing), every other swap on such an outlet's minority side is
flagged too when the other outlet's word reads at least as well there, or,
where the habit is strong, not much worse (the model prefers many a
spinner's common words: "any sort of feeling" to "emotion"). AI
rewrites share the habit and are flagged too, their swaps mostly being true
synonyms ("intends" for "plans"); the finding says it rests on the outlet's
habit, so the editor can weigh it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from variantview.core.align.rows import Row
from variantview.core.detect.context import ALL_PAIRS_UP_TO, Change, Context, changes_between, shared_share
from variantview.core.detect.finding import Finding
from variantview.core.detect.garble import contracted, odd_places, only_swaps, short_swap, swap_finding
from variantview.core.detect.language_model import stretch_logprob
from variantview.core.detect.pieces import pieces
from variantview.core.detect.spintax import templated
from variantview.core.diffing import diff_words
from variantview.core.text import Token, is_dictionary_word, is_proper_name, is_title_case, same_lexemes, words, zipf
from variantview.core.units.segment import Unit

MARGIN = 2.5
"""Nats per word by which the other outlet's wording must read better in this outlet's sentence.
Read with bench/real_corpus.py and bench/garble.py: spinner swaps gain 2-5 ("enterprise jet" 3.3,
"counterfeit consciousness" 2.9); at 1.5 honest edits were flagged too (17 false flags in
human-written outlets against 13 at 2.5, for one more swap found)."""

HABIT_SWAPS = 8.0
HABIT_RATE = 0.7
"""Odd-one-out local swaps an outlet must show, in all and per row it shares, before its swaps are judged by
habit (a tie counts half). Read with bench/real_corpus.py and bench/garble.py: the spun outlets of the gold
corpus score 0.6-3.3 a row (6-27 in all; the two below 0.7 are not reached), AI rewrites 0.6-1.6; the
human-written outlets at most 0.75 a row, and then 3 in all (0.5 a row at 5.5). At 5 swaps an honest editor
who rewrote all six sentences of a garble-bench document qualified (honest rewrites flagged 9.7 -> 11.9 %);
at 8 none does, and real garble recall is the same (0.24 -> 0.34). Tried again at 5 over 1,486 events, with the later
one-for-one and copied-share tests in place: garble recall 0.3205 -> 0.3352, false garbles in human-written outlets
719 -> 1,595 (whole people-written reports taken for rewordings)."""

ONE_FOR_ONE = 0.45
"""Share of an outlet's odd-one-out swaps that stand one for one, nothing added or dropped near them
(``garble.only_swaps``), that a rewording habit needs. Read with bench/real_corpus.py over 54 events: the
spun and machine-reworded outlets with the habit score 0.47-0.98; a Bulgarian agency's own rewrite of
an AFP story (bgnesnews, Kissinger), 0.33, with nine garble flags before the bar."""

COPIED_SHARE = 0.3
"""Mean share of words (``Change.copied``) that an outlet's odd-one-out sentences share in order with the other
outlet's, below which the outlet wrote its own sentences about the same facts and copied no one's: a spinner
swaps words inside a copy. Read with bench/real_corpus.py over 82 events: the 70 outlets with the habit score
0.34-0.85; The Straits Times's Reuters story among AP copies (Itaewon), 0.26, with 15 garble flags before
the bar."""

PLACE_COPIED = 0.15
"""Share of words two sentences must share in order (``Change.copied``) for a swap between them to count towards
an outlet's habit: below it the two only share a frame ("his family has said" against a lead that "died" closes),
and an honest rewrite of the story collects such swaps in every sentence. Read with bench/real_corpus.py over 186
events: false garbles in human-written outlets 59 -> 37 (Heart's rewrite of the BBC's Sean Connery report 8 -> 1,
ProPakistani on Italy's ChatGPT ban 15 -> 0), two listed garbles lost (a borderline spinner each in the Kobe Bryant
and Kissinger events); at 0.2 also a third, at 0.3 four more spinners lost; the garble bench is unchanged."""

NEARLY_AS_ODD = 0.8
"""Share of an outlet's own odd-one-out rate from which an outlet that rewrites around its words, not one for one,
answers for the swaps between the two (``_answers``). Read with bench/real_corpus.py over 1,308 events: from 1.0
(odder only) down to 0.7 the only outlets no longer taken for rewording are two written by people (Insider's
story beside a paraphrasing tool's copy, World Athletics' report beside its one rewording); at 0.5 two spinners
are lost as well (Crimean bridge, India's wheat ban)."""

TIE_GAIN = 2.0
"""Nats a word by which one side's sentence must read better with the other's words to settle a tie. Read with
bench/real_corpus.py over 1,358 events: many ties are between a source and its one machine rewording, each the
other's only counterpart, and the model prefers an AI paraphrase's plainer words nearly as often as it hears a spinner's
wrong ones (of 121 such pairs, their ties' summed gains pointed at the spinner in 70, at the source in 51). From 1.0
to 2.0, false garbles in human-written outlets 781 -> 666 (Al Jazeera beside Laclede's Landing's copy 17 -> 1),
garble recall 0.316 -> 0.314; at 2.5 0.313 and 685; at 1.5 0.316 and 733; no tie settled at all, 0.309 and 681."""

HABIT_GAIN = 0.0
"""Nats a word by which the other's word must read at least as well in a rewording outlet's sentence."""

STRONG_HABIT = 2.0
STRONG_HABIT_GAIN = -1.5
"""Odd-one-out swaps a row from which an outlet's rewording habit is strong, and the nats a word by which its own word
may then read better than the other's and still be flagged: a trigram model prefers many a spinner's common words
("any sort of feeling" to "any sort of emotion" by 2.0 nats a word), and an outlet that swaps words in two places
a row is no editor choosing a better word. Read with bench/real_corpus.py over the 672 events with a rewording
outlet: listed garbles found 5,062 -> 5,275 (more in 118 events, fewer in none), false garbles in human-written
outlets 797 -> 815 (in four events whose people-written outlet was already taken for a rewording), unlisted flags in
spun outlets 2,716 -> 2,919. Measured with each outlet's habit before any is taken: at -1 nats 5,252, 811 and 2,880;
at -2, 5,298, 820 and 2,962; at -1 from 1.5 a row, 5,305, 830 and 3,103; at -1 for every rewording outlet, 5,433,
1,044 and 3,555."""

_ENGLISH_ZIPF = 3.0
"""Zipf frequency from which a capitalised word is also a common English word ("cupboard" 3.3, "green" 5.1)."""

_CONTEXT = 2  # words either side: the model is a trigram model
_SHARED_ENOUGH = 0.25
_FUNCTION_ZIPF = 7.0
"""Each side needs a word rarer than this (Zipf scale): "said" (6.7) and "people" (6.2) can be
swapped, but "in", "the" and "of" alone mean the word diff has slid between two wordings."""


def detect_implausible(context: Context) -> list[Finding]:
    """Swaps whose outlet would read markedly better with the other's words, and the swaps of a rewording outlet."""
    replaced = [change for row in context.content_rows for change in _replacements(context, row)]
    swaps = [_Swap(change, context.minority(change)[0]) for change in replaced if _is_word_swap(change)]
    habits = _rewording(context, swaps)
    rewording, strong = set(habits), {w for w, rate in habits.items() if rate >= STRONG_HABIT}
    judged = [_kept_or_resided(s, _minority_apart(context, s.change, rewording)) for s in swaps] if rewording else swaps
    inside = [
        _Swap(p, _minority_apart(context, p, rewording))
        for c in replaced
        if {c.x.witness, c.y.witness} & rewording
        for p in (*pieces(c, uneven=bool({c.x.witness, c.y.witness} & strong)), *_beside_another(c))
        if _swappable(p)
    ]
    findings = []
    for swap in [*judged, *inside]:
        finding = _by_margin(swap, rewording) or _by_habit(swap, rewording, strong)
        if finding is not None and not context.writes_both(swap.change, finding.witness) and not contracted(swap.change) and not _names_someone(context, swap.change, finding.witness):
            findings.append(finding)
    return findings


def _minority_apart(context: Context, change: Change, rewording: set[str]) -> str | None:
    """The minority side, counting no rewording outlet but the change's own two: machine rewordings of one story
    often share a thesaurus ("arrange a debate" in two spun copies against the wire's "set up a debate"), and
    together they would outvote the copy people wrote and leave their swap unjudged."""
    return context.minority(change, ignoring=frozenset(rewording - {change.x.witness, change.y.witness}))[0]


def _kept_or_resided(swap: _Swap, side: str | None) -> _Swap:
    """The swap itself where its minority side stands, keeping the language model's gains it has read already."""
    return swap if side == swap.side else _Swap(swap.change, side)


@dataclass(frozen=True)
class _Swap:
    """A local swap and its minority side ('x', 'y', or None on a tie), with each side's gain from the other's words."""

    change: Change
    side: str | None

    @cached_property
    def gains(self) -> dict[str, float]:
        c = self.change
        return {"x": _gain(c.x.text, c.x_words, c.y_words), "y": _gain(c.y.text, c.y_words, c.x_words)}

    def unit(self, side: str) -> Unit:
        return self.change.x if side == "x" else self.change.y

    def likelier_other(self) -> str | None:
        """On a tie, the side whose sentence clearly reads better with the other's words: the odd one out, when
        two spinners each reword the source's sentence their own way and no wording has a majority."""
        if self.gains["x"] >= TIE_GAIN > self.gains["y"]:
            return "x"
        if self.gains["y"] >= TIE_GAIN > self.gains["x"]:
            return "y"
        return None


def _by_margin(swap: _Swap, rewording: set[str]) -> Finding | None:
    """The minority side in a rewording outlet, when its sentence reads markedly better with the other's words
    and not the other way round."""
    side = swap.side
    if side is None or swap.unit(side).witness not in rewording or swap.gains[side] < MARGIN or swap.gains[_other(side)] >= MARGIN / 2:
        return None
    return _finding(swap.change, side, swap.gains[side])


def _by_habit(swap: _Swap, rewording: set[str], strong: set[str]) -> Finding | None:
    """In an outlet that rewords copied sentences throughout, its minority side of a swap (or its side of a
    tie with an outlet that does not), when its word reads no better than the other's, or, in an outlet of a
    ``strong`` habit, not much better (``STRONG_HABIT_GAIN``)."""
    sides = [swap.side] if swap.side is not None else ["x", "y"]
    for side in sides:
        mine, theirs = swap.unit(side).witness, swap.unit(_other(side)).witness
        floor = STRONG_HABIT_GAIN if mine in strong else HABIT_GAIN
        if mine in rewording and (swap.side is not None or theirs not in rewording) and swap.gains[side] >= floor:
            return _finding(swap.change, side, swap.gains[side], by_habit=True)
    return None


def _rewording(context: Context, swaps: Sequence[_Swap]) -> dict[str, float]:
    """Outlets that are the odd one out of local swaps again and again, in all and per row they share; each with
    its odd-one-out swaps a row when it was taken.

    A spinner swaps words in nearly every copied sentence; an honest outlet
    that words a sentence its own way is odd one out a few times at most.
    A person who rewrites a wire story throughout is odd one out as often,
    but rewrites as a person does: most of their different words come with
    words added, dropped or moved nearby, where a spinner's stand one for
    one in the sentence as it was (``ONE_FOR_ONE``). An outlet that reports
    the same facts in sentences of its own (another wire's story) is odd one
    out at every word it chose differently, but its sentences share little
    with the others' (``COPIED_SHARE``): there is no copy to swap words in.

    Outlets are taken one at a time, the most habitual first, and an outlet
    already taken no longer makes another odd one out: where most copies of
    a row are machine rewordings (an AI paraphrase, a reworded copy and a
    machine translation of one wire story), the wire's own copy is the odd
    one out against all of them, and must not inherit their habit. Nor is an
    outlet taken that is odd one out mostly against an outlet odder still
    that rewrites around its words (``_answers``).

    An outlet that left a spinner's template in its text (``spintax.py``)
    is taken before any: two spinners of one wire story that share a
    thesaurus ("laws forward of", "a whole bunch of") outvote the one reprint
    of it, which would otherwise be taken as the odd one out in every row;
    its habit counts as the strongest.
    """
    sides = [s.side or s.likelier_other() for s in swaps]
    taken = dict.fromkeys(templated(context), math.inf)
    while True:
        rates = _habitual(context, swaps, sides, taken)
        against = _odd_against(swaps, sides, taken)
        copying = {w: rate for w, (rate, copies) in rates.items() if copies and not _answers(against[w], rate, rates)}
        if not copying:
            return taken
        most = max(copying, key=lambda w: (copying[w], w))
        taken[most] = copying[most]


def _odd_against(swaps: Sequence[_Swap], sides: Sequence[str | None], taken: Collection[str]) -> defaultdict[str, Counter[str]]:
    """Per outlet, the outlets it is the odd one out against (swaps with outlets ``taken`` aside)."""
    against: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for swap, side in zip(swaps, sides):
        if side is not None and swap.change.x.witness not in taken and swap.change.y.witness not in taken:
            against[swap.unit(side).witness][swap.unit(_other(side)).witness] += 1
    return against


def _answers(against: Counter[str], rate: float, rates: dict[str, tuple[float, bool]]) -> bool:
    """Whether most of an outlet's odd-one-out swaps are against outlets that do not reword one for one and are
    odder still, or nearly as odd (``NEARLY_AS_ODD``): AFP's Freetown story, which besides itself only a
    restructuring rewording of it carries, is odd one out only against that copy, whose habit it must not
    inherit; so is Insider's story against a paraphrasing tool's copy of it (0.95 a row against the tool's 0.86),
    the two wordings being each other's only counterpart."""
    odder = sum(n for other, n in against.items() if other in rates and not rates[other][1] and rates[other][0] >= NEARLY_AS_ODD * rate)
    return odder * 2 >= sum(against.values())


def _habitual(context: Context, swaps: Sequence[_Swap], sides: Sequence[str | None], taken: Collection[str]) -> dict[str, tuple[float, bool]]:
    """Outlets not yet ``taken`` that are odd one out often enough, counting only swaps against outlets not taken:
    their odd-one-out swaps per row shared with an outlet not taken, and whether those stand one for one in copied
    sentences. A row whose other copies are all taken holds no swap to count (Tai Po's fire, where five of six
    spinners' copies of one story were taken before the sixth and left it odd one out in too few of all its rows)."""
    kept_swaps = [(s, side) for s, side in zip(swaps, sides) if s.change.x.witness not in taken and s.change.y.witness not in taken]
    counted = [(s, side) for s, side in kept_swaps if s.change.copied >= PLACE_COPIED]
    odd = odd_places([s.change for s, _ in counted], [side for _, side in counted])
    one_for_one: Counter[str] = Counter()
    copied: defaultdict[str, float] = defaultdict(float)
    own: Counter[str] = Counter()
    for swap, side in kept_swaps:
        if side is not None:
            own[swap.unit(side).witness] += 1
            one_for_one[swap.unit(side).witness] += only_swaps(swap.change)
            copied[swap.unit(side).witness] += swap.change.copied
    shared = _shared_rows(context, taken)
    rates = {}
    for w, places in odd.items():
        n = sum(places.values())
        if n >= HABIT_SWAPS and n >= HABIT_RATE * shared[w]:
            copies = one_for_one[w] >= ONE_FOR_ONE * own[w] and copied[w] >= COPIED_SHARE * own[w]
            rates[w] = (n / max(1, shared[w]), copies)
    return rates


def _shared_rows(context: Context, taken: Collection[str]) -> Counter[str]:
    """Per outlet, the content rows it shares with an outlet not ``taken``: ``context.shared_rows`` while none is."""
    if not taken:
        return context.shared_rows
    return Counter(w for row in context.content_rows for w in row.cells if any(o != w and o not in taken for o in row.cells))


def _other(side: str) -> str:
    return "y" if side == "x" else "x"


def _replacements(context: Context, row: Row) -> Iterator[Change]:
    """Replaced stretches between every two wordings of the row that share a quarter of their words.

    A spinner that restructures a sentence still keeps the words around each
    swap ("a *enterprise* jet"), so the pair needs only a quarter of its words
    in common, not the copied share the structural detector asks for; and
    every pair of wordings is compared, not only each with the row's hubs,
    since the spinner's source may be any of the outlets. Beyond a story's
    ordinary coverage (dozens of sites reprinting wire copy) the pairs are
    the hub pairs the other detectors use: all pairs would grow with the
    square of the outlets.
    """
    if len(context.units) > ALL_PAIRS_UP_TO:
        yield from context.changes(row)
        return
    for x, y in context.all_pairs(row):
        if shared_share(x.text, y.text) >= _SHARED_ENOUGH:
            yield from changes_between(row, x, y, diff_words(x.text, y.text))


def _is_word_swap(change: Change) -> bool:
    """A replacement of a few words by a few others, between matching words, that no other check explains.

    Unlike the structural detector it admits common words ("said" ->
    "mentioned", "people" -> "folks", "in" -> "within"): spinners swap those
    too, and the language model, not a stop list, judges them.
    """
    xs, ys = change.x_words, change.y_words
    if min(change.left, change.right) < 1 or not _swappable(change):
        return False
    if len(xs) == len(ys) == 1:  # one word for one between matching words: no slide, even for "nan" against "the"
        return any(zipf(t.key) < _FUNCTION_ZIPF for t in (*xs, *ys))
    return _has_content(change)  # "accelerating" against "in": a slid diff


def _beside_another(change: Change) -> Iterator[Change]:
    """A short replacement with no matching word on one side or both, where the diff found the next words changed
    too ("best elected authentic, mentioned" for "top elected official, said"): a spinner swaps neighbouring words
    one at a time, so each is a swap of its own, though not one between matching words (``_is_word_swap``)."""
    if min(change.left, change.right) < 1 and _has_content(change):
        yield change  # how long a swap may be, ``_swappable`` asks of it as of the pieces


def _has_content(change: Change) -> bool:
    """Each side has a word rarer than the commonest function words: "in" against "the" alone is the diff sliding."""
    return all(any(zipf(t.key) < _FUNCTION_ZIPF for t in side) for side in (change.x_words, change.y_words))


def _swappable(change: Change) -> bool:
    """A few words for a few others, no name among them and not one word in another form ("has dipped" for "dip",
    "tells" for "told")."""
    xs, ys = change.x_words, change.y_words
    if not short_swap(change) or any(_name_word(change.x.text, t) for t in xs) or any(_name_word(change.y.text, t) for t in ys):
        return False
    return not same_lexemes([t.key for t in xs], [t.key for t in ys])


def _name_word(text: str, token: Token) -> bool:
    """A capitalised word that is no common English word ("Raisi", "Kyodo"): a name, which outlets spell their
    own way. A spinner swaps a title's or a name's English words as it swaps any others ("Chief Cupboard
    Secretary", "Gov. Josh Inexperienced", "Atomic Guideline Authority"), so those are judged as words; but not
    in a headline set in title case, where every word is capitalised and outlets word headlines their own way."""
    return is_proper_name(text, token.start) and (zipf(token.key) < _ENGLISH_ZIPF or is_title_case(text))


def _names_someone(context: Context, change: Change, witness: str) -> bool:
    """The outlet's side of a swap holds a name that no dictionary lists and another outlet also writes ("Biden"
    where another outlet has "the President", "Irish" for "Ireland"): an outlet that names whom another
    describes reports differently, and a spinner's thesaurus holds no names. A name no other outlet writes may be
    the spinner's own ("Fb" for "Facebook"), and is judged as a word. The swap still counts towards the outlet's
    habit; it is not reported."""
    unit, own = (change.x, change.x_words) if change.x.witness == witness else (change.y, change.y_words)
    return any(is_proper_name(unit.text, t.start) and not is_dictionary_word(t.key) and context.outlets_using(t.key) - {witness} for t in own)


def _gain(text: str, own: tuple[Token, ...], other: tuple[Token, ...]) -> float:
    """How much better (nats a word) the sentence reads with ``other``'s words in place of ``own``."""
    sentence = words(text)
    first = next(i for i, t in enumerate(sentence) if t.start == own[0].start)
    last = first + len(own)
    before = [t.key for t in sentence[max(0, first - _CONTEXT) : first]]
    after = [t.key for t in sentence[last : last + _CONTEXT]]
    return stretch_logprob(before, [t.key for t in other], after) - stretch_logprob(before, [t.key for t in own], after)


def _finding(change: Change, side: str, gain: float, by_habit: bool = False) -> Finding:
    """A garble on ``side``; by the outlet's habit, or by the margin its sentence would gain with the other's words."""

    def explain(text: str, theirs: str, other: str) -> str:
        if by_habit:
            return (
                f"“{text}” stands where {other} has “{theirs}”, in a sentence the two share; this outlet rewords copied "
                f"sentences throughout, and “{theirs}” reads at least as well here (language model: {gain:+.1f} nats a word): "
                "a likely spinner synonym."
            )
        return (
            f"“{text}” reads as odd English here where {other} has “{theirs}” (a language model finds the sentence "
            f"{gain:.1f} nats a word likelier with “{theirs}”): a likely spinner synonym."
        )

    return swap_finding(change, side, (0.6 if by_habit else 0.5) + gain / 10, explain)
