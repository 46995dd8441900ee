"""Workspace settings: JSON values by key, and the business profile.

Settings that belong to the workspace (the business profile, numbering, defaults)
live here, in the database, so they travel with it. Window positions and other
per-computer preferences belong in Qt's QSettings, not here. API keys never
come here: they live in the OS keyring only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...domain.currency import currency
from ..codec import address_from_json, dumps, loads, to_jsonable
from .base import LOCAL_USER, Repository

if TYPE_CHECKING:  # reading a setting (the Stripe connection, at start) needs no profile
    from ...domain.business import BusinessProfile

BUSINESS_PROFILE_KEY = "business_profile"


class SettingsRepository(Repository):
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under ``key``, or ``default``."""
        row = self._read().execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Store any JSON-serialisable ``value`` under ``key``."""
        text = dumps(value)
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (key, text, self._now()),
            )
            tx.changed("settings")

    def delete(self, key: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM settings WHERE key = ?", (key,))
            tx.changed("settings")

    def business_profile(self) -> BusinessProfile:
        """The saved business profile, or the defaults when none was saved."""
        from ...domain.branding import Branding
        from ...domain.business import BusinessProfile

        data = self.get(BUSINESS_PROFILE_KEY)
        if not data:
            return BusinessProfile()
        defaults = BusinessProfile()
        return BusinessProfile(
            name=data.get("name", defaults.name),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            website=data.get("website", ""),
            address=address_from_json(data.get("address")),
            tax_ids=tuple(data.get("tax_ids", ())),
            default_currency=currency(data.get("default_currency", "USD")),
            default_days_until_due=int(
                data.get("default_days_until_due", defaults.default_days_until_due)
            ),
            payment_instructions=data.get("payment_instructions", ""),
            footer=data.get("footer", ""),
            logo_path=data.get("logo_path", ""),
            branding=Branding.from_json(data.get("branding")),
        )

    def save_business_profile(
        self, profile: BusinessProfile, *, actor: str = LOCAL_USER
    ) -> BusinessProfile:
        """Validate and store the profile (audited)."""
        profile.validate()
        with self._db.transaction() as tx:
            before = self.business_profile()
            after = to_jsonable(profile)
            self.set(BUSINESS_PROFILE_KEY, after)
            self._audit(
                tx,
                "business_profile",
                BUSINESS_PROFILE_KEY,
                "update",
                to_jsonable(before),
                after,
                actor,
            )
        return profile
