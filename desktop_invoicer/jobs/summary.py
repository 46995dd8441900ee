"""A run's outcomes in a few sentences: "Created 3 invoices for March 2026 (caught up after 9 days offline)"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..domain.units import UnitKind
from .outcome import Event, Outcome


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def join(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"; a long list as "first to last"."""
    if len(items) > 5:
        return f"{items[0]} to {items[-1]}"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def period_labels(outcomes: Sequence[Outcome]) -> str:
    """The distinct periods, oldest first; "January, February and March 2026" for one year's months."""
    ordered = sorted(outcomes, key=lambda o: (o.unit.due_on, o.unit.period_key or ""))
    labels: list[str] = []
    for o in ordered:
        label = str(o.unit.result.get("period") or o.unit.period_key or "")
        if label and label not in labels:
            labels.append(label)
    monthly = all(str(o.unit.result.get("cadence")) == "monthly" for o in ordered)
    years = {label.rsplit(" ", 1)[-1] for label in labels}
    if monthly and len(years) == 1 and 1 < len(labels) <= 5:
        return join([label.rsplit(" ", 1)[0] for label in labels]) + f" {years.pop()}"
    return join(labels)


def summarize(
    outcomes: Sequence[Outcome],
    *,
    today: date,
    offline_days: int | None = None,
    clock_went_back: bool = False,
    error: str | None = None,
) -> str:
    """What a run did, for the Jobs view, the run record and ``jobs run``'s output."""
    by: dict[tuple[UnitKind, Event], list[Outcome]] = {}
    for o in outcomes:
        by.setdefault((o.unit.kind, o.event), []).append(o)

    def of(kind: UnitKind, event: Event) -> list[Outcome]:
        return by.get((kind, event), [])

    sentences: list[str] = []
    created = of(UnitKind.RECURRING, Event.CREATED)
    missed = of(UnitKind.RECURRING, Event.MISSED)
    if created:
        text = f"Created {plural(len(created), 'invoice')} for {period_labels(created)}"
        late = any(o.unit.due_on < today for o in [*created, *missed])
        if late and offline_days is not None and offline_days >= 1:
            text += f" (caught up after {plural(offline_days, 'day')} offline)"
        elif late:
            text += " (caught up on overdue periods)"
        sentences.append(text + ".")
        unpaid = [o for o in created if o.detail]
        if unpaid:
            sentences.append(
                f"{plural(len(unpaid), 'new invoice')} could not be charged: {unpaid[0].detail}"
            )
    adopted = of(UnitKind.RECURRING, Event.ADOPTED)
    if adopted:
        sentences.append(
            f"Found {plural(len(adopted), 'invoice')} for {period_labels(adopted)} already in "
            "Stripe (made by another desktop or before a restore); nothing was billed twice."
        )
    if missed:
        paused = [o for o in missed if o.unit.result.get("reason") == "paused"]
        others = len(missed) - len(paused)
        if others:
            sentences.append(
                f"Skipped {plural(others, 'missed period')} (those schedules bill only the latest)."
            )
        if paused:
            sentences.append(f"Skipped {plural(len(paused), 'period')} of paused schedules.")

    sent = of(UnitKind.REMINDER, Event.SENT)
    if sent:
        sentences.append(f"Sent {plural(len(sent), 'reminder')}.")
    not_sent = of(UnitKind.REMINDER, Event.SKIPPED)
    if not_sent:
        reasons = Counter(o.detail for o in not_sent if o.detail)
        why = f": {reasons.most_common(1)[0][0]}" if reasons else ""
        sentences.append(f"Did not send {plural(len(not_sent), 'reminder')}{why}.")
    superseded = of(UnitKind.REMINDER, Event.MISSED)
    if superseded:
        sentences.append(
            f"Skipped {plural(len(superseded), 'older reminder step')} (only the latest is sent)."
        )

    paid = of(UnitKind.RETRY, Event.PAID)
    declined = of(UnitKind.RETRY, Event.DECLINED)
    stopped = of(UnitKind.RETRY, Event.STOPPED)
    tried = len(paid) + len(declined) + len(stopped)
    if tried:
        parts = []
        if paid:
            parts.append(f"{len(paid)} paid")
        if declined:
            parts.append(f"{len(declined)} declined and will be retried")
        if stopped:
            verb = "needs" if len(stopped) == 1 else "need"
            parts.append(f"{len(stopped)} {verb} the customer ({stopped[0].detail})")
        sentences.append(f"Retried {plural(tried, 'payment')}: {join(parts)}.")
    retry_skipped = of(UnitKind.RETRY, Event.SKIPPED) + of(UnitKind.RETRY, Event.MISSED)
    if retry_skipped:
        sentences.append(
            f"Skipped {plural(len(retry_skipped), 'payment retry', 'payment retries')}."
        )

    fees = of(UnitKind.LATE_FEE, Event.CREATED)
    if fees:
        sentences.append(f"Charged {plural(len(fees), 'late fee')}.")
    fees_skipped = of(UnitKind.LATE_FEE, Event.SKIPPED)
    if fees_skipped:
        sentences.append(
            f"Did not charge {plural(len(fees_skipped), 'late fee')}: {fees_skipped[0].detail}."
        )
    instalments = of(UnitKind.INSTALMENT, Event.PAID)
    declined_instalments = of(UnitKind.INSTALMENT, Event.DECLINED)
    if instalments:
        sentences.append(f"Collected {plural(len(instalments), 'plan instalment')}.")
    if declined_instalments:
        sentences.append(f"{declined_instalments[0].detail}.")
    skipped_other = of(UnitKind.RECURRING, Event.SKIPPED)
    if skipped_other:
        sentences.append(
            f"Skipped {plural(len(skipped_other), 'period')}: {skipped_other[0].detail}."
        )
    failed = [o for o in outcomes if o.event is Event.FAILED]
    if failed:
        sentences.append(f"{plural(len(failed), 'job')} failed: {failed[0].detail}")
    waiting = [o for o in outcomes if o.event is Event.WAITING]
    if waiting:
        why = f" ({waiting[0].detail})" if waiting[0].detail else ""
        one = len(waiting) == 1
        sentences.append(
            f"{plural(len(waiting), 'job')} {'waits' if one else 'wait'} to be sent to "
            f"{_destination(waiting)}{why}; {'it goes' if one else 'they go'} out on the next run."
        )
    if error:
        sentences.append(f"The run stopped: {error}")
    if clock_went_back:
        sentences.append(
            "The computer's clock is earlier than at the last run; nothing was done twice."
        )
    return " ".join(sentences) if sentences else "Nothing was due."


def _destination(waiting: Sequence[Outcome]) -> str:
    """Stripe, or the mail server for reminders sent by SMTP."""
    if all(o.unit.result.get("channel") == "smtp" for o in waiting):
        return "the mail server"
    return "Stripe"
