"""API shapes of a consultation and its parts. Read shapes only carry data; writes go through services."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from consultations.models import (
    Activity,
    Consultation,
    Document,
    DocumentKind,
    FundingCommitment,
    IndicatorMeasurement,
    Message,
    OutcomeIndicator,
    Recommendation,
    SiteVisit,
    StageTransition,
    TaskForceMember,
    Visibility,
)
from consultations.pipeline import all_targets
from consultations.services.requests import REQUEST_FIELDS
from policies.models import SDG, PolicyModule, Sector


class StageTransitionSerializer(serializers.ModelSerializer):
    actor = serializers.SerializerMethodField(help_text=_("Who made the move; empty when the system did."))

    class Meta:
        model = StageTransition
        fields = ["id", "from_stage", "to_stage", "actor", "is_automatic", "note", "created_at"]

    def get_actor(self, obj: StageTransition) -> str:
        return str(obj.actor) if obj.actor_id else ""


class TaskForceMemberSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="member_name", read_only=True)

    class Meta:
        model = TaskForceMember
        fields = ["id", "role", "name", "expert", "assigned_on", "released_on"]


class ActivitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Activity
        fields = [
            "id",
            "kind",
            "title",
            "starts_on",
            "ends_on",
            "completed_on",
            "participants_count",
            "participants",
            "outputs",
        ]


class SiteVisitSerializer(serializers.ModelSerializer):
    experts = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = SiteVisit
        fields = ["id", "starts_on", "ends_on", "location", "experts", "participants", "findings"]
        schema_optional_fields = ["findings"]  # the task force's; a city does not receive them

    def to_representation(self, instance):
        data = super().to_representation(instance)
        return _without(data, self.context, "hidden_site_visit_fields")


def _without(data: dict, context: dict, hidden: str) -> dict:
    """Drop the fields the reader's CaseParts (consultations.access.case_parts_for) keeps from them."""
    parts = context.get("case_parts")
    for name in getattr(parts, hidden, ()) if parts is not None else ():
        data.pop(name, None)
    return data


class FundingCommitmentSerializer(serializers.ModelSerializer):
    source_name = serializers.CharField(source="source.__str__", read_only=True)
    company_name = serializers.SerializerMethodField()

    class Meta:
        model = FundingCommitment
        fields = [
            "id",
            "source",
            "source_name",
            "company",
            "company_name",
            "amount",
            "currency",
            "status",
            "committed_on",
        ]

    def get_company_name(self, obj: FundingCommitment) -> str:
        return obj.company.name if obj.company_id else ""


class IndicatorMeasurementSerializer(serializers.ModelSerializer):
    """A measurement; only `accepted` ones count. `review_note` says why staff returned one."""

    class Meta:
        model = IndicatorMeasurement
        fields = ["id", "measured_on", "value", "source", "status", "note", "review_note", "evidence"]


class MeasurementReportSerializer(serializers.Serializer):
    """A new measurement (JSON, or multipart with an optional `evidence` file)."""

    value = serializers.DecimalField(max_digits=16, decimal_places=4)
    measured_on = serializers.DateField()
    source = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    evidence = serializers.FileField(required=False, allow_null=True, help_text=_("An optional evidence document."))


class MeasurementReviewSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=[("accept", _("Accept")), ("return", _("Return"))])
    note = serializers.CharField(
        max_length=4000,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Required when returning: what the city should correct."),
    )


class RecommendationSerializer(serializers.ModelSerializer):
    """A delivered recommendation and the city's structured response (accepted / adapted / not applicable)."""

    class Meta:
        model = Recommendation
        fields = [
            "id",
            "title",
            "body",
            "delivered_on",
            "acknowledged_at",
            "city_response",
            "city_response_detail",
        ]


class OutcomeIndicatorSerializer(serializers.ModelSerializer):
    measurements = IndicatorMeasurementSerializer(many=True, read_only=True)

    class Meta:
        model = OutcomeIndicator
        fields = [
            "id",
            "name",
            "unit",
            "baseline",
            "baseline_on",
            "target",
            "target_on",
            "description",
            "reporting_interval_months",
            "measurements",
        ]


class DocumentSerializer(serializers.ModelSerializer):
    """A document's metadata; the file itself is downloaded through the portal, which checks access again."""

    class Meta:
        model = Document
        fields = ["id", "title", "original_name", "content_type", "size", "kind", "visibility", "created_at"]


class MessageSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()

    class Meta:
        model = Message
        fields = ["id", "author", "body", "is_internal", "is_information_request", "created_at"]

    def get_author(self, obj: Message) -> str:
        return str(obj.author) if obj.author_id else ""


class _CaseCore(serializers.ModelSerializer):
    """Fields every reader of a case may see, the public included."""

    city_name = serializers.CharField(source="city.name", read_only=True)
    country = serializers.CharField(source="city.country.code", read_only=True)
    region = serializers.CharField(source="city.region", read_only=True)
    stage_label = serializers.SerializerMethodField()
    sectors = serializers.SlugRelatedField(slug_field="key", many=True, read_only=True)
    sdgs = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)
    policy_modules = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    def get_stage_label(self, obj: Consultation) -> str:
        return str(obj.get_stage_display())


class PublicConsultationSerializer(_CaseCore):
    """A published case summary, as anonymous callers and the public see it."""

    class Meta:
        model = Consultation
        fields = [
            "id",
            "title",
            "city",
            "city_name",
            "country",
            "region",
            "track",
            "stage",
            "stage_label",
            "sectors",
            "sdgs",
            "policy_modules",
            "public_summary",
            "lessons_learned",
            "submitted_at",
            "closed_at",
            "updated_at",
        ]
        read_only_fields = fields


CASE_FIELDS = [
    "id",
    "title",
    "city",
    "city_name",
    "country",
    "region",
    "track",
    "stage",
    "stage_label",
    "resume_stage",
    "stage_entered_at",
    "challenge",
    "expected_outcomes",
    "budget_situation",
    "budget_notes",
    "contact_name",
    "contact_email",
    "contact_phone",
    "sectors",
    "sdgs",
    "policy_modules",
    "auto_advance",
    "is_published",
    "public_summary",
    "evaluation_summary",
    "lessons_learned",
    "submitted_at",
    "closed_at",
    "created_at",
    "updated_at",
    "history",
    "task_force",
    "activities",
    "site_visits",
    "funding_commitments",
    "indicators",
]


PUBLIC_CASE_FIELDS = PublicConsultationSerializer.Meta.fields


class ConsultationSerializer(_CaseCore):
    """A case with its history, team and work, for the people working on it (list and detail).

    Anonymous callers and the public get the published summary's fields only; the others are documented
    as optional for that reason.
    """

    history = StageTransitionSerializer(many=True, read_only=True)
    task_force = TaskForceMemberSerializer(many=True, read_only=True)
    activities = ActivitySerializer(many=True, read_only=True)
    site_visits = SiteVisitSerializer(many=True, read_only=True)
    funding_commitments = FundingCommitmentSerializer(many=True, read_only=True)
    indicators = OutcomeIndicatorSerializer(many=True, read_only=True)

    class Meta:
        model = Consultation
        fields = CASE_FIELDS
        read_only_fields = fields
        schema_optional_fields = [name for name in CASE_FIELDS if name not in PUBLIC_CASE_FIELDS]

    def to_representation(self, instance):
        return _without(super().to_representation(instance), self.context, "hidden_case_fields")


class ConsultationDetailSerializer(ConsultationSerializer):
    """The detail adds the documents' metadata the caller may see (documents_visible_to)."""

    documents = serializers.SerializerMethodField()

    class Meta(ConsultationSerializer.Meta):
        fields = [*CASE_FIELDS, "documents"]
        read_only_fields = fields
        schema_optional_fields = [*ConsultationSerializer.Meta.schema_optional_fields, "documents"]

    @extend_schema_field(DocumentSerializer(many=True))
    def get_documents(self, obj: Consultation):
        documents = self.context["visible_documents"]
        return DocumentSerializer(documents, many=True, context=self.context).data


class ConsultationWriteSerializer(serializers.Serializer):
    """A city's request (draft). Stage, track and publication are not writable here."""

    city = serializers.PrimaryKeyRelatedField(
        queryset=Consultation._meta.get_field("city").related_model.objects.all(),
        required=False,
        help_text=_("Staff only: the city the request is for. Officials always file for their own city."),
    )
    title = serializers.CharField(max_length=200)
    challenge = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    expected_outcomes = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    budget_situation = serializers.ChoiceField(
        choices=Consultation._meta.get_field("budget_situation").choices, required=False, allow_blank=True
    )
    budget_notes = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    contact_name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    contact_email = serializers.EmailField(required=False, allow_blank=True, max_length=254)
    contact_phone = serializers.CharField(required=False, allow_blank=True, max_length=50)
    sectors = serializers.SlugRelatedField(slug_field="key", queryset=Sector.objects.all(), many=True, required=False)
    sdgs = serializers.SlugRelatedField(slug_field="number", queryset=SDG.objects.all(), many=True, required=False)
    policy_modules = serializers.SlugRelatedField(
        slug_field="slug", queryset=PolicyModule.objects.published(), many=True, required=False
    )

    def service_data(self) -> dict:
        data = dict(self.validated_data)
        data.pop("city", None)
        return {
            key: value for key, value in data.items() if key in (*REQUEST_FIELDS, "sectors", "sdgs", "policy_modules")
        }


