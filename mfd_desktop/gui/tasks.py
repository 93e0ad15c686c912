"""Run slow work (KDF, PDF, large queries, sync) off the UI thread.

`TaskRunner.run(fn, *args, on_done=..., on_error=..., progress=...)` runs `fn` in a
worker thread of a private QThreadPool. Its result, failure or progress reports come
back to the UI thread through queued signals, so the callbacks may touch widgets.

Guarantees and duties:
- `on_done(result)` or `on_error(failure)` is called exactly once, on the UI thread.
- A `UserError` keeps its message, in the UI language (`failure.expected` is True).
  Any other exception is our bug: it is logged with its type and file:line of each
  frame only (never its message or source lines, which could contain personal data)
  and the user gets a generic text.
- Without `on_error` the runner shows the message in a dialog itself.
- If `progress` is given, `fn` is called with an extra keyword argument `progress`: a
  function `report(done: int, total: int)` it may call from the worker (total 0 = busy).
- Work that needs the database must not use `vault.conn` (it belongs to the UI thread):
  use `run_with_connection`, which opens `vault.new_connection()` in the worker, passes
  it as the first argument and always releases it.
- The app collects garbage on the UI thread only (gui/gc_guard.py), so a worker never
  destroys Qt objects.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from mfd_desktop.errors import UserError, VaultDamagedError, VaultLockedError
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.storage.connection import DatabaseError

log = logging.getLogger("mfd.gui.tasks")


@dataclass(frozen=True)
class TaskFailure:
    message: str  # in the UI language, ready to show
    error: BaseException
    expected: bool  # True for UserError and its subclasses


def generic_error_message() -> str:
    return QCoreApplication.translate(
        "TaskRunner",
        "Something went wrong. Nothing you entered has been lost. "
        "If it happens again, please tell your administrator.",
    )


class _Bridge(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call to the UI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, task_id: int, bridge: _Bridge, fn: Callable[..., Any], args: tuple,
                 kwargs: dict[str, Any]):
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._bridge = bridge
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._bridge.failed.emit(self._id, exc)
        else:
            self._bridge.finished.emit(self._id, result)


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, vault_provider: Callable[[], Any] | None = None,
                 parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self._vault_provider = vault_provider
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.finished.connect(self._on_finished, queued)
        self._bridge.failed.connect(self._on_failed, queued)
        self._bridge.progressed.connect(self._on_progress, queued)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable | None, Callable | None, Callable | None, str]] = {}
        # Database work, so that a lock can interrupt it before the connections close.
        self._db_guard = threading.Lock()
        self._db_tasks: set[int] = set()
        self._db_running: dict[int, Any] = {}
        self._cancelled: set[int] = set()

    # ----- starting work ------------------------------------------------------------------

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[TaskFailure], None] | None = None,
            progress: Callable[[int, int], None] | None = None) -> int:
        return self._run(next(self._ids), fn, args, on_done, on_error, progress)

    def _run(self, task_id: int, fn: Callable[..., Any], args: tuple,
             on_done: Callable[[Any], None] | None, on_error: Callable[[TaskFailure], None] | None,
             progress: Callable[[int, int], None] | None) -> int:
        kwargs: dict[str, Any] = {}
        if progress is not None:
            bridge = self._bridge

            def report(done: int, total: int) -> None:
                bridge.progressed.emit(task_id, int(done), int(total))

            kwargs["progress"] = report
        name = getattr(fn, "__qualname__", type(fn).__name__)
        was_busy = self.is_busy
        self._pending[task_id] = (on_done, on_error, progress, name)
        self._pool.start(_Job(task_id, self._bridge, fn, args, kwargs))
        if not was_busy:
            self.busy_changed.emit(True)
        return task_id

    def run_with_connection(self, fn: Callable[..., Any], *args: Any, read_only: bool = False,
                            on_done: Callable[[Any], None] | None = None,
                            on_error: Callable[[TaskFailure], None] | None = None,
                            progress: Callable[[int, int], None] | None = None) -> int:
        """Like `run`, with a worker-owned vault connection passed as the first argument.

        If the vault locks meanwhile, the work is interrupted (`stop_db_work`) and neither
        callback is called."""
        provider = self._vault_provider
        task_id = next(self._ids)

        def with_conn(*inner_args: Any, **inner_kwargs: Any) -> Any:
            vault = provider() if provider is not None else None
            with self._db_guard:
                if task_id in self._cancelled:
                    raise _Cancelled()
                if vault is None or vault.is_locked:
                    raise VaultLockedError(
                        QCoreApplication.translate("TaskRunner", "The vault is locked."))
                conn = vault.new_connection(read_only=read_only)
                self._db_running[task_id] = conn
            try:
                return fn(conn, *inner_args, **inner_kwargs)
            finally:
                with self._db_guard:
                    self._db_running.pop(task_id, None)
                vault.release_connection(conn)

        with_conn.__qualname__ = getattr(fn, "__qualname__", "task")
        with self._db_guard:
            self._db_tasks.add(task_id)
        return self._run(task_id, with_conn, args, on_done, on_error, progress)

    def stop_db_work(self, timeout_s: float = 3.0) -> bool:
        """Called by `AppContext.lock` before the vault closes: interrupt running database
        work (SQLite's interrupt is thread-safe), cancel queued work, and wait until no
        worker holds a connection. Their callbacks are dropped. False on timeout."""
        with self._db_guard:
            self._cancelled.update(self._db_tasks)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._db_guard:
                if not self._db_running:
                    return True
                # Again and again: an interrupt only stops statements already running,
                # and the worker may start its next statement right after one.
                for conn in self._db_running.values():
                    with contextlib.suppress(Exception):
                        conn.interrupt()
            time.sleep(0.005)
        log.warning("database work did not stop within %.1f s of locking", timeout_s)
        return False

    @property
    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait_for_all(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (shutdown and tests). Callbacks still need the
        event loop to run afterwards."""
        return self._pool.waitForDone(msecs)

    # ----- results, on the UI thread ------------------------------------------------------

    def _take(self, task_id: int):
        entry = self._pending.pop(task_id, None)
        with self._db_guard:
            self._db_tasks.discard(task_id)
            cancelled = task_id in self._cancelled
            self._cancelled.discard(task_id)
        if not self._pending:
            self.busy_changed.emit(False)
        if cancelled:
            log.info("task %s was stopped by locking", entry[3] if entry else task_id)
            return None
        return entry

    def _on_finished(self, task_id: int, result: Any) -> None:
        entry = self._take(task_id)
        if entry is not None and _alive(entry[0]):
            _call(entry[0], result)

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        entry = self._take(task_id)
        if entry is None:
            return
        name = entry[3]
        if isinstance(exc, UserError):
            log.info("task %s ended with an expected error: %s", name, type(exc).__name__)
            failure = TaskFailure(gui_text(exc), exc, True)
        else:
            frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}"
                               for f in traceback.extract_tb(exc.__traceback__))
            log.error("task %s failed with %s\n%s", name, type(exc).__name__, frames)
            failure = TaskFailure(generic_error_message(), exc, False)
        if entry[1] is not None:
            if _alive(entry[1]):
                _call(entry[1], failure)
        else:
            show_failure(failure)

    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        entry = self._pending.get(task_id)
        if entry is not None and _alive(entry[2]):
            _call(entry[2], done, total)


