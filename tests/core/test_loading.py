"""Files as editors have them: saved pages, Word, PDF, odd encodings, and the wrong file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from variantview import compare
from variantview.core.comparison import compare_witnesses
from variantview.core.errors import InputError
from variantview.core.read.files import collect_paths, read_witness, read_witnesses
from variantview.core.read.formats import MAX_FILE_BYTES, load_file

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
WIRE = Path(__file__).resolve().parent.parent / "fixtures" / "harbour-bridge" / "wire-original.txt"
ARTICLE = "Kim called Putin the “dearest friend” of the Korean people. Prices rose — sharply — in May."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_decodes_common_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(((ARTICLE + "\n") * 3).encode(encoding))
    assert load_file(path).text.strip().startswith(ARTICLE)


@pytest.mark.parametrize("name", ["kelvar-cp1252.txt", "kelvar-utf16.txt", "kelvar-utf16le-nobom.txt"])
def test_legacy_and_wide_encodings_keep_curly_quotes(name: str) -> None:
    text = load_file(FORMATS / name).text
    assert "“The crew did everything" in text and "ship’s engines" in text and "closed – “the wind" in text
    assert "\ufffd" not in text and "â€" not in text


def test_saved_web_page_keeps_the_article_and_drops_the_site() -> None:
    loaded = load_file(FORMATS / "lakeside-gazette.html")
    text = loaded.text
    assert text.startswith("Storm closes Kelvar harbour bridge after ship hits pylon")
    assert "Twelve crew members were rescued" in text and "40,000 vehicles a day" in text
    for chrome in ("cookies", "Accept all", "Subscribe", "Comments", "build a tunnel", "Earn 5000", "Lisbon", "Related stories", "©", "dataLayer"):
        assert chrome.casefold() not in text.casefold(), chrome
    assert loaded.metadata["url"] == "https://www.lakeside-gazette.example/news/2025/03/04/kelvar-bridge-closed"
    assert loaded.metadata["date"] == "2025-03-04"
    assert loaded.metadata["author"] == "Tove Lindqvist"
    assert read_witness(FORMATS / "lakeside-gazette.html", set()).name == "Lakeside Gazette"


def test_word_and_pdf_articles_read_as_paragraphs() -> None:
    word = load_file(FORMATS / "ferry-weekly.docx")
    assert word.text.splitlines()[0] == "Kelvar bridge shut after storm-hit freighter strikes pylon"
    assert "All twelve crew members were rescued by coastguard boats." in word.text.splitlines()
    assert word.metadata["author"] == "Jonas Eld" and word.metadata["date"] == "2025-03-04"
    pdf = load_file(FORMATS / "port-bulletin.pdf")
    lines = pdf.text.splitlines()
    assert "A cargo ship lost power during a storm on Tuesday and struck a pylon of the Kelvar harbour bridge." in lines
    assert "Engineers will inspect the damaged pylon on Wednesday, and the bridge is expected to remain closed for at least three days." in lines
    assert "\t" not in pdf.text and "1" not in lines  # no layout tabs, no page number


def test_articles_in_four_formats_align() -> None:
    witnesses = read_witnesses([WIRE, FORMATS / "lakeside-gazette.html", FORMATS / "ferry-weekly.docx", FORMATS / "port-bulletin.pdf"])
    comparison = compare_witnesses(witnesses)
    rescued = [r for r in comparison.rows if any("rescued" in comparison.unit(w, i).text for w, ids in r.cells.items() for i in ids)]
    assert len(rescued) == 1 and len(rescued[0].cells) == 4
    assert not comparison.warnings


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.txt", b"", "empty"),
        ("bad.txt", b"   \n\n", "empty"),
        ("bad.txt", bytes(range(256)) * 20, "binary"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(2000), "PNG image"),
        ("renamed.txt", b"\xff\xd8\xff\xe0" + bytes(2000), "JPEG image"),
        ("archive.txt", _zip({"a.txt": b"hello"}), "ZIP archive"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "old Word .doc"),
        ("broken.docx", _zip({"word/document.xml": b"<not xml"}), "not a readable Word"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n", "PDF is damaged"),
        ("sheet.xlsx", b"a,b\n1,2\n", "unsupported file type '.xlsx'"),
        ("empty-page.html", b"<!doctype html><html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_refuses_bad_files_with_a_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as caught:
        load_file(path)
    assert caught.value.source == str(path)


def test_scanned_pdf_is_refused_as_scanned() -> None:
    with pytest.raises(InputError, match="no text layer"):
        load_file(FORMATS / "scanned-notice.pdf")


def test_refuses_a_50_mb_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.seek(50 * 1024 * 1024)
        f.write(b"word")
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(InputError, match=r"52\.4 MB; articles above 5 MB are refused"):
        load_file(path)


def test_a_file_that_vanishes_while_loading(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("It was here.", encoding="utf-8")
    [found] = collect_paths([tmp_path])
    found.unlink()
    with pytest.raises(InputError, match="vanished"):
        read_witness(found, set())


def test_missing_file_and_folders_with_nothing_to_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_witnesses([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="no supported"):
        read_witnesses([tmp_path])
    (tmp_path / "notes.xlsx").write_bytes(b"x")
    with pytest.raises(InputError, match="no supported"):
        read_witnesses([tmp_path])


def test_a_folder_reads_every_supported_format(tmp_path: Path) -> None:
    for name in ("lakeside-gazette.html", "ferry-weekly.docx", "port-bulletin.pdf", "kelvar-cp1252.txt"):
        (tmp_path / name).write_bytes((FORMATS / name).read_bytes())
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert sorted(w.id for w in read_witnesses([tmp_path])) == ["ferry-weekly", "kelvar-cp1252", "lakeside-gazette", "port-bulletin"]


def test_outlet_name_comes_from_the_text(tmp_path: Path) -> None:
    (tmp_path / "qatar-tribune.txt").write_text("Something happened.\nSource: Qatar Tribune\n", encoding="utf-8")
    (tmp_path / "hindustan-times.txt").write_text("Pact signed – Hindustan Times\nIt was signed.", encoding="utf-8")
    (tmp_path / "thenigerianvoice.txt").write_text("King dies: State TV\nSource: -\nThe king has died.", encoding="utf-8")
    names = {w.id: w.name for w in read_witnesses([tmp_path])}
    assert names == {"qatar-tribune": "Qatar Tribune", "hindustan-times": "Hindustan Times", "thenigerianvoice": "Thenigerianvoice"}


def test_identical_outlets_and_a_single_outlet() -> None:
    wire = WIRE.read_text(encoding="utf-8")
    comparison = compare({"wire": wire, "copy": wire.replace("\n", "\n\n"), "other": load_file(FORMATS / "ferry-weekly.docx").text})
    assert len(comparison.warnings) == 1 and "Wire" in comparison.warnings[0] and "Copy" in comparison.warnings[0] and "same text" in comparison.warnings[0]
    with pytest.raises(InputError, match="at least two articles; got 1"):
        compare({"wire": wire})


def test_an_article_in_another_language_is_named() -> None:
    english = {p.stem: p.read_text(encoding="utf-8") for p in WIRE.parent.glob("*.txt")}
    german = (
        "Ein Frachtschiff verlor am Dienstag während eines Sturms die Kraft und rammte einen Pfeiler der Hafenbrücke von Kelvar, "
        "so dass die Behörden die Brücke für den gesamten Verkehr sperren mussten. Zwölf Besatzungsmitglieder wurden von Booten "
        "der Küstenwache gerettet, auf der Brücke selbst wurde niemand verletzt. Hafenmeisterin Ilse Brandvik sagte, die Motoren "
        "des Schiffes seien kurz nach dem Verlassen des Containerterminals ausgefallen. Die Brücke wird voraussichtlich mindestens "
        "drei Tage lang gesperrt bleiben, und die Stadt bittet Pendler, die nördliche Fähre zu nehmen."
    )
    comparison = compare({**english, "tagesblatt": german})
    assert [w for w in comparison.warnings if "another language" in w] == [
        w for w in comparison.warnings if w.startswith("Tagesblatt") and "(German)" in w
    ]
    assert len(comparison.warnings) == 1
    assert not compare(english).warnings


def test_a_saved_page_reads_the_same_every_time() -> None:
    """trafilatura's de-duplication remembers paragraphs across calls: left on, a page opened twice lost its text."""
    texts = {load_file(FORMATS / "lakeside-gazette.html").text for _ in range(3)}
    assert len(texts) == 1 and "Twelve crew members were rescued" in texts.pop()
