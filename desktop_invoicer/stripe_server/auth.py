"""API keys: secret keys, restricted keys with permissions, livemode."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .wire import ApiError, mask_key

_NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)


@dataclass(frozen=True)
class KeyInfo:
    key: str
    livemode: bool
    permissions: frozenset[str] | None  # None: a secret key, allowed everything


class Auth:
    """Which keys the server accepts.

    ``api_keys=None`` accepts any ``sk_test_`` key; otherwise only the listed
    secret keys (``sk_test_``/``sk_live_``).  ``restricted_keys`` maps ``rk_``
    keys to their permissions, e.g. ``{"rk_test_abc": {"rak_invoice_read"}}``;
    a ``*_write`` permission implies the matching ``*_read``.
    """

    def __init__(
        self,
        api_keys: Iterable[str] | None = None,
        restricted_keys: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.api_keys = None if api_keys is None else frozenset(api_keys)
        self.restricted = {k: frozenset(v) for k, v in (restricted_keys or {}).items()}

    def authenticate(self, header: str | None) -> KeyInfo:
        key = _key_from_header(header)
        if not key:
            raise ApiError(401, _NO_KEY, cacheable=False)
        livemode = key.startswith(("sk_live_", "rk_live_"))
        if key in self.restricted:
            return KeyInfo(key, livemode, self.restricted[key])
        ok = key.startswith("sk_test_") if self.api_keys is None else key in self.api_keys
        if not ok or not key.startswith(("sk_test_", "sk_live_")):
            raise ApiError(401, f"Invalid API Key provided: {mask_key(key)}", cacheable=False)
        return KeyInfo(key, livemode, None)

    @staticmethod
    def authorize(info: KeyInfo, permission: str, account_id: str) -> None:
        perms = info.permissions
        if perms is None or permission in perms:
            return
        if permission.endswith("_read") and permission[: -len("_read")] + "_write" in perms:
            return
        raise ApiError(
            403,
            f"The provided key '{mask_key(info.key)}' does not have the required permissions "
            f"for this endpoint on account '{account_id}'. Having the '{permission}' permission "
            "would allow this request to continue.",
            cacheable=False,
        )


def _key_from_header(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        return value or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        return decoded.partition(":")[0] or None
    return None
