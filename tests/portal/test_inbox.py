"""The inbox with its unread count in the header, and notification settings."""

from __future__ import annotations

import pytest
from django.urls import reverse

from core.models import OutboxEvent
from notifications.kinds import EVENT_KINDS
from notifications.models import Notification, NotificationPreference

pytestmark = pytest.mark.django_db


def make_notification(user, title="Your request moved to Screening", **extra):
    event = OutboxEvent.objects.create(kind="consultation.stage_changed")
    return Notification.objects.create(recipient=user, event=event, kind=event.kind, title=title, **extra)


def test_inbox_lists_own_notifications_with_unread_count(client_a, official_a, official_b):
    make_notification(official_a, url="/my/consultations/")
    make_notification(official_b, title="Someone else's news")
    response = client_a.get(reverse("portal:inbox"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your request moved to Screening" in html
    assert "Someone else's news" not in html
    assert 'id="unread-count"' in html and "1 unread notification" in html


def test_mark_read_and_mark_all_read(client_a, official_a):
    first = make_notification(official_a)
    make_notification(official_a, title="Second")
    response = client_a.post(reverse("portal:inbox_mark_read", args=[first.pk]))
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.read_at is not None
    client_a.post(reverse("portal:inbox_mark_all_read"))
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    assert 'id="unread-count"' not in client_a.get(reverse("portal:inbox")).content.decode()


def test_cannot_mark_another_users_notification(client_b, official_a):
    notification = make_notification(official_a)
    response = client_b.post(reverse("portal:inbox_mark_read", args=[notification.pk]))
    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.read_at is None


def test_notification_preferences(client_a, official_a):
    page = client_a.get(reverse("portal:notification_preferences"))
    assert page.status_code == 200
    data = {kind.key: kind.default for kind in EVENT_KINDS}
    data["message.posted"] = "daily"
    response = client_a.post(reverse("portal:notification_preferences"), data)
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=official_a, kind="message.posted").frequency == "daily"


def test_bad_preference_value_is_explained(client_a):
    data = {kind.key: kind.default for kind in EVENT_KINDS}
    data["message.posted"] = "hourly"
    response = client_a.post(reverse("portal:notification_preferences"), data)
    assert response.status_code == 200
    assert "message.posted" in response.context["form"].errors
