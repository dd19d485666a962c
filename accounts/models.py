from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role


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
