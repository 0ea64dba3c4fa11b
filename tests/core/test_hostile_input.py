"""Nothing let in: hostile article text, outlet names and notes stay inert, and nothing reaches the network."""

from __future__ import annotations

import ast
import csv
import io
import threading
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from tests.netprobe import page_loading_everything_from
from variantview.core.comparison import compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.core.read.witness import make_witness
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html
from variantview.core.review.anchoring import row_anchor
from variantview.core.review.annotations import Annotations, Note, Rating

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "harbour-bridge" / "wire-original.txt"
PAYLOADS = ('<script>alert("x")</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:alert(2)">read</a>', "<iframe src=//evil.example>")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _live(report: str) -> list[str]:
    """Every element or attribute in a report that a browser would run or load."""
    parser = _Tags()
    parser.feed(report)
    found = []
    for tag, attrs in parser.tags:
        if tag in ("script", "img", "iframe", "object", "embed", "a", "link", "form", "base"):
            found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(("javascript:", "http:", "https:", "//")):
                found.append(f"{tag} {name}={value}")
    return found


def test_hostile_outlets_and_notes_are_inert_in_the_html_report() -> None:
    wire = WIRE.read_text(encoding="utf-8")
    hostile = "\n".join(f"The harbour master said {p} the crew did everything they could to drop anchor." for p in PAYLOADS)
    witnesses = [
        make_witness("wire", wire, "wire.txt"),
        make_witness(
            "evil",
            wire + "\n" + hostile,
            'evil"><script>alert(3)</script>.html',
            {"outlet": PAYLOADS[0], "author": PAYLOADS[1], "url": "javascript:alert(4)", "date": PAYLOADS[2]},
        ),
    ]
    comparison = compare_witnesses(witnesses)
    annotations = Annotations()
    for row in comparison.rows[:3]:
        annotations = annotations.with_note(Note(row_anchor(comparison, row), verdict=PAYLOADS[1], text=" ".join(PAYLOADS)))
    annotations = annotations.with_rating(Rating("evil", rating=PAYLOADS[3], note=PAYLOADS[2]))
    report = render_html(comparison, annotations, title=PAYLOADS[0])
    assert _live(report) == []
    assert report.count("&lt;script&gt;") >= 3 and "javascript:alert(4)" in report  # shown as text, not as a link
    assert "Content-Security-Policy" in report and "default-src 'none'" in report


def test_an_outlet_named_like_a_formula_is_inert_in_the_csv() -> None:
    wire = WIRE.read_text(encoding="utf-8")
    formula = '=HYPERLINK("http://evil.example","open")'
    comparison = compare_witnesses([make_witness("wire", wire), replace(make_witness("evil", wire.replace("Twelve", "Fifteen")), name=formula)])
    cells = [cell for row in csv.reader(io.StringIO(render_csv(comparison))) for cell in row]
    assert "'" + formula in cells and formula not in cells


def test_importing_and_reporting_a_page_never_connects(tmp_path: Path, listener: tuple[int, list[bytes]]) -> None:
    port, hits = listener
    page = tmp_path / "gazette.html"
    page.write_text(page_loading_everything_from(port), encoding="utf-8")
    comparison = compare_witnesses(read_witnesses([WIRE, page]))
    assert "Twelve crew members were rescued" in comparison.witness("gazette").text
    render_html(comparison)
    threading.Event().wait(0.5)
    assert hits == []  # the fixture proved the listener records connections


def test_project_storage_is_data_only() -> None:
    """No pickle, marshal, eval or exec anywhere in the package; SQL never built from strings."""
    for path in (ROOT / "variantview").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
                assert not {"pickle", "marshal", "shelve", "dill"} & {n.split(".")[0] for n in names}, path
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("eval", "exec"), path
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr.startswith("execute") and node.args:
                assert not isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)), f"{path}:{node.lineno} builds SQL from strings"
