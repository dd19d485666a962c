"""The inbox interface the portal uses: list, unread count, mark read, preferences."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import RequestFactory

from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event
from notifications.context_processors import unread_notifications
from notifications.kinds import EVENT_KINDS, KIND_BY_KEY
from notifications.models import Notification, NotificationPreference
from notifications.selectors import inbox_for, preferences_for, unread_count
from notifications.services import notification_mark_all_read, notification_mark_read, preference_set
from tests import factories

pytestmark = pytest.mark.django_db


def notify(user, count: int = 1, consultation=None):
    consultation = consultation or factories.ConsultationFactory()
    notes = []
    for number in range(count):
        with transaction.atomic():
            event = record_event(kind="message.posted", consultation=consultation, payload={})
        notes.append(
            Notification.objects.create(recipient=user, event=event, kind=event.kind, title=f"Note {number}", url="/")
        )
    return notes


def test_inbox_is_the_users_own_newest_first(official_a, official_b, anonymous):
    mine = notify(official_a, 3)
    notify(official_b, 2)
    assert list(inbox_for(official_a)) == list(reversed(mine))
    assert unread_count(official_a) == 3
    assert list(inbox_for(anonymous)) == [] and unread_count(anonymous) == 0


def test_mark_read_and_mark_all_read(official_a):
    first, second, third = notify(official_a, 3)
    read = notification_mark_read(notification_id=first.pk, user=official_a)
    assert read.read_at is not None
    again = notification_mark_read(notification_id=first.pk, user=official_a)
    assert again.read_at == read.read_at  # reading twice keeps the first time
    assert unread_count(official_a) == 2
    assert notification_mark_all_read(user=official_a) == 2
    assert unread_count(official_a) == 0


def test_nobody_marks_someone_elses_notification(official_a, official_b, anonymous):
    (note,) = notify(official_a)
    with pytest.raises(ApplicationError) as refused:
        notification_mark_read(notification_id=note.pk, user=official_b)
    assert refused.value.status_code == 404
    with pytest.raises(ApplicationError) as bad_id:
        notification_mark_read(notification_id="abc", user=official_a)
    assert bad_id.value.status_code == 404
    with pytest.raises(PermissionDeniedError):
        notification_mark_all_read(user=anonymous)
    note.refresh_from_db()
    assert note.read_at is None


def test_preferences_are_validated_and_listed_with_defaults(official_a):
    assert preferences_for(official_a)["message.posted"] == "immediately"
    assert preferences_for(official_a)["consultation.hold_check_in"] == "daily"
    preference_set(user=official_a, kind="message.posted", frequency="daily")
    preference_set(user=official_a, kind="message.posted", frequency="off")
    assert NotificationPreference.objects.get(user=official_a).frequency == "off"
    assert preferences_for(official_a)["message.posted"] == "off"
    with pytest.raises(ApplicationError, match="Unknown kind"):
        preference_set(user=official_a, kind="nonsense", frequency="off")
    with pytest.raises(ApplicationError, match="how often"):
        preference_set(user=official_a, kind="message.posted", frequency="hourly")


def test_event_kinds_have_translated_labels():
    from django.utils import translation

    assert len(KIND_BY_KEY) == len(EVENT_KINDS)
    with translation.override("ko"):
        assert all(str(kind.label) for kind in EVENT_KINDS)


def test_context_processor_counts_unread_once_per_request(official_a, anonymous, django_assert_num_queries):
    notify(official_a, 2)
    request = RequestFactory().get("/")
    request.user = official_a
    with django_assert_num_queries(1):
        assert unread_notifications(request) == {"unread_notifications_count": 2}
        assert unread_notifications(request) == {"unread_notifications_count": 2}
    request.user = anonymous
    with django_assert_num_queries(0):
        assert unread_notifications(RequestFactory().get("/")) == {"unread_notifications_count": 0}


def test_inbox_listing_takes_a_constant_number_of_queries(official_a, django_assert_num_queries):
    notify(official_a, 2)
    with django_assert_num_queries(1):
        assert len([n.title for n in inbox_for(official_a)[:50]]) == 2
    notify(official_a, 10)
    with django_assert_num_queries(1):
        assert len([n.title for n in inbox_for(official_a)[:50]]) == 12
