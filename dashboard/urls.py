from django.urls import path

from dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.dashboard, name="index"),
    path("results/", views.results_report, name="results"),
    path("results.csv", views.results_csv, name="results_csv"),
    path("experts/", views.expert_workload, name="experts"),
    path("exports/", views.exports, name="exports"),
    path("cases/<int:pk>/outcomes/", views.case_outcomes, name="case_outcomes"),
]
