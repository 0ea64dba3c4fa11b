"""Changed facts: numbers, amounts, dates and names that differ between aligned sentences.

A reprint that copies a sentence but changes "12" to "21" or one name for
another is the costliest error an editor can miss, and it is invisible to a
similarity score; so any replaced stretch with a quantity or a proper name on
both sides is reported, however little context surrounds it.
"""

from __future__ import annotations

from variantview.core.detect.context import Change, Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.text import is_proper_name, is_quantity

MAX_WORDS = 5


def detect_numbers(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        for change in context.changes(row):
            kind = _fact_kind(change)
            if kind is None or change.left + change.right < 1:
                continue
            minority, _ = context.minority(change)
            sides = []
            if minority == "x" or (minority is None and change.x.witness != row.base):
                sides.append((change.x, change.x_span, change.y, change.y_text))
            if minority == "y" or (minority is None and change.y.witness != row.base):
                sides.append((change.y, change.y_span, change.x, change.x_text))
            for unit, span, other, other_text in sides:
                text = unit.text[span[0] : span[1]]
                findings.append(
                    found_in(
                        unit,
                        *span,
                        kind="number",
                        counterpart=Counterpart(other.witness, other.index, other_text),
                        score=round(0.6 + 0.1 * min(change.left + change.right, 4), 3),
                        explanation=f"The {kind} “{text}” differs from “{other_text}” in {other.witness}.",
                        row=row.id,
                    )
                )
    return findings


def _fact_kind(change: Change) -> str | None:
    """What kind of fact changed, or None: both sides short and carrying a quantity or a name."""
    if len(change.x_words) > MAX_WORDS or len(change.y_words) > MAX_WORDS:
        return None
    if any(is_quantity(t.key) for t in change.x_words) and any(is_quantity(t.key) for t in change.y_words):
        return "number or date"
    if len(change.x_words) <= 3 and len(change.y_words) <= 3:
        x_names = all(is_proper_name(change.x.text, t.start) for t in change.x_words)
        y_names = all(is_proper_name(change.y.text, t.start) for t in change.y_words)
        if x_names and y_names:
            return "name"
    return None
