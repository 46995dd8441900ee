"""Event polling: apply Stripe's events oldest first, each exactly once.

A desktop has no public URL for webhooks, so the app asks ``GET /v1/events``.
Stripe lists events newest first, may list an event a little late, may repeat
one and does not guarantee order; so each poll asks for everything created since
the last applied event minus an overlap window, sorts the batch oldest first,
skips ids already in ``applied_events`` and records each applied id in the same
transaction as its change (design rule 4).

A snapshot in an event can be stale (a later event in the batch touches the same
object, or it was rendered in another API version): then the object is fetched
again. Stripe keeps events for 30 days; a cursor older than that, or none at all,
means events were missed, and a reconcile (a fresh backfill) runs instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..storage import Database
from .backfill import EVENTS_SINCE, Backfill, BackfillProgress, apply_with_references
from .cache import RESOURCE_OF, StripeCache
from .gateway import API_VERSION, StripeGateway

log = logging.getLogger(__name__)

OVERLAP_SECONDS = 600  # events may appear in the list this late
RETENTION_SECONDS = 30 * 86_400
MAX_PAGES = 50  # per poll; the rest waits for the next one


@dataclass(slots=True)
class PollReport:
    fetched: int = 0
    applied: int = 0
    duplicates: int = 0
    refetched: int = 0
    reconciled: bool = False
    notes: list[str] = field(default_factory=list)


def _object_of(event: Mapping[str, Any]) -> Mapping[str, Any]:
    return (event.get("data") or {}).get("object") or {}


class EventPoller:
    def __init__(
        self,
        gateway: StripeGateway,
        db: Database,
        cache: StripeCache,
        backfill: Backfill,
        clock: Callable[[], float],
    ) -> None:
        self.gateway = gateway
        self.db = db
        self.cache = cache
        self.backfill = backfill
        self.clock = clock

    def needs_reconcile(self) -> str | None:
        """Why the event cursor cannot be trusted, or None when polling can go on."""
        since = self.db.sync_state.cursor(EVENTS_SINCE)
        if since is None:
            return "The app has no record of which Stripe events it has seen."
        if int(since) < self.clock() - RETENTION_SECONDS + OVERLAP_SECONDS:
            return "The last sync was more than 30 days ago, longer than Stripe keeps its events."
        return None

    def reconcile(
        self,
        reason: str,
        on_progress: Callable[[BackfillProgress], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> PollReport:
        """Events were missed: list everything again, then poll from now on."""
        log.info("reconciling: %s", reason)
        report = PollReport(
            reconciled=True, notes=[f"{reason} Copied everything from Stripe again."]
        )
        with self.db.transaction():
            self.db.sync_state.set_cursor(EVENTS_SINCE, None)
            self.backfill.reset()
        self.backfill.run(on_progress, cancelled)
        return report

    def fetch(self, since: int) -> list[dict[str, Any]]:
        """Every event since ``since`` (minus the overlap window), oldest first, each once."""
        events: dict[str, dict[str, Any]] = {}
        position: dict[str, int] = {}  # place in Stripe's newest-first listing
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            page = self.gateway.events_page(
                created_gte=max(0, since - OVERLAP_SECONDS), starting_after=cursor
            )
            for event in page.data:
                event_id = str(event["id"])
                if event_id not in events:  # a repeated event counts once
                    events[event_id] = event
                    position[event_id] = len(position)
            if not page.has_more:
                break
            cursor = page.last_id
        # Oldest first; within one second Stripe's listing order (reversed) is the best
        # guess, and an object with several events in the batch is fetched fresh anyway.
        return sorted(events.values(), key=lambda e: (int(e["created"]), -position[str(e["id"])]))

    def poll_once(
        self,
        on_progress: Callable[[BackfillProgress], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> PollReport:
        """Apply new events; a reconcile, when needed, reports progress and can be cancelled."""
        reason = self.needs_reconcile()
        if reason is not None:
            return self.reconcile(reason, on_progress, cancelled)
        since = int(self.db.sync_state.cursor(EVENTS_SINCE) or 0)
        batch = self.fetch(since)
        report = PollReport(fetched=len(batch))
        fresh = [e for e in batch if not self.db.sync_state.is_applied(str(e["id"]))]
        report.duplicates = len(batch) - len(fresh)
        # Only the last event of each object is applied; the others are recorded as seen.
        last_for: dict[str, str] = {}
        touches: dict[str, int] = {}
        for event in fresh:
            object_id = str(_object_of(event).get("id"))
            last_for[object_id] = str(event["id"])
            touches[object_id] = touches.get(object_id, 0) + 1
        newest = since
        for event in fresh:
            obj = _object_of(event)
            object_id = str(obj.get("id"))
            with self.db.transaction():
                if last_for.get(object_id) == str(event["id"]):
                    # Several events for one object: their order is uncertain, so fetch it.
                    report.refetched += self._apply(event, obj, stale=touches[object_id] > 1)
                self.db.sync_state.mark_applied(
                    str(event["id"]), str(event["type"]), int(event["created"])
                )
            report.applied += 1
            newest = max(newest, int(event["created"]))
        self.db.sync_state.set_cursor(EVENTS_SINCE, str(newest))
        self.db.sync_state.prune_applied(int(self.clock()) - RETENTION_SECONDS - OVERLAP_SECONDS)
        return report

    def _apply(self, event: Mapping[str, Any], obj: Mapping[str, Any], stale: bool) -> int:
        """Apply the event's object; 1 when it had to be fetched again, else 0."""
        kind = str(obj.get("object"))
        if kind == "invoiceitem":  # an item changed a draft: the invoice is what we show
            invoice_id = obj.get("invoice")
            if not invoice_id:
                return 0
            kind, obj, stale = "invoice", {"object": "invoice", "id": invoice_id}, True
        resource = RESOURCE_OF.get(kind)
        if resource is None:
            return 0
        stale = (
            stale
            or event.get("api_version") not in (None, API_VERSION)
            or int(event["created"]) < self.clock() - OVERLAP_SECONDS
            or (kind == "invoice" and bool((obj.get("lines") or {}).get("has_more")))
        )
        if kind == "dispute":  # a dispute names its payment; find the invoice (issue 8)
            from .disputes import with_invoices

            if stale:
                obj = self.gateway.retrieve("disputes", str(obj["id"])) or obj
            (obj,) = with_invoices(self.gateway, self.db, [obj])
            apply_with_references(self.gateway, self.cache, obj)
            return int(stale)
        if not stale:
            if str(event["type"]).endswith(".deleted") or obj.get("deleted"):
                self.cache.apply_deleted(kind, str(obj["id"]))
            else:
                apply_with_references(self.gateway, self.cache, obj)
            return 0
        current = self.gateway.retrieve(resource, str(obj["id"]))  # type: ignore[arg-type]
        if current is None:
            self.cache.apply_deleted(kind, str(obj["id"]))
        else:
            apply_with_references(self.gateway, self.cache, current)
        return 1
