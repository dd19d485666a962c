from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Sign-in security")

    def ready(self):
        from security import signals  # noqa: F401  (failed sign-ins are logged)
