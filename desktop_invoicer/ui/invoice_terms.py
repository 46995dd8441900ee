"""The choices of an invoice's payment: terms and collection method.

Apart from the invoice editor so that Settings and the first-run wizard, which
offer the same terms as defaults, do not load the editor to show a combo box.
"""

from __future__ import annotations

from ..domain.invoice import CollectionMethod
from .i18n import N_

#: (label, days until due); None: a chosen date. Labels are shown through ``tr()``.
TERMS: tuple[tuple[str, int | None], ...] = (
    (N_("Due on receipt"), 0),
    (N_("Net 7"), 7),
    (N_("Net 15"), 15),
    (N_("Net 30"), 30),
    (N_("Net 60"), 60),
    (N_("On a date"), None),
)

#: How the customer pays: Stripe emails the invoice, or charges the saved payment method.
COLLECTION: tuple[tuple[str, CollectionMethod], ...] = (
    (N_("Email the invoice to the customer"), CollectionMethod.SEND_INVOICE),
    (N_("Charge the saved payment method"), CollectionMethod.CHARGE_AUTOMATICALLY),
)
