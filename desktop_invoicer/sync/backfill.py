"""Backfill: copy everything the account has in Stripe into the local cache, resumably.

Each page is applied in one transaction together with the cursor that says where
the next page of its list starts, so a crash or a quit resumes from the last
committed page of each list. A list's pages are written only once the lists its
objects refer to are complete (``DEPENDS``: customers, the catalog, tax rates
and coupons before invoices; products before prices).

Throughput is bounded by Stripe's rate limit rather than by us:

* Every list has a *lane*, a thread that reads its pages in order (one after
  another: each page's cursor is the previous page's last id) up to a few pages
  ahead of the writer. Stripe limits each endpoint as well as the account, so
  lists read side by side use the account's whole allowance. Lanes wait for the
  rate limiter by priority: the lists others depend on first.
* The writer takes the next page from any list that may be written; a lane that
  waits for the writer reads nothing, so the quickest such page is written first
  (payments and charges between the pages of invoices rather than after them).
* A page is written at once (:meth:`StripeCache.apply_page`: its references
  resolved with one query per type, its rows written together, one audit entry);
  a page that refers to something not cached yet is applied object by object
  instead, fetching what is missing (:func:`apply_with_references`).

Before the first page the newest event is noted as the poller's starting point:
whatever changes while the backfill runs arrives as events afterwards.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..storage import Database
from ..storage.codec import dumps
from .cache import RESOURCE_OF, StripeCache
from .gateway import JSON, Page, Resource, StripeGateway
from .mapping import MissingReference

log = logging.getLogger(__name__)

ORDER: tuple[Resource, ...] = (
    "tax_rates",
    "coupons",
    "products",
    "prices",
    "customers",
    "invoices",
    "credit_notes",
    "payment_intents",
    "charges",
    "disputes",
)

LABELS = {
    "tax_rates": "tax rates",
    "coupons": "coupons",
    "products": "products",
    "prices": "prices",
    "customers": "customers",
    "invoices": "invoices",
    "credit_notes": "credit notes",
    "payment_intents": "payments",
    "charges": "charges",
    "disputes": "disputes",
}

# List parameters per resource: invoices expand their discounts, so the coupon
# behind each discount is known without another request.
LIST_PARAMS: dict[str, dict[str, Any]] = {"invoices": {"expand": ["data.discounts"]}}

EVENTS_SINCE = "events:since"
COMPLETE = "backfill:complete"

# What each list's objects refer to: its pages are written once these lists are complete.
# The others (payments, charges and credit notes are stored as Stripe's JSON) depend on nothing.
DEPENDS: dict[str, frozenset[str]] = {
    "prices": frozenset({"products"}),
    "invoices": frozenset({"tax_rates", "coupons", "products", "prices", "customers"}),
}

LANE_DEPTH = 4
"""Pages a lane may read ahead of the writer (a page of invoices is about 0.5 MB of JSON)."""


def _after_key(resource: str) -> str:
    return f"backfill:{resource}:after"


def _done_key(resource: str) -> str:
    return f"backfill:{resource}:done"


def _count_key(resource: str) -> str:
    return f"backfill:{resource}:count"


@dataclass(slots=True)
class BackfillProgress:
    resource: str  # the list whose page was written last
    step: int  # how many lists are complete (lists are written side by side)
    steps: int
    counts: dict[str, int] = field(default_factory=dict)
    finished: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        parts = [f"{n:,} {LABELS.get(r, r)}" for r, n in self.counts.items() if n]
        done = "Copied" if self.finished else f"Copying {LABELS.get(self.resource, self.resource)}:"
        return f"{done} {', '.join(parts) or 'nothing yet'}"


class BackfillCancelled(Exception):
    pass


def _priority(resource: Resource) -> int:
    """The rate limiter's priority of a list's reads: the lists others depend on first,
    and a person's requests (priority 0) before any of them."""
    return 1 + ORDER.index(resource)


def fetch_missing(
    gateway: StripeGateway, cache: StripeCache, missing: MissingReference, depth: int = 0
) -> None:
    """Fetch and cache an object another one refers to, and whatever it refers to in turn."""
    if depth > 5:
        raise missing
    resource = RESOURCE_OF.get(missing.object_type)
    if resource is None:
        raise missing
    obj = gateway.retrieve(resource, missing.stripe_id)  # type: ignore[arg-type]
    if obj is None:
        raise missing
    apply_with_references(gateway, cache, obj, depth=depth + 1)


