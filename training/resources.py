"""Bulk import and export of training participants (CSV / XLSX in the admin).

A row names its programme by id (the number in the programme's admin address), the participant's name
and country (ISO 3166-1 alpha-2); the city is optional, by its English name. A row is matched to an
existing participant by programme, name and country.
"""

from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from cities.models import City
from core.import_widgets import KeyForeignKeyWidget, StrictModelResource
from training.models import TrainingParticipant, TrainingProgramme


class TrainingParticipantResource(StrictModelResource):
    programme = fields.Field(
        attribute="programme", column_name="programme", widget=KeyForeignKeyWidget(TrainingProgramme, "pk")
    )
    city = fields.Field(attribute="city", column_name="city", widget=widgets.ForeignKeyWidget(City, "name"))

    constraint_messages = {  # noqa: RUF012
        "training_participant_once_per_programme": _("This person is already a participant of the programme."),
    }

    class Meta:
        model = TrainingParticipant
        import_id_fields = ("programme", "name", "country")
        fields = ("programme", "name", "position", "country", "city")
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def get_export_queryset(self, request=None):
        return super().get_export_queryset(request).select_related("programme", "city")
