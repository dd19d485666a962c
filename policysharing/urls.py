from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from accounts import views as account_views
from core.metrics import metrics_view
from core.views import health

admin.site.site_header = _("Seoul Policy Sharing: staff administration")
admin.site.site_title = _("Seoul Policy Sharing")
admin.site.index_title = _("Run the initiative")

urlpatterns = [
    path("health/", health, name="health"),
    path("metrics", metrics_view, name="metrics"),
    # The header's language switch (Django's view, also saving the choice to a signed-in person's profile).
    path("i18n/setlang/", account_views.set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("policysharing.api")),
    path("staff/matching/", include("matching.urls")),
    path("staff/", include("dashboard.urls")),
    path("", include("security.urls")),  # /accounts/api-access/, /accounts/two-factor/
    # The partner-city portal; keep it last (it owns the site root).
    path("", include("portal.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