class _Cancelled(Exception):
    """Queued database work that was cancelled by locking before it started."""


def _alive(callback: Callable | None) -> bool:
    """False for no callback, or a bound method of a Qt object that is gone already (the
    widget that started the work was closed meanwhile)."""
    if callback is None:
        return False
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _call(callback: Callable, *args: Any) -> None:
    try:
        callback(*args)
    except RuntimeError as exc:
        # A lambda that touches a widget closed while the work ran: nothing to show.
        if "already deleted" not in str(exc):
            raise
        log.info("a task callback found its widget already closed")


def hit_damage(error: BaseException | None) -> bool:
    """Whether a task failed on a damaged vault file: our own error, or SQLCipher's own
    words for a page that fails its check ("file is not a database", "malformed")."""
    if isinstance(error, VaultDamagedError):
        return True
    text = str(error).lower()
    return isinstance(error, DatabaseError) and ("not a database" in text
                                                 or "malformed" in text)


def show_failure(failure: TaskFailure, parent=None) -> None:
    """Show a failed task's message in a dialog — except a damaged vault: a page that
    reads a damaged page of the file fails before the integrity check (which runs on a
    worker after unlocking) has locked the vault and shown the damage on the lock
    screen; a dialog on top of that would only get in the way."""
    if hit_damage(failure.error):
        log.warning("a task hit a damaged vault; the integrity check reports it")
        return
    parent = parent or QApplication.activeWindow()
    QMessageBox.warning(parent, QCoreApplication.translate("TaskRunner", "MFD Desktop"),
                        failure.message)
