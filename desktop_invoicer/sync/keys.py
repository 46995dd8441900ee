"""Stripe API keys in the OS keyring, one entry per workspace, and nowhere else.

Where the system has no secure keyring (a Linux desktop without a Secret Service,
or only keyrings.alt's plain-text file), :func:`check_secure_backend` says so in
plain words and names what to install; the app then refuses to store the key
rather than silently writing it to a file.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from ..redaction import mask_key

SERVICE = "Desktop Invoicer"

_INSECURE_NAMES = ("plaintext", "null", "fail", "uncrypted", "encryptedkeyring")


class KeyringUnavailableError(RuntimeError):
    """No secure keyring: the message tells the user what to install."""


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_secure_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    name = _describe(backend).lower()
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        name = "fail"
    if backend.priority <= 0 or any(word in name for word in _INSECURE_NAMES):
        raise KeyringUnavailableError(
            "No secure password store is available, so the Stripe key cannot be saved. "
            "On Linux install and unlock a Secret Service keyring (GNOME Keyring: "
            "'sudo apt install gnome-keyring', or KWallet on KDE) and start the app from "
            "your desktop session. Windows Credential Manager and the macOS Keychain work "
            "without setup."
        )
    return backend


def workspace_entry(workspace: str) -> str:
    return f"workspace:{workspace}"


def save_key(workspace: str, key: str) -> None:
    check_secure_backend()
    try:
        keyring.set_password(SERVICE, workspace_entry(workspace), key)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            f"The system keyring refused to store the key ({type(exc).__name__}). Unlock it and try again."
        ) from None


def load_key(workspace: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, workspace_entry(workspace))
    except keyring.errors.KeyringError:
        return None


def delete_key(workspace: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, workspace_entry(workspace))


def describe_key(key: str) -> str:
    return mask_key(key)
