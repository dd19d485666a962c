from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import ArchivableModel, TimeStampedModel


class ProgrammeKind(models.TextChoices):
    COURSE = "course", _("Training course for city officials")
    MASTERS = "masters", _("Master's programme (fully funded by Seoul)")
    WORKSHOP = "workshop", _("Workshop")
    STUDY_VISIT = "study_visit", _("Study visit to Seoul")


class TrainingProgramme(ArchivableModel, TimeStampedModel):
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


class TrainingParticipant(ArchivableModel, TimeStampedModel):
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
                fields=["programme", "name", "country"],
                condition=Q(archived_at__isnull=True),
                name="training_participant_once_per_programme",
            )
        ]

    def __str__(self) -> str:
        return self.name


class EventKind(models.TextChoices):
    FORUM = "forum", _("International Forum on Urban Policy for the SDGs")
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
    STUDY_VISIT = "study_visit", _("Study visit")
    OTHER = "other", _("Other event")


class Event(ArchivableModel, TimeStampedModel):
    """A forum, conference or workshop where Seoul meets partner cities' officials.

    Officials attending count toward the engagement figure; when the event was a session of a training
    programme (`training_programme`), its officials are already counted as trained and are not added again.
    """

    title = models.CharField(_("title (English)"), max_length=200)
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=EventKind.choices, db_index=True)
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200)
    country = CountryField(_("country"), blank=True)
    co_hosts = models.CharField(
        _("co-hosts"), max_length=300, blank=True, help_text=_("e.g. UNESCAP, CityNet (comma-separated).")
    )
    participating_cities = models.ManyToManyField(
        "cities.City", verbose_name=_("participating cities"), blank=True, related_name="events"
    )
    officials_attending = models.PositiveIntegerField(_("city officials attending"), default=0)
    training_programme = models.ForeignKey(
        TrainingProgramme,
        verbose_name=_("part of training programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Its officials are already counted as trained: they are not counted again."),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_on", "id"]
        constraints = [
            models.CheckConstraint(name="event_kind_valid", condition=Q(kind__in=EventKind.values)),
            models.CheckConstraint(
                name="event_dates_ordered",
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_on:%Y})"

    @property
    def co_host_list(self) -> list[str]:
        return [name.strip() for name in self.co_hosts.split(",") if name.strip()]

    @property
    def localized_title(self) -> str:
        from institutions.models import translated

        return translated(self, "title")
