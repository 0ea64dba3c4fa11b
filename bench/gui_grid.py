"""Scrolling and jumping in the grid on a large case: how long each screenful takes to paint.

The comparison is the synthetic corpus of bench/scaling.py (outlets x sentences,
shuffled and partly reworded), written to files and opened in the real window
offscreen. Once the comparison (by meaning) is shown, the bench pages down
through the grid, jumps to findings with F7, and filters the findings list by words,
timing each step from the request to a finished repaint of the viewport,
row sizing included.

Run: python bench/gui_grid.py [OUTLETSxSENTENCES ...]   (default 30x1000 50x1000)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/bench")
from scaling import corpus
outlets, sentences = (int(x) for x in sys.argv[2].split("x"))
folder = Path(sys.argv[3])
for name, text in corpus(outlets, sentences).items():
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
from variantview.gui.app import launch
start = time.perf_counter()
app, window = launch([str(folder)])
while window.document.comparison is None or window.document.busy or not window.document.comparison.options.meaning:
    app.processEvents()
app.processEvents()
shown = time.perf_counter() - start

def settle():
    window.grid._sizer.stop()
    window.grid._size_visible_rows()
    while window.grid._sizer.isActive():
        window.grid._sizer.stop()
        window.grid._size_visible_rows()
    app.processEvents()
    window.grid.viewport().repaint()

def timed(action):
    t = time.perf_counter()
    action()
    settle()
    return time.perf_counter() - t

bar = window.grid.verticalScrollBar()
pages = [timed(lambda: bar.setValue(bar.value() + bar.pageStep())) for _ in range(60)]
jumps = [timed(lambda: window.navigator.jump_finding(+1)) for _ in range(40)]
far = [timed(lambda: bar.setValue(bar.maximum())), timed(lambda: bar.setValue(0)), timed(lambda: bar.setValue(bar.maximum() // 2))]
filters = [timed(lambda: window.findings.proxy.set_words(word)) for word in ("garble", "president", "")]  # as applied after the typing pause
rows = len(window.document.comparison.rows)
findings = len(window.document.comparison.findings)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
window.document.close(discard=True)
window.document = None
print(json.dumps({"shown": shown, "pages": pages, "jumps": jumps, "far": far, "filters": filters, "rows": rows, "findings": findings, "peak_mb": peak}))
"""


def measure(size: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    home = tempfile.mkdtemp(prefix="variantview-bench-")
    env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = os.path.join(home, "c"), os.path.join(home, "d")
    folder = Path(home) / "articles"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), size, str(folder)], env=env, capture_output=True, text=True, check=True)
    r = json.loads(done.stdout.strip().splitlines()[-1])

    def ms(xs: list[float]) -> str:
        return f"median {statistics.median(xs) * 1000:.0f} ms, worst {max(xs) * 1000:.0f} ms"

    print(f"{size}: {r['rows']} rows, {r['findings']} findings; comparison shown by meaning after {r['shown']:.1f} s; peak RSS {r['peak_mb']:.0f} MB")
    print(f"  page down (60 screens): {ms(r['pages'])}")
    print(f"  next finding, F7 (40 jumps): {ms(r['jumps'])}")
    print(f"  to the end, the top, the middle: {', '.join(f'{t * 1000:.0f} ms' for t in r['far'])}")
    print(f"  findings filter applied ('garble', 'president', cleared; runs once typing pauses for 200 ms): {', '.join(f'{t * 1000:.0f} ms' for t in r['filters'])}")


def main() -> None:
    for size in sys.argv[1:] or ["30x1000", "50x1000"]:
        measure(size)


if __name__ == "__main__":
    main()
