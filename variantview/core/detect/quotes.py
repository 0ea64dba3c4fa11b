"""Quote tampering: words inside quotation marks that differ from the same quotation elsewhere.

A direct quotation is the one thing a reprint must not reword. Quotes
(read from their marks by ``quotations.py``) are matched across aligned
sentences where ``same_statement.py`` takes them for one statement, and
word-diffed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from variantview.core.align.rows import Row
from variantview.core.detect.context import Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.detect.quotations import Quote, quotes_by_unit
from variantview.core.detect.quote_stretches import FUNCTION_ZIPF, NOTHING, Stretch, altered_stretches
from variantview.core.detect.same_statement import about_one_length, excerpt, lone_words, same_quote, same_slot, wording
from variantview.core.text import ORDINAL_SUFFIXES, is_quantity, joined, words, zipf
from variantview.core.units.segment import Unit

_TIE_HABIT = 0.05
"""How much more often an outlet must be the odd one out in swaps (per shared row) to lose a tie."""
_UNDECIDED_WORDS = 3
"""Words either side of a stretch that two outlets alone quote differently, reported on both: a word or a
short phrase changed; a longer stretch is two statements, or a translation, that share some wording, unless
the two quotations are one statement of about one length (``about_one_length``)."""
_RESTATED_WORDS = 8
"""A stretch of up to eight words either side, inside two quotations of about one length (``about_one_length``),
and not at the end of either: one statement in two wordings ("the determination to restore the price stability"
against "the resolve it will take to restore price stability", "The flotation is an excellent, overdue step"
against "Free floating pound is a wonderful, long-awaited step"). A stretch at the end of one is most often a
quotation cut short ("came door-t")."""


def detect_quotes(context: Context, spinners: Collection[str] = (), habit: Mapping[str, float] | None = None) -> list[Finding]:
    """Altered stretches of quotations; ``spinners`` (outlets that swap words elsewhere) count half as support,
    and on a tie the outlet with the stronger swapping ``habit`` is taken to have altered the quotation.

    Each distinct wording of a row is compared with each other once; the
    caller copies a finding onto the outlets that reprint the same wording.
    """
    quotes = quotes_by_unit([u for w in context.units for u in context.units[w] if not u.boilerplate])
    findings = []
    for row in context.content_rows:
        wordings = _wordings(context, row, quotes)
        if len(wordings) < 2:
            continue
        support = _support_in(context, [row], quotes)
        for unit in wordings:
            for other in wordings:
                if other.text != unit.text and other.witness != unit.witness:
                    findings.extend(_altered(unit, other, row.id, quotes, support, spinners, habit or {}))
    return findings + _quoted_in_other_rows(context, quotes, spinners, habit or {})


def _wordings(context: Context, row: Row, quotes: Mapping[tuple[str, int], tuple[Quote, ...]]) -> list[Unit]:
    """The row's first unit of each wording that quotes someone."""
    units = [u for u in context.row_units(row) if quotes.get(u.ref)]
    return list({u.text: u for u in reversed(units)}.values())[::-1]


def _support_in(context: Context, rows: Sequence[Row], quotes: Mapping[tuple[str, int], tuple[Quote, ...]]) -> _Support:
    """The outlets' quotations and sentences in ``rows``, as support for one wording is counted."""
    units = [u for row in rows for u in context.row_units(row)]
    quoted: dict[str, list[str]] = {}
    sentences: dict[str, list[str]] = {}
    for u in units:
        quoted.setdefault(u.witness, []).extend(q.text for q in quotes.get(u.ref, ()))
        sentences.setdefault(u.witness, []).append(joined(wording(u.text)))
    said = {w: _one_string(joined(wording(q)) for q in texts) for w, texts in quoted.items() if texts}
    written = {w: _one_string(texts) for w, texts in sentences.items()}
    return _Support(said, written, {w: t for w, t in quoted.items() if t})


