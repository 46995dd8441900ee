"""Keyring backends for tests, installed with ``keyring.set_keyring`` (keyring's extension point)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A secure-looking backend that keeps secrets in a dict for the test's lifetime."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plain-text file store: the app must refuse it."""

    priority = 1  # type: ignore[assignment]