class ConsultationStaffUpdateSerializer(ConsultationWriteSerializer):
    """What staff may change on a submitted case (stage and history stay with the pipeline service)."""

    title = serializers.CharField(max_length=200, required=False)
    auto_advance = serializers.BooleanField(required=False)
    is_published = serializers.BooleanField(required=False)
    public_summary = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    evaluation_summary = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    lessons_learned = serializers.CharField(required=False, allow_blank=True, max_length=20_000)


class TransitionSerializer(serializers.Serializer):
    target = serializers.ChoiceField(
        choices=all_targets(), help_text=_("The stage to move to (`resume` leaves “on hold” for the stage it left).")
    )
    note = serializers.CharField(
        required=False, allow_blank=True, max_length=10_000, help_text=_("The reason; some moves require one.")
    )


class AvailableMoveSerializer(serializers.Serializer):
    target = serializers.CharField()
    label = serializers.CharField()
    ready = serializers.BooleanField(help_text=_("False while a condition is missing (see `missing`)."))
    missing = serializers.ListField(child=serializers.CharField())
    note_required = serializers.BooleanField()


class MessageCreateSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=10_000)
    is_internal = serializers.BooleanField(required=False, default=False)
    is_information_request = serializers.BooleanField(required=False, default=False)


class DocumentUploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    title = serializers.CharField(required=False, allow_blank=True, max_length=200)
    kind = serializers.ChoiceField(choices=DocumentKind.choices, required=False, default=DocumentKind.OTHER)
    visibility = serializers.ChoiceField(choices=Visibility.choices, required=False, default=Visibility.SHARED)


class FundsByKindSerializer(serializers.Serializer):
    kind = serializers.CharField()
    label = serializers.CharField()
    definition = serializers.CharField()
    funds_eur = serializers.DecimalField(max_digits=18, decimal_places=2, coerce_to_string=False)
    countries = serializers.IntegerField()
    in_ppp_network = serializers.BooleanField(help_text=_("Counted in the PPP network's headline (from its launch)."))


class SummarySerializer(serializers.Serializer):
    """The initiative's results figures (consultations.results)."""

    cities = serializers.IntegerField(help_text=_("Partner cities with at least one accepted consultation."))
    countries = serializers.IntegerField(help_text=_("Countries of those cities."))
    initiatives = serializers.IntegerField(help_text=_("Consultations accepted at screening."))
    officials_trained = serializers.IntegerField(help_text=_("Participants of training programmes."))
    policy_cases = serializers.IntegerField(help_text=_("Published policy modules."))
    experts = serializers.IntegerField(help_text=_("Experts active in the pool."))
    funds_eur = serializers.DecimalField(
        max_digits=18,
        decimal_places=2,
        coerce_to_string=False,
        help_text=_("Committed and disbursed funding, in EUR at the latest exchange rates."),
    )
    funded_countries = serializers.IntegerField(help_text=_("Countries with committed funding."))
    ppp_network_funds_eur = serializers.DecimalField(
        max_digits=18,
        decimal_places=2,
        coerce_to_string=False,
        help_text=_(
            "Secured through the PPP network: committed and disbursed funding from national partners and "
            "international organisations dated on or after the network's launch, in EUR."
        ),
    )
    ppp_network_countries = serializers.IntegerField(help_text=_("Countries funded through the PPP network."))
    officials_engaged = serializers.IntegerField(
        help_text=_("Officials trained plus officials attending events outside training programmes.")
    )
    events = serializers.IntegerField(help_text=_("Forums and events recorded."))
    ppp_network_since = serializers.DateField(help_text=_("The PPP network's launch date."))
    funds_by_kind = FundsByKindSerializer(many=True, help_text=_("All secured funds by kind of source."))
    definitions = serializers.DictField(
        child=serializers.CharField(), help_text=_("What each figure counts, in the request's language.")
    )
