"""The editor's verdicts as schema.org ClaimReview JSON-LD, the markup fact-check aggregators and search engines read.

One ClaimReview per judged sentence or finding. Everything it says comes
from the project: the sentence as the outlet wrote it (sliced from the
outlet's kept text at the judgement's anchor), the outlet's article as the
claim's appearance, the verdict on a declared scale, the note as the review's
body and the time the verdict was set. It needs no comparison: a verdict is
anchored to its sentence, not to a row number.

"Needs check" is the editor's reminder to look again, not a verdict, so it is
not published; neither is a verdict whose sentence no longer matches its
anchor (the outlet's text was replaced since).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyld import jsonld

from variantview.core.read.witness import Witness
from variantview.core.review.annotations import ROW, Anchor, Annotations, Note, digest

SCALE = {"Garbled": 1, "Disputed": 2, "Confirmed": 3}
"""The published verdicts, worst to best: a garbled sentence no longer carries the claim, a disputed one is contested."""

SCHEMA_ORG = "https://schema.org"
CONTEXT = Path(__file__).resolve().parents[2] / "data" / "schema-org-context.jsonld"
"""The schema.org terms this export uses, bundled: checking the markup fetches nothing."""


@dataclass(frozen=True)
class Reviewer:
    """The organisation that publishes the fact checks (the editor's, set once in Preferences or on the command line)."""

    name: str
    url: str = ""


def render_claimreview(witnesses: Sequence[Witness], annotations: Annotations, reviewer: Reviewer, page: str = "") -> str:
    """The JSON-LD document, checked to expand as JSON-LD against the bundled context before it is returned."""
    document = claimreview_document(witnesses, annotations, reviewer, page)
    expanded(document)
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def claimreview_document(witnesses: Sequence[Witness], annotations: Annotations, reviewer: Reviewer, page: str = "") -> dict[str, Any]:
    """``page`` is the address where the fact checks will be published (schema.org's ``url``), when the editor knows it."""
    order = {w.id: i for i, w in enumerate(witnesses)}
    by_id = {w.id: w for w in witnesses}
    published = [
        (anchor, note)
        for anchor, note in annotations.notes.items()
        if note.verdict in SCALE and anchor.witness in by_id and _sentence(by_id[anchor.witness], anchor) is not None
    ]
    published.sort(key=lambda item: (order[item[0].witness], item[0].start, item[0].kind != ROW, item[0].kind, item[0].subject))
    names = {w.id: w.name for w in witnesses}
    return {"@context": SCHEMA_ORG, "@graph": [_review(by_id[a.witness], a, n, reviewer, page, names) for a, n in published]}


def _sentence(witness: Witness, anchor: Anchor) -> str | None:
    """The judged sentence, or None when the outlet's text no longer holds it where the judgement was made."""
    text = witness.text[anchor.start : anchor.end]
    return text if digest(text) == anchor.text_digest else None


def _review(witness: Witness, anchor: Anchor, note: Note, reviewer: Reviewer, page: str, names: Mapping[str, str]) -> dict[str, Any]:
    sentence = witness.text[anchor.start : anchor.end]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": sentence.strip(),
        "itemReviewed": _claim(witness),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": note.verdict,
            "ratingValue": SCALE[note.verdict],
            "bestRating": max(SCALE.values()),
            "worstRating": min(SCALE.values()),
        },
        "author": _organisation(reviewer.name, reviewer.url),
    }
    if anchor.kind != ROW:
        review["name"] = _finding_name(witness, anchor, sentence, names)
    optional = {"url": page, "datePublished": note.verdict_at, "reviewBody": note.text.strip()}
    review.update({key: value for key, value in optional.items() if value})
    return review


def _claim(witness: Witness) -> dict[str, Any]:
    """The claim as the outlet made it: the outlet is its author, the outlet's article its appearance."""
    meta = witness.metadata
    address = meta.get("url") or (witness.source if witness.source.startswith(("http://", "https://")) else "")
    article: dict[str, Any] = {"@type": "NewsArticle"}
    known = {"name": meta.get("title", ""), "url": address, "datePublished": meta.get("date", "")}
    article.update({key: value for key, value in known.items() if value})
    article["publisher"] = _organisation(witness.name)
    claim: dict[str, Any] = {"@type": "Claim", "author": _organisation(witness.name), "appearance": article}
    if meta.get("date"):
        claim["datePublished"] = meta["date"]
    return claim


def _organisation(name: str, url: str = "") -> dict[str, str]:
    return {"@type": "Organization", "name": name, **({"url": url} if url else {})}


def _finding_name(witness: Witness, anchor: Anchor, sentence: str, names: Mapping[str, str]) -> str:
    """What a finding's verdict is about: its kind and the words it marks, or for an omission the outlet that lacks the sentence."""
    if anchor.subject.startswith("@"):
        start, end = (int(n) for n in anchor.subject[1:].split(":"))
        return f"{anchor.kind} in {witness.name}: “{sentence[start:end]}”"
    if anchor.subject:
        return f"{anchor.kind}: left out by {names.get(anchor.subject, anchor.subject)}"
    return f"{anchor.kind} in {witness.name}"


def expanded(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The document expanded as JSON-LD with the bundled schema.org context; raises ``jsonld.JsonLdError`` if it is not JSON-LD."""
    result: list[dict[str, Any]] = jsonld.expand(dict(document), {"documentLoader": _offline})
    return result


def _offline(url: str, _options: object = None) -> dict[str, Any]:
    """A JSON-LD document loader that knows schema.org's context and refuses to fetch anything else."""
    if url.rstrip("/") not in (SCHEMA_ORG, "http://schema.org"):
        raise jsonld.JsonLdError(f"{url} is not fetched: only the bundled schema.org context is known", "jsonld.LoadDocumentError")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": json.loads(CONTEXT.read_text("utf-8"))}
