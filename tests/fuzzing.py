"""Generated input for the whole pipeline: what a file on an editor's disk could hold.

``cases()`` yields (bytes, file suffix): random bytes; random Unicode
(right-to-left scripts, combining marks, emoji, zero-width characters, lone
surrogates) in several encodings; huge lines; text with no sentences, only
punctuation or only quotation marks; random text inside HTML; and the real
format fixtures with bytes flipped, cut or spliced. ``exercise`` loads one
case as a file and, when it loads, compares it and renders every report.
Anything but a clean result or an InputError is a defect.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from variantview.core.comparison import compare_witnesses
from variantview.core.errors import InputError
from variantview.core.read.files import read_witness
from variantview.core.read.witness import make_witness
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PARTNER = make_witness("partner", "Storm closes the harbour bridge. Twelve crew members were rescued on Tuesday, officials said.\n“We did all we could,” the captain said.")
SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf", "")
SEEDS = tuple(p.read_bytes() for p in sorted((FIXTURES / "formats").iterdir()) if p.suffix in (".html", ".docx", ".pdf", ".txt"))

_SPECIAL = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u0301", "\u0308", "\u20dd", "👍🏽", "👨‍👩‍👧", "🇰🇵", "שלום", "مرحبا", "\u05d0\u05b8", "“", "”", "‘", "’", "«", "»", "„", '"', "'", "...", "…", "\n", "\r\n", "\t", " ", "."]
)
_WORDS = st.sampled_from(["Putin", "Kim", "said", "the", "bridge", "U.S.", "Sat.", "Mr.", "42", "1,000", "June 20:", "—", "(", ")", "[", "]", "spacecraft", "satellites"])
_TEXT = st.lists(st.one_of(st.text(max_size=30), _SPECIAL, _WORDS), max_size=80).map(" ".join)
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "koi8-r", "shift_jis"])


@st.composite
def _encoded_text(draw: st.DrawFn) -> bytes:
    text = draw(_TEXT)
    if draw(st.booleans()):
        text += draw(st.sampled_from(["\ud800", "\udfff", "a\udc80b"]))  # lone surrogates, written as such
        return text.encode(draw(st.sampled_from(["utf-8", "utf-16-le"])), "surrogatepass")
    return text.encode(draw(_ENCODINGS), "ignore")


def _huge_line() -> st.SearchStrategy[bytes]:
    return st.builds(lambda word, n: ((word + " ") * n).encode("utf-8", "surrogatepass"), st.text(min_size=1, max_size=8), st.integers(5_000, 60_000))


def _no_sentences() -> st.SearchStrategy[bytes]:
    marks = st.sampled_from(list(".,;:!?-–—…()[]{}*#/\\|\"'“”‘’«»„ \n\t"))
    quotes = st.sampled_from(list("\"'“”‘’«»„‹›「」"))
    return st.one_of(st.lists(marks, max_size=500), st.lists(quotes, min_size=1, max_size=500)).map(lambda xs: "".join(xs).encode("utf-8"))


def _html() -> st.SearchStrategy[bytes]:
    return st.builds(
        lambda head, body, tail: f"<!doctype html><html><head><title>{head}</title></head><body><article><p>{body}</p><p>{tail}</p></article></body></html>".encode("utf-8", "surrogatepass"),
        _TEXT, _TEXT, _TEXT,
    )


@st.composite
def _damaged_fixture(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 20))):
        operation = draw(st.sampled_from(["flip", "cut", "splice"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if operation == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "cut":
            del data[at : at + draw(st.integers(1, 4096))]
        else:
            data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


def cases() -> st.SearchStrategy[tuple[bytes, str]]:
    content = st.one_of(st.binary(max_size=4096), _encoded_text(), _huge_line(), _no_sentences(), _html(), _damaged_fixture())
    return st.tuples(content, st.sampled_from(SUFFIXES))


def exercise(data: bytes, suffix: str) -> str:
    """Load, compare and report one case; returns 'refused' or 'compared'."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"case{suffix}"
        path.write_bytes(data)
        try:
            witness = read_witness(path, {"partner"})
            comparison = compare_witnesses([PARTNER, witness])
        except InputError as error:
            assert error.reason and "\n" not in str(error)
            return "refused"
    for units in comparison.units.values():
        for unit in units:
            assert comparison.witness(unit.witness).text[unit.start : unit.end] == unit.text
    json.dumps(comparison.to_dict(), ensure_ascii=False)
    render_html(comparison)
    render_csv(comparison)
    return "compared"
