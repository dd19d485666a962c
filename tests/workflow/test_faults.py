"""The five faults of issue 11, rerun with real components: nothing lost, no request blocked.

- a hung broker (a private redis-server, SIGSTOP): requests answer, nothing committed is reported failed;
- account e-mails (invitation, password reset, access request) made while the broker is down;
- an SMTP outage longer than the whole retry schedule;
- a worker killed right after SMTP accepted a message (the duplicate has the same Message-ID);
- a database outage for the worker longer than its retry window, and a message lost before ack;
- a worker that lived through a hung broker (a task in flight at SIGSTOP) consumes again;
- a daily digest whose worker was killed while sending it is delivered by the relay, once.

Each test runs a real worker with embedded beat (`worker -B`, as README starts it), with the relay
and the catch-ups on intervals of a second or two (environment of the worker process).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from accounts.services import official_invite
from consultations.models import Consultation
from consultations.services.messages import message_post
from core.models import OutboxEvent, OutboxTask
from notifications.delivery import DIGEST_KIND, message_domain
from notifications.models import Delivery, DeliveryStatus
from notifications.services import digest_send_daily, preference_set
from tests.workflow.conftest import UNREACHABLE_BROKER, TCPProxy, app_broker, wait_for
from tests.workflow.helpers import submit_request

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]

# The worker's schedule, shortened: relay every second, catch-up of moves every two.
FAST = {
    "OUTBOX_RELAY_INTERVAL_SECONDS": "1",
    "OUTBOX_REPUBLISH_AFTER_SECONDS": "5",
    "WORKFLOW_ADVANCE_SWEEP_SECONDS": "2",
    "WORKFLOW_ADVANCE_QUIET_SECONDS": "0",
    "NOTIFICATIONS_RETRY_BACKOFF_SECONDS": "1",
    "NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS": "1",
}


# Longer than every broker timeout of the worker (socket 2 s, BRPOP 1 s, health check 10 s).
HUNG_BROKER_SECONDS = 18
HUNG_BROKER_RECOVERY_SECONDS = 30


def everything_delivered() -> bool:
    return (
        OutboxEvent.objects.exists()
        and not OutboxEvent.objects.filter(processed_at__isnull=True).exists()
        and not OutboxTask.objects.filter(published_at__isnull=True).exists()
    )


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def test_a_hung_broker_blocks_no_request_and_loses_nothing(
    settings, client, private_redis, start_worker, smtp_sink, case_a, staff_officer, official_a
):
    """Redis accepts connections and never answers (SIGSTOP): every request answers within 3 s, the
    committed move is reported as done, and once Redis runs again (SIGCONT) the worker's relay
    delivers what was decided meanwhile."""
    settings.CELERY_BROKER_URL = private_redis.url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    client.force_login(staff_officer)
    url = f"/api/v1/consultations/{case_a.pk}/transitions/"
    with app_broker(private_redis.url):
        assert client.get("/health/").status_code == 200
        private_redis.hang()
        timings = {}
        moved, timings["stage move"] = timed(
            lambda: client.post(url, {"target": "on_hold", "note": "Waiting for the data."}, "application/json")
        )
        health, timings["/health/"] = timed(lambda: client.get("/health/"))
        listing, timings["read-only GET"] = timed(lambda: client.get("/api/v1/consultations/"))
        again, timings["second stage move"] = timed(
            lambda: client.post(url, {"target": "analysis", "note": "Data in."}, "application/json")
        )
        print("request latency with a hung broker:", {k: f"{v:.2f}s" for k, v in timings.items()})
        assert max(timings.values()) < 3, timings
        assert moved.status_code == 200, moved.content  # committed, and reported as such
        assert again.status_code == 200, again.content
        assert health.status_code == 503 and health.json()["checks"]["broker"].startswith("error")
        assert health.json()["checks"]["database"] == "ok"
        assert listing.status_code == 200
        assert Consultation.objects.get(pk=case_a.pk).stage == "analysis"
        assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 2

        private_redis.resume()
        # A worker that lives through the hang: test_a_worker_that_lived_through_a_hung_broker_consumes_again.
        worker = start_worker(beat=True, CELERY_BROKER_URL=private_redis.url, **FAST)
        try:
            wait_for(everything_delivered, timeout=60, what="the relay to deliver what was decided during the hang")
        except BaseException:
            print(worker.output()[-6000:])
            raise
        assert client.get("/health/").status_code == 200
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == len(smtp_sink.messages) > 0


def test_account_emails_made_while_the_broker_is_down_are_delivered_once_it_is_back(
    client, redis_db, start_worker, smtp_sink, city_a, official_a, staff_officer
):
    """An invitation, a password reset and an access request, with no broker: all arrive later."""
    with app_broker(UNREACHABLE_BROKER):
        invited = official_invite(actor=staff_officer, city=city_a, email="new.official@ub.example.mn")
        reset = client.post(reverse("portal:password_reset"), {"email": official_a.email})
        assert reset.status_code == 302
        joined = client.post(
            reverse("portal:access_request"),
            {
                "city_name": "Chanchamayo",
                "country": "PE",
                "region": "latin_america",
                "first_name": "Rosa",
                "last_name": "Quispe",
                "email": "rosa@chanchamayo.example.pe",
                "job_title": "Planner",
                "organisation": "Municipality",
                "preferred_language": "es",
                "message": "We would like to learn from Seoul's bus reform.",
            },
        )
        assert joined.status_code == 302, joined.content
    assert smtp_sink.messages == []
    assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 3

    start_worker(beat=True, **FAST)
    wait_for(everything_delivered, timeout=60, what="the relay to send the account e-mails")
    wait_for(lambda: len(smtp_sink.messages) >= 3, timeout=10, what="the e-mails")
    recipients = sorted(to for to, _subject in smtp_sink.messages)
    assert recipients == sorted([invited.email, official_a.email, staff_officer.email])
    assert len(set(smtp_sink.message_ids)) == 3


def test_an_smtp_outage_longer_than_the_retry_schedule_ends_with_everything_sent(
    use_test_broker, start_worker, smtp_sink, case_a, official_a, staff_officer
):
    """Three attempts a second apart, then `failed`; failed deliveries are retried every 3 s until SMTP is back."""
    smtp_sink.stop()
    start_worker(
        beat=True,
        NOTIFICATIONS_MAX_ATTEMPTS="3",
        NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS="3",
        **FAST,
    )
    for n in range(3):
        message_post(consultation=case_a, author=staff_officer, body=f"Update {n}")
    expected = Delivery.objects.count
    wait_for(
        lambda: expected() == 9 and Delivery.objects.filter(status=DeliveryStatus.FAILED).count() == 9,
        timeout=60,
        what="every delivery to be marked failed after its attempts",
    )
    attempts = set(Delivery.objects.values_list("attempts", flat=True))
    assert attempts <= {3, 4}, attempts  # one chain: the limit (plus at most one slow retry), never a multiple

    smtp_sink.start()
    wait_for(
        lambda: Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 9,
        timeout=60,
        what="the slow retry of failed deliveries once SMTP is back",
    )
    wait_for(everything_delivered, timeout=20, what="every event to be finished")
    assert len(smtp_sink.messages) == 9
    assert len(set(smtp_sink.message_ids)) == 9


def test_a_worker_killed_right_after_smtp_accepted_resends_with_the_same_message_id(
    use_test_broker, start_worker, smtp_sink, case_a, staff_officer
):
    """At-least-once: the crash between "250 queued" and the row marked sent makes a duplicate; it
    carries the Message-ID of the first copy, so mail servers and clients drop it."""
    fast_redelivery = {
        "CELERY_VISIBILITY_TIMEOUT": "4",
        "CELERY_UNACKED_RESTORE_INTERVAL": "1",
        "NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS": "2",
        **FAST,
    }
    first = start_worker(**fast_redelivery)
    smtp_sink.stall_after_data.set()
    message_post(consultation=case_a, author=staff_officer, body="When can the task force visit?")
    assert smtp_sink.accepted.wait(timeout=30), "the worker never sent an e-mail"
    first.kill()
    smtp_sink.stall_after_data.clear()
    smtp_sink.release.set()
    assert len(smtp_sink.messages) == 1
    first_id = smtp_sink.message_ids[0]
    assert first_id.startswith("<") and first_id.endswith(">")

    start_worker(beat=True, **fast_redelivery)
    wait_for(everything_delivered, timeout=60, what="the resend after the claim timeout")
    recipients = [to for to, _subject in smtp_sink.messages]
    deliveries = Delivery.objects.filter(status=DeliveryStatus.SENT).count()
    assert len(recipients) == deliveries + 1  # every recipient once, the one of the crash twice
    duplicated = {to for to in recipients if recipients.count(to) == 2}
    assert len(duplicated) == 1
    ids = [mid for (to, _s), mid in zip(smtp_sink.messages, smtp_sink.message_ids, strict=True) if to in duplicated]
    assert ids == [first_id, first_id]
    assert len(set(smtp_sink.message_ids)) == deliveries


def test_a_message_lost_before_ack_only_delays_the_automatic_move(
    use_test_broker, redis_db, start_worker, official_a, staff_officer
):
    """The message of an automatic move vanishes from Redis (as when a worker dies between Redis handing
    it over and recording it unacked): the catch-up of automatic moves makes the move."""
    case = submit_request(city=official_a.city, actor=official_a)
    wait_for(  # the publisher's thread publishes after commit, then records it
        lambda: OutboxTask.objects.filter(task="consultations.tasks.auto_advance", published_at__isnull=False).exists(),
        timeout=30,
        what="the automatic move's task to be published",
    )
    redis_db.flushdb()  # the published message is lost
    start_worker(beat=True, **FAST)
    wait_for(
        lambda: Consultation.objects.filter(pk=case.pk, stage="screening").exists(),
        timeout=60,
        what="the catch-up to make the lost automatic move",
    )


@pytest.mark.postgres
def test_a_database_outage_longer_than_the_retry_window_ends_with_every_automatic_move_made(
    use_test_broker, start_worker, official_a, staff_officer
):
    """The worker reaches PostgreSQL through a TCP proxy that the test stops for longer than the
    automatic move's retries last (1 retry after 1 s here); the catch-up makes every move afterwards."""
    if connection.vendor != "postgresql":
        pytest.skip("the database outage is made with a TCP proxy in front of PostgreSQL; SQLite has no server")
    db = connection.settings_dict
    proxy = TCPProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    try:
        credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
        worker = start_worker(
            beat=True,
            DATABASE_URL=f"postgres://{credentials}@127.0.0.1:{proxy.port}/{db['NAME']}",
            WORKFLOW_TASK_MAX_RETRIES="1",
            WORKFLOW_TASK_RETRY_BACKOFF_SECONDS="1",
            **FAST,
        )
        # Beat copies its schedule into the database when it starts: let it, then cut the database off.
        wait_for(
            lambda: "consultations.tasks.advance_ready_cases" in worker.output().split(" ready.", 1)[-1],
            timeout=30,
            what="beat to run the catch-up once",
        )
        proxy.stop()
        cases = [submit_request(city=official_a.city, actor=official_a, title=f"Request {n}") for n in range(3)]
        wait_for(
            lambda: (
                worker.output().count("consultations.tasks.auto_advance") >= 3
                and ("Retry in" in worker.output() or "raised unexpected" in worker.output())
            ),
            timeout=30,
            what="the worker to try the moves during the outage",
        )
        time.sleep(6)  # longer than the retry window (1 retry after 1 s)
        assert not Consultation.objects.filter(stage="screening").exists()
        proxy.start()
        try:
            wait_for(
                lambda: Consultation.objects.filter(pk__in=[c.pk for c in cases], stage="screening").count() == 3,
                timeout=60,
                what="the catch-up to make every automatic move",
            )
        except BaseException:
            open("/tmp/delivery-db-outage.log", "w").write(worker.output())
            raise
    finally:
        proxy.close()


