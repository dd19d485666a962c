"""Sign-in, passwords, the invitation link, the profile and the public access request (server-rendered)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django.views.i18n import set_language as django_set_language

from accounts import services
from accounts.forms import AccessRequestForm, OutboxPasswordResetForm, ProfileForm
from accounts.roles import works_in_admin
from core.ratelimit import client_ip, hit

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def too_many_attempts_message() -> str:
    return _("Too many attempts from your connection. Please wait a while and try again.")


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
    # Officials come to follow their cases; `next` still wins when a page sent them here.
    next_page = reverse_lazy("portal:consultation_list")
    extra_context = {"title": gettext_lazy("Sign in")}

    def get_default_redirect_url(self):
        # SMG staff and SUSA consultants work in the admin; officials (and everyone else) go to the portal.
        if works_in_admin(self.request.user):
            return reverse("admin:index")
        return super().get_default_redirect_url()


class LogoutView(auth_views.LogoutView):
    pass


class PasswordResetView(auth_views.PasswordResetView):
    """Rate-limited per client address and per e-mail address (PASSWORD_RESET_RATE); says the same for every address."""

    form_class = OutboxPasswordResetForm  # the e-mail goes through the outbox (at-least-once, retried)

    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("portal:password_reset_done")

    def form_valid(self, form):
        rate = settings.PASSWORD_RESET_RATE
        by_address = hit("password-reset-ip", client_ip(self.request) or "unknown", rate)
        by_email = hit("password-reset-email", form.cleaned_data["email"].strip().lower(), rate)
        if not (by_address and by_email):
            form.add_error(None, too_many_attempts_message())
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("portal:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"


class InviteAcceptView(auth_views.PasswordResetConfirmView):
    """The invitation's one-time link: choose a password, then you are signed in."""

    template_name = "accounts/invite_accept.html"
    post_reset_login = True
    post_reset_login_backend = MODEL_BACKEND
    success_url = reverse_lazy("portal:consultation_list")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Welcome! Your password is set and you are signed in."))
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/portal_password_change_form.html"
    success_url = reverse_lazy("portal:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "registration/portal_password_change_done.html"


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.profile_update(user=request.user, data=form.cleaned_data)
        except ValidationError as invalid:
            form.add_error(None, invalid)
        else:
            translation.activate(user.preferred_language)
            messages.success(request, _("Your profile has been saved."))
            response = redirect("portal:profile")
            # The language just chosen wins over an earlier switcher choice.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                user.preferred_language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
            )
            return response
    return render(request, "accounts/profile.html", {"form": form})


@require_http_methods(["GET", "POST"])
def access_request(request):
    initial = {"preferred_language": translation.get_language()}
    form = AccessRequestForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST" and not hit(
        "access-request", client_ip(request) or "unknown", settings.ACCESS_REQUEST_RATE
    ):
        form.is_valid()  # show the entered values back with the message
        form.add_error(None, too_many_attempts_message())
        status = 429
    elif request.method == "POST" and form.is_valid():
        try:
            # The same answer whether or not the address already has an account (the service tells its holder).
            services.access_request_create(data=form.cleaned_data)
        except ValidationError as invalid:
            form.add_error(None, invalid)
        else:
            return redirect("portal:access_request_done")
    return render(request, "accounts/access_request.html", {"form": form}, status=status)


def access_request_done(request):
    return render(request, "accounts/access_request_done.html")


def set_language(request):
    """Django's language switch; for a signed-in person the choice is also saved to the profile.

    The inbox entries and notification e-mails are written in the profile's language, so a switch that only set
    the cookie left a Korean session reading English notifications.
    """
    response = django_set_language(request)
    if request.method == "POST" and request.user.is_authenticated and response.status_code in (302, 204):
        services.preferred_language_set(user=request.user, language=request.POST.get("language", ""))
    return response
