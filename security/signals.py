"""Failed sign-ins and lockouts go to the log: user name and address, never the password."""

from __future__ import annotations

import logging
import time

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
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


@receiver(user_logged_in, dispatch_uid="security.start_activity_clock")
def start_activity_clock(sender, request=None, user=None, **kwargs):
    """The staff idle timeout counts from the sign-in (the session is being written anyway)."""
    from security.middleware import LAST_ACTIVITY_KEY
    from security.services import mfa_needed_for

    if request is not None and hasattr(request, "session") and mfa_needed_for(user):
        request.session[LAST_ACTIVITY_KEY] = time.time()