def test_a_worker_that_lived_through_a_hung_broker_consumes_again(
    settings, private_redis, start_worker, smtp_sink, case_a, staff_officer, official_a
):
    """The worker (with beat) is in the middle of a task when Redis hangs (SIGSTOP) for longer than every
    socket timeout and health check, so the task's acknowledgement fails; after SIGCONT the SAME worker
    process consumes new work within HUNG_BROKER_RECOVERY_SECONDS, without a restart.

    Before the consumer watchdog (core/worker_watchdog.py) such a worker never asked Redis for work again:
    the failed ack left the message counted as in flight, so with a prefetch of one the consumer stayed
    idle for good."""
    settings.OUTBOX_REPUBLISH_AFTER_SECONDS = 5  # as in the worker: a run lost to a SQLite lock is re-published soon
    worker = start_worker(beat=True, CELERY_BROKER_URL=private_redis.url, **FAST)
    try:
        with app_broker(private_redis.url):
            smtp_sink.stall.set()  # the worker's first e-mail waits for the SMTP greeting: a task in flight
            message_post(consultation=case_a, author=staff_officer, body="Before the hang.")
            assert smtp_sink.connected.wait(timeout=30), "the worker never started sending"
            private_redis.hang()
            hung = time.monotonic()
            smtp_sink.stall.clear()
            smtp_sink.release.set()  # the task ends (that e-mail failed: retried later) and acks into the hang
            time.sleep(max(HUNG_BROKER_SECONDS - (time.monotonic() - hung), 0))
            private_redis.resume()
            resumed = time.monotonic()

            message_post(consultation=case_a, author=staff_officer, body="After the hang.")
            wait_for(
                lambda: everything_delivered() and Delivery.objects.exclude(status=DeliveryStatus.SENT).count() == 0,
                timeout=HUNG_BROKER_RECOVERY_SECONDS,
                what="the worker that lived through the hang to consume again",
            )
            print(f"consuming again {time.monotonic() - resumed:.1f}s after SIGCONT")
    except BaseException:
        Path("/tmp/delivery-hung-worker.log").write_text(worker.output())
        raise
    assert worker.process.poll() is None  # the same process, never restarted
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 6
    output = worker.output()
    assert "Couldn't ack" in output  # the fault this test is about happened
    assert "reconnecting" in output  # and the watchdog repaired it


