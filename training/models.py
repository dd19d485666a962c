from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import TimeStampedModel


class ProgrammeKind(models.TextChoices):
    COURSE = "course", _("Training course for city officials")
    MASTERS = "masters", _("Master's programme (fully funded by Seoul)")
    WORKSHOP = "workshop", _("Workshop")
    STUDY_VISIT = "study_visit", _("Study visit to Seoul")


class TrainingProgramme(TimeStampedModel):
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=ProgrammeKind.choices, db_index=True)
    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    sectors = models.ManyToManyField(
        "policies.Sector", verbose_name=_("themes"), blank=True, related_name="training_programmes"
    )
    description = models.TextField(_("description"), blank=True)
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_programmes",
        help_text=_("When the programme was part of a consultation."),
    )

    class Meta:
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")
        ordering = ["-year", "title"]
        constraints = [
            models.CheckConstraint(name="training_kind_valid", condition=Q(kind__in=ProgrammeKind.values)),
            models.CheckConstraint(name="training_year_plausible", condition=Q(year__gte=2000, year__lte=2100)),
            models.CheckConstraint(
                name="training_dates_ordered",
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class TrainingParticipant(TimeStampedModel):
    programme = models.ForeignKey(
        TrainingProgramme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="participants"
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    city = models.ForeignKey(
        "cities.City", verbose_name=_("city"), null=True, blank=True, on_delete=models.SET_NULL, related_name="trainees"
    )
    country = CountryField(_("country"), db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("training participant")
        verbose_name_plural = _("training participants")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "name", "country"], name="training_participant_once_per_programme"
            )
        ]

    def __str__(self) -> str:
        return self.name
