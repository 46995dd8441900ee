"""Desktop Invoicer: invoicing for small businesses, with Stripe as the system of record."""

__version__ = "0.1.0"
