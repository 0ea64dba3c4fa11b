"""Saved web pages: the article without the site around it.

trafilatura finds the article body and drops navigation, cookie banners,
comments and adverts. It works on the bytes it is given: it fetches nothing,
runs no script and loads no image, so opening a page is not visiting it.
"""

from __future__ import annotations

import trafilatura

from variantview.core.errors import InputError
from variantview.core.read.formats import Loaded
from variantview.core.read.formats.plain import decode

_MIN_WORDS = 5
"""Fewer words than a short sentence: what the extractor finds on a page of links and menus."""

_METADATA = {"title": "title", "author": "author", "date": "date", "url": "url", "sitename": "outlet"}


def load(data: bytes, source: str) -> Loaded:
    markup, encoding = decode(data, source)
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
    )
    body = document.text if document is not None and not isinstance(document, dict) else None
    if document is None or isinstance(document, dict) or len((body or "").split()) < _MIN_WORDS:
        raise InputError(source, "no article text was found in this web page (only navigation or a few words)")
    found = document.as_dict()
    metadata = {name: str(found[key]).strip() for key, name in _METADATA.items() if found.get(key)}
    metadata["encoding"] = encoding
    return Loaded(text=_with_headline(body or "", metadata.get("title", "")), metadata=metadata)


def _with_headline(body: str, title: str) -> str:
    """The headline is a unit like any other sentence; trafilatura keeps it only when the page repeats it."""
    if title and not body.lstrip().startswith(title):
        return f"{title}\n\n{body}"
    return body
