"""What ``--self-test`` asks of the Stripe client, so that only ``sync/`` imports ``stripe``."""

from __future__ import annotations

from pathlib import Path


def stripe_ca_bundle() -> Path:
    """The certificate bundle the Stripe client verifies api.stripe.com with.

    A bundled build that lost this data file could not reach Stripe at all; the
    self-test looks for it before a user does.
    """
    import stripe

    return Path(stripe.ca_bundle_path)
