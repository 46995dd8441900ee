"""Reminders by SMTP, to a tiny SMTP server on 127.0.0.1: each step arrives once, as rendered."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import keyring
import pytest

from desktop_invoicer.domain.reminders import ReminderPolicy, ReminderStep
from desktop_invoicer.domain.units import UnitStatus, reminder_unit_id
from desktop_invoicer.jobs import mailer
from desktop_invoicer.jobs.mailer import MailerError, Security, SmtpSettings
from desktop_invoicer.jobs.runner import JobRunner
from desktop_invoicer.storage import Database
from desktop_invoicer.stripe_server import StripeServer
from desktop_invoicer.sync.keys import KeyringUnavailableError

from .clocks import LinkedClock
from .conftest import Desktop, local_customer_id, monthly_schedule, stripe_customer

ISSUED = date(2026, 1, 10)  # due 30 days later: 2026-02-09


class SmtpServer(socketserver.ThreadingTCPServer):
    """Just enough SMTP (RFC 5321) for smtplib: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refuse_recipients = False

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class _Handler(socketserver.StreamRequestHandler):
    server: SmtpServer

    def reply(self, text: str) -> None:
        self.wfile.write(f"{text}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 localhost test SMTP")
        sender, recipients = "", []
        while line := self.rfile.readline():
            verb = line.decode().strip().split(" ")[0].upper()
            arg = line.decode().strip()[len(verb) :].strip()
            if verb == "EHLO":
                self.reply("250-localhost")
                self.reply("250 8BITMIME")
            elif verb == "HELO":
                self.reply("250 localhost")
            elif verb == "MAIL":
                sender, recipients = arg, []
                self.reply("250 OK")
            elif verb == "RCPT":
                if self.server.refuse_recipients:
                    self.reply("550 No such user")
                    continue
                recipients.append(arg)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                parsed = message_from_bytes(data, policy=policy.default)
                assert isinstance(parsed, EmailMessage)
                self.server.messages.append(parsed)
                self.server.envelopes.append((sender, recipients))
                self.reply("250 OK queued")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def settings_for(server: SmtpServer) -> SmtpSettings:
    return SmtpSettings(
        "127.0.0.1", server.port, Security.NONE, "", "billing@maker.example", "Maker Ltd"
    )


def billed(desktop: Desktop, server: StripeServer, clock: LinkedClock) -> dict[str, Any]:
    cus = stripe_customer(server)
    desktop.sync()
    desktop.db.schedules.save(
        monthly_schedule(local_customer_id(desktop.db, cus), ISSUED, count=1, id="one")
    )
    clock.to_day(ISSUED)
    assert desktop.run().ok
    (invoice,) = [i for i in server.objects("invoice") if i["customer"] == cus]
    return invoice


def smtp_policy(db: Database) -> ReminderPolicy:
    return db.reminder_policies.save(
        ReminderPolicy(
            "",
            "By e-mail",
            (
                ReminderStep(
                    -3,
                    subject="Invoice {number} is due on {due_date}",
                    message="Hello {customer}, {amount} is due on {due_date}.",
                    channel="smtp",
                ),
                ReminderStep(7),  # Stripe's invoice email
            ),
            enabled=True,
            is_default=True,
        )
    )


