"""A spinner's template left in its output: braces between the words of a sentence.

Article spinners fill templates such as "{said|stated|mentioned}"; a
careless one leaves a brace pair in the text ("mentioned {that a} man in his
forties", "billions of {dollars} in investor belongings"). No one writes
braces in prose, so such an outlet is a spinner whatever its other sentences
show. A site's template tag at a line's start ("{mosads}“There are …") is
no spinner's.
"""

from __future__ import annotations

import re

from variantview.core.detect.context import Context

SPINTAX = re.compile(r"(?<=\w )\{[a-z]+(?: [a-z]+){0,2}\}(?= \w)")


def templated(context: Context) -> set[str]:
    """Outlets whose content sentences hold a spinner's braces between their words."""
    return {w for w, units in context.units.items() if any("{" in u.text and not u.boilerplate and SPINTAX.search(u.text) for u in units)}
