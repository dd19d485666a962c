"""What the account e-mails say: the invitation and the password reset, rendered when they are sent.

They leave through the outbox like every e-mail (accounts.services records the event; notifications
delivers it with retries and a stable Message-ID). Links and tokens are made at sending time, so no
token is stored and a late e-mail (after an outage) still carries a fresh link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User


@dataclass(frozen=True)
class EmailContent:
    subject: str
    text: str
    html: str = ""


def invitation_link(user: User) -> str:
    """A one-time link: the token dies once the password is set (it hashes the password)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("portal:invite_accept", kwargs={"uidb64": uidb64, "token": token})
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def invitation_email(user: User) -> EmailContent | None:
    """None once the official has set a password (or the account is gone): nothing left to send."""
    if not user.is_active or user.has_usable_password() or not user.email:
        return None
    context = {"user": user, "link": invitation_link(user), "city": user.city}
    subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
    return EmailContent(subject=subject, text=render_to_string("accounts/email/invitation.txt", context))


def password_reset_email(user: User, details: dict) -> EmailContent | None:
    """Django's password reset e-mail (same templates and context), with a token made now."""
    if not user.is_active:
        return None
    context = {
        "email": details.get("to") or user.email,
        "domain": details.get("domain", ""),
        "site_name": details.get("site_name", ""),
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": details.get("protocol", "https"),
        # Links start with PORTAL_BASE_URL like every e-mail's, not with the host the request happened to use.
        "portal_base_url": settings.PORTAL_BASE_URL.rstrip("/"),
        **(details.get("extra_context") or {}),
    }
    subject = "".join(render_to_string(details["subject_template_name"], context).splitlines())
    text = render_to_string(details["email_template_name"], context)
    html = ""
    if details.get("html_email_template_name"):
        html = render_to_string(details["html_email_template_name"], context)
    return EmailContent(subject=subject, text=text, html=html)
