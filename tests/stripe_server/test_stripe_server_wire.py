"""Wire format: nested form params, strict validation, errors, auth and restricted keys."""

from __future__ import annotations

from typing import Any

import pytest
import stripe

from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.stripe_server.params_schema import validate
from desktop_invoicer.stripe_server.wire import ApiError, decode_form, encode_form, mask_key


def test_decode_nested_form() -> None:
    body = (
        "a[b][c]=x&list[0]=p&list[1]=q&app[]=1&app[]=2&emp=&"
        "lines[0][type]=invoice_line_item&lines[0][metadata][k]=v&lines[1][type]=custom"
    )
    assert decode_form(body) == {
        "a": {"b": {"c": "x"}},
        "list": {"0": "p", "1": "q"},
        "app": {"0": "1", "1": "2"},
        "emp": "",
        "lines": {
            "0": {"type": "invoice_line_item", "metadata": {"k": "v"}},
            "1": {"type": "custom"},
        },
    }


def test_encode_decode_round_trip_and_schema_coercion() -> None:
    params = {
        "customer": "cus_1",
        "auto_advance": True,
        "days_until_due": 7,
        "custom_fields": [{"name": "PO", "value": "42"}],
        "metadata": {"a": "1"},
        "expand": ["customer"],
    }
    checked = validate("InvoiceCreateParams", decode_form(encode_form(params)))
    assert checked == params


def test_query_string_created_filter_forms() -> None:
    assert validate("InvoiceListParams", decode_form("created[gte]=5&limit=3")) == {
        "created": {"gte": 5},
        "limit": 3,
    }
    assert validate("InvoiceListParams", decode_form("created=5")) == {"created": 5}


@pytest.mark.parametrize(
    ("body", "code", "param", "message"),
    [
        ("foo=1", "parameter_unknown", "foo", "Received unknown parameter: foo"),
        (
            "address[planet]=mars",
            "parameter_unknown",
            "address[planet]",
            "Received unknown parameter: address[planet]",
        ),
        ("balance=ten", "parameter_invalid_integer", "balance", "Invalid integer: ten"),
        ("tax_exempt=maybe", None, "tax_exempt", "Invalid tax_exempt: must be one of"),
        ("email=", None, None, None),
        ("invoice_settings[custom_fields][0][name]=PO", "parameter_missing", None, None),
        ("metadata=abc", None, "metadata", "Invalid hash"),
        ("preferred_locales=en", None, "preferred_locales", "Invalid array"),
    ],
)
def test_customer_param_validation(
    body: str, code: str | None, param: str | None, message: str | None
) -> None:
    if body == "email=":
        # plain strings may be emptied
        assert validate("CustomerCreateParams", decode_form(body)) == {"email": ""}
        return
    with pytest.raises(ApiError) as e:
        validate("CustomerCreateParams", decode_form(body))
    assert e.value.status == 400
    assert e.value.code == code
    if param is not None:
        assert e.value.param == param
    if message is not None:
        assert e.value.message.startswith(message)
    assert not e.value.cacheable


def test_empty_string_only_where_emptyable() -> None:
    with pytest.raises(ApiError) as e:
        validate("InvoiceCreateParams", decode_form("auto_advance="))
    assert e.value.code == "parameter_invalid_empty"
    assert validate("InvoiceCreateParams", decode_form("discounts=")) == {"discounts": ""}


def test_unknown_param_through_the_real_client(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.create({"nmae": "typo"})  # type: ignore[typeddict-unknown-key]
    assert e.value.param == "nmae"
    assert e.value.code == "parameter_unknown"
    assert e.value.http_status == 400
    assert e.value.user_message == "Received unknown parameter: nmae"


def test_ill_typed_param_through_the_real_client(client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "A"})
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.create(
            {"customer": cus.id, "days_until_due": "soon"}  # type: ignore[typeddict-item]
        )
    assert e.value.param == "days_until_due"
    assert e.value.code == "parameter_invalid_integer"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.tax_rates.create({"display_name": "VAT", "inclusive": False})  # type: ignore[typeddict-item]
    assert e.value.code == "parameter_missing"
    assert e.value.param == "percentage"


