"""Give a Stripe draft the workspace's next invoice number, before it is finalized.

The number is reserved in SQLite first (write-ahead, keyed by the invoice: see
``domain/numbering.py``), then set on the draft with an idempotency key made from
the invoice and the number. Stripe keeps numbers unique in the account: when it
answers that the number is taken (another desktop on the same account used it),
the reservation is marked taken, the sequence moves on and the next number is
tried, so the numbers on Stripe's invoices stay consecutive across desktops.
"""

from __future__ import annotations

from datetime import date

from ..domain.numbering import NumberFormat
from ..storage.repositories.numbering import NumberingRepository
from .errors import StripeRejectedError
from .gateway import StripeGateway

MAX_ATTEMPTS = 50


class NumberingError(RuntimeError):
    """No free number after many attempts (a format that collides with Stripe's own)."""


def assign_number(
    gateway: StripeGateway,
    numbering: NumberingRepository,
    invoice_id: str,
    stripe_id: str,
    issued: date,
    fmt: NumberFormat | None = None,
) -> str:
    """Reserve (or re-use) the invoice's number and set it on the Stripe draft."""
    fmt = fmt or numbering.number_format()
    for _ in range(MAX_ATTEMPTS):
        number = numbering.reserve(invoice_id, issued, fmt)
        try:
            gateway.update_invoice(stripe_id, {"number": number}, f"number:{invoice_id}:{number}")
        except StripeRejectedError as exc:
            if exc.rejection.param != "number":
                raise
            numbering.mark_taken(invoice_id, number)
            continue
        numbering.mark_assigned(invoice_id, number)
        return number
    raise NumberingError(
        f"No free invoice number in {fmt.scope(issued)} after {MAX_ATTEMPTS} tries."
    )
