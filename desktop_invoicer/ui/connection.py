"""Which Stripe account a workspace is connected to, and the badge that says so.

The badge shows on every start, so this reads the connection without the sync
room: ``sync.connect`` imports stripe and keyring, which cold start must not pay
for. It reads the same workspace setting as :func:`sync.connect.connection`; a
test keeps the two in step (like ``ui_settings.data_root``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QLabel, QWidget

from .i18n import N_, tr

if TYPE_CHECKING:
    from ..storage.database import Database

SETTING = "stripe_account"  # sync.connect.SETTING

NOT_CONNECTED = N_("Not connected")

# The modes: English keys here (compared in code), shown through ``tr()``.
TEST_MODE, LIVE, DEMO = N_("TEST MODE"), N_("LIVE"), N_("DEMO")

# (text colour, background, border) per mode: test mode is orange like Stripe's
# Dashboard, live is solid red so it cannot be mistaken for a sandbox.
BADGE_COLORS: dict[str, tuple[str, str, str]] = {
    TEST_MODE: ("#ffffff", "#ea7a10", "#c2610a"),
    LIVE: ("#ffffff", "#c81e1e", "#9b1515"),
    DEMO: ("#ffffff", "#6d4ad6", "#5434b3"),
    NOT_CONNECTED: ("#4b5563", "#e5e7eb", "#cfd3da"),
}


class ConnectionInfo(NamedTuple):
    account_id: str
    display_name: str
    livemode: bool
    demo: bool

    @property
    def mode(self) -> str:
        if self.demo:
            return DEMO
        return LIVE if self.livemode else TEST_MODE


def current_connection(db: Database) -> ConnectionInfo | None:
    """The workspace's Stripe account (None when it is not connected)."""
    saved = db.settings.get(SETTING, None)
    if not isinstance(saved, dict) or "account_id" not in saved:
        return None
    return ConnectionInfo(
        account_id=str(saved["account_id"]),
        display_name=str(saved.get("display_name") or saved["account_id"]),
        livemode=bool(saved.get("livemode")),
        demo=bool(saved.get("demo")),
    )


def mode_text(info: ConnectionInfo | None) -> str:
    """The mode's English key (for :func:`badge_style`); show it with ``tr()``."""
    return NOT_CONNECTED if info is None else info.mode


def badge_style(mode: str) -> str:
    fg, bg, border = BADGE_COLORS.get(mode, BADGE_COLORS[NOT_CONNECTED])
    weight = 400 if mode == NOT_CONNECTED else 700
    return (
        f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {border};"
        f" border-radius: 5px; padding: 2px 10px; font-weight: {weight};"
        " font-size: 8.5pt; letter-spacing: 0.5px; }"
    )


class ModeBadge(QLabel):
    """``TEST MODE`` / ``LIVE`` / ``DEMO`` / ``Not connected``: always in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeBadge")
        self.mode = ""
        self.show_connection(None)

    def show_connection(self, info: ConnectionInfo | None) -> None:
        self.mode = mode_text(info)
        self.setText(tr(self.mode))
        self.setStyleSheet(badge_style(self.mode))
        if info is None:
            self.setToolTip(tr("This workspace is not connected to a Stripe account."))
        elif info.demo:
            self.setToolTip(tr("The demo workspace, on the bundled Stripe-compatible server."))
        elif info.livemode:
            self.setToolTip(
                tr("LIVE: {0}. Changes affect real customers and money.").format(info.display_name)
            )
        else:
            self.setToolTip(
                tr("Test mode: {0}. Nothing here moves real money.").format(info.display_name)
            )