def invoice_lines(
    gateway: StripeGateway, invoice: Mapping[str, Any], priority: int = 0
) -> list[dict[str, Any]]:
    """All lines of an invoice: the embedded first page, then the rest if Stripe has more."""
    embedded = invoice.get("lines") or {}
    lines = list(embedded.get("data") or [])
    has_more = bool(embedded.get("has_more"))
    while has_more and lines:
        page = gateway.invoice_lines_page(
            str(invoice["id"]), starting_after=str(lines[-1]["id"]), priority=priority
        )
        lines.extend(page.data)
        has_more = page.has_more
    return lines


def apply_with_references(
    gateway: StripeGateway,
    cache: StripeCache,
    obj: Mapping[str, Any],
    depth: int = 0,
    lines: Sequence[Mapping[str, Any]] | None = None,
) -> bool:
    """Apply one object, fetching any object it refers to that is not cached yet.

    ``lines``: an invoice's lines when already read (else they are read here).
    """
    if lines is None and obj.get("object") == "invoice":
        lines = invoice_lines(gateway, obj)
    for _ in range(10):
        try:
            return cache.apply(obj, lines)
        except MissingReference as missing:
            fetch_missing(gateway, cache, missing, depth)
    return False


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as a lane read it, with the rest of the lines of invoices that have more."""

    page: Page
    lines: dict[str, list[JSON]]
    raw_json: list[
        str
    ]  # each object serialised for the ``raw`` column, here rather than in the writer

    @property
    def last(self) -> bool:
        # An empty page that claims more would have no cursor to go on from.
        return not self.page.has_more or not self.page.data


class _Lane:
    """Reads one list's pages in order, in a thread, up to ``depth`` pages ahead of the writer."""

    def __init__(
        self,
        fetch: Callable[[str | None], Fetched],
        after: str | None,
        depth: int,
        stop: threading.Event,
        arrived: threading.Condition,
        claim: Callable[[], AbstractContextManager[object]],
    ) -> None:
        self._fetch = fetch
        self._after = after
        self._stop = stop
        self._arrived = arrived
        self._claim = claim
        self._queue: queue.Queue[Fetched | BaseException] = queue.Queue(maxsize=depth)

    def run(self) -> None:
        after = self._after
        try:
            while not self._stop.is_set():
                with self._claim():  # held while reading, not while waiting for the writer
                    fetched = self._fetch(after)
                self._put(fetched)
                if fetched.last:
                    return
                after = fetched.page.last_id
        except BaseException as exc:  # the writer raises it when it takes this lane's next page
            self._put(exc)

    def _put(self, item: Fetched | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
            except queue.Full:
                continue
            with self._arrived:
                self._arrived.notify_all()
            return

    def queued(self) -> int:
        return self._queue.qsize()

    def full(self) -> bool:
        """Whether the lane waits for the writer (it reads nothing meanwhile)."""
        return self._queue.full()

    def next(self) -> Fetched:
        """The next page (waiting for it); raises what the lane met instead of a page."""
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item


class Backfill:
    def __init__(
        self, gateway: StripeGateway, db: Database, cache: StripeCache, clock: Callable[[], float]
    ) -> None:
        self.clock = clock
        self.gateway = gateway
        self.db = db
        self.cache = cache

    def is_complete(self) -> bool:
        return self.db.sync_state.cursor(COMPLETE) == "1"

    def reset(self) -> None:
        """Forget all progress so the next run lists everything again (a reconcile)."""
        with self.db.transaction():
            for resource in ORDER:
                self.db.sync_state.set_cursor(_after_key(resource), None)
                self.db.sync_state.set_cursor(_done_key(resource), None)
                self.db.sync_state.set_cursor(_count_key(resource), None)
            self.db.sync_state.set_cursor(COMPLETE, None)

    def note_event_start(self) -> None:
        """Remember where event polling must begin: at the newest event before the first page."""
        if self.db.sync_state.cursor(EVENTS_SINCE) is not None:
            return
        newest = self.gateway.events_page(limit=1)
        since = int(newest.data[0]["created"]) if newest.data else int(self.clock())
        self.db.sync_state.set_cursor(EVENTS_SINCE, str(since))

    def run(
        self,
        on_progress: Callable[[BackfillProgress], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> BackfillProgress:
        self.note_event_start()
        state = self.db.sync_state
        progress = BackfillProgress(resource=ORDER[0], step=0, steps=len(ORDER))
        for resource in ORDER:
            progress.counts[resource] = int(state.cursor(_count_key(resource)) or 0)
        todo = [r for r in ORDER if state.cursor(_done_key(r)) != "1"]
        progress.step = len(ORDER) - len(todo)
        stop = threading.Event()
        arrived = threading.Condition()
        lanes = {
            resource: _Lane(
                partial(self._fetch, resource),
                state.cursor(_after_key(resource)),
                LANE_DEPTH,
                stop,
                arrived,
                partial(self.gateway.limiter.claim, _priority(resource)),
            )
            for resource in todo
        }
        costs: dict[Resource, float] = {}  # seconds to write a page, per list (moving average)
        workers = max(1, len(lanes))
        with (
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="backfill-fetch") as pool,
            self.db.bulk_writes(),
        ):
            try:
                for lane in lanes.values():
                    pool.submit(lane.run)
                while todo:
                    resource = self._next_lane(todo, lanes, arrived, costs)
                    progress.resource = resource
                    started = time.perf_counter()
                    last = self._copy_page(resource, lanes[resource], progress)
                    cost = time.perf_counter() - started
                    costs[resource] = 0.8 * costs.get(resource, cost) + 0.2 * cost
                    if last:
                        todo.remove(resource)
                        progress.step += 1
                    if on_progress:
                        on_progress(progress)
                    if todo and cancelled():
                        raise BackfillCancelled(progress.describe())
            finally:
                stop.set()  # lanes still reading ahead stop after their current request
        state.set_cursor(COMPLETE, "1")
        progress.finished = True
        if on_progress:
            on_progress(progress)
        return progress

    @staticmethod
    def _next_lane(
        todo: Sequence[Resource],
        lanes: Mapping[Resource, _Lane],
        arrived: threading.Condition,
        costs: Mapping[Resource, float],
    ) -> Resource:
        """The list whose page to write next, waiting until one has a page read.

        Only lists whose dependencies are all written qualify. A lane whose queue
        is full reads nothing until its next page is written, and requests the
        rate limit allows go unused: of those, the one quickest to write goes
        first. Otherwise the first list in ORDER: the one others wait for.
        """
        ready = [r for r in todo if not DEPENDS.get(r, frozenset()).intersection(todo)]
        with arrived:
            while True:
                waiting = [r for r in ready if lanes[r].queued()]
                blocked = [r for r in waiting if lanes[r].full()]
                if blocked:
                    return min(blocked, key=lambda r: (costs.get(r, 0.0), ORDER.index(r)))
                if waiting:
                    return waiting[0]
                arrived.wait(0.5)

    def _fetch(self, resource: Resource, after: str | None) -> Fetched:
        priority = _priority(resource)
        params = LIST_PARAMS.get(resource, {})
        page = self.gateway.list_page(resource, starting_after=after, priority=priority, **params)
        lines: dict[str, list[JSON]] = {}
        if resource == "disputes":  # a dispute names its payment; find the invoice (issue 8)
            from .disputes import with_invoices

            page = Page(with_invoices(self.gateway, self.db, page.data, priority), page.has_more)
        if resource == "invoices":
            for obj in page.data:
                if (obj.get("lines") or {}).get("has_more"):
                    lines[str(obj["id"])] = invoice_lines(self.gateway, obj, priority)
        return Fetched(page, lines, [dumps(obj) for obj in page.data])

    def _apply(self, fetched: Fetched) -> None:
        """One page: all at once, or object by object when it refers to something not cached."""
        try:
            self.cache.apply_page(fetched.page.data, fetched.lines, fetched.raw_json)
        except MissingReference as missing:
            log.info("%s; applying the page object by object", missing)
            for obj in fetched.page.data:
                lines = fetched.lines.get(str(obj.get("id")))
                apply_with_references(self.gateway, self.cache, obj, lines=lines)

    def _copy_page(self, resource: Resource, lane: _Lane, progress: BackfillProgress) -> bool:
        """Write the lane's next page with its cursor, in one transaction; True after the last."""
        state = self.db.sync_state
        fetched = lane.next()
        page = fetched.page
        if page.has_more and not page.data:
            log.warning("Stripe listed no %s but said there were more", resource)
        with self.db.transaction():
            self._apply(fetched)
            progress.counts[resource] += len(page.data)
            if page.last_id is not None:
                state.set_cursor(_after_key(resource), page.last_id)
            state.set_cursor(_count_key(resource), str(progress.counts[resource]))
            if fetched.last:
                state.set_cursor(_done_key(resource), "1")
        return fetched.last
