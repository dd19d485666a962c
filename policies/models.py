from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from policies.reference import LANGUAGE_LABELS, SDG_LABELS, SECTOR_LABELS


class Sector(models.Model):
    key = models.SlugField(_("key"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["order"]

    def __str__(self) -> str:
        return str(SECTOR_LABELS.get(self.key, self.key))

    @property
    def name(self) -> str:
        return str(self)


class SDG(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)

    class Meta:
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]
        constraints = [models.CheckConstraint(name="sdg_number_1_to_17", condition=Q(number__gte=1, number__lte=17))]

    def __str__(self) -> str:
        return f"{self.number}. {SDG_LABELS.get(self.number, '')}"

    @property
    def name(self) -> str:
        return str(SDG_LABELS.get(self.number, ""))


class Language(models.Model):
    code = models.CharField(_("code"), max_length=8, unique=True, help_text=_("ISO 639-1 code"))

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["code"]

    def __str__(self) -> str:
        return str(LANGUAGE_LABELS.get(self.code, self.code))


class PolicyModuleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PolicyModule(TimeStampedModel):
    """A Seoul policy packaged for transfer (the Seoul Solution archive)."""

    title = models.CharField(_("title (English)"), max_length=200)
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="policy_modules"
    )
    sdgs = models.ManyToManyField(SDG, verbose_name=_("SDGs"), blank=True, related_name="policy_modules")
    summary = models.TextField(_("summary (English)"))
    summary_ko = models.TextField(_("summary (Korean)"), blank=True)
    background = models.TextField(_("background"), blank=True)
    goals = models.TextField(_("goals"), blank=True)
    implementation = models.TextField(_("implementation and know-how"), blank=True)
    difficulties = models.TextField(_("difficulties overcome"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    period_start = models.PositiveSmallIntegerField(_("period start (year)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("period end (year)"), null=True, blank=True)
    budget_amount = models.DecimalField(_("budget"), max_digits=16, decimal_places=2, null=True, blank=True)
    budget_currency = models.CharField(_("budget currency"), max_length=3, default="KRW", blank=True)
    responsible_department = models.CharField(_("responsible department"), max_length=200, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("available languages"), blank=True)
    is_published = models.BooleanField(_("published"), default=False, db_index=True)

    objects = PolicyModuleQuerySet.as_manager()

    class Meta:
        verbose_name = _("policy module")
        verbose_name_plural = _("policy modules")
        ordering = ["sector__order", "title"]
        constraints = [
            models.CheckConstraint(
                name="policy_period_ordered",
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
            ),
            models.CheckConstraint(
                name="policy_budget_not_negative", condition=Q(budget_amount__isnull=True) | Q(budget_amount__gte=0)
            ),
        ]

    def __str__(self) -> str:
        return self.localized_title

    @property
    def localized_title(self) -> str:
        return (get_language() or "en").startswith("ko") and self.title_ko or self.title

    @property
    def localized_summary(self) -> str:
        return (get_language() or "en").startswith("ko") and self.summary_ko or self.summary