def test_an_smtp_step_arrives_once_with_its_text(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, smtp: SmtpServer
) -> None:
    invoice = billed(desktop, server, clock)
    smtp_policy(desktop.db)
    mailer.save(desktop.db, settings_for(smtp))
    stripe_emails = len(server.sent_invoices)
    clock.to_day(date(2026, 2, 6))
    report = desktop.run()
    assert report.summary == "Sent 1 reminder.", report.summary
    (msg,) = smtp.messages
    assert msg["Subject"] == f"Invoice {invoice['number']} is due on 2026-02-09"
    assert msg["To"] == "acme@example.com"
    assert msg["From"] == "Maker Ltd <billing@maker.example>"
    unit = reminder_unit_id(invoice["id"], "d-3")
    assert msg["Message-ID"] == f"<{unit}@desktop-invoicer>"
    assert msg.get_content().strip() == "Hello Acme GmbH, EUR 229.00 is due on 2026-02-09."
    assert len(server.sent_invoices) == stripe_emails  # not by Stripe's email as well
    (sent,) = desktop.db.reminder_sends.for_invoice(invoice["id"])
    assert (sent.step, sent.channel) == ("d-3", "smtp")

    # again, after a restart, and on a second run the same day: nothing more arrives
    desktop.runner = JobRunner(desktop.db, clock, desktop.engine.sender)
    desktop.run()
    clock.advance(hours=5)
    desktop.run()
    assert len(smtp.messages) == 1
    # the step is marked in Stripe, so a second desktop would not send it
    remote = server.get("invoice", invoice["id"])
    assert remote is not None and remote["metadata"]["desktop_invoicer_reminder_m3"] == unit

    clock.to_day(date(2026, 2, 16))  # the d+7 step goes by Stripe's invoice email
    assert desktop.run().summary == "Sent 1 reminder."
    assert len(smtp.messages) == 1 and len(server.sent_invoices) == stripe_emails + 1


def test_unreachable_server_waits_and_refused_address_fails(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, smtp: SmtpServer
) -> None:
    invoice = billed(desktop, server, clock)
    smtp_policy(desktop.db)
    mailer.save(desktop.db, replace(settings_for(smtp), port=1))  # nothing listens there
    clock.to_day(date(2026, 2, 6))
    unit = reminder_unit_id(invoice["id"], "d-3")
    report = desktop.run()
    assert report.summary.startswith(
        "1 job waits to be sent to the mail server (The mail server 127.0.0.1:1 could not be "
        "reached ("
    ), report.summary
    assert desktop.db.job_units.get(unit).status is UnitStatus.PLANNED  # tried again later
    mailer.save(desktop.db, settings_for(smtp))
    smtp.refuse_recipients = True
    desktop.run()
    failed = desktop.db.job_units.get(unit)
    assert failed.status is UnitStatus.FAILED
    assert failed.error == "The mail server refused the address acme@example.com."
    assert smtp.messages == []


def test_a_run_killed_while_sending_asks_a_person(
    desktop: Desktop, server: StripeServer, clock: LinkedClock, smtp: SmtpServer
) -> None:
    invoice = billed(desktop, server, clock)
    smtp_policy(desktop.db)
    mailer.save(desktop.db, settings_for(smtp))
    clock.to_day(date(2026, 2, 6))
    unit = reminder_unit_id(invoice["id"], "d-3")

    class Dies:
        def send(self, message: EmailMessage) -> None:
            raise SystemExit("killed")  # the process ends after "sending" was committed

    with pytest.raises(SystemExit):
        JobRunner(desktop.db, clock, desktop.engine.sender, mailer=lambda _db: Dies()).run_due()
    assert desktop.db.job_units.get(unit).result["smtp"] == "sending"
    desktop.run()
    after = desktop.db.job_units.get(unit)
    assert after.status is UnitStatus.FAILED and "may have been sent" in (after.error or "")
    assert smtp.messages == []  # never sent again by itself


def test_password_in_the_keyring_only_and_test_email(
    memory_keyring: object, smtp: SmtpServer, tmp_path: Any
) -> None:
    db = Database.open(tmp_path / "w.db")
    try:
        settings = replace(settings_for(smtp), user="")
        mailer.save(db, settings)
        with_user = replace(settings, user="maker")
        mailer.save_password(with_user, "s3cret-pass")
        assert mailer.load_password(with_user) == "s3cret-pass"
        assert "s3cret-pass" not in str(db.settings.get(mailer.SETTINGS_KEY))
        mailer.send_test(settings, None, "me@maker.example")
        (msg,) = smtp.messages
        assert msg["Subject"] == "Desktop Invoicer: test email" and msg["To"] == "me@maker.example"
        smtp.refuse_recipients = True
        with pytest.raises(MailerError, match="refused the address"):
            mailer.send_test(settings, None, "nobody@maker.example")
    finally:
        db.close()


def test_an_insecure_keyring_is_refused(tmp_path: Any) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError):
            mailer.save_password(SmtpSettings("h", 25, Security.NONE, "u", "a@b.example"), "x")
    finally:
        keyring.set_keyring(previous)
