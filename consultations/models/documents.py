import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class DocumentKind(models.TextChoices):
    REQUEST_ATTACHMENT = "request_attachment", _("Request attachment")
    ANALYSIS_REPORT = "analysis_report", _("Analysis report")
    SITE_VISIT_REPORT = "site_visit_report", _("Site-visit report")
    RECOMMENDATIONS = "recommendations", _("Recommendations")
    FUNDING = "funding", _("Funding document")
    EVALUATION = "evaluation", _("Evaluation")
    OTHER = "other", _("Other")


class Visibility(models.TextChoices):
    INTERNAL = "internal", _("Internal (SMG and task force only)")
    SHARED = "shared", _("Shared with the city")


def document_upload_to(instance: "Document", filename: str) -> str:
    # A generated name: the user's file name never reaches the file system.
    return f"documents/{instance.consultation_id}/{uuid.uuid4().hex}"


class Document(ArchivableModel, TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation", verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="documents"
    )
    file = models.FileField(_("file"), upload_to=document_upload_to, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    title = models.CharField(_("title"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER, db_index=True
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL, db_index=True
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(name="document_kind_valid", condition=Q(kind__in=DocumentKind.values)),
            models.CheckConstraint(name="document_visibility_valid", condition=Q(visibility__in=Visibility.values)),
        ]

    def __str__(self) -> str:
        return self.title or self.original_name
