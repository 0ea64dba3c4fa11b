"""Articles from their web addresses, fetched from a local server: the real sample's texts, and every way a page goes wrong."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.webserver import ARTICLES, Site
from variantview.cli import main
from variantview.core.read.files import read_witnesses
from variantview.core.read.web import Limits, addresses_in, fetch_pages
from variantview.sample import SAMPLE

QUICK = Limits(seconds=1.0, size=200_000)


def test_pages_are_read_as_saved_pages_with_their_address_kept(site: Site) -> None:
    addresses = [site.url(f"/{name}.html") for name in ARTICLES]
    fetched = fetch_pages(addresses, set(), limits=QUICK)
    assert not fetched.problems
    assert [w.source for w in fetched.witnesses] == addresses
    assert [w.metadata["url"] for w in fetched.witnesses] == addresses
    for witness, name in zip(fetched.witnesses, ARTICLES):
        saved = read_witnesses([SAMPLE / f"{name}.txt"])[0]
        sentences = [line.strip() for line in saved.text.splitlines() if len(line.split()) > 8]
        assert sentences and all(s in witness.text for s in sentences), f"{name}: the page's article is not the article"
        assert "Privacy" not in witness.text and "Sport" not in witness.text, "the site's navigation is not article text"
        assert witness.metadata["format"] == "html" and witness.metadata["date"] == "2024-06-19"
    assert sorted(site.requested) == sorted(f"/{name}.html" for name in ARTICLES), "nothing but the pages was fetched"


def test_a_failing_page_is_named_with_its_reason_and_the_others_are_read(site: Site) -> None:
    bad = {
        "/slow.html": "did not answer in time",
        "/photo.png": "not a web page (the server sent image/png)",
        "/missing.html": "the server answered 404",
        "/links.html": "no article text was found",
        "/huge.html": "larger than 0 MB",
        "/loop": "too many redirects",
    }
    addresses = [site.url("/qatar-tribune.html"), *(site.url(p) for p in bad), site.url("/moved")]
    fetched = fetch_pages(addresses, set(), limits=Limits(seconds=1.0, size=100_000))
    reasons = {p.source.removeprefix(site.base): p.reason for p in fetched.problems}
    assert set(reasons) == set(bad)
    for path, expected in bad.items():
        assert expected in reasons[path], f"{path}: {reasons[path]}"
    read = {w.source.removeprefix(site.base): w for w in fetched.witnesses}
    assert set(read) == {"/qatar-tribune.html", "/moved"}
    assert read["/moved"].metadata["url"] == site.url("/daily-tribune.html"), "a redirect's destination is the canonical address"
    assert "mutual defence agreement" in read["/moved"].text


def test_an_unreachable_site_and_a_non_web_address_are_refused_with_reasons() -> None:
    fetched = fetch_pages(["http://127.0.0.1:9/story.html", "file:///etc/passwd"], set(), limits=QUICK)
    assert [p.reason.split(":")[0] for p in fetched.problems] == ["unreachable", "not a web address; only http"]
    assert not fetched.witnesses


def test_cancelling_stops_every_page(site: Site) -> None:
    stop = threading.Event()
    stop.set()
    fetched = fetch_pages([site.url("/huge.html"), site.url("/slow.html")], set(), stop=stop, limits=Limits(seconds=3.0))
    assert not fetched.witnesses and len(fetched.problems) == 2


def test_outlet_ids_come_from_the_site_and_never_clash() -> None:
    from variantview.core.read.web import _stem

    assert _stem("https://www.qatar-tribune.com/article/123/putin-kim") == "qatar-tribune"
    assert _stem("http://127.0.0.1:8000/daily-tribune.html") == "daily-tribune"
    assert addresses_in("  https://a.example/x \n\nwww.b.example/y\n") == ["https://a.example/x", "https://www.b.example/y"]


def test_compare_fetches_addresses_named_on_the_command_line(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    args = ["compare", site.url("/qatar-tribune.html"), site.url("/daily-tribune.html"), site.url("/missing.html"), str(SAMPLE / "hindustan-times.txt")]
    assert main([*args, "--json", str(out)]) == 0
    assert "/missing.html: the server answered 404" in capsys.readouterr().err
    witnesses = json.loads(out.read_text(encoding="utf-8"))["witnesses"]
    assert [w["source"] for w in witnesses][1:] == [site.url("/qatar-tribune.html"), site.url("/daily-tribune.html")]
