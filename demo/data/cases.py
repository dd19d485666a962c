"""The demo consultations: where each case stands, how it got there, and its particulars.

Ulaanbaatar's U-Money and Chanchamayo's water plant carry the case study's figures. The other publicly
named cities carry the topic and year public accounts give; everything else (the fictional cities'
cases, the "demo scenario" follow-ups of real cities, dates, amounts other than Chanchamayo's) is
invented for the demo. Amounts of secured commitments (committed or disbursed) add up to 3.2 million
EUR in 12 countries, as in the case study.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

D = datetime.date
ICLEI = "ICLEI Case Study #198 (December 2017)"
EXPERT_ACCOUNT = "@expert"  # the Expert linked to the `expert` demo account
DEMO_SCENARIO = "(Demo scenario: an invented follow-up to the publicly named consultation.)"


@dataclass(frozen=True)
class Commitment:
    source: str
    amount: str
    currency: str
    status: str
    company: str = ""
    note: str = ""


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str
    baseline: str | None
    target: str | None
    # (date, or days after the case entered follow-up; value; source)
    measurements: tuple[tuple[datetime.date | int, str, str], ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Hold:
    stage: str
    days: int
    reason: str
    resume_note: str


@dataclass(frozen=True)
class CaseSpec:
    key: str
    city: str
    title: str
    challenge: str
    sectors: tuple[str, ...]
    sdgs: tuple[int, ...]
    modules: tuple[str, ...]
    budget: str  # BudgetSituation
    track: str  # "" for cases that never got past screening
    reach: str  # the furthest pipeline stage the case reached ("draft" for drafts)
    entered: datetime.date | int  # when the case entered its current state: a date, or days ago
    end: str = ""  # on_hold, declined, withdrawn, closed
    end_note: str = ""
    durations: dict[str, int] = field(default_factory=dict)
    holds: tuple[Hold, ...] = ()
    smg_lead: str = ""
    coordinator: str = ""
    experts: tuple[str, ...] = ()  # names; the first is the lead expert
    companies: tuple[str, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    recommendations: tuple[tuple[str, str], ...] = ()
    findings: str = ""
    milestones: tuple[str, ...] = ()
    evaluation: str = ""
    lessons: str = ""
    public_summary: str = ""
    expected_outcomes: str = ""
    study_visit: bool = False
    ppp_support: str = ""
    # What is left undone in the current stage (see demo.builder): e.g. a task force without its lead.
    partial: str = ""


UB_EVALUATION = (
    "U-Money was introduced in 2015. As of October 2016, 68% of commuters in Ulaanbaatar paid with it. Fare "
    "payment became transparent, and the number of accidents fell because bus drivers no longer need to compete "
    "for passengers."
)
CHANCHAMAYO_EVALUATION = (
    "With about 270,000 EUR of funding and technical consultation from Seoul, 3 km of the San Ramon plant's water "
    "intake pipeline were replaced and its storage capacity expanded from 3,000 to 7,000 tons a day. About 10% of "
    "the inhabitants gained access to clean potable water. This is the first of three phases of the city's water "
    "improvement plans."
)

CASES: tuple[CaseSpec, ...] = (
    # ---- The two cases of the ICLEI case study -------------------------------------------------
    CaseSpec(
        "ub-umoney",
        "ulaanbaatar",
        "Public transport smart card (U-Money)",
        "Severe traffic congestion as the population grows, made worse by poor traffic management. The bus is the "
        "only means of public transport and is often stuck in traffic. Fares are paid in cash, so revenue is not "
        "transparent and drivers compete for passengers.",
        ("transportation", "smart_city"),
        (9, 11),
        ("seoul-bus-reform-2004", "t-money-smart-card", "topis"),
        "partial",
        "consultation",
        "follow_up",
        D(2017, 2, 15),
        end="closed",
        end_note="Evaluation recorded: 68% of commuters use U-Money (October 2016).",
        durations={"follow_up": 600, "implementation": 420, "consulting": 120, "site_visit": 45, "analysis": 60},
        smg_lead="staff",
        coordinator="consultant",
        experts=("Han Byung-chul", EXPERT_ACCOUNT),
        companies=("kscc",),
        indicators=(
            Indicator(
                "Share of commuters paying with U-Money",
                "%",
                "0",
                None,
                ((D(2016, 10, 31), "68", ICLEI),),
                "Commuters in Ulaanbaatar using the U-Money smart card; the card was introduced in 2015.",
            ),
        ),
        recommendations=(
            (
                "Introduce automatic fare collection with a smart card",
                "Replace cash fares with a contactless card and central clearing, as Seoul did in its 2004 reform, "
                "so that every fare is recorded and revenue is transparent.",
            ),
            (
                "Pay bus operators by service, not by passengers carried",
                "Drivers racing for passengers cause accidents; paying operators per kilometre from the cleared "
                "revenue removes the incentive.",
            ),
            (
                "Select the system operator through an open bid",
                "Tender the fare system's implementation and operation; companies that built Seoul's system can "
                "take part.",
            ),
        ),
        findings="Buses are the only public transport and are stuck in congestion on the main corridors. Fares "
        "are paid in cash to conductors; revenue cannot be verified and drivers compete for passengers, which "
        "causes accidents.",
        milestones=(
            "Operator selected by public bid: Korean Smart Card Company",
            "U-Money smart card in service on city buses (2015)",
        ),
        evaluation=UB_EVALUATION,
        lessons="A company that built the system in Seoul could consult, win the bid and operate it abroad: "
        "policy sharing also opened a market for Korean businesses.",
        public_summary="Seoul's 2004 public transport reform inspired Ulaanbaatar's smart-card fare system. The "
        "Korean Smart Card Company, which implemented Seoul's automatic fare collection, consulted the city, won "
        "the bid and operates U-Money. " + UB_EVALUATION,
        expected_outcomes="Transparent fare collection, fewer accidents, better bus service.",
        study_visit=True,
        ppp_support="Bid documents and operating contract for the fare system",
    ),
    CaseSpec(
        "chanchamayo-water-1",
        "chanchamayo",
        "San Ramon water purification plant, phase 1",
        "Large seasonal variations of precipitation and a lack of water utility services. The utilities were "
        "built 60 years ago without proper maintenance: the water supply is unstable in the dry season and "
        "polluted in the rainy season.",
        ("water",),
        (3, 6, 11),
        ("arisu-tap-water", "water-leak-reduction"),
        "needs_funding",
        "funding",
        "follow_up",
        D(2018, 3, 20),
        end="closed",
        end_note="Phase 1 evaluated; phases 2 and 3 to be prepared as new requests.",
        durations={"follow_up": 240, "implementation": 400, "consulting": 100, "site_visit": 40, "analysis": 60},
        smg_lead="staff",
        coordinator="consultant",
        commitments=(
            Commitment(
                "smg-fund",
                "270000",
                "EUR",
                "disbursed",
                note="About 270,000 EUR of funding from Seoul for the San Ramon plant (ICLEI case study #198).",
            ),
        ),
        indicators=(
            Indicator(
                "Storage capacity of the San Ramon water plant",
                "t/day",
                "3000",
                "7000",
                ((D(2017, 8, 31), "7000", ICLEI),),
                "Water the plant can store and deliver per day.",
            ),
            Indicator(
                "Water intake pipeline replaced",
                "km",
                "0",
                "3",
                ((D(2017, 8, 31), "3", ICLEI),),
            ),
            Indicator(
                "Inhabitants with access to clean potable water from the plant",
                "%",
                "0",
                "10",
                ((D(2017, 11, 30), "10", ICLEI),),
                "Share of Chanchamayo's inhabitants given access to clean potable water by phase 1.",
            ),
        ),
        recommendations=(
            (
                "Replace the water intake pipeline",
                "Replace the worn intake pipeline (about 3 km) so that raw water reaches the plant in every season.",
            ),
            (
                "Expand the plant's storage capacity to 7,000 t/day",
                "Add storage and treatment capacity so the dry season no longer interrupts supply.",
            ),
            (
                "Plan the water improvement in three phases",
                "Start with the San Ramon plant; prepare the distribution network and leak reduction as later phases.",
            ),
        ),
        findings="The 60-year-old intake pipeline leaks and clogs; turbidity rises sharply in the rainy season and "
        "storage of 3,000 t/day runs out in the dry season.",
        milestones=("Intake pipeline replaced (3 km)", "Storage capacity expanded to 7,000 t/day"),
        evaluation=CHANCHAMAYO_EVALUATION,
        lessons="Funding is important but not a must; where it is needed, Seoul's own fund can start a first "
        "phase that makes later phases easier to finance.",
        public_summary="Chanchamayo, home to about 200,000 people between the Andes and the Amazon, asked Seoul for "
        "help with its water supply. " + CHANCHAMAYO_EVALUATION,
        expected_outcomes="A stable, clean water supply in every season.",
        study_visit=True,
    ),
    # ---- Other publicly named cities -----------------------------------------------------------
    CaseSpec(
        "maputo-egov",
        "maputo",
        "e-Government feasibility study",
        "Municipal services rely on paper procedures: citizens queue for permits and certificates, and the "
        "municipality lacks data for planning and revenue collection.",
        ("smart_city",),
        (9, 16),
        ("seoul-e-government", "open-system"),
        "needs_funding",
        "funding",
        "follow_up",
        D(2014, 6, 30),
        end="closed",
        end_note="Feasibility study delivered and roadmap adopted.",
        durations={"follow_up": 120, "implementation": 150, "consulting": 90, "site_visit": 30, "analysis": 45},
        smg_lead="hyewon.lee",
        coordinator="dasom.yoo",
        commitments=(Commitment("koica", "200000", "USD", "disbursed", note="Demo figure."),),
        milestones=("Feasibility study delivered to the municipality", "Priority e-services and roadmap adopted"),
        public_summary="In 2013 Seoul and Maputo studied the feasibility of e-government for the municipality, "
        "drawing on Seoul's e-government and its online disclosure of civil application procedures.",
    ),
    CaseSpec(
        "addis-planning",
        "addis-ababa",
        "Urban planning capacity building",
        "The city grows faster than its planning capacity; few staff are trained in master planning, land "
        "management and infrastructure planning.",
        ("urban_planning",),
        (4, 11, 17),
        ("2030-seoul-plan", "land-readjustment"),
        "needs_funding",
        "funding",
        "follow_up",
        D(2017, 8, 31),
        end="closed",
        end_note="Training delivered; evaluation recorded.",
        durations={"follow_up": 150, "implementation": 200, "consulting": 60, "analysis": 30},
        smg_lead="sangwoo.jeon",
        coordinator="kibum.nam",
        commitments=(Commitment("moi", "150000", "EUR", "disbursed", note="Demo figure."),),
        milestones=("Planning curriculum agreed with the city", "Capacity-building programme delivered"),
        public_summary="In 2016 Seoul ran an urban planning capacity-building programme for Addis Ababa's "
        "planners, based on Seoul's experience of master planning and land readjustment.",
        study_visit=True,
    ),
    CaseSpec(
        "mumbai-complaints",
        "mumbai",
        "Smart complaint reporting",
        "Citizens' complaints about roads, water and waste arrive through many channels and are hard to track; "
        "nobody knows how long a complaint takes to resolve.",
        ("smart_city",),
        (11, 16),
        ("eungdapso", "120-dasan-call-center"),
        "partial",
        "funding",
        "follow_up",
        D(2015, 10, 15),
        end="closed",
        durations={"follow_up": 150, "implementation": 180, "consulting": 80},
        smg_lead="hyewon.lee",
        coordinator="dasom.yoo",
        companies=("dasan-civic-tech",),
        commitments=(Commitment("moi", "120000", "EUR", "disbursed", note="Demo figure."),),
    ),
    CaseSpec(
        "bogota-bus",
        "bogota",
        "Bus fleet management and fare collection",
        "Bus operators run separate fleets and fare systems; passengers pay per operator and the city has no "
        "real-time view of its fleet.",
        ("transportation",),
        (9, 11),
        ("topis", "t-money-smart-card", "seoul-bus-reform-2004"),
        "self_financed",
        "consultation",
        "follow_up",
        D(2016, 11, 30),
        end="closed",
        smg_lead="staff",
        coordinator="kibum.nam",
        experts=("Choi Ha-eun", EXPERT_ACCOUNT),
    ),
    CaseSpec(
        "bangkok-card",
        "bangkok",
        "Transport card consulting",
        "Rail and bus lines use separate tickets and cards; transfers are costly and the city wants one card "
        "across modes.",
        ("transportation",),
        (9, 11),
        ("t-money-smart-card",),
        "self_financed",
        "consultation",
        "follow_up",
        D(2015, 5, 29),
        end="closed",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    CaseSpec(
        "lima-smart-city",
        "lima",
        "Smart city plan and integrated operations centre",
        "City systems for traffic, security and services are fragmented and share little data; Lima wants a "
        "smart-city plan and an integrated operations centre.",
        ("smart_city", "transportation"),
        (9, 11, 16),
        ("topis", "open-data-plaza", "seoul-e-government"),
        "partial",
        "funding",
        "follow_up",
        D(2024, 2, 28),
        end="closed",
        durations={"follow_up": 200, "implementation": 420, "consulting": 120, "site_visit": 40, "analysis": 60},
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        commitments=(
            Commitment("molit", "400000000", "KRW", "committed", note="Demo figure."),
            Commitment("city-budget", "200000", "PEN", "committed", note="Co-financing (demo figure)."),
        ),
        milestones=("Smart-city master plan adopted", "Operations centre pilot in service"),
        public_summary="From 2021 Seoul advised Lima on a smart-city plan and an integrated operations centre "
        "modelled on Seoul's TOPIS.",
    ),
    CaseSpec(
        "manila-its",
        "manila",
        "Intelligent transport system (ITS)",
        "Chronic congestion on arterial roads, traffic signals without coordination and no real-time traffic "
        "information for the public.",
        ("transportation", "smart_city"),
        (9, 11, 13),
        ("topis", "seoul-bus-reform-2004"),
        "needs_funding",
        "funding",
        "implementation",
        120,
        smg_lead="staff",
        coordinator="consultant",
        commitments=(
            Commitment("koica", "300000", "USD", "committed", note="Demo figure."),
            Commitment("adb", "200000", "USD", "committed", note="Co-financing (demo figure)."),
        ),
        milestones=("Signal controllers installed on the pilot corridor", "Traffic information centre in service"),
        partial="open_milestone",
    ),
    CaseSpec(
        "hcmc-railway-ppp",
        "ho-chi-minh-city",
        "Urban railway public-private partnership advice",
        "The city is building urban railway lines and needs a model for private participation in their "
        "construction and operation.",
        ("urban_railway",),
        (9, 11, 17),
        ("subway-line-9-ppp", "metro-operation-maintenance"),
        "partial",
        "consultation",
        "consulting",
        40,
        smg_lead="staff",
        coordinator="consultant",
        experts=("Hwang Su-bin", EXPERT_ACCOUNT),
        ppp_support="Risk allocation and concession structure for the next line",
        partial="unacknowledged",
    ),
    # ---- Invented follow-ups of real cities (demo scenarios) -----------------------------------
    CaseSpec(
        "chanchamayo-water-2",
        "chanchamayo",
        "San Ramon water plant, phase 2: distribution and leak reduction",
        "Phase 1 expanded the plant; the distribution network still loses much of the water before it reaches "
        "homes. " + DEMO_SCENARIO,
        ("water",),
        (6, 11),
        ("water-leak-reduction", "arisu-tap-water"),
        "needs_funding",
        "funding",
        "consulting",
        35,
        smg_lead="staff",
        coordinator="consultant",
        companies=("hanbit-water",),
        commitments=(Commitment("koica", "120000", "EUR", "pledged", note="Pledge, pending approval (demo figure)."),),
        partial="unacknowledged",
    ),
    CaseSpec(
        "ub-bus-routes",
        "ulaanbaatar",
        "Bus route reorganisation and median bus lanes",
        "U-Money's data shows overlapping routes and slow corridors; the city wants to reorganise its routes "
        "and give buses their own lanes. " + DEMO_SCENARIO,
        ("transportation",),
        (11, 13),
        ("seoul-bus-reform-2004", "topis"),
        "self_financed",
        "consultation",
        "site_visit",
        15,
        smg_lead="staff",
        coordinator="consultant",
        experts=(EXPERT_ACCOUNT,),
        partial="planned_visit",
    ),
    CaseSpec(
        "ub-bikes",
        "ulaanbaatar",
        "Public bicycle pilot in the city centre",
        "Short trips in the centre are made by car or crowded bus; the city wants to test public bicycles on "
        "safe routes.",
        ("transportation",),
        (3, 11),
        ("ddareungi-public-bike",),
        "partial",
        "",
        "draft",
        3,
    ),
    # ---- Fictional cities: closed ----------------------------------------------------------------
    CaseSpec(
        "umusozi-waste",
        "umusozi",
        "Household waste collection and recycling",
        "Waste collection covers only part of the city; most household waste ends in an open dump and little "
        "is recycled.",
        ("environment",),
        (11, 12),
        ("volume-based-waste-fee", "resource-recovery-facilities"),
        "needs_funding",
        "funding",
        "follow_up",
        300,
        end="closed",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
        companies=("greenloop",),
        commitments=(Commitment("moi", "140000", "EUR", "disbursed", note="Demo figure."),),
        indicators=(
            Indicator(
                "Household waste recycled",
                "%",
                "8",
                "25",
                ((60, "14", "City waste department"), (150, "21", "City waste department")),
            ),
        ),
        public_summary="A fictional demo case: Umusozi introduced separate collection and a bag-based waste fee "
        "inspired by Seoul; recycling rose from 8% to 21% in the first months.",
    ),
    CaseSpec(
        "kaiwhero-participation",
        "kaiwhero",
        "Citizen participation in the city plan",
        "The council wants residents to shape the next district plan, but turnout at consultations is low.",
        ("urban_planning",),
        (11, 16),
        ("2030-seoul-plan", "mvoting", "participatory-budgeting"),
        "self_financed",
        "consultation",
        "follow_up",
        700,
        end="closed",
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        public_summary="A fictional demo case: Kaiwhero adapted Seoul's citizens' panel and mobile voting to draft "
        "its district plan with residents.",
    ),
    CaseSpec(
        "danau-perak-carshare",
        "danau-perak",
        "Car sharing for the municipal fleet and residents",
        "Municipal cars stand idle most of the day while residents lack alternatives to owning a car.",
        ("transportation",),
        (11, 12),
        ("nanum-car",),
        "self_financed",
        "consultation",
        "follow_up",
        420,
        end="closed",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    CaseSpec(
        "gulzarabad-heritage",
        "gulzarabad",
        "Heritage trail and tourism information",
        "The old town's monuments are poorly signposted and visitors leave after a day.",
        ("culture",),
        (8, 11),
        ("seoul-city-wall", "seoul-lantern-festival"),
        "self_financed",
        "consultation",
        "follow_up",
        900,
        end="closed",
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
    ),
    CaseSpec(
        "san-aurelio-call-centre",
        "san-aurelio",
        "One number for citizen services",
        "Citizens do not know whom to call; each department has its own phone line and opening hours.",
        ("smart_city",),
        (11, 16),
        ("120-dasan-call-center",),
        "partial",
        "consultation",
        "follow_up",
        1200,
        end="closed",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    CaseSpec(
        "santa-clara-open-data",
        "santa-clara-del-valle",
        "Open data portal",
        "City data sits in departmental spreadsheets; businesses and researchers cannot use it.",
        ("smart_city",),
        (9, 16),
        ("open-data-plaza",),
        "self_financed",
        "consultation",
        "follow_up",
        1500,
        end="closed",
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
    ),
    # ---- Fictional cities: follow-up ---------------------------------------------------------------
    CaseSpec(
        "mawingu-nrw",
        "mawingu",
        "Reducing non-revenue water",
        "Almost half of the water produced is lost to leaks and illegal connections before it is billed.",
        ("water",),
        (6, 12),
        ("water-leak-reduction", "arisu-tap-water"),
        "needs_funding",
        "funding",
        "follow_up",
        140,
        smg_lead="staff",
        coordinator="consultant",
        companies=("hanbit-water",),
        commitments=(
            Commitment("koica", "250000", "EUR", "disbursed", note="Demo figure."),
            Commitment(
                "company",
                "60000",
                "EUR",
                "committed",
                company="hanbit-water",
                note="Leak-detection equipment (demo figure).",
            ),
        ),
        indicators=(
            Indicator(
                "Non-revenue water",
                "%",
                "48",
                "30",
                ((30, "45", "Water utility"), (75, "42", "Water utility"), (120, "39", "Water utility")),
            ),
        ),
        ppp_support="Performance contract with the leak-detection company",
        public_summary="A fictional demo case: Mawingu's utility is cutting water losses with district metering "
        "and leak detection learned from Seoul.",
    ),
    CaseSpec(
        "pwani-mpya-topis",
        "pwani-mpya",
        "Bus operations and traffic information centre",
        "Buses leave when full rather than on schedule, and the city has no real-time view of traffic.",
        ("transportation",),
        (9, 11),
        ("topis",),
        "needs_funding",
        "funding",
        "follow_up",
        100,
        smg_lead="hyewon.lee",
        coordinator="dasom.yoo",
        commitments=(Commitment("smg-fund", "220000", "EUR", "disbursed", note="Demo figure."),),
        indicators=(
            Indicator(
                "Buses departing on schedule",
                "%",
                "55",
                "85",
                ((20, "62", "Operations centre"), (50, "66", "Operations centre"), (90, "71", "Operations centre")),
            ),
        ),
    ),
    CaseSpec(
        "suryanegara-open-data",
        "suryanegara",
        "Open data and mobile voting",
        "Residents distrust budget decisions and the city publishes little data.",
        ("smart_city",),
        (16, 17),
        ("open-data-plaza", "mvoting"),
        "self_financed",
        "consultation",
        "follow_up",
        230,
        smg_lead="sangwoo.jeon",
        coordinator="kibum.nam",
        indicators=(
            Indicator(
                "Datasets published",
                "datasets",
                "0",
                "200",
                (
                    (30, "85", "City open data portal"),
                    (75, "122", "City open data portal"),
                    (120, "164", "City open data portal"),
                    (180, "181", "City open data portal"),
                ),
            ),
        ),
    ),
    CaseSpec(
        "ziwa-ndogo-credit",
        "ziwa-ndogo",
        "Credit guarantees for small businesses",
        "Market traders and workshops cannot borrow without collateral.",
        ("economy",),
        (8, 10),
        ("small-business-credit-guarantee", "social-economy-support"),
        "partial",
        "consultation",
        "follow_up",
        60,
        smg_lead="hyewon.lee",
        coordinator="dasom.yoo",
        indicators=(
            Indicator(
                "Small businesses with guaranteed loans",
                "businesses",
                "0",
                "500",
                ((15, "40", "City guarantee fund"), (45, "120", "City guarantee fund")),
            ),
        ),
    ),
    # ---- Fictional cities: implementation ------------------------------------------------------------
    CaseSpec(
        "prey-meas-flood",
        "prey-meas",
        "Flood early warning and drainage pumping",
        "Monsoon floods inundate the low-lying districts every year; there is no warning system and drainage "
        "relies on gravity alone.",
        ("safety", "water"),
        (6, 11, 13),
        ("flood-prevention-deep-tunnel", "disaster-safety-situation-room"),
        "needs_funding",
        "funding",
        "implementation",
        400,
        holds=(
            Hold(
                "analysis",
                90,
                "The municipal budget is frozen until the national budget law passes.",
                "The budget was released; the analysis resumes.",
            ),
        ),
        smg_lead="staff",
        coordinator="kibum.nam",
        companies=("nuri-flood-control",),
        commitments=(Commitment("molit", "250000", "EUR", "committed", note="Demo figure."),),
        milestones=("Rain gauges and river-level sensors installed", "Pumping station on the east canal in service"),
        partial="open_milestone",
    ),
    CaseSpec(
        "villa-esperanza-bikes",
        "villa-esperanza",
        "Public bike sharing",
        "Short trips clog the centre with minibuses and taxis; cycling is unsafe and there is no bike rental.",
        ("transportation",),
        (3, 11, 13),
        ("ddareungi-public-bike",),
        "needs_funding",
        "funding",
        "implementation",
        200,
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
        companies=("saebyeok-mobility",),
        commitments=(
            Commitment("idb", "200000", "USD", "committed", note="Demo figure."),
            Commitment("city-budget", "50000", "USD", "committed", note="Co-financing (demo figure)."),
        ),
        milestones=("First 20 stations installed", "Second phase of 30 stations"),
        ppp_support="Operating contract for the bike-sharing system",
        partial="open_milestone",
    ),
    CaseSpec(
        "chandrapuri-housing",
        "chandrapuri",
        "Public rental housing programme",
        "Informal settlements grow as rents rise; the city has land but no model for public rental housing.",
        ("housing",),
        (1, 10, 11),
        ("public-rental-housing", "shift-long-term-jeonse"),
        "needs_funding",
        "funding",
        "implementation",
        45,
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        commitments=(Commitment("molit", "180000", "EUR", "committed", note="Demo figure."),),
        milestones=("Housing agency statutes adopted", "First 300 rental homes tendered"),
        partial="open_milestone",
    ),
    # ---- Fictional cities: tailored consulting -----------------------------------------------------
    CaseSpec(
        "himalkot-resilience",
        "himalkot",
        "Earthquake-resilient public buildings and emergency response",
        "Schools and offices were damaged in the last earthquake; emergency response is not coordinated.",
        ("safety",),
        (4, 11, 13),
        ("seismic-retrofit-public-buildings", "disaster-safety-situation-room"),
        "needs_funding",
        "funding",
        "consulting",
        120,
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
        commitments=(Commitment("koica", "194000", "EUR", "committed", note="Demo figure."),),
        partial="undelivered",
    ),
    CaseSpec(
        "ben-sen-budgeting",
        "ben-sen",
        "Participatory budgeting",
        "Residents have no say in neighbourhood investments and complaints about priorities are rising.",
        ("economy",),
        (16,),
        ("participatory-budgeting", "mvoting"),
        "self_financed",
        "consultation",
        "consulting",
        20,
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        partial="undelivered",
    ),
    # ---- Fictional cities: site visit --------------------------------------------------------------
    CaseSpec(
        "adomfie-waste-energy",
        "adomfie",
        "Waste to energy for the market district",
        "The central market produces large volumes of organic and mixed waste that is burned in the open.",
        ("environment",),
        (7, 11, 12),
        ("resource-recovery-facilities", "volume-based-waste-fee"),
        "needs_funding",
        "funding",
        "site_visit",
        30,
        smg_lead="staff",
        coordinator="consultant",
        partial="planned_visit",
    ),
    CaseSpec(
        "sirigama-call-centre",
        "sirigama-nuwara",
        "Citizen service call centre",
        "Each department answers its own phones; complaints get lost between them.",
        ("smart_city",),
        (16,),
        ("120-dasan-call-center", "eungdapso"),
        "partial",
        "consultation",
        "site_visit",
        50,
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
        partial="visit_without_findings",
    ),
    # ---- Fictional cities: analysis ------------------------------------------------------------------
    CaseSpec(
        "zhasylkol-energy",
        "zhasylkol",
        "Building energy efficiency and district heating savings",
        "Old apartment blocks lose much of the district heat; energy bills and winter smog rise.",
        ("environment",),
        (7, 11, 13),
        ("one-less-nuclear-power-plant",),
        "self_financed",
        "consultation",
        "analysis",
        20,
        smg_lead="staff",
        coordinator="consultant",
        experts=("Dr. Kang Seo-jin", EXPERT_ACCOUNT),
    ),
    CaseSpec(
        "altan-nuur-air",
        "altan-nuur",
        "Winter air pollution from coal heating",
        "Ger districts burn raw coal for heating; winter air pollution is among the worst in the region.",
        ("environment",),
        (3, 7, 13),
        ("cng-city-buses", "one-less-nuclear-power-plant"),
        "needs_funding",
        "funding",
        "analysis",
        80,
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
    ),
    CaseSpec(
        "san-lorenzo-welfare",
        "san-lorenzo-del-mar",
        "Local welfare standards and visiting social workers",
        "Vulnerable households do not apply for the support they are entitled to.",
        ("welfare",),
        (1, 3, 10),
        ("seoul-welfare-standards", "chatdong-visiting-welfare"),
        "needs_funding",
        "funding",
        "analysis",
        10,
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    # ---- Fictional cities: task force ----------------------------------------------------------------
    CaseSpec(
        "muang-khamdeng-water",
        "muang-khamdeng",
        "Water quality management",
        "Tap water is not trusted; households buy bottled water and the utility cannot prove its quality.",
        ("water",),
        (3, 6),
        ("arisu-tap-water",),
        "needs_funding",
        "funding",
        "task_force",
        12,
        smg_lead="staff",
        partial="no_lead_expert",
    ),
    CaseSpec(
        "santa-clara-night-bus",
        "santa-clara-del-valle",
        "Night bus network",
        "Night-shift workers have no public transport after 11 p.m.",
        ("transportation",),
        (10, 11),
        ("owl-bus",),
        "self_financed",
        "consultation",
        "task_force",
        25,
        coordinator="kibum.nam",
        partial="no_smg_lead",
    ),
    CaseSpec(
        "san-aurelio-regeneration",
        "san-aurelio",
        "Regeneration of the historic centre",
        "The historic centre is emptying; workshops close and buildings decay.",
        ("urban_planning", "culture"),
        (8, 11),
        ("changsin-sungin-regeneration", "seoullo-7017"),
        "partial",
        "consultation",
        "task_force",
        40,
        partial="empty_task_force",
    ),
    # ---- Side states -------------------------------------------------------------------------------------
    CaseSpec(
        "oqtepa-nur-traffic",
        "oqtepa-nur",
        "Smart traffic signals and parking",
        "Uncoordinated signals and informal parking block the main avenues.",
        ("transportation",),
        (9, 11),
        ("topis",),
        "needs_funding",
        "funding",
        "implementation",
        70,
        end="on_hold",
        end_note="A new mayor took office and is reviewing all transport projects.",
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        commitments=(Commitment("molit", "250000000", "KRW", "committed", note="Demo figure."),),
        milestones=("Signal controllers procured", "Parking management pilot"),
        partial="open_milestone",
    ),
    CaseSpec(
        "suryanegara-welfare",
        "suryanegara",
        "Community care for older residents",
        "More residents over 75 live alone; the city has no outreach to find those at risk.",
        ("welfare",),
        (1, 3),
        ("chatdong-visiting-welfare",),
        "self_financed",
        "consultation",
        "analysis",
        40,
        end="on_hold",
        end_note="Budget freeze after the province cut transfers to the city.",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    CaseSpec(
        "kaiwhero-light-rail",
        "kaiwhero",
        "Light rail feasibility",
        "A growing corridor between the port and the university is served only by buses.",
        ("urban_railway",),
        (9, 11),
        ("subway-line-9-ppp",),
        "self_financed",
        "consultation",
        "site_visit",
        120,
        end="on_hold",
        end_note="Local elections: the council paused new transport studies until the new council sets priorities.",
        smg_lead="hyewon.lee",
        coordinator="kibum.nam",
        partial="planned_visit",
    ),
    CaseSpec(
        "prey-meas-tram",
        "prey-meas",
        "Tram feasibility study",
        "The city centre's main avenue is congested and the council is considering a tram line.",
        ("urban_railway",),
        (9, 11),
        ("subway-line-9-ppp",),
        "needs_funding",
        "funding",
        "task_force",
        500,
        end="withdrawn",
        end_note="The council decided to give flood protection priority and withdrew this request.",
        smg_lead="staff",
        partial="no_lead_expert",
    ),
    CaseSpec(
        "mawingu-cadastre",
        "mawingu",
        "Housing cadastre digitisation",
        "Property records are on paper and incomplete, so the city collects little property tax.",
        ("housing", "smart_city"),
        (11, 16),
        ("seoul-e-government",),
        "needs_funding",
        "funding",
        "analysis",
        250,
        end="withdrawn",
        end_note="The national government launched a land registry programme that covers the city.",
        smg_lead="sangwoo.jeon",
        coordinator="dasom.yoo",
    ),
    # ---- Not (yet) accepted ----------------------------------------------------------------------------
    CaseSpec(
        "pwani-mpya-housing",
        "pwani-mpya",
        "Affordable homes for low-income families",
        "Low-income families live in flood-prone informal settlements.",
        ("housing",),
        (1, 11),
        ("public-rental-housing",),
        "needs_funding",
        "",
        "draft",
        6,
    ),
    CaseSpec(
        "danau-perak-flood",
        "danau-perak",
        "Flood early warning for the river districts",
        "River floods reach the districts with no warning; evacuation starts too late.",
        ("safety",),
        (11, 13),
        ("flood-prevention-deep-tunnel", "disaster-safety-situation-room"),
        "partial",
        "",
        "request",
        3,
    ),
    CaseSpec(
        "ziwa-ndogo-lake",
        "ziwa-ndogo",
        "Lake water quality monitoring",
        "Algal blooms in the lake threaten the city's drinking water intake.",
        ("water", "environment"),
        (6, 14),
        ("arisu-tap-water", "water-reclamation-centres"),
        "needs_funding",
        "",
        "request",
        20,
    ),
    CaseSpec(
        "chandrapuri-night-bus",
        "chandrapuri",
        "Night buses for shift workers",
        "Hospital and factory workers on night shifts have no bus home.",
        ("transportation",),
        (10, 11),
        ("owl-bus",),
        "partial",
        "",
        "screening",
        10,
    ),
    CaseSpec(
        "gulzarabad-metro",
        "gulzarabad",
        "Metro line feasibility",
        "The city plans a first metro line and asks for help with its feasibility study.",
        ("urban_railway",),
        (9, 11),
        ("subway-line-9-ppp", "metro-operation-maintenance"),
        "partial",
        "",
        "screening",
        45,
    ),
    CaseSpec(
        "ben-sen-seniors",
        "ben-sen",
        "Community care for older residents",
        "Older residents living alone are not reached by social services.",
        ("welfare",),
        (1, 3, 10),
        ("chatdong-visiting-welfare",),
        "self_financed",
        "",
        "screening",
        15,
        partial="information_request",
    ),
    CaseSpec(
        "sirigama-stadium",
        "sirigama-nuwara",
        "Stadium redevelopment financing",
        "The city stadium needs rebuilding before the national games.",
        ("culture",),
        (11,),
        (),
        "needs_funding",
        "",
        "screening",
        200,
        end="declined",
        end_note="Outside the initiative's scope: Seoul shares policies and know-how but does not finance stadium "
        "construction. We suggested the culture and tourism modules instead.",
    ),
    CaseSpec(
        "altan-nuur-coal",
        "altan-nuur",
        "Financing a coal power plant retrofit",
        "The city's coal power plant needs new boilers.",
        ("environment",),
        (7,),
        (),
        "needs_funding",
        "",
        "screening",
        400,
        end="declined",
        end_note="Not eligible: the initiative does not finance fossil-fuel power generation. The city was invited "
        "to apply with its air-quality challenge (see the analysis now under way).",
    ),
    CaseSpec(
        "villa-esperanza-cadastre",
        "villa-esperanza",
        "Housing cadastre digitisation",
        "Property records are on paper; the city cannot plan or tax.",
        ("housing",),
        (11, 16),
        ("seoul-e-government",),
        "needs_funding",
        "",
        "screening",
        300,
        end="withdrawn",
        end_note="The city obtained a national grant for this work and withdrew the request.",
    ),
)
