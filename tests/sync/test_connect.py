"""Connecting a workspace: keys are checked with Stripe first and kept in the keyring only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync import connect, keys
from desktop_invoicer.sync.errors import KeyRejectedError, PermissionMissingError
from tests.keyrings import MemoryKeyring

GOOD = "sk_test_connect00000000000000000001"


@pytest.fixture
def restricted_server() -> Iterator[StripeServer]:
    srv = StripeServer(
        restricted_keys={
            "rk_test_no_invoices_0000000001": {
                "rak_customer_read",
                "rak_product_read",
                "rak_price_read",
            },
        }
    )
    srv.start()
    yield srv
    srv.stop()


def test_connect_stores_the_key_in_the_keyring_only(
    server: StripeServer, db: Database, memory_keyring: MemoryKeyring
) -> None:
    conn = connect.connect(db, "acme", GOOD, api_base=server.url)
    assert conn.mode_label == "TEST MODE"
    assert keys.load_key("acme") == GOOD
    assert GOOD not in str(db.settings.get(connect.SETTING))
    gateway = connect.gateway_for(db, "acme")
    assert gateway is not None
    gateway.close()
    connect.disconnect(db, "acme")
    assert keys.load_key("acme") is None
    assert connect.connection(db) is None


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("pk_test_abcdefghijklmnopqrstu", "publishable key"),
        ("hello", "does not look like a Stripe secret key"),
    ],
)
def test_wrong_key_shapes_are_refused_before_asking_stripe(key: str, message: str) -> None:
    with pytest.raises(KeyRejectedError, match=message):
        connect.validate_key(key, api_base="http://127.0.0.1:9")


def test_a_rejected_key_says_so_without_repeating_it(restricted_server: StripeServer) -> None:
    with pytest.raises(KeyRejectedError) as info:
        connect.validate_key("rk_test_unknown_key_0000000000099", api_base=restricted_server.url)
    assert "rk_test_unknown_key_0000000000099" not in str(info.value)


def test_a_restricted_key_missing_a_permission_names_it(restricted_server: StripeServer) -> None:
    with pytest.raises(PermissionMissingError) as info:
        connect.validate_key("rk_test_no_invoices_0000000001", api_base=restricted_server.url)
    assert info.value.permission is not None and info.value.permission.startswith("rak_")
    assert info.value.permission in info.value.advice
