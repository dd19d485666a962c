from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.pipeline import ACTIVE_STAGE_KEYS, STAGE_KEYS, StageKey, Track, stage
from core.models import TimeStampedModel


class BudgetSituation(models.TextChoices):
    SELF_FINANCED = "self_financed", _("We can finance implementation ourselves")
    PARTIAL = "partial", _("We can finance part of it")
    NEEDS_FUNDING = "needs_funding", _("We need external funding")

    @property
    def suggested_track(self) -> str:
        return Track.CONSULTATION if self == BudgetSituation.SELF_FINANCED else Track.FUNDING


class Consultation(TimeStampedModel):
    """A partner city's request and everything that follows from it."""

    city = models.ForeignKey(
        "cities.City", verbose_name=_("city"), on_delete=models.PROTECT, related_name="consultations"
    )
    title = models.CharField(_("title"), max_length=200)
    challenge = models.TextField(_("challenge"), blank=True)
    expected_outcomes = models.TextField(_("expected outcomes"), blank=True)
    budget_situation = models.CharField(
        _("budget situation"), max_length=20, choices=BudgetSituation.choices, blank=True
    )
    budget_notes = models.TextField(_("budget notes"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    sectors = models.ManyToManyField(
        "policies.Sector", verbose_name=_("sectors"), blank=True, related_name="consultations"
    )
    sdgs = models.ManyToManyField("policies.SDG", verbose_name=_("SDGs"), blank=True, related_name="consultations")
    policy_modules = models.ManyToManyField(
        "policies.PolicyModule", verbose_name=_("Seoul policies of interest"), blank=True, related_name="consultations"
    )
    companies = models.ManyToManyField(
        "funding.Company", verbose_name=_("companies involved"), blank=True, related_name="consultations"
    )
    track = models.CharField(_("track"), max_length=20, choices=Track.choices, blank=True, db_index=True)
    # Written only by the pipeline service (consultations.services.transitions).
    stage = models.CharField(_("stage"), max_length=20, choices=StageKey.choices, default=StageKey.DRAFT, db_index=True)
    resume_stage = models.CharField(_("stage to resume"), max_length=20, choices=StageKey.choices, blank=True)
    stage_entered_at = models.DateTimeField(_("stage entered at"), default=timezone.now, db_index=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    auto_advance = models.BooleanField(
        _("advance automatically"),
        default=True,
        help_text=_("Move on by itself as soon as the stage's exit condition is met."),
    )
    is_published = models.BooleanField(_("published case summary"), default=False, db_index=True)
    public_summary = models.TextField(_("public case summary"), blank=True)
    evaluation_summary = models.TextField(_("evaluation"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    is_archived = models.BooleanField(_("archived"), default=False, db_index=True)
    # Phases of a programme: Chanchamayo's San Ramon plant is "the first phase of three water improvement plans".
    continues = models.ForeignKey(
        "self",
        verbose_name=_("continues"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="continued_by",
        help_text=_("The earlier case (phase) of the same programme that this case continues."),
    )
    phase_number = models.PositiveSmallIntegerField(_("phase"), null=True, blank=True)
    phase_count = models.PositiveSmallIntegerField(
        _("phases planned"), null=True, blank=True, help_text=_("How many phases the programme has.")
    )
    last_reminded_at = models.DateTimeField(_("last reminded at"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["stage", "stage_entered_at"], name="consultation_overdue_idx"),
            models.Index(fields=["city", "stage"], name="consultation_city_stage_idx"),
            # Every ordering the API and the admin offer reads an index (the default one is the primary key).
            models.Index(fields=["title"], name="consultation_title_idx"),
            models.Index(fields=["created_at", "id"], name="consultation_created_id_idx"),
        ]
        constraints = [
            models.CheckConstraint(name="consultation_stage_valid", condition=Q(stage__in=STAGE_KEYS)),
            models.CheckConstraint(
                name="consultation_phase_within_programme",
                condition=Q(phase_number__isnull=True)
                | (
                    Q(phase_number__gte=1)
                    & (Q(phase_count__isnull=True) | Q(phase_number__lte=models.F("phase_count")))
                ),
            ),
            models.CheckConstraint(
                name="consultation_does_not_continue_itself", condition=~Q(continues=models.F("pk"))
            ),
            models.CheckConstraint(name="consultation_track_valid", condition=Q(track__in=[*Track.values, ""])),
            models.CheckConstraint(
                name="consultation_budget_situation_valid",
                condition=Q(budget_situation__in=[*BudgetSituation.values, ""]),
            ),
            models.CheckConstraint(
                name="consultation_on_hold_knows_where_to_resume",
                condition=(Q(stage=StageKey.ON_HOLD) & Q(resume_stage__in=ACTIVE_STAGE_KEYS))
                | (~Q(stage=StageKey.ON_HOLD) & Q(resume_stage="")),
            ),
            models.CheckConstraint(
                name="consultation_track_set_after_screening",
                condition=~Q(track="")
                | Q(
                    stage__in=[
                        StageKey.DRAFT,
                        StageKey.REQUEST,
                        StageKey.SCREENING,
                        StageKey.DECLINED,
                        StageKey.WITHDRAWN,
                        StageKey.ON_HOLD,
                    ]
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.title}"

    @property
    def stage_info(self):
        return stage(self.stage)

    @property
    def is_phase(self) -> bool:
        return self.phase_number is not None or self.continues_id is not None

    def clean(self):
        super().clean()
        if self.continues_id is not None:
            if self.pk is not None and self.continues_id == self.pk:
                raise ValidationError({"continues": _("A case cannot continue itself.")})
            earlier = self.continues
            if self.city_id is not None and earlier.city_id != self.city_id:
                raise ValidationError({"continues": _("A phase continues a case of the same city.")})
            if self.pk is not None:
                seen = {self.pk}
                while earlier is not None:
                    if earlier.pk in seen:
                        raise ValidationError({"continues": _("Phases cannot form a loop.")})
                    seen.add(earlier.pk)
                    earlier = earlier.continues
        if self.phase_count is not None and self.phase_number is None:
            raise ValidationError({"phase_number": _("Say which phase this case is.")})
