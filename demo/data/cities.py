"""Partner cities: the ten publicly named ones, then invented ones (is_fictional) up to 32 cities in 24 countries.

Figures of the named cities are rounded public figures; the invented cities' names and figures are made up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CitySpec:
    key: str
    name: str
    country: str
    region: str
    name_local: str = ""
    population: int | None = None
    land_area_km2: str | None = None
    financial_capacity: str = ""
    website: str = ""
    latitude: str | None = None
    longitude: str | None = None
    is_iclei_member: bool = False
    is_fictional: bool = False
    notes: str = ""
    official: tuple[str, str, str] = ("", "", "en")  # first name, last name, preferred language
    contact: tuple[str, str] = ("", "")  # name, position


PUBLIC_NOTE = "Publicly named partner of Seoul's policy sharing; population and area are rounded public figures."
FICTIONAL_NOTE = "Fictional city invented for the demo data; it is not a real partner of Seoul."

REAL_CITIES: tuple[CitySpec, ...] = (
    CitySpec(
        "ulaanbaatar",
        "Ulaanbaatar",
        "MN",
        "east_asia",
        "Улаанбаатар",
        1_500_000,
        "4704.40",
        "medium",
        "https://www.ulaanbaatar.mn",
        "47.91840",
        "106.91760",
        notes="Severe traffic congestion; buses are the only public transport. Consulted on Seoul's 2004 transport "
        "reform; the Korean Smart Card Company won the bid and operates U-Money (ICLEI case study #198).",
        official=("Bat-Erdene", "Ganbold", "en"),
        contact=("Oyunchimeg Dorj", "Head of Public Transport Department"),
    ),
    CitySpec(
        "chanchamayo",
        "Chanchamayo",
        "PE",
        "latin_america",
        "Chanchamayo",
        200_000,
        None,
        "low",
        "",
        "-11.05490",
        "-75.32920",
        notes="About 200,000 people between the Andes and the Amazon; water utilities built 60 years ago. Seoul "
        "funded and advised the San Ramon water purification plant (ICLEI case study #198).",
        official=("Rosa", "Quispe Huamán", "es"),
        contact=("Jorge Mendoza", "Gerente de Servicios Públicos"),
    ),
    CitySpec(
        "bangkok",
        "Bangkok",
        "TH",
        "southeast_asia",
        "กรุงเทพมหานคร",
        5_600_000,
        "1568.70",
        "high",
        "https://www.bangkok.go.th",
        "13.75630",
        "100.50180",
        notes="Transport card consulting.",
        official=("Somchai", "Rattanakul", "en"),
    ),
    CitySpec(
        "mumbai",
        "Mumbai",
        "IN",
        "south_asia",
        "मुंबई",
        12_400_000,
        "603.40",
        "medium",
        "https://portal.mcgm.gov.in",
        "19.07600",
        "72.87770",
        notes="Smart complaint reporting (2014).",
        official=("Priya", "Deshmukh", "en"),
    ),
    CitySpec(
        "bogota",
        "Bogota",
        "CO",
        "latin_america",
        "Bogotá",
        7_400_000,
        "1775.00",
        "high",
        "https://bogota.gov.co",
        "4.71100",
        "-74.07210",
        notes="Bus fleet management and fare collection.",
        official=("Andrés", "Rojas", "es"),
    ),
    CitySpec(
        "lima",
        "Lima",
        "PE",
        "latin_america",
        "Lima",
        9_700_000,
        "2672.30",
        "medium",
        "https://www.munlima.gob.pe",
        "-12.04640",
        "-77.04280",
        notes="Smart city (2021).",
        official=("Lucía", "Paredes", "es"),
    ),
    CitySpec(
        "maputo",
        "Maputo",
        "MZ",
        "africa",
        "Maputo",
        1_100_000,
        "347.00",
        "low",
        "",
        "-25.96920",
        "32.57320",
        notes="e-Government feasibility study (2013).",
        official=("Inês", "Macuácua", "en"),
    ),
    CitySpec(
        "addis-ababa",
        "Addis Ababa",
        "ET",
        "africa",
        "አዲስ አበባ",
        3_400_000,
        "527.00",
        "low",
        "",
        "9.03200",
        "38.74690",
        notes="Urban planning capacity building (2016).",
        official=("Selamawit", "Bekele", "en"),
    ),
    CitySpec(
        "ho-chi-minh-city",
        "Ho Chi Minh City",
        "VN",
        "southeast_asia",
        "Thành phố Hồ Chí Minh",
        9_000_000,
        "2061.00",
        "medium",
        "",
        "10.82310",
        "106.62970",
        notes="Urban railway public-private partnership advice.",
        official=("Thi Lan", "Nguyen", "en"),
    ),
    CitySpec(
        "manila",
        "Manila",
        "PH",
        "southeast_asia",
        "Maynila",
        1_800_000,
        "42.88",
        "medium",
        "https://manila.gov.ph",
        "14.59950",
        "120.98420",
        notes="Intelligent transport systems (ITS).",
        official=("Maria Cristina", "Santos", "en"),
    ),
)


def _fictional(key, name, country, region, population, capacity, official, lat, lon, local="") -> CitySpec:
    return CitySpec(
        key,
        name,
        country,
        region,
        local,
        population,
        None,
        capacity,
        "",
        lat,
        lon,
        is_fictional=True,
        notes=FICTIONAL_NOTE,
        official=official,
    )


FICTIONAL_CITIES: tuple[CitySpec, ...] = (
    _fictional("kaiwhero", "Kaiwhero", "NZ", "oceania", 180_000, "high", ("Aroha", "Tane", "en"), "-39.10", "175.90"),
    _fictional(
        "suryanegara",
        "Suryanegara",
        "ID",
        "southeast_asia",
        2_300_000,
        "medium",
        ("Dewi", "Lestari", "en"),
        "-6.90",
        "109.10",
    ),
    _fictional(
        "danau-perak",
        "Danau Perak",
        "ID",
        "southeast_asia",
        640_000,
        "medium",
        ("Budi", "Santoso", "en"),
        "-0.95",
        "119.90",
    ),
    _fictional(
        "prey-meas",
        "Prey Meas",
        "KH",
        "southeast_asia",
        420_000,
        "low",
        ("Sokha", "Chea", "en"),
        "12.20",
        "104.90",
        "ព្រៃមាស",
    ),
    _fictional(
        "muang-khamdeng",
        "Muang Khamdeng",
        "LA",
        "southeast_asia",
        260_000,
        "low",
        ("Keo", "Phommachanh", "en"),
        "17.40",
        "104.80",
    ),
    _fictional(
        "zhasylkol",
        "Zhasylkol",
        "KZ",
        "central_asia",
        950_000,
        "medium",
        ("Aigerim", "Sadykova", "en"),
        "49.80",
        "73.10",
        "Жасылкөл",
    ),
    _fictional(
        "oqtepa-nur", "Oqtepa-Nur", "UZ", "central_asia", 730_000, "low", ("Dilshod", "Karimov", "en"), "40.10", "67.80"
    ),
    _fictional("mawingu", "Mawingu", "KE", "africa", 1_200_000, "low", ("Wanjiru", "Kamau", "en"), "-0.40", "36.90"),
    _fictional(
        "ziwa-ndogo", "Ziwa Ndogo", "KE", "africa", 310_000, "low", ("Otieno", "Ochieng", "en"), "-0.10", "34.70"
    ),
    _fictional(
        "pwani-mpya", "Pwani Mpya", "TZ", "africa", 870_000, "low", ("Neema", "Mwakyusa", "en"), "-6.80", "39.20"
    ),
    _fictional("adomfie", "Adomfie", "GH", "africa", 560_000, "low", ("Kwame", "Asante", "en"), "6.70", "-1.60"),
    _fictional("umusozi", "Umusozi", "RW", "africa", 340_000, "low", ("Aline", "Uwase", "en"), "-1.95", "30.06"),
    _fictional(
        "san-aurelio",
        "San Aurelio de los Ríos",
        "EC",
        "latin_america",
        480_000,
        "medium",
        ("Gabriela", "Andrade", "es"),
        "-1.80",
        "-79.50",
    ),
    _fictional(
        "villa-esperanza",
        "Villa Esperanza del Sur",
        "BO",
        "latin_america",
        390_000,
        "low",
        ("Javier", "Mamani", "es"),
        "-17.40",
        "-66.15",
    ),
    _fictional(
        "gulzarabad",
        "Gulzarabad",
        "AZ",
        "central_asia",
        610_000,
        "medium",
        ("Leyla", "Aliyeva", "en"),
        "40.40",
        "48.50",
    ),
    _fictional("himalkot", "Himalkot", "NP", "south_asia", 290_000, "low", ("Sita", "Gurung", "en"), "28.20", "84.00"),
    _fictional(
        "sirigama-nuwara",
        "Sirigama Nuwara",
        "LK",
        "south_asia",
        250_000,
        "medium",
        ("Nadeesha", "Perera", "en"),
        "7.30",
        "80.60",
    ),
    _fictional(
        "altan-nuur",
        "Altan Nuur",
        "MN",
        "east_asia",
        120_000,
        "low",
        ("Enkhjargal", "Tsend", "en"),
        "49.50",
        "105.90",
        "Алтан нуур",
    ),
    _fictional(
        "ben-sen", "Bến Sen", "VN", "southeast_asia", 1_050_000, "medium", ("Van Minh", "Tran", "en"), "16.00", "108.20"
    ),
    _fictional(
        "san-lorenzo-del-mar",
        "San Lorenzo del Mar",
        "PH",
        "southeast_asia",
        530_000,
        "low",
        ("Jose Miguel", "Reyes", "en"),
        "10.30",
        "123.90",
    ),
    _fictional(
        "chandrapuri",
        "Chandrapuri",
        "IN",
        "south_asia",
        2_700_000,
        "medium",
        ("Arjun", "Menon", "en"),
        "21.10",
        "79.00",
    ),
    _fictional(
        "santa-clara-del-valle",
        "Santa Clara del Valle Verde",
        "CO",
        "latin_america",
        820_000,
        "medium",
        ("Camila", "Ospina", "es"),
        "6.25",
        "-75.56",
    ),
)

CITIES: tuple[CitySpec, ...] = REAL_CITIES + FICTIONAL_CITIES
