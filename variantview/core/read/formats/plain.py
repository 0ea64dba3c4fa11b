"""Plain text and Markdown in whatever encoding the outlet's site used."""

from __future__ import annotations

import codecs
import contextlib
from typing import TYPE_CHECKING

from variantview.core.errors import InputError
from variantview.core.read.formats import Loaded

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def load(data: bytes, source: str) -> Loaded:
    text, encoding = decode(data, source)
    return Loaded(text=text, metadata={"encoding": encoding})


def decode(data: bytes, source: str = "") -> tuple[str, str]:
    """Decode article bytes, refusing binaries rather than guessing mojibake.

    Order: a byte-order mark is authoritative; strict UTF-8 next (most of the
    web); then charset detection for legacy code pages such as cp1252.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source), encoding
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # only for legacy code pages: UTF-8 articles never load it

    results = from_bytes(data)
    best = results.best()
    if best is None or best.encoding is None:
        raise InputError(source, "this looks like a binary file, not text")
    text, encoding = str(best), best.encoding
    if encoding != "cp1252" and _western(results, best.chaos):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    if _looks_binary(text):
        raise InputError(source, "this looks like a binary file, not text")
    return text, encoding


def _western(results: CharsetMatches, chaos: float) -> bool:
    """Whether cp1252 decodes as cleanly as the detector's favourite.

    An English article's only non-ASCII bytes are often curly quotes and
    dashes, which many code pages decode without "chaos"; the detector then
    picks one at random (cp775, say). cp1252 is the web's legacy default, so
    it wins any such tie.
    """
    return any(match.chaos <= chaos + 0.01 and "cp1252" in match.could_be_from_charset for match in results)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(source, f"the file claims {encoding} but is not valid {encoding} ({error.reason})") from None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
    return controls > max(2, len(text) // 200)
