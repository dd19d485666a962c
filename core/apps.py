from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from core import checks  # noqa: F401  (registers the deployment checks)
        from core.audit import register_audited_models

        register_audited_models()

        from core import metrics, observability

        observability.connect_celery_signals()
        metrics.connect_celery_signals()
