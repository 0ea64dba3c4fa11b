"""Letters from other alphabets that imitate Latin ones, and the Latin letters they imitate.

Scraper sites hide a copied article from duplicate checks by writing some of its letters as look-alikes
from other alphabets: "Egyptiaп" with a Cyrillic pe, "υпtoυched" with a Greek upsilon, "Russiа" with a
Cyrillic a. Compared as written, each such word differs from every other outlet's, so the copy fills with
typos, garbles and altered quotations that are none of these (forty-one on one real scraper page of an
Egyptian tomb story). Read as the letters they imitate, the copy compares as the copy it is; the witness's
metadata lists the letters it imitated, and the editor is told which outlet disguises its letters.

Which letter imitates which is Unicode's confusables table (``confusable_homoglyphs``), for letters of no
mark of their own: "é" is a letter with an accent, not an imitation of "e".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from variantview.core.memo import memo_key

LOOKALIKES = "look-alike letters"
"""The metadata key of a disguised witness: its imitating letters, what each imitates and how often."""

MIN_WORDS = 3
"""Words mixing imitations with Latin letters from which a text is read as disguised. A real article has
none, or one by accident (a menu listing "Русский" beside "English"); a disguised copy has dozens."""

_UNLISTED = {"п": "n", "Ԁ": "d", "ɩ": "l"}
"""What disguised copies use letters for where Unicode's table says otherwise or nothing: it pairs the Cyrillic
pe only with the Greek pi, the Komi de with nothing and the Latin iota with "i", yet in news fonts "п" passes
for "n", "Ԁ" for "d" and "ɩ" for "l", and the copies write them so ("dowп", "Ԁгɪᴠɪɴɡ", "ѕtᴜmЬɩe")."""

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def imitations(text: str) -> Counter[tuple[str, str]]:
    """Each imitating letter with the Latin letter it imitates, and how often, in a disguised text; empty
    for a text that is not disguised."""
    words = [w for w in _words_with_other_letters(text) if _foldable(w)]
    if sum(1 for w in words if _mixed(w)) < MIN_WORDS:
        return Counter()
    return Counter((ch, latin) for w in words for ch in w if (latin := _imitated(ch)) is not None)


def unmasked(text: str, found: Counter[tuple[str, str]]) -> str:
    """The text with each of its imitating letters (``imitations``) read as the Latin letter it imitates,
    letter for letter, so every offset into it is an offset into the page as written."""
    table = str.maketrans({ch: latin for ch, latin in found})
    return _WORD.sub(lambda m: m[0].translate(table) if _foldable(m[0]) else m[0], text)


def _words_with_other_letters(text: str) -> list[str]:
    """Each word holding a letter outside ASCII, once for each place it stands, found from those letters: an
    English article has a handful ("café") or none, and its curly quotes and dashes are no letters, so this
    reads a few characters where a word-by-word scan of 30 long articles took a tenth of a second."""
    starts = set()
    for other in _NON_ASCII.finditer(text):
        i = other.start()
        if text[i].isalpha():
            while i > 0 and text[i - 1].isalpha():
                i -= 1
            starts.add(i)
    return [word[0] for i in sorted(starts) if (word := _WORD.match(text, i))]


def _foldable(word: str) -> bool:
    """Every letter Latin or an imitation of one: a word of another language keeps its letters."""
    return all(ch.isascii() or _imitated(ch) is not None for ch in word)


def _mixed(word: str) -> bool:
    return any(ch.isascii() for ch in word) and any(not ch.isascii() for ch in word)


@memo_key(maxsize=4096)
def _imitated(letter: str) -> str | None:
    """The one Latin letter ``letter`` imitates, or None: the letter itself in another style ("𝚊", "Ａ"), a Latin
    small capital ("ᴏ", "ʟ") or a dotless letter ("ȷ") by its Unicode name, else what Unicode's confusables table
    pairs it with, directly or through one more look-alike (Cyrillic "т" with the small capital "ᴛ"), of its
    own case where there is a choice. ``confusable_homoglyphs`` is loaded only for the texts that need it."""
    if letter in _UNLISTED:
        return _UNLISTED[letter]
    if letter.isascii():
        return None
    styled = unicodedata.normalize("NFKC", letter)
    if len(styled) == 1 and styled.isascii() and styled.isalpha():
        return styled
    if unicodedata.decomposition(letter):
        return None
    latin = _latin_homoglyphs(letter) or [c for other in _homoglyphs(letter) for c in _latin_homoglyphs(other)]
    return next((c for c in latin if c.islower() == letter.islower()), latin[0] if latin else None)


_PLAIN_NAMED = re.compile(r"LATIN (?:LETTER SMALL CAPITAL|SMALL LETTER DOTLESS) ([A-Z])")


def _homoglyphs(letter: str) -> list[str]:
    """What Unicode's confusables table pairs ``letter`` with, in any alphabet."""
    from confusable_homoglyphs import confusables

    return [g["c"] for found in confusables.is_confusable(letter, greedy=True) or [] for g in found["homoglyphs"]]


def _latin_homoglyphs(letter: str) -> list[str]:
    if len(letter) != 1:
        return []  # the table pairs some letters with sequences ("rn" with "m"): none is one letter
    named = _PLAIN_NAMED.fullmatch(unicodedata.name(letter, ""))
    plain = named[1].lower() if named else letter
    return [c for c in (plain, unicodedata.normalize("NFKC", letter), *_homoglyphs(letter)) if len(c) == 1 and c.isascii() and c.isalpha()]
