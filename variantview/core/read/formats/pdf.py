"""PDF files: the text layer, page by page.

A PDF holds laid-out lines, not paragraphs: a sentence wraps across lines
and the writer may space words with tabs. Lines are rejoined into
paragraphs, and lines holding only a page number dropped, so that sentences
segment as they would from the article's text. A scanned PDF has pages but no
text layer; it is refused with a message saying so, rather than compared as
an empty article.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from typing import Any

from pypdf import PdfReader

from variantview.core.errors import InputError
from variantview.core.read.formats import Loaded

logging.getLogger("pypdf").setLevel(logging.ERROR)


def load(data: bytes, source: str) -> Loaded:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(source, "this PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        info: Mapping[str, Any] = reader.metadata or {}
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged PDF fails deep in pypdf's parsers and filters, with many exception types
        raise InputError(source, f"this PDF is damaged and cannot be read ({type(error).__name__}: {str(error)[:120]})") from None
    text = "\n\n".join(_paragraphs(p) for p in pages if p.strip())
    if not text:
        raise InputError(source, f"this PDF has {len(pages)} page(s) but no text layer: it is probably scanned; run text recognition (OCR) on it first")
    metadata = {"title": str(info.get("/Title") or ""), "author": str(info.get("/Author") or ""), "pages": str(len(pages))}
    return Loaded(text=text, metadata={k: v for k, v in metadata.items() if v})


_SPACES = re.compile(r"[ \t\u00a0]+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_ENDS_LINE = re.compile(r"[.!?:;\"”’)\]]$")


def _paragraphs(page: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in page.splitlines()]
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        previous = out[-1] if out else ""
        if previous and not _ENDS_LINE.search(previous) and (line[0].islower() or line[0].isdigit()):
            out[-1] = previous[:-1] + line if previous.endswith("-") and previous[-2:-1].isalpha() and line[0].islower() else f"{previous} {line}"
        else:
            out.append(line)
    return "\n".join(out).strip()
