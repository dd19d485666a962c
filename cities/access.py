"""What of a partner city each role reads: every signed-in role reads the cities' facts; SMG staff alone
read the internal notes and the city's contact people (the API and the admin agree).
"""

from __future__ import annotations

from accounts.roles import is_staff_member

STAFF_ONLY_CITY_FIELDS = ("notes",)


def city_details_visible_to(user) -> bool:
    """May `user` read a city's internal notes and contacts?"""
    return is_staff_member(user)
