"""The fixed reference lists: Seoul Solution's 11 sectors and the 17 SDGs.

Rows are created by data migrations from these lists; labels are translated through gettext,
so a row's name follows the reader's language.
"""

from django.utils.translation import gettext_lazy as _

SECTORS = [
    ("urban_planning", _("Urban planning")),
    ("housing", _("Housing")),
    ("transportation", _("Transportation")),
    ("urban_railway", _("Urban railway")),
    ("water", _("Water supply & sewerage")),
    ("environment", _("Environment & climate")),
    ("smart_city", _("e-Government & smart city")),
    ("safety", _("Safety & disaster")),
    ("welfare", _("Welfare")),
    ("culture", _("Culture & tourism")),
    ("economy", _("Economy & administration")),
]
SECTOR_LABELS = dict(SECTORS)

SDGS = [
    (1, _("No Poverty")),
    (2, _("Zero Hunger")),
    (3, _("Good Health and Well-being")),
    (4, _("Quality Education")),
    (5, _("Gender Equality")),
    (6, _("Clean Water and Sanitation")),
    (7, _("Affordable and Clean Energy")),
    (8, _("Decent Work and Economic Growth")),
    (9, _("Industry, Innovation and Infrastructure")),
    (10, _("Reduced Inequalities")),
    (11, _("Sustainable Cities and Communities")),
    (12, _("Responsible Consumption and Production")),
    (13, _("Climate Action")),
    (14, _("Life Below Water")),
    (15, _("Life on Land")),
    (16, _("Peace, Justice and Strong Institutions")),
    (17, _("Partnerships for the Goals")),
]
SDG_LABELS = dict(SDGS)

LANGUAGES = [
    ("en", _("English")),
    ("ko", _("Korean")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("mn", _("Mongolian")),
    ("vi", _("Vietnamese")),
    ("id", _("Indonesian")),
    ("th", _("Thai")),
    ("am", _("Amharic")),
    ("hi", _("Hindi")),
]
LANGUAGE_LABELS = dict(LANGUAGES)
