"""One zip archive answering a data access request (GDPR art. 15, CCPA "right to know").

Layout: ``README.txt`` (what is inside and where it came from), ``data/<table>.json``
(every row the app holds, JSON columns decoded, Stripe's payloads as Stripe sent
them at the last sync) and, when asked for, ``invoices/<number>.pdf``.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

README = """Data held about {name}

Exported by Desktop Invoicer on {when} (UTC) for workspace "{workspace}".

data/<table>.json   every row of the workspace that refers to this customer:
                    the customer, their invoices and lines, payments, credit notes
                    and charges as Stripe last sent them (field "raw"), background
                    jobs, reminders sent, the audit log of changes, pending writes to
                    Stripe (outbox) and earlier privacy requests.
invoices/*.pdf      the invoices as PDF documents (if chosen).

Stripe holds the same customer, invoice and payment objects; the "raw" fields are
Stripe's copy as of the workspace's last sync.
"""


def write_archive(
    path: Path,
    name: str,
    when: str,
    workspace: str,
    tables: Mapping[str, list[dict[str, Any]]],
    pdfs: Mapping[str, bytes] | None = None,
) -> Path:
    """Write the archive atomically; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README.format(name=name, when=when, workspace=workspace))
        for table, rows in sorted(tables.items()):
            zf.writestr(
                f"data/{table}.json",
                json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=True, default=str),
            )
        for filename, data in sorted((pdfs or {}).items()):
            zf.writestr(f"invoices/{filename}", data)
    os.replace(tmp, path)
    return path
