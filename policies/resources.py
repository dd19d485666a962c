"""Bulk import and export of Seoul policy modules (CSV, XLSX and JSON in the admin).

A row is matched to an existing module by its slug. The sector is given by its key, SDGs by number
and languages by ISO 639-1 code (comma-separated, or a list in JSON). Every section comes in English
(the plain column), Korean (`_ko`) and Spanish (`_es`). `import_template()` is the downloadable
template: the columns and one example row.
"""

import tablib
from django.utils.translation import gettext_lazy as _
from import_export import fields

from core.import_widgets import KeyForeignKeyWidget, StrictManyToManyWidget, StrictModelResource, YesNoWidget
from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector


class PolicyModuleResource(StrictModelResource):
    sector = fields.Field(attribute="sector", column_name="sector", widget=KeyForeignKeyWidget(Sector, "key"))
    sdgs = fields.Field(attribute="sdgs", column_name="sdgs", widget=StrictManyToManyWidget(SDG, "number"))
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=StrictManyToManyWidget(Language, "code")
    )
    is_published = fields.Field(attribute="is_published", column_name="is_published", widget=YesNoWidget())

    constraint_messages = {  # noqa: RUF012
        "policy_period_ordered": _("The period must not end before it starts."),
        "policy_budget_not_negative": _("The budget cannot be negative."),
    }

    class Meta:
        model = PolicyModule
        import_id_fields = ("slug",)
        fields = (
            "slug",
            *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[:1] for suffix in ("", "_ko", "_es")),
            "sector",
            "sdgs",
            *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[1:] for suffix in ("", "_ko", "_es")),
            "period_start",
            "period_end",
            "budget_amount",
            "budget_currency",
            "responsible_department",
            "languages",
            "is_published",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def get_export_queryset(self, request=None):
        return super().get_export_queryset(request).select_related("sector").prefetch_related("sdgs", "languages")


TEMPLATE_EXAMPLE = {
    "slug": "example-owl-bus",
    "title": "Example: Owl Bus, late-night routes planned with big data",
    "title_ko": "예시: 올빼미버스(심야버스)",
    "title_es": "Ejemplo: Búho, rutas de autobús nocturno trazadas con big data",
    "sector": "transportation",
    "sdgs": "10, 11",
    "summary": "Replace this example row with your policy cases (one row each). Night buses from midnight to 5 a.m.",
    "summary_ko": "이 예시 행을 정책 사례로 바꾸세요(사례마다 한 행). 자정부터 새벽 5시까지 운행하는 심야버스.",
    "summary_es": "Sustituya esta fila de ejemplo por sus casos (uno por fila). Autobuses nocturnos de medianoche a las 5.",
    "background": "Why the policy was needed.",
    "background_ko": "정책이 필요했던 이유.",
    "background_es": "Por qué hacía falta la política.",
    "goals": "What it set out to achieve.",
    "goals_ko": "정책의 목표.",
    "goals_es": "Qué se propuso lograr.",
    "implementation": "How it was implemented, and the know-how.",
    "implementation_ko": "추진 방법과 노하우.",
    "implementation_es": "Cómo se aplicó y el conocimiento práctico.",
    "difficulties": "Difficulties overcome and lessons.",
    "difficulties_ko": "극복한 어려움과 교훈.",
    "difficulties_es": "Dificultades superadas y lecciones.",
    "outcomes": "Outcomes, with figures from public sources.",
    "outcomes_ko": "공개 자료에 근거한 수치와 성과.",
    "outcomes_es": "Resultados, con cifras de fuentes públicas.",
    "period_start": 2013,
    "period_end": "",
    "budget_amount": "",
    "budget_currency": "KRW",
    "responsible_department": "Bus Policy Division",
    "languages": "en, ko, es",
    "is_published": "no",
}


def import_template() -> tablib.Dataset:
    """The columns of a policy-case import, in order, with one example row (unpublished)."""
    headers = list(PolicyModuleResource._meta.fields)
    return tablib.Dataset([TEMPLATE_EXAMPLE[column] for column in headers], headers=headers, title="policy cases")
