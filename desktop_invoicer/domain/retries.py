"""Payment retries as values: the retry schedule, and declines sorted by what helps.

Stripe publishes no list of soft and hard declines. A decline is sorted with its
``decline_code`` first, then Stripe's ``advice_code`` (``try_again_later``,
``do_not_try_again``, ``confirm_card_data``): a retry later may succeed
(insufficient funds, a processing error), or nothing will until the customer
acts (a lost or expired card, authentication required). Like Stripe's Smart
Retries, the codes in :data:`NEVER_RETRY` are never retried, whatever the advice.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .units import retry_unit_id
from .validation import FieldError, raise_if_any

MAX_ATTEMPTS = 8

NEVER_RETRY = frozenset(
    {
        "incorrect_number",
        "lost_card",
        "pickup_card",
        "stolen_card",
        "revocation_of_authorization",
        "revocation_of_all_authorizations",
        "authentication_required",
        "highest_risk_level",
    }
)
"""Declines Stripe's Smart Retries never retry."""

NEEDS_CUSTOMER = NEVER_RETRY | {
    "expired_card",
    "incorrect_cvc",
    "incorrect_zip",
    "invalid_cvc",
    "invalid_expiry_month",
    "invalid_expiry_year",
    "invalid_number",
    "invalid_account",
    "card_not_supported",
    "currency_not_supported",
    "new_account_information_available",
    "restricted_card",
    "security_violation",
    "fraudulent",
    "merchant_blacklist",
    "call_issuer",
    "do_not_try_again",
    "invoice_payment_intent_requires_action",
    "no_payment_method",
}
"""Declines (and error codes) nothing but the customer can fix."""

RETRY_LATER = frozenset(
    {
        "insufficient_funds",
        "processing_error",
        "try_again_later",
        "issuer_not_available",
        "reenter_transaction",
        "card_velocity_exceeded",
        "withdrawal_count_limit_exceeded",
        "approve_with_id",
        "do_not_honor",
        "generic_decline",
        "card_declined",
    }
)


class DeclineGroup(StrEnum):
    RETRY_LATER = "retry_later"
    NEEDS_CUSTOMER = "needs_customer"

    @property
    def label(self) -> str:
        return {
            DeclineGroup.RETRY_LATER: "Will retry",
            DeclineGroup.NEEDS_CUSTOMER: "Needs the customer",
        }[self]


@dataclass(frozen=True, slots=True)
class DeclineAdvice:
    group: DeclineGroup
    code: str  # the decline code (or error code) it was sorted by
    for_user: str  # what the business owner sees
    for_customer: str  # what the customer is told

    @property
    def retry(self) -> bool:
        return self.group is DeclineGroup.RETRY_LATER


_UPDATE = "Please update the card on file, or pay the invoice online: {link}"

_MESSAGES: dict[str, tuple[str, str]] = {
    # code: (for the user, for the customer)
    "insufficient_funds": (
        "The card had insufficient funds.",
        "Your card was declined for insufficient funds. We will try again on {next_attempt}.",
    ),
    "processing_error": (
        "The card network reported a processing error.",
        "Your payment could not be processed. We will try again on {next_attempt}.",
    ),
    "expired_card": (
        "The card has expired; the customer must add a new one.",
        "The card on file has expired. " + _UPDATE,
    ),
    "incorrect_number": (
        "The card number is wrong; the customer must enter the card again.",
        "The card number on file is not correct. " + _UPDATE,
    ),
    "incorrect_cvc": (
        "The card's security code is wrong; the customer must enter the card again.",
        "The card's security code was not accepted. " + _UPDATE,
    ),
    "lost_card": (
        "The card was reported lost. Do not retry it; ask the customer for another payment method.",
        "Your card was declined. " + _UPDATE,
    ),
    "stolen_card": (
        "The card was reported stolen. Do not retry it; ask the customer for another payment method.",
        "Your card was declined. " + _UPDATE,
    ),
    "pickup_card": (
        "The bank asked for the card to be retained (pick-up card). Do not retry it.",
        "Your card was declined. " + _UPDATE,
    ),
    "fraudulent": (
        "The payment was declined as suspected fraud. Do not retry it.",
        "Your card was declined. " + _UPDATE,
    ),
    "authentication_required": (
        "The bank requires the customer to authenticate (3D Secure); an automatic charge cannot.",
        "Your bank asks you to confirm this payment. Please pay the invoice online: {link}",
    ),
    "invoice_payment_intent_requires_action": (
        "The payment needs the customer to authenticate.",
        "Your bank asks you to confirm this payment. Please pay the invoice online: {link}",
    ),
    "revocation_of_authorization": (
        "The customer revoked the authorization for this charge. Do not retry it.",
        "The authorization for this charge was revoked. " + _UPDATE,
    ),
    "revocation_of_all_authorizations": (
        "The customer revoked every authorization for this merchant. Do not retry it.",
        "The authorizations for our charges were revoked. " + _UPDATE,
    ),
    "highest_risk_level": (
        "Stripe blocked the payment as highest risk. Do not retry it.",
        "Your payment could not be completed. " + _UPDATE,
    ),
    "no_payment_method": (
        "The customer has no saved payment method to charge.",
        "There is no card on file for this invoice. Please pay it online: {link}",
    ),
}


