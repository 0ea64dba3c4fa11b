"""Files as editors have them: odd encodings, empty, binary, huge, missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from variantview.core.errors import InputError
from variantview.core.loaders import MAX_FILE_BYTES, load_file
from variantview.core.witness import read_witnesses

ARTICLE = "Kim called Putin the “dearest friend” of the Korean people. Prices rose — sharply — in May."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_decodes_common_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(((ARTICLE + "\n") * 3).encode(encoding))
    assert load_file(path).text.strip().startswith(ARTICLE)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (bytes(range(256)) * 20, "binary"), (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary")],
)
def test_refuses_bad_files_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        load_file(path)


def test_refuses_huge_files(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_FILE_BYTES // 5 + 10))
    with pytest.raises(InputError, match="MB"):
        load_file(path)


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_witnesses([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="no supported"):
        read_witnesses([tmp_path])


def test_outlet_name_comes_from_the_text(tmp_path: Path) -> None:
    (tmp_path / "qatar-tribune.txt").write_text("Something happened.\nSource: Qatar Tribune\n", encoding="utf-8")
    (tmp_path / "hindustan-times.txt").write_text("Pact signed – Hindustan Times\nIt was signed.", encoding="utf-8")
    names = {w.id: w.name for w in read_witnesses([tmp_path])}
    assert names == {"qatar-tribune": "Qatar Tribune", "hindustan-times": "Hindustan Times"}
