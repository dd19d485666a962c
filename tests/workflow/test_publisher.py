"""The outbox publisher (core/publisher.py, issue 12): a move hands its event over after commit and
returns; publishing (or, without a broker, running the task) happens in the publisher's thread; what the
publisher could not take or publish, the relay delivers; the request's id rides on the message.

Real components: a private redis-server made to hang (SIGSTOP), Redis for the relay, a Celery worker
with beat. The publisher works in its own thread with its own database connection, so these tests use
a transactional database.
"""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
import redis
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import Consultation, StageTransition
from consultations.services import consultation_move
from core import publisher as publisher_module
from core.models import OutboxEvent
from core.observability import request_id_var
from core.outbox import outbox_relay
from core.publisher import Publisher, wait_idle
from core.tasks import publish_after_commit, reset_broker_pause
from notifications.models import Notification
from tests.workflow.conftest import REDIS_TEST_URL, app_broker, wait_for
from tests.workflow.test_faults import FAST, everything_delivered

pytestmark = pytest.mark.django_db(transaction=True)


def queued_dispatches(client: redis.Redis) -> list[int]:
    """The event ids of the dispatch_event messages waiting in a broker's notifications queue."""
    messages = [json.loads(raw) for raw in client.lrange("notifications", 0, -1)]
    return [
        json.loads(base64.b64decode(message["body"]))[0][0]
        for message in messages
        if message["headers"]["task"] == "notifications.tasks.dispatch_event"
    ]


def test_a_move_is_a_constant_handful_of_statements_and_delivery_runs_after_it(settings, case_a, staff_officer):
    """Without a broker, as the development server runs (tasks in the publisher's thread): the mover's own
    statements are the transaction alone; the notifications are made in the background right after."""
    settings.OUTBOX_EAGER_IN_BACKGROUND = True
    ContentType.objects.get_for_models(Consultation, StageTransition)  # cached for the process, as in production
    with CaptureQueriesContext(connection) as queries:
        consultation_move(consultation=case_a.pk, target="on_hold", actor=staff_officer, note="New mayor")
    statements = [query["sql"] for query in queries.captured_queries]
    # BEGIN, SELECT ... FOR UPDATE (the case's row alone), UPDATE, INSERT history, INSERT both audit
    # entries, INSERT outbox event, COMMIT; no savepoint, nothing after the commit.
    kinds = [sql.split()[0] for sql in statements]
    assert kinds == ["BEGIN", "SELECT", "UPDATE", "INSERT", "INSERT", "INSERT", "COMMIT"], "\n".join(
        sql[:100] for sql in statements
    )
    assert " JOIN " not in statements[1]  # nothing but the case's row is read, or locked
    if connection.vendor == "postgresql":
        assert statements[1].endswith("FOR UPDATE")
    assert wait_idle(timeout=30)
    event = OutboxEvent.objects.get(consultation=case_a, kind="consultation.put_on_hold")
    assert event.processed_at is not None
    assert Notification.objects.filter(event=event).exists()


def test_with_a_hung_broker_the_move_returns_and_the_relay_delivers_later(
    settings, private_redis, start_worker, smtp_sink, case_a, staff_officer, official_a
):
    """The broker accepts connections and never answers: the move commits and returns while the
    publisher is still stuck on its publish; once Redis runs again the worker's relay delivers."""
    with app_broker(private_redis.url):
        private_redis.hang()
        consultation_move(consultation=case_a.pk, target="on_hold", actor=staff_officer, note="Waiting")
        assert not wait_idle(timeout=0), "the move waited for the publish"
        assert Consultation.objects.get(pk=case_a.pk).stage == "on_hold"
        consultation_move(consultation=case_a.pk, target="resume", actor=staff_officer, note="Back")
        assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 2
        private_redis.resume()
        worker = start_worker(beat=True, CELERY_BROKER_URL=private_redis.url, **FAST)
        try:
            wait_for(everything_delivered, timeout=60, what="the relay to deliver what the hang held up")
        except BaseException:
            print(worker.output()[-6000:])
            raise
    assert Notification.objects.filter(event__kind="consultation.resumed").exists()


def test_the_relay_publishes_what_the_publisher_could_not_take(
    settings, monkeypatch, caplog, private_redis, case_a, staff_officer
):
    """A publisher with room for one job, stuck on a hung broker: the third move's event does not fit. It
    keeps its lease (the relay leaves it alone until then), and the relay publishes it afterwards."""
    small = Publisher(maxsize=1)
    monkeypatch.setattr(publisher_module, "_publisher", small)
    with app_broker(private_redis.url):
        private_redis.hang()
        consultation_move(consultation=case_a.pk, target="on_hold", actor=staff_officer, note="One")
        wait_for(lambda: small._queue.qsize() == 0, timeout=10, what="the publisher to take the first job")
        # The second waits in the queue; the third finds no room.
        consultation_move(consultation=case_a.pk, target="resume", actor=staff_officer, note="Back")
        consultation_move(consultation=case_a.pk, target="on_hold", actor=staff_officer, note="Three")
        assert "queue is full" in caplog.text
        dropped = OutboxEvent.objects.order_by("-pk").first()
        assert dropped.payload["note"] == "Three"
        private_redis.resume()
        assert wait_idle(timeout=60)
        dropped.refresh_from_db()
        assert dropped.processed_at is None and dropped.next_attempt_at > timezone.now()  # its lease still runs

        broker = redis.Redis(port=private_redis.port)
        assert dropped.pk not in queued_dispatches(broker)
        reset_broker_pause()  # the broker is back
        lease_over = timezone.now() + timedelta(seconds=settings.OUTBOX_REPUBLISH_AFTER_SECONDS + 10)
        assert outbox_relay(now=lease_over) >= 1
        assert dropped.pk in queued_dispatches(broker)
    assert StageTransition.objects.filter(consultation=case_a).count() == 3


def test_the_published_message_carries_the_request_id(redis_db):
    """The publisher's thread runs each job in a copy of the request's context."""
    token = request_id_var.set("carried-through-the-publisher-7")
    try:
        with app_broker(REDIS_TEST_URL):
            publish_after_commit("notifications.tasks.sweep_outbox", (60,))
            assert wait_idle(timeout=30)
    finally:
        request_id_var.reset(token)
    message = json.loads(redis_db.lpop("notifications"))
    assert message["headers"]["task"] == "notifications.tasks.sweep_outbox"
    assert message["headers"]["request_id"] == "carried-through-the-publisher-7"
