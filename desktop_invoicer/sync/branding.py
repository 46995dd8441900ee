"""The business's brand on the Stripe-hosted invoice and Stripe's PDF, where the API allows.

What Stripe's API takes per invoice: ``footer`` (up to 5,000 characters),
``custom_fields`` (up to 4), ``rendering`` (tax display, a Dashboard-made template id)
and the customer's ``preferred_locales`` (the language, sent with the customer).
So an invoice without its own footer gets the business's footer and terms. The
colours, logo and icon of the hosted page are *account* branding: an account edits
its own in the Dashboard (Settings > Branding); the API sets them only on connected
accounts of a Connect platform (``POST /v1/accounts/{id}`` ``settings[branding]``),
which this app is not, so it does not try.
"""

from __future__ import annotations

from typing import Any

from ..domain.branding import stripe_footer
from ..domain.business import BusinessProfile


def branded_invoice_params(params: Any, business: BusinessProfile) -> Any:
    """``params`` (invoice create/update) with the business's footer and terms when unset."""
    if params.get("footer"):
        return params
    footer = stripe_footer(business.footer, business.branding.terms)
    if footer:
        params["footer"] = footer
    return params
