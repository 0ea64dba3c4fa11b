"""A person's sex changed in a copied sentence: "the vehicle belonged to his father" where the other outlets copy
"her father", "Making his radio debut" in Betty White's obituary, "She described her arrest" of a man.

A machine translation through a language whose pronouns do not mark sex
("o" in Turkish, "他/她" read aloud alike in Chinese) picks one when it comes
back to English, and a spinner's thesaurus swaps "he" for "she" as readily
as any word. The garble check reads content words only, where a pronoun is a
function word; but the swap is a wrong fact about who did what, and in a
sentence copied word for word around it no editor makes it.
"""

from __future__ import annotations

from variantview.core.detect.context import COPIED_ENOUGH, Change, Context
from variantview.core.detect.finding import Finding
from variantview.core.detect.garble import swap_finding

_SEXED = (("he", "she"), ("his", "her"), ("him", "her"), ("himself", "herself"), ("his", "hers"))
_SWAPS = frozenset(frozenset(pair) for pair in _SEXED)

SCORE = 0.9
"""As sure as a garble the habit check confirms: one word, the rest of the sentence copied."""


def detect_sex_swaps(context: Context) -> list[Finding]:
    """Each swap of a pronoun for its other sex, reported on the side fewer outlets of the row (or, failing
    them, of the coverage) write, between hubs whose sentences are copied around it."""
    findings = []
    for row in context.content_rows:
        for change in context.changes(row):
            if not _sex_swap(change):
                continue
            side, _ = context.minority(change)
            if side is None:
                continue  # two outlets, one each: which one the translation turned is not for the tool to say
            findings.append(swap_finding(change, side, SCORE, _explain))
    return findings


def _explain(text: str, other_text: str, other: str) -> str:
    return f"“{text}” where {other} has “{other_text}” in a sentence the two share word for word around it: the person changes sex, as a machine translation or a spinner's thesaurus makes them."


def _sex_swap(change: Change) -> bool:
    """One pronoun for its other sex, with copied words on both sides of it."""
    if len(change.x_words) != 1 or len(change.y_words) != 1 or min(change.left, change.right) < 1 or change.copied < COPIED_ENOUGH:
        return False
    return frozenset((change.x_words[0].key, change.y_words[0].key)) in _SWAPS
