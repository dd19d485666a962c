"""A worker that lived through a hung broker consumes again, within a bound.

An idle Redis consumer sends BRPOP (with a server-side timeout of `brpop_timeout`, 1 s) and sends the
next one as soon as the reply arrives, so a healthy idle worker asks Redis for work about once a
second. After Redis hung (SIGSTOP) a worker could stay idle for good: a task that ended during the
hang could not be acknowledged ("Couldn't ack ... TimeoutError"), kombu kept counting its message as
in flight, and with a prefetch of one the consumer never sent BRPOP again; its event loop ticked on
idle and nothing reconnected it (reproduced in tests/workflow/test_faults.py).

This consumer bootstep watches that. A daemon thread looks every WORKER_WATCHDOG_SECONDS / 5
at when the consumer last sent BRPOP; when the consumer is idle (no task running) and that was more
than WORKER_WATCHDOG_SECONDS ago, it
1. asks the event loop to reconnect: a callback (thread-safe `hub.call_soon`) that, if the consumer is
   still stale when it runs, raises a connection error inside the loop, so Celery's consumer reconnects
   exactly as after any broker loss (unacknowledged messages go back to the queue: tasks are idempotent);
2. shuts down the consumer's Redis sockets, so that a read blocked on one of them returns with an error
   in the thread that owns it (the callback above cannot run while the loop thread is blocked).
While the broker is still down, each reconnect attempt is bounded by the socket timeouts and the
consumer's own retry loop; the watchdog only fires again once the consumer is connected and stale.
"""

from __future__ import annotations

import logging
import socket
import threading
import time

from celery import bootsteps
from celery.worker import state as worker_state

logger = logging.getLogger(__name__)


class StaleConsumerError(ConnectionError):
    """Raised inside the event loop to make the consumer reconnect (a connection error for Celery)."""


class ConsumerWatchdog(bootsteps.StartStopStep):
    requires = ("celery.worker.consumer.tasks:Tasks",)

    def __init__(self, parent, **kwargs):
        super().__init__(parent, **kwargs)
        from django.conf import settings

        self.limit = float(getattr(settings, "WORKER_WATCHDOG_SECONDS", 10) or 0)
        self.thread: threading.Thread | None = None
        self.stopped = threading.Event()
        self.last_seen: tuple[object, float | None] | None = None
        self.idle_since = time.monotonic()

    def start(self, parent) -> None:
        if self.limit <= 0 or getattr(parent, "hub", None) is None or self.thread is not None:
            return
        self.stopped.clear()
        self.thread = threading.Thread(target=self.run, args=(parent,), name="consumer-watchdog", daemon=True)
        self.thread.start()

    def stop(self, parent) -> None:
        pass  # the thread outlives consumer restarts (it watches whichever connection is current)

    def shutdown(self, parent) -> None:
        self.stopped.set()

    # The thread -------------------------------------------------------------------------------

    def run(self, consumer) -> None:
        interval = max(self.limit / 5, 0.5)
        while not self.stopped.wait(interval):
            try:
                self.check(consumer)
            except Exception:  # the watchdog must never take the worker down
                logger.exception("consumer watchdog check failed")

    def stale_for(self, consumer) -> float | None:
        """Seconds since the consumer last sent BRPOP while idle; None when it is busy or not connected."""
        channel = self.channel(consumer)
        now = time.monotonic()
        if channel is None or worker_state.active_requests:
            self.last_seen, self.idle_since = None, now
            return None
        sent_at = getattr(channel, "_brpop_sent_at", None)
        if self.last_seen != (channel, sent_at):  # a new channel, or a new BRPOP since the last look
            self.last_seen, self.idle_since = (channel, sent_at), now
        return now - max(self.idle_since, sent_at or 0)

    @staticmethod
    def channel(consumer):
        task_consumer = getattr(consumer, "task_consumer", None)
        channel = getattr(task_consumer, "channel", None)
        if channel is None or not hasattr(channel, "_brpop_sent_at"):
            return None  # not (yet) consuming, or not Redis (kombu >= 5.7 records when each BRPOP was sent)
        return channel

    def check(self, consumer) -> None:
        stale = self.stale_for(consumer)
        if stale is None or stale < self.limit:
            return
        logger.warning("the consumer has not asked the broker for work for %.0f s while idle; reconnecting", stale)
        channel = self.channel(consumer)
        sent_at = getattr(channel, "_brpop_sent_at", None)

        def reconnect_if_still_stale():
            # Still the same channel, and still no BRPOP since the watchdog looked: reconnect.
            if self.channel(consumer) is channel and getattr(channel, "_brpop_sent_at", None) == sent_at:
                raise StaleConsumerError("the consumer stopped asking the broker for work")

        consumer.hub.call_soon(reconnect_if_still_stale)
        for client in (channel.__dict__.get("client"), channel.__dict__.get("subclient")):
            sock = getattr(getattr(client, "connection", None), "_sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self.last_seen, self.idle_since = None, time.monotonic()  # give the reconnect a full period
