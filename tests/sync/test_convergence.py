"""Property: whatever mix of remote changes, local edits and faults, sync converges.

Random sequences of changes made directly on the server (as another Stripe user
would), local edits through the outbox and injected faults (500s, 429s, dropped
connections, duplicate and shuffled events) are played; after the faults stop
and sync settles, the local cache equals the server's state customer by
customer, and nothing the app created exists twice.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.catalog import Customer
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.storage import Database, OutboxStatus
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.changes import StripeChanges
from desktop_invoicer.sync.engine import SyncEngine
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway
from desktop_invoicer.sync.mapping import METADATA_LOCAL_ID

from .helpers import live, local_customers, server_customers

names = st.sampled_from(
    ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Müller GmbH", "株式会社"]
)
indices = st.integers(min_value=0, max_value=7)
operations = st.one_of(
    st.tuples(st.just("remote_create"), names),
    st.tuples(st.just("remote_update"), indices, names),
    st.tuples(st.just("remote_delete"), indices),
    st.tuples(st.just("local_create"), names),
    st.tuples(st.just("local_update"), indices, names),
    st.tuples(
        st.just("fault"),
        st.sampled_from(["500-after", "500", "429", "drop-after", "drop", "events"]),
    ),
    st.tuples(st.just("sync")),
)


def _inject(server: StripeServer, fault: str) -> None:
    if fault == "500-after":
        server.faults.fail_next(1, 500, after=True)
    elif fault == "500":
        server.faults.fail_next(1, 500)
    elif fault == "429":
        server.faults.fail_next(2, 429)
    elif fault == "drop-after":
        server.faults.drop_next(1, after=True)
    elif fault == "drop":
        server.faults.drop_next(1)
    else:
        server.faults.set_event_quirks(duplicate=0.5, shuffle=1.0)


def _play(
    server: StripeServer, db: Database, engine: SyncEngine, ops: list[tuple[object, ...]]
) -> None:
    changes = StripeChanges(db)
    remote_ids: list[str] = []
    local_ids: list[str] = []
    for op in ops:
        kind = op[0]
        if kind == "remote_create":
            remote_ids.append(
                server.dashboard_create("customer", name=op[1], email="a@example.com")["id"]
            )
        elif kind == "remote_update" and remote_ids:
            cid = remote_ids[int(op[1]) % len(remote_ids)]  # type: ignore[call-overload]
            if server.get("customer", cid) and not server.get("customer", cid).get("deleted"):  # type: ignore[union-attr]
                server.dashboard_update("customer", cid, name=op[2])
        elif kind == "remote_delete" and remote_ids:
            cid = remote_ids.pop(int(op[1]) % len(remote_ids))  # type: ignore[call-overload]
            server.dashboard_delete("customer", cid)
        elif kind == "local_create":
            saved = changes.save_customer(
                Customer("", str(op[1]), "b@example.com", currency("EUR"))
            )
            local_ids.append(saved.id)
        elif kind == "local_update" and local_ids:
            local = db.customers.find(local_ids[int(op[1]) % len(local_ids)])  # type: ignore[call-overload]
            if local is not None:
                base = changes.base_version("customer", local.id)
                changes.save_customer(replace(local, name=str(op[2])), base)
        elif kind == "fault":
            _inject(server, str(op[1]))
        elif kind == "sync":
            engine.run_once()


def _settle(server: StripeServer, db: Database, engine: SyncEngine) -> None:
    server.faults.clear()
    server.faults.set_event_quirks(duplicate=0.0, shuffle=0.0)
    for _ in range(6):
        engine.settle()
        for item in db.outbox.by_status(
            OutboxStatus.CONFLICT
        ):  # a person would decide; take Stripe's
            db.outbox.resolve_conflict(item.id, keep_local=False)
            current = engine.gateway.retrieve("customers", str(item.base_version["remote"]["id"]))
            if current is not None:
                engine.cache.apply(current)
        for item in db.outbox.by_status(
            OutboxStatus.FAILED
        ):  # e.g. an update of a customer deleted in Stripe
            db.outbox.resolve_conflict(item.id, keep_local=False)
        if db.outbox.count(OutboxStatus.PENDING) == 0 and not db.outbox.by_status(
            OutboxStatus.CONFLICT
        ):
            break
    engine.settle()  # conflicts resolved: whatever they left behind arrives now


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, min_size=1, max_size=14))
def test_sync_converges_under_faults(ops: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder, StripeServer(fault_seed=11) as server:
        db = Database.open(Path(folder) / "w.db", clock=lambda: float(server.clock.now()))
        gateway = StripeGateway(
            GatewayConfig(
                "sk_test_property000000000000000",
                api_base=server.url,
                requests_per_second=1000,
                timeout=5,
            )
        )
        try:
            engine = SyncEngine(db, gateway, lambda: float(server.clock.now()))
            engine.run_once()
            _play(server, db, engine, ops)
            _settle(server, db, engine)
            assert local_customers(db) == server_customers(server)
            created = [
                (c.get("metadata") or {}).get(METADATA_LOCAL_ID)
                for c in live(server.objects("customer"))
                if (c.get("metadata") or {}).get(METADATA_LOCAL_ID)
            ]
            assert len(created) == len(set(created)), "a local customer was created twice in Stripe"
        finally:
            gateway.close()
            db.close()
