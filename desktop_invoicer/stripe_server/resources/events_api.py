"""``GET /v1/events`` and ``/v1/events/{id}``, with the event-list fault quirks."""

from __future__ import annotations

from fnmatch import fnmatchcase

from ..core import Ctx
from ..events import RETENTION_SECONDS, EventLog
from ..router import route
from ..wire import JsonObj, clone, not_found, validation
from .common import paged


def _matcher(params: JsonObj) -> list[str] | None:
    patterns: list[str] = []
    if params.get("type"):
        patterns.append(params["type"])
    if params.get("types"):
        types = list(params["types"])
        if len(types) > 20:
            raise validation("You can filter on at most 20 event types.", param="types")
        patterns.extend(types)
    return patterns or None


@route("GET", "/v1/events", "EventListParams", "rak_event_read")
def list_events(ctx: Ctx, params: JsonObj) -> JsonObj:
    ctx.store.prune_older("event", ctx.now - RETENTION_SECONDS)
    patterns = _matcher(params)
    candidates = None
    if patterns and all("*" not in p for p in patterns) and len(patterns) == 1:
        candidates = ctx.store.ids_by("event", "type", patterns[0])

    def pred(e: JsonObj) -> bool:
        if patterns and not any(fnmatchcase(e["type"], p) for p in patterns):
            return False
        return EventLog.visible(ctx, e)

    out = paged(ctx, "event", params, "/v1/events", candidates=candidates, pred=pred)
    faults = ctx.state.faults
    data: list[JsonObj] = out["data"]
    if faults.shuffle_events and len(data) > 3:
        middle = data[1:-1]
        faults.random.shuffle(middle)
        data[1:-1] = middle
    if faults.duplicate_events > 0 and data:
        doubled: list[JsonObj] = []
        for e in data:
            doubled.append(e)
            if faults.random.random() < faults.duplicate_events:
                doubled.append(clone(e))
        out["data"] = doubled
    return out


@route("GET", "/v1/events/{id}", "EventRetrieveParams", "rak_event_read")
def retrieve_event(ctx: Ctx, params: JsonObj, id: str) -> JsonObj:
    ctx.store.prune_older("event", ctx.now - RETENTION_SECONDS)
    evt = ctx.get("event", id)
    if not EventLog.visible(ctx, evt):
        raise not_found("event", id)
    return ctx.render("event", evt, params.get("expand"))
