from notifications.selectors import unread_count


def unread_notifications(request) -> dict[str, int]:
    """`unread_notifications_count` for the navigation bar (one query, once per request)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications_count": 0}
    cached = getattr(request, "_unread_notifications_count", None)
    if cached is None:
        cached = unread_count(user)
        request._unread_notifications_count = cached
    return {"unread_notifications_count": cached}
