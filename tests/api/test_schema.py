"""The API's contract: the committed schema matches the code, and the running API matches the schema."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

COMMITTED_SCHEMA = Path(settings.BASE_DIR) / "docs" / "api-schema.yaml"


def test_committed_schema_is_current(tmp_path, db):
    generated = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(generated), "--validate", "--fail-on-warn")
    assert generated.read_text() == COMMITTED_SCHEMA.read_text(), (
        "The API changed but docs/api-schema.yaml did not. Review the change, then run: "
        "python manage.py spectacular --file docs/api-schema.yaml"
    )


def test_transition_targets_come_from_the_pipeline(client, db):
    import yaml

    from consultations.pipeline import all_targets

    schema = yaml.safe_load(COMMITTED_SCHEMA.read_text())
    assert schema["components"]["schemas"]["TargetEnum"]["enum"] == all_targets()


# --- schemathesis: generated requests against the WSGI app, as an official and as staff -------------

MAX_EXAMPLES = 15


@pytest.fixture
def fuzz_world(case_a, official_a, staff_officer, city_b):
    from tests import factories

    factories.ConsultationFactory(city=city_b, stage="draft")
    factories.ConsultationFactory(city=case_a.city, stage="draft")
    factories.PolicyModuleFactory()
    factories.FundingSourceFactory()
    factories.TrainingProgrammeFactory()
    factories.MessageFactory(consultation=case_a)
    factories.DocumentFactory(consultation=case_a)
    return case_a


@pytest.fixture
def keep_test_connection_open():
    """The WSGI app closes "obsolete" connections around each request; the test transaction must survive.

    (Django's own test client does the same disconnection.)
    """
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize("persona", ["official_a", "staff_officer"])
def test_api_conforms_to_its_schema(persona, request, fuzz_world, settings, keep_test_connection_open):
    import schemathesis
    from django.core.wsgi import get_wsgi_application
    from django.db import transaction
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hypothesis_settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG_PROPAGATE_EXCEPTIONS = True
    user = request.getfixturevalue(persona)
    from tests.factories import api_key_for

    key = api_key_for(user)
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    failures: list[str] = []
    operations = 0
    only = os.environ.get("API_FUZZ_ONLY", "")  # e.g. API_FUZZ_ONLY=/cities/ while debugging
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        if only and only not in operation.path:
            continue

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: keep the run short
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            # Each call in a savepoint, as each request would be its own transaction in production.
            with transaction.atomic():
                response = case.call(headers={"Authorization": f"Token {key}"})
            case.validate_response(response, checks=checks)

        try:
            run()
        except BaseException as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}"[:1500])
            if os.environ.get("API_FUZZ_TRACE"):
                import traceback

                traceback.print_exc()
    assert operations >= 30
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    assert not failures, "\n\n".join(failures)


def test_interactive_docs_are_served_without_a_cdn(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "swagger-ui" in page
    assert "cdn." not in page and "unpkg" not in page and "jsdelivr" not in page
    assert "/static/drf_spectacular_sidecar/" in page
