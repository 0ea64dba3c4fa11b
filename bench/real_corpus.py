"""Accuracy on real coverage: every event with a hand-made gold file, scored, in one table.

Events come from three places, none of them inside the installed package:
- ``../shared/corpus/real/EVENT/`` (gold.json inside each event folder);
- ``bench/corpus/EVENT/`` (collected for this bench from stored public pages; gold.json inside);
- the bundled sample, ``resources/samples/putin-kim-2024``, with its gold in ``bench/gold/``.

Each event is compared in-process with the default options, written as the
``compare --json`` contract, and scored by ``../shared/benchmarks/score.py``
(the scorer the gold files were written for). One row per event, then the
totals: pair recall, false merges, garble recall and false garbles in
human-written outlets, quotes, numbers, omissions, boilerplate and content lost.

Run: python3 bench/real_corpus.py [-v] [--threshold=T] [EVENT-SUBSTRING ...]   (-v prints the scorer's detail lines)
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from variantview.core.comparison import Options, compare_witnesses  # noqa: E402
from variantview.core.read.files import read_witnesses  # noqa: E402
from variantview.sample import SAMPLE  # noqa: E402

COLUMNS = ("pair_recall", "false_merges_max", "garble_recall", "false_garbles_clean_max", "stray_garbles_max", "quotes", "numbers", "omissions", "boilerplate", "content_lost_max")
HEADINGS = ("pairs", "f.merge", "garble", "f.garb", "stray", "quotes", "numbers", "omit", "chrome", "lost")


def events() -> list[tuple[str, Path, Path]]:
    """(name, folder of outlets, gold file) for every event that has gold."""
    found = [(SAMPLE, ROOT / "bench" / "gold" / "putin-kim-2024.json")]
    for parent in (SHARED / "corpus" / "real", ROOT / "bench" / "corpus"):
        if parent.is_dir():
            found += [(folder, folder / "gold.json") for folder in sorted(parent.iterdir()) if (folder / "gold.json").is_file()]
    return [(folder.name, folder, gold) for folder, gold in found if gold.is_file()]


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "benchmarks" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold: Path, result: dict) -> tuple[dict[str, float], str]:
    """The scorer's metrics, parsed from its summary line, and its detail lines."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as out:
        json.dump(result, out)
    argv, sys.argv = sys.argv, ["score.py", str(gold), out.name]
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            scorer.main()
    finally:
        sys.argv = argv
        Path(out.name).unlink()
    lines = printed.getvalue().splitlines()
    metrics = {}
    for item in lines[-1].split()[1:]:
        key, value = item.split("=")
        metrics[key] = float(value.rstrip("!"))
    return metrics, "\n".join(lines[:-1])


def _false_garbles(scorer, gold: dict, result: dict) -> float | None:
    """Garble findings in the outlets people wrote, as the scorer counts them; the scorer counts them only in
    events whose gold lists garbles, and an event with no spinner can still have an outlet called one."""
    clean = set(gold.get("garble_free_witnesses", []))
    if not clean:
        return None
    listed = [(w, scorer.norm(k)) for key in ("quotes", "numbers", "typos") for w, k in gold.get(key, [])]

    def on_listed(f: dict) -> bool:
        text = scorer.norm(f.get("text") or "")
        return bool(text) and any(w == f.get("witness") and (text in k or k in text) for w, k in listed)

    return float(sum(1 for f in result["findings"] if f.get("kind") == "garble" and f.get("witness") in clean and not on_listed(f)))


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    threshold = next((float(a.split("=", 1)[1]) for a in argv if a.startswith("--threshold=")), None)
    wanted = [a for a in argv if a != "-v" and not a.startswith("--")]
    scorer = _scorer()
    print(f"{'event':<30}" + "".join(f"{h:>8}" for h in HEADINGS) + f"{'s':>6}")
    totals: dict[str, list[float]] = {c: [] for c in COLUMNS}
    for name, folder, gold in events():
        if wanted and not any(w in name for w in wanted):
            continue
        started = time.perf_counter()
        options = Options() if threshold is None else Options(threshold=threshold)
        result = compare_witnesses(read_witnesses([folder]), options).to_dict()
        seconds = time.perf_counter() - started
        metrics, detail = score(scorer, gold, result)
        metrics.setdefault("false_garbles_clean_max", _false_garbles(scorer, json.loads(gold.read_text(encoding="utf-8")), result))
        cells = []
        for column in COLUMNS:
            value = metrics.get(column)
            if value is not None:
                totals[column].append(value)
            cells.append(f"{'-':>8}" if value is None else f"{value:>8.0f}" if column.endswith("_max") else f"{value:>8.2f}")
        print(f"{name:<30}" + "".join(cells) + f"{seconds:>6.1f}")
        if verbose:
            print("    " + detail.replace("\n", "\n    "))
    cells = []
    for column in COLUMNS:
        values = totals[column]
        if not values:
            cells.append(f"{'-':>8}")
        elif column.endswith("_max"):
            cells.append(f"{sum(values):>8.0f}")
        else:
            cells.append(f"{sum(values) / len(values):>8.2f}")
    print(f"{'mean (counts: total)':<30}" + "".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
