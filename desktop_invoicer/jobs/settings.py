"""Workspace settings of the background jobs, stored in the workspace's settings table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ..domain.retries import RetrySchedule
from ..domain.validation import FieldError, ValidationError
from ..storage import Database

SETTINGS_KEY = "jobs"


@dataclass(frozen=True, slots=True)
class JobSettings:
    time_zone: str = "UTC"  # the business's zone: when a reminder or retry day begins
    retry_days: tuple[int, ...] = (3, 7, 14)  # after the first failed payment
    reminders: bool = True  # send reminders at all
    retries: bool = True  # retry failed payments at all
    background: bool = True  # the app runs due jobs on its own while open
    interval_minutes: int = 5  # how often it runs them
    catch_up: str = "all"  # default for new schedules: bill "all" missed periods or "latest"

    @property
    def retry_schedule(self) -> RetrySchedule:
        return RetrySchedule(self.retry_days)

    def today(self, now: datetime) -> date:
        return now.astimezone(ZoneInfo(self.time_zone)).date()

    def validate(self) -> None:
        try:
            ZoneInfo(self.time_zone)
        except (KeyError, ValueError):
            raise ValidationError(
                [FieldError("time_zone", f"Unknown time zone '{self.time_zone}'.")]
            ) from None
        self.retry_schedule.validate()
        errors = []
        if not 1 <= self.interval_minutes <= 1440:
            errors.append(FieldError("interval_minutes", "Between 1 minute and 1 day (1440)."))
        if self.catch_up not in ("all", "latest"):
            errors.append(FieldError("catch_up", "Choose all missed periods or the latest."))
        if errors:
            raise ValidationError(errors)


def load(db: Database) -> JobSettings:
    data = db.settings.get(SETTINGS_KEY) or {}
    defaults = JobSettings()
    return JobSettings(
        time_zone=str(data.get("time_zone", defaults.time_zone)),
        retry_days=tuple(int(d) for d in data.get("retry_days", defaults.retry_days)),
        reminders=bool(data.get("reminders", defaults.reminders)),
        retries=bool(data.get("retries", defaults.retries)),
        background=bool(data.get("background", defaults.background)),
        interval_minutes=int(data.get("interval_minutes", defaults.interval_minutes)),
        catch_up=str(data.get("catch_up", defaults.catch_up)),
    )


def save(db: Database, settings: JobSettings) -> None:
    settings.validate()
    db.settings.set(
        SETTINGS_KEY,
        {
            "time_zone": settings.time_zone,
            "retry_days": list(settings.retry_days),
            "reminders": settings.reminders,
            "retries": settings.retries,
            "background": settings.background,
            "interval_minutes": settings.interval_minutes,
            "catch_up": settings.catch_up,
        },
    )
