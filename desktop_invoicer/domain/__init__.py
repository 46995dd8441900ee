"""Pure domain values: money, catalog, invoices, totals and the status machine.

Nothing here does I/O or imports Qt, Stripe or SQLite; every other room builds on it.
"""
