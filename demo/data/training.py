"""Training programmes since 2005 (1,200+ officials in all) and name pools for their invented participants."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProgrammeSpec:
    title: str
    kind: str
    year: int
    participants: int
    sectors: tuple[str, ...]
    countries: tuple[str, ...]
    consultation: str = ""  # a CaseSpec key
    month: int = 5
    days: int = 10
    description: str = ""


ALL_PARTNER_COUNTRIES = (
    "MN", "PE", "TH", "IN", "CO", "MZ", "ET", "VN", "PH", "NZ", "ID", "KH", "LA", "KZ", "UZ", "KE", "TZ", "GH",
    "RW", "EC", "BO", "AZ", "NP", "LK",
)  # fmt: skip
# Trainees also come from cities that never asked for a consultation.
OTHER_COUNTRIES = ("MY", "BD", "PK", "EG", "TN", "GE", "UA", "MX", "CL", "BR", "MM", "TR")
WIDE = ALL_PARTNER_COUNTRIES + OTHER_COUNTRIES

COURSE_TITLE = "Seoul Urban Management Course for City Officials"
MASTERS_TITLE = "Master's Programme in Urban Administration and Planning (fully funded by Seoul)"


def programme_specs() -> list[ProgrammeSpec]:
    specs: list[ProgrammeSpec] = []
    for year in (*range(2005, 2020), 2022, 2023, 2024):
        specs.append(
            ProgrammeSpec(
                COURSE_TITLE,
                "course",
                year,
                30 + (year * 7) % 11,
                ("urban_planning", "transportation", "smart_city"),
                WIDE,
                month=4 + year % 6,
                days=12,
                description="Learner-dictated urban themes: lectures, site visits and policy labs in Seoul.",
            )
        )
    for year in range(2013, 2025):
        specs.append(
            ProgrammeSpec(
                MASTERS_TITLE,
                "masters",
                year,
                16 + year % 5,
                ("urban_planning", "economy"),
                WIDE,
                month=9,
                days=540,
                description="A fully funded master's programme for city officials, taught in English in Seoul.",
            )
        )
    specs += [
        ProgrammeSpec(
            "e-Government Workshop for African Cities", "workshop", 2013, 35, ("smart_city",),
            ("MZ", "ET", "KE", "TZ", "RW", "GH"), consultation="maputo-egov", month=11, days=5,
        ),
        ProgrammeSpec(
            "Study visit: Seoul's 2004 bus reform and T-money", "study_visit", 2013, 20, ("transportation",),
            ("MN",), consultation="ub-umoney", month=11, days=6,
        ),
        ProgrammeSpec(
            "Transport Card and Fare Collection Workshop", "workshop", 2014, 40, ("transportation",),
            ("MN", "TH", "CO", "PH", "VN", "ID", "IN"), month=10, days=4,
        ),
        ProgrammeSpec(
            "Study visit: Arisu water supply and leak reduction", "study_visit", 2016, 15, ("water",),
            ("PE",), consultation="chanchamayo-water-1", month=4, days=7,
        ),
        ProgrammeSpec(
            "Water Supply Management Workshop", "workshop", 2016, 30, ("water",),
            ("PE", "KE", "LA", "KH", "BO", "EC", "TZ"), month=6, days=5,
        ),
        ProgrammeSpec(
            "Urban Planning Capacity Building, Addis Ababa", "workshop", 2016, 60, ("urban_planning",),
            ("ET",), consultation="addis-planning", month=10, days=10,
        ),
        ProgrammeSpec(
            "Study visit: Cheonggyecheon restoration", "study_visit", 2017, 20, ("environment", "urban_planning"),
            WIDE, month=5, days=4,
        ),
        ProgrammeSpec(
            "Study visit: TOPIS traffic operations", "study_visit", 2018, 25, ("transportation", "smart_city"),
            ("PH", "TZ", "KE", "VN", "UZ", "AZ"), month=9, days=4,
        ),
        ProgrammeSpec(
            "Disaster Safety Management Workshop", "workshop", 2019, 30, ("safety",),
            ("KH", "NP", "PH", "ID", "LK", "BD"), month=3, days=5,
        ),
        ProgrammeSpec(
            "Online Urban Policy Webinar Series", "workshop", 2020, 80, ("urban_planning", "welfare", "environment"),
            WIDE, month=9, days=60,
        ),
        ProgrammeSpec(
            "Online Urban Policy Webinar Series", "workshop", 2021, 75, ("smart_city", "transportation", "housing"),
            WIDE, month=9, days=60,
        ),
        ProgrammeSpec(
            "Smart City Workshop, Lima", "workshop", 2021, 40, ("smart_city",),
            ("PE",), consultation="lima-smart-city", month=11, days=3,
        ),
    ]  # fmt: skip
    return specs


POSITIONS = (
    "Urban planning officer",
    "Transport engineer",
    "Adviser to the mayor",
    "Water utility engineer",
    "IT manager",
    "Environment officer",
    "Budget analyst",
    "Housing officer",
    "Disaster management officer",
    "Policy researcher",
    "Deputy head of department",
    "Project manager",
)

_SPANISH = (
    ("María", "José", "Luis", "Carmen", "Jorge", "Ana", "Carlos", "Lucía", "Diego", "Rosa", "Miguel", "Sofía"),
    ("García", "Quispe", "Rojas", "Torres", "Flores", "Mendoza", "Vargas", "Castillo", "Ramírez", "Huamán",
     "Ospina", "Andrade", "Mamani", "Paredes", "Gómez", "Díaz"),
)  # fmt: skip
_SOUTH_ASIAN = (
    ("Priya", "Arjun", "Anita", "Rahul", "Sunita", "Vikram", "Kavya", "Sanjay", "Meera", "Ravi", "Farhana", "Imran"),
    ("Deshmukh", "Menon", "Sharma", "Patel", "Iyer", "Gurung", "Perera", "Shrestha", "Fernando", "Rao", "Ahmed",
     "Khan"),
)  # fmt: skip
_AFRICAN = (
    ("Wanjiru", "Otieno", "Neema", "Kwame", "Aline", "Selamawit", "Tesfaye", "Amina", "Joseph", "Grace", "Abebe",
     "Samuel", "Esther", "Inês"),
    ("Kamau", "Ochieng", "Mwakyusa", "Asante", "Uwase", "Bekele", "Mensah", "Haile", "Njoroge", "Tembe", "Mutua",
     "Boateng", "Girma", "Macuácua"),
)  # fmt: skip
_SOUTHEAST_ASIAN = (
    ("Dewi", "Budi", "Sri", "Agus", "Rina", "Hendra", "Wulan", "Joko", "Nurul", "Aziz"),
    ("Lestari", "Santoso", "Wijaya", "Pratama", "Hidayat", "Saputra", "Kurniawan", "Siregar", "Rahman", "Ismail"),
)
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "MN": (
        ("Bat-Erdene", "Enkhjargal", "Oyunchimeg", "Ganbaatar", "Tsetsegmaa", "Munkhbat", "Sarangerel", "Bold",
         "Narantsetseg", "Tuvshin"),
        ("Dorj", "Bat", "Ganbold", "Tsend", "Purev", "Sukhbaatar", "Altankhuyag", "Erdene"),
    ),
    "VN": (
        ("Thi Lan", "Van Minh", "Thi Hoa", "Van Hung", "Thi Mai", "Duc Anh", "Thanh Tung", "Thi Huong"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
    ),
    "TH": (
        ("Somchai", "Siriporn", "Anan", "Kanya", "Prasert", "Ratana", "Wichai", "Nok"),
        ("Rattanakul", "Srisuk", "Chaiyaporn", "Thongdee", "Wongsa", "Suwan"),
    ),
    "PH": (
        ("Maria Cristina", "Jose Miguel", "Ana Liza", "Ramon", "Rowena", "Paolo", "Jocelyn", "Mark Anthony"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Aquino", "Villanueva"),
    ),
    "KH": (
        ("Sokha", "Dara", "Srey", "Vanna", "Chanthy", "Pisey", "Rithy", "Sophal"),
        ("Chea", "Sok", "Heng", "Kim", "Lim", "Chan", "Meas", "Ouk"),
    ),
    "LA": (
        ("Keo", "Bounmy", "Somphone", "Vilay", "Noy", "Khamla"),
        ("Phommachanh", "Vongsa", "Sisavath", "Inthavong", "Keomany", "Souvannavong"),
    ),
    "NZ": (
        ("Aroha", "Tane", "Sarah", "James", "Mere", "Liam", "Hannah", "Wiremu"),
        ("Tane", "Walker", "Ngata", "Thompson", "Parata", "Wilson", "Campbell"),
    ),
    "CENTRAL": (
        ("Aigerim", "Dilshod", "Leyla", "Nursultan", "Madina", "Rustam", "Aliya", "Farrukh", "Kamran", "Gulnara"),
        ("Sadykova", "Karimov", "Aliyeva", "Abenov", "Yusupova", "Rakhimov", "Mammadov", "Nazarbekova"),
    ),
    "ARABIC": (
        ("Ahmed", "Fatma", "Omar", "Mariam", "Youssef", "Nour", "Karim", "Salma"),
        ("Hassan", "Mansour", "Ibrahim", "Saleh", "Khalil", "Ben Ali", "Haddad"),
    ),
    "EUROPE": (
        ("Olena", "Giorgi", "Nino", "Andriy", "Tamar", "Dmytro", "Emre", "Zeynep"),
        ("Kovalenko", "Beridze", "Shevchenko", "Kapanadze", "Bondarenko", "Lomidze", "Yilmaz", "Demir"),
    ),
    "PORTUGUESE": (
        ("João", "Ana", "Pedro", "Mariana", "Rafael", "Beatriz", "Tiago", "Camila"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida"),
    ),
    "SPANISH": _SPANISH,
    "SOUTH_ASIAN": _SOUTH_ASIAN,
    "AFRICAN": _AFRICAN,
    "SOUTHEAST_ASIAN": _SOUTHEAST_ASIAN,
}  # fmt: skip
POOL_OF_COUNTRY = {
    "PE": "SPANISH", "CO": "SPANISH", "EC": "SPANISH", "BO": "SPANISH", "MX": "SPANISH", "CL": "SPANISH",
    "IN": "SOUTH_ASIAN", "NP": "SOUTH_ASIAN", "LK": "SOUTH_ASIAN", "BD": "SOUTH_ASIAN", "PK": "SOUTH_ASIAN",
    "MZ": "AFRICAN", "ET": "AFRICAN", "KE": "AFRICAN", "TZ": "AFRICAN", "GH": "AFRICAN", "RW": "AFRICAN",
    "ID": "SOUTHEAST_ASIAN", "MY": "SOUTHEAST_ASIAN", "MM": "SOUTHEAST_ASIAN",
    "KZ": "CENTRAL", "UZ": "CENTRAL", "AZ": "CENTRAL",
    "EG": "ARABIC", "TN": "ARABIC", "GE": "EUROPE", "UA": "EUROPE", "TR": "EUROPE", "BR": "PORTUGUESE",
}  # fmt: skip


def name_pool(country: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return NAME_POOLS.get(country) or NAME_POOLS[POOL_OF_COUNTRY.get(country, "SOUTHEAST_ASIAN")]
