from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from accounts.roles import Role
from cities.models import Region


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PUBLIC, db_index=True)
    city = models.ForeignKey(
        "cities.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officials",
        help_text=_("Partner-city officials belong to exactly one city."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    organisation = models.ForeignKey(
        "institutions.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("SMG staff and SUSA consultants: the division or agency they work for."),
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(name="user_role_valid", condition=Q(role__in=[choice.value for choice in Role])),
            models.CheckConstraint(
                name="user_official_has_exactly_one_city",
                condition=(
                    Q(role=Role.CITY_OFFICIAL, city__isnull=False)
                    | (~Q(role=Role.CITY_OFFICIAL) & Q(city__isnull=True))
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class AccessRequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class AccessRequest(models.Model):
    """A city that is not yet a partner asks for access; staff approve it in the admin."""

    city_name = models.CharField(_("city (English name)"), max_length=120)
    city_name_local = models.CharField(_("city (local name)"), max_length=120, blank=True)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    job_title = models.CharField(_("job title"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    message = models.TextField(_("why your city wants to join"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=AccessRequestStatus.choices,
        default=AccessRequestStatus.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_note = models.TextField(_("review note"), blank=True)
    city = models.ForeignKey(
        "cities.City",
        verbose_name=_("city created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("official created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("access request")
        verbose_name_plural = _("access requests")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                name="access_request_status_valid", condition=Q(status__in=AccessRequestStatus.values)
            ),
            models.CheckConstraint(name="access_request_region_valid", condition=Q(region__in=Region.values)),
        ]

    def __str__(self) -> str:
        return f"{self.city_name} ({self.first_name} {self.last_name})"