def test_missing_object_is_404_resource_missing(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.retrieve("cus_nope")
    assert e.value.http_status == 404
    assert e.value.code == "resource_missing"
    assert e.value.param == "id"
    assert e.value.user_message == "No such customer: 'cus_nope'"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.invoices.create({"customer": "cus_nope"})
    assert e.value.http_status == 400
    assert e.value.param == "customer"


def test_every_response_has_a_request_id(raw: Any) -> None:
    ok = raw("GET", "/v1/customers")
    bad = raw("GET", "/v1/customers/cus_missing")
    unknown = raw("GET", "/v1/bananas")
    for r in (ok, bad, unknown):
        assert r.headers["Request-Id"].startswith("req_")
    assert unknown.status_code == 404
    assert "Unrecognized request URL (GET: /v1/bananas)" in unknown.json()["error"]["message"]


def test_auth_missing_and_invalid_keys(make_client: Any, raw: Any) -> None:
    r = raw("GET", "/v1/customers", key=None)
    assert r.status_code == 401
    assert "You did not provide an API key" in r.json()["error"]["message"]
    bad_key = "sk_live_" + "thisisnotakey_abcd"  # split: no live-key-shaped literal in the repo
    bad = make_client(bad_key)
    with pytest.raises(stripe.AuthenticationError) as e:
        bad.v1.customers.list()
    assert e.value.http_status == 401
    msg = e.value.user_message or ""
    assert msg == "Invalid API Key provided: sk_live_****abcd"
    assert bad_key not in str(e.value.http_body)
    # restricted keys that were not configured are invalid too
    with pytest.raises(stripe.AuthenticationError):
        make_client("rk_test_unknown_key_wxyz").v1.customers.list()


def test_configured_keys_only() -> None:
    with StripeServer(api_keys={"sk_test_only_this_one"}) as srv:
        import requests

        with requests.Session() as s:
            ok = s.get(
                srv.url + "/v1/account", headers={"Authorization": "Bearer sk_test_only_this_one"}
            )
            no = s.get(srv.url + "/v1/account", headers={"Authorization": "Bearer sk_test_another"})
            basic = s.get(srv.url + "/v1/account", auth=("sk_test_only_this_one", ""))
        assert ok.status_code == 200
        assert ok.json()["object"] == "account"
        assert no.status_code == 401
        assert basic.status_code == 200


def test_restricted_key_permissions(make_client: Any, client: stripe.StripeClient) -> None:
    cus = client.v1.customers.create({"name": "A"})
    ro = make_client("rk_test_readonly_invoices_0001")
    assert ro.v1.invoices.list().data == []
    assert ro.v1.customers.retrieve(cus.id).id == cus.id
    with pytest.raises(stripe.PermissionError) as e:
        ro.v1.invoices.create({"customer": cus.id})
    assert e.value.http_status == 403
    msg = e.value.user_message or ""
    assert "'rak_invoice_write'" in msg
    assert "rk_test_****0001" in msg
    assert "rk_test_readonly_invoices_0001" not in msg
    assert msg.startswith("The provided key 'rk_test_****0001' does not have the required")
    # a write permission implies the read one; other resources stay closed
    rw = make_client("rk_test_writes_invoices_00002")
    assert rw.v1.invoices.list().data == []
    with pytest.raises(stripe.PermissionError) as e:
        rw.v1.products.list()
    assert "'rak_product_read'" in (e.value.user_message or "")


def test_live_keys_see_live_objects_only() -> None:
    with StripeServer(api_keys={"sk_test_a", "sk_live_b"}) as srv:
        import requests

        with requests.Session() as s:
            live = s.post(
                srv.url + "/v1/customers",
                data={"name": "L"},
                headers={"Authorization": "Bearer sk_live_b"},
            ).json()
            test_list = s.get(
                srv.url + "/v1/customers", headers={"Authorization": "Bearer sk_test_a"}
            ).json()
            test_get = s.get(
                srv.url + f"/v1/customers/{live['id']}",
                headers={"Authorization": "Bearer sk_test_a"},
            )
        assert live["livemode"] is True
        assert test_list["data"] == []
        assert test_get.status_code == 404


def test_mask_key() -> None:
    assert mask_key("sk_test_123456789abcd") == "sk_test_****abcd"
    assert mask_key("rk_live_" + "zzzzzzzz9999") == "rk_live_****9999"
    assert mask_key("weird") == "****"


def test_account(client: stripe.StripeClient, server: StripeServer) -> None:
    acct = client.v1.accounts.retrieve_current()
    assert acct.id == server.state.account.id
    assert acct.business_profile is not None
    assert acct.business_profile.name == "Demo Company"
    assert acct.settings is not None and acct.settings.dashboard.display_name == "Demo Company"
    assert acct.default_currency == "usd"
    assert acct.country == "US"
