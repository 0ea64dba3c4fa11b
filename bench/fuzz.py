"""The long fuzzing run: N generated inputs through the loaders and the whole pipeline, with counts.

Every case is loaded as a file, compared with a short partner article and
rendered as JSON, HTML and CSV (see tests/fuzzing.py for what is generated).
An input may be refused with a reason (InputError) or compared; anything else
is counted as unhandled and its first lines printed.

Run: python3 bench/fuzz.py [N]   (default 10000)
"""

from __future__ import annotations

import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzzing import cases, exercise


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    outcomes: Counter[str] = Counter()
    by_suffix: Counter[str] = Counter()
    failures: list[str] = []  # printed as they happen

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(cases())
    def run(case: tuple[bytes, str]) -> None:
        by_suffix[case[1] or "(none)"] += 1
        try:
            outcomes[exercise(*case)] += 1
        except Exception:  # noqa: BLE001 - counting them is the point
            outcomes["unhandled"] += 1
            failures.append(f"{case[1]!r} {len(case[0])} bytes {case[0][:80]!r}\n{traceback.format_exc()}")
            print(failures[-1], flush=True)
        if sum(outcomes.values()) % 1000 == 0:
            print(f"  {sum(outcomes.values())} inputs: {dict(outcomes)}", flush=True)

    start = time.perf_counter()
    run()
    total = sum(outcomes.values())
    print(f"{total} inputs in {time.perf_counter() - start:.0f} s: {outcomes['compared']} compared, {outcomes['refused']} refused with a reason, "
          f"{outcomes['unhandled']} unhandled exceptions")
    print("by file suffix: " + ", ".join(f"{k} {v}" for k, v in sorted(by_suffix.items())))


if __name__ == "__main__":
    main()
