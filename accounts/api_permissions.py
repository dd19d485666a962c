"""Who may call an API endpoint; what they then see comes from the scoped selectors."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from accounts.roles import is_staff_member


class PublicReadStaffWrite(BasePermission):
    """Anyone reads (the queryset decides what); only SMG staff write."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return is_staff_member(request.user)


class SignedInReadStaffWrite(BasePermission):
    """Signed-in users read; only SMG staff write. Anonymous callers get 401."""

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        if request.method in SAFE_METHODS:
            return True
        return is_staff_member(request.user)
