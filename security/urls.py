from django.urls import path

from security import views

app_name = "security"

urlpatterns = [
    path("accounts/api-access/", views.api_access, name="api_access"),
    path("accounts/api-access/<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("accounts/two-factor/", views.mfa_overview, name="mfa_overview"),
    path("accounts/two-factor/setup/", views.mfa_setup, name="mfa_setup"),
    path("accounts/two-factor/verify/", views.mfa_verify, name="mfa_verify"),
    path("accounts/two-factor/recovery-codes/", views.mfa_recovery_codes, name="mfa_recovery_codes"),
]
