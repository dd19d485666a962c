"""Demo accounts, further SMG/SUSA staff and the expert pool. Every person here is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from experts.models import Availability, ExpertKind


@dataclass(frozen=True)
class AccountSpec:
    username: str
    first_name: str
    last_name: str
    role: str
    language: str
    job_title: str
    is_staff: bool = False
    is_superuser: bool = False
    city: str = ""  # a CitySpec key, for city officials
    can_log_in: bool = True  # demo accounts get the demo password; the others an unusable one


# The six accounts printed at the end of seed_demo.
DEMO_ACCOUNTS: tuple[AccountSpec, ...] = (
    AccountSpec(
        "admin", "Ji-hoon", "Choi", "smg_staff", "en", "System administrator", is_staff=True, is_superuser=True
    ),
    AccountSpec(
        "staff", "Min-seo", "Kim", "smg_staff", "ko", "Policy officer, Global Urban Partnership Division", is_staff=True
    ),
    AccountSpec(
        "consultant",
        "Jae-won",
        "Park",
        "susa_consultant",
        "en",
        "Senior consultant, Seoul Urban Solutions Agency",
        is_staff=True,
    ),
    AccountSpec("expert", "Seo-yeon", "Han", "expert", "en", "Research fellow, The Seoul Institute"),
    AccountSpec(
        "official-ulaanbaatar",
        "Bat-Erdene",
        "Ganbold",
        "city_official",
        "en",
        "Public Transport Department",
        city="ulaanbaatar",
    ),
    AccountSpec(
        "official-chanchamayo",
        "Rosa",
        "Quispe Huamán",
        "city_official",
        "es",
        "Gerencia de Servicios Públicos",
        city="chanchamayo",
    ),
)

# Colleagues who lead or coordinate other cases; they exist as people, not as demo logins.
OTHER_STAFF: tuple[AccountSpec, ...] = (
    AccountSpec(
        "hyewon.lee",
        "Hye-won",
        "Lee",
        "smg_staff",
        "ko",
        "Team leader, Global Urban Partnership Division",
        is_staff=True,
        can_log_in=False,
    ),
    AccountSpec(
        "sangwoo.jeon",
        "Sang-woo",
        "Jeon",
        "smg_staff",
        "ko",
        "Policy officer, Global Urban Partnership Division",
        is_staff=True,
        can_log_in=False,
    ),
    AccountSpec(
        "dasom.yoo",
        "Da-som",
        "Yoo",
        "susa_consultant",
        "en",
        "Consultant, Seoul Urban Solutions Agency",
        is_staff=True,
        can_log_in=False,
    ),
    AccountSpec(
        "kibum.nam",
        "Ki-bum",
        "Nam",
        "susa_consultant",
        "en",
        "Consultant, Seoul Urban Solutions Agency",
        is_staff=True,
        can_log_in=False,
    ),
)


@dataclass(frozen=True)
class ExpertSpec:
    name: str
    name_ko: str
    kind: str
    affiliation: str
    position: str
    sectors: tuple[str, ...]
    languages: tuple[str, ...]
    availability: str = Availability.AVAILABLE
    # Days from today (negative: in the past) of an unavailability window.
    unavailable_window: tuple[int, int] | None = None
    bio: str = ""
    username: str = ""  # links the expert to a demo account
    tags: tuple[str, ...] = field(default_factory=tuple)


FAMILY = (
    ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"), ("Cho", "조"),
    ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"), ("Han", "한"), ("Oh", "오"), ("Seo", "서"), ("Shin", "신"),
    ("Kwon", "권"), ("Hwang", "황"), ("Ahn", "안"), ("Song", "송"), ("Yoo", "유"), ("Hong", "홍"),
)  # fmt: skip
GIVEN = (
    ("Min-jun", "민준"), ("Seo-jin", "서진"), ("Ji-ho", "지호"), ("Ha-eun", "하은"), ("Do-yun", "도윤"),
    ("Su-bin", "수빈"), ("Jae-hyun", "재현"), ("Ye-jin", "예진"), ("Hyun-woo", "현우"), ("Ji-min", "지민"),
    ("Sung-ho", "성호"), ("Eun-ji", "은지"), ("Dong-hyun", "동현"), ("Mi-kyung", "미경"), ("Young-soo", "영수"),
    ("Hye-jin", "혜진"), ("Jong-hoon", "종훈"), ("Soo-jin", "수진"), ("Kyung-tae", "경태"), ("Yeon-hee", "연희"),
    ("Byung-chul", "병철"), ("Na-rae", "나래"), ("Tae-hoon", "태훈"), ("Ji-eun", "지은"), ("Sang-min", "상민"),
)  # fmt: skip

SECTOR_KEYS = (
    "transportation", "water", "smart_city", "urban_planning", "environment", "urban_railway", "safety", "welfare",
    "housing", "culture", "economy",
)  # fmt: skip

AFFILIATIONS = {
    ExpertKind.FORMER_OFFICIAL: (
        ("Seoul Metropolitan Government (retired)", "Former Director-General"),
        ("Seoul Waterworks Headquarters (retired)", "Former Head of Water Quality"),
        ("Seoul Metropolitan Government (retired)", "Former Deputy Mayor's policy adviser"),
    ),
    ExpertKind.CURRENT_OFFICIAL: (
        ("Seoul Metropolitan Government", "Deputy Director"),
        ("Seoul Metropolitan Government", "Senior Engineer"),
        ("Seoul Transportation Corporation", "Operations Manager"),
    ),
    ExpertKind.RESEARCHER: (
        ("The Seoul Institute", "Research Fellow"),
        ("University of Seoul", "Professor"),
        ("Korea Transport Institute", "Senior Researcher"),
        ("Korea Environment Institute", "Research Fellow"),
    ),
    ExpertKind.PRACTITIONER: (
        ("Seoul Housing & Communities Corporation", "Project Manager"),
        ("Transit fare systems integrator", "Overseas Business Manager"),
        ("Independent consultant", "Urban Systems Engineer"),
    ),
}
KINDS = (ExpertKind.FORMER_OFFICIAL, ExpertKind.CURRENT_OFFICIAL, ExpertKind.RESEARCHER, ExpertKind.PRACTITIONER)
EXTRA_LANGUAGES = ("es", "fr", "ru", "zh", "vi", "pt", "mn", "id", "es", "fr", "ar", "th", "am", "hi")

EXPERT_COUNT = 72
FICTIONAL_BIO = "Fictional profile for the demo data."


def expert_specs() -> list[ExpertSpec]:
    """72 invented members of the Seoul Policy Consulting Group, deterministic."""
    specs = [
        ExpertSpec(
            "Dr. Han Seo-yeon",
            "한서연",
            ExpertKind.RESEARCHER,
            "The Seoul Institute",
            "Research Fellow, urban transport",
            ("transportation", "urban_planning", "smart_city"),
            ("en", "ko", "es"),
            bio="Works on bus reform, fare integration and transit-oriented planning. " + FICTIONAL_BIO,
            username="expert",
        )
    ]
    seen = {"Han Seo-yeon"}
    index = 0
    while len(specs) < EXPERT_COUNT:
        family, family_ko = FAMILY[index % len(FAMILY)]
        given, given_ko = GIVEN[(index * 7 + index // len(FAMILY)) % len(GIVEN)]
        index += 1
        name = f"{family} {given}"
        if name in seen:
            continue
        seen.add(name)
        number = len(specs)
        kind = KINDS[number % len(KINDS)]
        affiliation, position = AFFILIATIONS[kind][number % len(AFFILIATIONS[kind])]
        primary = SECTOR_KEYS[number % len(SECTOR_KEYS)]
        sectors = (primary,) if number % 3 else (primary, SECTOR_KEYS[(number + 4) % len(SECTOR_KEYS)])
        languages = ("ko", "en") if number % 5 else ("ko",)
        if number % 3 == 1:
            languages += (EXTRA_LANGUAGES[(number // 3) % len(EXTRA_LANGUAGES)],)
        if "en" not in languages and number % 2:
            languages += ("en",)
        availability, window = Availability.AVAILABLE, None
        if number % 9 == 4:
            availability = Availability.LIMITED
        elif number % 13 == 7:
            availability, window = Availability.UNAVAILABLE, (-20 - number, 60 + number)
        title = "Dr. " if kind == ExpertKind.RESEARCHER else ""
        specs.append(
            ExpertSpec(
                f"{title}{name}",
                f"{family_ko}{given_ko}",
                kind,
                affiliation,
                position,
                sectors,
                languages,
                availability,
                window,
                bio=f"{position} at {affiliation}; experience in {', '.join(s.replace('_', ' ') for s in sectors)}. "
                + FICTIONAL_BIO,
            )
        )
    return specs
