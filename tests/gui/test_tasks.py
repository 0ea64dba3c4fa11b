"""The window's worker answers only the latest question and does not compute superseded ones."""

from __future__ import annotations

import threading

from variantview.gui.tasks import LatestOnly


def test_a_job_superseded_before_it_starts_is_skipped_and_only_the_latest_answer_arrives(qtbot) -> None:
    tasks = LatestOnly()
    release = threading.Event()
    ran: list[str] = []
    answers: list[object] = []
    tasks.finished.connect(answers.append)

    def job(name: str, block: bool = False):  # type: ignore[no-untyped-def]
        def work() -> str:
            if block:
                release.wait(5)
            ran.append(name)
            return name

        return work

    tasks.start(job("first", block=True))
    tasks.start(job("second"))  # queued behind the first, superseded by the third before it starts
    tasks.start(job("third"))
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert ran == ["first", "third"]
    assert answers == ["third"]
    tasks.shutdown()
