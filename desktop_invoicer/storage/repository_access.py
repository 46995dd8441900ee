"""The workspace's repositories, one attribute each: ``db.invoices``, ``db.late_fees``, ...

A mixin of :class:`~.database.Database`, kept apart so the connection and
transaction code there stays short. Adding a repository is one property here;
each module is imported on first use, since each costs a little cold-start time.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .database import Database
    from .repositories.approvals import ApprovalRepository
    from .repositories.audit import AuditRepository
    from .repositories.billing import UsageRepository
    from .repositories.catalog import (
        DiscountRepository,
        PriceRepository,
        ProductRepository,
        TaxRateRepository,
    )
    from .repositories.collection_rules import CollectionRuleRepository
    from .repositories.customers import CustomerRepository
    from .repositories.disputes import DisputeRepository
    from .repositories.escalations import EscalationRepository
    from .repositories.exports import ExportRepository
    from .repositories.invoice_list import InvoiceList
    from .repositories.invoices import InvoiceRepository
    from .repositories.jobs import (
        JobRunRepository,
        JobUnitRepository,
        OutboxReplyRepository,
        ScheduleRepository,
    )
    from .repositories.kpis import KpiRepository
    from .repositories.late_fees import LateFeePolicyRepository, LateFeeRepository
    from .repositories.milestones import CustomerGroupRepository, MilestoneRepository
    from .repositories.numbering import NumberingRepository
    from .repositories.payment_plans import OfflinePaymentRepository, PaymentPlanRepository
    from .repositories.privacy import PrivacyRepository
    from .repositories.reminders import ReminderPolicyRepository, ReminderSendRepository
    from .repositories.reports import ReportRepository
    from .repositories.segments import SegmentRepository
    from .repositories.settings import SettingsRepository
    from .repositories.stripe_objects import StripeObjectRepository
    from .repositories.sync_state import OutboxRepository, SyncStateRepository


class RepositoryAccess:
    def _database(self) -> Database:
        """``self``, typed as the Database this mixin is always part of."""
        return cast("Database", self)

    @cached_property
    def customers(self) -> CustomerRepository:
        from .repositories.customers import CustomerRepository

        return CustomerRepository(self._database())

    @cached_property
    def products(self) -> ProductRepository:
        from .repositories.catalog import ProductRepository

        return ProductRepository(self._database())

    @cached_property
    def prices(self) -> PriceRepository:
        from .repositories.catalog import PriceRepository

        return PriceRepository(self._database())

    @cached_property
    def tax_rates(self) -> TaxRateRepository:
        from .repositories.catalog import TaxRateRepository

        return TaxRateRepository(self._database())

    @cached_property
    def discounts(self) -> DiscountRepository:
        from .repositories.catalog import DiscountRepository

        return DiscountRepository(self._database())

    @cached_property
    def invoices(self) -> InvoiceRepository:
        from .repositories.invoices import InvoiceRepository

        return InvoiceRepository(self._database())

    @cached_property
    def invoice_list(self) -> InvoiceList:
        """The invoice list's counts and pages (also ``invoices.count``/``page``/``ids``).

        The main window reads its first rows through this one: it loads no domain
        code beyond what a row shows, where ``invoices`` loads all of the invoice's.
        """
        from .repositories.invoice_list import InvoiceList

        return InvoiceList(self._database())

    @cached_property
    def settings(self) -> SettingsRepository:
        from .repositories.settings import SettingsRepository

        return SettingsRepository(self._database())

    @cached_property
    def audit(self) -> AuditRepository:
        from .repositories.audit import AuditRepository

        return AuditRepository(self._database())

    @cached_property
    def outbox(self) -> OutboxRepository:
        from .repositories.sync_state import OutboxRepository

        return OutboxRepository(self._database())

    @cached_property
    def stripe_objects(self) -> StripeObjectRepository:
        from .repositories.stripe_objects import StripeObjectRepository

        return StripeObjectRepository(self._database())

    @cached_property
    def sync_state(self) -> SyncStateRepository:
        from .repositories.sync_state import SyncStateRepository

        return SyncStateRepository(self._database())

    # Background jobs (app-only state): schedules, units of work, runs, reminders.

    @cached_property
    def schedules(self) -> ScheduleRepository:
        from .repositories.jobs import ScheduleRepository

        return ScheduleRepository(self._database())

    @cached_property
    def job_units(self) -> JobUnitRepository:
        from .repositories.jobs import JobUnitRepository

        return JobUnitRepository(self._database())

    @cached_property
    def job_runs(self) -> JobRunRepository:
        from .repositories.jobs import JobRunRepository

        return JobRunRepository(self._database())

    @cached_property
    def outbox_replies(self) -> OutboxReplyRepository:
        from .repositories.jobs import OutboxReplyRepository

        return OutboxReplyRepository(self._database())

    @cached_property
    def reminder_policies(self) -> ReminderPolicyRepository:
        from .repositories.reminders import ReminderPolicyRepository

        return ReminderPolicyRepository(self._database())

    @cached_property
    def reminder_sends(self) -> ReminderSendRepository:
        from .repositories.reminders import ReminderSendRepository

        return ReminderSendRepository(self._database())

    @cached_property
    def late_fee_policies(self) -> LateFeePolicyRepository:
        from .repositories.late_fees import LateFeePolicyRepository

        return LateFeePolicyRepository(self._database())

    @cached_property
    def late_fees(self) -> LateFeeRepository:
        from .repositories.late_fees import LateFeeRepository

        return LateFeeRepository(self._database())

    @cached_property
    def payment_plans(self) -> PaymentPlanRepository:
        from .repositories.payment_plans import PaymentPlanRepository

        return PaymentPlanRepository(self._database())

    @cached_property
    def offline_payments(self) -> OfflinePaymentRepository:
        from .repositories.payment_plans import OfflinePaymentRepository

        return OfflinePaymentRepository(self._database())

    @cached_property
    def usage(self) -> UsageRepository:
        from .repositories.billing import UsageRepository

        return UsageRepository(self._database())

    @cached_property
    def milestones(self) -> MilestoneRepository:
        from .repositories.milestones import MilestoneRepository

        return MilestoneRepository(self._database())

    @cached_property
    def customer_groups(self) -> CustomerGroupRepository:
        from .repositories.milestones import CustomerGroupRepository

        return CustomerGroupRepository(self._database())

    @cached_property
    def approvals(self) -> ApprovalRepository:
        from .repositories.approvals import ApprovalRepository

        return ApprovalRepository(self._database())

    @cached_property
    def kpis(self) -> KpiRepository:
        from .repositories.kpis import KpiRepository

        return KpiRepository(self._database())

    @cached_property
    def reports(self) -> ReportRepository:
        from .repositories.reports import ReportRepository

        return ReportRepository(self._database())

    @cached_property
    def exports(self) -> ExportRepository:
        from .repositories.exports import ExportRepository

        return ExportRepository(self._database())

    @cached_property
    def privacy(self) -> PrivacyRepository:
        from .repositories.privacy import PrivacyRepository

        return PrivacyRepository(self._database())

    # Collections (issue 8, first half): segments, rules, escalations, disputes.

    @cached_property
    def segments(self) -> SegmentRepository:
        from .repositories.segments import SegmentRepository

        return SegmentRepository(self._database())

    @cached_property
    def collection_rules(self) -> CollectionRuleRepository:
        from .repositories.collection_rules import CollectionRuleRepository

        return CollectionRuleRepository(self._database())

    @cached_property
    def escalations(self) -> EscalationRepository:
        from .repositories.escalations import EscalationRepository

        return EscalationRepository(self._database())

    @cached_property
    def disputes(self) -> DisputeRepository:
        from .repositories.disputes import DisputeRepository

        return DisputeRepository(self._database())

    # Documents (issue 10): invoice number sequences.

    @cached_property
    def numbering(self) -> NumberingRepository:
        from .repositories.numbering import NumberingRepository

        return NumberingRepository(self._database())
