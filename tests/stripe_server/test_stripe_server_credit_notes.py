"""Credit notes: pre-payment, post-payment, preview, void."""

from __future__ import annotations

import pytest
import stripe


def _invoice(
    client: stripe.StripeClient, *amounts: int, tax: float | None = None
) -> stripe.Invoice:
    cus = client.v1.customers.create({"name": "C"})
    params: dict[str, object] = {"customer": cus.id}
    if tax is not None:
        params["default_tax_rates"] = [
            client.v1.tax_rates.create(
                {"display_name": "VAT", "percentage": tax, "inclusive": False}
            ).id
        ]
    inv = client.v1.invoices.create(params)  # type: ignore[arg-type]
    for a in amounts:
        client.v1.invoice_items.create(
            {"customer": cus.id, "invoice": inv.id, "amount": a, "currency": "usd"}
        )
    return client.v1.invoices.finalize_invoice(inv.id)


def test_only_open_or_paid_invoices(client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "C"})
    draft = client.v1.invoices.create({"customer": cus.id})
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.credit_notes.create({"invoice": draft.id, "amount": 1})
    assert e.value.param == "invoice"


def test_pre_payment_credit_note_by_line_quantity(client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "C"})
    rate = client.v1.tax_rates.create({"display_name": "VAT", "percentage": 10, "inclusive": False})
    inv = client.v1.invoices.create({"customer": cus.id, "default_tax_rates": [rate.id]})
    client.v1.invoice_items.create(
        {
            "customer": cus.id,
            "invoice": inv.id,
            "unit_amount_decimal": "1000",
            "quantity": 4,
            "currency": "usd",
        }
    )
    inv = client.v1.invoices.finalize_invoice(inv.id)
    assert inv.total == 4400
    line = inv.lines.data[0]
    preview = client.v1.credit_notes.preview(
        {
            "invoice": inv.id,
            "lines": [{"type": "invoice_line_item", "invoice_line_item": line.id, "quantity": 1}],
        }
    )
    assert (preview.subtotal, preview.total, preview.amount) == (1000, 1100, 1100)
    assert client.v1.credit_notes.list().data == []
    note = client.v1.credit_notes.create(
        {
            "invoice": inv.id,
            "lines": [{"type": "invoice_line_item", "invoice_line_item": line.id, "quantity": 1}],
            "reason": "order_change",
            "memo": "one returned",
        }
    )
    assert (note.type, note.status, note.amount, note.pre_payment_amount) == (
        "pre_payment",
        "issued",
        1100,
        1100,
    )
    assert note.number == f"{inv.number}-CN-01"
    assert note.total_taxes is not None and note.total_taxes[0].amount == 100
    after = client.v1.invoices.retrieve(inv.id)
    assert after.pre_payment_credit_notes_amount == 1100
    assert (after.amount_due, after.amount_remaining) == (3300, 3300)
    assert client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"}).amount_paid == 3300
    lines = client.v1.credit_notes.line_items.list(note.id)
    assert lines.data[0].invoice_line_item == line.id and lines.data[0].quantity == 1


def test_full_pre_payment_credit_marks_invoice_paid_and_void_restores(
    client: stripe.StripeClient,
) -> None:
    inv = _invoice(client, 500)
    note = client.v1.credit_notes.create({"invoice": inv.id, "amount": 200})
    assert client.v1.invoices.retrieve(inv.id).amount_remaining == 300
    voided = client.v1.credit_notes.void_credit_note(note.id)
    assert voided.status == "void" and voided.voided_at is not None
    assert client.v1.invoices.retrieve(inv.id).amount_remaining == 500
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.credit_notes.create({"invoice": inv.id, "amount": 501})
    client.v1.credit_notes.create({"invoice": inv.id, "amount": 500})
    done = client.v1.invoices.retrieve(inv.id)
    assert (done.status, done.amount_remaining) == ("paid", 0)


def test_post_payment_refund_and_credit_balance(client: stripe.StripeClient) -> None:
    inv = _invoice(client, 1000, tax=20)
    paid = client.v1.invoices.pay(inv.id, {"payment_method": "pm_card_visa"})
    assert paid.amount_paid == 1200
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.credit_notes.create({"invoice": inv.id, "amount": 300})
    note = client.v1.credit_notes.create(
        {"invoice": inv.id, "amount": 300, "refund_amount": 200, "credit_amount": 100}
    )
    assert (note.type, note.post_payment_amount) == ("post_payment", 300)
    assert note.refunds and note.refunds[0].amount_refunded == 200
    assert isinstance(inv.customer, str)
    assert client.v1.customers.retrieve(inv.customer).balance == -100
    charge = client.v1.charges.list({"customer": inv.customer}).data[0]
    assert (charge.amount_refunded, charge.refunded) == (200, False)
    assert client.v1.invoices.retrieve(inv.id).post_payment_credit_notes_amount == 300
    oob = client.v1.credit_notes.create(
        {"invoice": inv.id, "amount": 100, "out_of_band_amount": 100}
    )
    client.v1.credit_notes.void_credit_note(oob.id)
    assert client.v1.invoices.retrieve(inv.id).post_payment_credit_notes_amount == 300
    listed = client.v1.credit_notes.list({"invoice": inv.id}).data
    assert [n.id for n in listed] == [oob.id, note.id]
