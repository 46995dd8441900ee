"""Invoices: lifecycle, totals (taxes, coupons, currencies), forbidden transitions."""

from __future__ import annotations

from typing import Any

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer


def _customer(client: stripe.StripeClient, **kw: Any) -> stripe.Customer:
    return client.v1.customers.create({"name": "Ada", "email": "ada@example.com", **kw})


def _rate(client: stripe.StripeClient, pct: float, inclusive: bool) -> str:
    return client.v1.tax_rates.create(
        {"display_name": "VAT", "percentage": pct, "inclusive": inclusive}
    ).id


def _draft(client: stripe.StripeClient, cus: str, *amounts: int, **kw: Any) -> stripe.Invoice:
    currency = kw.pop("currency", "usd")
    inv = client.v1.invoices.create({"customer": cus, "currency": currency, **kw})
    for a in amounts:
        client.v1.invoice_items.create(
            {"customer": cus, "invoice": inv.id, "amount": a, "currency": currency}
        )
    return client.v1.invoices.retrieve(inv.id)


def test_new_invoice_shape(client: stripe.StripeClient, server: StripeServer) -> None:
    cus = _customer(client)
    inv = client.v1.invoices.create(
        {
            "customer": cus.id,
            "description": "Memo",
            "footer": "Thanks",
            "metadata": {"job": "42"},
            "custom_fields": [{"name": "PO", "value": "123"}],
        }
    )
    d = inv.to_dict()
    assert d["object"] == "invoice"
    assert d["status"] == "draft"
    assert d["auto_advance"] is False
    assert d["collection_method"] == "charge_automatically"
    assert d["due_date"] is None
    assert d["number"] is None and d["hosted_invoice_url"] is None and d["invoice_pdf"] is None
    assert d["customer"] == cus.id
    assert d["customer_email"] == "ada@example.com" and d["customer_name"] == "Ada"
    assert d["currency"] == "usd"
    assert d["lines"]["object"] == "list" and d["lines"]["data"] == []
    assert d["custom_fields"] == [{"name": "PO", "value": "123"}]
    assert d["metadata"] == {"job": "42"}
    assert d["status_transitions"] == {
        "finalized_at": None,
        "marked_uncollectible_at": None,
        "paid_at": None,
        "voided_at": None,
    }
    for gone in ("paid", "charge", "payment_intent"):
        assert gone not in d
    for present in (
        "total_taxes",
        "total_discount_amounts",
        "subtotal_excluding_tax",
        "total_excluding_tax",
        "amount_remaining",
        "livemode",
        "created",
    ):
        assert present in d


