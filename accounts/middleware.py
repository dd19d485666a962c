"""A signed-in user's preferred language wins over the browser's, unless they just switched."""

from django.utils import translation


class ActivateUserLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        explicit = request.COOKIES.get("django_language") or request.path.startswith("/i18n/")
        if user is not None and user.is_authenticated and user.preferred_language and not explicit:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)
