"""seed_demo: the headline figures of the case study, the demo accounts, an authentic stage history,
idempotence and the DEBUG guard.

The command runs once per module (it takes a few seconds): a module-scoped fixture seeds inside an
outer transaction that is rolled back at the end, so other test modules still start from an empty
database. Each test then runs in its own savepoint on top of the seeded data.
"""

from __future__ import annotations

import datetime
import time
from decimal import Decimal
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models, transaction
from django.db.models import Max
from django.test import override_settings

from accounts.models import User
from cities.models import City
from consultations import pipeline
from consultations.models import (
    Activity,
    ActivityKind,
    CommitmentStatus,
    Consultation,
    Document,
    FundingCommitment,
    Message,
    OutcomeIndicator,
    Recommendation,
    SiteVisit,
    StageTransition,
    TaskForceRole,
    Visibility,
)
from consultations.results import initiative_results
from consultations.selectors import overdue_q
from core.models import OutboxEvent
from demo.seeding import DEFAULT_PASSWORD, demo_password
from experts.models import Availability, Expert, ExpertKind
from funding.models import Company, ExchangeRate, FundingSource, SourceKind
from policies.models import PolicyModule
from training.models import TrainingParticipant

PUBLICLY_NAMED = {
    "Ulaanbaatar",
    "Chanchamayo",
    "Bangkok",
    "Mumbai",
    "Bogota",
    "Lima",
    "Maputo",
    "Addis Ababa",
    "Ho Chi Minh City",
    "Manila",
}
DEMO_USERS = ("admin", "staff", "consultant", "expert", "official-ulaanbaatar", "official-chanchamayo")


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = StringIO()
            started = time.monotonic()
            call_command("seed_demo", force=True, stdout=output)
            yield SimpleNamespace(output=output.getvalue(), seconds=time.monotonic() - started, media=media)
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def test_refuses_to_run_when_debug_is_off(db, settings):
    settings.DEBUG = False
    users, cases = User.objects.count(), Consultation.objects.count()
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("seed_demo", stdout=StringIO())
    assert (User.objects.count(), Consultation.objects.count()) == (users, cases)


def test_demo_password_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    assert demo_password() == DEFAULT_PASSWORD == "demo-password"
    monkeypatch.setenv("DEMO_PASSWORD", "another-secret")
    assert demo_password() == "another-secret"


def test_headline_figures_of_the_case_study(seeded, db):
    partners = City.objects.filter(is_partner=True)
    assert partners.count() == 32
    assert partners.values("country").distinct().count() == 24
    assert set(partners.filter(is_fictional=False).values_list("name", flat=True)) == PUBLICLY_NAMED
    assert partners.filter(is_fictional=True).count() == 22

    results = initiative_results()
    assert (results.cities, results.countries) == (32, 24)
    assert results.initiatives >= 38
    assert results.officials_trained >= 1200
    assert results.experts >= 70
    assert results.funds_eur == Decimal("3200000.00")
    assert results.funded_countries == 12
    assert results.unconverted_currencies == ()
    # Counting pledges too, commitments still span exactly the same 12 countries.
    assert FundingCommitment.objects.values("consultation__city__country").distinct().count() == 12
    assert set(FundingCommitment.objects.values_list("status", flat=True)) == set(CommitmentStatus.values)
    used = set(FundingCommitment.objects.values_list("currency", flat=True)) - {"EUR"}
    assert used and used <= set(ExchangeRate.objects.values_list("currency", flat=True))

    assert TrainingParticipant.objects.count() >= 1200
    assert TrainingParticipant.objects.values("country").distinct().count() > 24

    modules = PolicyModule.objects.all()
    assert 38 <= modules.count() <= 45
    assert modules.values("sector").distinct().count() == 11
    assert modules.filter(is_published=True).count() > modules.count() * 0.8
    assert not modules.filter(title_ko="").exists() and not modules.filter(summary_ko="").exists()
    assert not modules.filter(sdgs__isnull=True).exists()

    experts = Expert.objects.all()
    assert experts.count() >= 70
    assert set(experts.values_list("kind", flat=True)) == set(ExpertKind.values)
    assert experts.filter(availability=Availability.LIMITED).exists()
    assert experts.filter(availability=Availability.UNAVAILABLE, unavailable_until__isnull=False).exists()
    assert not experts.filter(sectors__isnull=True).exists() and not experts.filter(languages__isnull=True).exists()

    assert {"KOICA", "MOLIT", "MOI"} <= set(FundingSource.objects.values_list("acronym", flat=True))
    assert {SourceKind.SMG_FUND, SourceKind.CITY_BUDGET, SourceKind.MULTILATERAL_BANK, SourceKind.COMPANY} <= set(
        FundingSource.objects.values_list("kind", flat=True)
    )
    assert Company.objects.filter(name="Korean Smart Card Company", is_sme=False).exists()
    assert Company.objects.filter(is_sme=True).count() >= 3