def test_due_dates_only_with_send_invoice(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.create({"customer": cus.id, "days_until_due": 10})
    assert e.value.param == "days_until_due"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.create({"customer": cus.id, "due_date": 1_900_000_000})
    assert e.value.param == "due_date"
    inv = client.v1.invoices.create(
        {"customer": cus.id, "collection_method": "send_invoice", "days_until_due": 10}
    )
    assert inv.due_date == inv.created + 10 * 86400
    fin = client.v1.invoices.finalize_invoice(inv.id)
    assert fin.status_transitions.finalized_at is not None
    assert fin.due_date == fin.status_transitions.finalized_at + 10 * 86400


def test_custom_field_limits(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    five = [{"name": f"n{i}", "value": "v"} for i in range(5)]
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.create({"customer": cus.id, "custom_fields": five})
    assert e.value.param == "custom_fields"
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.create(
            {"customer": cus.id, "custom_fields": [{"name": "x" * 41, "value": "v"}]}
        )
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.create(
            {"customer": cus.id, "custom_fields": [{"name": "x", "value": "v" * 141}]}
        )
    ok = client.v1.invoices.create(
        {"customer": cus.id, "custom_fields": [{"name": "x" * 40, "value": "v" * 140}] * 4}
    )
    assert ok.custom_fields is not None and len(ok.custom_fields) == 4


def test_lifecycle_finalize_number_and_urls(
    client: stripe.StripeClient, server: StripeServer, raw: Any
) -> None:
    cus = _customer(client, invoice_prefix="ACME")
    inv = _draft(client, cus.id, 1500, 2500, collection_method="send_invoice")
    assert (inv.subtotal, inv.total, inv.amount_due) == (4000, 4000, 4000)
    fin = client.v1.invoices.finalize_invoice(inv.id)
    assert fin.status == "open"
    assert fin.number == "ACME-0001"
    assert fin.hosted_invoice_url and fin.hosted_invoice_url.startswith(server.url)
    assert fin.invoice_pdf and fin.invoice_pdf.endswith("/pdf")
    page = raw("GET", fin.hosted_invoice_url.removeprefix(server.url), key=None)
    assert page.status_code == 200 and "ACME-0001" in page.text
    pdf = raw("GET", fin.invoice_pdf.removeprefix(server.url), key=None)
    assert pdf.content.startswith(b"%PDF-")
    second = _draft(client, cus.id, 100)
    assert client.v1.invoices.finalize_invoice(second.id).number == "ACME-0002"
    sent = client.v1.invoices.send_invoice(fin.id)
    assert sent.status == "open"
    assert [s["invoice"] for s in server.sent_invoices] == [fin.id]
    assert server.sent_invoices[0]["email"] == "ada@example.com"
    assert server.events("invoice.sent")[0]["data"]["object"]["id"] == fin.id


def test_zero_total_invoice_is_paid_on_finalize(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    inv = client.v1.invoices.create({"customer": cus.id})
    fin = client.v1.invoices.finalize_invoice(inv.id)
    assert fin.status == "paid"
    assert fin.amount_due == 0 and fin.amount_remaining == 0
    assert fin.status_transitions.paid_at is not None


def test_exclusive_tax(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    rate = _rate(client, 19.0, inclusive=False)
    inv = _draft(client, cus.id, default_tax_rates=[rate])
    client.v1.invoice_items.create(
        {
            "customer": cus.id,
            "invoice": inv.id,
            "unit_amount_decimal": "333",
            "quantity": 3,
            "currency": "usd",
        }
    )
    client.v1.invoice_items.create(
        {"customer": cus.id, "invoice": inv.id, "amount": 1, "currency": "usd"}
    )
    inv = client.v1.invoices.retrieve(inv.id)
    # 999 -> 189.81 -> 190 ; 1 -> 0.19 -> 0
    assert inv.subtotal == 1000
    assert [ln.taxes[0].amount for ln in inv.lines.data if ln.taxes] == [190, 0]
    assert inv.total_taxes is not None and inv.total_taxes[0].amount == 190
    assert inv.total_taxes[0].taxable_amount == 1000
    assert inv.total_taxes[0].tax_behavior == "exclusive"
    assert inv.total_taxes[0].tax_rate_details is not None
    assert inv.total_taxes[0].tax_rate_details.tax_rate == rate
    assert (inv.total_excluding_tax, inv.total, inv.amount_due) == (1000, 1190, 1190)


def test_inclusive_tax(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    rate = _rate(client, 20.0, inclusive=True)
    inv = _draft(client, cus.id, 1000, 999, default_tax_rates=[rate])
    # 1000*20/120 = 166.67 -> 167 ; 999*20/120 = 166.5 -> 167 (half up)
    assert [ln.taxes[0].amount for ln in inv.lines.data if ln.taxes] == [167, 167]
    assert inv.lines.data[0].taxes is not None
    assert inv.lines.data[0].taxes[0].taxable_amount == 833
    assert inv.subtotal == 1999
    assert inv.total == 1999
    assert inv.total_excluding_tax == 1999 - 334
    assert inv.subtotal_excluding_tax == 1999 - 334


def test_percent_coupon_and_line_discounts(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    coupon = client.v1.coupons.create({"percent_off": 15, "duration": "once"})
    rate = _rate(client, 10.0, inclusive=False)
    inv = client.v1.invoices.create(
        {"customer": cus.id, "discounts": [{"coupon": coupon.id}], "default_tax_rates": [rate]}
    )
    for a in (1001, 333):
        client.v1.invoice_items.create(
            {"customer": cus.id, "invoice": inv.id, "amount": a, "currency": "usd"}
        )
    inv = client.v1.invoices.retrieve(inv.id)
    # 1001*0.15 = 150.15 -> 150 ; 333*0.15 = 49.95 -> 50
    assert [ln.discount_amounts[0].amount for ln in inv.lines.data if ln.discount_amounts] == [
        150,
        50,
    ]
    assert inv.total_discount_amounts is not None
    assert inv.total_discount_amounts[0].amount == 200
    assert inv.total_discount_amounts[0].discount == inv.discounts[0]
    # taxes on what is left: 851*0.1 = 85.1 -> 85 ; 283*0.1 = 28.3 -> 28
    assert inv.total_taxes is not None and inv.total_taxes[0].amount == 113
    assert inv.total == 1334 - 200 + 113
    disc = client.v1.invoices.retrieve(inv.id, {"expand": ["discounts"]}).discounts[0]
    assert disc.source.coupon.id == coupon.id  # type: ignore[union-attr]
    assert client.v1.coupons.retrieve(coupon.id).times_redeemed == 1


def test_amount_off_coupon_spread_with_remainder_to_largest(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    coupon = client.v1.coupons.create({"amount_off": 100, "currency": "usd"})
    inv = client.v1.invoices.create({"customer": cus.id, "discounts": [{"coupon": coupon.id}]})
    for a in (500, 300, 200):
        client.v1.invoice_items.create(
            {"customer": cus.id, "invoice": inv.id, "amount": a, "currency": "usd"}
        )
    inv = client.v1.invoices.retrieve(inv.id)
    assert [ln.discount_amounts[0].amount for ln in inv.lines.data if ln.discount_amounts] == [
        50,
        30,
        20,
    ]
    inv2 = client.v1.invoices.create({"customer": cus.id, "discounts": [{"coupon": coupon.id}]})
    for a in (100, 100, 100):
        client.v1.invoice_items.create(
            {"customer": cus.id, "invoice": inv2.id, "amount": a, "currency": "usd"}
        )
    inv2 = client.v1.invoices.retrieve(inv2.id)
    shares = [ln.discount_amounts[0].amount for ln in inv2.lines.data if ln.discount_amounts]
    assert shares == [34, 33, 33]
    assert inv2.total == 200
    # a coupon bigger than the invoice stops at zero
    big = client.v1.coupons.create({"amount_off": 10_000, "currency": "usd"})
    inv3 = _draft(client, cus.id, 250, discounts=[{"coupon": big.id}])
    assert inv3.total == 0
    eur = client.v1.coupons.create({"amount_off": 10, "currency": "eur"})
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.create({"customer": cus.id, "discounts": [{"coupon": eur.id}]})


def test_zero_decimal_jpy_and_three_decimal_kwd(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    jct = _rate(client, 10.0, inclusive=True)
    jpy = _draft(client, cus.id, 1980, 55, currency="jpy", default_tax_rates=[jct])
    # ¥1980 incl. 10%: 180 ; ¥55: 5
    assert jpy.currency == "jpy"
    assert jpy.total == 2035
    assert jpy.total_taxes is not None and jpy.total_taxes[0].amount == 185
    vat = _rate(client, 5.0, inclusive=False)
    kwd = _draft(client, cus.id, 12_345, currency="kwd", default_tax_rates=[vat])
    # 12.345 KWD + 5% = 0.61725 -> 617 fils
    assert kwd.total == 12_345 + 617
    prod = client.v1.products.create({"name": "Tea"})
    price = client.v1.prices.create(
        {"product": prod.id, "currency": "kwd", "unit_amount_decimal": "1.5"}
    )
    inv = client.v1.invoices.create({"customer": cus.id, "currency": "kwd"})
    item = client.v1.invoice_items.create(
        {"customer": cus.id, "invoice": inv.id, "pricing": {"price": price.id}, "quantity": 3}
    )
    assert item.amount == 5  # 4.5 fils rounds half up
    assert item.pricing is not None and item.pricing.price_details is not None
    assert item.pricing.price_details.price == price.id
    assert item.description == "Tea"


def test_forbidden_transitions(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    draft = _draft(client, cus.id, 100)
    for action in (client.v1.invoices.void_invoice, client.v1.invoices.mark_uncollectible):
        with pytest.raises(stripe.InvalidRequestError) as e:
            action(draft.id)
        assert e.value.code == "invoice_not_editable"
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.send_invoice(draft.id)
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.pay(draft.id)
    open_ = client.v1.invoices.finalize_invoice(draft.id)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.finalize_invoice(open_.id)
    assert e.value.code == "invoice_not_editable"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.delete(open_.id)
    assert e.value.code == "invoice_not_editable"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.send_invoice(open_.id)  # charge_automatically
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoice_items.create(
            {"customer": cus.id, "invoice": open_.id, "amount": 5, "currency": "usd"}
        )
    assert e.value.code == "invoice_not_editable"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.update(open_.id, {"default_tax_rates": ""})
    assert e.value.code == "invoice_not_editable"
    assert client.v1.invoices.update(open_.id, {"description": "ok while open"}).description
    unc = client.v1.invoices.mark_uncollectible(open_.id)
    assert unc.status == "uncollectible"
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.mark_uncollectible(open_.id)
    void = client.v1.invoices.void_invoice(open_.id)
    assert void.status == "void" and void.status_transitions.voided_at is not None
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.void_invoice(open_.id)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.update(open_.id, {"description": "x"})
    assert e.value.code == "invoice_not_editable"
    assert client.v1.invoices.update(open_.id, {"metadata": {"a": "b"}}).to_dict()["metadata"] == {
        "a": "b"
    }


def test_delete_draft_and_its_items(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    draft = _draft(client, cus.id, 100)
    gone = client.v1.invoices.delete(draft.id)
    assert gone.deleted is True
    assert client.v1.invoice_items.list({"customer": cus.id}).data == []
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.invoices.retrieve(draft.id)


def test_pending_items_and_lines_paging(client: stripe.StripeClient) -> None:
    cus = _customer(client)
    for a in range(1, 13):
        client.v1.invoice_items.create({"customer": cus.id, "amount": a * 100, "currency": "usd"})
    assert len(client.v1.invoice_items.list({"pending": True, "limit": 100}).data) == 12
    excluded = client.v1.invoices.create({"customer": cus.id})
    assert excluded.total == 0
    inv = client.v1.invoices.create(
        {"customer": cus.id, "pending_invoice_items_behavior": "include"}
    )
    assert inv.total == sum(range(1, 13)) * 100
    assert len(inv.lines.data) == 10 and inv.lines.has_more is True
    p1 = client.v1.invoices.line_items.list(inv.id, {"limit": 5})
    p2 = client.v1.invoices.line_items.list(inv.id, {"limit": 5, "starting_after": p1.data[-1].id})
    p3 = client.v1.invoices.line_items.list(inv.id, {"limit": 5, "starting_after": p2.data[-1].id})
    amounts = [ln.amount for ln in p1.data + p2.data + p3.data]
    assert amounts == [a * 100 for a in range(1, 13)]
    assert p3.has_more is False
    line = p1.data[0]
    assert line.parent is not None and line.parent.type == "invoice_item_details"
    assert line.parent.invoice_item_details is not None
    assert line.parent.invoice_item_details.invoice_item.startswith("ii_")
    assert line.pricing is not None and str(line.pricing.unit_amount_decimal) == "100"


def test_item_edits_update_the_draft_totals(
    client: stripe.StripeClient, server: StripeServer
) -> None:
    cus = _customer(client)
    inv = client.v1.invoices.create({"customer": cus.id})
    item = client.v1.invoice_items.create(
        {
            "customer": cus.id,
            "invoice": inv.id,
            "unit_amount_decimal": "250",
            "quantity": 2,
            "currency": "usd",
        }
    )
    assert client.v1.invoices.retrieve(inv.id).total == 500
    client.v1.invoice_items.update(item.id, {"quantity": 4})
    assert client.v1.invoices.retrieve(inv.id).total == 1000
    client.v1.invoice_items.delete(item.id)
    assert client.v1.invoices.retrieve(inv.id).total == 0
    upd = [e for e in server.events("invoice.updated") if e["data"]["object"]["id"] == inv.id]
    assert [e["data"]["previous_attributes"]["total"] for e in upd] == [1000, 500, 0]


def test_customer_balance_is_applied_on_finalize(client: stripe.StripeClient) -> None:
    cus = _customer(client, balance=-300)
    inv = _draft(client, cus.id, 1000)
    fin = client.v1.invoices.finalize_invoice(inv.id)
    assert (fin.starting_balance, fin.amount_due, fin.ending_balance) == (-300, 700, 0)
    assert client.v1.customers.retrieve(cus.id).balance == 0