_ELSEWHERE_WORDS = 4
_ELSEWHERE_SHARE = 70.0
_ELSEWHERE_IN_ORDER = 0.7
"""A quotation of at least four words that no other outlet quotes in its own row is set against another row's
quotation only when they share this much wording (rapidfuzz token_set_ratio), and the shorter has at least four
words and this share of them in the longer's order: two rows hold two facts, and a looser match there pairs two
statements of one speaker ("Welcome to Threads" and "More than 10 million people have signed up to Threads …").
A stretch over half the quotation is reported in its row only: across rows it is another part of a statement."""


def _mostly_in_order(a: str, b: str) -> bool:
    x, y = wording(a), wording(b)
    shorter = min(len(x), len(y))
    in_order = (len(x) + len(y) - Indel.distance(x, y)) / 2
    return shorter >= _ELSEWHERE_WORDS and in_order >= _ELSEWHERE_IN_ORDER * shorter


def _quoted_in_other_rows(context: Context, quotes: Mapping[tuple[str, int], tuple[Quote, ...]], spinners: Collection[str], habit: Mapping[str, float]) -> list[Finding]:
    """A quotation set against the same statement in another row, where no other outlet quotes it in its own.

    RC Plane Chat's passenger says "I have no idea how to fly the plane." in a sentence whose row holds no other
    quotation of it; ABC News quotes "I have no idea how to fly the airplane." in a sentence the aligner set in
    another row. The row's facts paired the sentences; the quotation is compared where it is quoted. Where another
    outlet quotes the statement in the row word for word (two copies of Reuters' "No one should feel this fear in
    the communities, no one," beside the AP's "… in their communities" a row away), the quotation is not sought
    further: doing so over the corpus found 27 more findings, 5 of them listed in gold.
    """
    placed = [(row, unit) for row in context.content_rows for unit in _wordings(context, row, quotes)]
    pool = [(q.text, n) for n, (_, unit) in enumerate(placed) for q in quotes[unit.ref]]
    distinct = list(dict.fromkeys(text for text, _ in pool))
    postings: dict[str, list[int]] = {}  # the quotations holding each word but the commonest: a match shares some
    for i, text in enumerate(distinct):
        for key in set(wording(text)):
            if zipf(key) < FUNCTION_ZIPF:
                postings.setdefault(key, []).append(i)
    findings: list[Finding] = []
    for row, unit in placed:
        partners = {q.text for u in context.row_units(row) if u.witness != unit.witness for q in quotes.get(u.ref, ())}
        for quote in quotes[unit.ref]:
            if len(quote.text.split()) < _ELSEWHERE_WORDS or quote.text in partners or any(same_quote(quote.text, theirs) for theirs in partners):
                continue
            candidates = sorted({i for key in set(wording(quote.text)) if zipf(key) < FUNCTION_ZIPF for i in postings.get(key, ())})
            shares = {
                text: share
                for text, share, _ in process.extract(quote.text, [distinct[i] for i in candidates], scorer=fuzz.token_set_ratio, score_cutoff=_ELSEWHERE_SHARE, limit=None)
                if _mostly_in_order(quote.text, text) and not excerpt(quote.text, text)
            }
            if not shares:
                continue
            scored = [(shares[text], n) for text, n in pool if text in shares and placed[n][0].id != row.id and placed[n][1].witness != unit.witness]
            best = max(scored, key=lambda found: (found[0], -found[1]), default=None)  # the first of the best
            if best is None:
                continue
            other_row, other = placed[best[1]]
            support = _support_in(context, [row, other_row], quotes)
            altered = _altered(unit, other, row.id, {unit.ref: (quote,), other.ref: quotes[other.ref]}, support, spinners, habit)
            findings.extend(f for f in altered if 2 * len(f.text.split()) <= len(quote.text.split()))
    return findings


@dataclass(frozen=True, slots=True)
class _Support:
    """The row's wordings by outlet, as support for one wording of a quotation is counted: the outlets'
    quotations (``said``), and on a tie their whole sentences (``written``); and the quotations as printed
    (``quoted``), to tell whether a third outlet quotes a passage at all."""

    said: dict[str, str]
    written: dict[str, str]
    quoted: dict[str, list[str]]

    def quoted_by_a_third(self, quote: str, outlets: tuple[str, str]) -> bool:
        """Whether an outlet besides ``outlets`` quotes the same statement as ``quote`` (``same_quote``)."""
        return any(w not in outlets and any(same_quote(quote, q) for q in texts) for w, texts in self.quoted.items())


