"""What can go wrong talking to Stripe, in words a business owner can act on.

The gateway turns stripe-python's exceptions into these; nothing above sync/
sees a stripe exception, and no message here ever contains a key.
"""

from __future__ import annotations

from dataclasses import dataclass


class SyncError(Exception):
    """Base: ``str(e)`` is a plain sentence; ``advice`` says what to do."""

    advice: str = ""
    retryable: bool = False

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        if advice:
            self.advice = advice


class KeyRejectedError(SyncError):
    advice = "Check that you pasted the whole secret key (sk_...) or restricted key (rk_...) from the Stripe Dashboard."


class PermissionMissingError(SyncError):
    """A restricted key lacks a permission; ``permission`` names it (e.g. rak_invoice_read)."""

    def __init__(self, message: str, permission: str | None) -> None:
        advice = (
            f"Give the restricted key the '{permission}' permission in the Stripe Dashboard (Developers > API keys)."
            if permission
            else "Give the restricted key the permission named above in the Stripe Dashboard."
        )
        super().__init__(message, advice)
        self.permission = permission


class RateLimitedError(SyncError):
    retryable = True
    advice = "Stripe asked us to slow down; the app retries on its own."

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NetworkError(SyncError):
    retryable = True
    advice = "Check the internet connection; the app retries when it is back."


class StripeServerError(SyncError):
    retryable = True
    advice = "Stripe had a problem; the app retries shortly."


@dataclass(frozen=True, slots=True)
class Rejection:
    code: str | None
    param: str | None
    decline_code: str | None = None
    advice_code: str | None = None


class StripeRejectedError(SyncError):
    """Stripe refused the request itself (invalid parameters, wrong state, declined card)."""

    def __init__(self, message: str, rejection: Rejection, status: int | None) -> None:
        super().__init__(message)
        self.rejection = rejection
        self.status = status

    @property
    def code(self) -> str | None:
        return self.rejection.code


class IdempotencyConflictError(SyncError):
    """The same idempotency key was used with different parameters or is in use."""

    retryable = True
