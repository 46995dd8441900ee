"""The ``desktop-invoicer`` command: the desktop app, and room for maintenance commands.

    desktop-invoicer                    open the last workspace (first run: the setup wizard)
    desktop-invoicer --demo             open the demo workspace, filled with sample data
    desktop-invoicer --workspace SLUG   open (or create) workspace SLUG
    desktop-invoicer --self-test        check the installation (Qt, fonts, PDF, keyring), exit
    desktop-invoicer workspaces         list the workspaces on this computer
    desktop-invoicer sync --workspace SLUG   sync a connected workspace with Stripe, headless
    desktop-invoicer jobs run --workspace SLUG   run due jobs once, headless (cron, launchd)
    desktop-invoicer backup --workspace SLUG     back the workspace up now
    desktop-invoicer restore BACKUP --into NEW   restore a backup as a new workspace
    desktop-invoicer usage import FILE --workspace SLUG   import usage from CSV, with a report

Cold start matters, so this module imports only the standard library at the top;
Qt and the database load inside :func:`run_gui`, and nothing on the way to the
first window imports reportlab, stripe, keyring or sqlite_utils.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .storage.database import Database
    from .sync.gateway import StripeGateway
    from .ui.main_window import MainWindow

DEMO_WORKSPACE = "demo"
EXIT_OK = 0
EXIT_CANNOT_OPEN = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-invoicer", description="Invoicing for small businesses, on Stripe."
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--demo", action="store_true", help="open the demo workspace, filled with sample data"
    )
    target.add_argument("--workspace", metavar="SLUG", help="open (or create) workspace SLUG")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation has everything it needs, then exit",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("workspaces", help="list the workspaces on this computer")
    sync = commands.add_parser(
        "sync", help="send pending changes to Stripe and copy Stripe's changes (no window)"
    )
    sync.add_argument("--workspace", dest="sync_workspace", metavar="SLUG", help="the workspace")
    sync.add_argument("--api-base", metavar="URL", help="talk to this Stripe-compatible server")
    jobs = commands.add_parser(
        "jobs", help="background jobs: recurring invoices, reminders, retries"
    )
    job_commands = jobs.add_subparsers(dest="jobs_command", metavar="ACTION", required=True)
    run = job_commands.add_parser(
        "run", help="run the jobs that are due once, then exit (for cron, Task Scheduler, launchd)"
    )
    run.add_argument("--workspace", dest="jobs_workspace", metavar="SLUG", help="the workspace")
    run.add_argument("--api-base", metavar="URL", help="talk to this Stripe-compatible server")
    from . import usage_cli

    usage_cli.add_parser(commands)
    backup = commands.add_parser(
        "backup", help="back the workspace up now (SQLite online backup, retention applied)"
    )
    backup.add_argument("--workspace", dest="backup_workspace", metavar="SLUG")
    backup.add_argument("--folder", metavar="DIR", help="where to write (default: settings)")
    restore = commands.add_parser(
        "restore", help="restore a backup into a NEW workspace (it reconciles with Stripe first)"
    )
    restore.add_argument("backup_file", metavar="BACKUP", help="a .backup.db file")
    restore.add_argument("--into", required=True, metavar="SLUG", help="the new workspace")
    restore.add_argument(
        "--from-workspace", metavar="SLUG", help="copy the Stripe key of this workspace"
    )
    # Later: maintenance commands.
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test or args.startup_probe:
        from .ui import selftest

        return selftest.main() if args.self_test else selftest.startup_probe()
    if args.command == "workspaces":
        return list_workspaces_command()
    if args.command == "sync":
        _configure_logging(lambda message: print(message, file=sys.stderr))
        return sync_command(args)
    if args.command == "jobs":
        _configure_logging(lambda message: print(message, file=sys.stderr))
        return jobs_run_command(args)
    if args.command == "usage":
        from . import usage_cli

        return usage_cli.run(args, DEMO_WORKSPACE)
    if args.command in ("backup", "restore"):
        from .backup_cli import backup_command, restore_command

        return backup_command(args) if args.command == "backup" else restore_command(args)
    return run_gui(args)


def list_workspaces_command() -> int:
    from .storage.paths import list_workspaces

    for info in list_workspaces():
        print(f"{info.slug}\t{info.size_bytes:>12,} bytes\t{info.path}")
    return EXIT_OK


def sync_command(args: argparse.Namespace) -> int:
    """Headless sync of one workspace until it settles; for cron, launchd and the tests."""
    import time

    from .sync.engine import SyncEngine

    slug = str(args.sync_workspace or args.workspace or DEMO_WORKSPACE)
    with headless_workspace(slug, args.api_base) as (db, gateway):
        if db is None or gateway is None:
            return EXIT_CANNOT_OPEN if db is None else 1
        report = SyncEngine(db, gateway, time.time).settle()
        if report.error:
            print(f"{report.error}\n{report.advice or ''}".strip(), file=sys.stderr)
            return 1
        print(f"Workspace '{slug}' is in sync with Stripe.")
        return EXIT_OK


@contextmanager
def headless_workspace(
    slug: str, api_base: str | None
) -> Iterator[tuple[Database | None, StripeGateway | None]]:
    """The workspace's database and gateway for a headless command, closed afterwards.

    Yields ``(None, None)`` when the database cannot be opened and ``(db, None)`` when
    the workspace is not connected to Stripe; the reason is printed on stderr.
    """
    from .storage.database import Database
    from .storage.errors import DatabaseOpenError
    from .storage.paths import workspace_dir
    from .sync.connect import gateway_for

    try:
        db = Database.open(workspace_dir(slug) / "workspace.db")
    except DatabaseOpenError as exc:
        print(f"{exc}\n{exc.advice}", file=sys.stderr)
        yield None, None
        return
    gateway = None
    try:
        gateway = gateway_for(db, slug, api_base)
        if gateway is None:
            print(f"Workspace '{slug}' is not connected to Stripe.", file=sys.stderr)
        yield db, gateway
    finally:
        if gateway is not None:
            gateway.close()
        db.close()


def jobs_run_command(args: argparse.Namespace) -> int:
    """Headless ``jobs run``: sync, run every due job once, print what was done.

    Exit code 0 when everything due was done; 1 when a job failed, a request is
    still waiting (offline) or the workspace is not connected; 2 when the
    workspace cannot be opened.
    """
    import time

    from .jobs.clock import SystemClock
    from .jobs.runner import JobRunner
    from .sync.engine import SyncEngine

    slug = str(args.jobs_workspace or args.workspace or DEMO_WORKSPACE)
    with headless_workspace(slug, args.api_base) as (db, gateway):
        if db is None or gateway is None:
            return EXIT_CANNOT_OPEN if db is None else 1
        engine = SyncEngine(db, gateway, time.time)
        synced = engine.settle()  # fresh cache: no reminder for an invoice paid meanwhile
        from .jobs import escalation  # issue 8: before reminders, so a pause applies at once

        escalated = escalation.run(db, SystemClock()).escalated
        report = JobRunner(db, SystemClock(), engine.sender, trigger="cli").run_due()
        print(report.summary)
        if escalated:
            print(f"Escalated {len(escalated)} overdue invoice(s) to the owner.")
        if synced.error:
            print(f"{synced.error}\n{synced.advice or ''}".strip(), file=sys.stderr)
        return EXIT_OK if report.ok and not synced.error else 1


def _configure_logging(notify: Callable[[str], None] | None = None) -> None:
    """Log to the data folder with keys redacted; uncaught errors become crash reports."""
    from . import crash
    from .storage.paths import log_dir

    crash.install(log_dir(), notify)
    try:
        from .logging_setup import configure_logging

        configure_logging(log_dir())
    except OSError:
        pass  # a read-only data folder must not stop the app; logs go to stderr


def choose_workspace(args: argparse.Namespace, last: str | None) -> str:
    """``--workspace``, ``--demo``, else the last one used, else any, else the demo one."""
    from .storage.paths import list_workspaces

    if args.workspace:
        return str(args.workspace)
    if args.demo:
        return DEMO_WORKSPACE
    existing = {info.slug: info for info in list_workspaces()}
    if last and last in existing:
        return last
    if existing:
        return max(existing.values(), key=lambda info: info.modified).slug
    return DEMO_WORKSPACE


def show_crash(parent: MainWindow, message: str) -> None:
    """Tell the person about an unexpected error instead of showing a traceback."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, "Desktop Invoicer", message)


