"""E-mails of the accounts area; queued after commit through core.tasks."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User


def invitation_link(user: User) -> str:
    """A one-time link: the token dies once the password is set (it hashes the password)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("portal:invite_accept", kwargs={"uidb64": uidb64, "token": token})
    return settings.PORTAL_BASE_URL.rstrip("/") + path


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invitation(user_id: int) -> bool:
    user = User.objects.select_related("city").filter(pk=user_id, is_active=True).first()
    if user is None or user.has_usable_password() or not user.email:
        return False  # already set up (or gone): a repeated task sends nothing
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {"user": user, "link": invitation_link(user), "city": user.city}
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return True


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
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return True
