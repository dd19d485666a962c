"""E-mails of the accounts area that are not notifications of an event; queued through the outbox (core.tasks)."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.models import User


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_existing_account_notice(user_id: int) -> bool:
    """Someone asked to join with this address, which already has an account: tell its holder, not the asker."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return False
    base = settings.PORTAL_BASE_URL.rstrip("/")
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "login_link": base + reverse("portal:login"),
            "reset_link": base + reverse("portal:password_reset"),
        }
        subject = render_to_string("accounts/email/existing_account_subject.txt", context).strip()
        body = render_to_string("accounts/email/existing_account.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email], fail_silently=False)
    return True
