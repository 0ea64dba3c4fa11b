"""Lineage (issue 13, part 1) on real text: the invented harbour-bridge case, the sample and real events."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stdout
from dataclasses import replace
from pathlib import Path

from variantview.cli import main
from variantview.core.comparison import Comparison, compare_witnesses
from variantview.core.lineage import NON_DERIVED, PARTIALLY, WHOLLY, Derivation
from variantview.core.read.files import read_witnesses
from variantview.core.report.html import render_html

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "corpus"
HARBOUR = ROOT / "tests" / "fixtures" / "harbour-bridge"


def _of(comparison: Comparison, outlet: str) -> Derivation:
    return next(d for d in comparison.lineage if d.outlet == outlet)


def _copied(tmp_path: Path, event: Path, outlets: list[str] | None = None) -> Path:
    folder = tmp_path / event.name
    folder.mkdir()
    for text in sorted(event.glob("*.txt")):
        if outlets is None or text.stem in outlets:
            shutil.copy(text, folder / text.name)
    return folder


def test_the_reprint_is_wholly_derived_from_the_wire_story(harbour: Comparison) -> None:
    reprint = _of(harbour, "coastal-reprint")
    assert (reprint.source, reprint.category) == ("wire-original", WHOLLY)
    assert reprint.reused >= 0.9 and abs(reprint.added - (1 - reprint.reused)) < 1e-9
    assert "altered words are the odd ones out" in reprint.evidence  # the changed crew count and the trimmed quote


def test_the_wire_story_and_the_independent_rewrite_are_non_derived(harbour: Comparison) -> None:
    wire, rewrite = _of(harbour, "wire-original"), _of(harbour, "independent-rewrite")
    assert (wire.source, wire.category, rewrite.source, rewrite.category) == (None, NON_DERIVED, None, NON_DERIVED)
    assert "source of Coastal Reprint" in wire.evidence


def test_the_spun_copy_is_named_a_copy_of_the_wire_story_not_of_its_reprint(harbour: Comparison) -> None:
    spun = _of(harbour, "spun-portal")
    assert spun.source == "wire-original" and spun.category in (WHOLLY, PARTIALLY)


def test_the_rows_of_a_derivation_carry_text_both_outlets_share(harbour: Comparison) -> None:
    reprint = _of(harbour, "coastal-reprint")
    rows = {r.id: r for r in harbour.rows}
    assert reprint.rows and all({"coastal-reprint", "wire-original"} <= set(rows[r].cells) for r in reprint.rows)


def test_lineage_is_in_the_json(harbour: Comparison) -> None:
    listed = harbour.to_dict()["lineage"]
    assert [d["outlet"] for d in listed] == [w.id for w in harbour.witnesses]
    assert {"outlet", "source", "category", "reused", "evidence"} <= set(listed[0])
    assert all(0 <= d["reused"] <= 1 and d["category"] in (WHOLLY, PARTIALLY, NON_DERIVED) for d in listed)


def test_a_reprint_of_a_real_wire_story_is_derived_from_it(tmp_path: Path) -> None:
    comparison = compare_witnesses(read_witnesses([_copied(tmp_path, BENCH / "finland-joins-nato-eve-2023")]))
    reprint = _of(comparison, "alarabiya")
    assert (reprint.source, reprint.category) == ("reuters", WHOLLY)
    assert _of(comparison, "reuters").category == NON_DERIVED
    assert _of(comparison, "bm-ge").category == NON_DERIVED  # an independent rewrite from the press conference


def test_two_copies_of_an_absent_wire_story_share_a_common_source(tmp_path: Path) -> None:
    """Without the AP's own page, two stations' copies of its story are not made each other's source."""
    folder = _copied(tmp_path, BENCH / "openai-altman-ousted-2023", ["krdo", "wdiy", "tag24", "kron4"])
    comparison = compare_witnesses(read_witnesses([folder]))
    first, second = _of(comparison, "krdo"), _of(comparison, "wdiy")
    assert (first.source, second.source) == (None, None)
    assert first.common_with == ("wdiy",) and second.common_with == ("krdo",)
    assert "common source not among these outlets" in first.evidence
    assert first.category != NON_DERIVED and _of(comparison, "tag24").category == NON_DERIVED


def test_publication_dates_decide_the_direction(tmp_path: Path) -> None:
    witnesses = read_witnesses([_copied(tmp_path, BENCH / "finland-joins-nato-eve-2023", ["reuters", "alarabiya", "bm-ge"])])
    dated = [replace(w, metadata={**w.metadata, "date": {"alarabiya": "2023-04-02", "reuters": "2023-04-03"}.get(w.id, "")}) for w in witnesses]
    comparison = compare_witnesses(dated)
    reuters = _of(comparison, "reuters")
    assert reuters.source == "alarabiya" and "published on 2023-04-03" in reuters.evidence


def test_a_credit_line_decides_the_direction(tmp_path: Path) -> None:
    folder = _copied(tmp_path, BENCH / "finland-joins-nato-eve-2023", ["reuters", "alarabiya", "bm-ge"])
    wire = folder / "reuters.txt"
    wire.write_text(wire.read_text(encoding="utf-8") + "\nThis article was originally published by Alarabiya.\n", encoding="utf-8")
    comparison = compare_witnesses(read_witnesses([folder]))
    assert _of(comparison, "reuters").source == "alarabiya"
    assert "credits" in _of(comparison, "reuters").evidence


def test_the_samples_spun_copy_is_derived_from_a_source_not_among_the_outlets(sample: Comparison) -> None:
    spun = _of(sample, "agencies-reprint")
    assert (spun.source, spun.category) == (None, PARTIALLY) and "spinner" in spun.evidence
    assert all(_of(sample, w.id).category == NON_DERIVED for w in sample.witnesses if w.id != "agencies-reprint")


def test_the_summary_and_the_report_show_the_lineage(harbour: Comparison) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["compare", str(HARBOUR)]) == 0
    line = next(line for line in out.getvalue().splitlines() if line.strip().startswith("coastal-reprint") and "derived" in line)
    assert "wholly derived" in line and "from wire-original" in line
    report = render_html(harbour)
    section = report[report.index("<h2>Lineage</h2>") : report.index("<h2>Alignment</h2>")]
    assert "Coastal Reprint" in section and "wholly derived" in section and "96%" in section
    drawn = section[section.index("<svg") : section.index("</svg>")]
    assert drawn.count("<line") == sum(1 for d in harbour.lineage if d.source or d.common_with) and "Coastal Reprint" in drawn
