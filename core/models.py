import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    class Meta:
        abstract = True


class OutboxEvent(models.Model):
    """Something that happened (to a case, an account, an access request), written in the same
    transaction as the change.

    Delivery (inbox rows, e-mails) reads these rows after commit. Until an event is processed,
    `next_attempt_at` says when the relay (core.outbox.outbox_relay) publishes it again: a lease
    while a delivery run is in flight, then the time the next e-mail retry is due. So a broker
    outage, a lost message or a dead worker only delays delivery; one chain runs at a time.
    """

    kind = models.CharField(_("kind"), max_length=64, db_index=True)
    # Stable identity outside this database: e-mails of the event carry it in their Message-ID.
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Small, render-only details (e.g. the stage keys of a move); nothing filters on them.
    payload = models.JSONField(_("payload"), default=dict, blank=True)
    # At most one event per key: a unit of work that must happen once (one daily digest per recipient and
    # date); record_event(key=...) returns the existing event instead of writing a second one.
    key = models.CharField(_("key"), max_length=100, null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outbox event")
        verbose_name_plural = _("outbox events")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["processed_at", "created_at"], name="outbox_pending_idx"),
            models.Index(fields=["processed_at", "next_attempt_at"], name="outbox_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"


class ArchivableQuerySet(models.QuerySet):
    def active(self):
        return self.filter(archived_at__isnull=True)

    def archived(self):
        return self.filter(archived_at__isnull=False)


class ActiveManager(models.Manager.from_queryset(ArchivableQuerySet)):
    """`Model.objects`: the rows in use. Archived rows stay in the table and in `Model.all_objects`."""

    def get_queryset(self):
        return super().get_queryset().filter(archived_at__isnull=True)


class AllRowsManager(models.Manager.from_queryset(ArchivableQuerySet)):
    """The default manager: every row, archived ones included.

    It is the default (declared first) so that Django's own machinery keeps seeing every row: uniqueness
    validation (an archived city still blocks a duplicate: restore it instead), form choices of records
    that point at an archived row, and the admin (whose mixin hides archived rows unless asked).
    """


class ArchivableModel(models.Model):
    """A domain record that is archived, never deleted (the initiative's memory, see core.archiving).

    `Model.objects` hides archived rows; `Model.all_objects` (the default manager) has them all. Reverse
    relations (`case.documents`) go through the default manager, so code reading them filters
    `archived_at__isnull=True` itself (see the selectors).
    """

    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True, editable=False, db_index=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("archived by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    all_objects = AllRowsManager()
    objects = ActiveManager()

    class Meta:
        abstract = True

    @property
    def is_archived_record(self) -> bool:
        return self.archived_at is not None


class OutboxTask(models.Model):
    """A Celery task to run (an automatic move, ...), written in the transaction that calls for it.

    Published after commit (with bounded broker timeouts) or, when that fails, by the relay. Once
    published, the task's own backstop takes over (for automatic moves: the periodic catch-up).
    """

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)

    class Meta:
        verbose_name = _("outbox task")
        verbose_name_plural = _("outbox tasks")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["published_at", "next_attempt_at"], name="outbox_task_due_idx")]

    def __str__(self) -> str:
        return f"{self.task}{tuple(self.args)!r}"


class ExportJobStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Running")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class ExportJob(models.Model):
    """A large export written to the document storage by a worker; only its owner may download the file."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="export_jobs"
    )
    resource = models.CharField(_("resource"), max_length=40)
    params = models.JSONField(_("filters"), default=dict, blank=True)
    format = models.CharField(_("format"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=ExportJobStatus.choices, default=ExportJobStatus.PENDING, db_index=True
    )
    total_rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    done_rows = models.PositiveIntegerField(_("rows written"), default=0)
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                name="export_job_status_valid", condition=models.Q(status__in=ExportJobStatus.values)
            )
        ]

    def __str__(self) -> str:
        return f"{self.resource}.{self.format} #{self.pk}"

    @property
    def progress(self) -> int:
        """Percent done (0-100)."""
        if self.status == ExportJobStatus.DONE:
            return 100
        if not self.total_rows:
            return 0
        return min(99, self.done_rows * 100 // self.total_rows)
