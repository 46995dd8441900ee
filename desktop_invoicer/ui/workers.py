"""Run slow, plain functions off the UI thread and report back by signals.

A :class:`Task` wraps a function of ``documents/`` (or later ``sync/``/``jobs/``)
that knows nothing of Qt. It runs on a :class:`TaskRunner`'s thread pool and
reports ``progress``, then ``finished(result)`` or ``failed(message)``; the signals
are delivered on the GUI thread because their QObject lives there.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .i18n import tr

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a task's function when it notices it was cancelled."""


class TaskSignals(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for a person, never a traceback
    cancelled = Signal()


class Task(QRunnable):
    """One call of ``fn(*args, **kwargs)`` on a pool thread.

    If ``fn`` accepts a ``progress`` keyword it receives a ``(done, total, message)``
    callback; if it accepts ``cancel`` it receives a ``threading.Event`` that
    :meth:`cancel` sets.
    """

    def __init__(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object alive until done
        self.name = name
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self.done = threading.Event()
        try:
            parameters = inspect.signature(fn).parameters
        except (TypeError, ValueError):
            parameters = {}  # type: ignore[assignment]
        if "progress" in parameters:
            self._kwargs["progress"] = self._report
        if "cancel" in parameters:
            self._kwargs["cancel"] = self._cancel

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        self.signals.started.emit()
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # a worker must report, never die silently
            log.exception("Task %s failed", self.name)
            self.signals.failed.emit(_message(exc))
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


def _message(exc: BaseException) -> str:
    text = tr(str(exc).strip())  # fixed messages of the lower rooms are in the catalog
    advice = getattr(exc, "advice", "")
    if advice:
        text = f"{text}\n{tr(str(advice))}" if text else tr(str(advice))
    return text or exc.__class__.__name__


class TaskRunner(QObject):
    """Owns a thread pool and the tasks running on it."""

    task_started = Signal(str)
    task_progress = Signal(str, int, int, str)  # name, done, total, message
    task_done = Signal(str)

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()
        self._quiet: set[Task] = set()  # kept alive until done, but not announced

    def start(self, task: Task, announce: bool = True) -> Task:
        """Run ``task``; ``announce`` False keeps it out of the status bar (a search)."""
        if not announce:
            self._pool.start(task)
            self._quiet.add(task)
            task.signals.finished.connect(lambda _result: self._quiet.discard(task))
            task.signals.failed.connect(lambda _message: self._quiet.discard(task))
            task.signals.cancelled.connect(lambda: self._quiet.discard(task))
            return task
        self._tasks.add(task)
        task.signals.progress.connect(
            lambda done, total, message: self.task_progress.emit(task.name, done, total, message)
        )
        task.signals.finished.connect(lambda _result: self._forget(task))
        task.signals.failed.connect(lambda _message: self._forget(task))
        task.signals.cancelled.connect(lambda: self._forget(task))
        self.task_started.emit(task.name)
        self._pool.start(task)
        return task

    def submit(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        return self.start(Task(name, fn, *args, **kwargs))

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.discard(task)
            self.task_done.emit(task.name)

    @property
    def active(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> None:
        for task in [*self._tasks, *self._quiet]:
            task.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel what can be cancelled and wait for the rest (only when closing)."""
        self.cancel_all()
        return bool(self._pool.waitForDone(timeout_ms))
