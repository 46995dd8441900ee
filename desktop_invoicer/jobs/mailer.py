"""Reminders by SMTP: the workspace's mail server settings, its password in the OS keyring.

Settings (host, port, security, user, from address) live in the workspace's
settings table under ``smtp``; the password only in the OS keyring (design rule
5), refused where the keyring is not secure (:func:`..sync.keys.check_secure_backend`).
Each message carries a Message-ID made from its unit of work, so a mail system
that sees the same reminder twice can tell.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from enum import StrEnum
from typing import Protocol

import keyring
import keyring.errors

from ..domain.validation import FieldError, ValidationError, check_email
from ..storage import Database
from ..sync.keys import SERVICE, KeyringUnavailableError, check_secure_backend

SETTINGS_KEY = "smtp"
TIMEOUT_SECONDS = 20.0


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (usually port 587)
    SSL = "ssl"  # TLS from the first byte (usually port 465)
    NONE = "none"  # no encryption: only for a server on this computer

    @property
    def label(self) -> str:
        return {
            Security.STARTTLS: "STARTTLS",
            Security.SSL: "SSL/TLS",
            Security.NONE: "None (local server only)",
        }[self]


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    from_address: str = ""
    from_name: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)

    @property
    def keyring_entry(self) -> str:
        return f"smtp:{self.user}@{self.host}:{self.port}"

    def validate(self) -> None:
        errors: list[FieldError | None] = []
        if not self.host.strip():
            errors.append(FieldError("host", "Type the mail server's name, e.g. smtp.example.com."))
        if not 1 <= self.port <= 65535:
            errors.append(FieldError("port", "A port is between 1 and 65535."))
        errors.append(check_email("from_address", self.from_address, required=True))
        found = [e for e in errors if e is not None]
        if found:
            raise ValidationError(found)


def load(db: Database) -> SmtpSettings:
    data = db.settings.get(SETTINGS_KEY) or {}
    return SmtpSettings(
        host=str(data.get("host", "")),
        port=int(data.get("port", 587)),
        security=Security(str(data.get("security", Security.STARTTLS.value))),
        user=str(data.get("user", "")),
        from_address=str(data.get("from_address", "")),
        from_name=str(data.get("from_name", "")),
    )


def save(db: Database, settings: SmtpSettings) -> None:
    settings.validate()
    db.settings.set(
        SETTINGS_KEY,
        {
            "host": settings.host.strip(),
            "port": settings.port,
            "security": settings.security.value,
            "user": settings.user.strip(),
            "from_address": settings.from_address.strip(),
            "from_name": settings.from_name.strip(),
        },
    )


def save_password(settings: SmtpSettings, password: str) -> None:
    check_secure_backend()
    try:
        keyring.set_password(SERVICE, settings.keyring_entry, password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            f"The system keyring refused to store the password ({type(exc).__name__})."
        ) from None


def load_password(settings: SmtpSettings) -> str | None:
    try:
        return keyring.get_password(SERVICE, settings.keyring_entry)
    except keyring.errors.KeyringError:
        return None


def delete_password(settings: SmtpSettings) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, settings.keyring_entry)


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class MailerError(Exception):
    """The server refused the message (nothing was sent); ``retry``: try again later."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class SmtpMailer:
    def __init__(self, settings: SmtpSettings, password: str | None) -> None:
        self.settings = settings
        self.password = password

    def send(self, message: EmailMessage) -> None:
        s = self.settings
        context = ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if s.security is Security.SSL:
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_SECONDS)
            with smtp:
                if s.security is Security.STARTTLS:
                    smtp.starttls(context=context)
                if s.user:
                    smtp.login(s.user, self.password or "")
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise MailerError(
                "The mail server did not accept the user name and password.", retry=False
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            to = ", ".join(exc.recipients)
            raise MailerError(f"The mail server refused the address {to}.", retry=False) from None
        except smtplib.SMTPResponseException as exc:
            error = exc.smtp_error
            text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
            raise MailerError(
                f"The mail server answered {exc.smtp_code} {text}".strip(),
                retry=400 <= exc.smtp_code < 500,
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise MailerError(
                f"The mail server {s.host}:{s.port} could not be reached ({exc}).", retry=True
            ) from None


def workspace_mailer(db: Database) -> Mailer | None:
    """The workspace's SMTP mailer, or None when SMTP is not set up."""
    settings = load(db)
    if not settings.configured:
        return None
    return SmtpMailer(settings, load_password(settings) if settings.user else None)


def message(
    settings: SmtpSettings, to: str, subject: str, body: str, message_id: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((settings.from_name, settings.from_address))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{message_id}@desktop-invoicer>"
    msg.set_content(body)
    return msg


def send_test(settings: SmtpSettings, password: str | None, to: str) -> None:
    """The Settings card's "Send test email"; raises MailerError with what went wrong."""
    import uuid

    SmtpMailer(settings, password).send(
        message(
            settings,
            to,
            "Desktop Invoicer: test email",
            "This is a test from Desktop Invoicer. Payment reminders sent by SMTP will come "
            f"from {settings.from_address} through {settings.host}.",
            f"test-{uuid.uuid4().hex}",
        )
    )
