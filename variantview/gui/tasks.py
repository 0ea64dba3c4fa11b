"""The one way the window runs core work off the GUI thread.

A comparison of many outlets takes seconds; the window must keep painting
and accepting edits meanwhile. Each job carries a generation number, and a
result that arrives after a newer job was started is dropped: the editor
only ever sees the answer to the latest question.

The worker is a Python thread; its outcome travels in a locked dictionary
and a queued ``invokeMethod`` with no arguments tells the GUI thread to
collect it, so no Python object crosses threads inside Qt. (PySide6 6.12.0
corrupts reference counts when a worker thread runs while the GUI thread
processes events: it aborted the interpreter here, and pyproject.toml
excludes that release.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot


class LatestOnly(QObject):
    finished = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="variantview-compare")
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._generation = 0
        self._pending = 0

    def start(self, work: Callable[[], Any]) -> None:
        with self._lock:
            self._generation += 1
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._pool.submit(self._run, self._generation, work)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait(self) -> None:
        """Block until queued jobs are done (tests); their outcomes arrive with the next event loop pass."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish the queued jobs and end the worker thread: the document is closing and asks nothing more."""
        self._pool.shutdown(wait=True)

    def _run(self, generation: int, work: Callable[[], Any]) -> None:
        """Run a job unless a newer one was queued meanwhile: only the latest answer is wanted, so a
        superseded job (each click on the threshold box queues one) is skipped, not computed."""
        with self._lock:
            superseded = generation != self._generation
        if superseded:
            outcome: tuple[bool, Any] = (True, None)
        else:
            try:
                outcome = (True, work())
            except Exception as error:  # noqa: BLE001 - every failure is reported to the window, none may kill the worker
                outcome = (False, error)
        with self._lock:
            self._outcomes[generation] = outcome
        QMetaObject.invokeMethod(self, "_collect", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _collect(self) -> None:
        with self._lock:
            outcomes, self._outcomes = self._outcomes, {}
        for generation, (ok, value) in sorted(outcomes.items()):
            self._pending -= 1
            if self._pending == 0:
                self.busyChanged.emit(False)
            if generation != self._generation:
                continue
            (self.finished if ok else self.failed).emit(value)


class Cancellable(QObject):
    """One job the editor watches and may cancel: ``work(stop, step)`` runs on its own thread.

    The job calls ``step()`` as it progresses and checks ``stop`` to give up
    early. As with ``LatestOnly``, only a queued ``invokeMethod`` with no
    arguments crosses to the GUI thread; the counts and the outcome wait
    behind a lock. ``finished`` carries the outcome, or None when cancelled;
    ``failed`` an exception the job did not expect.
    """

    stepped = Signal(int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[threading.Event, Callable[[], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._steps = 0
        self._outcome: tuple[bool, Any] | None = None
        self._thread = threading.Thread(target=self._run, name="variantview-cancellable", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._work(self._stop, self._step))
        except Exception as error:  # noqa: BLE001 - reported to the window, which keeps working
            outcome = (False, error)
        with self._lock:
            self._outcome = outcome
        QMetaObject.invokeMethod(self, "_collect", Qt.ConnectionType.QueuedConnection)

    def _step(self) -> None:
        with self._lock:
            self._steps += 1
        QMetaObject.invokeMethod(self, "_report_step", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _report_step(self) -> None:
        with self._lock:
            steps = self._steps
        self.stepped.emit(steps)

    @Slot()
    def _collect(self) -> None:
        self._thread.join()
        with self._lock:
            ok, value = self._outcome or (True, None)
        if not ok:
            self.failed.emit(value)
        else:
            self.finished.emit(None if self._stop.is_set() else value)
