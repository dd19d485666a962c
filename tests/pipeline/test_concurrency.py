"""Two moves of the same case at the same moment: exactly one wins (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection, connections

from consultations.models import StageTransition
from consultations.pipeline import StageKey, Track
from consultations.services import consultation_move
from core.errors import ApplicationError
from tests import factories


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_moves_exactly_one_wins():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (select_for_update) are a PostgreSQL feature; SQLite serialises writers")
    staff = factories.StaffFactory()
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track=Track.CONSULTATION, auto_advance=False)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(target: str, note: str) -> None:
        try:
            barrier.wait()
            consultation_move(
                consultation=case.pk, target=target, actor=staff, note=note, expected_stage=StageKey.SCREENING
            )
            outcomes.append("moved")
        except ApplicationError as refused:
            outcomes.append(refused.code)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=attempt, args=(StageKey.DECLINED, "not eligible")),
        threading.Thread(target=attempt, args=(StageKey.ON_HOLD, "elections")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["conflict", "moved"]
    assert StageTransition.objects.filter(consultation=case).count() == 1
    case.refresh_from_db()
    assert case.stage in (StageKey.DECLINED, StageKey.ON_HOLD)
