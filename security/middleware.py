"""Staff sessions: signed out after a spell of inactivity, and kept to the second-factor pages until verified."""

from __future__ import annotations

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from security.services import mfa_needed_for, totp_device_of

LAST_ACTIVITY_KEY = "_staff_last_activity"
ACTIVITY_WRITE_EVERY_SECONDS = 60  # the session is saved at most this often just to move the timestamp

# What an unverified staff session may still reach: the second-factor pages, sign-out, language and assets.
SECOND_FACTOR_EXEMPT_PREFIXES = (
    "/accounts/two-factor/",
    "/accounts/logout/",
    "/admin/logout/",
    "/i18n/",
    "/static/",
    "/health/",
)


def _login_redirect(request) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse('portal:login')}?{urlencode({'next': request.get_full_path()})}")


class StaffSessionIdleTimeoutMiddleware:
    """SMG staff and SUSA consultants are signed out after STAFF_SESSION_IDLE_MINUTES without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and mfa_needed_for(user):
            now = time.time()
            last = request.session.get(LAST_ACTIVITY_KEY)
            idle_limit = settings.STAFF_SESSION_IDLE_MINUTES * 60
            if isinstance(last, int | float) and now - last > idle_limit:
                logout(request)
                if request.path.startswith("/api/"):
                    return JsonResponse(
                        {
                            "error": {
                                "code": "session_expired",
                                "message": _("Your session has expired; sign in again."),
                            }
                        },
                        status=401,
                    )
                messages.info(
                    request,
                    _("You were signed out after %(minutes)d minutes without activity. Please sign in again.")
                    % {"minutes": settings.STAFF_SESSION_IDLE_MINUTES},
                )
                return _login_redirect(request)
            if not isinstance(last, int | float) or now - last >= ACTIVITY_WRITE_EVERY_SECONDS:
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class StaffSecondFactorMiddleware:
    """With STAFF_MFA_REQUIRED, a staff or consultant session without a verified second factor reaches only
    the enrolment/verification pages and sign-out: not the admin, not /staff/, not the API by session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.STAFF_MFA_REQUIRED and self._must_verify(request):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {
                        "error": {
                            "code": "second_factor_required",
                            "message": _("Confirm your sign-in with your second factor first."),
                        }
                    },
                    status=403,
                )
            target = "security:mfa_verify" if totp_device_of(request.user) else "security:mfa_setup"
            return HttpResponseRedirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _must_verify(request) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not mfa_needed_for(user):
            return False
        if request.path.startswith(SECOND_FACTOR_EXEMPT_PREFIXES):
            return False
        is_verified = getattr(user, "is_verified", None)
        return not (is_verified and is_verified())
