"""Settings: the business profile printed on every invoice."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.business import BusinessProfile
from ..domain.currency import currency
from ..domain.validation import FieldError, ValidationError
from .address_form import address_edits, country_error
from .context import AppContext
from .form_dialog import section_title
from .forms import FieldErrors, currency_combo, form_layout, parse_currency, plain_text
from .i18n import tr
from .invoice_terms import TERMS
from .settings_cards import SETTINGS_CARDS
from .view_base import View

log = logging.getLogger(__name__)


class SettingsView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.errors = FieldErrors()
        self.profile = BusinessProfile()

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("billing@yourcompany.example"))
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.address_edits = address_edits()
        self.line1, self.line2, self.postal_code, self.city, self.state, self.country = (
            self.address_edits
        )
        self.tax_ids = plain_text(height=56)
        self.tax_ids.setPlaceholderText(tr("One per line, e.g. VAT DE123456789"))
        self.currency = currency_combo()
        self.currency.setFixedWidth(110)
        self.terms = QComboBox()
        for text, days in TERMS:
            if days is not None:
                self.terms.addItem(tr(text), days)
        self.payment_instructions = plain_text(height=72)
        self.payment_instructions.setPlaceholderText(tr("Bank account, IBAN, how to pay"))
        self.footer = plain_text(height=56)
        self.footer.setPlaceholderText(tr("Thank you for your business."))

        form = form_layout()
        form.addRow(section_title(tr("Business")))
        self.errors.add_row(form, tr("Business name"), "name", self.name)
        self.errors.add_row(form, tr("Email"), "email", self.email)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Website"), self.website)
        form.addRow(section_title(tr("Address")))
        form.addRow(tr("Address"), self.line1)
        form.addRow("", self.line2)
        city = self.address_edits.city_row()
        form.addRow(tr("City"), city)
        form.addRow(tr("State / region"), self.state)
        self.errors.add_row(form, tr("Country"), "country", self.country)
        self.errors.add_row(form, tr("Tax IDs"), "tax_ids", self.tax_ids)
        form.addRow(section_title(tr("Invoices")))
        self.errors.add_row(form, tr("Default currency"), "default_currency", self.currency)
        self.errors.add_row(form, tr("Payment terms"), "default_days_until_due", self.terms)
        self.errors.add_row(
            form, tr("Payment instructions"), "payment_instructions", self.payment_instructions
        )
        self.errors.add_row(form, tr("Footer"), "footer", self.footer)

        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.clicked.connect(self.load)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(640)
        card.setMaximumWidth(760)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 12, 24, 16)
        card_layout.addWidget(self.errors.general)
        card_layout.addLayout(form)
        card_layout.addSpacing(8)
        card_layout.addLayout(buttons)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(
            self._build_stripe_card(), 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        holder_layout.addWidget(card, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for spec in SETTINGS_CARDS:
            card_widget = spec.create(ctx)
            setattr(self, spec.key, card_widget)
            signal = getattr(card_widget, "status_message", None)
            if signal is not None:
                signal.connect(self.status_message)
            holder_layout.addWidget(
                card_widget, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            )
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)

        title = QLabel(tr("Settings"))
        title.setObjectName("viewTitle")
        subtitle = QLabel(tr("Your business profile appears on every invoice and PDF."))
        subtitle.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        self.load()

    def _build_stripe_card(self) -> QFrame:
        """The workspace's Stripe account: which one, its mode, connect or disconnect."""
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(640)
        card.setMaximumWidth(760)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 12, 24, 14)
        layout.addWidget(section_title(tr("Stripe account")))
        row = QHBoxLayout()
        self.stripe_badge = QLabel()
        self.stripe_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.stripe_account = QLabel()
        self.stripe_connect = QPushButton(tr("Connect…"))
        self.stripe_connect.clicked.connect(self._connect_stripe)
        self.stripe_disconnect = QPushButton(tr("Disconnect…"))
        self.stripe_disconnect.clicked.connect(self._disconnect_stripe)
        row.addWidget(self.stripe_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.stripe_account, 1)
        row.addWidget(self.stripe_connect)
        row.addWidget(self.stripe_disconnect)
        layout.addLayout(row)
        self.show_stripe_account()
        return card

    def show_stripe_account(self) -> None:
        from .connection import badge_style, current_connection, mode_text

        conn = current_connection(self.ctx.db)
        mode = mode_text(conn)
        self.stripe_badge.setText(tr(mode))
        self.stripe_badge.setStyleSheet(badge_style(mode))
        if conn is None:
            self.stripe_account.setText(tr("Not connected: this workspace stays on this computer."))
        else:
            self.stripe_account.setText(f"<b>{conn.display_name}</b> · {conn.account_id}")
        self.stripe_connect.setText(tr("Change key…") if conn else tr("Connect…"))
        self.stripe_disconnect.setVisible(conn is not None)
        enabled = self.ctx.stripe is not None
        self.stripe_connect.setEnabled(enabled)
        self.stripe_disconnect.setEnabled(enabled)

    def _connect_stripe(self) -> None:
        if self.ctx.stripe is not None:
            self.ctx.stripe.open_connect_dialog(self.window())

    def _disconnect_stripe(self) -> None:
        if self.ctx.stripe is not None:
            self.ctx.stripe.disconnect_account()

    def on_database_changed(self, table: str) -> None:
        if table == "settings":
            self.show_stripe_account()

    def can(self, action: str) -> bool:
        return False

    def load(self) -> None:
        """Show the saved profile (discarding edits: only Revert calls this later)."""
        self.errors.clear()
        self.saved_label.clear()
        self.profile = self.ctx.db.settings.business_profile()
        p = self.profile
        self.name.setText(p.name)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.website.setText(p.website)
        self.line1.setText(p.address.line1)
        self.line2.setText(p.address.line2)
        self.postal_code.setText(p.address.postal_code)
        self.city.setText(p.address.city)
        self.state.setText(p.address.state)
        self.country.setText(p.address.country)
        self.tax_ids.setPlainText("\n".join(p.tax_ids))
        self.currency.setCurrentText(p.default_currency.code)
        index = self.terms.findData(p.default_days_until_due)
        self.terms.setCurrentIndex(index if index >= 0 else self.terms.findData(30))
        self.payment_instructions.setPlainText(p.payment_instructions)
        self.footer.setPlainText(p.footer)

    def collect(self) -> BusinessProfile:
        cur, currency_error = parse_currency("default_currency", self.currency.currentText())
        days = self.terms.currentData()
        saved = self.ctx.db.settings.business_profile()
        profile = BusinessProfile(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            website=self.website.text().strip(),
            address=self.address_edits.address(),
            tax_ids=tuple(t.strip() for t in self.tax_ids.toPlainText().splitlines() if t.strip()),
            default_currency=cur or currency("USD"),
            default_days_until_due=days if isinstance(days, int) else 30,
            payment_instructions=self.payment_instructions.toPlainText().strip(),
            footer=self.footer.toPlainText().strip(),
            # Logo and branding are saved by the Branding card: keep what is stored now.
            logo_path=saved.logo_path,
            branding=saved.branding,
        )
        errors: list[FieldError] = []
        try:
            profile.validate()
        except ValidationError as exc:
            errors.extend(exc.errors)
        if currency_error is not None:
            errors.append(currency_error)
        country_problem = country_error(self.country.text())
        if country_problem is not None:
            errors.append(country_problem)
        if any(len(t) > 64 for t in profile.tax_ids):
            errors.append(FieldError("tax_ids", tr("A tax ID has at most 64 characters.")))
        if errors:
            raise ValidationError(errors)
        return profile

    def save(self) -> bool:
        self.errors.clear()
        self.saved_label.clear()
        try:
            profile = self.collect()
            self.ctx.db.settings.save_business_profile(profile)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except Exception as exc:  # keep every field as typed
            log.exception("Saving the business profile failed")
            self.errors.general.setText(tr("Could not save: {0}").format(exc))
            self.errors.general.show()
            return False
        self.profile = profile
        self.saved_label.setText(tr("Saved."))
        self.status_message.emit(tr("Business profile saved."))
        return True
