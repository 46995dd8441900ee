"""Settings cards of issue 6: the SMTP server (password in the keyring) and background jobs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_invoicer.jobs import mailer
from desktop_invoicer.jobs.settings import load
from desktop_invoicer.ui.job_settings import JobSettingsCard
from desktop_invoicer.ui.main_window import MainWindow
from desktop_invoicer.ui.settings_cards import SETTINGS_CARDS
from desktop_invoicer.ui.smtp_settings import SmtpSettingsCard
from tests.jobs.test_smtp_reminders import SmtpServer
from tests.ui.conftest import SHOTS


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    import threading

    server = SmtpServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_both_cards_are_in_the_settings_view() -> None:
    targets = {spec.key: spec.target for spec in SETTINGS_CARDS}
    assert targets["smtp"] == "smtp_settings:SmtpSettingsCard"
    assert targets["job_settings"] == "job_settings:JobSettingsCard"


def test_smtp_card_keeps_the_password_in_the_keyring_and_sends_a_test(
    qtbot: QtBot, window: MainWindow, memory_keyring: object, smtp: SmtpServer
) -> None:
    card = SmtpSettingsCard(window.ctx)  # as the Settings view builds it
    qtbot.addWidget(card)
    card.show()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.errors.message("host").startswith("Type the mail server's name")
    qtbot.keyClicks(card.host, "127.0.0.1")
    card.security.setCurrentIndex(card.security.findData("none"))
    card.port.setValue(smtp.port)
    qtbot.keyClicks(card.user, "maker")
    qtbot.keyClicks(card.password, "s3cret-pass")
    qtbot.keyClicks(card.from_address, "billing@maker.example")
    task = card.save()
    assert task is not None
    qtbot.waitUntil(lambda: card.note.text() == "Saved.", timeout=5000)
    saved = mailer.load(window.ctx.db)
    assert (saved.host, saved.port, saved.user) == ("127.0.0.1", smtp.port, "maker")
    assert mailer.load_password(saved) == "s3cret-pass"
    assert "s3cret" not in str(window.ctx.db.settings.get("smtp"))
    assert card.password.text() == "" and "stored in the system keyring" in (
        card.password.placeholderText()
    )

    card.user.clear()  # the test server has no AUTH: send without a login
    card.test_to.setText("me@maker.example")
    qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test email sent" in card.note.text(), timeout=5000)
    (msg,) = smtp.messages
    assert msg["To"] == "me@maker.example"
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.grab().save(str(SHOTS / "smtp-card.png"))


def test_job_settings_card_validates_and_saves(qtbot: QtBot, window: MainWindow) -> None:
    card = JobSettingsCard(window.ctx)
    qtbot.addWidget(card)
    card.show()
    card.retry_days.setText("3, 2")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.errors.message("retry_days") == "List the retry days in increasing order."
    card.retry_days.setText("2, 5, 9")
    card.interval.setValue(15)
    card.catch_up.setCurrentIndex(card.catch_up.findData("latest"))
    card.background.setChecked(False)
    assert not card.interval.isEnabled()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.saved.text() == "Saved."
    saved = load(window.ctx.db)
    assert (saved.retry_days, saved.interval_minutes, saved.catch_up, saved.background) == (
        (2, 5, 9),
        15,
        "latest",
        False,
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.grab().save(str(SHOTS / "job-settings-card.png"))
    jobs_view = window.show_view("jobs")
    dialog = jobs_view.new_schedule()  # type: ignore[attr-defined]
    assert dialog.catch_up.currentData() == "latest"  # the new default
    dialog.reject()
