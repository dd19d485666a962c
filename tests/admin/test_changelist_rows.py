"""Changelist rows of the large tables render their action checkbox without a form widget per row, with the
very same HTML as Django's (so the admin's select-all and actions keep working)."""

from __future__ import annotations

import pytest
from django.contrib import admin

from consultations.models import Consultation
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("title", ["Water reform", 'Quotes " & <tags>', "서울 상수도"])
def test_action_checkbox_is_djangos_html(city_a, title):
    case = factories.ConsultationFactory(city=city_a, title=title)
    fast = admin.site._registry[Consultation]
    stock = admin.ModelAdmin(Consultation, admin.site)
    assert fast.action_checkbox(case) == stock.action_checkbox(case)
    assert 'name="_selected_action"' in fast.action_checkbox(case)


def test_participant_rows_use_the_same_checkbox():
    from training.models import TrainingParticipant

    participant = factories.TrainingParticipantFactory()
    fast = admin.site._registry[TrainingParticipant]
    assert fast.action_checkbox(participant) == admin.ModelAdmin(TrainingParticipant, admin.site).action_checkbox(
        participant
    )
