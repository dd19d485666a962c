from django.urls import path

from matching import views

app_name = "matching"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("cases/<int:pk>/", views.case_matches, name="case"),
    path("proposals/", views.proposal_create, name="proposal_create"),
    path("proposals/<int:pk>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:pk>/members/", views.proposal_member_set, name="proposal_member_set"),
    path(
        "proposals/<int:pk>/members/<int:member_pk>/remove/",
        views.proposal_member_remove,
        name="proposal_member_remove",
    ),
    path("proposals/<int:pk>/accept/", views.proposal_accept, name="proposal_accept"),
    path("proposals/<int:pk>/discard/", views.proposal_discard, name="proposal_discard"),
]
