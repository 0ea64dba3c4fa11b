"""A local listener that records connections, and a saved page that would load everything from it.

Used to prove that importing, comparing, reporting and displaying a saved
page never touches the network.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1)
                hits.append(connection.recv(1024))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    _prove_it_listens(server.getsockname()[1], hits)
    yield server.getsockname()[1], hits
    stop.set()
    thread.join()
    server.close()


def _prove_it_listens(port: int, hits: list[bytes]) -> None:
    """One connection of our own must be recorded, or "no connection seen" would prove nothing."""
    socket.create_connection(("127.0.0.1", port)).close()
    deadline = time.monotonic() + 5
    while not hits and time.monotonic() < deadline:
        time.sleep(0.01)
    assert hits, "the listener did not record a test connection"
    hits.clear()


def page_loading_everything_from(port: int) -> str:
    """A saved page whose every remote reference points at the local listener."""
    here = f"http://127.0.0.1:{port}"
    return f"""<!doctype html><html><head><title>Bridge closed</title>
<link rel="stylesheet" href="{here}/site.css"><link rel="preload" href="{here}/font.woff2">
<style>@import url("{here}/import.css"); body {{ background: url({here}/bg.png) }}</style>
<script src="{here}/tracker.js"></script><script>fetch("{here}/inline")</script>
<meta http-equiv="refresh" content="0; url={here}/refresh"></head><body><article>
<h1>Storm closes Kelvar harbour bridge</h1>
<p>A cargo ship lost power during a storm on Tuesday and struck a pylon of the Kelvar harbour bridge.</p>
<img src="{here}/photo.jpg" srcset="{here}/photo2x.jpg 2x"><iframe src="{here}/frame"></iframe><video poster="{here}/poster.jpg"></video>
<p>Twelve crew members were rescued from the vessel by coastguard boats, and no injuries were reported.</p>
<object data="{here}/object"></object><embed src="{here}/embed"><audio src="{here}/audio.mp3"></audio>
<p>Engineers will inspect the damaged pylon on Wednesday, and the bridge will stay closed for three days.</p>
</article></body></html>"""
