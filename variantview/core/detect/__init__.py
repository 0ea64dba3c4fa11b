"""Stage 4, Row → Finding: every detector over one alignment; one finding per kind and place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from variantview.core.align.rows import Alignment
from variantview.core.detect.ages import detect_changed_ages
from variantview.core.detect.context import Context
from variantview.core.detect.counts import detect_changed_counts
from variantview.core.detect.coverage import detect_coverage
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.detect.garble import detect_garbles, word_for_word
from variantview.core.detect.kinds import KINDS
from variantview.core.detect.magnitudes import detect_round_amounts
from variantview.core.detect.numbers import detect_numbers
from variantview.core.detect.odd_words import detect_odd_words, spinners
from variantview.core.detect.paraphrase import detect_paraphrases
from variantview.core.detect.phrases import detect_phrase_swaps
from variantview.core.detect.plausibility import detect_implausible
from variantview.core.detect.pronouns import detect_sex_swaps
from variantview.core.detect.quotes import detect_quotes
from variantview.core.detect.signs import detect_changed_signs
from variantview.core.detect.typos import detect_typos
from variantview.core.units.segment import Unit

__all__ = ["KINDS", "Counterpart", "Finding", "detect"]


def detect(alignment: Alignment, units: Mapping[str, Sequence[Unit]], min_support: int | None = None) -> list[Finding]:
    context = Context(rows=alignment.rows, units=units)
    garbles, habit = detect_garbles(context)
    swaps = _onto_twins(context, [*garbles, *detect_implausible(context)])
    spinning = spinners(context, swaps)
    swaps += detect_phrase_swaps(context, spinning)
    quoted = _onto_twins(context, detect_quotes(context, spinning, habit))
    found = [
        *quoted,
        *swaps,
        *detect_odd_words(context, spinning, [*swaps, *quoted]),
        *_onto_twins(context, detect_sex_swaps(context)),
        *_onto_twins(context, [*detect_numbers(context), *detect_round_amounts(context), *detect_changed_counts(context), *detect_changed_signs(context)]),
        *detect_changed_ages(context),
        *detect_coverage(context, alignment.scores, min_support),
        *detect_typos(context),
        *detect_paraphrases(context),
    ]
    return _strongest_per_place(word_for_word(found))


def _onto_twins(context: Context, findings: list[Finding]) -> list[Finding]:
    """Copy each finding onto the outlets that carry its sentence word for word (see ``Context.pairs``)."""
    rows = {row.id: row for row in context.content_rows}
    copies = []
    for f in findings:
        if f.sentence is None or f.start is None or f.end is None:
            continue
        unit = context.unit(f.witness, f.sentence)
        for twin in context.twins(rows[f.row], unit):
            shift = twin.start - unit.start
            copies.append(replace(f, witness=twin.witness, sentence=twin.index, start=f.start + shift, end=f.end + shift))
    return findings + copies


def _strongest_per_place(findings: list[Finding]) -> list[Finding]:
    """The same swap is seen from several outlet pairs; keep its best-scored report."""
    best: dict[tuple[str, str, int | None, int | None, int], Finding] = {}
    for f in findings:
        key = (f.kind, f.witness, f.start, f.end, f.row if f.start is None else -1)
        if key not in best or f.score > best[key].score:
            best[key] = f
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(best.values(), key=lambda f: (f.row, order[f.kind], f.witness, f.start or 0))
