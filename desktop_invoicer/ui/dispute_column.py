"""The invoice list's *Dispute* column: the dispute's status and evidence deadline.

The disputes of all invoices are read once (a small table) and kept until the
``disputes`` table changes, so drawing a row costs a dictionary look-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .i18n import tr
from .paged_model import Column

if TYPE_CHECKING:
    from ..storage.repositories.disputes import DisputeRow
    from .context import AppContext


class DisputeColumn:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._by_invoice: dict[str, DisputeRow] | None = None
        ctx.bridge.changed.connect(self._changed)

    def _changed(self, table: str) -> None:
        if table == "disputes":
            self._by_invoice = None

    def dispute(self, invoice_id: str) -> DisputeRow | None:
        if self._by_invoice is None:
            self._by_invoice = self.ctx.db.disputes.by_invoice()
        return self._by_invoice.get(invoice_id)

    def text(self, row: Any) -> str:
        d = self.dispute(str(row.id))
        if d is None:
            return ""
        due = d.due_date
        if d.active and due:
            return tr("{0} · due {1}").format(d.status_label, due.isoformat())
        return d.status_label

    def tooltip(self, row: Any) -> str:
        d = self.dispute(str(row.id))
        if d is None:
            return ""
        reason = d.reason.replace("_", " ") or tr("not given")
        return tr("{0}. Reason: {1}.").format(d.summary(), reason)

    def column(self) -> Column[Any]:
        return Column(tr("Dispute"), self.text, width=300, tooltip=self.tooltip)
