"""Customers and the catalog: round trips, updates, deletes that must be refused."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_invoicer.domain.catalog import Address, Customer, Discount, Price, Product, TaxRate
from desktop_invoicer.domain.currency import all_codes, currency
from desktop_invoicer.domain.money import Money
from desktop_invoicer.domain.validation import ValidationError
from desktop_invoicer.storage import (
    CustomerColumn,
    CustomerFilter,
    CustomerHasInvoicesError,
    CustomerSort,
    Database,
    ImmutableFieldError,
    InUseError,
    NotFoundError,
    StorageError,
    StripeMeta,
)
from desktop_invoicer.storage.repositories.catalog import ProductFilter

from .helpers import customer, draft, vat


def test_customer_round_trip_keeps_every_field(db: Database) -> None:
    original = Customer(
        id="",
        name="株式会社山田製作所",
        email="経理@yamada.example",
        currency=currency("JPY"),
        address=Address("丸の内1-9-1", "Building 2", "千代田区", "100-0005", "東京都", "JP"),
        phone="+81 3 1234 5678",
        locale="ja-JP",
        tax_exempt=True,
    )
    stored = db.customers.add(original)
    assert len(stored.id) == 32
    assert stored == replace(original, id=stored.id)
    assert db.customers.get(stored.id) == stored


def test_customer_validation_happens_before_writing(db: Database) -> None:
    with pytest.raises(ValidationError):
        db.customers.add(customer(name="  "))
    assert db.customers.count() == 0


def test_customer_update_and_missing_ids(db: Database) -> None:
    stored = db.customers.add(customer())
    changed = replace(stored, email="finance@acme.example", address=Address(country="DE"))
    db.customers.update(changed)
    assert db.customers.get(stored.id) == changed
    with pytest.raises(NotFoundError):
        db.customers.get("nope")
    with pytest.raises(NotFoundError):
        db.customers.update(replace(stored, id="nope"))
    assert db.customers.find("nope") is None


def test_customer_with_invoices_cannot_be_deleted(db: Database) -> None:
    acme = db.customers.add(customer())
    db.invoices.save_draft(draft(acme.id, ("Work", 1, 1000)))
    with pytest.raises(CustomerHasInvoicesError) as caught:
        db.customers.delete(acme.id)
    assert "Acme Corporation" in str(caught.value) and "1 invoice" in str(caught.value)
    assert db.customers.get(acme.id) == acme


def test_deleting_a_customer(db: Database) -> None:
    local = db.customers.add(customer("Local only"))
    synced = db.customers.add(replace(customer("In Stripe"), stripe_id="cus_123"))
    db.customers.delete(local.id)
    db.customers.delete(synced.id)
    assert db.customers.find(local.id) is None
    assert db.customers.find(synced.id) is None
    assert db.customers.count() == 0
    # The synced one stays as a tombstone, so a late Stripe event cannot duplicate it.
    assert db.customers.count(CustomerFilter(include_deleted=True)) == 1
    assert [e.action for e in db.audit.entries("customer", synced.id)] == ["delete", "create"]


def test_renaming_a_customer_renames_drafts_but_not_issued_invoices(db: Database) -> None:
    acme = db.customers.add(customer())
    open_invoice = db.invoices.save_draft(draft(acme.id, ("Work", 1, 1000)))
    from desktop_invoicer.domain.status import InvoiceAction

    db.invoices.set_status(open_invoice.id, InvoiceAction.FINALIZE, number="A-1")
    still_draft = db.invoices.save_draft(draft(acme.id, ("More work", 1, 500)))
    db.customers.update(replace(acme, name="Acme Holdings", email="ap@holdings.example"))
    names = {r.id: r.customer_name for r in db.invoices.page()}
    assert names == {open_invoice.id: "Acme Corporation", still_draft.id: "Acme Holdings"}
    from desktop_invoicer.storage import InvoiceFilter

    assert db.invoices.count(InvoiceFilter(search="holdings")) == 1
    assert db.invoices.count(InvoiceFilter(search="acme corporation")) == 1


def test_stripe_ids_are_unique(db: Database) -> None:
    db.customers.add(replace(customer(), stripe_id="cus_1"))
    with pytest.raises(StorageError, match="already linked"):
        db.customers.add(replace(customer("Other"), stripe_id="cus_1"))


def test_upsert_synced_matches_by_stripe_id_and_keeps_the_local_id(db: Database) -> None:
    local = db.customers.add(replace(customer(), stripe_id="cus_9"))
    meta = StripeMeta(livemode=False, created=1700000000, metadata={"k": "v"}, raw={"id": "cus_9"})
    from_stripe = replace(customer("Renamed in Stripe"), stripe_id="cus_9")
    stored = db.customers.upsert_synced(from_stripe, meta)
    assert stored.id == local.id
    assert db.customers.get(local.id).name == "Renamed in Stripe"
    assert db.customers.stripe_meta(local.id) == meta
    assert db.customers.get_by_stripe_id("cus_9") == stored
    before = len(db.audit.entries())
    db.customers.upsert_synced(from_stripe, meta)  # the same object again: no new history
    assert len(db.audit.entries()) == before
    new = db.customers.upsert_synced(replace(customer("New"), stripe_id="cus_10"), StripeMeta())
    assert db.customers.get(new.id).stripe_id == "cus_10"
    with pytest.raises(ValueError):
        db.customers.upsert_synced(customer(), StripeMeta())


def test_customer_list_sorts_filters_and_searches(db: Database) -> None:
    for name, email, code in [
        ("Zeta Ltd", "z@zeta.example", "GBP"),
        ("acme Corp", "billing@acme.example", "USD"),
        ("Beta GmbH", "b@beta.example", "EUR"),
    ]:
        db.customers.add(customer(name, email, code))
    assert [r.name for r in db.customers.page()] == ["acme Corp", "Beta GmbH", "Zeta Ltd"]
    names = [r.name for r in db.customers.page(sort=CustomerSort(CustomerColumn.NAME, True))]
    assert names == ["Zeta Ltd", "Beta GmbH", "acme Corp"]
    assert db.customers.count(CustomerFilter(currency="eur")) == 1
    assert [r.name for r in db.customers.page(CustomerFilter(search="bill"))] == ["acme Corp"]
    relevance = CustomerSort(CustomerColumn.RELEVANCE)
    assert [r.name for r in db.customers.page(CustomerFilter(search="zeta"), relevance)] == [
        "Zeta Ltd"
    ]
    row = db.customers.page(limit=1)[0]
    assert (row.currency, row.country, row.phone) == ("USD", "US", "+1 212 555 0100")


def test_products_and_prices(db: Database) -> None:
    product = db.products.add(Product("", "Website maintenance", "Monthly updates"))
    usd = db.prices.add(Price("", product.id, Money.of(45000, "USD")))
    kwd = db.prices.add(Price("", product.id, Money.of(138150, "KWD")))
    db.prices.add(Price("", product.id, Money.of(1, "EUR"), active=False))
    assert db.products.get(product.id) == product
    assert db.prices.get(kwd.id) == kwd
    assert db.prices.for_product(product.id, active_only=True) == [kwd, usd]  # by currency
    assert db.prices.for_product(product.id, currency_code="kwd") == [kwd]
    row = db.products.page()[0]
    assert row.prices == (Money.of(138150, "KWD"), Money.of(45000, "USD"))
    assert db.products.count(ProductFilter(search="100%")) == 0  # LIKE wildcards are escaped
    assert db.products.count(ProductFilter(search="MAINT")) == 1
    with pytest.raises(NotFoundError):
        db.prices.add(Price("", "no-such-product", Money.of(1, "USD")))


def test_used_prices_and_products_cannot_be_deleted(db: Database) -> None:
    product = db.products.add(Product("", "Logo design"))
    price = db.prices.add(Price("", product.id, Money.of(120000, "USD")))
    acme = db.customers.add(customer())
    invoice = draft(acme.id, ("Logo", 1, 120000))
    invoice = replace(invoice, lines=(replace(invoice.lines[0], price_id=price.id),))
    db.invoices.save_draft(invoice)
    with pytest.raises(InUseError, match="Archive"):
        db.prices.delete(price.id)
    with pytest.raises(InUseError, match="Logo design"):
        db.products.delete(product.id)
    spare = db.products.add(Product("", "Spare"))
    db.prices.add(Price("", spare.id, Money.of(100, "USD")))
    db.products.delete(spare.id)  # takes its unused prices with it
    assert db.prices.for_product(spare.id) == []


def test_tax_rates_keep_exact_percentages(db: Database) -> None:
    for text in ("8.875", "20", "20.00", "0.0001", "100"):
        rate = db.tax_rates.add(TaxRate("", f"Rate {text}", Decimal(text), inclusive=True))
        stored = db.tax_rates.get(rate.id)
        assert stored == rate
        assert str(stored.percentage) == text
    assert len(db.tax_rates.all()) == 5


def test_a_used_tax_rate_cannot_change_its_percentage_or_be_deleted(db: Database) -> None:
    rate = vat(db)
    acme = db.customers.add(customer())
    db.invoices.save_draft(draft(acme.id, ("Work", 1, 1000), rates=(rate,)))
    db.tax_rates.update(replace(rate, display_name="VAT (standard)", active=False))
    with pytest.raises(ImmutableFieldError, match="new tax rate"):
        db.tax_rates.update(replace(rate, percentage=Decimal("21")))
    with pytest.raises(InUseError):
        db.tax_rates.delete(rate.id)
    assert db.tax_rates.all(active_only=True) == []
    unused = vat(db, "5")
    db.tax_rates.update(replace(unused, percentage=Decimal("7")))
    db.tax_rates.delete(unused.id)


def test_discounts(db: Database) -> None:
    percent = db.discounts.add(Discount("", "Loyalty 2.5%", percent_off=Decimal("2.5")))
    amount = db.discounts.add(Discount("", "¥5,000 off", amount_off=Money.of(5000, "JPY")))
    assert db.discounts.get(percent.id) == percent
    assert db.discounts.get(amount.id) == amount
    assert {d.name for d in db.discounts.all()} == {"Loyalty 2.5%", "¥5,000 off"}
    with pytest.raises(ValidationError):
        db.discounts.add(Discount("", " ", percent_off=Decimal("1")))
    acme = db.customers.add(customer())
    db.invoices.save_draft(draft(acme.id, ("Work", 1, 1000), discounts=(percent,)))
    with pytest.raises(ImmutableFieldError):
        db.discounts.update(replace(percent, percent_off=Decimal("50")))
    with pytest.raises(InUseError):
        db.discounts.delete(percent.id)
    db.discounts.update(replace(percent, name="Loyalty"))
    db.discounts.delete(amount.id)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    minor=st.integers(min_value=0, max_value=999_999_999_999),
    code=st.sampled_from(all_codes()),
)
def test_price_amounts_stay_exact(db: Database, minor: int, code: str) -> None:
    product = db.products.add(Product("", "Thing"))
    price = db.prices.add(Price("", product.id, Money.of(minor, code)))
    assert db.prices.get(price.id).unit_amount == Money.of(minor, code)
    stored = db.connection().execute(
        "SELECT typeof(unit_amount) FROM prices WHERE id = ?", (price.id,)
    )
    assert stored.fetchone()[0] == "integer"


def test_a_customer_deleted_in_stripe_is_tombstoned_even_with_invoices(db: Database) -> None:
    acme = db.customers.add(replace(customer(), stripe_id="cus_gone"))
    invoice = db.invoices.save_draft(draft(acme.id, ("Work", 1, 100)))
    db.customers.mark_deleted(acme.id, actor="stripe sync")
    assert db.customers.find(acme.id) is None
    assert db.invoices.get(invoice.id).customer_id == acme.id
    assert db.customers.get_by_stripe_id("cus_gone") is None
    entry = db.audit.entries("customer", acme.id)[0]
    assert (entry.action, entry.before["name"]) == ("delete", "Acme Corporation")
