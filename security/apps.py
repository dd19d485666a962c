from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Sign-in security")

    def ready(self):
        # Third-party apps SMG staff see in the admin, named in the reader's language (their own names are English).
        from django.apps import apps

        from security import signals  # noqa: F401  (failed sign-ins are logged)

        names = {
            "axes": (
                _("Sign-in lockouts"),
                {
                    "accessattempt": (_("access attempt"), _("access attempts")),
                    "accessfailurelog": (_("access failure"), _("access failures")),
                    "accesslog": (_("access log"), _("access logs")),
                },
            ),
            "otp_totp": (_("Two-step sign-in devices"), {"totpdevice": (_("TOTP device"), _("TOTP devices"))}),
        }
        for label, (app_name, models) in names.items():
            if label not in apps.app_configs:
                continue
            config = apps.get_app_config(label)
            config.verbose_name = app_name
            for model_name, (singular, plural) in models.items():
                opts = config.get_model(model_name)._meta
                opts.verbose_name, opts.verbose_name_plural = singular, plural
