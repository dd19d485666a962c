from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self) -> None:
        from consultations.exports import consultation_export_source
        from core.export_jobs import register_export_source

        register_export_source("consultations", consultation_export_source)