def classify_decline(
    decline_code: str | None, advice_code: str | None = None, error_code: str | None = None
) -> DeclineAdvice:
    """Sort a decline into retry-later or needs-the-customer, with messages for both sides."""
    code = decline_code or error_code or "generic_decline"
    if code in NEEDS_CUSTOMER or advice_code in ("do_not_try_again", "confirm_card_data"):
        group = DeclineGroup.NEEDS_CUSTOMER
    else:  # retry-later codes, try_again_later, and unknown soft declines (Stripe retries those)
        group = DeclineGroup.RETRY_LATER
    user, customer = _MESSAGES.get(code, ("", ""))
    if not user:
        if group is DeclineGroup.NEEDS_CUSTOMER:
            user = f"The card was declined ({code}); the customer must update their payment method."
            customer = "Your card was declined. " + _UPDATE
        else:
            user = f"The card was declined ({code}); the payment will be retried."
            customer = "Your card was declined. We will try again on {next_attempt}."
    return DeclineAdvice(group, code, user, customer)


@dataclass(frozen=True, slots=True)
class RetrySchedule:
    """Days after the first failed payment on which to retry, e.g. (3, 7, 14)."""

    days: tuple[int, ...] = (3, 7, 14)

    def validate(self) -> None:
        errors: list[FieldError | None] = []
        if len(self.days) > MAX_ATTEMPTS:
            errors.append(FieldError("days", f"At most {MAX_ATTEMPTS} retries."))
        if any(d < 1 or d > 60 for d in self.days):
            errors.append(FieldError("days", "Retry 1 to 60 days after the first failure."))
        if list(self.days) != sorted(set(self.days)):
            errors.append(FieldError("days", "List the retry days in increasing order."))
        raise_if_any(errors)

    def attempt_day(self, attempt: int, first_failure: date) -> date:
        """The day of retry ``attempt`` (numbered from 1)."""
        return first_failure + timedelta(days=self.days[attempt - 1])

    def plan(self, first_failure: date, today: date, known: Collection[int]) -> RetryPlan:
        """The retry to make today, and older retries to skip (only the latest due one runs)."""
        due = [
            n for n in range(1, len(self.days) + 1) if self.attempt_day(n, first_failure) <= today
        ]
        new = [n for n in due if n not in known]
        if not new:
            return RetryPlan()
        latest_known = max(known, default=0)  # due or not (the clock may have moved back)
        run = [n for n in new if n > latest_known][-1:]
        return RetryPlan(
            attempt=run[0] if run else None, skip=tuple(n for n in new if n not in run)
        )

    def next_attempt_day(self, first_failure: date, after: int) -> date | None:
        """The day of the retry after attempt ``after`` (0: the first retry), or None."""
        if after >= len(self.days):
            return None
        return self.attempt_day(after + 1, first_failure)


@dataclass(frozen=True, slots=True)
class RetryPlan:
    attempt: int | None = None
    skip: tuple[int, ...] = ()


def unit_id_for(invoice_stripe_id: str, attempt: int) -> str:
    return retry_unit_id(invoice_stripe_id, attempt)
