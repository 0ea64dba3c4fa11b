"""Turning files into article text: one loader per file kind.

The file's content decides its kind where it can (a PDF saved as ``.txt`` is
still a PDF, a photo is refused as a photo); the name decides otherwise.
Every loader returns plain text and the metadata it found; nothing later in
the pipeline knows where the text came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from variantview.core.errors import InputError

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest file accepted. News articles are tens of kilobytes (a saved page with its
scripts a few hundred); a file past this is almost surely the wrong file, and
refusing it beats a frozen window."""

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


@dataclass(frozen=True)
class Loaded:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


Loader = Callable[[bytes, str], Loaded]


def _loader(kind: str) -> Loader:
    if kind == "html":
        from variantview.core.read.formats.html import load
    elif kind == "docx":
        from variantview.core.read.formats.docx import load
    elif kind == "pdf":
        from variantview.core.read.formats.pdf import load
    else:
        from variantview.core.read.formats.plain import load
    return load


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def load_file(path: Path) -> Loaded:
    """Read and decode one file, or raise InputError saying why it cannot be an article."""
    data = read_bytes(path)
    return load_bytes(data, str(path), path.suffix.lower())


def load_bytes(data: bytes, source: str, suffix: str = "") -> Loaded:
    """The loader for bytes that did not come from a file (the clipboard, a test)."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(source, f"the text is {len(data) / 1e6:.1f} MB; articles above {MAX_FILE_BYTES // (1024 * 1024)} MB are refused")
    kind = sniff(data, source) or SUFFIXES.get(suffix)
    if kind is None:
        raise InputError(source, f"unsupported file type {suffix!r}; VariantView reads text, Markdown, web pages (.html), Word (.docx) and PDF files")
    loaded = _loader(kind)(data, source)
    if not loaded.text.strip():
        raise InputError(source, "the file holds no text")
    return Loaded(text=loaded.text, metadata={"format": kind, **loaded.metadata})


def sniff(data: bytes, source: str) -> str | None:
    """The kind the content proves, whatever the file's name; refuse images and archives outright."""
    for magic, name in _IMAGES:
        if data.startswith(magic):
            raise InputError(source, f"this is a {name} image, not an article; a scanned article needs text recognition (OCR) first")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise InputError(source, "this is a WebP image, not an article; a scanned article needs text recognition (OCR) first")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(source, "this is an old Word .doc file; open it in Word or LibreOffice and save it as .docx")
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data:
            return "docx"
        raise InputError(source, "this is a ZIP archive, not an article; unpack it and open the articles inside")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml version")) and b"<html" in data[:4096].lower():
        return "html"
    return None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"the file is {size / 1e6:.1f} MB; articles above {MAX_FILE_BYTES // (1024 * 1024)} MB are refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "the file vanished or does not exist") from None
    except IsADirectoryError:
        raise InputError(str(path), "this is a folder, not a file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(str(path), f"the file grew past {MAX_FILE_BYTES // (1024 * 1024)} MB while it was read")
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    return data
