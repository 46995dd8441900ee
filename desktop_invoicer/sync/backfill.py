"""Backfill: copy everything the account has in Stripe into the local cache, resumably.

Resources are listed in dependency order (tax rates and coupons before invoices,
products before prices, customers before invoices). Each page is applied in one
transaction together with the cursor that says where the next page starts, so a
crash or a quit resumes from the last committed page. The next page is fetched
while the current one is written, so throughput is bounded by Stripe's rate
limit rather than by us.

Before the first page the newest event is noted as the poller's starting point:
whatever changes while the backfill runs arrives as events afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..storage import Database
from .cache import RESOURCE_OF, StripeCache
from .gateway import Page, Resource, StripeGateway
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
}

# List parameters per resource: invoices expand their discounts, so the coupon
# behind each discount is known without another request.
LIST_PARAMS: dict[str, dict[str, Any]] = {"invoices": {"expand": ["data.discounts"]}}

EVENTS_SINCE = "events:since"
COMPLETE = "backfill:complete"


def _after_key(resource: str) -> str:
    return f"backfill:{resource}:after"


def _done_key(resource: str) -> str:
    return f"backfill:{resource}:done"


def _count_key(resource: str) -> str:
    return f"backfill:{resource}:count"


@dataclass(slots=True)
class BackfillProgress:
    resource: str
    step: int  # index of the resource being copied, 0-based
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


def invoice_lines(gateway: StripeGateway, invoice: Mapping[str, Any]) -> list[dict[str, Any]]:
    """All lines of an invoice: the embedded first page, then the rest if Stripe has more."""
    embedded = invoice.get("lines") or {}
    lines = list(embedded.get("data") or [])
    has_more = bool(embedded.get("has_more"))
    while has_more and lines:
        page = gateway.invoice_lines_page(str(invoice["id"]), starting_after=str(lines[-1]["id"]))
        lines.extend(page.data)
        has_more = page.has_more
    return lines


def apply_with_references(
    gateway: StripeGateway, cache: StripeCache, obj: Mapping[str, Any], depth: int = 0
) -> bool:
    """Apply one object, fetching any object it refers to that is not cached yet."""
    lines = invoice_lines(gateway, obj) if obj.get("object") == "invoice" else None
    for _ in range(10):
        try:
            return cache.apply(obj, lines)
        except MissingReference as missing:
            fetch_missing(gateway, cache, missing, depth)
    return False


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
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backfill-fetch") as pool:
            for step, resource in enumerate(ORDER):
                progress.resource, progress.step = resource, step
                if state.cursor(_done_key(resource)) == "1":
                    continue
                self._copy(resource, pool, progress, on_progress, cancelled)
        state.set_cursor(COMPLETE, "1")
        progress.finished = True
        if on_progress:
            on_progress(progress)
        return progress

    def _fetch(self, resource: Resource, after: str | None) -> Page:
        return self.gateway.list_page(
            resource, starting_after=after, **LIST_PARAMS.get(resource, {})
        )

    def _copy(
        self,
        resource: Resource,
        pool: ThreadPoolExecutor,
        progress: BackfillProgress,
        on_progress: Callable[[BackfillProgress], None] | None,
        cancelled: Callable[[], bool],
    ) -> None:
        state = self.db.sync_state
        after = state.cursor(_after_key(resource))
        pending: Future[Page] = pool.submit(self._fetch, resource, after)
        while True:
            page = pending.result()
            if page.has_more:  # fetch the next page while this one is written
                pending = pool.submit(self._fetch, resource, page.last_id)
            with self.db.transaction():
                for obj in page.data:
                    apply_with_references(self.gateway, self.cache, obj)
                progress.counts[resource] += len(page.data)
                state.set_cursor(_after_key(resource), page.last_id or after)
                state.set_cursor(_count_key(resource), str(progress.counts[resource]))
                if not page.has_more:
                    state.set_cursor(_done_key(resource), "1")
            after = page.last_id or after
            if on_progress:
                on_progress(progress)
            if not page.has_more:
                return
            if cancelled():
                pending.cancel()
                raise BackfillCancelled(progress.describe())
