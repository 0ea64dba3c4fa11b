"""Sentence units with character offsets into the witness's original text.

syntok is applied line by line: news text puts headlines, bylines and
datelines on lines of their own without a final stop, and a line break is
the only sign that they end. On the sample this beat pysbd (which splits
"Sat." and strands closing quotes) and a regex splitter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter as syntok

from variantview.core.memo import memo_text
from variantview.core.read.witness import Witness

_LINE = re.compile(r"[^\n]+")

_GLUED_CREDIT = re.compile(
    r"©[^.!?©\n]{0,100}\b(?:AFP|AP|Reuters|Getty\s+Images|EPA|Xinhua|Bloomberg|Shutterstock|PA|AAP|dpa|Images)\b(?=\s+[A-Z\"“‘'])",
    re.IGNORECASE,
)
"""A photo credit that a scraper glued between two sentences ("…in Pennsylvania. © Anna Moneymaker / GETTY
IMAGES NORTH AMERICA / Getty Images via AFP The former president was seen…"): no full stop ends it, so it
is cut off at its last agency name before a capital; otherwise the sentence after it is set apart as chrome
with it. The match is greedy, so a credit naming several agencies is cut after the last."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence-like unit; ``text == witness.text[start:end]`` always holds."""

    witness: str
    index: int
    start: int
    end: int
    text: str
    role: str = "body"  # body | headline | meta | chrome
    boilerplate: bool = False
    paragraph: int = 0  # the line of the witness it stands on: a caption is judged paragraph by paragraph

    @property
    def ref(self) -> tuple[str, int]:
        return (self.witness, self.index)


def segment(witness: Witness) -> list[Unit]:
    """Split a witness into units that tile its non-blank text, in reading order."""
    spans = [(n, span) for n, line in enumerate(_LINE.finditer(witness.text)) for span in _line_spans(witness.text, line.start(), line.end())]
    return [
        Unit(witness=witness.id, index=i, start=start, end=end, text=witness.text[start:end], paragraph=n)
        for i, (n, (start, end)) in enumerate(spans)
    ]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one line at syntok's sentence starts, trimming blanks at both ends of each piece."""
    line = text[start:end]
    if not line.strip():
        return []
    starts = {0, *_sentence_starts(line), *_credit_cuts(line), *_meridiem_cuts(line), *_glued_cuts(line)} - _attributed(line) - _after_titles(line) - _barred_dateline(line)
    cuts = sorted({_past_wire_credit(line, cut) for cut in starts})
    pieces = zip(cuts, [*cuts[1:], len(line)])
    spans = []
    for a, b in pieces:
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + a + lead, start + a + lead + len(stripped)))
    return spans


_MERIDIEM_END = re.compile(r"\d\s*[ap]\.m\.\s+(?=([A-Z][\w’'-]*)(\s+\w+)?)")
_NOT_A_START = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Pacific|Eastern|Central|"
    r"Mountain|Atlantic|Greenwich|[A-Z]{1,4})$"
)
"""Words that go on a time rather than start a sentence: "at 3 p.m. Friday", "p.m. EST", "p.m. Pacific time"."""


def _meridiem_cuts(line: str) -> list[int]:
    """Where a sentence starts after a time's "p.m." ("… when it hit at 11:11 p.m. Morocco's National Seismic
    … measured it …"): syntok reads "p.m." as an abbreviation and never ends a sentence on it, so two
    sentences of the AP's became one that belongs in two rows."""
    if ".m. " not in line:
        return []
    return [m.end() for m in _MERIDIEM_END.finditer(line) if not _NOT_A_START.match(m.group(1)) and (m.group(2) or "").strip() != "time"]


_ATTRIBUTED = re.compile(
    r"[!?][\"”’]\s+(?=[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+(?:said|says|told|added|asked|wrote|tweeted|posted|exclaimed|shouted|declared|replied)\b)"
)


def _attributed(line: str) -> set[int]:
    """Cuts that would part an exclaimed or asked quotation from its attribution ('"Best day ever!" Bezos said
    upon landing.'): syntok starts a sentence at the capitalised name, and the quotation's row loses who said it."""
    if "!" not in line and "?" not in line:
        return set()
    return {m.end() for m in _ATTRIBUTED.finditer(line)}


