"""The whole pipeline, and the one result object every front end reads.

text -> units -> boilerplate roles -> rows -> findings. Each stage takes the
previous stage's frozen output; the editor's inputs (boilerplate overrides,
alignment corrections, base outlet, threshold) are plain data passed in, and
re-running the pipeline with them is how an alignment gets "edited".
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from variantview.core.align.inputs import DEFAULT_THRESHOLD, Correction
from variantview.core.align.rows import Row, align
from variantview.core.detect import Finding, detect
from variantview.core.errors import InputError
from variantview.core.lineage import Derivation, trace_lineage
from variantview.core.read.warnings import warnings
from variantview.core.read.witness import Witness, witnesses_from_texts
from variantview.core.units.boilerplate import mark_boilerplate
from variantview.core.units.run_on import split_run_on
from variantview.core.units.segment import Unit, segment

JSON_VERSION = 1


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    base: str | None = None
    min_support: int | None = None
    boilerplate: Mapping[tuple[str, int], bool] = field(default_factory=dict)
    corrections: Sequence[Correction] = ()
    meaning: bool = True  # the aligner's embedding pass; off, alignment is by wording alone


@dataclass(frozen=True)
class Comparison:
    witnesses: tuple[Witness, ...]
    units: Mapping[str, tuple[Unit, ...]]
    rows: tuple[Row, ...]
    findings: tuple[Finding, ...]
    base: str
    options: Options
    warnings: tuple[str, ...] = ()
    lineage: tuple[Derivation, ...] = ()

    def witness(self, witness_id: str) -> Witness:
        return next(w for w in self.witnesses if w.id == witness_id)

    def unit(self, witness_id: str, index: int) -> Unit:
        return self.units[witness_id][index]

    @cached_property
    def findings_by_sentence(self) -> Mapping[tuple[int, str, int], tuple[Finding, ...]]:
        """Findings located in a sentence, by (row, witness, sentence): the grid asks for every visible cell's."""
        found: dict[tuple[int, str, int], list[Finding]] = defaultdict(list)
        for f in self.findings:
            if f.sentence is not None:
                found[(f.row, f.witness, f.sentence)].append(f)
        return {place: tuple(fs) for place, fs in found.items()}

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract documented in README."""
        return {
            "version": JSON_VERSION,
            "base": self.base,
            "threshold": self.options.threshold,
            "witnesses": [
                {"id": w.id, "name": w.name, "source": w.source, "metadata": dict(w.metadata)} for w in self.witnesses
            ],
            "sentences": [
                {
                    "witness": u.witness,
                    "index": u.index,
                    "start": u.start,
                    "end": u.end,
                    "text": u.text,
                    "boilerplate": u.boilerplate,
                    "role": u.role,
                }
                for w in self.witnesses
                for u in self.units[w.id]
            ],
            "rows": [{"id": r.id, "kind": r.kind, "base": r.base, "cells": {w: list(i) for w, i in r.cells.items()}} for r in self.rows],
            "findings": [_finding_dict(f) for f in self.findings],
            "lineage": [_derivation_dict(d) for d in self.lineage],
            "warnings": list(self.warnings),
        }


def json_text(data: Mapping[str, Any]) -> str:
    """The JSON text ``compare --json``, a batch's story files and the window's export write: one place decides
    its form, so a batch's story is byte for byte what ``compare`` writes for the same articles."""
    return json.dumps(data, ensure_ascii=False, indent=1)


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "witness": f.witness,
        "sentence": f.sentence,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "counterpart": (
            {"witness": f.counterpart.witness, "sentence": f.counterpart.sentence, "text": f.counterpart.text}
            if f.counterpart
            else None
        ),
        "score": f.score,
        "explanation": f.explanation,
        "row": f.row,
    }


def _derivation_dict(d: Derivation) -> dict[str, Any]:
    return {
        "outlet": d.outlet,
        "source": d.source,
        "category": d.category,
        "reused": round(d.reused, 3),
        "added": round(d.added, 3),
        "cut": round(d.cut, 3),
        "common_source_with": list(d.common_with),
        "rows": list(d.rows),
        "evidence": d.evidence,
    }


def compare_witnesses(witnesses: Sequence[Witness], options: Options | None = None) -> Comparison:
    options = options or Options()
    _check(witnesses)
    with _cycle_collection_paused(sum(len(w.text) for w in witnesses) >= _LARGE):
        segmented = split_run_on({w.id: segment(w) for w in witnesses})
        units = mark_boilerplate(segmented, options.boilerplate)
        alignment = align(units, threshold=options.threshold, base=options.base, corrections=options.corrections, meaning=options.meaning)
        findings = detect(alignment, units, options.min_support)
        return Comparison(
            witnesses=tuple(witnesses),
            units={w: tuple(us) for w, us in units.items()},
            rows=alignment.rows,
            findings=tuple(findings),
            base=alignment.base,
            options=options,
            warnings=warnings(witnesses),
            lineage=trace_lineage(witnesses, units, alignment.rows, findings),
        )


_LARGE = 500_000
"""Characters of text from which a comparison runs with the cycle collector paused (``_cycle_collection_paused``)."""


@contextmanager
def _cycle_collection_paused(large: bool) -> Iterator[None]:
    """Python's cycle collector paused while one ``large`` comparison runs, and restored after.

    A large comparison allocates millions of small objects that live until it ends (tokens, memoised
    results, rows) and makes almost no reference cycles, so the collector's full passes find nothing and
    cost the more, the more is alive: on the 30 x 1,000 bench, paraphrase detection took 0.48 s of CPU with
    it and 0.24 s without, the same findings either way. Reference counting still frees everything at once.
    A small one (the sample: 13,000 characters) gains nothing measurable (launch to a painted sample varied
    1.47-1.70 s either way), and the switch is process-wide: it is left alone there.
    """
    if not large:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compare(texts: Mapping[str, str] | Sequence[Witness], **options: Any) -> Comparison:
    """Compare articles given as ``{witness id: text}`` or as Witness objects.

    Keyword options: ``threshold``, ``base``, ``min_support``, ``boilerplate``
    (``{(witness, unit index): bool}``) and ``corrections`` (Correction list).
    """
    witnesses = witnesses_from_texts(dict(texts)) if isinstance(texts, Mapping) else list(texts)
    return compare_witnesses(witnesses, Options(**options))


def _check(witnesses: Sequence[Witness]) -> None:
    if len(witnesses) < 2:
        raise InputError("", f"a comparison needs at least two articles; got {len(witnesses)}")
    ids = [w.id for w in witnesses]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise InputError(duplicate, "two articles have the same id")
    for w in witnesses:
        if not w.text.strip():
            raise InputError(w.source or w.id, "the article is empty")
