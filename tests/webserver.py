"""A local web server on 127.0.0.1 serving real articles as pages, and the pages that go wrong.

The articles are the bundled sample's texts set in a news site's page (with
navigation, a script, an image and a stylesheet that point back at this
server, so a test can tell that only the page itself was fetched). The others:
a page slower than any sensible timeout, a redirect, a redirect loop, a PNG,
a 404, a page of links with no article, and a page far too large.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from variantview.sample import SAMPLE

ARTICLES = ("qatar-tribune", "daily-tribune", "hindustan-times")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@dataclass
class Site:
    base: str
    requested: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def article_page(name: str, base: str) -> bytes:
    """The sample article's text as a news site would serve it, paragraph by paragraph."""
    lines = [line.strip() for line in (SAMPLE / f"{name}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    headline, paragraphs = lines[0], lines[1:]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)}</title>
<meta property="og:site_name" content="{name.replace("-", " ").title()}">
<meta property="article:published_time" content="2024-06-19T10:00:00Z">
<link rel="stylesheet" href="{base}/site.css"><script src="{base}/tracker.js"></script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{html.escape(headline)}</h1><img src="{base}/photo.jpg" alt="">{body}</article>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer></body></html>""".encode()


@pytest.fixture
def site() -> Iterator[Site]:
    stop = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stop))
    server.daemon_threads = False  # server_close() then waits for every handler, the slow one included
    base = f"http://127.0.0.1:{server.server_address[1]}"
    server.site = Site(base)  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, name="test-web-server")
    thread.start()
    yield server.site  # type: ignore[attr-defined]
    stop.set()
    server.shutdown()
    server.server_close()
    thread.join()


def _handler(stop: threading.Event) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site: Site = self.server.site  # type: ignore[attr-defined]
            site.requested.append(self.path)
            name = self.path.strip("/").removesuffix(".html")
            if name in ARTICLES:
                self._send(200, "text/html; charset=utf-8", article_page(name, site.base))
            elif name == "slow":
                stop.wait(5)
                self._send(200, "text/html", article_page(ARTICLES[0], site.base))
            elif name == "moved":
                self._redirect("/daily-tribune.html")
            elif name == "loop":
                self._redirect("/loop")
            elif name == "photo.png":
                self._send(200, "image/png", PNG)
            elif name == "links":
                self._send(200, "text/html", b"<!doctype html><html><body><nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav></body></html>")
            elif name == "huge":
                self._huge()
            else:
                self._send(404, "text/html", b"<!doctype html><html><body><h1>Not found</h1></body></html>")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, target: str) -> None:
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _huge(self) -> None:
            """A page with no declared length that never stops growing: only counting while reading catches it."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<!doctype html><html><body><article>")
            try:
                deadline = time.monotonic() + 5
                while not stop.is_set() and time.monotonic() < deadline:
                    self.wfile.write(b"<p>" + b"More words on and on. " * 400 + b"</p>")
            except OSError:
                pass  # the reader hung up, as it should

    return Handler
