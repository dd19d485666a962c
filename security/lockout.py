"""What a locked-out sign-in sees (django-axes calls these; see AXES_* settings)."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def username_from_request(request, credentials=None) -> str:
    """The name being tried, case-folded so "Admin" and "admin" count together."""
    username = ""
    if credentials:
        username = credentials.get("username") or ""
    if not username and request is not None:
        username = request.POST.get("username", "") if hasattr(request, "POST") else ""
    return username.strip().lower()


def lockout_message() -> str:
    return _(
        "Too many failed sign-in attempts. For your security, signing in with this user name from your "
        "connection is blocked for %(minutes)d minutes. Try again later, or reset your password."
    ) % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}


def lockout_response(request, original_response=None, credentials=None):
    status = 429
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": "locked_out", "message": lockout_message()}}, status=status)
    return render(request, "security/locked_out.html", {"message": lockout_message()}, status=status)
