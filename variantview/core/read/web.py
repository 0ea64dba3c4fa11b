"""Articles from their web addresses: each page fetched once, then read exactly as a saved page.

Fetching happens only here, and only for addresses the editor named: the
page's HTML is downloaded (nothing it links to, no script, no image) and
handed to the same loader as a saved ``.html`` file. Each page has a time
limit, a size limit (the file loader's, counted while streaming, so a huge
page is cut off rather than held), a redirect limit and a content-type check;
a page that fails is reported with its reason and the others are still read.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from ipaddress import ip_address
from urllib.parse import urljoin, urlsplit

import urllib3

from variantview.core.errors import InputError
from variantview.core.read.formats import MAX_FILE_BYTES, Loaded, load_bytes
from variantview.core.read.witness import Witness, make_witness, unique_id

_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """What one page may cost: ``seconds`` for the whole download, ``size`` bytes, ``redirects`` hops."""

    seconds: float = 20.0
    size: int = MAX_FILE_BYTES
    redirects: int = 5
    parallel: int = 4


@dataclass(frozen=True)
class Fetched:
    """The pages that were read, as outlets in the order named, and every page that was not, with its reason."""

    witnesses: tuple[Witness, ...] = ()
    problems: tuple[InputError, ...] = field(default_factory=tuple)


def is_address(text: str) -> bool:
    return re.match(r"(?i)https?://", text.strip()) is not None


def addresses_in(text: str) -> list[str]:
    """The addresses in a pasted list, one a line; blank lines are skipped, ``www.…`` gains ``https://``."""
    lines = [line.strip() for line in text.splitlines()]
    return [line if "://" in line else f"https://{line}" for line in lines if line]


def fetch_pages(
    addresses: Sequence[str],
    taken: set[str],
    stop: threading.Event | None = None,
    done: Callable[[str], None] | None = None,
    limits: Limits = Limits(),  # noqa: B008 - a frozen value, safe as a default
) -> Fetched:
    """Fetch the pages side by side; ``done`` hears of each page as it finishes, ``stop`` cancels the rest.

    ``taken`` holds the outlet ids already in use, so a page's id (from its
    address) never clashes with them.
    """
    if not addresses:
        return Fetched()
    pool = urllib3.PoolManager(maxsize=limits.parallel, headers={"User-Agent": "VariantView (article comparison)", "Accept": "text/html,application/xhtml+xml"})

    def one(address: str) -> Loaded | InputError:
        try:
            return fetch_page(pool, address, stop or threading.Event(), limits)
        except InputError as error:
            return error
        finally:
            if done is not None:
                done(address)

    with ThreadPoolExecutor(max_workers=min(limits.parallel, len(addresses)), thread_name_prefix="variantview-fetch") as workers:
        outcomes = list(workers.map(one, addresses))
    pool.clear()
    witnesses, problems, taken = [], [], set(taken)
    for address, outcome in zip(addresses, outcomes):
        if isinstance(outcome, InputError):
            problems.append(outcome)
            continue
        witness = make_witness(unique_id(_stem(address), taken), outcome.text, address, outcome.metadata)
        taken.add(witness.id)
        witnesses.append(witness)
    return Fetched(tuple(witnesses), tuple(problems))


def fetch_page(pool: urllib3.PoolManager, address: str, stop: threading.Event, limits: Limits) -> Loaded:
    """One page's article, with its address (after redirects) as the canonical URL; InputError says why not."""
    if not is_address(address) or not urlsplit(address).hostname:
        raise InputError(address, "not a web address; only http:// and https:// pages are fetched")
    deadline = time.monotonic() + limits.seconds
    try:
        response = pool.request(
            "GET",
            address,
            preload_content=False,
            timeout=urllib3.Timeout(connect=limits.seconds, read=limits.seconds),
            retries=urllib3.Retry(total=limits.redirects, connect=0, read=0, redirect=limits.redirects, status=0, raise_on_redirect=True),
        )
    except urllib3.exceptions.MaxRetryError as error:
        raise InputError(address, _why(error.reason)) from None
    except urllib3.exceptions.HTTPError as error:
        raise InputError(address, _why(error)) from None
    try:
        body = _body(response, address, stop, limits, deadline)
    except urllib3.exceptions.HTTPError as error:
        raise InputError(address, _why(error)) from None
    finally:
        response.close()
    final = address
    for hop in response.retries.history if response.retries else ():
        final = urljoin(final, hop.redirect_location or "")
    loaded = load_bytes(body, address, ".html")
    return Loaded(loaded.text, {**loaded.metadata, "url": final})


def _body(response: urllib3.BaseHTTPResponse, address: str, stop: threading.Event, limits: Limits, deadline: float) -> bytes:
    if response.status >= 400:
        raise InputError(address, f"the server answered {response.status} {response.reason or ''}".rstrip())
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind not in _PAGE_TYPES:
        raise InputError(address, f"not a web page (the server sent {kind or 'no content type'})")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.size:
        raise InputError(address, f"the page is {int(declared) / 1e6:.1f} MB; pages above {limits.size / 1e6:.0f} MB are refused")
    body = bytearray()
    for chunk in response.stream(_CHUNK):
        if stop.is_set():
            raise InputError(address, "cancelled")
        body += chunk
        if len(body) > limits.size:
            raise InputError(address, f"the page is larger than {limits.size / 1e6:.0f} MB and was not read further")
        if time.monotonic() > deadline:
            raise InputError(address, f"the page took longer than {limits.seconds:g} s to arrive")
    return bytes(body)


def _why(error: BaseException | None) -> str:
    """urllib3's failure in an editor's words (a refused connection is a kind of timeout to urllib3, so it is asked first)."""
    if isinstance(error, urllib3.exceptions.ResponseError):
        return "too many redirects"
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return "unreachable: the site's name is not known (check the address)"
    if isinstance(error, urllib3.exceptions.SSLError):
        return "the site's secure connection could not be verified"
    if isinstance(error, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ProtocolError):
        return "unreachable: the server refused or dropped the connection"
    if isinstance(error, urllib3.exceptions.TimeoutError):
        return "the server did not answer in time"
    return f"the page could not be fetched ({error})"


def _stem(address: str) -> str:
    """An outlet id from an address: the site's name (``www.qatar-tribune.com`` → ``qatar-tribune``), or for a bare
    host or IP address, the page's last path segment."""
    parts = urlsplit(address)
    host = (parts.hostname or "").lower()
    try:
        ip_address(host)
        numeric = True
    except ValueError:
        numeric = False
    labels = [label for label in host.split(".") if label and label != "www"]
    if not numeric and len(labels) >= 2:
        return "-".join(labels[:-1])
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"\.\w+$", "", segment) or host or "page"
