"""The editor's verdicts as ClaimReview JSON-LD and the alignment as TEI parallel segmentation, on the bundled sample."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from pyld import jsonld

from tests.conftest import unit_containing
from variantview.cli import main
from variantview.core.comparison import Comparison
from variantview.core.report.claimreview import SCALE, Reviewer, claimreview_document, expanded, render_claimreview
from variantview.core.report.html import render_html
from variantview.core.report.tei import TEI, render_tei
from variantview.core.review import session
from variantview.core.review.anchoring import finding_anchor, row_anchor, unit_anchor
from variantview.core.review.annotations import Annotations, Note
from variantview.core.review.project import Project, ProjectData
from variantview.sample import SAMPLE

DESK = Reviewer("Harbour Fact Desk", "https://factdesk.example/")
PAGE = "https://factdesk.example/checks/putin-kim"
SCHEMA = "http://schema.org/"
NS = {"t": TEI}


def _judged(sample: Comparison) -> tuple[ProjectData, dict[str, str]]:
    """Verdicts an editor sets on the sample: a sentence, a spinner's swap, an omission, and one left to check.

    One outlet came from the web, so its article's title, address and date are known.
    """
    claim = unit_containing(sample, "mutual defence agreement yesterday")
    garble = next(f for f in sample.findings if f.kind == "garble")
    omission = next(f for f in sample.findings if f.kind == "omission")
    pending = unit_containing(sample, "breakthrough document")
    data = ProjectData(witnesses=tuple(replace(w, metadata={}) for w in sample.witnesses))
    web = {"title": "North Korea, Russia sign mutual defence deal", "url": "https://www.newsofbahrain.com/world/102030.html", "date": "2024-06-20"}
    data = replace(data, witnesses=tuple(replace(w, metadata=web) if w.id == claim.witness else w for w in data.witnesses))
    times = iter(f"2026-11-29T20:0{i}:00+00:00" for i in range(9))
    for anchor, verdict, text in (
        (unit_anchor(claim), "Confirmed", "AFP and Yonhap both report the treaty's mutual-defence clause."),
        (finding_anchor(sample, garble), "Garbled", "A spinner's synonym; the wire copy reads otherwise."),
        (finding_anchor(sample, omission), "Disputed", ""),
        (unit_anchor(pending), "Needs check", "ask the Seoul bureau"),
    ):
        data = session.with_note(data, Note(anchor, verdict, text), next(times))
    sentences = {"claim": claim.text, "garble": sample.unit(garble.witness, garble.sentence).text, "omitted": omission.counterpart.text}
    return data, sentences


def test_every_published_verdict_is_a_claimreview_with_googles_properties(sample: Comparison) -> None:
    data, sentences = _judged(sample)
    reviews = claimreview_document(data.witnesses, data.annotations, DESK, PAGE)["@graph"]
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Confirmed", "Garbled", "Disputed"}, "'Needs check' is not a verdict"
    assert {r["claimReviewed"] for r in reviews} == {s.strip() for s in sentences.values()}
    for review in reviews:
        assert review["@type"] == "ClaimReview" and review["url"] == PAGE
        rating = review["reviewRating"]
        assert rating["ratingValue"] == SCALE[rating["alternateName"]] and (rating["worstRating"], rating["bestRating"]) == (1, 3)
        assert review["author"] == {"@type": "Organization", "name": DESK.name, "url": DESK.url}
        assert review["datePublished"].startswith("2026-11-29T20:0")
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim" and claim["author"]["@type"] == "Organization"
        assert claim["appearance"]["publisher"]["name"] == claim["author"]["name"]
    confirmed = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Confirmed")
    assert confirmed["reviewBody"].startswith("AFP and Yonhap")
    article = confirmed["itemReviewed"]["appearance"]
    assert article == {
        "@type": "NewsArticle",
        "name": "North Korea, Russia sign mutual defence deal",
        "url": "https://www.newsofbahrain.com/world/102030.html",
        "datePublished": "2024-06-20",
        "publisher": {"@type": "Organization", "name": "Daily Tribune"},
    }
    garbled = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Garbled")
    assert garbled["name"].startswith("garble in ") and "“" in garbled["name"]
    assert "reviewBody" not in next(r for r in reviews if r["reviewRating"]["alternateName"] == "Disputed"), "an empty note is left out"


def test_the_claimreviews_are_json_ld_expanded_offline_with_the_bundled_context(sample: Comparison) -> None:
    data, _ = _judged(sample)
    document = json.loads(render_claimreview(data.witnesses, data.annotations, DESK, PAGE))
    nodes = expanded(document)
    assert len(nodes) == 3 and all(n["@type"] == [f"{SCHEMA}ClaimReview"] for n in nodes)
    for node in nodes:
        for prop in ("claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished", "url"):
            assert f"{SCHEMA}{prop}" in node, prop
        assert node[f"{SCHEMA}url"] == [{"@id": PAGE}], "url is an address, not a string"
        rating = node[f"{SCHEMA}reviewRating"][0]
        assert {f"{SCHEMA}{p}" for p in ("alternateName", "ratingValue", "bestRating", "worstRating")} <= set(rating)
        appearance = node[f"{SCHEMA}itemReviewed"][0][f"{SCHEMA}appearance"][0]
        assert f"{SCHEMA}publisher" in appearance
    with pytest.raises(jsonld.JsonLdError):
        expanded({**document, "@context": "https://example.org/context.jsonld"})  # anything but schema.org would be a fetch: refused


def test_a_verdict_whose_sentence_changed_is_not_published(sample: Comparison) -> None:
    data, _ = _judged(sample)
    claim = next(a for a in data.annotations.notes if data.annotations.notes[a].verdict == "Confirmed")
    edited = tuple(replace(w, text=w.text.replace("yesterday", "on Wednesday")) if w.id == claim.witness else w for w in data.witnesses)
    reviews = claimreview_document(edited, data.annotations, DESK)["@graph"]
    assert "Confirmed" not in {r["reviewRating"]["alternateName"] for r in reviews}
    assert all("url" not in r for r in reviews), "no page address given, none invented"


def test_a_verdict_keeps_the_time_it_was_set_when_only_its_note_changes(sample: Comparison) -> None:
    data, _ = _judged(sample)
    anchor = next(a for a in data.annotations.notes if data.annotations.notes[a].verdict == "Confirmed")
    renoted = session.with_note(data, Note(anchor, "Confirmed", "also TASS"), "2026-11-30T09:00:00+00:00")
    assert renoted.annotations.note(anchor).verdict_at == data.annotations.note(anchor).verdict_at
    changed = session.with_note(data, Note(anchor, "Disputed", "also TASS"), "2026-11-30T09:00:00+00:00")
    assert changed.annotations.note(anchor).verdict_at == "2026-11-30T09:00:00+00:00"


def test_tei_parallel_segmentation_holds_every_outlets_wording(sample: Comparison) -> None:
    tree = etree.fromstring(render_tei(sample).encode("utf-8"))
    assert tree.tag == f"{{{TEI}}}TEI"
    assert tree.find("t:teiHeader/t:encodingDesc/t:variantEncoding", NS).attrib == {"method": "parallel-segmentation", "location": "internal"}
    witnesses = tree.findall("t:teiHeader/t:fileDesc/t:sourceDesc/t:listWit/t:witness", NS)
    ids = {w.get("{http://www.w3.org/XML/1998/namespace}id"): w for w in witnesses}
    assert len(ids) == len(sample.witnesses) == len(witnesses)
    assert [w.text for w in witnesses] == [w.name for w in sample.witnesses]
    assert all(w.find("t:bibl/t:idno", NS).text.endswith(".txt") for w in witnesses), "each outlet's source is named"
    apps = tree.findall("t:text/t:body/t:ab/t:app", NS)
    collated = [r for r in sample.rows if r.kind != "boilerplate"]
    assert [int(a.get("n")) for a in apps] == [r.id + 1 for r in collated], "one app per row, boilerplate left out"
    base_id = next(i for i, w in ids.items() if w.text == sample.witness(sample.base).name)
    by_name = {w.text: i for i, w in ids.items()}
    for app, row in zip(apps, collated):
        readings = app.findall("t:lem", NS) + app.findall("t:rdg", NS)
        assert len(app.findall("t:lem", NS)) <= 1 and len(readings) == len(app), "an app holds readings only"
        sigla = [s for r in readings for s in r.get("wit").split()]
        assert sorted(sigla) == sorted(f"#{i}" for i in ids), "each outlet has exactly one reading"
        lem = app.find("t:lem", NS)
        assert (lem is not None) == bool(row.cells.get(sample.base)), "the base's wording is the lemma when it reports the row"
        if lem is not None:
            assert f"#{base_id}" in lem.get("wit").split()
        for witness in sample.witnesses:
            reading = next(r for r in readings if f"#{by_name[witness.name]}" in r.get("wit").split())
            wording = " ".join(" ".join(sample.unit(witness.id, i).text for i in row.cells.get(witness.id, ())).split())
            assert (reading.text or "") == wording, "a reading is the outlet's sentence; an omission is an empty reading"
    assert any(not r.text for a in apps for r in a.findall("t:rdg", NS)), "the sample has omissions"


def test_the_command_line_exports_a_projects_verdicts_and_its_collation(sample: Comparison, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, sentences = _judged(sample)
    Project.create(tmp_path / "summit.vvproj", replace(data, settings={"review_page": PAGE})).close()
    out, tei = tmp_path / "checks.jsonld", tmp_path / "summit.xml"
    assert main(["compare", str(tmp_path / "summit.vvproj"), "--claimreview", str(out), "--org", DESK.name, "--tei", str(tei)]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert {r["claimReviewed"] for r in reviews} == {s.strip() for s in sentences.values()} and {r["url"] for r in reviews} == {PAGE}
    assert etree.parse(str(tei)).getroot().find("t:teiHeader", NS) is not None
    with pytest.raises(SystemExit):
        main(["compare", str(SAMPLE), "--claimreview", str(out), "--org", DESK.name])
    assert "name a saved project" in capsys.readouterr().err, "articles hold no verdicts"
    assert main(["compare", str(tmp_path / "summit.vvproj"), "--claimreview", str(out)]) == 2
    assert "--org" in capsys.readouterr().err


def test_a_judged_row_of_chrome_is_in_the_html_report(sample: Comparison) -> None:
    """Chrome rows stay out of the report's alignment, but an editor who judged one (a caption that carries a fact, a
    line wrongly set apart) finds the verdict and the note in the report as in the window."""
    chrome = next(r for r in sample.rows if r.kind == "boilerplate")
    plain = render_html(sample)
    judged = render_html(sample, Annotations().with_note(Note(row_anchor(sample, chrome), "Needs review", "This caption names the minister.")))
    assert "This caption names the minister." not in plain
    assert "This caption names the minister." in judged and "Needs review" in judged
