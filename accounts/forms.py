from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts.models import AccessRequest, User
from cities.models import City


class AccessRequestForm(forms.ModelForm):
    """The public form of a city that is not yet a partner."""

    class Meta:
        model = AccessRequest
        fields = [
            "city_name",
            "city_name_local",
            "country",
            "region",
            "first_name",
            "last_name",
            "email",
            "job_title",
            "organisation",
            "preferred_language",
            "message",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["job_title"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def clean_email(self):
        # Whether the address already has an account is not said here (that would let anyone probe for
        # accounts); accounts.services.access_request_create e-mails the account holder instead.
        return self.cleaned_data["email"].strip().lower()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "job_title", "phone", "preferred_language"]
        help_texts = {"preferred_language": _("Pages and e-mails use this language.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another account uses this e-mail address."))
        return email


class InviteOfficialForm(forms.Form):
    """Used by the admin's "invite an official" page."""

    city = forms.ModelChoiceField(label=_("City"), queryset=City.objects.order_by("name"))
    email = forms.EmailField(label=_("E-mail"))
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    job_title = forms.CharField(label=_("Job title"), max_length=200, required=False)
    preferred_language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this e-mail address already exists."))
        return email


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's password reset form; its e-mail leaves through the outbox instead of SMTP in the request."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        from accounts.services import password_reset_email_send

        password_reset_email_send(
            user=context["user"],
            to_email=to_email,
            domain=context.get("domain", ""),
            site_name=context.get("site_name", ""),
            protocol=context.get("protocol", "https"),
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            html_email_template_name=html_email_template_name,
            language=translation.get_language() or "",
        )
