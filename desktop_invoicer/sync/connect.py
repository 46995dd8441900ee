"""Connect a workspace to a Stripe account, and find its gateway again later.

The key is checked against Stripe before it is saved: the account is read, then
one page of every list the app needs, so a restricted key that lacks a
permission is refused with the permission's name (Stripe names it in the 403).
The key goes into the OS keyring; the workspace's database keeps only the
account's id, name, mode and, for the local server, the API base address.
One workspace per Stripe account: a second workspace for the same account is
refused with the name of the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..storage import Database
from ..storage.paths import list_workspaces
from .errors import KeyRejectedError

if TYPE_CHECKING:  # stripe and keyring load only when a key is checked or used
    from .gateway import AccountInfo, StripeGateway

SETTING = "stripe_account"
DEMO_KEY = "sk_test_demo_workspace_local_server"
"""The demo workspace talks to the bundled local server; this key opens nothing real."""


@dataclass(frozen=True, slots=True)
class Connection:
    account_id: str
    display_name: str
    livemode: bool
    api_base: str | None
    demo: bool = False

    @property
    def mode_label(self) -> str:
        return "LIVE" if self.livemode else "TEST MODE"


def connection(db: Database) -> Connection | None:
    saved = db.settings.get(SETTING, None)
    if not isinstance(saved, dict) or "account_id" not in saved:
        return None
    return Connection(
        account_id=str(saved["account_id"]),
        display_name=str(saved.get("display_name") or saved["account_id"]),
        livemode=bool(saved.get("livemode")),
        api_base=saved.get("api_base"),
        demo=bool(saved.get("demo")),
    )


def validate_key(key: str, api_base: str | None = None) -> AccountInfo:
    """Ask Stripe who the key belongs to and whether it may read what the app needs."""
    from .backfill import ORDER
    from .gateway import GatewayConfig, StripeGateway, check_key_shape

    key = check_key_shape(key)
    gateway = StripeGateway(GatewayConfig(key, api_base=api_base, max_network_retries=1))
    account = gateway.account()
    for resource in ORDER:
        gateway.list_page(resource, limit=1)
    gateway.events_page(limit=1)
    return account


def _account_elsewhere(account_id: str, slug: str) -> str | None:
    for info in list_workspaces():
        if info.slug == slug:
            continue
        try:
            other = Database.open(info.database)
        except Exception:
            continue
        try:
            conn = connection(other)
        finally:
            other.close()
        if conn is not None and conn.account_id == account_id:
            return info.slug
    return None


def connect(db: Database, slug: str, key: str, api_base: str | None = None) -> Connection:
    """Validate ``key``, store it in the keyring and remember the account in the workspace."""
    from . import keys

    account = validate_key(key, api_base)
    other = _account_elsewhere(account.id, slug)
    if other is not None:
        raise KeyRejectedError(
            f"The Stripe account {account.display_name} is already connected in workspace '{other}'. "
            "Open that workspace instead (one workspace per Stripe account).",
        )
    keys.save_key(slug, key.strip())
    return _remember(db, account, api_base, demo=False)


def connect_demo(db: Database, api_base: str) -> Connection:
    from .gateway import GatewayConfig, StripeGateway

    gateway = StripeGateway(GatewayConfig(DEMO_KEY, api_base=api_base, requests_per_second=1000))
    return _remember(db, gateway.account(), api_base, demo=True)


def _remember(
    db: Database, account: AccountInfo, api_base: str | None, *, demo: bool
) -> Connection:
    value: dict[str, Any] = {
        "account_id": account.id,
        "display_name": account.display_name,
        "livemode": account.livemode,
        "api_base": api_base,
        "demo": demo,
    }
    db.settings.set(SETTING, value)
    found = connection(db)
    assert found is not None
    return found


def disconnect(db: Database, slug: str) -> None:
    """Forget the key (keyring) and the account; the cached data stays, read-only."""
    from . import keys

    keys.delete_key(slug)
    db.settings.delete(SETTING)


def gateway_for(db: Database, slug: str, api_base: str | None = None) -> StripeGateway | None:
    """The gateway of a connected workspace, or None when it is not connected (or the key is gone)."""
    from . import keys
    from .gateway import GatewayConfig, StripeGateway

    conn = connection(db)
    if conn is None:
        return None
    base = api_base or conn.api_base
    if conn.demo:
        return StripeGateway(GatewayConfig(DEMO_KEY, api_base=base, requests_per_second=1000))
    key = keys.load_key(slug)
    if key is None:
        return None
    return StripeGateway(GatewayConfig(key, api_base=base))
