import pytest


@pytest.mark.django_db
def test_health_reports_the_database_and_an_unconfigured_broker(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["broker"].startswith("not configured")


@pytest.mark.django_db
def test_health_reports_an_unreachable_broker_with_503(client, settings):
    from policysharing.celery import app

    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    previous = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"
    try:
        response = client.get("/health/")
    finally:
        app.conf.broker_url = previous
    assert response.status_code == 503
    assert response.json()["checks"]["broker"].startswith("error")


@pytest.mark.django_db
def test_health_reports_a_reachable_redis_broker(client, settings):
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15", socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        import os

        if os.environ.get("CI"):
            raise
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    from policysharing.celery import app

    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/15"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    previous = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:6379/15"
    try:
        response = client.get("/health/")
    finally:
        app.conf.broker_url = previous
    assert response.json()["checks"]["broker"] == "ok"


@pytest.mark.postgres
@pytest.mark.django_db
def test_health_answers_503_within_3_seconds_when_the_database_hangs(client):
    """A PostgreSQL that accepts connections and never answers: the probe is abandoned, not waited for."""
    import socket
    import time

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("a hung database server is a PostgreSQL fault; SQLite has no server")
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(8)  # the kernel accepts; nobody ever answers
    saved = connections.settings["default"]
    connections.settings["default"] = {**saved, "HOST": "127.0.0.1", "PORT": hole.getsockname()[1]}
    try:
        timings, answers = [], []
        for _ in range(2):  # the second check finds the first probe still waiting and says so at once
            started = time.monotonic()
            answers.append(client.get("/health/"))
            timings.append(time.monotonic() - started)
    finally:
        connections.settings["default"] = saved
        hole.close()
    assert [answer.status_code for answer in answers] == [503, 503]
    assert all(answer.json()["checks"]["database"].startswith("error") for answer in answers)
    assert max(timings) < 3, timings
