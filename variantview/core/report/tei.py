"""The alignment as TEI P5 parallel segmentation, the form collation tools (Juxta, CollateX, TEI Critical Apparatus Toolbox) exchange.

The header lists the outlets as witnesses (``listWit``); the body holds one
``app`` per aligned row, in the base outlet's order, with one reading per
distinct wording: the base outlet's as ``lem``, the others as ``rdg``, each
``wit`` naming every outlet that worded the sentence that way. An outlet that
does not report the row has an empty reading (an omission, in TEI's terms).
Rows of site chrome and adverts (boilerplate) are not collated, and the
header says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.read.witness import Witness

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def render_tei(comparison: Comparison, title: str = "VariantView collation") -> str:
    ids = _xml_ids(comparison.witnesses)
    root = _el("TEI")
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "publicationStmt"), "p", "Exported by VariantView.")
    list_wit = _sub(_sub(file_desc, "sourceDesc"), "listWit")
    for witness in comparison.witnesses:
        _witness(list_wit, witness, ids[witness.id])
    encoding = _sub(header, "encodingDesc")
    _sub(encoding, "variantEncoding", method="parallel-segmentation", location="internal")
    _sub(
        _sub(encoding, "editorialDecl"),
        "p",
        f"One app per aligned sentence; the base outlet ({comparison.witness(comparison.base).name}) gives the lemma. "
        "Boilerplate rows (site chrome, adverts, bylines) are left out.",
    )
    body = _sub(_sub(root, "text"), "body")
    block = _sub(body, "ab")
    block.text = "\n"
    for row in comparison.rows:
        if row.kind != "boilerplate":
            _app(block, comparison, row, ids).tail = "\n"
    document: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return document.decode("utf-8")


def _xml_ids(witnesses: tuple[Witness, ...]) -> Mapping[str, str]:
    """Outlet ids made into XML names (an address-derived id may start with a digit or hold a colon), kept distinct."""
    ids: dict[str, str] = {}
    for w in witnesses:
        wanted = "w-" + re.sub(r"[^\w.-]", "_", w.id)
        candidate, n = wanted, 2
        while candidate in ids.values():
            candidate, n = f"{wanted}-{n}", n + 1
        ids[w.id] = candidate
    return ids


def _witness(list_wit: etree._Element, witness: Witness, xml_id: str) -> None:
    """The outlet's name, then where its text came from: the article's address, or the name of the file read."""
    element = _sub(list_wit, "witness", witness.name)
    element.set(XML_ID, xml_id)
    bibl = _sub(element, "bibl")
    meta = witness.metadata
    for tag, value in (("title", meta.get("title")), ("author", meta.get("author")), ("publisher", witness.name), ("date", meta.get("date"))):
        if value:
            _sub(bibl, tag, value)
    address = meta.get("url") or (witness.source if witness.source.startswith(("http://", "https://")) else "")
    if address:
        _sub(bibl, "ptr", target=address)
    elif witness.source:
        _sub(bibl, "idno", Path(witness.source).name if witness.source != "pasted text" else witness.source, type="file")


def _app(parent: etree._Element, comparison: Comparison, row: Row, ids: Mapping[str, str]) -> etree._Element:
    app = _sub(parent, "app", n=str(row.id + 1), type=row.kind)
    readings: dict[str, list[str]] = {}
    for witness in comparison.witnesses:
        readings.setdefault(_wording(comparison, row, witness.id), []).append(witness.id)
    base_wording = _wording(comparison, row, comparison.base)
    ordered = sorted(readings.items(), key=lambda item: (comparison.base not in item[1] or not base_wording, not item[0]))
    for wording, witnesses in ordered:
        tag = "lem" if comparison.base in witnesses and wording else "rdg"
        _sub(app, tag, wording or None, wit=" ".join(f"#{ids[w]}" for w in witnesses))
    return app


def _wording(comparison: Comparison, row: Row, witness_id: str) -> str:
    """The outlet's sentences in the row as one reading, spaces normalised; empty when the outlet does not report it."""
    text = " ".join(comparison.unit(witness_id, i).text for i in row.cells.get(witness_id, ()))
    return " ".join(text.split())


def _el(tag: str) -> etree._Element:
    return etree.Element(f"{{{TEI}}}{tag}", nsmap={None: TEI})


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TEI}}}{tag}", attributes)
    element.text = text
    return element
