"""A Stripe-compatible local server for the tests and ``--demo``.

It speaks Stripe's wire format (API version 2026-10-28.endive) to the real
``stripe`` client and keeps its own state; it imports nothing else from
``desktop_invoicer`` so that it cannot share (and so mirror) a mistake of the
app's mapping.

Quick reference::

    with StripeServer() as server:                       # 127.0.0.1, a free port
        client = stripe.StripeClient("sk_test_x", base_addresses={"api": server.url})
        server.clock.advance(3600)                       # server time (created, 24 h keys, 30 d events)
        server.faults.fail_next(1, 500, path="/v1/invoices")
        server.objects("invoice"); server.get("customer", "cus_...")
        server.dashboard_create("customer", name="Ann")  # emits customer.created
        server.sent_invoices; server.events("invoice.sent"); server.request_log

The HTTP admin API under ``/_admin/`` mirrors this for other processes; see
``admin.py``.
"""

from __future__ import annotations

from .clock import Clock
from .core import Account
from .faults import Faults
from .server import StripeServer
from .wire import ApiError

__all__ = ["Account", "ApiError", "Clock", "Faults", "StripeServer"]
