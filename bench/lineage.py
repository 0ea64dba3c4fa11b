"""Lineage accuracy: the category each outlet gets against the kind its ``EVENT.sources.md`` gives it.

Events: the bundled sample and the invented fixtures (labels in ``bench/lineage_labels/``), every event in
``../shared/corpus/real/`` and in ``bench/corpus/`` (labels in the ``EVENT.sources.md`` beside each folder).
A label's kind is mapped to the METER categories (Clough et al. 2002):

- wholly derived: a reprint or copy of another text ("reprint …", "copy of …");
- partially derived: a rewrite of another text, a spun or machine-reworded copy, a machine translation;
- non-derived: a wire original, an independent report or rewrite, another agency's own story;
- "unknown": not scored.

Source: for a derived outlet whose label names a wire original that is among the outlets ("reprint of the
same AP take" with the AP's own page present), the source should be that outlet; a wire original's source
should be none. Other sources are not scored (the labels rarely say which outlet's text was used).

Run: python3 bench/lineage.py [-v]   (-v prints each outlet's category, source and evidence)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview.core.comparison import compare_witnesses  # noqa: E402
from variantview.core.lineage import NON_DERIVED, PARTIALLY, WHOLLY  # noqa: E402
from variantview.core.read.files import read_witnesses  # noqa: E402
from variantview.sample import SAMPLE  # noqa: E402

LABELS = ROOT / "bench" / "lineage_labels"
_ROW = re.compile(r"^\|\s*([\w.-]+)\.txt\s*\|[^|]*\|\s*([^|]+)\|", re.MULTILINE)


def events() -> list[tuple[str, Path, Path]]:
    """(name, folder, sources file) for every labelled event."""
    found = [("putin-kim-2024 (sample)", SAMPLE, LABELS / "putin-kim-2024.sources.md")]
    for name in ("harbour-bridge", "rail-strike", "treaty-paraphrases"):
        found.append((f"{name} (invented)", ROOT / "tests" / "fixtures" / name, LABELS / f"{name}.sources.md"))
    for corpus in (ROOT.parent / "shared" / "corpus" / "real", ROOT / "bench" / "corpus"):
        for sources in sorted(corpus.glob("*.sources.md")):
            folder = sources.with_name(sources.name.removesuffix(".sources.md"))
            if folder.is_dir():
                found.append((folder.name, folder, sources))
    return found


def labels(sources: Path) -> dict[str, str]:
    """Witness id -> the kind column of the sources table."""
    return {m.group(1): m.group(2).strip() for m in _ROW.finditer(sources.read_text(encoding="utf-8"))}


def category(kind: str) -> str | None:
    """The METER category a label's kind stands for (the mapping in this module's docstring)."""
    k = kind.casefold().replace("*", "")
    if k.startswith("unknown"):
        return None
    if "spun" in k or "machine-reworded" in k:
        return PARTIALLY
    if k.startswith("wire original") or "independent" in k:
        return NON_DERIVED
    if "machine translation" in k:
        return PARTIALLY
    if k.startswith(("reprint", "copy of")):
        return WHOLLY
    if "rewrite" in k:
        return PARTIALLY
    return NON_DERIVED


def expected_source(kind: str, kinds: dict[str, str]) -> str | None | bool:
    """The outlet that should be named as source, None for a wire original, False where not scored."""
    originals = [w for w, k in kinds.items() if k.casefold().startswith("wire original")]
    if kind.casefold().startswith("wire original"):
        return None
    if originals and kind.casefold().startswith("reprint of the same"):
        return originals[0]
    return False


def main(verbose: bool) -> None:
    confusion: Counter[tuple[str, str]] = Counter()
    print(f"{'event':<38} {'outlets':>7} {'correct':>7} {'source':>7}")
    total = right = sourced = sourced_right = 0
    for name, folder, sources in events():
        kinds = labels(sources)
        comparison = compare_witnesses(read_witnesses([folder]))
        n = ok = s = s_ok = 0
        for d in comparison.lineage:
            want = category(kinds.get(d.outlet, "unknown"))
            if want is None:
                continue
            n += 1
            ok += d.category == want
            confusion[(want, d.category)] += 1
            source = expected_source(kinds[d.outlet], kinds)
            if source is not False:
                s += 1
                s_ok += d.source == source
            if verbose:
                mark = "ok " if d.category == want else "BAD"
                print(f"  {mark} {d.outlet:<26} label {want:<18} got {d.category:<18} source {d.source}  – {kinds[d.outlet][:60]}")
                print(f"        {d.evidence}")
        total, right, sourced, sourced_right = total + n, right + ok, sourced + s, sourced_right + s_ok
        print(f"{name:<38} {n:>7} {ok:>7} {f'{s_ok}/{s}':>7}")
    print(f"{'all':<38} {total:>7} {right:>7} {f'{sourced_right}/{sourced}':>7}   category accuracy {right / total:.0%}")
    print("\nlabel \\ found       " + "".join(f"{c:>19}" for c in (WHOLLY, PARTIALLY, NON_DERIVED)))
    for want in (WHOLLY, PARTIALLY, NON_DERIVED):
        print(f"{want:<20}" + "".join(f"{confusion[(want, got)]:>19}" for got in (WHOLLY, PARTIALLY, NON_DERIVED)))


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