def _one_string(wordings: Iterable[str]) -> str:
    """An outlet's ``joined`` wordings as one string, each apart from the next, so that a run of words is looked
    for in all of them with one substring search: no run of joined words matches across the separator."""
    return "\x1d".join(wordings)


def _support(said: dict[str, str], wording: tuple[tuple[str, ...], ...], spinners: Collection[str]) -> float:
    """Outlets in the row that quote these words with the same word before them or after them.

    A spinner counts half: it carries its source's wording where it did not
    swap, but two of its swaps agreeing with one rewrite must not outvote the wire.
    """
    needles = [joined(seq) for seq in wording if seq]
    return sum((0.5 if w in spinners else 1.0) for w, quoted in said.items() if any(n in quoted for n in needles))


_SPLIT = 2
"""Outlets on each side from which a quotation quoted two ways in equal numbers is a split among copies, marked on
both sides whoever else quotes it; one against one is settled as above."""


def _altered_side(stretch: Stretch, support: _Support, spinners: Collection[str], habits: tuple[float, float]) -> str:
    """Which outlet altered the stretch: "mine" when fewer outlets quote this outlet's wording, "theirs" when
    fewer quote the other's, else "both" (undecided).

    Support is counted with a neighbour word in the outlets' quotations
    first; on a tie, with a neighbour word in the row's sentences, quoted or
    not (an FDA official's "When used as directed, …" that two outlets quote
    as "When used directly" and "When used as directed", while two more write
    it unquoted before their quotation: "When used as directed, she added,
    …"; a rewrite that words a passage as the outlet it copies can mislead
    this: over the corpus it settled ten listed quote changes and lost two);
    then by the content words anywhere in the outlets' quotations (two
    rewrites that both keep "hopefully … the world a little bit" outvote a
    spinner's "I hope, globally" though they order the words apart; not for a
    dropped word, which has none on one side), which a word used elsewhere in
    a quotation can also satisfy, so it comes after the neighbours; then by
    the swapping habit (``habits``: this
    outlet's and the other's). Two outlets that alone quote one statement two
    ways, neither with a spinner's habit ("a justice of historic stature"
    against "a jurist of historic stature"), leave it undecided: one of them
    altered the speaker's words, and the editor must see it on both; so must
    outlets that quote it two ways in equal numbers ("split": three copies of
    Reuters' translation of Danske Bank's statement, "has failed to live up
    to its responsibility", against three of ITV's, "has not lived up to").
    """
    said = support.said
    ours, others = _support(said, stretch.mine_in_context, spinners), _support(said, stretch.theirs_in_context, spinners)
    if ours == others:
        ours, others = _support(support.written, stretch.mine_in_context, spinners), _support(support.written, stretch.theirs_in_context, spinners)
    if ours == others and stretch.mine_alone and stretch.theirs_alone:
        ours, others = _support_each(said, stretch.mine_alone, spinners), _support_each(said, stretch.theirs_alone, spinners)
    if ours != others:
        return "mine" if ours < others else "theirs"
    mine, theirs = habits
    if mine >= theirs + _TIE_HABIT:
        return "mine"
    if theirs >= mine + _TIE_HABIT:
        return "theirs"
    return "split" if ours >= _SPLIT else "both"


def _word_change(mine: str, stretch: Stretch, quote: str, match: str) -> bool:
    """A few words changed for a few others ("justice" for "jurist", "can't" for "can"), a content word among
    them: not two different statements that share some wording, not a tense or an article ("has been" for
    "was"), and not an abbreviation spelled out ("U.S." for "United States"). What an undecided stretch must
    be to be reported on both outlets."""
    theirs = "" if stretch.theirs == NOTHING else stretch.theirs
    a, b = wording(mine), wording(theirs)
    if not (stretch.mine_alone or stretch.theirs_alone):
        return False
    longest = max(len(a), len(b))
    if longest > _UNDECIDED_WORDS and not (longest <= _RESTATED_WORDS and stretch.inside and about_one_length(quote, match)):
        return False
    letters = ["".join(ch for ch in side if ch.isalnum()) for side in (mine.lower(), theirs.lower())]
    initials = ["".join(k[0] for k in side if k) for side in (a, b)]
    return letters[0] != initials[1] and letters[1] != initials[0]


