"""Where quotations stand in a text: quotation marks paired in order, and statements that run over sentences.

Spinners mangle the marks' direction (``the” strongest always agreement”``),
so marks are paired in order rather than by shape; a quotation left open
runs on into the next sentences of its paragraph. The quote check
(``quotes.py``) and the lineage pass read quotations from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from variantview.core.memo import memo_text
from variantview.core.text import is_content_word
from variantview.core.units.segment import Unit

_DOUBLE = re.compile(r"``|''|[“”\"„«»]")
"""Double marks, one character each, or the typewriter's pairs that some wire feeds still carry (AFP's copy on
some pages: "said the penalty was ``totally disproportionate and unjust''")."""
_OPENING_MARKS = ("“", '"', "„", "«", "``")
_SINGLE_OPEN = re.compile(r"(?<![\w])‘|(?<![\w'])'(?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"’(?![\w])|(?<=[\w.,!?])'(?![\w])")
"""Single marks, curly or straight (the Daily Mail quotes so: "said: 'We are trying to confirm …'"): an opening
mark not after a letter, a closing one not before one, so that "the players' union" and "don't" open nothing. An
opening mark left unclosed opens a statement that runs to the sentence's end, where it opens the sentence or follows
a colon or comma ("A Heathrow spokesperson said: 'Heathrow is experiencing …" over "'While fire crews are responding
…"): British pages close a statement of several sentences only after its last."""
_RUN_ON = 4


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offsets into the unit's text, inside the marks
    end: int
    text: str


@memo_text(maxsize=65536)
def quotes_in(text: str, open_at_start: bool = False) -> tuple[Quote, ...]:
    """Quotations in one sentence; ``open_at_start`` when a quotation opened in an earlier sentence runs on.
    Memoised: reprints carry the same sentences, and the quotation check and the lineage both read every one."""
    marks = [(m.start(), m.end()) for m in _DOUBLE.finditer(text)]
    if open_at_start:
        marks = [(-1, 0), *marks]
    elif len(marks) % 2 and _closes_first(text, marks[0][0]):
        marks = [(-1, _opening(text, marks[0][0])), *marks]
    if len(marks) % 2:
        marks.append((len(text), len(text)))  # it runs on into the next sentence
    spans = [(opening, closing) for (_, opening), (closing, _) in zip(marks[0::2], marks[1::2])]  # inside the marks
    double = set(spans)
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
    if closes and (not opens or closes[0] < opens[0]) and _closes_first(text, closes[0]) and not any(a <= closes[0] < b for a, b in spans):
        spans.append((_opening(text, closes[0]), closes[0]))  # a statement in single marks that closes here
    for o in opens:
        c = next((c for c in closes if c > o), None)
        if any(a <= o < b for a, b in spans):
            continue
        if c is not None:
            spans.append((o + 1, c))
        elif not text[:o].strip() or text[:o].rstrip().endswith((":", ",")):
            spans.append((o + 1, len(text)))  # a statement in single marks, closed in a later sentence or not at all
    found = []
    for a, b in sorted(spans):
        inner = text[a:b]
        lead = len(inner) - len(inner.lstrip())
        stripped = inner.strip()
        if len(stripped.split()) >= 2 or ((a, b) in double and _one_word(stripped)):
            found.append(Quote(a + lead, a + lead + len(stripped), stripped))
    return tuple(found)


def _closes_first(text: str, at: int) -> bool:
    """Whether a sentence's first mark, left unpaired, closes a quotation whose opening mark was lost ("Shane was
    found unresponsive … but it was unsuccessful,” a statement says."): a curly closing mark straight after the
    quotation's own stop, as news style sets it, or a straight one so set ("… in the next phase of our lives.""), or
    a single one ("Take further action if necessary.’", the last sentence of a statement British style closes only
    at its end). The quotation then starts where ``_opening`` says. A spinner's turned mark after a word ("was the”
    strongest always agreement") still opens one."""
    return text[at] in "”\"'’" and at > 0 and text[at - 1] in ",.?!"


def _opening(text: str, closing: int) -> int:
    """Where a quotation that lost its opening mark starts: after the colon that introduces it, a capital after it
    ("Abdul Sattar Khokhar mentioned: We are attempting to verify …’"), else at the sentence's start; a colon inside
    the statement runs on in lower case ("we are focused on two things: vaccinations and …”")."""
    colons = [m.end() for m in _INTRODUCING_COLON.finditer(text, 0, closing)]
    return colons[-1] if colons else 0


_INTRODUCING_COLON = re.compile(r":\s+(?=[A-Z])")


def _one_word(text: str) -> bool:
    """A one-word quotation in double marks ("disastrous", "fine"): outlets quote officials' single words, and a
    spinner swaps them; single marks around one word are too often apostrophes to count."""
    bare = text.strip(" ,.;:!?")
    return bare.isalpha() and is_content_word(bare.lower())


def _opens_first(text: str) -> bool:
    """Whether the first double mark of a sentence is a curly opening one ("On “Full House”, Mr. Saget played …"):
    it opens a quotation of its own, so none runs on into it."""
    first = _DOUBLE.search(text)
    return first is not None and first.group() in ("“", "``")


_REOPENING = re.compile(r"""\s*(?:“|"(?=[^\W_]))""")
"""A mark that opens a sentence, before its first word: inside a paragraph a statement runs on into its next
sentences without a mark, and a closing mark follows the words it closes, so a sentence opening on a mark while a
quotation is still open opens a statement of its own, the closing mark of the one before lost ("Nichols remarks,
"You guys are really working hard right now. "I simply want to go home," you say.")."""


def quotes_by_unit(units: Sequence[Unit]) -> dict[tuple[str, int], tuple[Quote, ...]]:
    """Each unit's quotations, read through its outlet in order.

    A quoted statement often runs over several sentences ("“It has been the
    honor of my life … And while it was my intention …”"); a sentence inside
    it has no marks of its own, or only the closing one. A quotation left
    open carries into the next sentences of its paragraph, for at most
    ``_RUN_ON`` of them, so a stray mark cannot make the rest of an article a quote.
    A statement of several paragraphs reopens each with a mark, without closing the one before ("“One cannot
    undertake as much as one managed in the past..." over "“On 14th January, 2024 — 52 years after I succeeded my
    beloved father — I will step down …"). A paragraph that opens without one carries on only a quotation its
    line above opened in its last sentence, a statement the page split over two lines ("he said: “I have been
    carefully studying …" over "It is clear that the British Museum did not respond …"); a quotation that has run
    longer ends with its paragraph, as a closing mark a page had lost made quotations of the next paragraphs'
    sentences ("Robert Lane Saget was born on May 17, 1956 in Philadelphia.").
    A closing mark whose opening one was lost, after the paragraph's first sentence ("They're not protesters, I'm
    sorry. There is a distinction to be made … acting outside the law,” he stated."), closes a statement that
    opened with the paragraph: the sentences before it, without marks of their own, are quoted whole.
    """
    found: dict[tuple[str, int], tuple[Quote, ...]] = {}
    carried: dict[str, int] = {}
    paragraph: dict[str, int] = {}
    unmarked: dict[str, list[Unit]] = {}  # the sentences of the paragraph so far, while none has a mark
    for unit in units:
        running = carried.get(unit.witness, 0)
        if paragraph.get(unit.witness) != unit.paragraph:
            unmarked[unit.witness] = []
            if running > 1 or unit.text.lstrip().startswith(_OPENING_MARKS) or _opens_first(unit.text):
                running = 0  # a new paragraph reopens a statement with a mark, or carries on only the one its line above opened
        elif running and _REOPENING.match(unit.text):
            running = 0  # the page lost the mark closing the statement before: this sentence opens one of its own
        paragraph[unit.witness] = unit.paragraph
        found[unit.ref] = quotes_in(unit.text, running > 0)
        marks = [m.start() for m in _DOUBLE.finditer(unit.text)]
        before = unmarked[unit.witness]  # reset at the witness's first paragraph, as at every new one
        if not running and len(marks) % 2 and _closes_first(unit.text, marks[0]) and _opening(unit.text, marks[0]) == 0 and 0 < len(before) < _RUN_ON:
            for earlier in before:
                found[earlier.ref] = (Quote(0, len(earlier.text.rstrip()), earlier.text.rstrip()),)  # the statement opened with the paragraph
        if marks or running:
            before.clear()
        else:
            before.append(unit)
        carried[unit.witness] = (running + 1 if running else 1) if (len(marks) + (1 if running else 0)) % 2 and running < _RUN_ON else 0
    return found
