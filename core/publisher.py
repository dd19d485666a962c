"""This process's publisher: after-commit hooks hand it their outbox work and return at once (issue 12).

The request that made a change never waits on the broker (nor, without a broker, on the task itself):
`hand_off()` puts a job on a bounded queue that one long-lived daemon thread works through.

- With a broker, the thread publishes each job (the broker's socket timeouts bound every step; after a
  failure, or a publish that took longer than CELERY_BROKER_CONNECTION_TIMEOUT, this process stops
  publishing for OUTBOX_PUBLISH_PAUSE_SECONDS), then records in one UPDATE per table what became of the
  outbox rows: task rows published, rows it could not publish due now for the relay.
- Without a broker (eager mode: the development server), the thread runs the task itself. The test
  settings turn that off (OUTBOX_EAGER_IN_BACKGROUND = False): tests expect eager tasks to have run when
  the commit returns.
- Each job runs in a copy of the context of the request that made it, so the request id (a ContextVar)
  rides on the message and on the log lines of an eager task.

Nothing is lost when the publisher cannot keep up or the process dies: the outbox row is the truth, and
the relay (core.outbox.outbox_relay) publishes every row still due, once its lease has run out. A job that
does not fit in the queue is left to the relay (with a broker) or run in the caller (without one: no relay
runs there).
"""

from __future__ import annotations

import atexit
import contextvars
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

logger = logging.getLogger(__name__)

QUEUE_SIZE = 10_000
BATCH_SIZE = 200  # jobs handled between two rounds of bookkeeping UPDATEs


@dataclass(frozen=True)
class Job:
    task: str
    args: tuple
    # The outbox row behind the job, if any: ("task", OutboxTask id) or ("event", OutboxEvent id).
    row: tuple[str, int] | None = None
    # Run in-process (no broker) or published: decided when the job is handed over.
    eager: bool = False
    context: contextvars.Context = field(default_factory=contextvars.copy_context)


class Publisher:
    """One daemon thread and a bounded queue; started on the first job, again after a fork."""

    def __init__(self, maxsize: int = QUEUE_SIZE) -> None:
        self._queue: queue.Queue[Job] = queue.Queue(maxsize)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Job) -> bool:
        """Queue a job without waiting; False when the queue is full."""
        self._ensure_thread()
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            return False
        return True

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every queued job is done (tests, the benchmark, process exit); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._queue.all_tasks_done.wait(remaining)
        return True

    def _ensure_thread(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="outbox-publisher", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH_SIZE:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                handle_batch(batch)
            except Exception:  # the rows stay due: the relay publishes them
                logger.exception("the outbox publisher failed on %d jobs; the relay will publish them", len(batch))
            finally:
                _close_connections()
                for _job in batch:
                    self._queue.task_done()


def handle_batch(batch: list[Job]) -> None:
    """Publish (or, in eager mode, run) each job in its own context, then record the outcome of their rows."""
    from celery import current_app as app

    from core import tasks

    published: dict[str, list[int]] = {"task": [], "event": []}
    failed: dict[str, list[int]] = {"task": [], "event": []}
    for job in batch:
        if job.eager:
            ok = job.context.run(tasks.run_eagerly, job.task, job.args)
        elif tasks.broker_paused():
            ok = False
        else:
            ok = job.context.run(_publish, app, job)
        if job.row is not None:
            (published if ok else failed)[job.row[0]].append(job.row[1])
        if job.row is None and not ok:
            logger.warning("could not publish %s%r; nothing keeps it for the relay", job.task, job.args)
    tasks.record_outcome(published_tasks=published["task"], due_tasks=failed["task"], due_events=failed["event"])


def _publish(app, job: Job) -> bool:
    from core import tasks

    started = time.monotonic()
    try:
        app.send_task(job.task, args=job.args, retry=False)
    except Exception:
        tasks.pause_broker()
        logger.warning("could not publish %s%r now; the outbox relay will", job.task, job.args, exc_info=True)
        return False
    if time.monotonic() - started > settings.CELERY_BROKER_CONNECTION_TIMEOUT:  # a slow or hanging broker
        tasks.pause_broker()
    return True


def _close_connections() -> None:
    """This thread's database connections end with each batch: nothing idles in a transaction or holds
    the test database open, and a broken connection is never reused."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except Exception:
            logger.warning("could not close the publisher's database connection", exc_info=True)


_publisher: Publisher | None = None
_publisher_lock = threading.Lock()


def publisher() -> Publisher:
    global _publisher
    if _publisher is None:
        with _publisher_lock:
            if _publisher is None:
                _publisher = Publisher()
    return _publisher


def _forget_after_fork() -> None:
    """A forked child has none of its parent's threads: it starts its own publisher when it needs one."""
    global _publisher, _publisher_lock
    _publisher = None
    _publisher_lock = threading.Lock()


def wait_idle(timeout: float = 30.0) -> bool:
    """Wait for this process's publisher to finish what it was handed (True if there was nothing)."""
    return _publisher.wait_idle(timeout) if _publisher is not None else True


def hand_off(task: str, args: tuple[Any, ...], *, row: tuple[str, int] | None = None, eager: bool = False) -> bool:
    """Queue a publish (`eager`: a run in-process) for this process's publisher; False (logged) when its
    queue is full."""
    if publisher().submit(Job(task=task, args=tuple(args), row=row, eager=eager)):
        return True
    logger.warning("the outbox publisher's queue is full; %s%r is left to the relay", task, tuple(args))
    return False


os.register_at_fork(after_in_child=_forget_after_fork)


@atexit.register
def _finish_before_exit() -> None:
    # Without a broker no relay runs: a management command's last notifications must still go out.
    wait_idle(timeout=30)
