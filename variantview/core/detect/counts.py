"""Changed counts in sentences rewritten too far to diff: "the death toll ... stood at 61" against "stood at 38".

The changed-fact check compares each sentence with its row's hub, word by
word; when the hub is a paraphrase, two copies of the wire that state the
toll differently are never diffed against each other, and a bare count has
no unit for the measure check to read. What says two counts are counts of
one thing is the wording around them: the same two words before the figure
("stood at"), most of the words it counts after it ("500 people would be
taken to hospital" against "400 people were taken to hospitals"), or the toll
it is nearest to ("killed 38 and injured almost 100 people" against "At least
40 people have been killed").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding, less_stated
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.detect.measures import UNIT_WORDS
from variantview.core.memo import memo_text
from variantview.core.text import SPELLED_COUNTS, Token, is_content_word, is_number, is_quantity, stem, words

_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$")
"""A bare count as a word key: "61", "2,000", "1.5"; not "1,600km", "5:30" or "2023s"."""
_AFTER = 3
_AFTER_WINDOW = 6
"""The first content words (up to three, within six words) after a figure say what it counts; two of them
shared name one thing ("people ... taken ... hospital")."""
_SHARED_AFTER = 2
_TOLLS = {
    **dict.fromkeys(("kill", "dead", "die", "death", "fatal", "bodi", "perish", "drown"), "dead"),
    **dict.fromkeys(("injur", "injuri", "wound", "hurt", "hospit", "hospitalis"), "hurt"),
}
"""The stems of the words a casualty count is told with, by the toll they name: the people killed or hurt,
however a rewrite phrases it ("killing 40", "40 people have died", "the death of at least 40", "Sixty-nine people
drowned", "another 20 transported to local hospitals")."""
_TOLL_WORDS = {"lives": "dead", "missing": "missing"}
"""Tolls named by one form alone: "claimed 576 lives" (people "live" in a village), "62 missing" (a flight is "missed")."""
_TOLL_BEFORE, _TOLL_AFTER = 4, 4
"""How far from a count its toll word may stand: "killing at least 40", "40 people have been killed"."""
_TOLL_SPANS = frozenset(["year", "month", "week", "day", "hour", "minut", "decad", "centuri"])
"""Stems of the spans a figure may measure beside a toll word ("died Thursday after 70 years on the throne")."""
_TOLL_CLAUSES = frozenset(["and", "while", "but", "whereas", "plus", "with"])
"""Words that open another clause: a toll word before one belongs to the figure before it ("29 people were killed
while 70 others were left injured")."""
_CLAUSE_MARKS = re.compile(r"[,;:()\u2013\u2014]")
"""Marks that end a clause between a figure and a word: "Blast Kills At Least 27, Hurts Scores"."""
_TOLL_APART = 3.0
"""How far apart two figures of one toll may be: a toll updated from 23 to 45 is one fact told twice; "270 died"
in 2015 against "40 killed" this week, most often two."""


@dataclass(frozen=True, slots=True)
class _Count:
    """A bare count in a sentence: its key, where it stands, the two words before it and the stems of the
    content words after it."""

    key: str
    start: int
    end: int
    before: tuple[str, ...]
    after: frozenset[str]
    noun: str | None
    spelled: bool
    toll: str | None

    def counts_what(self, other: _Count) -> bool:
        """The same two words before both, one of them a content word, or most of what they count after them;
        a count spelled out must also count the same noun ("eight Grammy Awards", "12 Grammys"): "Two passenger
        trains derailed" is no rival for "12 coaches of one train derailed". A toll needs no noun: "killed eight
        people" and a headline's "8 killed" count the dead."""
        if (self.spelled or other.spelled) and (self.noun is None or self.noun != other.noun) and not self._same_toll(other):
            return False
        same_before = len(self.before) == 2 and self.before == other.before and any(is_content_word(k) for k in self.before)
        return same_before or len(self.after & other.after) >= _SHARED_AFTER or self._same_toll(other)

    def _same_toll(self, other: _Count) -> bool:
        """Both figures count the same casualties and are close enough to be one toll reported at two times."""
        if self.toll is None or self.toll != other.toll:
            return False
        low, high = sorted((float(self.key.replace(",", "")), float(other.key.replace(",", ""))))
        return low > 0 and high / low <= _TOLL_APART


def detect_changed_counts(context: Context) -> list[Finding]:
    """Two counts of one thing in a row's sentences that differ: the one fewer outlets state of that thing
    anywhere in the coverage is reported; as many for each, the one fewer state at all (two copies of an early
    take say "about 400" where updated copies say 379, and other sentences give 379 again: "all 379 people
    aboard"); as many again, both, except in the outlet the row is read against."""
    stated = [(unit.witness, c) for unit in context.all_units for c in _counts(unit.text)]

    def stating(count: _Count) -> int:
        """Outlets that state this figure of this thing anywhere: "500" is common in a story, "500 people ... taken to hospital" is not."""
        return len({w for w, c in stated if c.key == count.key and (c == count or c.counts_what(count))})

    findings = []
    for row in context.content_rows:
        units = list({u.text: u for u in context.row_units(row)}.values())
        keys = {u.text: {c.key for c in _counts(u.text)} for u in units}
        for unit in units:
            for mine in _counts(unit.text):
                rival = next(
                    (
                        (o, theirs)
                        for o in units
                        if o.witness != unit.witness and mine.key not in keys[o.text]
                        for theirs in _counts(o.text)
                        if theirs.key not in keys[unit.text] and mine.counts_what(theirs)
                    ),
                    None,
                )  # a figure either sentence also states is another fact of the row, not this one changed
                if rival is None:
                    continue
                other, theirs = rival
                fewer, more = (stating(mine), len(context.outlets_using(mine.key))), (stating(theirs), len(context.outlets_using(theirs.key)))
                if not less_stated(fewer, more):
                    continue
                findings.append(
                    figure_finding(
                        unit,
                        (mine.start, mine.end),
                        Counterpart(other.witness, other.index, other.text[theirs.start : theirs.end]),
                        f"The figure “{unit.text[mine.start : mine.end]}” is “{other.text[theirs.start : theirs.end]}” in "
                        f"{other.witness}, said of the same thing ({more[0]} outlet(s) state {theirs.key} so, {fewer[0]} state {mine.key}).",
                        row.id,
                    )
                )
    return findings


@memo_text(maxsize=20_000)
def _counts(text: str) -> tuple[_Count, ...]:
    """The sentence's bare counts: not a year, and not a figure with a unit, which the measure check compares
    (converted units and all: "1,000 miles" is "1,600km"); memoised, as reprints share sentences."""
    tokens = words(text)
    found = []
    for i, token in enumerate(tokens):
        key = token.key if _COUNT.match(token.key) else SPELLED_COUNTS.get(token.key, "1" if token.key == "one" else None)
        if key is None or _year(key) or _measured(text, tokens[i + 1 : i + 3], token.end) or _part_of_another(text, token.start):
            continue
        before = tuple(t.key for t in tokens[max(0, i - 2) : i])
        window = list(itertools.takewhile(lambda t: not is_number(t.key), tokens[i + 1 : i + 1 + _AFTER_WINDOW]))  # up to the next figure
        counted = [stem(t.key) for t in window if is_content_word(t.key) and not is_quantity(t.key)][:_AFTER]
        noun = _counted_noun(window, counted)
        if token.key == "one" and (noun is None or any(t.key in ("other", "another") for t in tokens[i + 1 :])):
            continue  # "one of", "no one was hurt", "One black hole was … and the other …": not a count
        found.append(_Count(key, token.start, token.end, before, frozenset(counted), noun, key != token.key, _toll(text, tokens, i)))
    return tuple(found)


_PEOPLE = {"people": "person", "persons": "person", "person": "person", "men": "man", "man": "man", "women": "woman", "woman": "woman", "children": "child", "child": "child"}
"""The nouns that count people, by one name for singular and plural: "At least one person has died" against "at
least two people have died" count one thing ("people" is too common a word to count as content, and "men" is not
stemmed to "man")."""


def _counted_noun(window: Sequence[Token], counted: Sequence[str]) -> str | None:
    """The noun right after a figure, when it says what the figure counts ("eight Grammy Awards", "two people")."""
    if not window:
        return None
    return _PEOPLE.get(window[0].key) or (counted[0] if counted and stem(window[0].key) == counted[0] else None)


def _toll(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """The casualties the count at ``i`` is nearest to, within a few words of its clause (in "killed 38 and
    injured almost 100 people", 38 are dead and 100 hurt; in "Kills At Least 27, Hurts Scores", 27 are dead);
    the word before wins a tie, as a verb comes before its object ("killing 40 people and injuring dozens").
    A figure of years or days is a span, not a toll."""
    after = _clause(text, tokens[i], tokens[i + 1 : i + 1 + _TOLL_AFTER])
    if after and stem(after[0].key) in _TOLL_SPANS:
        return None
    before = _clause(text, tokens[i], reversed(tokens[max(0, i - _TOLL_BEFORE) : i]))
    nearest = sorted(
        [(d, 0, _toll_word(t.key)) for d, t in enumerate(before)] + [(d, 1, _toll_word(t.key)) for d, t in enumerate(after)],
        key=lambda found: found[:2],
    )
    return next((toll for _, _, toll in nearest if toll is not None), None) or _toll_told(tokens, i)


def _toll_told(tokens: Sequence[Token], i: int) -> str | None:
    """The toll a sentence is about, for the first figure after it: "The death toll from a massive rubbish heap
    collapse in Uganda's capital, Kampala, has risen to 24" (however far the figure stands from "death")."""
    for j in range(i - 1, 0, -1):
        if is_number(tokens[j].key):
            return None
        if tokens[j].key == "toll":
            return _toll_word(tokens[j - 1].key)
    return None


def _clause(text: str, figure: Token, away: Iterable[Token]) -> list[Token]:
    """The words walking away from a figure, up to another figure, a word that opens a clause, or a mark between."""
    reached, last = [], figure
    for token in away:
        between = text[min(last.end, token.end) : max(last.start, token.start)]
        if is_number(token.key) or token.key in _TOLL_CLAUSES or _CLAUSE_MARKS.search(between):
            break
        reached.append(token)
        last = token
    return reached


def _toll_word(key: str) -> str | None:
    return _TOLL_WORDS.get(key) or _TOLLS.get(stem(key))


def _measured(text: str, following: Sequence[Token], end: int) -> bool:
    """A unit after the figure ("137 miles", "9.6 million kilometers", "160-meter", "66%")."""
    units = [t.key for t in following if not is_quantity(t.key)][:1]
    return text[end : end + 1] in ("%", "-") or bool(units and units[0] in UNIT_WORDS)


def _part_of_another(text: str, start: int) -> bool:
    """An amount of money, left to the changed-fact check (which reads its currency: "$US209 billion ($318
    billion)" is one sum in two currencies), or the decimals of a figure the tokenizer cut ("US175.4")."""
    before = text[max(0, start - 2) : start]
    return before[-1:] in ("$", "€", "£", "¥") or (before[-1:] in (".", ",") and before[:1].isdigit())


def _year(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and 1800 <= int(key) <= 2100
