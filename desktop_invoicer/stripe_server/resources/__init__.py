"""The Stripe API resources; importing this package registers every route."""

from __future__ import annotations

from . import (  # noqa: F401  (imported for their route registrations)
    balance,
    catalog,
    credit_notes,
    customers,
    disputes,
    events_api,
    invoice_actions,
    invoiceitems,
    invoices,
    payment_methods,
    payments,
    rates,
)
