"""Forums and events of the demo data.

The case study: Seoul "pledges to host the International Forum on Urban Policy for the Sustainable
Development Goals (SDGs) biannually together with UNESCAP and CityNet". The editions' dates, attendance and
participating cities below are demo figures, not records.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

D = datetime.date
DEMO_NOTE = "Demo figures: dates, attendance and participating cities are invented for the demo data."


@dataclass(frozen=True)
class EventSpec:
    title: str
    title_ko: str
    title_es: str
    kind: str
    starts_on: datetime.date
    ends_on: datetime.date
    place: str
    country: str
    co_hosts: str
    cities: tuple[str, ...]
    officials_attending: int
    # The event was a session of a training programme of its year: its officials are counted there.
    part_of_training: bool = False
    description: str = DEMO_NOTE


FORUM = "International Forum on Urban Policy for the SDGs"
FORUM_KO = "지속가능발전목표(SDGs) 도시정책 국제포럼"
FORUM_ES = "Foro Internacional de Política Urbana para los ODS"
CO_HOSTS = "Seoul Metropolitan Government, UNESCAP, CityNet"

EVENTS: tuple[EventSpec, ...] = tuple(
    EventSpec(
        f"{FORUM} {year}",
        f"{year} {FORUM_KO}",
        f"{FORUM_ES} {year}",
        "forum",
        D(year, 10, 16),
        D(year, 10, 18),
        "Seoul",
        "KR",
        CO_HOSTS,
        cities,
        attending,
    )
    for year, cities, attending in (
        (2018, ("ulaanbaatar", "chanchamayo", "manila", "bangkok", "addis-ababa"), 46),
        (2020, ("ulaanbaatar", "lima", "manila", "ho-chi-minh-city"), 38),
        (2022, ("chanchamayo", "lima", "bogota", "mumbai", "maputo"), 52),
        (2024, ("ulaanbaatar", "chanchamayo", "ho-chi-minh-city", "addis-ababa", "manila"), 57),
    )
) + (
    EventSpec(
        "Smart transport workshop for partner cities",
        "파트너 도시 스마트 교통 워크숍",
        "Taller de transporte inteligente para ciudades socias",
        "workshop",
        D(2019, 5, 14),
        D(2019, 5, 15),
        "Ulaanbaatar",
        "MN",
        "Seoul Metropolitan Government, Seoul Urban Solutions Agency",
        ("ulaanbaatar",),
        24,
        part_of_training=True,
        description="A workshop of a training course: its officials are counted once, as trained. " + DEMO_NOTE,
    ),
)
