"""The pages of the first-run wizard (:mod:`.first_run_wizard`), one class each.

Each page validates its own fields when the person goes on (``validatePage``) and shows
what is wrong under the field, as the app's forms do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.business import BusinessProfile
from ..domain.catalog import Address
from ..domain.validation import FieldError, ValidationError
from .address_form import address_edits, country_error
from .forms import FieldErrors, currency_combo, form_layout, parse_currency, plain_text
from .i18n import N_, tr
from .invoice_terms import TERMS

DEMO = "demo"  # cli.DEMO_WORKSPACE
WELCOME_PAGE, BUSINESS_PAGE, INVOICES_PAGE, STRIPE_PAGE, DEMO_PAGE = range(5)
LOGO_FILTER = N_("Images (*.png *.jpg *.jpeg)")


def unique_slug(name: str, taken: set[str]) -> str:
    """A workspace slug for ``name`` that is not taken and not the demo's."""
    from ..storage.paths import slugify

    base = slugify(name)
    slug, n = base, 2
    while slug in taken or slug == DEMO:
        suffix = f"-{n}"
        slug = base[: 64 - len(suffix)] + suffix
        n += 1
    return slug


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to Desktop Invoicer"))
        self.setSubTitle(
            tr("Invoices for your business, kept on this computer and synced with Stripe.")
        )
        self.setup = QRadioButton(tr("&Set up my business (about two minutes)"))
        self.setup.setChecked(True)
        self.demo = QRadioButton(tr("&Look around in the demo workspace first (sample data)"))
        hint = QLabel(
            tr(
                "You can set up your business later from Help → Set up a workspace. "
                "The demo runs on a local Stripe-compatible server: nothing is sent to Stripe."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.setup)
        layout.addWidget(self.demo)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(1)

    def nextId(self) -> int:
        return DEMO_PAGE if self.demo.isChecked() else BUSINESS_PAGE


class DemoPage(QWizardPage):
    """The demo's last page: what it is, then Finish."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("The demo workspace"))
        self.setSubTitle(tr("A sample business with customers, products and a year of invoices."))
        text = QLabel(
            tr(
                "Finish opens it. Try anything: it runs on a local Stripe-compatible server, so "
                "nothing reaches Stripe and no one is charged. When you are ready, set up your "
                "own business from Help → Set up a workspace."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1


def _accepted(shown: FieldErrors, errors: list[FieldError]) -> bool:
    """True when there are no errors; else show them and put the cursor on the first."""
    if not errors:
        return True
    shown.show(errors)
    first = shown.widget(errors[0].field)
    if first is not None:
        first.setFocus()
    return False


class BusinessPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your business"))
        self.setSubTitle(tr("This appears at the top of every invoice. Only the name is required."))
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Northwind Studio LLC"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("billing@yourcompany.example"))
        self.phone = QLineEdit()
        self.address_edits = address_edits()
        self.line1, self.line2, self.postal_code, self.city, self.state, self.country = (
            self.address_edits
        )
        self.workspace_hint = QLabel()
        self.workspace_hint.setObjectName("muted")

        form = form_layout()
        self.errors.add_row(form, tr("Business na&me"), "name", self.name)
        self.errors.add_row(form, tr("&Email"), "email", self.email)
        form.addRow(_buddy(tr("&Phone"), self.phone), self.phone)
        form.addRow(_buddy(tr("&Address"), self.line1), self.line1)
        form.addRow("", self.line2)
        city = self.address_edits.city_row()
        form.addRow(_buddy(tr("Cit&y"), self.postal_code), city)
        form.addRow(_buddy(tr("S&tate / region"), self.state), self.state)
        self.errors.add_row(form, tr("Co&untry"), "country", self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.workspace_hint)
        layout.addStretch(1)
        self.name.textChanged.connect(self._name_changed)
        self.taken: set[str] = set()

    def _name_changed(self, text: str) -> None:
        self.completeChanged.emit()
        slug = unique_slug(text, self.taken) if text.strip() else ""
        self.workspace_hint.setText(tr("Workspace folder: {0}").format(slug) if slug else "")

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def address(self) -> Address:
        return self.address_edits.address()

    def validatePage(self) -> bool:
        self.errors.clear()
        errors: list[FieldError] = []
        profile = BusinessProfile(name=self.name.text().strip(), email=self.email.text().strip())
        try:
            profile.validate()
        except ValidationError as exc:
            errors.extend(exc.errors)
        country_problem = country_error(self.country.text())
        if country_problem is not None:
            errors.append(country_problem)
        return _accepted(self.errors, errors)


class InvoicesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Invoices"))
        self.setSubTitle(
            tr("Defaults for new invoices; every one of them can be changed per invoice.")
        )
        self.errors = FieldErrors()
        self.tax_ids = plain_text(height=56)
        self.tax_ids.setPlaceholderText(tr("One per line, e.g. VAT DE123456789"))
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(tr("A PNG or JPEG file (optional)"))
        self.browse = QPushButton(tr("Br&owse…"))
        self.browse.clicked.connect(self.choose_logo)
        self.preview = QLabel()
        self.preview.setFixedHeight(48)
        self.preview.setMinimumWidth(200)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.browse)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_box.setFocusProxy(self.logo)  # the label's mnemonic and errors focus the path
        self.currency = currency_combo()
        self.currency.setFixedWidth(110)
        self.terms = QComboBox()
        for text, days in TERMS:
            if days is not None:
                self.terms.addItem(tr(text), days)
        self.terms.setCurrentIndex(self.terms.findData(30))

        form = form_layout()
        self.errors.add_row(form, tr("&Tax IDs"), "tax_ids", self.tax_ids)
        self.errors.add_row(form, tr("&Logo"), "logo_path", logo_box)
        form.addRow("", self.preview)
        self.errors.add_row(form, tr("Default &currency"), "default_currency", self.currency)
        self.errors.add_row(form, tr("Payment te&rms"), "default_days_until_due", self.terms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.logo.textChanged.connect(self._show_preview)
        self.logo.textChanged.connect(lambda _text: self.errors.clear_field("logo_path"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose your logo"), "", tr(LOGO_FILTER))
        if path:
            self.logo.setText(path)

    def _show_preview(self, text: str) -> None:
        pixmap = QPixmap(text.strip()) if text.strip() else QPixmap()
        if pixmap.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(
                pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            )

    def tax_id_list(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.tax_ids.toPlainText().splitlines() if t.strip())

    def validatePage(self) -> bool:
        self.errors.clear()
        errors: list[FieldError] = []
        _cur, currency_error = parse_currency("default_currency", self.currency.currentText())
        if currency_error is not None:
            errors.append(currency_error)
        if any(len(t) > 64 for t in self.tax_id_list()):
            errors.append(FieldError("tax_ids", tr("A tax ID has at most 64 characters.")))
        logo = self.logo.text().strip()
        if logo:
            reader = QImageReader(logo)
            if not Path(logo).is_file():
                errors.append(FieldError("logo_path", tr("There is no file at this path.")))
            elif bytes(reader.format().data()).lower() not in (b"png", b"jpeg", b"jpg"):
                errors.append(FieldError("logo_path", tr("Choose a PNG or JPEG image.")))
        return _accepted(self.errors, errors)


class StripePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Stripe"))
        self.setSubTitle(
            tr("Stripe keeps your customers, invoices and payments; the app works on a copy.")
        )
        self.connect_now = QRadioButton(tr("&Connect my Stripe account now (a test or a live key)"))
        self.connect_now.setChecked(True)
        self.later = QRadioButton(
            tr("&Later: work on this computer, connect from Settings when ready")
        )
        hint = QLabel(
            tr(
                "After Finish you paste a secret key (sk_test_… for test mode, sk_live_… for real "
                "payments) or a restricted key (rk_…). It is kept in your system's keyring, never "
                "in the workspace file."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.connect_now)
        layout.addWidget(self.later)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