def test_every_stage_side_state_and_track_is_present(seeded, db, settings):
    settings.MEDIA_ROOT = seeded.media
    cases = Consultation.objects.all()
    assert cases.count() >= 38
    assert set(cases.values_list("stage", flat=True)) == set(pipeline.STAGE_KEYS)
    assert {"consultation", "funding"} <= set(cases.values_list("track", flat=True))
    assert cases.filter(overdue_q()).count() >= 5
    assert cases.filter(stage__in=pipeline.ACTIVE_STAGE_KEYS).exclude(overdue_q()).count() >= 10
    assert cases.filter(is_published=True).exclude(public_summary="").count() >= 3
    assert set(Activity.objects.values_list("kind", flat=True)) == set(ActivityKind.values)
    assert SiteVisit.objects.exclude(findings="").exists() and SiteVisit.objects.filter(findings="").exists()
    assert Message.objects.filter(is_internal=True).exists() and Message.objects.filter(is_internal=False).exists()
    assert Message.objects.filter(is_information_request=True).exists()
    assert set(Document.objects.values_list("visibility", flat=True)) == set(Visibility.values)
    assert Document.objects.filter(kind="analysis_report").first().file.read(5) == b"%PDF-"
    assert Recommendation.objects.filter(delivered_on__isnull=False, acknowledged_at__isnull=True).exists()
    # Cases waiting for staff keep auto-advance off; the others move on by themselves when ready.
    assert set(cases.filter(auto_advance=False).values_list("stage", flat=True)) <= {"request"}
    # The seed's history is the record, not news: nothing is left for delivery.
    assert not OutboxEvent.objects.filter(processed_at__isnull=True).exists()


def test_ulaanbaatar_and_chanchamayo_carry_the_case_study_figures(seeded, db):
    umoney = Consultation.objects.get(city__name="Ulaanbaatar", title__contains="U-Money")
    assert (umoney.stage, umoney.track, umoney.is_published) == ("closed", "consultation", True)
    assert umoney.companies.filter(name="Korean Smart Card Company").exists()
    assert umoney.policy_modules.filter(slug="seoul-bus-reform-2004").exists()
    indicator = umoney.indicators.get()
    measurement = indicator.measurements.get()
    assert (indicator.unit, indicator.baseline, measurement.value) == ("%", Decimal("0"), Decimal("68"))
    assert measurement.measured_on == datetime.date(2016, 10, 31)
    assert umoney.history.filter(to_stage="follow_up", created_at__year=2015).exists()  # launched in 2015

    water = Consultation.objects.get(city__name="Chanchamayo", title__contains="phase 1")
    assert (water.stage, water.track) == ("closed", "funding")
    funding = water.funding_commitments.get()
    assert (funding.amount, funding.currency, funding.status) == (Decimal("270000"), "EUR", "disbursed")
    indicators = {indicator.unit: indicator for indicator in water.indicators.all()}
    assert (indicators["t/day"].baseline, indicators["t/day"].target) == (Decimal("3000"), Decimal("7000"))
    assert indicators["t/day"].measurements.get().value == Decimal("7000")
    assert indicators["km"].measurements.get().value == Decimal("3")
    assert indicators["%"].measurements.get().value == Decimal("10")
    assert "first of three phases" in water.evaluation_summary
    assert OutcomeIndicator.objects.filter(consultation__city__is_fictional=True).exists()


