"""Background jobs: recurring invoices, reminders and payment retries, each exactly once.

Every unit of work, (schedule, period), (invoice, reminder step) or (invoice,
retry attempt), has a deterministic id (:mod:`desktop_invoicer.domain.units`),
written to SQLite before any Stripe request, used as the idempotency key and
stored in the Stripe object's metadata. :class:`~.runner.JobRunner` runs what is
due once; the app calls it from a worker, ``desktop-invoicer jobs run`` from
cron, Task Scheduler or launchd. Jobs read time from a :class:`~.clock.Clock`
passed in, never from ``datetime.now()``.
"""