def show_open_error(title: str, message: str, advice: str) -> None:
    """A dialog for a workspace that cannot be opened: what happened and what to do."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    box.setInformativeText(advice)
    box.exec()


def open_database(slug: str) -> Database | None:
    """Open workspace ``slug``; on failure show the error and its advice, return None."""
    from .storage.database import Database
    from .storage.errors import DatabaseOpenError
    from .storage.paths import InvalidWorkspaceSlugError

    try:
        return Database.open_workspace(slug)
    except DatabaseOpenError as exc:
        show_open_error("The workspace cannot be opened", str(exc), exc.advice)
    except InvalidWorkspaceSlugError as exc:
        show_open_error("The workspace cannot be opened", str(exc), "Choose another name.")
    return None


def open_workspace_in(window: MainWindow, args: argparse.Namespace) -> bool:
    """Open the workspace ``args`` ask for and show it in ``window``; False if it cannot open."""
    from .ui.session import attach_workspace
    from .ui.ui_settings import last_workspace, remember_workspace

    slug = choose_workspace(args, last_workspace(window.settings))
    db = open_database(slug)
    if db is None:
        return False
    remember_workspace(window.settings, slug)
    attach_workspace(window, db, slug, demo=slug == DEMO_WORKSPACE)
    return True


def open_main_window(args: argparse.Namespace) -> MainWindow | None:
    """The app's window for ``args``, both start-up steps at once (a QApplication must exist)."""
    from .ui.app import create_shell
    from .ui.ui_settings import open_settings

    window = create_shell(open_settings())
    if not open_workspace_in(window, args):
        window.deleteLater()
        return None
    return window


def first_run_choice(window: MainWindow, args: argparse.Namespace) -> argparse.Namespace:
    """On a fresh install (no workspace, no ``--demo``/``--workspace``) the wizard decides."""
    from .storage.paths import list_workspaces

    if args.demo or args.workspace or list_workspaces():
        return args
    from .ui.first_run_wizard import run_first_run

    return run_first_run(window, args)


def run_gui(args: argparse.Namespace) -> int:
    """Show the window's shell at once, then open the workspace on the first turn of the loop."""
    from PySide6.QtCore import QTimer

    from .ui.app import create_application, create_shell
    from .ui.ui_settings import open_settings

    app = create_application(sys.argv[:1])
    window = create_shell(open_settings())
    window.show()

    def second_step() -> None:
        chosen = first_run_choice(window, args)
        if not open_workspace_in(window, chosen):
            app.exit(EXIT_CANNOT_OPEN)
            return
        if chosen is not args:
            from .ui.first_run_wizard import after_open

            after_open(window, chosen)
        # After the first rows are on screen: logging setup is not on the cold-start path.
        QTimer.singleShot(
            0, lambda: _configure_logging(lambda message: show_crash(window, message))
        )

    QTimer.singleShot(0, second_step)
    code = app.exec()
    if window.has_workspace:
        window.ctx.db.close()
    return int(code)
