"""Forums and events: a public list; attendance feeds the engagement figure without double counting."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.results import initiative_results
from tests import factories

pytestmark = pytest.mark.django_db
URL = reverse("portal:event_list")


def test_public_list_shows_date_place_co_hosts_cities_and_officials(client, city_a, city_b):
    event = factories.EventFactory(
        title="International Forum on Urban Policy for the SDGs 2018", officials_attending=46
    )
    event.participating_cities.set([city_a, city_b])
    html = client.get(URL).content.decode()
    assert "International Forum on Urban Policy for the SDGs 2018" in html
    assert "UNESCAP, CityNet" in html and "Seoul" in html and "Ulaanbaatar" in html and "46" in html


def test_officials_in_training_are_not_counted_twice():
    programme = factories.TrainingProgrammeFactory()
    factories.TrainingParticipantFactory.create_batch(3, programme=programme)
    factories.EventFactory(officials_attending=40)
    factories.EventFactory(officials_attending=25, training_programme=programme)
    results = initiative_results()
    assert results.officials_trained == 3
    assert results.officials_engaged == 43
    assert results.events == 2


def test_archived_event_is_hidden(client, staff_officer):
    from core.archiving import record_archive

    event = factories.EventFactory(title="Cancelled forum")
    record_archive(record=event, actor=staff_officer)
    assert "Cancelled forum" not in client.get(URL).content.decode()
    assert initiative_results().events == 0


def test_query_count_is_constant(client, city_a):
    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    factories.EventFactory().participating_cities.set([city_a])
    few = count()
    for _ in range(12):
        factories.EventFactory().participating_cities.set([city_a, factories.CityFactory()])
    assert count() == few