def test_a_digest_whose_worker_was_killed_is_delivered_by_the_relay_once_per_recipient_and_day(
    settings, use_test_broker, start_worker, smtp_sink, case_a, official_a, staff_officer
):
    """The digest run records one outbox event per recipient and date. The worker that took its message is
    killed while connecting to SMTP (the message is gone with it); a second digest run the same day
    records nothing; a new worker with beat delivers the digest through the relay, exactly once."""
    settings.OUTBOX_REPUBLISH_AFTER_SECONDS = 3  # the lease the test process gives what it records
    fast = {**FAST, "NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS": "2"}
    preference_set(user=official_a, kind="message.posted", frequency="daily")
    first = start_worker(beat=True, **fast)
    message_post(consultation=case_a, author=staff_officer, body="Which routes first?")
    message_post(consultation=case_a, author=staff_officer, body="And the fares?")
    wait_for(everything_delivered, timeout=60, what="the events to be delivered (digest items for the city)")
    assert Delivery.objects.filter(recipient=official_a, status=DeliveryStatus.DIGEST).count() == 2

    smtp_sink.connected.clear()
    smtp_sink.stall.set()
    assert digest_send_daily() == 1  # recorded and published after commit
    assert smtp_sink.connected.wait(timeout=30), "no worker started sending the digest"
    first.kill()  # mid-digest: its message is lost with it
    smtp_sink.stall.clear()
    smtp_sink.release.set()
    assert digest_send_daily() == 0  # once per recipient and day
    digest = OutboxEvent.objects.get(kind=DIGEST_KIND)
    assert digest.processed_at is None

    start_worker(beat=True, **fast)
    wait_for(
        lambda: OutboxEvent.objects.filter(pk=digest.pk, processed_at__isnull=False).exists(),
        timeout=60,
        what="the relay to deliver the digest",
    )
    time.sleep(3)  # a few more relay runs: nothing sent twice
    digests = [
        (to, mid.strip()) for (to, _subject), mid in zip(smtp_sink.messages, smtp_sink.message_ids, strict=True)
        if mid.strip().startswith("<digest-")
    ]  # fmt: skip
    assert digests == [(official_a.email, f"<digest-{digest.uuid.hex}.{official_a.pk}@{message_domain()}>")]
    assert set(Delivery.objects.filter(recipient=official_a).values_list("status", flat=True)) == {DeliveryStatus.SENT}
