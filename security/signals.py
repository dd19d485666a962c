"""Failed sign-ins and lockouts go to the log: user name and address, never the password."""

from __future__ import annotations

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

from core.ratelimit import client_ip

logger = logging.getLogger("security.signin")


@receiver(user_login_failed, dispatch_uid="security.log_failed_sign_in")
def log_failed_sign_in(sender, credentials=None, request=None, **kwargs):
    username = (credentials or {}).get("username", "")
    logger.warning(
        "failed sign-in: username=%r ip=%s path=%s",
        username,
        client_ip(request) if request is not None else "-",
        getattr(request, "path", "-"),
    )


@receiver(user_locked_out, dispatch_uid="security.log_lockout")
def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    logger.warning("sign-in locked out: username=%r ip=%s", username, ip_address)
