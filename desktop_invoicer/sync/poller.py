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
from .backfill import EVENTS_SINCE, Backfill, apply_with_references
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

    def reconcile(self, reason: str) -> PollReport:
        """Events were missed: list everything again, then poll from now on."""
        log.info("reconciling: %s", reason)
        report = PollReport(
            reconciled=True, notes=[f"{reason} Copied everything from Stripe again."]
        )
        with self.db.transaction():
            self.db.sync_state.set_cursor(EVENTS_SINCE, None)
            self.backfill.reset()
        self.backfill.run()
        return report

    def fetch(self, since: int) -> list[dict[str, Any]]:
        events: dict[str, dict[str, Any]] = {}
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            page = self.gateway.events_page(
                created_gte=max(0, since - OVERLAP_SECONDS), starting_after=cursor
            )
            for event in page.data:
                events.setdefault(str(event["id"]), event)  # a repeated event counts once
            if not page.has_more:
                break
            cursor = page.last_id
        return sorted(events.values(), key=lambda e: (int(e["created"]), str(e["id"])))

    def poll_once(self) -> PollReport:
        reason = self.needs_reconcile()
        if reason is not None:
            return self.reconcile(reason)
        since = int(self.db.sync_state.cursor(EVENTS_SINCE) or 0)
        batch = self.fetch(since)
        report = PollReport(fetched=len(batch))
        fresh = [e for e in batch if not self.db.sync_state.is_applied(str(e["id"]))]
        report.duplicates = len(batch) - len(fresh)
        # The last event of each object in the batch carries its newest snapshot.
        last_for: dict[str, str] = {}
        for event in fresh:
            last_for[str(_object_of(event).get("id"))] = str(event["id"])
        newest = since
        for event in fresh:
            obj = _object_of(event)
            with self.db.transaction():
                if last_for.get(str(obj.get("id"))) == str(event["id"]):
                    report.refetched += self._apply(event, obj)
                self.db.sync_state.mark_applied(
                    str(event["id"]), str(event["type"]), int(event["created"])
                )
            report.applied += 1
            newest = max(newest, int(event["created"]))
        self.db.sync_state.set_cursor(EVENTS_SINCE, str(newest))
        self.db.sync_state.prune_applied(int(self.clock()) - RETENTION_SECONDS - OVERLAP_SECONDS)
        return report

    def _apply(self, event: Mapping[str, Any], obj: Mapping[str, Any]) -> int:
        """Apply the event's object; 1 when it had to be fetched again, else 0."""
        kind = str(obj.get("object"))
        if str(event["type"]).endswith(".deleted") or obj.get("deleted"):
            self.cache.apply_deleted(kind, str(obj["id"]))
            return 0
        if kind == "invoiceitem":  # an item changed a draft: the invoice is what we show
            invoice_id = obj.get("invoice")
            if not invoice_id:
                return 0
            kind, obj = "invoice", {"object": "invoice", "id": invoice_id}
            event = {**event, "created": 0}  # forces a fetch of the invoice as it is now
        resource = RESOURCE_OF.get(kind)
        if resource is None:
            return 0
        stale = (
            event.get("api_version") not in (None, API_VERSION)
            or int(event["created"]) < self.clock() - OVERLAP_SECONDS
        )
        if kind == "invoice" and (obj.get("lines") or {}).get("has_more"):
            stale = True
        if not stale:
            apply_with_references(self.gateway, self.cache, obj)
            return 0
        current = self.gateway.retrieve(resource, str(obj["id"]))  # type: ignore[arg-type]
        if current is None:
            self.cache.apply_deleted(kind, str(obj["id"]))
        else:
            apply_with_references(self.gateway, self.cache, current)
        return 1
