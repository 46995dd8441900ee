"""The client-side rate limiter (Stripe's windows, priorities, claims, 429s; real time, short)
and the gateway's list pages read through it."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.errors import StripeRejectedError, StripeServerError
from desktop_invoicer.sync.gateway import GatewayConfig, StripeGateway
from desktop_invoicer.sync.ratelimit import CALM, STEP, RateLimiter


def in_thread(
    limiter: RateLimiter, endpoint: str, priority: int, done: list[str]
) -> threading.Thread:
    def run() -> None:
        limiter.acquire(endpoint, priority)
        done.append(f"{endpoint}:{priority}")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_at_most_the_rate_in_any_window_and_never_in_one_burst() -> None:
    limiter = RateLimiter(10, margin=0.0)
    stamps = []
    for _ in range(11):
        limiter.acquire("GET /v1/customers")
        stamps.append(time.monotonic())
    assert stamps[10] - stamps[0] >= 1.0 - 0.01  # the 11th waits for the 1st to leave
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert min(gaps) >= 0.05 - 0.01  # spread: half the average spacing at least


def test_each_endpoint_has_its_own_window() -> None:
    limiter = RateLimiter(1000, per_endpoint=2, margin=0.0)
    for _ in range(2):
        limiter.acquire("GET /v1/invoices")
    done: list[str] = []
    blocked = in_thread(limiter, "GET /v1/invoices", 1, done)
    started = time.monotonic()
    limiter.acquire("GET /v1/customers")  # another endpoint: not held up
    assert time.monotonic() - started < 0.2
    time.sleep(0.2)
    assert done == []  # the third invoices request waits for the window
    blocked.join(2)
    assert done == ["GET /v1/invoices:1"]


def test_the_most_urgent_waiting_request_goes_first() -> None:
    limiter = RateLimiter(2, margin=0.0)
    limiter.acquire("a")
    limiter.acquire("a")  # the window is full for a second
    done: list[str] = []
    late = in_thread(limiter, "b", 9, done)
    time.sleep(0.05)
    urgent = in_thread(limiter, "c", 1, done)
    late.join(3)
    urgent.join(3)
    assert done == ["c:1", "b:9"]


def test_a_claim_keeps_room_for_the_urgent_reader() -> None:
    limiter = RateLimiter(4, margin=0.0)
    limiter.acquire("x", 5)
    limiter.acquire("x", 5)  # two of four used
    with limiter.claim(1):
        limiter.acquire("y", 5)  # three used: one left, kept for the claim
        done: list[str] = []
        waiting = in_thread(limiter, "z", 5, done)
        time.sleep(0.3)
        assert done == []
        started = time.monotonic()
        limiter.acquire("w", 1)  # the urgent reader is not kept waiting
        assert time.monotonic() - started < 0.2
    waiting.join(3)
    assert done == ["z:5"]


def test_a_429_holds_everyone_and_widens_the_windows_for_a_while() -> None:
    limiter = RateLimiter(1000, per_endpoint=1000)
    limiter.penalize(0.2)
    started = time.monotonic()
    assert limiter.acquire("GET /v1/invoices") >= 0.2 - 0.01
    assert time.monotonic() - started >= 0.2 - 0.01
    assert limiter.extra == pytest.approx(STEP)
    limiter.penalize(0.0)
    assert limiter.extra == pytest.approx(2 * STEP)
    for _ in range(CALM):
        limiter.acquire("GET /v1/invoices")
    assert limiter.extra == pytest.approx(1.5 * STEP)


def test_gateway_rates_default_to_stripes_limits() -> None:
    assert GatewayConfig("sk_test_x").rate_limits(livemode=False) == (25.0, 25.0)
    assert GatewayConfig("sk_live_x").rate_limits(livemode=True) == (100.0, 25.0)
    config = GatewayConfig("sk_test_x", endpoint_requests_per_second=20.0)
    assert config.rate_limits(livemode=False) == (25.0, 20.0)
    # One explicit rate is the one limit for everything (the local demo server, tests).
    assert GatewayConfig("sk_test_x", requests_per_second=500).rate_limits(False) == (500, None)
    both = GatewayConfig("sk_test_x", requests_per_second=50, endpoint_requests_per_second=30)
    assert both.rate_limits(livemode=False) == (50, 30)


def test_a_request_counts_until_a_window_after_its_answer() -> None:
    # The server counted it somewhere between sending and answering: however late,
    # the window must still hold it then.
    limiter = RateLimiter(2, margin=0.0)
    started = time.monotonic()
    with limiter.request("GET /v1/invoices") as slot:
        assert slot.waited < 0.05
        time.sleep(0.3)  # a slow answer
    limiter.acquire("GET /v1/invoices")  # the second request of the window
    limiter.acquire("GET /v1/invoices")
    assert time.monotonic() - started >= 1.3 - 0.01  # a window after the slow answer


def test_the_answer_time_can_be_given() -> None:
    limiter = RateLimiter(1, margin=0.0)
    started = time.monotonic()
    with limiter.request() as slot:
        slot.answered_at = limiter.clock()  # the answer arrived; parsing it took a while
        time.sleep(0.3)
    limiter.acquire()
    assert 1.0 - 0.01 <= time.monotonic() - started < 1.25


def test_list_pages_are_plain_json_and_errors_are_ours(
    server: StripeServer, make_gateway: Callable[..., StripeGateway]
) -> None:
    server.seed(customers=3, products=1, invoices=2)
    gateway = make_gateway(max_network_retries=0)
    page = gateway.list_page("customers")
    assert len(page.data) == 3 and not page.has_more
    assert all(type(c) is not stripe.StripeObject and isinstance(c, dict) for c in page.data)
    server.faults.fail_next(1, 429, path="/v1/customers")  # backed off, then retried
    assert len(gateway.list_page("customers").data) == 3
    assert gateway.stats.rate_limited == 1
    assert gateway.limiter.extra > 0  # and the windows widened for a while
    server.faults.fail_next(1, 500, path="/v1/invoices")
    with pytest.raises(StripeServerError):
        gateway.list_page("invoices")
    with pytest.raises(StripeRejectedError) as info:
        gateway.list_page("customers", starting_after="cus_nope")
    assert info.value.status == 400
