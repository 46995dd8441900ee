"""Events: one per change, snapshots with ``previous_attributes``, 30-day retention."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .wire import JsonObj, clone, random_id

if TYPE_CHECKING:
    from .core import Ctx

API_VERSION = "2026-10-28.endive"
RETENTION_SECONDS = 30 * 24 * 3600
_MISSING = object()


def diff(before: Any, after: Any) -> Any:
    """Stripe's ``previous_attributes``: old values of what changed (nested for hashes).

    Returns ``_MISSING`` when nothing changed.  A key that did not exist before
    is reported as ``None``.
    """
    if isinstance(before, dict) and isinstance(after, dict):
        out: JsonObj = {}
        for k in set(before) | set(after):
            if k not in before:
                out[k] = None
                continue
            if k not in after:
                out[k] = before[k]
                continue
            d = diff(before[k], after[k])
            if d is not _MISSING:
                out[k] = d
        return out if out else _MISSING
    if before == after:
        return _MISSING
    return before


def previous_attributes(before: JsonObj, after: JsonObj) -> JsonObj | None:
    out: JsonObj = {}
    for k in set(before) | set(after):
        if k == "lines":
            continue  # line changes show through the totals, not the embedded list
        b = before.get(k)
        a = after.get(k)
        if isinstance(b, dict) and isinstance(a, dict) and k == "metadata":
            d = diff(b, a)
            if d is not _MISSING:
                out[k] = d
        elif b != a:
            out[k] = b
    return out or None


class EventLog:
    """Creates event objects in the store (kind ``event``)."""

    def emit(
        self,
        ctx: Ctx,
        type_: str,
        obj: JsonObj,
        previous: JsonObj | None = None,
    ) -> JsonObj | None:
        if not ctx.emit_events:
            return None
        store = ctx.state.store
        now = ctx.now
        evt: JsonObj = {
            "id": random_id("evt_"),
            "object": "event",
            "api_version": API_VERSION,
            "created": now,
            "data": {"object": clone(obj)},
            "livemode": ctx.livemode,
            "pending_webhooks": 0,
            "request": {"id": ctx.request_id, "idempotency_key": ctx.idempotency_key},
            "type": type_,
        }
        if previous is not None:
            evt["data"]["previous_attributes"] = clone(previous)
        faults = ctx.state.faults
        aux = None
        if faults.late_events > 0 and faults.random.random() < faults.late_events_probability:
            aux = {"visible_at": now + faults.late_events}
        store.insert("event", evt, aux=aux)
        store.prune_older("event", now - RETENTION_SECONDS)
        return evt

    @staticmethod
    def visible(ctx: Ctx, evt: JsonObj) -> bool:
        aux = ctx.state.store.aux.get(evt["id"])
        return aux is None or float(aux.get("visible_at", 0)) <= ctx.state.clock.time()
