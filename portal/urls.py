from django.urls import path

from accounts import views as account_views
from portal import views

app_name = "portal"

urlpatterns = [
    # Public pages
    path("", views.home, name="home"),
    path("policies/", views.policy_list, name="policy_list"),
    path("policies/sdg/", views.sdg_index, name="sdg_index"),
    path("policies/sdg/<int:number>/", views.sdg_detail, name="sdg_detail"),
    path("policies/<slug:slug>/", views.policy_detail, name="policy_detail"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/<int:pk>/", views.case_detail, name="case_detail"),
    path("about/", views.about, name="about"),
    path("events/", views.event_list, name="event_list"),
    path("companies/<int:pk>/", views.company_detail, name="company_detail"),
    path("join/", account_views.access_request, name="access_request"),
    path("join/thanks/", account_views.access_request_done, name="access_request_done"),
    # Accounts
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", account_views.LogoutView.as_view(), name="logout"),
    path("accounts/profile/", account_views.profile, name="profile"),
    path("accounts/password/", account_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", account_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("accounts/password/reset/", account_views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/password/reset/sent/", account_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        account_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("accounts/invitation/<uidb64>/<token>/", account_views.InviteAcceptView.as_view(), name="invite_accept"),
    # My consultations
    path("my/consultations/", views.consultation_list, name="consultation_list"),
    path("my/consultations/new/", views.consultation_create, name="consultation_create"),
    path("my/consultations/<int:pk>/", views.consultation_detail, name="consultation_detail"),
    path("my/consultations/<int:pk>/edit/", views.consultation_edit, name="consultation_edit"),
    path("my/consultations/<int:pk>/withdraw/", views.consultation_withdraw, name="consultation_withdraw"),
    path("my/consultations/<int:pk>/documents/", views.consultation_document_upload, name="document_upload"),
    path(
        "my/consultations/<int:pk>/documents/<int:document_pk>/download/",
        views.document_download,
        name="document_download",
    ),
    path("my/consultations/<int:pk>/messages/", views.consultation_message, name="message_post"),
    path(
        "my/consultations/<int:pk>/recommendations/<int:recommendation_pk>/acknowledge/",
        views.recommendation_acknowledge_view,
        name="recommendation_acknowledge",
    ),
    path(
        "my/consultations/<int:pk>/indicators/<int:indicator_pk>/measurements/",
        views.measurement_report_view,
        name="measurement_report",
    ),
    # Inbox
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/<int:notification_pk>/read/", views.inbox_mark_read, name="inbox_mark_read"),
    path("inbox/read-all/", views.inbox_mark_all_read, name="inbox_mark_all_read"),
    path("inbox/settings/", views.notification_preferences, name="notification_preferences"),
]
