"""Services record who acted in the audit log by themselves, even outside a web request (tasks, scripts)."""

import pytest
from auditlog.models import LogEntry

from consultations.pipeline import StageKey
from consultations.services import consultation_move
from consultations.services.messages import message_post
from tests import factories


@pytest.mark.django_db
def test_a_move_made_by_a_service_call_names_its_actor(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    consultation_move(consultation=case, target=StageKey.DECLINED, actor=staff_officer, note="out of scope")
    entry = LogEntry.objects.get_for_object(case).filter(changes__icontains="declined").get()
    assert entry.actor == staff_officer


@pytest.mark.django_db
def test_a_message_posted_by_a_service_call_names_its_author(official_a, city_a):
    case = factories.ConsultationFactory(city=city_a)
    message = message_post(consultation=case, author=official_a, body="Here are the bus ridership figures.")
    entry = LogEntry.objects.get_for_object(message).get()
    assert entry.actor == official_a


@pytest.mark.django_db
def test_a_system_move_has_no_human_actor():
    case = factories.ConsultationFactory(stage=StageKey.REQUEST)
    consultation_move(consultation=case, target=StageKey.SCREENING, actor=None)
    entry = LogEntry.objects.get_for_object(case).filter(changes__icontains="screening").get()
    assert entry.actor is None
