from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.models import ActiveManager, AllRowsManager, ArchivableModel, ArchivableQuerySet, TimeStampedModel
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


class PolicyModuleQuerySet(ArchivableQuerySet):
    def published(self):
        return self.filter(is_published=True)


class PolicyModule(ArchivableModel, TimeStampedModel):
    """A Seoul policy packaged for transfer (the Seoul Solution archive)."""

    title = models.CharField(_("title (English)"), max_length=200)
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="policy_modules"
    )
    sdgs = models.ManyToManyField(SDG, verbose_name=_("SDGs"), blank=True, related_name="policy_modules")
    summary = models.TextField(_("summary (English)"))
    summary_ko = models.TextField(_("summary (Korean)"), blank=True)
    summary_es = models.TextField(_("summary (Spanish)"), blank=True)
    background = models.TextField(_("background (English)"), blank=True)
    background_ko = models.TextField(_("background (Korean)"), blank=True)
    background_es = models.TextField(_("background (Spanish)"), blank=True)
    goals = models.TextField(_("goals (English)"), blank=True)
    goals_ko = models.TextField(_("goals (Korean)"), blank=True)
    goals_es = models.TextField(_("goals (Spanish)"), blank=True)
    implementation = models.TextField(_("implementation and know-how (English)"), blank=True)
    implementation_ko = models.TextField(_("implementation and know-how (Korean)"), blank=True)
    implementation_es = models.TextField(_("implementation and know-how (Spanish)"), blank=True)
    difficulties = models.TextField(_("difficulties overcome and lessons (English)"), blank=True)
    difficulties_ko = models.TextField(_("difficulties overcome and lessons (Korean)"), blank=True)
    difficulties_es = models.TextField(_("difficulties overcome and lessons (Spanish)"), blank=True)
    outcomes = models.TextField(_("outcomes (English)"), blank=True)
    outcomes_ko = models.TextField(_("outcomes (Korean)"), blank=True)
    outcomes_es = models.TextField(_("outcomes (Spanish)"), blank=True)
    period_start = models.PositiveSmallIntegerField(_("period start (year)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("period end (year)"), null=True, blank=True)
    budget_amount = models.DecimalField(_("budget"), max_digits=16, decimal_places=2, null=True, blank=True)
    budget_currency = models.CharField(_("budget currency"), max_length=3, default="KRW", blank=True)
    responsible_department = models.CharField(_("responsible department"), max_length=200, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("available languages"), blank=True)
    is_published = models.BooleanField(_("published"), default=False, db_index=True)

    all_objects = AllRowsManager.from_queryset(PolicyModuleQuerySet)()
    objects = ActiveManager.from_queryset(PolicyModuleQuerySet)()

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

    def text_in(self, field: str, language: str | None = None) -> str:
        """`field` (e.g. "summary") in `language` (default: the active one), falling back to English."""
        if field not in TRANSLATED_FIELDS:
            raise ValueError(f"{field} is not a translated policy field")
        code = (language or get_language() or "en")[:2]
        if code in ("ko", "es"):
            return getattr(self, f"{field}_{code}") or getattr(self, field)
        return getattr(self, field)

    @property
    def localized_title(self) -> str:
        return self.text_in("title")

    @property
    def localized_summary(self) -> str:
        return self.text_in("summary")

    def localized_sections(self, language: str | None = None) -> list[tuple[str, str]]:
        """The Seoul Solution case sections that have content, as (label, text), in the reader's language."""
        return [
            (str(label), text) for field, label in SECTION_LABELS.items() if (text := self.text_in(field, language))
        ]


# Fields kept in English (the plain column), Korean (`_ko`) and Spanish (`_es`).
TRANSLATED_FIELDS = ("title", "summary", "background", "goals", "implementation", "difficulties", "outcomes")
SECTION_LABELS = {
    "background": _("Background"),
    "goals": _("Goals"),
    "implementation": _("Implementation and know-how"),
    "difficulties": _("Difficulties overcome"),
    "outcomes": _("Outcomes"),
}
