"""The hosted invoice page and invoice PDF that ``hosted_invoice_url``/``invoice_pdf`` point to.

Plain and small: enough for the demo to open a link and for a test to fetch it.
"""

from __future__ import annotations

import html
from decimal import Decimal

from .core import Ctx, State
from .resources.common import exponent
from .resources.invoice_calc import lines_of
from .wire import JsonObj


def find_by_token(state: State, token: str) -> JsonObj | None:
    with state.store.lock:
        for oid, aux in state.store.aux.items():
            if aux.get("token") == token:
                return state.store.get("invoice", oid)
    return None


def money(amount: int, currency: str) -> str:
    exp = exponent(currency)
    value = Decimal(amount).scaleb(-exp)
    return f"{value:,.{exp}f} {currency.upper()}"


def _rows(state: State, inv: JsonObj) -> list[tuple[str, str]]:
    cur = inv["currency"]
    with state.store.lock:
        ctx = Ctx(state, inv["livemode"], None, None, state.clock.now(), emit_events=False)
        lines = lines_of(ctx, inv)
    rows = [
        (f"{ln.get('description') or 'Item'} × {ln.get('quantity') or 1}", money(ln["amount"], cur))
        for ln in lines
    ]
    rows.append(("Subtotal", money(inv["subtotal"], cur)))
    for d in inv.get("total_discount_amounts") or []:
        rows.append(("Discount", "-" + money(d["amount"], cur)))
    for t in inv.get("total_taxes") or []:
        label = "Tax (included)" if t["tax_behavior"] == "inclusive" else "Tax"
        rows.append((label, money(t["amount"], cur)))
    rows.append(("Total", money(inv["total"], cur)))
    rows.append(("Amount due", money(inv["amount_due"], cur)))
    rows.append(("Amount remaining", money(inv["amount_remaining"], cur)))
    return rows


def invoice_html(state: State, inv: JsonObj) -> bytes:
    esc = html.escape
    title = f"Invoice {inv.get('number') or inv['id']}"
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in _rows(state, inv))
    body = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title></head>"
        f"<body><h1>{esc(state.account.name)}</h1><h2>{esc(title)}</h2>"
        f"<p>Status: {esc(str(inv['status']))}</p>"
        f"<p>Billed to: {esc(str(inv.get('customer_name') or inv.get('customer_email') or ''))}</p>"
        f"<table>{rows}</table></body></html>"
    )
    return body.encode()


def invoice_pdf(state: State, inv: JsonObj) -> bytes:
    lines = [state.account.name, f"Invoice {inv.get('number') or inv['id']}", ""]
    lines += [f"{a}: {b}" for a, b in _rows(state, inv)]
    return simple_pdf(lines)


def simple_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF with lines of Helvetica text."""

    def esc(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = "BT /F1 11 Tf 50 790 Td 14 TL " + " ".join(f"({esc(s)}) '" for s in lines) + " ET"
    stream = text.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