_WIRE_AFTER_DATELINE = re.compile(r"\((?:AP|Reuters|AFP|UPI|CNN|dpa|Xinhua|PTI|IANS|ANI)\)\s*[—–-]+\s*")


def _past_wire_credit(line: str, cut: int) -> int:
    """A cut before a dateline's wire credit, moved past it: syntok ends a sentence at "Calif." in
    "HUNTINGTON BEACH, Calif. (AP) — A major oil spill …", which left the lead opening on "(AP) —" and the
    place alone; the dateline is one unit with its credit, as "PARIS (AP)" already is."""
    credit = _WIRE_AFTER_DATELINE.match(line, cut)
    return credit.end() if credit and cut > 0 else cut


_BARRED_DATELINE = re.compile(r"^[A-Z][\w.,'’ -]{1,40}\([^()]{1,30}\)\s*(?=\|\s)")


def _barred_dateline(line: str) -> set[int]:
    """The cut syntok makes after a dateline's closing parenthesis when a bar, not a dash, sets it off from
    the lead ("Abuja (Nigeria) | More than 90 people …"): the place alone in a row, and the lead opening
    on the bar, kept the lead out of the others' row."""
    if "|" not in line:
        return set()
    dateline = _BARRED_DATELINE.match(line)
    return {dateline.end()} if dateline else set()


_TITLE = re.compile(r"(?<![\w.])(?:Rep|Reps|Gov|Govs|Sens|Lt|Sgt|Cpl|Maj|Cmdr|Cdr|Rev|Supt|Insp|Det|Atty|Pres|Amb|Hon|Rt|Gens|Msgr|Pvt|Ft)\.\s+(?=[A-Z])")


def _after_titles(line: str) -> set[int]:
    """Cuts after a title that always stands before a name ("led by Rep. Matt Gaetz", "Gov. Gavin Newsom",
    "Lt. Gen."): syntok knows "Sen." and "Gen." but not these, and split every such sentence of a story on the
    House in two, the name's half in a row of its own."""
    if "." not in line:
        return set()
    return {m.end() for m in _TITLE.finditer(line)}


_GLUED_STOP = re.compile(r"[a-z0-9]{2}[.!?](?:[\"”’]?(?=[A-Z][a-z])|(?=[“‘][A-Z][a-z]))")


def _glued_cuts(line: str) -> list[int]:
    """Where a sentence starts right after another's full stop, with no space between ("…on October 23,
    2020.Shares of SVB were halted…", "…as soon as it is available.”Treasury Secretary…", "…Kitty Hawk, North
    Carolina.“Altimeter data confirms …"): a scraper that
    drops a paragraph break glues them, and syntok wants a space before a new sentence. Two lowercase
    letters or digits before the stop and a capitalised word after it keep initials ("U.S.") and web
    addresses ("news.com") whole."""
    return [m.end() for m in _GLUED_STOP.finditer(line)]


_CLOSING = ".!?…\"'”’"
_BREAK = re.compile(r"[.!?…;:()\[\]{}]")
"""What a line ends on (its stop and closing quotes, glued), and the marks within it where syntok may start a
sentence: at a stop, a colon and semicolon, a bracket ("LONDON (AP) – Britain …" starts again after the bracket)."""


def _one_sentence(line: str) -> bool:
    """A line with no stop, colon or bracket before its end, which syntok leaves whole: syntok was a tenth of the
    30 x 1,000 bench, and most lines of a body are one sentence. Checked over 129,827 distinct lines of real pages,
    the bench's corpus and the synthetic stories: the same starts as syntok's on every line this passes."""
    return not _BREAK.search(line, 0, len(line.rstrip().rstrip(_CLOSING)))


def _credit_cuts(line: str) -> list[int]:
    """Where a glued photo credit starts and where the sentence after it starts."""
    if "©" not in line:
        return []
    return [cut for m in _GLUED_CREDIT.finditer(line) for cut in (m.start(), m.end())]


@memo_text(maxsize=65536)
def _sentence_starts(line: str) -> tuple[int, ...]:
    """Memoised: outlets reprint whole paragraphs, and syntok is the slowest step of reading."""
    if _one_sentence(line):
        return (len(line) - len(line.lstrip()),) if line.strip() else ()
    try:
        return tuple(sentence[0].offset for paragraph in syntok.analyze(line) for sentence in paragraph if sentence)
    except (IndexError, ValueError, RecursionError):
        return ()
