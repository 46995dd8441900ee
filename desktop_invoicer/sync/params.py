"""Domain values as Stripe request parameters, typed with stripe-python's params.

mypy checks these dicts against ``stripe.params.*``, so a wrong parameter name or
type is caught before Stripe refuses it. Every object the app creates carries its
local id in metadata (``desktop_invoicer_id``) so a retry after Stripe has
forgotten the idempotency key finds the object instead of creating it again.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from decimal import Decimal

from stripe.params import (
    CustomerCreateParams,
    InvoiceCreateParams,
    InvoiceCreateParamsDiscount,
    InvoiceItemCreateParams,
    ProductCreateParams,
    TaxRateCreateParams,
)

from ..domain.catalog import Customer, Product, TaxRate
from ..domain.invoice import CollectionMethod, Invoice, InvoiceLine
from .mapping import METADATA_LOCAL_ID, METADATA_TERMS

METADATA_LINE = "desktop_invoicer_line"
LOCAL_REF = "$local:"


def local_ref(kind: str, local_id: str) -> str:
    """Stands for the Stripe id of a local object until the outbox sends the request.

    An invoice may be queued before its customer exists in Stripe; the sender
    replaces the reference with the id once the customer's create has gone out.
    """
    return f"{LOCAL_REF}{kind}:{local_id}"


def ref_for(kind: str, local_id: str, stripe_id: str | None) -> str:
    return stripe_id or local_ref(kind, local_id)


def customer_params(c: Customer) -> CustomerCreateParams:
    params: CustomerCreateParams = {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "preferred_locales": [c.locale],
        "tax_exempt": "exempt" if c.tax_exempt else "none",
        "metadata": {METADATA_LOCAL_ID: c.id},
    }
    a = c.address
    if any((a.line1, a.line2, a.city, a.postal_code, a.state, a.country)):
        params["address"] = {
            "line1": a.line1,
            "line2": a.line2,
            "city": a.city,
            "postal_code": a.postal_code,
            "state": a.state,
            "country": a.country,
        }
    return params


def product_params(p: Product) -> ProductCreateParams:
    params: ProductCreateParams = {
        "name": p.name,
        "active": p.active,
        "metadata": {METADATA_LOCAL_ID: p.id},
    }
    if p.description:
        params["description"] = p.description
    return params


def tax_rate_params(t: TaxRate) -> TaxRateCreateParams:
    params: TaxRateCreateParams = {
        "display_name": t.display_name,
        "percentage": tax_percentage(t.percentage),
        "inclusive": t.inclusive,
        "active": t.active,
        "metadata": {METADATA_LOCAL_ID: t.id},
    }
    if t.jurisdiction:
        params["jurisdiction"] = t.jurisdiction
    return params


def tax_percentage(value: Decimal) -> float:
    """stripe-python types ``percentage`` as float; it is sent as its decimal text, exactly.

    A percentage is a rate, not an amount: the conversion cannot change money, and
    ``repr`` of a float from a four-decimal Decimal round-trips to the same text.
    """
    return float(value)


def invoice_params(inv: Invoice, customer_stripe_id: str) -> InvoiceCreateParams:
    params: InvoiceCreateParams = {
        "customer": customer_stripe_id,
        "currency": inv.currency.stripe_code,
        "auto_advance": False,  # nothing advances on its own until it is approved
        "collection_method": inv.collection_method.value,
        "pending_invoice_items_behavior": "exclude",
        "metadata": {METADATA_LOCAL_ID: inv.id},
    }
    if inv.memo:
        params["description"] = inv.memo
    if inv.footer:
        params["footer"] = inv.footer
    if inv.custom_fields:
        params["custom_fields"] = [{"name": n, "value": v} for n, v in inv.custom_fields]
    terms = ""  # "" unsets the metadata key (a date, or charged automatically)
    if inv.collection_method is CollectionMethod.SEND_INVOICE:
        if inv.days_until_due is None and inv.due_date is not None:
            params["due_date"] = int(datetime.combine(inv.due_date, time(12), UTC).timestamp())
        else:  # terms win over the due date Stripe computed from them
            days = inv.days_until_due if inv.days_until_due is not None else 30
            params["days_until_due"] = days
            terms = str(days)
    params["metadata"] = {METADATA_LOCAL_ID: inv.id, METADATA_TERMS: terms}
    discounts: list[InvoiceCreateParamsDiscount] = [
        {"coupon": ref_for("coupon", d.id, d.stripe_id)} for d in inv.discounts
    ]
    if discounts:
        params["discounts"] = discounts
    return params


def item_params(
    line: InvoiceLine, index: int, invoice: Invoice, customer_stripe_id: str, invoice_stripe_id: str
) -> InvoiceItemCreateParams:
    params: InvoiceItemCreateParams = {
        "customer": customer_stripe_id,
        "invoice": invoice_stripe_id,
        "currency": invoice.currency.stripe_code,
        "description": line.description,
        "quantity": line.quantity,
        "unit_amount_decimal": Decimal(line.unit_amount.minor),  # whole minor units
        "metadata": {METADATA_LOCAL_ID: invoice.id, METADATA_LINE: str(index)},
    }
    rates = [ref_for("tax_rate", r.id, r.stripe_id) for r in line.tax_rates]
    if rates:
        params["tax_rates"] = rates
    return params
