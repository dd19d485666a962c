"""`/api/v1/exports/`: the caller's background exports (progress), and the file once it is written."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated

from core.api import ApiViewMixin
from core.export_jobs import export_jobs_of
from core.exports import EXPORT_FORMATS
from core.models import ExportJob, ExportJobStatus


class ExportJobSerializer(serializers.ModelSerializer):
    progress = serializers.IntegerField(read_only=True, help_text=_("Percent done, 0 to 100."))
    url = serializers.SerializerMethodField(help_text=_("Poll this until `status` is `done` or `failed`."))
    download_url = serializers.SerializerMethodField(help_text=_("The file, once `status` is `done`."))

    class Meta:
        model = ExportJob
        fields = [
            "id",
            "resource",
            "format",
            "status",
            "total_rows",
            "done_rows",
            "progress",
            "error",
            "created_at",
            "finished_at",
            "url",
            "download_url",
        ]
        read_only_fields = fields

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path

    def get_url(self, obj: ExportJob) -> str:
        return self._absolute(reverse("api:export-job-detail", args=[obj.pk]))

    def get_download_url(self, obj: ExportJob) -> str:
        if obj.status != ExportJobStatus.DONE:
            return ""
        return self._absolute(reverse("api:export-job-download", args=[obj.pk]))


def export_job_accepted_response(job: ExportJob, request):
    """202 Accepted with the job to poll (its URL also in `Location`)."""
    from rest_framework import status
    from rest_framework.response import Response

    data = ExportJobSerializer(job, context={"request": request}).data
    return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": data["url"]})


@extend_schema_view(
    list=extend_schema(summary="Your background exports, newest first"),
    retrieve=extend_schema(summary="One of your background exports (poll it for progress)"),
)
class ExportJobViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated]
    serializer_class = ExportJobSerializer
    lookup_value_regex = r"\d{1,18}"
    filter_backends: list = []

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ExportJob.objects.none()
        return export_jobs_of(self.request.user)

    @extend_schema(
        summary="Download the export's file",
        description="Only the user who asked for the export; 404 while it is not ready.",
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The CSV file."),
            (200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR, description="The NDJSON file."),
        },
    )
    @action(detail=True, methods=["get"], pagination_class=None)
    def download(self, request, pk=None):
        job = self.get_object()
        if job.status != ExportJobStatus.DONE or not job.file_name:
            raise Http404
        try:
            handle = default_storage.open(job.file_name, "rb")
        except (FileNotFoundError, OSError) as exc:
            raise Http404 from exc
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=f"{job.resource}.{job.format}",
            content_type=EXPORT_FORMATS.get(job.format, "application/octet-stream"),
        )
        response["Cache-Control"] = "no-store"
        return response
