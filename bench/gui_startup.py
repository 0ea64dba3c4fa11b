"""Launch to a painted window on the sample, and re-alignment after a threshold change.

Targets (issue 3): painted window with the sample's comparison in under 2 s (the first
comparison is by wording while the sentence model loads; the refinement by meaning follows);
re-alignment of the sample after a threshold change in under 0.2 s.

Run: python bench/gui_startup.py   (each launch in a fresh process, so imports are counted)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

_CHILD = r"""
import json, os, sys, time
start = time.perf_counter()
from variantview.gui.app import launch
from PySide6.QtCore import QEventLoop, QTimer


def wait_until(done):
    # in the event loop, as the running application waits: a loop spinning processEvents() would hold the
    # interpreter that the comparison's worker thread needs
    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: done() and loop.quit())
    timer.start(5)
    if not done():
        loop.exec()
    timer.stop()


app, window = launch()
wait_until(lambda: window.document.comparison is not None)
app.processEvents()
window.grid.viewport().repaint()
painted = time.perf_counter() - start
wait_until(lambda: not window.document.busy and window.document.comparison.options.meaning)
app.processEvents()
window.grid.viewport().repaint()
refined = time.perf_counter() - start
realign = []
for value in (0.35, 0.3, 0.4, 0.3, 0.45, 0.3):
    t = time.perf_counter()
    window.threshold.setValue(value)
    wait_until(lambda: not window.document.busy and window.document.comparison.options.threshold == value)
    app.processEvents()
    window.grid.viewport().repaint()
    realign.append(time.perf_counter() - t)
window.document.close(discard=True)
window.document = None
print(json.dumps({"painted": painted, "refined": refined, "realign": realign}))
"""


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    home = tempfile.mkdtemp(prefix="variantview-bench-")
    env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = os.path.join(home, "c"), os.path.join(home, "d")
    runs = [json.loads(subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True).stdout) for _ in range(5)]
    painted = [r["painted"] for r in runs]
    refined = [r["refined"] for r in runs]
    realign = [t for r in runs for t in r["realign"]]
    print(f"launch to painted window on the sample: median {statistics.median(painted):.2f} s, worst {max(painted):.2f} s over {len(painted)} launches (target < 2 s)")
    print(f"  ... refined by meaning (the next job loads the model):       median {statistics.median(refined):.2f} s, worst {max(refined):.2f} s")
    print(f"re-align after a threshold change:      median {statistics.median(realign):.3f} s, worst {max(realign):.3f} s over {len(realign)} changes (target < 0.2 s)")


if __name__ == "__main__":
    main()
