"""Funding sources, companies, the PPP network and exchange rates of the demo data.

The sources are the real national partners and funds named in the case study. Commitments are demo
figures (in demo/data/cases.py, plus the PPP network's commitments below) except Chanchamayo's
270,000 EUR, which came from SMG's own fund / overseas aid program and so is not part of the network's
headline. Calibrated to the case study's definition (consultations.results): secured commitments of
national partners and international organisations dated from the network's launch (July 2014) add up to
3.2 million EUR in 12 countries. The 2013 KOICA grant to Maputo predates the network and is left out of
that headline (it is in the all-sources total), as are development banks, SMG's fund, city budgets and
companies.
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
        "national_partner",
        "KR",
        "https://www.koica.go.kr",
        "Korea's grant aid agency; a national partner of the policy-sharing PPP network since July 2014.",
    ),
    SourceSpec(
        "molit",
        "Ministry of Land, Infrastructure and Transport",
        "MOLIT",
        "national_partner",
        "KR",
        "https://www.molit.go.kr",
        "Funds feasibility studies and infrastructure projects abroad.",
    ),
    SourceSpec(
        "moi",
        "Ministry of the Interior",
        "MOI",
        "national_partner",
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
        "Seoul Metropolitan Government's own fund for policy sharing and its overseas aid program (it funded "
        "Chanchamayo's San Ramon water plant).",
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
        "development_bank",
        "PH",
        "https://www.adb.org",
        "Multilateral development bank; co-finances transport and urban projects in Asia.",
    ),
    SourceSpec(
        "idb",
        "Inter-American Development Bank",
        "IDB",
        "development_bank",
        "US",
        "https://www.iadb.org",
        "Multilateral development bank for Latin America and the Caribbean.",
    ),
    SourceSpec(
        "gggi",
        "Global Green Growth Institute",
        "GGGI",
        "international_organisation",
        "KR",
        "https://gggi.org",
        "Treaty-based international organisation headquartered in Seoul; co-funds green growth projects "
        "(demo partner of the PPP network).",
    ),
    SourceSpec(
        "company",
        "Private company investment",
        "",
        "private",
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


@dataclass(frozen=True)
class NetworkCommitment:
    """A commitment the PPP network secured for a case (added to the case's own commitments in cases.py)."""

    case: str
    source: str
    amount: str
    currency: str
    status: str
    note: str = "PPP network commitment (demo figure)."


# With the national partners' commitments in cases.py dated after July 2014 (2,002,000 EUR in India,
# Ethiopia, Peru, Rwanda, Kenya, Cambodia, Uzbekistan, the Philippines and Nepal), these bring the network's
# headline to 3,200,000 EUR in 12 countries (adding Tanzania, Bolivia and Viet Nam).
PPP_NETWORK_COMMITMENTS: tuple[NetworkCommitment, ...] = (
    NetworkCommitment("pwani-mpya-topis", "koica", "420000", "EUR", "disbursed"),
    NetworkCommitment("villa-esperanza-bikes", "gggi", "380000", "EUR", "committed"),
    NetworkCommitment(
        "hcmc-railway-ppp",
        "molit",
        "398000",
        "EUR",
        "committed",
        "MOLIT funds the pre-feasibility study of the urban railway PPP (demo figure).",
    ),
)
PPP_NETWORK_TARGET_EUR = Decimal("3200000")
PPP_NETWORK_TARGET_COUNTRIES = 12


def network_commitments_for(case_key: str) -> tuple[NetworkCommitment, ...]:
    return tuple(item for item in PPP_NETWORK_COMMITMENTS if item.case == case_key)


@dataclass(frozen=True)
class MemberSpec:
    """A member of the PPP network: a company (by company key) or an institution (by source key)."""

    kind: str
    key: str
    joined_on: datetime.date
    sectors: tuple[str, ...] = ()
    note: str = ""


PPP_NETWORK_LAUNCH = datetime.date(2014, 7, 1)
NETWORK_MEMBERS: tuple[MemberSpec, ...] = (
    MemberSpec("institution", "koica", PPP_NETWORK_LAUNCH, note="National partner since the network's launch."),
    MemberSpec("institution", "molit", PPP_NETWORK_LAUNCH, ("transportation", "urban_railway", "urban_planning")),
    MemberSpec("institution", "moi", PPP_NETWORK_LAUNCH, note="Supports local governments' cooperation."),
    MemberSpec("institution", "gggi", datetime.date(2016, 3, 1), ("environment",)),
    MemberSpec("company", "kscc", PPP_NETWORK_LAUNCH, ("transportation",)),
    MemberSpec("company", "hanbit-water", datetime.date(2015, 5, 20), ("water",)),
    MemberSpec("company", "dasan-civic-tech", datetime.date(2015, 2, 10), ("smart_city",)),
    MemberSpec("company", "saebyeok-mobility", datetime.date(2019, 9, 2), ("transportation",)),
    MemberSpec("company", "nuri-flood-control", datetime.date(2017, 6, 12), ("safety", "water")),
)


@dataclass(frozen=True)
class RoleSpec:
    """A company's role on a case, with dates: only what the source states."""

    case: str
    company: str
    role: str
    started_on: datetime.date | None = None
    ended_on: datetime.date | None = None
    bid_outcome: str = ""
    description: str = ""


# The Korean Smart Card Company and Ulaanbaatar, as the case study tells it: it "consulted with the City of
# Ulaanbaatar. This later enabled them to successfully win the bid to become the implementer and operator of
# the Ulaanbaatar's system"; U-Money was introduced in 2015. The consulting and bidding years are not stated.
COMPANY_ROLES: tuple[RoleSpec, ...] = (
    RoleSpec(
        "ub-umoney",
        "kscc",
        "consultant",
        description="Consulted with the City of Ulaanbaatar on automatic fare collection (ICLEI case study #198).",
    ),
    RoleSpec(
        "ub-umoney",
        "kscc",
        "bidder",
        bid_outcome="won",
        description="Won the bid to implement and operate Ulaanbaatar's fare system.",
    ),
    RoleSpec(
        "ub-umoney",
        "kscc",
        "implementer",
        description="Implemented the U-Money smart card system, introduced in 2015.",
    ),
    RoleSpec(
        "ub-umoney",
        "kscc",
        "operator",
        started_on=datetime.date(2015, 1, 1),
        description="Operates U-Money since its introduction in 2015; 68% of commuters used it in October 2016.",
    ),
    RoleSpec("mawingu-nrw", "hanbit-water", "implementer", description="Leak detection and district metering."),
    RoleSpec("mumbai-complaints", "dasan-civic-tech", "consultant", description="Complaint-handling software."),
    RoleSpec("umusozi-waste", "greenloop", "ppp_partner", description="Waste collection logistics (demo)."),
    RoleSpec("prey-meas-flood", "nuri-flood-control", "bidder", bid_outcome="pending"),
    RoleSpec("villa-esperanza-bikes", "saebyeok-mobility", "implementer", description="Bike-sharing stations."),
)

# Value of one unit in EUR; one rate per currency so the demo totals are exact.
RATES_VALID_FROM = datetime.date(2024, 1, 1)
EXCHANGE_RATES: dict[str, Decimal] = {
    "USD": Decimal("0.92"),
    "KRW": Decimal("0.00068"),
    "PEN": Decimal("0.25"),
    "MNT": Decimal("0.00027"),
}
