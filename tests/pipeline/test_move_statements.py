"""A move writes its history, audit entries and outbox event in a handful of statements (issue 12),
and the audit entries are the ones auditlog's signals would have written."""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import Consultation, StageTransition
from consultations.services import consultation_move
from core.models import OutboxEvent
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_move_takes_a_handful_of_statements(staff_officer, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="analysis", track="funding")
    ContentType.objects.get_for_models(Consultation, StageTransition)  # cached for the process, as in production
    with CaptureQueriesContext(connection) as queries:
        consultation_move(consultation=case, target="on_hold", actor=staff_officer, note="New mayor")
    captured = [query["sql"] for query in queries.captured_queries]
    statements = [sql for sql in captured if sql not in ("BEGIN", "COMMIT") and "SAVEPOINT" not in sql]
    # lock + read, UPDATE, history INSERT, one INSERT for both audit entries, outbox INSERT (no savepoint of
    # its own: the event has no key); the savepoint and its release are the service's transaction, nested in
    # the test's. Eager tasks run at commit in the tests: the test's transaction never commits here.
    assert len(statements) == 5, "\n".join(sql[:90] for sql in statements)
    assert sum("SAVEPOINT" in sql for sql in captured) == 2, "\n".join(sql[:90] for sql in captured)
    assert sum(sql.startswith('INSERT INTO "auditlog_logentry"') for sql in statements) == 1


def test_the_audit_entries_of_a_move(staff_officer, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="analysis", track="funding")
    consultation_move(consultation=case, target="on_hold", actor=staff_officer, note="New mayor")
    case.refresh_from_db()
    assert (case.stage, case.resume_stage) == ("on_hold", "analysis")
    update = LogEntry.objects.get_for_object(case).filter(action=LogEntry.Action.UPDATE).order_by("-pk").first()
    assert update.actor == staff_officer
    assert update.changes_dict["stage"] == ["analysis", "on_hold"]
    assert update.changes_dict["resume_stage"] == ["", "analysis"]
    assert "updated_at" not in update.changes_dict
    history = StageTransition.objects.get(consultation=case)
    created = LogEntry.objects.get_for_object(history).get()
    assert created.action == LogEntry.Action.CREATE and created.actor == staff_officer
    assert created.changes_dict["note"][1] == "New mayor"
    assert OutboxEvent.objects.filter(consultation=case, kind="consultation.put_on_hold").count() == 1
    assert case.updated_at == case.stage_entered_at  # one instant for the move


def test_the_move_reads_every_column_its_guards_read(city_a):
    """The move reads only MOVE_FIELDS; every guard of the pipeline finds its columns loaded (none is read
    lazily with a SELECT of its own)."""
    from consultations import pipeline
    from consultations.services.transitions import MOVE_FIELDS

    case = factories.ConsultationFactory(city=city_a, stage="analysis", track="funding")
    loaded = Consultation.objects.only(*MOVE_FIELDS).get(pk=case.pk)
    deferred = loaded.get_deferred_fields()
    assert deferred, "the move reads fewer columns than the whole row"
    guards = {guard for move in pipeline.MOVES for guard in move.guards}
    assert guards
    for guard in guards:
        guard(loaded)
        assert loaded.get_deferred_fields() == deferred, f"{guard.__name__} read a column the move does not load"
    str(loaded)  # the audit entry's name of the case
    assert loaded.get_deferred_fields() == deferred