def test_stage_history_comes_from_the_pipeline(seeded, db):
    for case in Consultation.objects.exclude(stage="draft").select_related("city"):
        history = list(case.history.select_related("actor").order_by("created_at", "id"))
        assert history[0].from_stage == "draft" and history[0].to_stage == "request"
        assert history[0].actor.role == "city_official" and history[0].actor.city_id == case.city_id
        for earlier, later in zip(history, history[1:], strict=False):
            assert later.from_stage == earlier.to_stage
            assert later.created_at > earlier.created_at
        for change in history:
            resume = change.to_stage if change.from_stage == "on_hold" else None
            assert pipeline.find_move(change.from_stage, change.to_stage, resume) is not None, change
        assert history[-1].to_stage == case.stage
        assert case.stage_entered_at == history[-1].created_at
    automatic = StageTransition.objects.filter(is_automatic=True)
    assert automatic.exists() and not automatic.filter(actor__isnull=False).exists()
    assert StageTransition.objects.filter(to_stage="on_hold").exclude(note="").count() >= 4  # both ways
    assert StageTransition.objects.filter(from_stage="on_hold").exclude(note="").exists()


def test_demo_accounts_exist_and_can_log_in(seeded, db, client):
    password = demo_password()
    for username in DEMO_USERS:
        assert client.login(username=username, password=password), username
        client.logout()
        assert username in seeded.output
    users = {user.username: user for user in User.objects.filter(username__in=DEMO_USERS)}
    assert users["admin"].is_superuser and users["admin"].role == "smg_staff"
    assert users["staff"].is_staff and (users["staff"].role, users["staff"].preferred_language) == ("smg_staff", "ko")
    assert users["consultant"].is_staff and users["consultant"].role == "susa_consultant"
    assert users["consultant"].task_force_memberships.filter(role=TaskForceRole.SUSA_COORDINATOR).count() >= 3
    expert = users["expert"].expert_profile
    assert expert.assignments.count() >= 3
    assert expert.assignments.filter(consultation__stage__in=pipeline.ACTIVE_STAGE_KEYS).count() <= 3
    assert users["official-ulaanbaatar"].city.name == "Ulaanbaatar"
    assert users["official-ulaanbaatar"].preferred_language == "en"
    assert users["official-chanchamayo"].city.name == "Chanchamayo"
    assert users["official-chanchamayo"].preferred_language == "es"
    # Other people in the data exist but cannot log in.
    assert not User.objects.get(username="hyewon.lee").has_usable_password()


def test_a_second_run_changes_nothing(seeded, db):
    def snapshot():
        counts = {model._meta.label: model._default_manager.count() for model in apps.get_models()}
        latest = {
            model._meta.label: model._default_manager.aggregate(latest=Max("updated_at"))["latest"]
            for model in (Consultation, User, City, Expert, PolicyModule, FundingCommitment)
            if any(field.name == "updated_at" for field in model._meta.fields)
        }
        return counts, latest

    before = snapshot()
    output = StringIO()
    call_command("seed_demo", force=True, stdout=output)
    assert snapshot() == before
    assert "already present" in output.getvalue()


def test_demo_officials_find_their_cases_news_in_their_inbox(seeded, db):
    from notifications.models import Delivery, Notification

    for username in ("official-ulaanbaatar", "official-chanchamayo"):
        inbox = Notification.objects.filter(recipient__username=username)
        assert inbox.exists()
        assert all(note.event.consultation.city_id == note.recipient.city_id for note in inbox)
    assert not Delivery.objects.exclude(status="skipped").exists()  # nobody is e-mailed about seeded history


def test_every_published_module_has_every_section_in_three_languages(seeded, db):
    from demo.data.policies import CONTENT, POLICIES
    from policies.models import SECTION_LABELS, TRANSLATED_FIELDS

    assert {spec.slug for spec in POLICIES} == set(CONTENT)  # the data cover every module, published or not
    published = PolicyModule.objects.published()
    assert published.count() >= 38
    columns = [f"{field}{suffix}" for field in TRANSLATED_FIELDS for suffix in ("", "_ko", "_es")]
    for module in PolicyModule.objects.all():
        missing = [column for column in columns if not getattr(module, column).strip()]
        assert not missing, (module.slug, missing)
    owl = published.get(slug="owl-bus")
    for language in ("en", "ko", "es"):
        sections = owl.localized_sections(language)
        assert len(sections) == len(SECTION_LABELS)
        assert [text for _label, text in sections] == [owl.text_in(field, language) for field in SECTION_LABELS]
    assert owl.text_in("title", "es").startswith("Búho")
    # Three languages really differ (not copies of the English text).
    assert not PolicyModule.objects.filter(summary_es=models.F("summary")).exists()
    assert not PolicyModule.objects.filter(outcomes_ko=models.F("outcomes")).exists()
