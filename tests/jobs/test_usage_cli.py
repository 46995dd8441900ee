"""``desktop-invoicer usage import FILE --workspace W``: the report on stdout, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_invoicer import cli
from desktop_invoicer.domain.catalog import Customer, Price, Product
from desktop_invoicer.domain.currency import currency
from desktop_invoicer.domain.money import Money
from desktop_invoicer.storage import Database, workspace_dir


def workspace(slug: str) -> Database:
    folder = workspace_dir(slug)
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / "workspace.db")
    db.customers.add(Customer("", "Acme GmbH", "acme@example.com", currency("EUR")))
    product = db.products.add(Product("", "API calls"))
    db.prices.add(Price("", product.id, Money.of(3, "EUR")))
    return db


def test_usage_import_prints_each_row_and_imports_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace("usage").close()
    csv_file = tmp_path / "march.csv"
    csv_file.write_text(
        "customer;product;quantity;period\n"
        "Acme GmbH;API calls;1000;2026-03\n"
        "Acme GmbH;API calls;10;March\n",
        encoding="utf-8",
    )
    args = ["usage", "import", str(csv_file), "--workspace", "usage"]
    assert cli.main([*args, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "line 2\tAccepted" in out
    assert "line 3\tRejected\tPeriod 'March' is not understood" in out
    assert "would import 1 rows" in out

    assert cli.main(args) == 1
    assert "1 accepted, 0 already imported, 1 rejected (imported 1 rows)" in capsys.readouterr().out
    csv_file.write_text("customer,product,quantity,period\nAcme GmbH,API calls,1000,2026-03\n")
    assert cli.main(args) == 0
    assert "line 2\tAlready imported\tImported before" in capsys.readouterr().out
    db = Database.open(workspace_dir("usage") / "workspace.db")
    try:
        assert [r.quantity for r in db.usage.records()] == [1000]
    finally:
        db.close()


def test_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["usage", "import", "/nonexistent.csv", "--workspace", "usage"]) == 2
    assert "Cannot read" in capsys.readouterr().err
