"""The REST API router: /api/v1/ resources, the OpenAPI schema and the interactive docs."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from cities.api import CityViewSet
from consultations.api import ConsultationViewSet, SummaryView
from consultations.api_companies import CompanyViewSet
from core.api import api_not_found
from core.export_api import ExportJobViewSet
from experts.api import ExpertViewSet
from funding.api import FundingSourceViewSet
from matching.api import ConsultationMatchesView, PolicyMatchView, TaskForceProposalViewSet
from policies.api import PolicyModuleViewSet, SDGViewSet, SectorViewSet
from training.api import TrainingProgrammeViewSet

router = DefaultRouter()
router.include_format_suffixes = False  # `?format=` belongs to the exports; no `.json` suffix routes
router.register("consultations", ConsultationViewSet, basename="consultation")
router.register("cities", CityViewSet, basename="city")
router.register("experts", ExpertViewSet, basename="expert")
router.register("policies", PolicyModuleViewSet, basename="policy")
router.register("funding-sources", FundingSourceViewSet, basename="funding-source")
router.register("companies", CompanyViewSet, basename="company")
router.register("sectors", SectorViewSet, basename="sector")
router.register("sdgs", SDGViewSet, basename="sdg")
router.register("training-programmes", TrainingProgrammeViewSet, basename="training-programme")
router.register("task-force-proposals", TaskForceProposalViewSet, basename="task-force-proposal")
router.register("exports", ExportJobViewSet, basename="export-job")

app_name = "api"
urlpatterns = [
    path("summary/", SummaryView.as_view(), name="summary"),
    path("matching/policies/", PolicyMatchView.as_view(), name="policy-matches"),
    re_path(
        r"^consultations/(?P<pk>\d{1,18})/matches/$", ConsultationMatchesView.as_view(), name="consultation-matches"
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Split view: the page loads its init script from `?script` instead of inline (Content-Security-Policy).
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="api/swagger_ui.html"),
        name="docs",
    ),
    path("", include(router.urls)),
    re_path(r"^.*$", api_not_found),
]
