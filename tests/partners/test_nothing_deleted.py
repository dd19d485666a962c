"""Nothing is deleted: staff archive and restore, only superusers hard-delete; people who leave are anonymised."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import ADDITION  # noqa: F401 - documents the admin's own log is not used
from django.http import HttpRequest
from django.urls import reverse

from cities.models import City
from consultations.access import documents_visible_to
from consultations.models import FundingCommitment, TaskForceMember
from core.archiving import record_archive, record_restore
from core.audit import history_for
from core.errors import PermissionDeniedError
from experts.models import Expert
from tests import factories

pytestmark = pytest.mark.django_db

# (admin URL name prefix, factory) of domain records staff must not destroy.
RECORDS = [
    ("cities_city", lambda: factories.CityFactory()),
    ("experts_expert", lambda: factories.ExpertFactory()),
    ("funding_company", lambda: factories.CompanyFactory()),
    ("consultations_fundingcommitment", lambda: factories.FundingCommitmentFactory()),
    ("consultations_document", lambda: factories.DocumentFactory()),
    ("policies_policymodule", lambda: factories.PolicyModuleFactory()),
    ("training_trainingparticipant", lambda: factories.TrainingParticipantFactory()),
]


@pytest.mark.parametrize(("prefix", "make"), RECORDS)
def test_staff_cannot_hard_delete_but_archive(client, staff_officer, prefix, make):
    record = make()
    client.force_login(staff_officer)
    delete_url = reverse(f"admin:{prefix}_delete", args=[record.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    changelist = reverse(f"admin:{prefix}_changelist")
    page = client.get(changelist).content.decode()
    assert 'value="delete_selected"' not in page
    assert 'value="archive_selected"' in page
    response = client.post(changelist, {"action": "delete_selected", "_selected_action": [record.pk], "post": "yes"})
    assert response.status_code in (200, 302)
    assert type(record).all_objects.filter(pk=record.pk).exists()
    # Archive: hidden by default, kept, listed under "Archived", restorable; both steps in the history.
    client.post(changelist, {"action": "archive_selected", "_selected_action": [record.pk]})
    record.refresh_from_db()
    assert record.archived_at is not None and record.archived_by == staff_officer
    assert not type(record).objects.filter(pk=record.pk).exists()
    assert str(record.pk) not in _listed_ids(client.get(changelist))
    assert str(record.pk) in _listed_ids(client.get(changelist, {"archived": "yes"}))
    client.post(f"{changelist}?archived=yes", {"action": "restore_selected", "_selected_action": [record.pk]})
    record.refresh_from_db()
    assert record.archived_at is None
    changes = [entry.changes_dict.get("archived_at") for entry in history_for(record)]
    assert sum(1 for change in changes if change) >= 2


def _listed_ids(response) -> set[str]:
    import re

    return set(re.findall(r'name="_selected_action" value="(\d+)"', response.content.decode()))


def test_superuser_still_can_delete(client, city_a):
    admin_user = factories.UserFactory(username="root", is_superuser=True, is_staff=True, role="smg_staff")
    client.force_login(admin_user)
    page = client.get(reverse("admin:cities_city_changelist")).content.decode()
    assert 'value="delete_selected"' in page
    response = client.post(reverse("admin:cities_city_delete", args=[city_a.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not City.all_objects.filter(pk=city_a.pk).exists()


def test_only_staff_archive(consultant, staff_officer, city_a):
    with pytest.raises(PermissionDeniedError):
        record_archive(record=city_a, actor=consultant)
    record_archive(record=city_a, actor=staff_officer)
    with pytest.raises(PermissionDeniedError):
        record_restore(record=city_a, actor=consultant)


def test_archived_rows_leave_selectors_and_the_api(client, staff_officer, case_a, expert_user):
    from rest_framework.test import APIClient

    document = factories.DocumentFactory(consultation=case_a)
    record_archive(record=document, actor=staff_officer)
    assert document not in documents_visible_to(staff_officer, case_a)
    expert = factories.ExpertFactory(name="Dr. Archived")
    record_archive(record=expert, actor=staff_officer)
    api = APIClient()
    api.force_authenticate(staff_officer)
    names = [row["name"] for row in api.get("/api/v1/experts/").json()["results"]]
    assert "Dr. Archived" not in names
    assert api.get(f"/api/v1/experts/{expert.pk}/").status_code == 404


def test_archiving_a_member_releases_them(staff_officer, case_a, expert_user):
    member = TaskForceMember.objects.get(consultation=case_a, expert__user=expert_user)
    record_archive(record=member, actor=staff_officer)
    member.refresh_from_db()
    assert member.released_on is not None
    from consultations.access import consultations_visible_to

    assert case_a not in consultations_visible_to(expert_user)
    # The archived seat does not block assigning the expert again.
    factories.TaskForceMemberFactory(consultation=case_a, role="lead_expert", expert=expert_user.expert_profile)


def test_uniqueness_still_checked_against_archived_rows(client, staff_officer, city_a):
    record_archive(record=city_a, actor=staff_officer)
    client.force_login(staff_officer)
    response = client.post(
        reverse("admin:cities_city_add"),
        {
            "name": city_a.name,
            "country": city_a.country.code,
            "region": city_a.region,
            "contacts-TOTAL_FORMS": "0",
            "contacts-INITIAL_FORMS": "0",
            "contacts-MIN_NUM_FORMS": "0",
            "contacts-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200  # the form comes back with the error, no IntegrityError
    assert "already exists" in response.content.decode()


def test_inline_row_is_archived_not_deleted(client, staff_officer, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="implementation", track="funding")
    commitment = factories.FundingCommitmentFactory(consultation=case)
    client.force_login(staff_officer)
    page = client.get(reverse("admin:consultations_consultation_change", args=[case.pk])).content.decode()
    assert "funding_commitments-0-archive_row" in page
    assert "funding_commitments-0-DELETE" not in page
    # Ticking "Archive" on the row archives it when the inline formset is saved.
    from django.contrib import admin
    from django.test import RequestFactory

    from consultations.admin.inlines import FundingCommitmentInline
    from consultations.models import Consultation

    inline = FundingCommitmentInline(Consultation, admin.site)
    request = RequestFactory().post("/")
    request.user = staff_officer
    prefix = "funding_commitments"
    data = {
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "1",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
        f"{prefix}-0-id": str(commitment.pk),
        f"{prefix}-0-consultation": str(case.pk),
        f"{prefix}-0-source": str(commitment.source_id),
        f"{prefix}-0-amount": "270000.00",
        f"{prefix}-0-currency": "EUR",
        f"{prefix}-0-status": "pledged",
        f"{prefix}-0-committed_on": "2015-06-01",
        f"{prefix}-0-archive_row": "on",
    }
    formset = inline.get_formset(request, case)(data, instance=case, prefix=prefix)
    assert formset.is_valid(), formset.errors
    formset.save()
    commitment.refresh_from_db()
    assert commitment.archived_at is not None
    assert FundingCommitment.all_objects.filter(pk=commitment.pk).exists()


def test_anonymise_official_keeps_history(client, staff_officer, official_a, city_a):
    from consultations.services.people import user_anonymise

    case = factories.ConsultationFactory(
        city=city_a,
        contact_name=official_a.get_full_name(),
        contact_email=official_a.email,
        stage="analysis",
        track="consultation",
    )
    message = factories.MessageFactory(consultation=case, author=official_a)
    user_anonymise(user=official_a, actor=staff_officer, reason="Left the city in 2025")
    official_a.refresh_from_db()
    case.refresh_from_db()
    assert not official_a.is_active and not official_a.has_usable_password()
    assert official_a.email == "" and "Erdene" not in official_a.get_full_name()
    assert case.contact_email == "" and "Erdene" not in case.contact_name
    message.refresh_from_db()
    assert message.author_id == official_a.pk  # the case history still points at the same person
    log = " ".join(str(entry.changes) + entry.object_repr for entry in history_for(official_a))
    assert "Erdene" not in log and "official-a@example.org" not in log
    assert any((entry.additional_data or {}).get("action") == "anonymised" for entry in history_for(official_a))
    assert not client.login(request=HttpRequest(), username="official-a", password="pw")


def test_anonymise_expert_from_the_admin(client, staff_officer, case_a, expert_user):
    expert = expert_user.expert_profile
    client.force_login(staff_officer)
    changelist = reverse("admin:experts_expert_changelist")
    client.post(changelist, {"action": "anonymise_selected", "_selected_action": [expert.pk]})
    expert.refresh_from_db()
    assert expert.anonymised_at is not None and expert.name.startswith("Former expert")
    assert expert.email == "" and not expert.is_active
    assert TaskForceMember.objects.filter(expert=expert, consultation=case_a).exists()
    assert "Dr. Assigned Expert" not in " ".join(str(e.changes) + e.object_repr for e in history_for(expert))
    expert_user.refresh_from_db()
    assert not expert_user.is_active


def test_consultant_cannot_anonymise(client, consultant, official_a):
    from consultations.services.people import user_anonymise

    with pytest.raises(PermissionDeniedError):
        user_anonymise(user=official_a, actor=consultant)
    assert Expert.objects.count() >= 0 and FundingCommitment.objects.count() == 0
