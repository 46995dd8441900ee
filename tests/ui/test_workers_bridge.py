"""Workers report on the GUI thread; database callbacks arrive queued and coalesced."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_invoicer.ui.bridge import DatabaseBridge
from desktop_invoicer.ui.workers import Task, TaskRunner


def slow_sum(numbers: list[int], progress: Callable[[int, int, str], None]) -> int:
    total = 0
    for i, n in enumerate(numbers):
        total += n
        progress(i + 1, len(numbers), f"Adding {n}")
    return total


def broken() -> None:
    raise ValueError("The printer is on fire.")


def test_task_reports_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen_threads: list[bool] = []
    progress: list[tuple[int, int]] = []
    task = Task("Sum", slow_sum, [1, 2, 3])
    task.signals.progress.connect(
        lambda done, total, _m: (
            progress.append((done, total)),
            seen_threads.append(QThread.currentThread() is QApplication.instance().thread()),  # type: ignore[union-attr]
        )
    )
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as blocker:
        runner.start(task)
    assert blocker.args == [6]
    qtbot.waitUntil(lambda: runner.active == 0)
    assert progress[-1] == (3, 3)
    assert all(seen_threads)
    assert runner.shutdown(1000)


def test_a_failing_task_reports_a_message_not_a_traceback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    task = Task("Print", broken)
    failures: list[str] = []
    task.signals.failed.connect(failures.append)  # before it starts: it may fail at once
    with qtbot.waitSignal(runner.task_done, timeout=5000):
        runner.start(task)
    assert failures == ["The printer is on fire."]


def test_a_task_can_be_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def wait_for_cancel(cancel: threading.Event) -> str:
        started.set()
        release.wait(5)
        return "cancelled" if cancel.is_set() else "done"

    runner = TaskRunner()
    task = Task("Wait", wait_for_cancel)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        runner.start(task)
        assert started.wait(5)
        task.cancel()
        release.set()


class FakeDatabase:
    def __init__(self) -> None:
        self.listeners: list[Callable[[str], None]] = []

    def subscribe(self, callback: Callable[[str], None]) -> Callable[[], None]:
        self.listeners.append(callback)
        return lambda: self.listeners.remove(callback)

    def write(self, table: str) -> None:
        for listener in list(self.listeners):
            listener(table)


def test_bridge_delivers_queued_and_coalesced(qtbot: QtBot) -> None:
    db = FakeDatabase()
    bridge = DatabaseBridge(db.subscribe)
    received: list[str] = []
    bridge.changed.connect(received.append)
    db.write("customers")
    assert received == []  # never in the middle of the write that notified
    db.write("customers")
    db.write("invoices")
    qtbot.waitUntil(lambda: len(received) == 2)
    assert received == ["customers", "invoices"]
    bridge.close()
    assert db.listeners == []


def test_bridge_carries_callbacks_from_worker_threads(qtbot: QtBot) -> None:
    db = FakeDatabase()
    bridge = DatabaseBridge(db.subscribe)
    threads: list[bool] = []
    bridge.changed.connect(
        lambda _t: threads.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
    )
    worker = threading.Thread(target=db.write, args=("invoices",))
    with qtbot.waitSignal(bridge.changed, timeout=5000):
        worker.start()
        worker.join()
    assert threads == [True]
