from __future__ import annotations

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.models import BudgetSituation, CityResponse, Consultation
from consultations.pipeline import Track
from consultations.services.messages import MAX_MESSAGE_LENGTH
from consultations.uploads import ALLOWED_DESCRIPTION, check_upload
from core.errors import ApplicationError
from policies.models import SDG, PolicyModule, Sector
from policies.reference import SDGS, SECTORS
from policies.selectors import ArchiveFilters

MAX_ATTACHMENTS = 10
ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp"


def check_document(upload) -> None:
    """Content, size and name checks live in consultations.uploads, shared with the API and the admin."""
    check_upload(upload)  # raises ApplicationError with a clear message


class KeyedCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes that also carry a model attribute (e.g. a sector's key) as `data-<name>`, for scripts."""

    def __init__(self, *args, data_attribute: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.data_attribute = data_attribute

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            option["attrs"][f"data-{self.data_attribute}"] = getattr(instance, self.data_attribute)
        return option


class SearchInput(forms.TextInput):
    input_type = "search"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each one is checked by its content before anything is saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        files = [super(MultipleFileField, self).clean(item, initial) for item in files]
        files = [item for item in files if item]
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(
                _("Attach at most %(count)d files at a time.") % {"count": MAX_ATTACHMENTS}, code="too_many"
            )
        errors = []
        for upload in files:
            try:
                check_document(upload)
            except ApplicationError as refused:
                # The name is shown as a harmless label, never used as a path.
                errors.append(
                    forms.ValidationError(
                        gettext("%(name)s: %(reason)s"),
                        params={"name": (upload.name or "")[-80:], "reason": refused.message},
                        code=refused.code,
                    )
                )
        if errors:
            raise forms.ValidationError(errors)
        return files


def attachments_help() -> str:
    return gettext("Allowed: %(types)s. At most %(limit)s per file.") % {
        "types": ALLOWED_DESCRIPTION,
        "limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES),
    }


class ConsultationRequestForm(forms.Form):
    """A partner city's request, in sections. Saving a draft needs only a title; submitting needs the rest."""

    SAVE = "save"
    SUBMIT = "submit"

    # 1. The challenge
    title = forms.CharField(
        label=_("Title of the request"),
        max_length=200,
        help_text=_("For example: “Smart card for bus fares”."),
    )
    challenge = forms.CharField(
        label=_("The challenge your city faces"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_("What is the problem, whom does it affect, what has been tried?"),
    )
    # 2. Sectors and SDGs
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        widget=KeyedCheckboxSelectMultiple(data_attribute="key"),
        required=False,
    )
    sdgs = forms.ModelMultipleChoiceField(
        label=_("Sustainable Development Goals"),
        queryset=SDG.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    # 3. Seoul policies of interest
    policy_modules = forms.ModelMultipleChoiceField(
        label=_("Seoul policies of interest"),
        queryset=PolicyModule.objects.none(),
        widget=KeyedCheckboxSelectMultiple(data_attribute="slug"),
        required=False,
        help_text=_("Optional: choose from the policy archive."),
    )
    # 4. Expected outcomes
    expected_outcomes = forms.CharField(
        label=_("Expected outcomes"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    # 5. Budget
    budget_situation = forms.ChoiceField(
        label=_("Budget situation"), choices=(), widget=forms.RadioSelect, required=False
    )
    budget_notes = forms.CharField(
        label=_("Notes on the budget"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    # 6. Contacts
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=50, required=False)
    # 7. Attachments
    attachments = MultipleFileField(label=_("Attachments"), required=False)

    # Fields a submitted request must have (the pipeline's completeness guard checks the same).
    REQUIRED_TO_SUBMIT = ("challenge", "sectors", "budget_situation", "contact_name", "contact_email")

    def __init__(self, *args, intent: str = SAVE, **kwargs):
        super().__init__(*args, **kwargs)
        self.intent = intent
        self.fields["policy_modules"].queryset = PolicyModule.objects.published().select_related("sector")
        self.fields["budget_situation"].choices = [
            (
                situation.value,
                gettext("%(situation)s (suggested: %(track)s)")
                % {"situation": situation.label, "track": Track(situation.suggested_track).label},
            )
            for situation in BudgetSituation
        ]
        self.fields["attachments"].help_text = attachments_help()
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        for name in self.REQUIRED_TO_SUBMIT:
            self.fields[name].required_to_submit = True
            if intent == self.SUBMIT:
                self.fields[name].required = True

    @classmethod
    def initial_from(cls, consultation: Consultation) -> dict:
        return {
            "title": consultation.title,
            "challenge": consultation.challenge,
            "sectors": list(consultation.sectors.all()),
            "sdgs": list(consultation.sdgs.all()),
            "policy_modules": list(consultation.policy_modules.all()),
            "expected_outcomes": consultation.expected_outcomes,
            "budget_situation": consultation.budget_situation,
            "budget_notes": consultation.budget_notes,
            "contact_name": consultation.contact_name,
            "contact_email": consultation.contact_email,
            "contact_phone": consultation.contact_phone,
        }

    @classmethod
    def initial_from_post(cls, data) -> dict:
        """The draft as typed (for re-rendering it unvalidated, e.g. with policy suggestions); files are not kept."""
        multiple = ("sectors", "sdgs", "policy_modules")
        return {
            name: (data.getlist(name) if name in multiple else data.get(name, ""))
            for name in cls.base_fields
            if name != "attachments"
        }

    def service_data(self) -> dict:
        data = {name: value for name, value in self.cleaned_data.items() if name != "attachments"}
        data["title"] = data["title"].strip()
        return data


class DocumentUploadForm(forms.Form):
    file = forms.FileField(label=_("File"), widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}))
    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = attachments_help()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            check_document(upload)
        except ApplicationError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from refused
        return upload


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_MESSAGE_LENGTH,
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is your city withdrawing the request?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class PolicySearchForm(forms.Form):
    """The archive's search and facets. A value that is not valid (an unknown sector, SDG 99, a decade
    like 1995) is ignored rather than refused: the page shows the archive without that filter."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100, widget=SearchInput)
    sector = forms.ChoiceField(label=_("Sector"), required=False, choices=[("", ""), *SECTORS])
    sdg = forms.TypedChoiceField(
        label=_("SDG"), required=False, coerce=int, empty_value=None, choices=[("", ""), *SDGS]
    )
    materials = forms.RegexField(label=_("Materials available in"), required=False, regex=r"^[a-z]{2,3}$")
    period = forms.IntegerField(label=_("Started"), required=False, min_value=1900, max_value=2100)
    department = forms.CharField(label=_("Responsible department"), required=False, max_length=200)

    def clean_period(self):
        period = self.cleaned_data.get("period")
        if period is not None and period % 10:
            raise forms.ValidationError(_("Choose a decade."))
        return period

    def archive_filters(self) -> ArchiveFilters:
        if not self.is_bound:
            return ArchiveFilters()
        self.is_valid()
        data = self.cleaned_data  # the fields that are valid; the others are left out
        return ArchiveFilters(
            query=(data.get("q") or "").strip(),
            sector=data.get("sector") or "",
            sdg=data.get("sdg"),
            materials=data.get("materials") or "",
            period=data.get("period"),
            department=(data.get("department") or "").strip(),
        )


class NotificationPreferencesForm(forms.Form):
    """How often each kind of event that can reach this person is e-mailed, grouped by topic.

    Only the kinds their role can receive are offered (a city official is never asked about overdue cases or
    access requests); every choice starts at the current setting or the kind's default, and a kind left out of
    the submitted form keeps its setting.
    """

    def __init__(self, *args, user, **kwargs):
        from notifications.kinds import KIND_BY_KEY, KIND_GROUPS, Frequency
        from notifications.recipients import kinds_reaching
        from notifications.selectors import preferences_for

        super().__init__(*args, **kwargs)
        current = preferences_for(user)
        reaching = set(kinds_reaching(user))
        self.groups = []
        for title, keys in KIND_GROUPS:
            names = [key for key in keys if key in reaching]
            if not names:
                continue
            for key in names:
                kind = KIND_BY_KEY[key]
                self.fields[key] = forms.ChoiceField(
                    label=kind.label,
                    choices=Frequency.choices,
                    initial=current.get(key, kind.default),
                    required=False,
                )
            self.groups.append((title, names))

    def grouped_fields(self):
        return [(title, [self[name] for name in names]) for title, names in self.groups]

    def chosen(self) -> dict[str, str]:
        """The frequencies to save: those submitted (a kind left out keeps its setting)."""
        return {key: value for key, value in self.cleaned_data.items() if value}


class MeasurementReportForm(forms.Form):
    """A city reports a new measurement of one indicator (prefix: one form per indicator on the page)."""

    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=4)
    measured_on = forms.DateField(label=_("Measured on"), widget=forms.DateInput(attrs={"type": "date"}))
    source = forms.CharField(
        label=_("Source"),
        max_length=200,
        help_text=_("Where the figure comes from, e.g. the utility's monthly report."),
    )
    note = forms.CharField(label=_("Note (optional)"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    evidence = forms.FileField(
        label=_("Evidence document (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, unit: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if unit:
            self.fields["value"].label = gettext("Value (%(unit)s)") % {"unit": unit}
        self.fields["evidence"].help_text = attachments_help()

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if not upload:
            return None
        try:
            check_document(upload)
        except ApplicationError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from refused
        return upload


class RecommendationResponseForm(forms.Form):
    """The city's structured response when acknowledging a recommendation (prefix: one per recommendation)."""

    response = forms.ChoiceField(
        label=_("Your city's response"),
        choices=CityResponse.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you accept, adapt, or find the recommendation not applicable.")},
    )
    detail = forms.CharField(
        label=_("How your city adapts it, or why it does not apply"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=4000,
        help_text=_("Required when you adapt the recommendation or find it not applicable."),
    )

    def clean(self):
        from consultations.services.indicators import recommendation_response_errors

        cleaned = super().clean()
        response = cleaned.get("response")
        if response:
            for field, message in recommendation_response_errors(response, cleaned.get("detail") or "").items():
                self.add_error(field, message)
        return cleaned