def _support_each(said: dict[str, str], keys: tuple[str, ...], spinners: Collection[str]) -> float:
    """Outlets in the row whose quotations hold every one of these content words, in any order."""
    return sum((0.5 if w in spinners else 1.0) for w, quoted in said.items() if all(joined([k]) in quoted for k in keys))


_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def _date_restyled(mine: str, theirs: str, quote: str, match: str) -> bool:
    """A date written in another house style inside one quotation ("On 14th January, 2024" against "On January 14,
    2024", "14 January" against "14th January"): the desk's style, not the speaker's words, so long as the two
    quotations name the same days, months and years."""
    keys = [t.key for t in words(f"{mine} {'' if theirs == NOTHING else theirs}")]
    if not keys or not all(is_quantity(k) or k in ORDINAL_SUFFIXES for k in keys):
        return False
    return _calendar(quote) == _calendar(match)


def _calendar(text: str) -> list[str]:
    """A quotation's figures and calendar words, ordinal endings dropped, sorted."""
    return sorted(_ORDINAL_END.sub("", t.key) for t in words(text) if is_quantity(t.key))


def _altered(
    unit: Unit,
    other: Unit,
    row: int,
    quotes: dict[tuple[str, int], tuple[Quote, ...]],
    support: _Support,
    spinners: Collection[str],
    habit: Mapping[str, float],
) -> list[Finding]:
    """Stretches of ``unit``'s quotations that fewer outlets of the row quote than ``other``'s wording.

    Which side altered a quotation is decided stretch by stretch, by the
    outlets that quote each wording: a rewrite that drops "greatest" from
    "the greatest honor of my life" is the odd one out against every outlet
    that kept it. On a tie (two outlets, two wordings) the outlet that is
    clearly more often the odd one out in swaps elsewhere is taken to have
    altered it; where neither is and no third outlet of the row quotes the statement,
    the stretch is reported on both, as undecided.
    """
    habits = (habit.get(unit.witness, 0.0), habit.get(other.witness, 0.0))
    findings = []
    theirs = quotes.get(other.ref, ())
    mine = quotes.get(unit.ref, ())
    for quote in mine:
        match = max(theirs, key=lambda q: fuzz.token_set_ratio(quote.text, q.text), default=None)
        same = match is not None and (same_quote(quote.text, match.text) or lone_words(mine, theirs) or same_slot(unit.text, quote, other.text, match))
        if match is None or not same or excerpt(quote.text, match.text):
            continue
        similarity = fuzz.ratio(quote.text, match.text) / 100
        for stretch in altered_stretches(quote.text, match.text):
            if _date_restyled(quote.text[stretch.start : stretch.end], stretch.theirs, quote.text, match.text):
                continue
            side = _altered_side(stretch, support, spinners, habits)
            a_third_quotes = side == "both" and support.quoted_by_a_third(quote.text, (unit.witness, other.witness))
            if side == "theirs" or a_third_quotes or (side in ("both", "split") and not _word_change(quote.text[stretch.start : stretch.end], stretch, quote.text, match.text)):
                continue
            undecided = {
                "both": f" No third outlet quotes the passage to tell which wording is the speaker's: {other.witness} is marked too.",
                "split": f" As many outlets quote it one way as the other, so which wording is the speaker's is undecided: {other.witness} is marked too.",
            }.get(side, "")
            findings.append(
                found_in(
                    unit,
                    quote.start + stretch.start,
                    quote.start + stretch.end,
                    kind="quote",
                    counterpart=Counterpart(other.witness, other.index, stretch.theirs),
                    score=round((0.4 + 0.6 * similarity) * (0.75 if undecided else 1.0), 3),
                    explanation=f"“{quote.text[stretch.start : stretch.end]}” where {other.witness} quotes “{stretch.theirs}”: "
                    f"the quotation reads “{quote.text}” here but “{match.text}” in {other.witness}.{undecided}",
                    row=row,
                )
            )
    return findings
