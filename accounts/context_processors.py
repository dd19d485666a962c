"""Template context every page gets from the accounts app."""

from accounts.roles import works_in_admin


def staff_links(request) -> dict:
    """Whether the header links the admin and the staff workspace (SMG staff and SUSA consultants)."""
    return {"works_in_admin": works_in_admin(getattr(request, "user", None))}
