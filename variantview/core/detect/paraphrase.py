"""Paraphrase: an outlet reports the row's content in its own words."""

from __future__ import annotations

from variantview.core.detect.context import Context, same_wording
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.similarity.lexical import wording_similarity


def detect_paraphrases(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        if len(row.cells) < 2:
            continue
        base = context.unit(row.base, row.cells[row.base][0])
        for unit in context.row_units(row):
            if unit.witness == row.base or same_wording(base.text, unit.text):
                continue
            score = wording_similarity(base.text, unit.text)
            findings.append(
                Finding(
                    kind="paraphrase",
                    witness=unit.witness,
                    sentence=unit.index,
                    start=unit.start,
                    end=unit.end,
                    text=unit.text,
                    counterpart=Counterpart(base.witness, base.index, base.text),
                    score=round(score, 3),
                    explanation=f"Reports what {base.witness} reports, in different words (similarity {score:.2f}).",
                    row=row.id,
                )
            )
    return findings
