from __future__ import annotations

import pytest

from desktop_invoicer.domain.status import (
    InvalidTransitionError,
    InvoiceAction,
    InvoiceStatus,
    allowed_actions,
    apply,
)

A, S = InvoiceAction, InvoiceStatus


@pytest.mark.parametrize(
    ("action", "before", "after"),
    [
        (A.FINALIZE, S.DRAFT, S.OPEN),
        (A.PAY, S.OPEN, S.PAID),
        (A.PAY, S.UNCOLLECTIBLE, S.PAID),
        (A.VOID, S.OPEN, S.VOID),
        (A.VOID, S.UNCOLLECTIBLE, S.VOID),
        (A.MARK_UNCOLLECTIBLE, S.OPEN, S.UNCOLLECTIBLE),
        (A.SEND, S.OPEN, S.OPEN),
    ],
)
def test_allowed_transitions(
    action: InvoiceAction, before: InvoiceStatus, after: InvoiceStatus
) -> None:
    assert apply(action, before) is after


@pytest.mark.parametrize(
    ("action", "status", "message"),
    [
        (
            A.VOID,
            S.PAID,
            "Cannot void a paid invoice: only open or uncollectible invoices allow it.",
        ),
        (A.EDIT, S.OPEN, "Cannot edit an open invoice"),
        (A.FINALIZE, S.PAID, "Cannot finalize a paid invoice"),
        (A.DELETE, S.OPEN, "Cannot delete an open invoice"),
        (A.PAY, S.DRAFT, "Cannot mark as paid a draft invoice"),
        (A.CREDIT_NOTE, S.DRAFT, "Cannot issue a credit note for a draft invoice"),
    ],
)
def test_invalid_transitions_are_refused(
    action: InvoiceAction, status: InvoiceStatus, message: str
) -> None:
    with pytest.raises(InvalidTransitionError) as info:
        apply(action, status)
    assert str(info.value).startswith(message)


def test_terminal_states_allow_no_change() -> None:
    assert allowed_actions(S.VOID) == []
    assert allowed_actions(S.PAID) == [A.CREDIT_NOTE]
