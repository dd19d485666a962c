"""Funding sources, companies and exchange rates of the demo data.

The sources are the real national partners and funds named in the case study; commitments (in
demo/data/cases.py) are demo figures except Chanchamayo's 270,000 EUR, and add up to the case
study's 3.2 million EUR in 12 countries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class SourceSpec:
    key: str
    name: str
    acronym: str
    kind: str
    country: str = ""
    website: str = ""
    description: str = ""


SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        "koica",
        "Korea International Cooperation Agency",
        "KOICA",
        "national_agency",
        "KR",
        "https://www.koica.go.kr",
        "Korea's grant aid agency; a national partner of the policy-sharing PPP network since July 2014.",
    ),
    SourceSpec(
        "molit",
        "Ministry of Land, Infrastructure and Transport",
        "MOLIT",
        "ministry",
        "KR",
        "https://www.molit.go.kr",
        "Funds feasibility studies and infrastructure projects abroad.",
    ),
    SourceSpec(
        "moi",
        "Ministry of the Interior",
        "MOI",
        "ministry",
        "KR",
        "https://www.mois.go.kr",
        "Supports local governments' international cooperation.",
    ),
    SourceSpec(
        "smg-fund",
        "SMG International Cooperation Fund",
        "SMG ICF",
        "smg_fund",
        "KR",
        "https://english.seoul.go.kr",
        "Seoul Metropolitan Government's own fund for policy sharing and overseas aid.",
    ),
    SourceSpec(
        "city-budget",
        "Partner city's own budget",
        "",
        "city_budget",
        description="Co-financing from the partner city's budget.",
    ),
    SourceSpec(
        "adb",
        "Asian Development Bank",
        "ADB",
        "multilateral_bank",
        "PH",
        "https://www.adb.org",
        "Multilateral development bank; co-finances transport and urban projects in Asia.",
    ),
    SourceSpec(
        "idb",
        "Inter-American Development Bank",
        "IDB",
        "multilateral_bank",
        "US",
        "https://www.iadb.org",
        "Multilateral development bank for Latin America and the Caribbean.",
    ),
    SourceSpec(
        "company",
        "Private company investment",
        "",
        "company",
        description="Investment by a company that implements the policy; the commitment names the company.",
    ),
)


@dataclass(frozen=True)
class CompanySpec:
    key: str
    name: str
    name_ko: str
    is_sme: bool
    sectors: tuple[str, ...]
    policy_modules: tuple[str, ...]
    website: str = ""
    description: str = ""


COMPANIES: tuple[CompanySpec, ...] = (
    CompanySpec(
        "kscc",
        "Korean Smart Card Company",
        "한국스마트카드",
        False,
        ("transportation",),
        ("t-money-smart-card", "seoul-bus-reform-2004"),
        "https://www.t-money.co.kr",
        "Established by Seoul Metropolitan Government; implemented Seoul's automatic fare collection during the "
        "2004 public transport reform. Consulted Ulaanbaatar, won the bid and operates U-Money.",
    ),
    CompanySpec(
        "hanbit-water",
        "Hanbit Water Solutions",
        "한빛워터솔루션",
        True,
        ("water",),
        ("water-leak-reduction", "arisu-tap-water"),
        description="Leak detection and district metering (fictional SME for the demo data).",
    ),
    CompanySpec(
        "dasan-civic-tech",
        "Dasan Civic Tech",
        "다산시빅테크",
        True,
        ("smart_city",),
        ("120-dasan-call-center", "eungdapso"),
        description="Call-centre and complaint-handling software (fictional SME for the demo data).",
    ),
    CompanySpec(
        "saebyeok-mobility",
        "Saebyeok Mobility",
        "새벽모빌리티",
        True,
        ("transportation",),
        ("ddareungi-public-bike", "nanum-car"),
        description="Bike-sharing stations and fleet software (fictional SME for the demo data).",
    ),
    CompanySpec(
        "nuri-flood-control",
        "Nuri Flood Control Engineering",
        "누리방재엔지니어링",
        True,
        ("safety", "water"),
        ("flood-prevention-deep-tunnel",),
        description="Rainwater pumping and flood early-warning systems (fictional SME for the demo data).",
    ),
    CompanySpec(
        "greenloop",
        "Greenloop Resource",
        "그린루프자원",
        True,
        ("environment",),
        ("volume-based-waste-fee",),
        description="Waste collection logistics and RFID bins (fictional SME for the demo data).",
    ),
)

# Value of one unit in EUR; one rate per currency so the demo totals are exact.
RATES_VALID_FROM = datetime.date(2024, 1, 1)
EXCHANGE_RATES: dict[str, Decimal] = {
    "USD": Decimal("0.92"),
    "KRW": Decimal("0.00068"),
    "PEN": Decimal("0.25"),
    "MNT": Decimal("0.00027"),
}
