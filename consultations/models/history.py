from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from consultations.pipeline import StageKey


class StageTransition(models.Model):
    """Append-only record of every move: from, to, who (empty: the system), when, why."""

    consultation = models.ForeignKey(
        "consultations.Consultation", verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="history"
    )
    from_stage = models.CharField(_("from"), max_length=20, choices=StageKey.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=StageKey.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    is_automatic = models.BooleanField(_("made by the system"), default=False)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage history")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{_stage_label(self.from_stage)} → {_stage_label(self.to_stage)}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Stage history is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Stage history is append-only.")


def _stage_label(key: str) -> str:
    """What get_FOO_display() gives, without hashing every choice's lazy label on each call: the audit entry of
    every move names its history row."""
    try:
        return str(StageKey(key).label)
    except ValueError:  # not a stage (a blank `from`): shown as it is, as get_FOO_display() does
        return key
