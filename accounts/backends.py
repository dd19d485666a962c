"""Admin permissions follow the portal role, so staff accounts need no per-user permission set-up.

Django's model permissions only NARROW what a role may do in the admin; which rows it sees is decided by
`consultations.access` (and the per-app access modules), which every ModelAdmin asks (see
`accounts.admin_access.AccessScopedAdminMixin`). Superusers are never asked: Django grants them everything.

| role | in the admin |
|---|---|
| SMG staff | every domain app, bulk import and export included; the audit log read-only. Never `auth` (groups, permissions), `authtoken` (API tokens) or `django_celery_beat` (periodic tasks): those belong to superusers. |
| SUSA consultant | no bulk import or export (their exports are the API's, scoped to them); the cases they hold a current task-force seat on: view and change the case (only the fields in `consultations.access.CONSULTANT_CASE_FIELDS`), add and change its work records (activities, site visits, documents, recommendations, funding assessment, indicators, measurements, messages). The task force, funding commitments and stage history are read-only (forming the team and recording funding are SMG decisions), nothing is deleted. Read-only: the reference data a case form needs (policies, funding sources and companies, cities, experts) and the audit log, both scoped. Nothing about accounts, tokens, notifications, the outbox or training. |
| Expert (if given admin access) | read-only, the same models as a consultant; experts work in the portal. |
| Partner-city official, public | nothing. |
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from accounts.roles import Role

# Superusers only: API tokens, groups and permissions, the periodic-task schedule.
SUPERUSER_APPS = frozenset({"auth", "authtoken", "django_celery_beat"})

STAFF_APPS = frozenset(
    {
        "accounts",
        "cities",
        "experts",
        "policies",
        "funding",
        "institutions",
        "matching",
        "training",
        "consultations",
        "notifications",
        "core",
        "dashboard",
        "security",
        "axes",
        "auditlog",
    }
)
# The audit log is history: read by anyone who may open the admin, written by no one.
READ_ONLY_APPS = frozenset({"auditlog"})

# Models a case team member reads in the admin: the case and its records, and the reference data the case
# form shows (its autocompletes need these).
TEAM_READABLE = frozenset(
    {
        "consultations.consultation",
        "consultations.taskforcemember",
        "consultations.activity",
        "consultations.sitevisit",
        "consultations.document",
        "consultations.recommendation",
        "consultations.fundingassessment",
        "consultations.fundingcommitment",
        "consultations.outcomeindicator",
        "consultations.indicatormeasurement",
        "consultations.companyrole",
        "consultations.message",
        "consultations.stagetransition",
        "policies.sector",
        "policies.sdg",
        "policies.language",
        "policies.policymodule",
        "funding.fundingsource",
        "funding.company",
        "funding.exchangerate",
        "cities.city",
        "experts.expert",
        "auditlog.logentry",
    }
)
# What a SUSA consultant adds and changes, on the cases they work on.
CONSULTANT_WRITABLE = frozenset(
    {
        "consultations.activity",
        "consultations.sitevisit",
        "consultations.document",
        "consultations.recommendation",
        "consultations.fundingassessment",
        "consultations.outcomeindicator",
        "consultations.indicatormeasurement",
        "consultations.companyrole",
        "consultations.message",
    }
)
# ... and what they only change (a case comes from its city or from SMG staff).
CONSULTANT_CHANGE_ONLY = frozenset({"consultations.consultation"})


def _split(perm: str) -> tuple[str, str, str]:
    app_label, _, codename = perm.partition(".")
    action, _, model_name = codename.partition("_")
    return app_label, action, model_name


def role_has_perm(role: str, perm: str) -> bool:
    """May a (non-superuser) holder of `role` with admin access do `perm` ("app.action_model")?"""
    app_label, action, model_name = _split(perm)
    model = f"{app_label}.{model_name}"
    if app_label in SUPERUSER_APPS:
        return False
    if role == Role.SMG_STAFF:
        return app_label in STAFF_APPS and (app_label not in READ_ONLY_APPS or action == "view")
    if role not in (Role.SUSA_CONSULTANT, Role.EXPERT) or model not in TEAM_READABLE:
        return False
    if action == "view":
        return True
    if role != Role.SUSA_CONSULTANT:
        return False
    if action in ("add", "change") and model in CONSULTANT_WRITABLE:
        return True
    return action == "change" and model in CONSULTANT_CHANGE_ONLY


class RolePermissionBackend(ModelBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        if not user_obj.is_active or not user_obj.is_staff:
            return False
        return role_has_perm(user_obj.role, perm)

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        if not user_obj.is_active or not user_obj.is_staff:
            return False
        if user_obj.role == Role.SMG_STAFF:
            return app_label in STAFF_APPS
        if user_obj.role in (Role.SUSA_CONSULTANT, Role.EXPERT):
            return any(model.startswith(f"{app_label}.") for model in TEAM_READABLE)
        return False
