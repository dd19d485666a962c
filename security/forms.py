from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


def _day_choices():
    options = [d for d in (30, 90, 180, 365) if d <= settings.API_TOKEN_MAX_DAYS] or [settings.API_TOKEN_MAX_DAYS]
    return [(d, _("%(days)d days") % {"days": d}) for d in options]


class ApiTokenCreateForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_('What or who will use this key, e.g. "results dashboard".'),
    )
    days = forms.TypedChoiceField(label=_("Valid for"), coerce=int, choices=_day_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"].initial = settings.API_TOKEN_DEFAULT_DAYS
        self.fields["name"].widget.attrs["autocomplete"] = "off"


class OneTimeCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("The 6-digit code from your authenticator app, or one of your recovery codes."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(
            {"autocomplete": "one-time-code", "inputmode": "text", "autocapitalize": "off", "spellcheck": "false"}
        )


class EnrolmentCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your app"),
        max_length=10,
        help_text=_("Enter the 6-digit code your authenticator app shows for this account."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update({"autocomplete": "one-time-code", "inputmode": "numeric"})
