"""Seoul policy modules for the demo archive: policies Seoul is publicly known for, in the 11 sectors.

Titles, years and figures are from public accounts of the policies (Seoul Solution, the ICLEI case
study, SUSA's policy briefs, the Metropolis policy-transfer platform and the Urban SDG platform, the
World Bank/KDI and Development Asia case studies); summaries and sections are paraphrases written
for the demo. A figure appears only where those accounts give it; otherwise the text has none.

Each module carries the Seoul Solution case structure (background, goals, implementation and
know-how, difficulties overcome, outcomes) in English, Korean and Spanish: `CONTENT`, keyed by slug.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PolicySpec:
    slug: str
    sector: str
    title: str
    title_ko: str
    summary: str
    summary_ko: str
    sdgs: tuple[int, ...]
    department: str
    period_start: int | None = None
    period_end: int | None = None
    published: bool = True
    languages: tuple[str, ...] = ("en", "ko")

    @property
    def content(self) -> PolicyContent:
        return CONTENT[self.slug]

    def translated_fields(self) -> dict[str, str]:
        """Every translated column of the module (title, summary, the five sections; en/ko/es)."""
        return {
            "title": self.title,
            "title_ko": self.title_ko,
            "summary": self.summary,
            "summary_ko": self.summary_ko,
            **self.content.fields(),
        }


@dataclass(frozen=True)
class Text:
    """One section of a module in English, Korean and Spanish."""

    en: str
    ko: str
    es: str


SECTIONS = ("background", "goals", "implementation", "difficulties", "outcomes")


@dataclass(frozen=True)
class PolicyContent:
    """The Spanish title and summary, and the five Seoul Solution sections in three languages."""

    title_es: str
    summary_es: str
    background: Text
    goals: Text
    implementation: Text
    difficulties: Text
    outcomes: Text

    def fields(self) -> dict[str, str]:
        values = {"title_es": self.title_es, "summary_es": self.summary_es}
        for section in SECTIONS:
            text: Text = getattr(self, section)
            values.update({section: text.en, f"{section}_ko": text.ko, f"{section}_es": text.es})
        return values


POLICIES: tuple[PolicySpec, ...] = (
    # Transportation
    PolicySpec(
        "seoul-bus-reform-2004",
        "transportation",
        "2004 public transport reform",
        "2004 대중교통체계 개편",
        "Seoul reorganised its buses into trunk and feeder lines, introduced semi-public bus operation, median "
        "bus-only lanes and distance-based fares with free transfers between bus and subway.",
        "버스 노선을 간선·지선 체계로 개편하고 버스 준공영제, 중앙버스전용차로, 버스·지하철 통합 거리비례 요금과 "
        "무료 환승을 도입했습니다.",
        (9, 11, 13),
        "Bus Policy Division",
        2003,
        2004,
        languages=("en", "ko", "es", "ru"),
    ),
    PolicySpec(
        "t-money-smart-card",
        "transportation",
        "T-money smart card and automatic fare collection",
        "T-money 교통카드와 자동요금징수 시스템",
        "A contactless card and central clearing system for bus, subway and taxi fares, built by the Korean Smart "
        "Card Company during the 2004 reform; it made fare payment transparent and free transfers possible.",
        "2004년 대중교통 개편과 함께 한국스마트카드가 구축한 교통카드·정산 시스템으로, 요금 징수를 투명하게 하고 "
        "무료 환승을 가능하게 했습니다.",
        (9, 11),
        "Transportation Policy Division",
        2004,
        languages=("en", "ko", "es", "mn"),
    ),
    PolicySpec(
        "topis",
        "transportation",
        "TOPIS: Transport Operation and Information Service",
        "서울교통정보센터(TOPIS)",
        "A control centre that gathers real-time data from buses, road sensors and CCTV to manage traffic, run "
        "the bus management system and inform citizens.",
        "버스, 도로 센서, CCTV의 실시간 자료를 모아 교통을 관리하고 버스운행관리시스템을 운영하며 시민에게 교통정보를 "
        "제공하는 종합 상황실입니다.",
        (9, 11),
        "Traffic Information Division",
        2004,
        languages=("en", "ko", "es"),
    ),
    PolicySpec(
        "owl-bus",
        "transportation",
        "Owl Bus: late-night routes planned with big data",
        "올빼미버스(심야버스)",
        "Night bus routes between midnight and 5 a.m., laid out by analysing late-night mobile-phone call data "
        "and taxi pick-ups.",
        "자정부터 새벽 5시까지 운행하는 심야버스로, 심야 시간대 휴대전화 통화 자료와 택시 승하차 자료를 분석해 "
        "노선을 정했습니다.",
        (10, 11),
        "Bus Policy Division",
        2013,
    ),
    PolicySpec(
        "nanum-car",
        "transportation",
        "Nanum Car: public-private car sharing",
        "나눔카(카셰어링)",
        "Shared cars parked at public car parks and in residential areas, run with private operators as part of "
        "the Sharing City Seoul policy.",
        "공영주차장과 주거지에 공유 차량을 배치한 민관 협력 카셰어링으로, 공유도시 서울 정책의 하나입니다.",
        (11, 12, 13),
        "Transportation Policy Division",
        2013,
    ),
    PolicySpec(
        "ddareungi-public-bike",
        "transportation",
        "Ddareungi public bike sharing",
        "공공자전거 따릉이",
        "Public bicycles rented and returned at docking stations across the city, paid with the transit card "
        "or a mobile app.",
        "도시 곳곳의 대여소에서 빌리고 반납하는 공공자전거로, 교통카드나 모바일 앱으로 이용합니다.",
        (3, 11, 13),
        "Bicycle Policy Division",
        2015,
        languages=("en", "ko", "es"),
    ),
    # Urban railway
    PolicySpec(
        "subway-platform-screen-doors",
        "urban_railway",
        "Platform screen doors on the subway",
        "지하철 승강장 안전문(스크린도어)",
        "Screen doors on subway platforms prevent falls onto the tracks and improve the air on platforms.",
        "승강장 추락 사고를 막고 승강장 공기질을 개선하기 위해 지하철역에 안전문을 설치했습니다.",
        (3, 9, 11),
        "Urban Railway Division",
        2005,
    ),
    PolicySpec(
        "subway-line-9-ppp",
        "urban_railway",
        "Subway Line 9: a public-private partnership",
        "지하철 9호선 민간투자사업",
        "Seoul's first urban railway line built and operated as a public-private partnership, running express and "
        "local trains on the same tracks.",
        "민간투자로 건설·운영된 서울의 첫 도시철도 노선으로, 급행과 일반 열차를 같은 선로에서 운행합니다.",
        (9, 11, 17),
        "Urban Railway Division",
        2009,
        languages=("en", "ko", "vi"),
    ),
    PolicySpec(
        "metro-operation-maintenance",
        "urban_railway",
        "Integrated subway operation and maintenance",
        "도시철도 통합 운영·유지관리",
        "Operation, maintenance and safety management of a large metro network by one city-owned operator.",
        "시 산하 공사가 대규모 지하철망의 운영, 유지관리, 안전관리를 통합해 맡습니다.",
        (9, 11),
        "Urban Railway Division",
        2017,
        published=False,
    ),
    # Water supply & sewerage
    PolicySpec(
        "arisu-tap-water",
        "water",
        "Arisu: safe tap water",
        "아리수 수돗물 수질관리",
        "Advanced treatment at the city's water purification centres and quality monitoring from the source to "
        "the tap, under the Arisu brand.",
        "정수센터의 고도정수처리와 취수원에서 수도꼭지까지의 수질 감시로 '아리수' 수돗물을 공급합니다.",
        (3, 6),
        "Seoul Waterworks Headquarters",
        2004,
        languages=("en", "ko", "es", "fr"),
    ),
    PolicySpec(
        "water-leak-reduction",
        "water",
        "Water leak reduction and non-revenue water",
        "누수 저감과 유수율 향상",
        "Pipe replacement, leak-detection teams and district metering cut leakage from over a quarter of the "
        "water supplied in the late 1980s to a few per cent.",
        "노후 상수도관 교체, 누수 탐사, 블록 시스템으로 1980년대 말 공급량의 4분의 1이 넘던 누수를 몇 퍼센트 "
        "수준으로 줄였습니다.",
        (6, 12),
        "Seoul Waterworks Headquarters",
        1989,
        languages=("en", "ko", "es"),
    ),
    PolicySpec(
        "water-reclamation-centres",
        "water",
        "Water reclamation centres (sewage treatment)",
        "물재생센터(하수처리)",
        "Four large treatment plants clean the city's wastewater before it returns to the Han River.",
        "서울의 하수를 처리해 한강으로 돌려보내는 네 곳의 대규모 물재생센터입니다.",
        (6, 14),
        "Water Circulation Safety Bureau",
    ),
    # Environment & climate
    PolicySpec(
        "cheonggyecheon-restoration",
        "environment",
        "Cheonggyecheon stream restoration",
        "청계천 복원",
        "An elevated highway was removed and a 5.8 km stream restored through the city centre, creating public "
        "space and cooling the downtown area.",
        "고가도로를 철거하고 도심을 가로지르는 5.8km 하천을 복원해 공공 공간을 만들고 도심 열섬을 완화했습니다.",
        (6, 11, 15),
        "Cheonggyecheon Restoration Project Headquarters",
        2003,
        2005,
        languages=("en", "ko", "es", "fr", "zh"),
    ),
    PolicySpec(
        "one-less-nuclear-power-plant",
        "environment",
        "One Less Nuclear Power Plant",
        "원전하나줄이기",
        "A citizen-led programme of energy saving, efficiency and renewable generation; its first phase saved as "
        "much energy as one nuclear power plant produces (2 million TOE) by 2014.",
        "에너지 절약, 효율화, 신재생에너지 생산을 시민과 함께 추진해 1단계에서 원전 1기 발전량에 해당하는 "
        "200만 TOE를 2014년까지 절감했습니다.",
        (7, 11, 13),
        "Climate and Environment Headquarters",
        2012,
    ),
    PolicySpec(
        "volume-based-waste-fee",
        "environment",
        "Volume-based waste fee and food-waste RFID",
        "쓰레기 종량제와 음식물쓰레기 RFID 종량기",
        "Households pay for waste by the bag and for food waste by weight, which cut waste and raised recycling.",
        "종량제 봉투로 생활폐기물을, RFID 종량기로 음식물쓰레기를 배출한 만큼 부담하게 해 배출량을 줄이고 재활용을 "
        "늘렸습니다.",
        (11, 12),
        "Resource Circulation Division",
        1995,
        languages=("en", "ko", "fr"),
    ),
    PolicySpec(
        "resource-recovery-facilities",
        "environment",
        "Resource recovery facilities (waste to energy)",
        "자원회수시설",
        "Plants that burn non-recyclable waste to produce district heat, shared by neighbouring districts.",
        "재활용이 어려운 폐기물을 소각해 지역난방 열을 생산하며 인접 자치구가 함께 이용합니다.",
        (7, 12),
        "Resource Circulation Division",
        published=False,
    ),
    PolicySpec(
        "cng-city-buses",
        "environment",
        "Natural-gas city buses for cleaner air",
        "천연가스(CNG) 시내버스 도입",
        "The city bus fleet was converted from diesel to compressed natural gas to reduce fine dust and nitrogen "
        "oxides.",
        "시내버스를 경유에서 압축천연가스로 전환해 미세먼지와 질소산화물을 줄였습니다.",
        (3, 11, 13),
        "Climate and Environment Headquarters",
        2000,
    ),
    # e-Government & smart city
    PolicySpec(
        "seoul-e-government",
        "smart_city",
        "Seoul e-government",
        "서울시 전자정부",
        "Integrated online administration and services; Seoul came first in a United Nations e-government survey "
        "of cities in 2008.",
        "행정과 민원 서비스를 온라인으로 통합했으며, 2008년 유엔 도시 전자정부 평가에서 1위를 했습니다.",
        (9, 16),
        "Information Planning Division",
        2000,
        languages=("en", "ko", "es", "pt", "fr"),
    ),
    PolicySpec(
        "open-system",
        "smart_city",
        "OPEN: online disclosure of civil application procedures",
        "민원처리 온라인 공개시스템(OPEN)",
        "Citizens follow the handling of their permits and applications online, step by step, which narrowed the "
        "room for corruption.",
        "시민이 인허가와 민원 처리 과정을 단계별로 온라인에서 확인할 수 있게 해 부패의 여지를 줄였습니다.",
        (16,),
        "Audit and Inspection Bureau",
        1999,
    ),
    PolicySpec(
        "120-dasan-call-center",
        "smart_city",
        "120 Dasan Call Center",
        "120다산콜센터",
        "One number for every question to the city, answered around the clock.",
        "시정에 관한 모든 문의를 하나의 번호로 24시간 응대합니다.",
        (11, 16),
        "Citizen Communication Division",
        2007,
        languages=("en", "ko", "es", "hi"),
    ),
    PolicySpec(
        "mvoting",
        "smart_city",
        "mVoting: mobile voting on city questions",
        "엠보팅(mVoting)",
        "Citizens propose and vote on city questions from their phones; the results feed into decisions.",
        "시민이 휴대전화로 시정 안건을 제안하고 투표하며, 결과는 정책 결정에 반영됩니다.",
        (16,),
        "Information Planning Division",
        2014,
    ),
    PolicySpec(
        "open-data-plaza",
        "smart_city",
        "Seoul Open Data Plaza",
        "서울 열린데이터광장",
        "The city's datasets published for anyone to use, with open APIs.",
        "서울시가 보유한 데이터를 누구나 쓸 수 있도록 공개하고 오픈 API를 제공합니다.",
        (9, 16, 17),
        "Information Planning Division",
        2012,
    ),
    PolicySpec(
        "eungdapso",
        "smart_city",
        "Eungdapso: one system for civil complaints",
        "응답소",
        "Complaints and proposals from the web, phone and social media are handled in one system with published "
        "response times.",
        "웹, 전화, 소셜미디어로 들어오는 민원과 제안을 하나의 시스템에서 처리하고 처리 기한을 공개합니다.",
        (16,),
        "Citizen Communication Division",
        2014,
        languages=("en", "ko", "hi"),
    ),
    # Safety & disaster
    PolicySpec(
        "disaster-safety-situation-room",
        "safety",
        "Disaster and safety situation room",
        "재난안전상황실",
        "Round-the-clock monitoring and coordination of fires, floods, heavy snow and other emergencies with the "
        "districts and the fire service.",
        "화재, 홍수, 대설 등 재난을 자치구, 소방과 함께 24시간 감시하고 대응을 조정합니다.",
        (11, 13),
        "Safety Management Office",
        2015,
    ),
    PolicySpec(
        "flood-prevention-deep-tunnel",
        "safety",
        "Urban flood prevention and a deep rainwater tunnel",
        "수해 예방과 대심도 빗물배수터널",
        "Pumping stations, rainwater storage and a deep drainage tunnel in Sinwol-dong reduce flooding in "
        "low-lying districts.",
        "빗물펌프장, 빗물저류조, 신월동 대심도 빗물배수터널로 저지대 침수를 줄입니다.",
        (6, 11, 13),
        "Water Circulation Safety Bureau",
        2011,
        2020,
        languages=("en", "ko", "es"),
    ),
    PolicySpec(
        "seismic-retrofit-public-buildings",
        "safety",
        "Seismic retrofitting of public buildings",
        "공공건축물 내진 보강",
        "A programme to assess and strengthen schools, offices and other public buildings against earthquakes.",
        "학교, 청사 등 공공건축물의 내진 성능을 평가하고 보강합니다.",
        (11,),
        "Safety Management Office",
        published=False,
    ),
    # Welfare
    PolicySpec(
        "seoul-welfare-standards",
        "welfare",
        "Seoul Welfare Standards",
        "서울시민 복지기준",
        "Minimum and adequate standards for income, housing, care, health and education that the city commits "
        "to, drafted together with citizens.",
        "소득, 주거, 돌봄, 건강, 교육 분야에서 시가 보장하는 최저·적정 기준으로, 시민과 함께 만들었습니다.",
        (1, 3, 10),
        "Welfare Policy Division",
        2012,
    ),
    PolicySpec(
        "chatdong-visiting-welfare",
        "welfare",
        "Visiting community service centres (Chatdong)",
        "찾아가는 동주민센터(찾동)",
        "Welfare planners and nurses from the neighbourhood office visit households at risk instead of waiting "
        "for them to apply.",
        "동주민센터의 복지플래너와 간호사가 신청을 기다리지 않고 위기 가구를 찾아갑니다.",
        (1, 3, 10),
        "Welfare Policy Division",
        2015,
    ),
    PolicySpec(
        "seoul-youth-allowance",
        "welfare",
        "Seoul Youth Allowance",
        "서울시 청년수당",
        "Monthly support for young job seekers while they prepare for work.",
        "구직 활동을 준비하는 청년에게 매달 활동비를 지원합니다.",
        (8, 10),
        "Youth Policy Division",
        2016,
        published=False,
    ),
    # Housing
    PolicySpec(
        "shift-long-term-jeonse",
        "housing",
        "SHift long-term jeonse rental housing",
        "장기전세주택(시프트)",
        "Public rental homes at below-market deposits for up to 20 years, supplied by SH Corporation.",
        "SH공사가 공급하는 공공임대주택으로, 시세보다 낮은 전세금으로 최장 20년까지 거주할 수 있습니다.",
        (1, 11),
        "Housing Policy Division",
        2007,
    ),
    PolicySpec(
        "public-rental-housing",
        "housing",
        "Public rental housing supply",
        "공공임대주택 공급",
        "Permanent, national and purchased rental homes for low-income households, managed by SH Corporation.",
        "저소득 가구를 위한 영구·국민·매입 임대주택을 SH공사가 공급·관리합니다.",
        (1, 10, 11),
        "Housing Policy Division",
        1989,
        languages=("en", "ko", "es"),
    ),
    PolicySpec(
        "changsin-sungin-regeneration",
        "housing",
        "Urban regeneration of Changsin-Sungin",
        "창신·숭인 도시재생",
        "Seoul's first urban regeneration area: a hillside neighbourhood of garment workshops improved with its "
        "residents instead of being demolished.",
        "서울의 첫 도시재생 선도지역으로, 봉제 공방이 모인 언덕 동네를 철거 대신 주민과 함께 개선했습니다.",
        (8, 11),
        "Urban Regeneration Division",
        2014,
    ),
    # Urban planning
    PolicySpec(
        "2030-seoul-plan",
        "urban_planning",
        "2030 Seoul Plan",
        "2030 서울도시기본계획(2030 서울플랜)",
        "The first city master plan drafted with a citizens' panel; it sets a polycentric structure of three "
        "city centres with regional and local centres.",
        "시민참여단과 함께 만든 첫 도시기본계획으로, 3도심과 광역·지역 중심의 다핵 공간구조를 제시했습니다.",
        (11, 16),
        "Urban Planning Division",
        2014,
        languages=("en", "ko", "es", "fr"),
    ),
    PolicySpec(
        "seoullo-7017",
        "urban_planning",
        "Seoullo 7017 skygarden",
        "서울로 7017",
        "A 1970 highway overpass next to Seoul Station turned into a pedestrian garden, opened in 2017.",
        "서울역 옆 1970년 건설된 고가도로를 보행 정원으로 바꿔 2017년에 개장했습니다.",
        (11, 15),
        "Urban Regeneration Division",
        2015,
        2017,
    ),
    PolicySpec(
        "land-readjustment",
        "urban_planning",
        "Land readjustment for urban development",
        "토지구획정리사업",
        "Landowners contribute part of their land for roads and public facilities in exchange for serviced "
        "plots; Seoul's main tool for its expansion south of the Han River.",
        "토지 소유자가 땅의 일부를 도로와 공공시설 용지로 내놓고 기반시설이 갖춰진 대지를 돌려받는 방식으로, "
        "강남 개발의 주요 수단이었습니다.",
        (11,),
        "Urban Planning Division",
        1966,
        1990,
        languages=("en", "ko", "am"),
    ),
    # Culture & tourism
    PolicySpec(
        "hangang-parks",
        "culture",
        "Han River parks",
        "한강공원",
        "Riverside parks along the Han River with cycle paths, swimming pools, festivals and water transport.",
        "자전거길, 수영장, 축제, 수상교통을 갖춘 한강 변 공원입니다.",
        (3, 11),
        "Hangang Project Headquarters",
        1986,
    ),
    PolicySpec(
        "seoul-city-wall",
        "culture",
        "Seoul City Wall conservation and trail",
        "한양도성 보전과 순성길",
        "The 18.6 km Joseon-era city wall restored and opened as a walking trail.",
        "조선 시대에 쌓은 18.6km의 한양도성을 복원하고 순성길로 개방했습니다.",
        (11,),
        "Historic Sites Management Division",
        2012,
    ),
    PolicySpec(
        "seoul-lantern-festival",
        "culture",
        "Seoul Lantern Festival on the Cheonggyecheon",
        "서울빛초롱축제",
        "A yearly lantern festival along the restored stream that brings visitors to the city centre in winter.",
        "복원된 청계천을 따라 열리는 등 축제로, 겨울철 도심에 방문객을 모읍니다.",
        (8, 11),
        "Tourism Policy Division",
        2009,
    ),
    # Economy & administration
    PolicySpec(
        "participatory-budgeting",
        "economy",
        "Participatory budgeting",
        "주민참여예산제",
        "Citizens propose and select projects for part of the city budget.",
        "시민이 시 예산의 일부에 대해 사업을 제안하고 선정합니다.",
        (16,),
        "Budget Division",
        2012,
        languages=("en", "ko", "vi"),
    ),
    PolicySpec(
        "sharing-city-seoul",
        "economy",
        "Sharing City Seoul",
        "공유도시 서울",
        "Support for sharing enterprises, and public spaces and assets opened for shared use.",
        "공유기업을 지원하고 공공 공간과 자원을 시민이 함께 쓰도록 개방합니다.",
        (11, 12, 17),
        "Social Innovation Division",
        2012,
    ),
    PolicySpec(
        "social-economy-support",
        "economy",
        "Social economy support",
        "사회적경제 지원",
        "Support centres, loan funds and public procurement for social enterprises and cooperatives.",
        "사회적기업과 협동조합을 위한 지원센터, 융자 기금, 공공구매를 운영합니다.",
        (8, 10),
        "Social Economy Division",
        2012,
    ),
    PolicySpec(
        "small-business-credit-guarantee",
        "economy",
        "Credit guarantees for small businesses",
        "소상공인 신용보증",
        "A city foundation guarantees bank loans for small businesses that lack collateral.",
        "담보가 부족한 소상공인의 은행 대출을 시 출연 재단이 보증합니다.",
        (8,),
        "Small Business Support Division",
        1999,
    ),
)


CONTENT: dict[str, PolicyContent] = {
    # Transportation
    "seoul-bus-reform-2004": PolicyContent(
        title_es="Reforma del transporte público de 2004",
        summary_es="Seúl reorganizó sus autobuses en líneas troncales y alimentadoras, adoptó un régimen de operación "
        "semipública, carriles centrales exclusivos para autobuses y una tarifa por distancia con transbordos "
        "gratuitos entre autobús y metro.",
        background=Text(
            "By the early 2000s Seoul's buses were run by dozens of private companies competing for profitable "
            "routes, so services were slow, unreliable and losing passengers every year while car traffic grew. "
            "Congestion was estimated to cost the city about KRW 5 trillion a year in social and economic losses, and "
            "building more subway lines was too slow and costly (around ten years and KRW 130 billion per kilometre "
            "for a line). The city therefore chose to reform the bus system and integrate it with the existing "
            "subway.",
            "2000년대 초 서울의 버스는 수십 개 민간 업체가 수익 노선을 두고 경쟁하는 구조여서 느리고 불규칙했으며, "
            "승용차 교통이 늘어나는 사이 승객은 해마다 줄었습니다. 교통 혼잡으로 인한 사회·경제적 손실은 연간 약 5조 "
            "원으로 추산되었고, 지하철 신설은 노선 하나에 10년 안팎, km당 약 1,300억 원이 들어 해법이 되기 "
            "어려웠습니다. 이에 서울시는 버스 체계를 개편하고 기존 지하철과 통합하는 길을 택했습니다.",
            "A comienzos de los años 2000, los autobuses de Seúl estaban en manos de decenas de empresas privadas que "
            "competían por las rutas rentables: el servicio era lento e irregular y perdía pasajeros cada año "
            "mientras crecía el tráfico de automóviles. Se estimaba que la congestión le costaba a la ciudad unos 5 "
            "billones de wones anuales en pérdidas sociales y económicas, y construir nuevas líneas de metro era "
            "demasiado lento y caro (unos diez años y 130.000 millones de wones por kilómetro). Por eso la ciudad "
            "optó por reformar el sistema de autobuses e integrarlo con el metro existente.",
        ),
        goals=Text(
            "Make public transport a real alternative to the car by giving buses priority on the road and making them "
            "punctual. Put routes and service levels under public control while keeping private operators, and "
            "integrate buses and subway into one network with one fare. Improve safety, comfort and air quality for "
            "passengers and drivers.",
            "버스에 도로 우선권을 주고 정시성을 높여 대중교통을 승용차의 실질적인 대안으로 만드는 것이 목표였습니다. "
            "민간 운송사업자를 유지하면서도 노선과 서비스 수준은 공공이 관리하고, 버스와 지하철을 하나의 요금으로 "
            "연결된 단일 네트워크로 통합하고자 했습니다. 아울러 승객과 운전자의 안전, 쾌적성, 대기질 개선도 함께 "
            "추구했습니다.",
            "Convertir el transporte público en una alternativa real al automóvil, dando prioridad vial a los "
            "autobuses y haciéndolos puntuales. Poner las rutas y los niveles de servicio bajo control público sin "
            "dejar de contar con los operadores privados, e integrar autobús y metro en una sola red con una sola "
            "tarifa. Mejorar además la seguridad, la comodidad y la calidad del aire para pasajeros y conductores.",
        ),
        implementation=Text(
            "On 1 July 2004 the whole network was redrawn into colour-coded trunk (blue), feeder (green), circular "
            "(yellow) and express (red) lines, and median bus-only lanes opened on the first trunk corridors. Under "
            "the semi-public operation system fare revenue is pooled and operators are paid by the city according to "
            "vehicle-kilometres and standard costs, with bonuses for service quality. A distance-based fare "
            "integrated across bus and subway, with free transfers, was collected through the new T-money card, and a "
            "GPS-based bus management system monitored every vehicle. A citizens' committee of experts, operators, "
            "unions and civic groups negotiated the reform.",
            "2004년 7월 1일 전체 노선을 간선(파랑), 지선(초록), 순환(노랑), 광역(빨강) 버스로 색깔별로 재편하고, 주요 "
            "간선축에 중앙버스전용차로를 처음 개통했습니다. 버스 준공영제에서는 운송수입금을 공동 관리하고, 시가 운행 "
            "대수·km와 표준운송원가에 따라 업체에 비용을 지급하며 서비스 평가에 따라 인센티브를 줍니다. 버스와 "
            "지하철을 아우르는 통합 거리비례 요금과 무료 환승은 새 T-money 교통카드로 정산했고, GPS 기반 "
            "버스운행관리시스템이 모든 차량을 관제했습니다. 전문가, 운송업체, 노조, 시민단체가 참여한 "
            "버스개혁시민위원회가 개편 과정을 협의했습니다.",
            "El 1 de julio de 2004 se rediseñó toda la red en líneas troncales (azules), alimentadoras (verdes), "
            "circulares (amarillas) y expresas (rojas), y se abrieron carriles centrales exclusivos en los primeros "
            "corredores troncales. Con el régimen de operación semipública, la recaudación se gestiona en un fondo "
            "común y la ciudad paga a los operadores según los vehículos-kilómetro y unos costos estándar, con "
            "incentivos por calidad del servicio. La tarifa integrada por distancia entre autobús y metro, con "
            "transbordos gratuitos, se cobraba con la nueva tarjeta T-money, y un sistema de gestión de autobuses por "
            "GPS supervisaba cada vehículo. Un comité ciudadano de expertos, operadores, sindicatos y organizaciones "
            "civiles negoció la reforma.",
        ),
        difficulties=Text(
            "Operators and drivers feared for their revenues and jobs; months of negotiation and the guarantee of "
            "costs under semi-public operation won them over. The first days of the new system were chaotic, with "
            "card readers failing and passengers confused by new route numbers, and the mayor publicly apologised "
            "before the problems were fixed. Pooled revenue means the city covers operators' deficits, so subsidies "
            "grew and the city has had to tighten cost standards and performance evaluation over the years.",
            "운송업체와 운전자들은 수입과 일자리를 걱정했으나, 수개월의 협상과 준공영제의 비용 보전 약속으로 합의를 "
            "끌어냈습니다. 시행 초기에는 단말기 오류와 바뀐 노선 번호로 큰 혼란이 빚어져 시장이 공개 사과했고, 이후 "
            "문제를 바로잡았습니다. 수입금 공동관리로 업체의 적자를 시가 메우게 되면서 재정지원금이 늘었고, 시는 "
            "표준원가와 경영·서비스 평가를 계속 강화해야 했습니다.",
            "Los operadores y conductores temían por sus ingresos y empleos; meses de negociación y la garantía de "
            "costos de la operación semipública permitieron llegar a un acuerdo. Los primeros días del nuevo sistema "
            "fueron caóticos, con validadores que fallaban y pasajeros confundidos por los nuevos números de ruta, y "
            "el alcalde pidió disculpas públicamente antes de que se corrigieran los problemas. Como la ciudad cubre "
            "los déficits de los operadores con el fondo común, los subsidios crecieron y ha sido necesario endurecer "
            "con los años los costos estándar y la evaluación del desempeño.",
        ),
        outcomes=Text(
            "Buses on the median-lane corridors became much faster and more punctual, and bus ridership, which had "
            "been falling for years, started to grow again. According to a Seoul Development Institute survey of June "
            "2005, passenger satisfaction rose from 14.2% before the reform to 36.9% after it, with discounted "
            "transfers and bus-subway connections cited most. The reform won a Metropolis Award in 2005 and became "
            "one of Seoul's most requested policies abroad, from Bogotá to Ulaanbaatar.",
            "중앙버스전용차로 구간의 버스 속도와 정시성이 크게 좋아졌고, 수년간 줄던 버스 승객이 다시 늘기 "
            "시작했습니다. 서울시정개발연구원의 2005년 6월 조사에 따르면 시민 만족도는 개편 전 14.2%에서 개편 후 "
            "36.9%로 높아졌으며, 환승 할인과 버스·지하철 연계가 주요 요인으로 꼽혔습니다. 이 개편은 2005년 "
            "메트로폴리스 상을 받았고, 보고타에서 울란바토르까지 해외에서 가장 많이 요청받는 서울 정책 가운데 하나가 "
            "되었습니다.",
            "Los autobuses de los corredores con carril central ganaron mucha velocidad y puntualidad, y el número de "
            "pasajeros, que llevaba años cayendo, volvió a crecer. Según una encuesta del Instituto de Desarrollo de "
            "Seúl de junio de 2005, la satisfacción de los usuarios pasó del 14,2 % antes de la reforma al 36,9 % "
            "después, gracias sobre todo a los transbordos con descuento y a la conexión entre autobús y metro. La "
            "reforma recibió un premio Metropolis en 2005 y es una de las políticas de Seúl más solicitadas en el "
            "exterior, de Bogotá a Ulán Bator.",
        ),
    ),
    "t-money-smart-card": PolicyContent(
        title_es="Tarjeta inteligente T-money y recaudo automático de tarifas",
        summary_es="Tarjeta sin contacto y sistema central de compensación para pagar autobús, metro y taxi, "
        "desarrollados por la Korean Smart Card Company durante la reforma de 2004; hicieron transparente el cobro de "
        "tarifas y posibles los transbordos gratuitos.",
        background=Text(
            "Before 2004 bus fares were paid in cash, tokens or separate cards that did not work across operators, so "
            "nobody knew exactly how many people rode which route. Without reliable data the city could neither share "
            "revenue fairly among bus companies nor offer free transfers between bus and subway. The 2004 public "
            "transport reform needed a fare system able to calculate a distance-based fare over several trips and "
            "settle it among many operators.",
            "2004년 이전에는 버스 요금을 현금, 토큰, 업체마다 다른 카드로 냈기 때문에 어느 노선에 몇 명이 타는지 "
            "정확히 알 수 없었습니다. 신뢰할 만한 자료가 없으니 버스 회사 간 수입을 공정하게 나누거나 버스와 지하철 "
            "사이의 무료 환승을 제공할 수도 없었습니다. 2004년 대중교통 개편에는 여러 번의 승차를 합산해 거리비례 "
            "요금을 계산하고, 이를 많은 운송사업자에게 정산해 주는 요금 시스템이 필요했습니다.",
            "Antes de 2004, el pasaje de autobús se pagaba en efectivo, con fichas o con tarjetas que no servían "
            "entre operadores, de modo que nadie sabía con exactitud cuántas personas usaban cada ruta. Sin datos "
            "fiables, la ciudad no podía repartir los ingresos de forma justa entre las empresas ni ofrecer "
            "transbordos gratuitos entre autobús y metro. La reforma de 2004 necesitaba un sistema capaz de calcular "
            "una tarifa por distancia a lo largo de varios viajes y de liquidarla entre muchos operadores.",
        ),
        goals=Text(
            "Give every passenger one card for all buses, subway lines and taxis, and make integrated, distance-based "
            "fares with free transfers possible. Make fare revenue transparent and settle it automatically among "
            "operators. Collect trip data to plan routes and services.",
            "하나의 카드로 모든 버스, 지하철, 택시를 이용하게 하고, 무료 환승이 포함된 통합 거리비례 요금을 가능하게 "
            "하는 것이 목표였습니다. 요금 수입을 투명하게 관리하고 운송사업자 간 정산을 자동화하며, 승차 자료를 모아 "
            "노선과 서비스 계획에 활용하고자 했습니다.",
            "Dar a cada pasajero una sola tarjeta para todos los autobuses, las líneas de metro y los taxis, y hacer "
            "posibles las tarifas integradas por distancia con transbordos gratuitos. Volver transparente la "
            "recaudación y liquidarla automáticamente entre los operadores. Reunir datos de los viajes para "
            "planificar rutas y servicios.",
        ),
        implementation=Text(
            "The city set up the Korean Smart Card Company as a public-private venture to build and run the card, the "
            "readers in every vehicle and the central clearing centre. Passengers tap in and out, and the clearing "
            "system computes the fare over a whole journey, including transfers, and distributes revenue to each "
            "operator overnight. The card was later extended to taxis, small shops, other Korean cities and mobile "
            "phones, and the know-how was exported through the same company.",
            "서울시는 카드, 차량 단말기, 중앙 정산센터를 구축·운영하기 위해 민관 합작으로 한국스마트카드를 "
            "설립했습니다. 승객이 승하차 때 카드를 대면 정산 시스템이 환승을 포함한 전체 통행의 요금을 계산하고, 다음 "
            "날까지 각 운송사업자에게 수입을 배분합니다. 이후 택시, 소매점, 다른 도시, 휴대전화로 사용처가 넓어졌고, "
            "같은 회사를 통해 기술이 해외로 수출되었습니다.",
            "La ciudad creó la Korean Smart Card Company como empresa mixta para construir y operar la tarjeta, los "
            "validadores de cada vehículo y el centro central de compensación. Los pasajeros validan al subir y al "
            "bajar, y el sistema calcula la tarifa de todo el viaje, transbordos incluidos, y reparte los ingresos a "
            "cada operador durante la noche. Luego la tarjeta se extendió a taxis, comercios, otras ciudades coreanas "
            "y teléfonos móviles, y la misma empresa exportó el conocimiento.",
        ),
        difficulties=Text(
            "The system went live on the day of the 2004 reform and many readers failed in the first days, which "
            "caused long queues and public anger; intensive fixes and temporary free rides restored confidence. "
            "Agreeing on revenue sharing between the subway operators, bus companies and later the neighbouring "
            "Gyeonggi and Incheon governments took long negotiations. The lesson for other cities is to test the "
            "clearing rules and the devices thoroughly before launch.",
            "시스템은 2004년 개편 당일에 가동되었으나 초기 며칠 동안 단말기가 자주 오작동해 긴 줄과 시민 불만을 "
            "낳았고, 집중적인 보완과 임시 무료 승차로 신뢰를 되찾았습니다. 지하철 운영기관, 버스 회사, 이후 "
            "경기도·인천시와의 수입 배분 합의에도 긴 협상이 필요했습니다. 다른 도시를 위한 교훈은 개통 전에 정산 "
            "규칙과 단말기를 충분히 시험해야 한다는 것입니다.",
            "El sistema entró en servicio el mismo día de la reforma de 2004 y muchos validadores fallaron los "
            "primeros días, lo que provocó largas filas y malestar; correcciones intensivas y viajes gratuitos "
            "temporales devolvieron la confianza. Acordar el reparto de ingresos entre los operadores del metro, las "
            "empresas de autobuses y, más tarde, los gobiernos vecinos de Gyeonggi e Incheon exigió largas "
            "negociaciones. La lección para otras ciudades es probar a fondo las reglas de compensación y los equipos "
            "antes del lanzamiento.",
        ),
        outcomes=Text(
            "Integrated fares and free transfers became the norm across the Seoul metropolitan area, and every trip "
            "now produces data used to plan routes and pay operators. Fare collection became transparent, which "
            "removed disputes over cash revenue. Abroad, the Korean Smart Card Company consulted for Ulaanbaatar, won "
            "the bid and operates its U-Money system, launched in 2015; by October 2016 68% of the city's commuters "
            "were using it.",
            "통합 요금과 무료 환승이 수도권 전역에 정착했고, 모든 통행이 자료로 남아 노선 계획과 운송사업자 정산에 "
            "쓰입니다. 요금 징수가 투명해져 현금 수입을 둘러싼 분쟁이 사라졌습니다. 해외에서는 한국스마트카드가 "
            "울란바토르에 자문한 뒤 입찰을 따내 2015년 도입된 U-Money 시스템을 운영하고 있으며, 2016년 10월 기준 시민 "
            "통근자의 68%가 이를 이용했습니다.",
            "La tarifa integrada y los transbordos gratuitos se volvieron la norma en toda el área metropolitana de "
            "Seúl, y cada viaje genera datos que sirven para planificar rutas y pagar a los operadores. El cobro se "
            "volvió transparente y desaparecieron las disputas por el efectivo. En el exterior, la Korean Smart Card "
            "Company asesoró a Ulán Bator, ganó la licitación y opera su sistema U-Money, lanzado en 2015; en octubre "
            "de 2016 lo usaba el 68 % de quienes se desplazaban a diario en la ciudad.",
        ),
    ),
    "topis": PolicyContent(
        title_es="TOPIS: Servicio de Operación e Información del Transporte",
        summary_es="Centro de control que reúne datos en tiempo real de autobuses, sensores viales y cámaras de CCTV "
        "para gestionar el tránsito, operar el sistema de gestión de autobuses e informar a la ciudadanía.",
        background=Text(
            "Seoul's transport data were scattered among the police, road agencies, bus companies and subway "
            "operators, and no one could see the whole network at once. As car ownership grew and the 2004 bus reform "
            "began, the city needed a way to manage bus intervals, react quickly to accidents and give citizens "
            "reliable information. There was no system capable of consolidating and managing all this information.",
            "서울의 교통 자료는 경찰, 도로 관리기관, 버스 회사, 지하철 운영기관에 흩어져 있어 누구도 전체 교통망을 "
            "한눈에 볼 수 없었습니다. 자동차가 늘고 2004년 버스 개편이 시작되면서 배차 간격을 관리하고 사고에 신속히 "
            "대응하며 시민에게 믿을 만한 정보를 주는 수단이 필요해졌습니다. 그러나 이 정보를 통합해 관리할 시스템이 "
            "없었습니다.",
            "Los datos de transporte de Seúl estaban dispersos entre la policía, los organismos viales, las empresas "
            "de autobuses y los operadores del metro, y nadie podía ver la red completa. Con el aumento de "
            "automóviles y el inicio de la reforma de autobuses de 2004, la ciudad necesitaba gestionar los "
            "intervalos de los buses, reaccionar rápido ante los accidentes y dar información fiable a la ciudadanía. "
            "No existía ningún sistema capaz de consolidar y gestionar toda esa información.",
        ),
        goals=Text(
            "Share real-time information and manage bus operations so that public transport is more convenient and "
            "attracts more passengers. Collect traffic information to relieve congestion and respond faster to "
            "incidents. Analyse the accumulated data to design transport policy on evidence.",
            "실시간 정보 공유와 버스 운행 관리로 대중교통을 더 편리하게 만들어 이용객을 늘리는 것이 목표입니다. 교통 "
            "정보를 수집해 혼잡을 줄이고 돌발 상황에 더 빨리 대응하며, 축적된 자료를 분석해 과학적인 교통 정책을 "
            "세우고자 했습니다.",
            "Compartir información en tiempo real y gestionar la operación de los autobuses para que el transporte "
            "público sea más cómodo y atraiga más pasajeros. Recoger información del tránsito para aliviar la "
            "congestión y responder más rápido a los incidentes. Analizar los datos acumulados para diseñar la "
            "política de transporte con evidencia.",
        ),
        implementation=Text(
            "TOPIS, the city's transport control tower, brings together the bus management system (GPS on every city "
            "bus), T-money trip data, road detectors, CCTV images, taxi GPS and subway operations. Operators in the "
            "centre adjust bus intervals, follow roadworks, accidents and rallies, and alert the police, bus "
            "companies and citizens when an incident occurs. Citizens receive arrival times at bus stops, on the web "
            "and in apps, and the data are opened to developers.",
            "서울의 교통 관제탑인 TOPIS는 버스운행관리시스템(모든 시내버스의 GPS), T-money 승차 자료, 도로 검지기, "
            "CCTV 영상, 택시 GPS, 지하철 운행 정보를 한데 모읍니다. 상황실 요원은 배차 간격을 조정하고 공사, 사고, "
            "집회를 추적하며, 돌발 상황이 생기면 경찰, 버스 회사, 시민에게 알립니다. 시민은 정류소 안내기, 웹, 앱에서 "
            "도착 정보를 받고, 자료는 개발자에게도 개방됩니다.",
            "TOPIS, la torre de control del transporte de la ciudad, integra el sistema de gestión de autobuses (GPS "
            "en cada autobús urbano), los datos de viaje de T-money, los detectores viales, las imágenes de CCTV, el "
            "GPS de los taxis y la operación del metro. Los operadores del centro ajustan los intervalos de los "
            "buses, siguen obras, accidentes y manifestaciones, y alertan a la policía, a las empresas de autobuses y "
            "a la ciudadanía cuando ocurre un incidente. La gente recibe los tiempos de llegada en las paradas, en la "
            "web y en aplicaciones, y los datos se abren a desarrolladores.",
        ),
        difficulties=Text(
            "Bus companies and other parties resisted being monitored and sharing their data; the city answered with "
            "active public communication and consultation with each affected party. Integrating systems built by "
            "different agencies with different standards required common data formats and long-term maintenance "
            "budgets. The centre keeps evolving as new data sources, such as taxis and later sensors, are added.",
            "버스 회사 등 이해관계자는 운행 감시와 자료 공유에 반발했고, 시는 적극적인 시민 홍보와 당사자별 협의로 "
            "이를 풀었습니다. 기관마다 다른 기준으로 만든 시스템을 통합하려면 공통 자료 형식과 장기 유지관리 예산이 "
            "필요했습니다. 택시, 이후 각종 센서 등 새로운 자료원이 더해지면서 센터는 계속 발전하고 있습니다.",
            "Las empresas de autobuses y otros actores se resistieron a ser supervisados y a compartir sus datos; la "
            "ciudad respondió con comunicación activa hacia la ciudadanía y consultas con cada parte afectada. "
            "Integrar sistemas construidos por distintos organismos con estándares diferentes exigió formatos de "
            "datos comunes y presupuestos de mantenimiento a largo plazo. El centro sigue evolucionando a medida que "
            "se suman nuevas fuentes, como los taxis y, más tarde, los sensores.",
        ),
        outcomes=Text(
            "Bus operations became more regular and bus users' satisfaction and use of public transport grew. "
            "Incidents on the roads are now detected and communicated within minutes to all the agencies concerned. "
            "TOPIS has become a showcase of Seoul's smart city policy, visited every year by thousands of officials "
            "from abroad.",
            "버스 운행이 더 규칙적으로 바뀌었고 버스 이용자의 만족도와 대중교통 이용이 늘었습니다. 도로의 돌발 상황은 "
            "이제 몇 분 안에 감지되어 관련 기관 모두에 전달됩니다. TOPIS는 서울 스마트시티 정책의 상징이 되어 해마다 "
            "수천 명의 해외 공무원이 방문합니다.",
            "La operación de los autobuses se volvió más regular y aumentaron la satisfacción de los usuarios y el "
            "uso del transporte público. Hoy los incidentes viales se detectan y comunican en minutos a todos los "
            "organismos interesados. TOPIS se ha convertido en una vitrina de la ciudad inteligente de Seúl, visitada "
            "cada año por miles de funcionarios extranjeros.",
        ),
    ),
    "owl-bus": PolicyContent(
        title_es="Búho: rutas de autobús nocturno trazadas con big data",
        summary_es="Rutas de autobús nocturno entre la medianoche y las 5 de la mañana, trazadas a partir del "
        "análisis de las llamadas de teléfono móvil y de los viajes en taxi de madrugada.",
        background=Text(
            "Seoul's subway and buses stopped around midnight, leaving late-shift workers, cleaners, small shop "
            "owners and students with only taxis, which were expensive at night and hard to catch. Taxi drivers often "
            "refused short trips or demanded illegal extra fares, and the poorest night workers were hit hardest. The "
            "idea of an all-night bus came from a citizen's proposal.",
            "서울의 지하철과 버스는 자정 무렵 운행을 멈춰, 늦게 퇴근하는 노동자, 환경미화원, 소상공인, 학생에게는 "
            "심야 할증이 붙는 데다 잡기도 어려운 택시밖에 없었습니다. 승차 거부와 부당 요금 요구가 잦았고, 가장 "
            "형편이 어려운 야간 노동자가 가장 큰 부담을 졌습니다. 심야버스는 한 시민의 제안에서 시작되었습니다.",
            "El metro y los autobuses de Seúl dejaban de funcionar hacia la medianoche, y a quienes trabajaban en "
            "turnos tardíos, al personal de limpieza, a los pequeños comerciantes y a los estudiantes solo les "
            "quedaba el taxi, caro de noche y difícil de conseguir. Los taxistas solían rechazar viajes cortos o "
            "cobrar recargos ilegales, y los trabajadores nocturnos más pobres eran los más afectados. La idea de un "
            "autobús nocturno surgió de la propuesta de un ciudadano.",
        ),
        goals=Text(
            "Provide safe, affordable public transport between midnight and 5 a.m. for the people who need it most. "
            "Place the routes where late-night demand really is, rather than where experts guess it to be. Keep the "
            "service efficient enough to run without large losses.",
            "자정부터 새벽 5시까지 가장 필요한 시민에게 안전하고 저렴한 대중교통을 제공하는 것이 목표입니다. 전문가의 "
            "짐작이 아니라 실제 심야 수요가 있는 곳에 노선을 두고, 큰 적자 없이 운영할 수 있을 만큼 효율을 유지하고자 "
            "했습니다.",
            "Ofrecer transporte público seguro y asequible entre la medianoche y las 5 de la mañana a quienes más lo "
            "necesitan. Trazar las rutas donde realmente está la demanda nocturna, no donde los expertos suponen que "
            "está. Mantener un servicio lo bastante eficiente para operar sin grandes pérdidas.",
        ),
        implementation=Text(
            "The city worked with the telecom operator KT to analyse about three billion late-night mobile-phone "
            "calls, mapped by call density, together with night-time taxi pick-ups and drop-offs, and drew the routes "
            "through the busiest areas. Two pilot routes started in April 2013 and the network grew to nine routes in "
            "September 2013, with buses numbered N and departing from both ends at once to keep intervals even. "
            "Real-time arrival information, partitions protecting drivers and speed limiters made the service safe "
            "and predictable.",
            "서울시는 통신사 KT와 협력해 심야 시간대 휴대전화 통화 약 30억 건을 분석해 통화 밀도 지도를 만들고, 심야 "
            "택시 승하차 자료와 함께 수요가 가장 많은 지역을 잇는 노선을 정했습니다. 2013년 4월 두 개의 시범 노선으로 "
            "시작해 같은 해 9월 9개 노선으로 늘렸으며, N으로 시작하는 번호를 붙이고 양쪽 기점에서 동시에 출발시켜 "
            "배차 간격을 고르게 했습니다. 실시간 도착 정보, 운전석 보호 격벽, 과속 방지 장치로 안전하고 예측 가능한 "
            "서비스를 만들었습니다.",
            "La ciudad trabajó con la operadora de telecomunicaciones KT para analizar unos tres mil millones de "
            "llamadas de teléfono móvil de madrugada, cartografiadas por densidad, junto con las subidas y bajadas de "
            "taxis nocturnos, y trazó las rutas por las zonas con más demanda. Dos rutas piloto empezaron en abril de "
            "2013 y la red creció a nueve rutas en septiembre de 2013, con autobuses numerados con N que salen a la "
            "vez desde ambos extremos para mantener intervalos regulares. La información de llegada en tiempo real, "
            "las mamparas que protegen al conductor y los limitadores de velocidad hicieron el servicio seguro y "
            "previsible.",
        ),
        difficulties=Text(
            "Daytime traffic data were misleading for night travel and expert intuition was not enough, which is why "
            "big data were needed. Long routes meant long intervals, solved by simultaneous departures from both "
            "terminals and transfer points at major intersections. The private telecom data had to be anonymised and "
            "obtained through a public-private agreement.",
            "주간 교통 자료는 심야 통행을 제대로 보여 주지 못했고 전문가의 직관만으로는 부족했기 때문에 빅데이터가 "
            "필요했습니다. 긴 노선의 배차 간격 문제는 양방향 동시 출발과 주요 교차로의 환승 지점으로 해결했습니다. "
            "민간 통신 자료는 익명화해 민관 협약을 통해 확보해야 했습니다.",
            "Los datos de tráfico diurno no reflejaban los viajes nocturnos y la intuición de los expertos no "
            "bastaba; por eso hicieron falta los big data. Las rutas largas implicaban intervalos largos, lo que se "
            "resolvió con salidas simultáneas desde ambos extremos y puntos de transbordo en los grandes cruces. Los "
            "datos de la operadora privada tuvieron que anonimizarse y obtenerse mediante un acuerdo público-privado.",
        ),
        outcomes=Text(
            "The Owl Bus runs every 30 to 50 minutes on its routes and was voted citizens' best policy of 2013, also "
            "receiving a presidential award that year. It became a model for other Korean cities such as Busan, and "
            "in 2022 Seoul again used big data to extend it to 14 routes. The method, planning routes from anonymised "
            "phone and taxi data, is now used for other city services.",
            "올빼미버스는 노선별로 30~50분 간격으로 운행하며, 2013년 시민이 뽑은 최고의 정책으로 선정되고 같은 해 "
            "대통령상도 받았습니다. 부산 등 다른 도시의 본보기가 되었고, 서울시는 2022년 다시 빅데이터를 활용해 14개 "
            "노선으로 확대했습니다. 익명화된 통신·택시 자료로 노선을 설계하는 방법은 이제 다른 시정 서비스에도 "
            "쓰입니다.",
            "El Búho pasa cada 30 a 50 minutos en sus rutas y fue elegido por la ciudadanía como la mejor política de "
            "2013, año en que también recibió un premio presidencial. Sirvió de modelo a otras ciudades coreanas como "
            "Busan, y en 2022 Seúl volvió a usar big data para ampliarlo a 14 rutas. El método de trazar rutas con "
            "datos anonimizados de telefonía y taxis se aplica hoy a otros servicios de la ciudad.",
        ),
    ),
    "nanum-car": PolicyContent(
        title_es="Nanum Car: vehículos compartidos público-privados",
        summary_es="Automóviles compartidos estacionados en aparcamientos públicos y zonas residenciales, operados "
        "con empresas privadas como parte de la política Seúl Ciudad Compartida.",
        background=Text(
            "Seoul has more registered cars than its streets and car parks can hold, and many private cars stand idle "
            "most of the day. Parking shortages in residential areas, congestion and emissions all grow with car "
            "ownership. In 2012 the city declared itself a Sharing City and looked for ways to use existing "
            "resources, including cars, more fully.",
            "서울에는 도로와 주차장이 감당하기 어려울 만큼 많은 차량이 등록되어 있고, 상당수 자가용은 하루 대부분을 "
            "서 있습니다. 주거지 주차난, 교통 혼잡, 배출가스는 자동차 보유와 함께 늘어납니다. 2012년 공유도시를 "
            "선언한 서울시는 자동차를 포함한 기존 자원을 더 잘 활용할 방법을 찾았습니다.",
            "Seúl tiene más automóviles registrados de los que caben en sus calles y aparcamientos, y muchos coches "
            "privados pasan parados la mayor parte del día. La falta de estacionamiento en los barrios, la congestión "
            "y las emisiones crecen con la cantidad de vehículos. En 2012 la ciudad se declaró Ciudad Compartida y "
            "buscó formas de aprovechar mejor los recursos existentes, incluidos los automóviles.",
        ),
        goals=Text(
            "Offer residents a car when they need one without owning it, so that fewer households buy a car. Reduce "
            "parking demand, traffic and emissions. Support the sharing economy by working with private operators "
            "instead of running the service itself.",
            "차를 소유하지 않아도 필요할 때 이용할 수 있게 해 자동차 구입을 줄이는 것이 목표입니다. 주차 수요, "
            "교통량, 배출가스를 줄이고, 시가 직접 운영하는 대신 민간 사업자와 협력해 공유경제를 지원하고자 했습니다.",
            "Ofrecer a los vecinos un auto cuando lo necesitan sin tener que comprarlo, para que menos hogares "
            "adquieran uno. Reducir la demanda de estacionamiento, el tráfico y las emisiones. Apoyar la economía "
            "colaborativa trabajando con operadores privados en lugar de prestar el servicio directamente.",
        ),
        implementation=Text(
            "Launched in 2013, Nanum Car is run by private car-sharing companies selected by the city, which provides "
            "parking spaces in public car parks, community centres and residential areas, often at reduced fees. "
            "Members book a car by app or web, open it with a card or phone, and pay by the hour and distance. The "
            "city promotes the service, sets service standards and encourages electric vehicles in the fleet.",
            "2013년 시작된 나눔카는 시가 선정한 민간 카셰어링 업체가 운영하며, 시는 공영주차장, 주민센터, 주거지의 "
            "주차면을 감면된 요금 등으로 제공합니다. 회원은 앱이나 웹으로 예약하고 카드나 휴대전화로 문을 열며, "
            "시간과 거리에 따라 요금을 냅니다. 시는 서비스를 홍보하고 서비스 기준을 정하며 전기차 도입을 장려합니다.",
            "Nanum Car, lanzado en 2013, lo operan empresas privadas de carsharing seleccionadas por la ciudad, que "
            "les ofrece plazas en aparcamientos públicos, centros vecinales y zonas residenciales, a menudo con "
            "tarifa reducida. Los socios reservan por aplicación o web, abren el auto con una tarjeta o el teléfono y "
            "pagan por hora y distancia. La ciudad promociona el servicio, fija estándares de calidad y fomenta los "
            "vehículos eléctricos en la flota.",
        ),
        difficulties=Text(
            "Operators need enough users per car to be profitable, so the city had to find parking spots where demand "
            "is dense and accessible. Residents sometimes objected to losing parking spaces to shared cars. Keeping "
            "cars clean and insured and preventing misuse depends on the operators, so the city evaluates them and "
            "renews agreements accordingly.",
            "업체가 수익을 내려면 차량당 이용자가 충분해야 하므로, 시는 수요가 많고 접근하기 쉬운 곳에 주차면을 "
            "마련해야 했습니다. 공유 차량에 주차면을 내주는 데 반대하는 주민도 있었습니다. 차량 청결, 보험, 부정 이용 "
            "방지는 운영 업체에 달려 있어, 시는 업체를 평가해 협약 갱신에 반영합니다.",
            "Los operadores necesitan suficientes usuarios por vehículo para ser rentables, así que la ciudad tuvo "
            "que encontrar plazas donde la demanda es densa y accesible. Algunos vecinos se opusieron a perder "
            "estacionamiento en favor de autos compartidos. La limpieza, el seguro y la prevención del mal uso "
            "dependen de los operadores, por lo que la ciudad los evalúa y renueva los acuerdos en función de ello.",
        ),
        outcomes=Text(
            "Car sharing became an everyday option in Seoul, with shared cars available in every district. Surveys of "
            "members reported households giving up or postponing the purchase of a car. The programme showed how a "
            "city can grow a sharing service mainly by lending public space to private operators.",
            "카셰어링은 서울에서 일상적인 선택지가 되었고, 모든 자치구에서 공유 차량을 이용할 수 있습니다. 회원 "
            "조사에서는 차량 구입을 포기하거나 미룬 가구가 있다고 보고되었습니다. 이 사업은 시가 주로 공공 공간을 "
            "민간 사업자에게 빌려주는 방식으로 공유 서비스를 키울 수 있음을 보여 주었습니다.",
            "El carsharing se volvió una opción cotidiana en Seúl, con autos compartidos en todos los distritos. Las "
            "encuestas a los socios registraron hogares que renunciaron a comprar un coche o lo postergaron. El "
            "programa mostró cómo una ciudad puede hacer crecer un servicio compartido sobre todo cediendo espacio "
            "público a operadores privados.",
        ),
    ),
    "ddareungi-public-bike": PolicyContent(
        title_es="Ttareungyi, bicicleta pública compartida",
        summary_es="Bicicletas públicas que se alquilan y devuelven en estaciones repartidas por la ciudad, pagadas "
        "con la tarjeta de transporte o con una aplicación móvil.",
        background=Text(
            "Seoul built cycle paths along the Han River and its streams, but few people used bicycles for daily "
            "trips, and short trips to and from subway stations were made by bus, taxi or car. Owning a bicycle in a "
            "city of apartments is inconvenient, and theft and storage were deterrents. A public bicycle system could "
            "fill the gap for the first and last kilometre.",
            "서울은 한강과 지천을 따라 자전거길을 만들었지만 일상 통행에 자전거를 쓰는 사람은 적었고, 지하철역을 "
            "오가는 짧은 이동은 버스, 택시, 승용차가 맡았습니다. 아파트가 많은 도시에서 자전거를 소유하고 보관하기는 "
            "번거롭고 도난도 걸림돌이었습니다. 공공자전거는 처음과 마지막 1km를 잇는 수단이 될 수 있었습니다.",
            "Seúl construyó ciclovías a lo largo del río Han y sus afluentes, pero pocas personas usaban la bicicleta "
            "a diario, y los trayectos cortos hacia y desde el metro se hacían en autobús, taxi o auto. Tener "
            "bicicleta en una ciudad de edificios de apartamentos es incómodo, y el robo y el almacenamiento "
            "desanimaban. Un sistema de bicicleta pública podía cubrir el primer y el último kilómetro.",
        ),
        goals=Text(
            "Make cycling a normal part of daily transport and connect homes and offices to subway and bus stops. "
            "Reduce short car trips, emissions and fine dust. Encourage physical activity among citizens.",
            "자전거를 일상 교통의 일부로 만들고 집과 직장을 지하철역·버스정류소와 연결하는 것이 목표입니다. 짧은 "
            "승용차 통행과 배출가스, 미세먼지를 줄이고 시민의 신체 활동을 늘리고자 했습니다.",
            "Hacer de la bicicleta una parte normal del transporte diario y conectar hogares y oficinas con el metro "
            "y las paradas de autobús. Reducir los viajes cortos en auto, las emisiones y el polvo fino. Fomentar la "
            "actividad física de la ciudadanía.",
        ),
        implementation=Text(
            "Ttareungyi opened in 2015 with docking stations near subway exits in a few districts and then spread "
            "citywide. Users rent with a mobile app or the transit card, pay low daily or seasonal passes, and can "
            "return the bike at any station; rebalancing trucks redistribute bikes using usage data. The city added "
            "QR-lock bikes, smaller bikes for young riders and more protected lanes as use grew.",
            "따릉이는 2015년 몇몇 자치구의 지하철역 출구 주변 대여소로 시작해 시 전역으로 확대되었습니다. 이용자는 "
            "모바일 앱이나 교통카드로 빌리고 저렴한 일일권이나 정기권을 내며, 아무 대여소에나 반납할 수 있고, 재배치 "
            "차량이 이용 자료를 바탕으로 자전거를 다시 나눠 놓습니다. 이용이 늘자 QR형 잠금장치 자전거, 청소년용 소형 "
            "자전거, 보호된 자전거도로를 더했습니다.",
            "Ttareungyi abrió en 2015 con estaciones junto a las salidas del metro en unos pocos distritos y luego se "
            "extendió a toda la ciudad. Se alquila con una aplicación o con la tarjeta de transporte, con pases "
            "diarios o de temporada de bajo costo, y la bicicleta se devuelve en cualquier estación; camiones de "
            "redistribución reubican las bicis según los datos de uso. A medida que creció el uso, la ciudad sumó "
            "bicicletas con candado QR, bicis más pequeñas para jóvenes y más carriles protegidos.",
        ),
        difficulties=Text(
            "Demand is very uneven: stations near offices empty in the morning and overflow in the evening, which "
            "makes rebalancing a large operating cost. Low fares mean the service runs at a deficit that the city "
            "accepts as a public service. Safety on busy roads and the lack of continuous bike lanes remain the main "
            "barriers for new riders.",
            "수요가 매우 불균등해 출근 시간에는 업무지구 대여소가 비고 퇴근 시간에는 넘쳐, 재배치가 큰 운영비가 "
            "됩니다. 요금이 낮아 적자가 나지만 시는 이를 공공서비스로 감수합니다. 혼잡한 도로의 안전과 끊긴 "
            "자전거도로는 여전히 새 이용자에게 가장 큰 장벽입니다.",
            "La demanda es muy desigual: las estaciones de las zonas de oficinas se vacían por la mañana y se saturan "
            "por la tarde, por lo que la redistribución es un gran costo operativo. Las tarifas bajas implican un "
            "déficit que la ciudad asume como servicio público. La seguridad en calles con mucho tráfico y la falta "
            "de ciclovías continuas siguen siendo las principales barreras para nuevos usuarios.",
        ),
        outcomes=Text(
            "Ttareungyi became one of the most popular city services, with stations across all 25 districts and "
            "millions of rentals a year. It changed the image of cycling in Seoul from leisure on the riverside to a "
            "daily means of transport. Its usage data now guide where the city builds new bike lanes.",
            "따릉이는 25개 자치구 전역에 대여소를 둔, 연간 수백만 건이 대여되는 가장 인기 있는 시정 서비스 가운데 "
            "하나가 되었습니다. 서울에서 자전거의 이미지를 강변 여가에서 일상 교통수단으로 바꾸었고, 이용 자료는 이제 "
            "새 자전거도로를 어디에 만들지 정하는 데 쓰입니다.",
            "Ttareungyi se convirtió en uno de los servicios municipales más populares, con estaciones en los 25 "
            "distritos y millones de alquileres al año. Cambió la imagen de la bicicleta en Seúl, de ocio junto al "
            "río a medio de transporte cotidiano. Sus datos de uso orientan hoy dónde construir nuevas ciclovías.",
        ),
    ),
    # Urban railway
    "subway-platform-screen-doors": PolicyContent(
        title_es="Puertas de andén en el metro",
        summary_es="Las puertas de andén del metro evitan caídas a las vías y mejoran el aire en los andenes.",
        background=Text(
            "As the subway carried more and more passengers, falls and suicides on the tracks caused deaths, injuries "
            "and service interruptions. Platforms were also noisy and dusty, with air pushed in by arriving trains. "
            "Open platforms made it impossible to separate the air of the tunnel from that of the station.",
            "지하철 이용객이 늘면서 선로 추락과 투신 사고로 사망자와 부상자가 생기고 운행이 자주 중단되었습니다. "
            "승강장은 열차가 밀어 넣는 공기로 시끄럽고 먼지가 많았으며, 개방형 승강장에서는 터널과 역사의 공기를 "
            "분리할 수 없었습니다.",
            "A medida que el metro transportaba más pasajeros, las caídas y los suicidios en las vías causaban "
            "muertes, heridos e interrupciones del servicio. Los andenes eran además ruidosos y polvorientos, con el "
            "aire que empujaban los trenes al llegar. Con andenes abiertos era imposible separar el aire del túnel "
            "del de la estación.",
        ),
        goals=Text(
            "Prevent falls onto the tracks and make platforms safer for everyone, including children, older people "
            "and people with disabilities. Improve air quality and reduce noise on platforms, and keep trains running "
            "without accident-related delays.",
            "어린이, 노인, 장애인을 포함한 모든 승객이 선로에 떨어지지 않도록 승강장을 안전하게 만드는 것이 "
            "목표입니다. 승강장의 공기질을 개선하고 소음을 줄이며, 사고로 인한 운행 지연을 없애고자 했습니다.",
            "Evitar caídas a las vías y hacer los andenes más seguros para todos, incluidos niños, personas mayores y "
            "personas con discapacidad. Mejorar la calidad del aire, reducir el ruido en los andenes y mantener los "
            "trenes en marcha sin retrasos por accidentes.",
        ),
        implementation=Text(
            "From the mid-2000s the city's subway operators installed platform screen doors station by station, "
            "synchronised with the train doors, until nearly every platform of the city's lines was equipped. Sensors "
            "detect obstacles between the train and the doors, and emergency exits allow passengers to leave a "
            "stopped train. Part of the installations were financed with advertising on the doors.",
            "2000년대 중반부터 서울의 지하철 운영기관은 열차 출입문과 연동되는 스크린도어를 역마다 설치해 시 노선 "
            "거의 모든 승강장에 갖추었습니다. 센서가 열차와 안전문 사이의 장애물을 감지하고, 비상문으로 멈춘 열차에서 "
            "승객이 빠져나올 수 있습니다. 일부 설치 비용은 안전문 광고로 충당했습니다.",
            "Desde mediados de los años 2000, los operadores del metro instalaron puertas de andén estación por "
            "estación, sincronizadas con las puertas del tren, hasta equipar casi todos los andenes de las líneas de "
            "la ciudad. Unos sensores detectan obstáculos entre el tren y las puertas, y salidas de emergencia "
            "permiten abandonar un tren detenido. Parte de las instalaciones se financió con publicidad en las "
            "puertas.",
        ),
        difficulties=Text(
            "Installing doors on old, narrow platforms and on curves required structural work at night without "
            "stopping service. The fatal accident of a young maintenance worker at Guui Station in 2016 showed the "
            "danger of outsourced, understaffed maintenance, and the city then brought maintenance in-house and "
            "changed repair rules. The lesson is that safety equipment needs safe maintenance procedures and enough "
            "staff.",
            "오래되고 좁은 승강장과 곡선 승강장에 안전문을 설치하려면 운행을 멈추지 않고 야간에 구조 공사를 해야 "
            "했습니다. 2016년 구의역에서 젊은 정비 노동자가 숨진 사고는 외주화되고 인력이 부족한 정비의 위험을 "
            "드러냈고, 이후 시는 정비 업무를 직영으로 전환하고 작업 규정을 바꿨습니다. 교훈은 안전 설비에도 안전한 "
            "정비 절차와 충분한 인력이 필요하다는 것입니다.",
            "Instalar puertas en andenes antiguos, estrechos o en curva exigió obras estructurales nocturnas sin "
            "interrumpir el servicio. El accidente mortal de un joven trabajador de mantenimiento en la estación de "
            "Guui en 2016 mostró el peligro de un mantenimiento subcontratado y con poco personal; la ciudad lo "
            "internalizó y cambió las reglas de reparación. La lección es que los equipos de seguridad necesitan "
            "procedimientos de mantenimiento seguros y personal suficiente.",
        ),
        outcomes=Text(
            "Falls and suicides on the tracks at equipped stations almost disappeared, and platforms became quieter "
            "and less dusty. Screen doors are now a standard feature of every new line in Korea. The experience of "
            "retrofitting old stations is shared with cities planning to upgrade their metros.",
            "안전문을 설치한 역에서는 선로 추락과 투신 사고가 거의 사라졌고, 승강장은 더 조용하고 먼지가 줄었습니다. "
            "이제 스크린도어는 국내 모든 신규 노선의 기본 시설이며, 오래된 역을 개량한 경험은 지하철을 개선하려는 "
            "도시들과 공유되고 있습니다.",
            "En las estaciones equipadas casi desaparecieron las caídas y los suicidios en las vías, y los andenes se "
            "volvieron más silenciosos y con menos polvo. Las puertas de andén son hoy un estándar en toda nueva "
            "línea en Corea, y la experiencia de adaptar estaciones antiguas se comparte con ciudades que quieren "
            "modernizar su metro.",
        ),
    ),
    "subway-line-9-ppp": PolicyContent(
        title_es="Línea 9 del metro: una asociación público-privada",
        summary_es="La primera línea de ferrocarril urbano de Seúl construida y operada como asociación "
        "público-privada, con trenes expresos y locales sobre las mismas vías.",
        background=Text(
            "The south-west of Seoul, from Gimpo Airport along the south bank of the Han River to Gangnam, lacked a "
            "direct rail link and depended on crowded roads. The city could not finance every new line from its own "
            "budget. Korea's law on private participation in infrastructure allowed a private consortium to build and "
            "run a line in exchange for fare revenue.",
            "김포공항에서 한강 남쪽을 따라 강남에 이르는 서울 서남부에는 직결 철도가 없어 혼잡한 도로에 의존했습니다. "
            "시 예산만으로 모든 신규 노선을 건설할 수는 없었고, 민간투자법에 따라 민간 컨소시엄이 노선을 "
            "건설·운영하고 운임 수입을 얻는 방식이 가능했습니다.",
            "El suroeste de Seúl, desde el aeropuerto de Gimpo por la ribera sur del río Han hasta Gangnam, no tenía "
            "un enlace ferroviario directo y dependía de calles congestionadas. La ciudad no podía financiar todas "
            "las nuevas líneas con su presupuesto. La ley coreana de participación privada en infraestructura "
            "permitía que un consorcio privado construyera y operara una línea a cambio de los ingresos por pasajes.",
        ),
        goals=Text(
            "Build a new east-west line quickly by sharing the investment with private partners. Offer fast trips "
            "with express trains that skip minor stations, and connect the airport, business districts and "
            "residential areas of the south bank.",
            "민간과 투자를 분담해 새 동서 노선을 빠르게 건설하는 것이 목표였습니다. 작은 역을 건너뛰는 급행열차로 "
            "빠른 이동을 제공하고, 공항과 업무지구, 한강 남쪽 주거지를 연결하고자 했습니다.",
            "Construir rápidamente una nueva línea este-oeste repartiendo la inversión con socios privados. Ofrecer "
            "viajes rápidos con trenes expresos que omiten estaciones menores y conectar el aeropuerto, los distritos "
            "de negocios y las zonas residenciales de la ribera sur.",
        ),
        implementation=Text(
            "The city built the civil works and a private concessionaire financed and installed the systems and "
            "trains, then operates the first section, opened in 2009 between Gaehwa and Sinnonhyeon. Express and "
            "local trains share the tracks, with passing loops at express stations. The concession originally "
            "included a minimum revenue guarantee from the city.",
            "시가 토목 공사를 맡고 민간 사업자가 시스템과 차량을 투자·설치한 뒤, 2009년 개화~신논현 구간으로 개통한 "
            "1단계를 운영합니다. 급행과 일반 열차가 같은 선로를 쓰며 급행 정차역에 대피선을 두었습니다. 당초 협약에는 "
            "시의 최소운영수입보장이 포함되어 있었습니다.",
            "La ciudad construyó la obra civil y un concesionario privado financió e instaló los sistemas y los "
            "trenes, y opera el primer tramo, inaugurado en 2009 entre Gaehwa y Sinnonhyeon. Trenes expresos y "
            "locales comparten las vías, con apartaderos en las estaciones expresas. La concesión incluía al "
            "principio una garantía de ingresos mínimos por parte de la ciudad.",
        ),
        difficulties=Text(
            "In 2012 the concessionaire's unilateral fare increase caused a public dispute, and the high guaranteed "
            "returns were criticised as a burden on taxpayers. In 2013 the city renegotiated the concession, replaced "
            "investors and removed the minimum revenue guarantee in favour of a cost-compensation scheme. Express "
            "trains became severely overcrowded at rush hour, and more cars and trains had to be added.",
            "2012년 사업자의 일방적인 요금 인상 발표로 공공 논란이 일었고, 높은 보장 수익률은 납세자 부담이라는 "
            "비판을 받았습니다. 2013년 시는 협약을 재구조화해 투자자를 교체하고 최소운영수입보장을 없애는 대신 "
            "비용보전 방식을 도입했습니다. 출퇴근 시간 급행열차의 극심한 혼잡으로 차량과 열차를 추가 투입해야 "
            "했습니다.",
            "En 2012 el concesionario anunció unilateralmente una subida de tarifas que provocó una disputa pública, "
            "y los altos rendimientos garantizados se criticaron como una carga para los contribuyentes. En 2013 la "
            "ciudad renegoció la concesión, cambió de inversionistas y sustituyó la garantía de ingresos mínimos por "
            "un esquema de compensación de costos. Los trenes expresos se saturaron en hora punta y hubo que añadir "
            "vagones y trenes.",
        ),
        outcomes=Text(
            "Line 9 gave the south bank a fast rail corridor and its express service proved very popular. The "
            "renegotiation became a reference in Korea for rebalancing public-private partnership contracts in the "
            "public interest. The line has since been extended east in further phases.",
            "9호선은 한강 남쪽에 빠른 철도축을 만들었고 급행 서비스는 큰 인기를 얻었습니다. 협약 재구조화는 공익을 "
            "위해 민간투자 계약을 조정한 국내의 대표 사례가 되었으며, 노선은 이후 단계별로 동쪽으로 연장되었습니다.",
            "La Línea 9 dio a la ribera sur un corredor ferroviario rápido y su servicio expreso resultó muy popular. "
            "La renegociación se convirtió en Corea en una referencia para reequilibrar contratos público-privados en "
            "favor del interés público. Desde entonces la línea se ha prolongado hacia el este en nuevas fases.",
        ),
    ),
    "metro-operation-maintenance": PolicyContent(
        title_es="Operación y mantenimiento integrados del metro",
        summary_es="Operación, mantenimiento y gestión de la seguridad de una gran red de metro por un único operador "
        "de propiedad municipal.",
        background=Text(
            "For two decades Seoul's subway was run by two city-owned companies, one for lines 1 to 4 and another for "
            "lines 5 to 8, with separate organisations, standards and control rooms. Duplication raised costs, and "
            "transfers between the two networks were not always coordinated. Ageing equipment and safety accidents "
            "called for a stronger, unified maintenance organisation.",
            "서울 지하철은 20여 년간 1~4호선과 5~8호선을 두 개의 시 산하 공사가 나눠 운영해 조직, 기준, 관제실이 따로 "
            "있었습니다. 중복으로 비용이 늘었고 두 노선망 간 환승이 늘 원활하게 조정되지는 않았습니다. 설비 노후화와 "
            "안전사고로 더 강력한 통합 유지관리 조직이 필요해졌습니다.",
            "Durante dos décadas, el metro de Seúl lo operaron dos empresas municipales, una para las líneas 1 a 4 y "
            "otra para las líneas 5 a 8, con organizaciones, estándares y salas de control separados. La duplicación "
            "elevaba los costos y los transbordos entre ambas redes no siempre estaban coordinados. El envejecimiento "
            "de los equipos y los accidentes exigían una organización de mantenimiento más sólida y unificada.",
        ),
        goals=Text(
            "Run the network as one system with common safety standards, one control and one maintenance "
            "organisation. Reduce duplicated costs and invest the savings in safety and the renewal of ageing assets.",
            "공통 안전 기준과 하나의 관제·정비 조직으로 지하철망을 단일 체계로 운영하는 것이 목표입니다. 중복 비용을 "
            "줄이고 절감액을 안전과 노후 시설 재투자에 쓰고자 했습니다.",
            "Operar la red como un solo sistema, con estándares de seguridad comunes, un único control y una sola "
            "organización de mantenimiento. Reducir los costos duplicados e invertir el ahorro en seguridad y en la "
            "renovación de los activos envejecidos.",
        ),
        implementation=Text(
            "In 2017 the two operators merged into Seoul Transportation Corporation. Maintenance work that had been "
            "outsourced was brought in-house, asset management based on the condition of each component was "
            "introduced, and a safety organisation reporting directly to the chief executive was created.",
            "2017년 두 운영기관은 서울교통공사로 통합되었습니다. 외주로 맡기던 정비 업무를 직영으로 전환하고, 부품별 "
            "상태에 기반한 자산관리를 도입했으며, 사장 직속 안전 조직을 만들었습니다.",
            "En 2017 ambos operadores se fusionaron en la Seoul Transportation Corporation. El mantenimiento que "
            "estaba subcontratado pasó a realizarse con personal propio, se introdujo una gestión de activos según el "
            "estado de cada componente y se creó una unidad de seguridad que depende directamente de la dirección "
            "general.",
        ),
        difficulties=Text(
            "Merging two workforces with different pay scales and unions required long negotiations. Fares kept low "
            "by policy, and free rides for older people, leave the operator with structural deficits that limit "
            "investment in renewal.",
            "임금 체계와 노조가 다른 두 조직을 합치는 데 긴 협상이 필요했습니다. 정책적으로 낮게 유지되는 요금과 노인 "
            "무임승차로 운영기관은 구조적 적자를 안고 있어 노후 시설 재투자가 제약됩니다.",
            "Fusionar dos plantillas con escalas salariales y sindicatos distintos exigió largas negociaciones. Las "
            "tarifas mantenidas bajas por decisión política y los viajes gratuitos para personas mayores generan "
            "déficits estructurales que limitan la inversión en renovación.",
        ),
        outcomes=Text(
            "Seoul now has one of the largest metro operators in the world under a single management and control. The "
            "merger and the in-house maintenance model are a reference for cities that run several urban rail "
            "operators.",
            "서울은 이제 세계 최대 규모의 지하철 운영기관 가운데 하나를 단일 경영·관제 체계로 운영합니다. 통합과 직영 "
            "정비 모델은 여러 도시철도 운영기관을 둔 도시에 참고가 됩니다.",
            "Seúl cuenta hoy con uno de los mayores operadores de metro del mundo bajo una sola dirección y un solo "
            "control. La fusión y el modelo de mantenimiento propio son una referencia para ciudades con varios "
            "operadores de ferrocarril urbano.",
        ),
    ),
    # Water supply & sewerage
    "arisu-tap-water": PolicyContent(
        title_es="Arisu: agua del grifo segura",
        summary_es="Tratamiento avanzado en las plantas potabilizadoras de la ciudad y vigilancia de la calidad desde "
        "la fuente hasta el grifo, bajo la marca Arisu.",
        background=Text(
            "After decades of rapid expansion, Seoul's water network reached almost every household, but citizens "
            "distrusted tap water after pollution incidents on the Han River and drank bottled or filtered water "
            "instead. Old pipes in buildings and apartment water tanks affected the taste and quality at the tap. The "
            "city needed both better treatment and a way to win back public trust.",
            "수십 년간의 급속한 확장으로 서울의 상수도는 거의 모든 가구에 닿았지만, 한강 수질 사고 이후 시민들은 "
            "수돗물을 믿지 못하고 생수나 정수기 물을 마셨습니다. 건물의 노후 배관과 아파트 저수조도 수도꼭지에서의 "
            "맛과 수질에 영향을 주었습니다. 시는 정수 처리 개선과 함께 시민의 신뢰를 되찾을 방법이 필요했습니다.",
            "Tras décadas de rápida expansión, la red de agua de Seúl llegaba a casi todos los hogares, pero la gente "
            "desconfiaba del agua del grifo después de varios episodios de contaminación en el río Han y bebía agua "
            "embotellada o filtrada. Las tuberías viejas de los edificios y los tanques de los bloques de "
            "apartamentos afectaban el sabor y la calidad. La ciudad necesitaba mejorar el tratamiento y, a la vez, "
            "recuperar la confianza pública.",
        ),
        goals=Text(
            "Supply tap water that is safe to drink directly, meeting and exceeding national and WHO standards. Make "
            "quality visible to citizens from the source to the tap, and reduce the use of bottled water.",
            "바로 마셔도 안전한, 국내 기준과 세계보건기구 기준을 충족하고 넘어서는 수돗물을 공급하는 것이 목표입니다. "
            "취수원에서 수도꼭지까지 수질을 시민에게 보여 주고 생수 사용을 줄이고자 했습니다.",
            "Suministrar agua del grifo apta para beber directamente, que cumpla y supere las normas nacionales y de "
            "la OMS. Hacer visible la calidad para la ciudadanía desde la fuente hasta el grifo y reducir el consumo "
            "de agua embotellada.",
        ),
        implementation=Text(
            "All the city's purification centres were equipped with advanced treatment (ozone and granular activated "
            "carbon), and quality is tested for far more parameters than the law requires. Real-time monitors along "
            "the network publish results online, and inspectors visit homes to test water at the tap and advise on "
            "replacing old service pipes, which the city subsidises. The water was branded Arisu, bottled for "
            "emergencies and events, and promoted in campaigns.",
            "시의 모든 정수센터에 고도정수처리(오존과 입상활성탄)를 도입했고, 법정 기준보다 훨씬 많은 항목을 "
            "검사합니다. 관망 곳곳의 실시간 수질 측정기 결과를 온라인에 공개하며, 검사원이 가정을 방문해 수도꼭지 "
            "수질을 검사하고 노후 급수관 교체를 안내하며 시가 교체 비용을 지원합니다. 수돗물에 '아리수'라는 이름을 "
            "붙이고 비상·행사용 병입수를 만들어 캠페인으로 알렸습니다.",
            "Todas las plantas potabilizadoras de la ciudad incorporaron tratamiento avanzado (ozono y carbón "
            "activado granular), y la calidad se analiza en muchos más parámetros de los que exige la ley. Medidores "
            "en tiempo real a lo largo de la red publican sus resultados en línea, e inspectores visitan los hogares "
            "para analizar el agua del grifo y aconsejar el cambio de tuberías viejas, que la ciudad subvenciona. El "
            "agua se bautizó Arisu, se embotella para emergencias y eventos y se promociona con campañas.",
        ),
        difficulties=Text(
            "Even with excellent quality at the plants, perceptions change slowly, and the share of citizens drinking "
            "tap water directly remained low for years. Quality problems often come from private plumbing and "
            "building tanks, which the city does not own, so it had to work through subsidies, inspections and "
            "information.",
            "정수장 수질이 우수해도 인식은 천천히 바뀌어, 수돗물을 그대로 마시는 시민의 비율은 오랫동안 낮았습니다. "
            "수질 문제는 시가 소유하지 않은 건물 내 배관과 저수조에서 생기는 경우가 많아, 시는 지원금, 검사, 정보 "
            "제공으로 대응해야 했습니다.",
            "Aun con una calidad excelente en las plantas, las percepciones cambian despacio, y durante años fue baja "
            "la proporción de personas que bebían agua del grifo directamente. Los problemas suelen originarse en las "
            "instalaciones privadas y los tanques de los edificios, que no son de la ciudad, por lo que hubo que "
            "actuar con subvenciones, inspecciones e información.",
        ),
        outcomes=Text(
            "Arisu meets a far wider set of quality parameters than the national standard and has been certified by "
            "international bodies. The brand, the home visits and the open data changed the public debate about tap "
            "water and have been shared with cities in Asia, Africa and Latin America.",
            "아리수는 국내 기준보다 훨씬 많은 수질 항목을 충족하며 국제 기관의 인증을 받았습니다. 브랜드, 가정 방문 "
            "검사, 공개 자료는 수돗물에 대한 사회적 논의를 바꾸었고, 아시아, 아프리카, 중남미 도시들과 "
            "공유되었습니다.",
            "Arisu cumple un conjunto de parámetros de calidad mucho más amplio que la norma nacional y ha sido "
            "certificada por organismos internacionales. La marca, las visitas a domicilio y los datos abiertos "
            "cambiaron el debate público sobre el agua del grifo y se han compartido con ciudades de Asia, África y "
            "América Latina.",
        ),
    ),
    "water-leak-reduction": PolicyContent(
        title_es="Reducción de fugas y del agua no facturada",
        summary_es="La renovación de tuberías, los equipos de detección de fugas y la sectorización con medición "
        "redujeron las fugas, que superaban la cuarta parte del agua suministrada a fines de los años ochenta, a unos "
        "pocos puntos porcentuales.",
        background=Text(
            "When Seoul's Office of Waterworks was founded in 1989, only 55.2% of the water produced reached a paying "
            "customer: the rest was lost to leaks, old pipes and unmetered use. Producing water that is lost wastes "
            "raw water, chemicals and energy, and forced the city to build and run more purification plants than it "
            "needed. Improving the revenue water ratio was the basis for running the utility on its own revenues.",
            "1989년 서울시 상수도사업본부가 출범했을 때 생산한 물 가운데 요금으로 이어진 것은 55.2%에 불과했고, "
            "나머지는 누수, 노후관, 계량되지 않는 사용으로 사라졌습니다. 새는 물을 생산하느라 원수, 약품, 전력이 "
            "낭비되었고 필요 이상으로 많은 정수장을 짓고 운영해야 했습니다. 유수율 향상은 상수도를 자체 수입으로 "
            "운영하기 위한 기반이었습니다.",
            "Cuando se creó la Oficina de Aguas de Seúl en 1989, solo el 55,2 % del agua producida llegaba a un "
            "cliente que pagaba: el resto se perdía en fugas, tuberías viejas y consumos sin medir. Producir agua que "
            "se pierde desperdicia agua bruta, químicos y energía, y obligaba a construir y operar más plantas de las "
            "necesarias. Mejorar la proporción de agua facturada era la base para que el servicio se financiara con "
            "sus propios ingresos.",
        ),
        goals=Text(
            "Raise the revenue water ratio to the level of the best-run utilities in the world by finding and "
            "repairing leaks quickly and renewing old mains. Cut production costs and pass the savings on to citizens "
            "through stable tariffs.",
            "누수를 신속히 찾아 고치고 노후 관로를 교체해 유수율을 세계 최고 수준의 상수도 수준으로 높이는 것이 "
            "목표입니다. 생산 비용을 줄이고 그 절감 효과를 안정적인 요금으로 시민에게 돌려주고자 했습니다.",
            "Elevar la proporción de agua facturada al nivel de los mejores servicios del mundo, localizando y "
            "reparando rápido las fugas y renovando las tuberías viejas. Reducir los costos de producción y trasladar "
            "el ahorro a la ciudadanía con tarifas estables.",
        ),
        implementation=Text(
            "The city replaced old and corrosion-prone pipes systematically, divided the network into metered blocks "
            "and measured the minimum night flow in each to spot hidden leaks. Dedicated leak-detection teams with "
            "acoustic and IT-based equipment search the network continuously, and reservoirs on high ground allow a "
            "gravity-fed, pressure-stable supply. Flows are monitored centrally, and the know-how is shared with "
            "other Korean and foreign utilities through consulting.",
            "시는 노후관과 부식되기 쉬운 관을 체계적으로 교체하고, 관망을 계량 블록으로 나누어 블록별 야간 최소 "
            "유량을 측정해 숨은 누수를 찾아냈습니다. 음향 장비와 IT 기반 장비를 갖춘 전담 누수탐사반이 관망을 상시 "
            "점검하고, 고지대 배수지를 활용한 자연유하 방식으로 수압을 안정시켰습니다. 유량은 중앙에서 감시하며, "
            "노하우는 국내외 상수도 기관에 컨설팅으로 전수합니다.",
            "La ciudad reemplazó de forma sistemática las tuberías viejas y propensas a la corrosión, dividió la red "
            "en sectores con medición y midió el caudal mínimo nocturno de cada uno para detectar fugas ocultas. "
            "Equipos dedicados de detección con instrumentos acústicos e informáticos recorren la red de forma "
            "continua, y depósitos en zonas altas permiten un suministro por gravedad con presión estable. Los "
            "caudales se supervisan de forma centralizada y el conocimiento se comparte con otros servicios, coreanos "
            "y extranjeros, mediante consultorías.",
        ),
        difficulties=Text(
            "Pipe replacement is expensive and disrupts streets, so the city had to keep a steady budget over decades "
            "rather than one-off campaigns. Building block metering required accurate network maps, which had to be "
            "surveyed and digitised first. Results came gradually, which made long-term political commitment "
            "essential.",
            "관 교체는 비용이 크고 도로 공사를 동반하므로, 일회성 캠페인이 아니라 수십 년 동안 꾸준히 예산을 확보해야 "
            "했습니다. 블록 계량을 위해서는 정확한 관망도가 필요해 먼저 조사와 전산화를 해야 했습니다. 성과가 서서히 "
            "나타나기 때문에 장기적인 정책 의지가 필수적이었습니다.",
            "Cambiar tuberías es caro y afecta las calles, así que la ciudad tuvo que mantener un presupuesto "
            "constante durante décadas en lugar de campañas puntuales. La sectorización exigía planos precisos de la "
            "red, que primero hubo que levantar y digitalizar. Los resultados llegaron de forma gradual, por lo que "
            "el compromiso político a largo plazo fue indispensable.",
        ),
        outcomes=Text(
            "The revenue water ratio rose from 55.2% in 1989 to 94.4% in 2013 and 95.1% in 2018, among the highest in "
            "the world. The water saved allowed the city to close four of its ten purification plants, whose sites "
            "became public parks. Leak cases fell sharply, saving large amounts of water and money every year.",
            "유수율은 1989년 55.2%에서 2013년 94.4%, 2018년 95.1%로 높아져 세계 최고 수준이 되었습니다. 절약한 물 "
            "덕분에 정수장 10곳 가운데 4곳을 폐쇄했고, 그 부지는 시민 공원이 되었습니다. 누수 건수가 크게 줄어 해마다 "
            "많은 물과 예산을 아끼고 있습니다.",
            "La proporción de agua facturada pasó del 55,2 % en 1989 al 94,4 % en 2013 y al 95,1 % en 2018, de las "
            "más altas del mundo. El agua ahorrada permitió cerrar cuatro de las diez plantas potabilizadoras, cuyos "
            "terrenos se convirtieron en parques públicos. Los casos de fuga bajaron drásticamente, con grandes "
            "ahorros de agua y dinero cada año.",
        ),
    ),
    "water-reclamation-centres": PolicyContent(
        title_es="Centros de regeneración de agua (tratamiento de aguas residuales)",
        summary_es="Cuatro grandes plantas tratan las aguas residuales de la ciudad antes de devolverlas al río Han.",
        background=Text(
            "During Seoul's rapid growth, untreated sewage flowed into the Han River and its tributaries, which "
            "became polluted and smelly. Combined sewers carried both rainwater and wastewater, so heavy rain sent "
            "raw sewage into the streams. Cleaning the river required large treatment capacity and a network to bring "
            "all wastewater to it.",
            "서울이 급성장하는 동안 처리되지 않은 하수가 한강과 지천으로 흘러들어 물이 오염되고 악취가 났습니다. "
            "합류식 하수관은 빗물과 오수를 함께 실어 날라, 큰비가 오면 처리되지 않은 하수가 하천으로 넘쳤습니다. "
            "한강을 되살리려면 큰 처리 용량과 모든 하수를 모으는 관로망이 필요했습니다.",
            "Durante el rápido crecimiento de Seúl, las aguas residuales sin tratar iban al río Han y a sus "
            "afluentes, que se contaminaron y olían mal. Los colectores unitarios llevaban juntas la lluvia y las "
            "aguas negras, de modo que con lluvias fuertes el agua residual cruda llegaba a los arroyos. Sanear el "
            "río exigía gran capacidad de tratamiento y una red que llevara allí todas las aguas residuales.",
        ),
        goals=Text(
            "Treat all of the city's wastewater before it returns to the river, and improve the treatment level to "
            "remove nutrients. Turn treatment plants from nuisances into facilities that produce reusable water and "
            "energy and are accepted by neighbours.",
            "시의 모든 하수를 처리해 하천으로 돌려보내고, 영양염류까지 제거하도록 처리 수준을 높이는 것이 목표입니다. "
            "하수처리장을 혐오시설이 아니라 재이용수와 에너지를 만들고 주민이 받아들이는 시설로 바꾸고자 했습니다.",
            "Tratar todas las aguas residuales de la ciudad antes de devolverlas al río y elevar el nivel de "
            "tratamiento para eliminar nutrientes. Transformar las plantas, de molestias para los vecinos, en "
            "instalaciones que producen agua reutilizable y energía y que la comunidad acepta.",
        ),
        implementation=Text(
            "Four large centres, Jungnang, Tancheon, Seonam and Nanji, treat the city's wastewater, each serving a "
            "catchment of the Han River. They were upgraded to advanced treatment, covered to control odours, and "
            "their tops turned into parks and sports facilities. Treated water is reused for stream maintenance flows "
            "and cleaning, and sludge and biogas are used for energy.",
            "중랑, 탄천, 서남, 난지 네 곳의 물재생센터가 한강 유역별로 서울의 하수를 처리합니다. 고도처리 시설로 "
            "개량하고, 악취를 막기 위해 시설을 덮었으며, 상부는 공원과 체육시설로 만들었습니다. 처리수는 하천 "
            "유지용수와 청소용수로 재이용하고, 슬러지와 바이오가스는 에너지로 활용합니다.",
            "Cuatro grandes centros, Jungnang, Tancheon, Seonam y Nanji, tratan las aguas residuales de la ciudad, "
            "cada uno para una cuenca del río Han. Se modernizaron con tratamiento avanzado, se cubrieron para "
            "controlar los olores y sus techos se convirtieron en parques e instalaciones deportivas. El agua tratada "
            "se reutiliza para mantener el caudal de los arroyos y para limpieza, y los lodos y el biogás se "
            "aprovechan como energía.",
        ),
        difficulties=Text(
            "Neighbours opposed the plants because of odours, which the city addressed by covering facilities and "
            "giving residents parks on top. Combined sewer overflows during heavy rain still pollute streams, "
            "requiring storage tanks and separate sewers over time.",
            "악취 때문에 주민들이 반대했고, 시는 시설을 덮고 상부를 주민 공원으로 만들어 대응했습니다. 큰비 때의 "
            "합류식 하수 월류는 여전히 하천을 오염시켜, 저류조와 분류식 하수관을 단계적으로 늘려야 합니다.",
            "Los vecinos se oponían a las plantas por los olores, y la ciudad respondió cubriendo las instalaciones y "
            "construyendo parques sobre ellas. Los desbordamientos de los colectores unitarios durante lluvias "
            "fuertes aún contaminan los arroyos, lo que exige tanques de retención y redes separativas de forma "
            "progresiva.",
        ),
        outcomes=Text(
            "The water quality of the Han River improved markedly, and fish and birds returned to the river and its "
            "tributaries. The covered centres with parks on top show how treatment plants can coexist with dense "
            "neighbourhoods.",
            "한강 수질이 크게 좋아졌고 한강과 지천에 물고기와 새가 돌아왔습니다. 상부를 공원으로 만든 지하·복개형 "
            "센터는 하수처리장이 밀집 주거지와 공존할 수 있음을 보여 줍니다.",
            "La calidad del agua del río Han mejoró notablemente, y los peces y las aves volvieron al río y a sus "
            "afluentes. Los centros cubiertos con parques encima muestran que las plantas de tratamiento pueden "
            "convivir con barrios densos.",
        ),
    ),
    # Environment & climate
    "cheonggyecheon-restoration": PolicyContent(
        title_es="Restauración del arroyo Cheonggyecheon",
        summary_es="Se demolió una autopista elevada y se restauró un arroyo de 5,8 km en el centro de la ciudad, "
        "creando espacio público y refrescando el centro urbano.",
        background=Text(
            "The Cheonggyecheon stream was covered with concrete from 1958 and an elevated highway was completed "
            "above it in 1976, a symbol of industrialisation. By the 2000s the structures were ageing and unsafe, the "
            "area was noisy and polluted, and the old downtown was losing businesses and residents to newer centres. "
            "Repairing the highway would have been very costly, which opened the debate on removing it.",
            "청계천은 1958년부터 콘크리트로 덮였고 1976년 그 위에 고가도로가 완공되어 산업화의 상징이 되었습니다. "
            "2000년대에 이르러 구조물은 노후해 안전이 우려되었고, 주변은 소음과 오염이 심했으며, 구도심은 사업체와 "
            "주민을 신도심에 빼앗기고 있었습니다. 고가도로 보수에 막대한 비용이 들어 철거 논의가 시작되었습니다.",
            "El arroyo Cheonggyecheon se cubrió con hormigón a partir de 1958 y en 1976 se terminó sobre él una "
            "autopista elevada, símbolo de la industrialización. En los años 2000 las estructuras estaban envejecidas "
            "y eran inseguras, la zona era ruidosa y contaminada, y el centro histórico perdía empresas y habitantes "
            "frente a los nuevos centros. Reparar la autopista habría costado muchísimo, lo que abrió el debate sobre "
            "su demolición.",
        ),
        goals=Text(
            "Remove the highway and restore the stream as a natural, continuous green corridor through downtown "
            "Seoul. Revitalise the old centre economically, recover historic and cultural heritage such as the old "
            "bridges, and shift the city from a car-oriented to a people-oriented model.",
            "고가도로를 철거하고 청계천을 도심을 가로지르는 자연스럽고 연속된 녹색 축으로 복원하는 것이 목표였습니다. "
            "구도심의 경제를 되살리고 옛 다리 같은 역사·문화 유산을 되찾으며, 자동차 중심에서 사람 중심의 도시로 "
            "전환하고자 했습니다.",
            "Demoler la autopista y restaurar el arroyo como un corredor verde natural y continuo a través del centro "
            "de Seúl. Revitalizar económicamente el centro histórico, recuperar patrimonio como los antiguos puentes "
            "y pasar de un modelo centrado en el automóvil a uno centrado en las personas.",
        ),
        implementation=Text(
            "Works ran from July 2003 to September 2005 under a dedicated project headquarters: the highway and the "
            "concrete deck were demolished and a 5.8 km stream with walkways, 22 bridges and landscaped banks was "
            "built. Because the natural flow is small, water is pumped from the Han River and from groundwater to "
            "keep a steady flow. Downtown traffic was reorganised with bus priority and the new median bus lanes of "
            "the 2004 reform, and a citizens' committee and a research corps supported the project.",
            "공사는 2003년 7월부터 2005년 9월까지 전담 추진본부가 맡아, 고가도로와 복개 구조물을 철거하고 산책로, "
            "22개의 다리, 조경 호안을 갖춘 5.8km의 하천을 만들었습니다. 자연 유량이 적어 한강 물과 지하수를 끌어와 "
            "일정한 유량을 유지합니다. 도심 교통은 버스 우선 정책과 2004년 개편의 중앙버스전용차로로 재편했고, "
            "시민위원회와 연구지원단이 사업을 뒷받침했습니다.",
            "Las obras se realizaron de julio de 2003 a septiembre de 2005 bajo una oficina de proyecto dedicada: se "
            "demolieron la autopista y la losa de hormigón y se construyó un arroyo de 5,8 km con paseos, 22 puentes "
            "y riberas ajardinadas. Como el caudal natural es escaso, se bombea agua del río Han y agua subterránea "
            "para mantener un flujo constante. El tránsito del centro se reorganizó con prioridad para los autobuses "
            "y los nuevos carriles centrales de la reforma de 2004, y un comité ciudadano y un cuerpo de "
            "investigación acompañaron el proyecto.",
        ),
        difficulties=Text(
            "Tens of thousands of small merchants along the stream feared losing customers during and after the "
            "works; the city held thousands of meetings with them and offered relocation to a new market complex. "
            "Many predicted traffic chaos, which did not happen thanks to the bus reform and traffic management. "
            "Critics point out that the stream depends on pumped water and that the restoration is more a landscaped "
            "canal than a natural river, and the rise in land values displaced some small businesses.",
            "하천 주변의 수많은 영세 상인이 공사 중과 이후의 손님 감소를 걱정했고, 시는 수천 차례의 면담을 거쳐 새 "
            "상가 단지로의 이전을 지원했습니다. 교통 대란을 예상하는 목소리가 많았지만 버스 개편과 교통 관리로 "
            "현실화되지 않았습니다. 펌프로 끌어온 물에 의존하는 하천이 자연 하천이라기보다 조경 수로에 가깝다는 "
            "비판이 있고, 땅값 상승으로 일부 영세 사업체가 밀려나기도 했습니다.",
            "Decenas de miles de pequeños comerciantes junto al arroyo temían perder clientes durante y después de "
            "las obras; la ciudad celebró miles de reuniones con ellos y ofreció su traslado a un nuevo complejo "
            "comercial. Muchos vaticinaron un caos de tráfico que no se produjo gracias a la reforma de los autobuses "
            "y a la gestión del tránsito. Los críticos señalan que el arroyo depende de agua bombeada y que se parece "
            "más a un canal paisajístico que a un río natural, y la subida del valor del suelo desplazó a algunos "
            "pequeños negocios.",
        ),
        outcomes=Text(
            "The stream became one of Seoul's most visited public spaces, and the area around it is on average a few "
            "degrees cooler than nearby roads in summer. Studies reported the number of fish species rising from 4 to "
            "25, bird species from 6 to 36 and insect species from 15 to 192, and fine-particle pollution in the area "
            "falling. The project is cited worldwide as an example of removing urban highways to restore nature.",
            "청계천은 서울에서 가장 많이 찾는 공공 공간 가운데 하나가 되었고, 여름철 주변은 인근 도로보다 평균 몇 도 "
            "낮습니다. 조사에 따르면 어류는 4종에서 25종, 조류는 6종에서 36종, 곤충은 15종에서 192종으로 늘었고, "
            "주변의 미세먼지 농도는 낮아졌습니다. 이 사업은 도시 고속도로를 철거해 자연을 되살린 사례로 세계적으로 "
            "인용됩니다.",
            "El arroyo se convirtió en uno de los espacios públicos más visitados de Seúl, y en verano su entorno es "
            "en promedio algunos grados más fresco que las calles cercanas. Los estudios registraron que las especies "
            "de peces pasaron de 4 a 25, las de aves de 6 a 36 y las de insectos de 15 a 192, y que bajó la "
            "contaminación por partículas finas en la zona. El proyecto se cita en todo el mundo como ejemplo de "
            "eliminación de autopistas urbanas para recuperar la naturaleza.",
        ),
    ),
    "one-less-nuclear-power-plant": PolicyContent(
        title_es="Una Central Nuclear Menos",
        summary_es="Programa de ahorro energético, eficiencia y generación renovable impulsado junto con la "
        "ciudadanía; su primera fase ahorró, antes de 2014, tanta energía como la que produce una central nuclear (2 "
        "millones de TEP).",
        background=Text(
            "Seoul consumes about a tenth of Korea's electricity but produced only 2.8% of the electricity it used, "
            "so it depended almost entirely on power plants elsewhere, including nuclear plants. The Fukushima "
            "accident of 2011 and a blackout in Korea the same year raised public concern about energy safety and "
            "security. Most of the city's greenhouse gas emissions come from energy use in buildings and transport.",
            "서울은 전국 전력의 약 10분의 1을 쓰지만 사용 전력의 2.8%만 자체 생산해, 원자력을 포함한 외부 발전소에 "
            "거의 전적으로 의존했습니다. 2011년 후쿠시마 사고와 같은 해 국내 정전 사태로 에너지 안전과 안보에 대한 "
            "시민의 우려가 커졌습니다. 시 온실가스 배출의 대부분은 건물과 수송의 에너지 사용에서 나옵니다.",
            "Seúl consume alrededor de una décima parte de la electricidad de Corea, pero producía solo el 2,8 % de "
            "la que usaba, de modo que dependía casi por completo de centrales situadas en otras regiones, incluidas "
            "las nucleares. El accidente de Fukushima de 2011 y un apagón en Corea ese mismo año aumentaron la "
            "preocupación por la seguridad energética. La mayor parte de las emisiones de gases de efecto invernadero "
            "de la ciudad proviene del uso de energía en edificios y transporte.",
        ),
        goals=Text(
            "Reduce energy demand and increase local renewable generation by the equivalent of one nuclear power "
            "plant's output, 2 million tonnes of oil equivalent, in the first phase. Raise the city's energy "
            "self-sufficiency, cut greenhouse gas emissions and make citizens active participants in the energy "
            "transition.",
            "1단계에서 원전 1기의 발전량에 해당하는 200만 TOE만큼 에너지 수요를 줄이고 지역 신재생에너지 생산을 "
            "늘리는 것이 목표였습니다. 에너지 자립률을 높이고 온실가스를 줄이며, 시민을 에너지 전환의 주체로 만들고자 "
            "했습니다.",
            "Reducir la demanda de energía y aumentar la generación renovable local en el equivalente a la producción "
            "de una central nuclear, 2 millones de toneladas equivalentes de petróleo, en la primera fase. Elevar la "
            "autosuficiencia energética de la ciudad, reducir las emisiones y hacer de la ciudadanía un actor activo "
            "de la transición energética.",
        ),
        implementation=Text(
            "Launched in 2012, the programme combined solar panels on public buildings, homes and apartment "
            "balconies, building retrofits and energy audits, LED lighting, and an eco-mileage scheme rewarding "
            "households that cut their consumption. Citizens, companies and civic groups took part through "
            "energy-saving apartments, energy self-reliant villages and a citizens' committee that steered the "
            "programme. A second phase from 2014 extended the targets and created an energy welfare fund.",
            "2012년 시작된 사업은 공공건물, 주택, 아파트 베란다의 태양광, 건물 에너지 효율화와 진단, LED 조명, 소비를 "
            "줄인 가구에 보상하는 에코마일리지를 결합했습니다. 시민, 기업, 시민단체가 에너지 절약 아파트, "
            "에너지자립마을, 사업을 이끄는 시민위원회로 참여했습니다. 2014년부터의 2단계에서는 목표를 늘리고 에너지 "
            "복지 기금을 만들었습니다.",
            "Lanzado en 2012, el programa combinó paneles solares en edificios públicos, viviendas y balcones de "
            "apartamentos, rehabilitación energética y auditorías de edificios, iluminación LED y un sistema de "
            "ecomillaje que premia a los hogares que reducen su consumo. Ciudadanía, empresas y organizaciones "
            "civiles participaron con apartamentos ahorradores, aldeas energéticamente autosuficientes y un comité "
            "ciudadano que orientaba el programa. Una segunda fase desde 2014 amplió las metas y creó un fondo de "
            "bienestar energético.",
        ),
        difficulties=Text(
            "Energy prices and most energy regulation are set nationally, which limits what a city can require. "
            "Rooftop space in a dense city is scarce and many residents rent, so the city used small balcony panels "
            "and incentives for landlords and apartment associations. Sustaining behaviour change beyond campaigns "
            "required lasting incentives and community organisations.",
            "에너지 요금과 대부분의 규제는 중앙정부가 정해 도시가 강제할 수 있는 범위가 제한됩니다. 밀집한 도시에는 "
            "옥상 공간이 부족하고 세입자가 많아, 시는 소형 베란다 태양광과 건물주·아파트 단지에 대한 인센티브를 "
            "활용했습니다. 캠페인을 넘어 행동 변화를 지속하려면 지속적인 인센티브와 공동체 조직이 필요했습니다.",
            "Los precios de la energía y la mayor parte de su regulación se fijan a nivel nacional, lo que limita lo "
            "que una ciudad puede exigir. En una ciudad densa escasean los tejados y muchos residentes alquilan, por "
            "lo que se recurrió a pequeños paneles de balcón e incentivos para propietarios y comunidades de "
            "apartamentos. Mantener el cambio de hábitos más allá de las campañas exigió incentivos duraderos y "
            "organizaciones comunitarias.",
        ),
        outcomes=Text(
            "The first phase reached its target of 2 million TOE of energy saved and produced in June 2014, ahead of "
            "schedule. Thousands of homes and public buildings installed solar panels, and the city's electricity "
            "self-sufficiency began to rise. The programme was recognised internationally and became the basis of "
            "Seoul's later climate and energy plans.",
            "1단계는 2014년 6월 에너지 절감·생산 200만 TOE 목표를 예정보다 일찍 달성했습니다. 수많은 주택과 "
            "공공건물에 태양광이 설치되었고 시의 전력 자립률이 높아지기 시작했습니다. 이 사업은 국제적으로 인정받았고 "
            "이후 서울 기후·에너지 계획의 토대가 되었습니다.",
            "La primera fase alcanzó en junio de 2014, antes de lo previsto, su meta de 2 millones de TEP de energía "
            "ahorrada y producida. Miles de viviendas y edificios públicos instalaron paneles solares y la "
            "autosuficiencia eléctrica de la ciudad comenzó a subir. El programa obtuvo reconocimiento internacional "
            "y fue la base de los planes climáticos y energéticos posteriores de Seúl.",
        ),
    ),
    "volume-based-waste-fee": PolicyContent(
        title_es="Tarifa de residuos por volumen y RFID para residuos de comida",
        summary_es="Los hogares pagan los residuos por bolsa y los restos de comida por peso, lo que redujo la basura "
        "y aumentó el reciclaje.",
        background=Text(
            "Until 1995 Korean households paid a flat waste charge, whatever they threw away, so there was no "
            "incentive to reduce or sort waste. Landfills around Seoul were filling up and new incineration plants "
            "met strong local opposition. Food waste, a large and wet share of household waste, caused odours and "
            "leachate.",
            "1995년까지 가정은 배출량과 관계없이 정액 쓰레기 수수료를 내서 쓰레기를 줄이거나 분리할 유인이 "
            "없었습니다. 서울 주변 매립지는 빠르게 차고 있었고 새 소각장은 지역의 강한 반대에 부딪혔습니다. 가정 "
            "쓰레기의 큰 부분을 차지하는 음식물쓰레기는 악취와 침출수의 원인이었습니다.",
            "Hasta 1995 los hogares coreanos pagaban una tasa fija de basura, independientemente de lo que tiraran, "
            "así que no había incentivo para reducir ni separar. Los rellenos sanitarios alrededor de Seúl se "
            "llenaban y las nuevas incineradoras enfrentaban una fuerte oposición local. Los residuos de comida, una "
            "parte grande y húmeda de la basura doméstica, causaban olores y lixiviados.",
        ),
        goals=Text(
            "Apply the polluter-pays principle so that each household pays according to the amount of waste it "
            "produces. Reduce waste at the source, increase separate collection of recyclables and cut the volume "
            "sent to landfills and incinerators.",
            "배출자 부담 원칙에 따라 가구마다 버리는 양만큼 비용을 내게 하는 것이 목표입니다. 발생원에서 쓰레기를 "
            "줄이고 재활용품 분리배출을 늘려 매립·소각량을 줄이고자 했습니다.",
            "Aplicar el principio de quien contamina paga, para que cada hogar pague según la cantidad de residuos "
            "que produce. Reducir los residuos en origen, aumentar la recogida separada de reciclables y disminuir lo "
            "que va a rellenos e incineradoras.",
        ),
        implementation=Text(
            "Since 1995 general waste must be put out in standard bags sold by the districts in shops, whose price "
            "covers collection and treatment; recyclables are collected free of charge, sorted by type. For food "
            "waste, Seoul's districts use standard bags, prepaid stickers or RFID-based bins that weigh each "
            "household's waste and charge by weight. Large items need a paid sticker, and illegal dumping is fined "
            "and can be reported for a reward.",
            "1995년부터 일반 쓰레기는 자치구가 상점에서 판매하는 종량제 봉투에 담아 버려야 하며, 봉투 가격에 "
            "수거·처리 비용이 포함됩니다. 재활용품은 종류별로 분리해 무료로 수거합니다. 음식물쓰레기는 자치구별로 "
            "전용 봉투, 납부필증, 가구별 배출량을 재서 무게에 따라 부과하는 RFID 종량기를 씁니다. 대형 폐기물은 유료 "
            "스티커를 붙여야 하며, 무단 투기는 과태료를 물리고 신고 포상금을 줍니다.",
            "Desde 1995 la basura general debe sacarse en bolsas estándar que los distritos venden en comercios y "
            "cuyo precio cubre la recogida y el tratamiento; los reciclables se recogen gratis, separados por tipo. "
            "Para los residuos de comida, los distritos de Seúl usan bolsas especiales, etiquetas prepagas o "
            "contenedores con RFID que pesan los residuos de cada hogar y cobran por peso. Los objetos voluminosos "
            "requieren una etiqueta de pago, y el vertido ilegal se multa y puede denunciarse con recompensa.",
        ),
        difficulties=Text(
            "Illegal dumping and burning rose at first, and the districts answered with enforcement, rewards for "
            "reporting and public campaigns. Sorting recyclables depends on citizens' habits and on markets for "
            "recycled materials, which fluctuate. Bag prices are set by the districts and often cover only part of "
            "the real cost, so the system still needs subsidies.",
            "초기에는 무단 투기와 불법 소각이 늘어 자치구가 단속, 신고 포상, 홍보로 대응했습니다. 재활용품 분리는 "
            "시민의 습관과 변동이 큰 재활용 시장에 좌우됩니다. 봉투 가격은 자치구가 정하며 실제 비용의 일부만 "
            "충당하는 경우가 많아 여전히 재정 지원이 필요합니다.",
            "Al principio aumentaron el vertido y la quema ilegales, y los distritos respondieron con control, "
            "recompensas por denuncias y campañas. La separación de reciclables depende de los hábitos de la gente y "
            "de mercados de materiales reciclados que fluctúan. Los precios de las bolsas los fijan los distritos y a "
            "menudo cubren solo una parte del costo real, por lo que el sistema aún requiere subsidios.",
        ),
        outcomes=Text(
            "Household waste sent for disposal fell and recycling rose sharply after 1995, and Korea's system is "
            "studied by many countries. In 2012 Seoul's 10.3 million citizens generated about 0.88 kg of waste per "
            "person per day, and weight-based RFID charging further reduced food waste where it was introduced. The "
            "scheme shows that a visible price per bag changes everyday behaviour.",
            "1995년 이후 처리해야 할 생활폐기물은 줄고 재활용은 크게 늘었으며, 한국의 제도는 많은 나라가 연구하고 "
            "있습니다. 2012년 서울 시민 1,030만 명의 생활폐기물 발생량은 1인당 하루 약 0.88kg이었고, RFID 무게 기반 "
            "부과를 도입한 곳에서는 음식물쓰레기가 더 줄었습니다. 이 제도는 봉투마다 보이는 가격이 일상의 행동을 "
            "바꾼다는 것을 보여 줍니다.",
            "Tras 1995 bajó la basura doméstica destinada a eliminación y aumentó con fuerza el reciclaje, y el "
            "sistema coreano es estudiado por muchos países. En 2012 los 10,3 millones de habitantes de Seúl "
            "generaban unos 0,88 kg de residuos por persona y día, y el cobro por peso con RFID redujo aún más los "
            "residuos de comida donde se introdujo. El esquema muestra que un precio visible por bolsa cambia los "
            "hábitos cotidianos.",
        ),
    ),
    "resource-recovery-facilities": PolicyContent(
        title_es="Instalaciones de recuperación de recursos (valorización energética de residuos)",
        summary_es="Plantas que queman los residuos no reciclables para producir calefacción urbana y que comparten "
        "distritos vecinos.",
        background=Text(
            "Seoul's waste used to go to landfills such as Nanjido, which grew into huge mounds by the early 1990s, "
            "and new landfill sites were impossible to find in the city. Burning non-recyclable waste reduces its "
            "volume and can produce energy, but incinerators are unwelcome neighbours. The city needed a few large, "
            "clean plants that several districts could share.",
            "서울의 쓰레기는 난지도 같은 매립지로 갔고, 1990년대 초 거대한 쓰레기 산이 되었지만 시내에 새 매립지를 "
            "찾을 수는 없었습니다. 재활용할 수 없는 쓰레기를 소각하면 부피가 줄고 에너지를 얻을 수 있지만, 소각장은 "
            "환영받지 못하는 이웃입니다. 시는 여러 자치구가 함께 쓰는 소수의 대형 청정 시설이 필요했습니다.",
            "La basura de Seúl iba a rellenos como Nanjido, que a comienzos de los años noventa eran montañas "
            "enormes, y era imposible encontrar nuevos sitios en la ciudad. Incinerar los residuos no reciclables "
            "reduce su volumen y puede generar energía, pero las incineradoras son vecinas poco deseadas. La ciudad "
            "necesitaba unas pocas plantas grandes y limpias que varios distritos pudieran compartir.",
        ),
        goals=Text(
            "Treat non-recyclable waste safely within the city, recover its energy as district heating and reduce "
            "landfilling. Share facilities among neighbouring districts to use their capacity fully, with benefits "
            "for the host communities.",
            "재활용할 수 없는 쓰레기를 시내에서 안전하게 처리하고 그 에너지를 지역난방으로 회수하며 매립을 줄이는 "
            "것이 목표입니다. 인접 자치구가 시설을 함께 써 용량을 충분히 활용하고, 시설이 있는 지역에 혜택을 주고자 "
            "했습니다.",
            "Tratar de forma segura dentro de la ciudad los residuos no reciclables, recuperar su energía como "
            "calefacción urbana y reducir el relleno. Compartir las instalaciones entre distritos vecinos para "
            "aprovechar su capacidad, con beneficios para las comunidades que las acogen.",
        ),
        implementation=Text(
            "Four resource recovery facilities, in Yangcheon, Nowon, Gangnam and Mapo, burn waste with strict "
            "emission controls and send heat to the district heating network. Emissions are monitored continuously "
            "and published, and residents' committees take part in monitoring. Host neighbourhoods receive support "
            "funds, reduced heating bills and facilities such as sports centres.",
            "양천, 노원, 강남, 마포 네 곳의 자원회수시설이 엄격한 배출 관리 아래 쓰레기를 소각하고 열을 지역난방망에 "
            "공급합니다. 배출가스는 상시 측정해 공개하며 주민협의체가 감시에 참여합니다. 시설 주변 지역은 "
            "주민지원기금, 난방비 감면, 체육시설 같은 편의시설을 지원받습니다.",
            "Cuatro instalaciones de recuperación de recursos, en Yangcheon, Nowon, Gangnam y Mapo, queman residuos "
            "con estrictos controles de emisiones y envían el calor a la red de calefacción urbana. Las emisiones se "
            "miden de forma continua y se publican, y comités de vecinos participan en la vigilancia. Los barrios "
            "anfitriones reciben fondos de apoyo, descuentos en la calefacción e instalaciones como centros "
            "deportivos.",
        ),
        difficulties=Text(
            "Sharing a plant among districts was long resisted by host residents who did not want other districts' "
            "waste; agreements on compensation and joint monitoring were needed. Public distrust of emissions "
            "requires complete transparency. Planning new capacity remains one of the most contested decisions in the "
            "city.",
            "다른 자치구의 쓰레기를 받지 않으려는 시설 주변 주민의 반대로 공동 이용은 오랫동안 어려웠고, 보상과 공동 "
            "감시에 대한 합의가 필요했습니다. 배출가스에 대한 불신을 해소하려면 완전한 투명성이 필요하며, 새 처리 "
            "용량을 계획하는 일은 여전히 시에서 가장 갈등이 큰 결정 가운데 하나입니다.",
            "Los vecinos de las plantas se resistieron durante años a compartirlas porque no querían los residuos de "
            "otros distritos; hicieron falta acuerdos de compensación y vigilancia conjunta. La desconfianza sobre "
            "las emisiones exige transparencia total. Planificar nueva capacidad sigue siendo una de las decisiones "
            "más conflictivas de la ciudad.",
        ),
        outcomes=Text(
            "The facilities treat a large share of Seoul's non-recyclable household waste and heat many homes through "
            "the district heating network. Together with the volume-based fee and recycling, they helped end direct "
            "landfilling of untreated household waste from the city.",
            "자원회수시설은 서울의 재활용 불가능한 생활폐기물 상당 부분을 처리하며 지역난방망을 통해 많은 가구를 "
            "데웁니다. 종량제, 재활용과 함께 처리되지 않은 생활폐기물의 직매립을 없애는 데 기여했습니다.",
            "Las instalaciones tratan una gran parte de los residuos domésticos no reciclables de Seúl y calientan "
            "muchas viviendas a través de la red de calefacción urbana. Junto con la tarifa por volumen y el "
            "reciclaje, ayudaron a poner fin al relleno directo de residuos domésticos sin tratar de la ciudad.",
        ),
    ),
    "cng-city-buses": PolicyContent(
        title_es="Autobuses urbanos a gas natural para un aire más limpio",
        summary_es="La flota de autobuses urbanos pasó del diésel al gas natural comprimido para reducir el polvo "
        "fino y los óxidos de nitrógeno.",
        background=Text(
            "Around 2000 Seoul's air had high levels of fine dust and nitrogen dioxide, and diesel buses with their "
            "black smoke were among the most visible sources. Buses run all day in the busiest streets, so their "
            "emissions affect many people. The 2002 World Cup and national clean-air policy for the capital region "
            "created momentum for change.",
            "2000년 무렵 서울의 대기는 미세먼지와 이산화질소 농도가 높았고, 검은 연기를 내뿜는 경유 버스는 가장 눈에 "
            "띄는 오염원이었습니다. 버스는 가장 붐비는 거리를 종일 달리기 때문에 배출가스가 많은 사람에게 영향을 "
            "줍니다. 2002년 월드컵과 수도권 대기질 개선 정책이 변화의 계기가 되었습니다.",
            "Hacia el año 2000 el aire de Seúl tenía altos niveles de polvo fino y dióxido de nitrógeno, y los "
            "autobuses diésel con su humo negro eran una de las fuentes más visibles. Los autobuses circulan todo el "
            "día por las calles más concurridas, de modo que sus emisiones afectan a mucha gente. El Mundial de 2002 "
            "y la política nacional de aire limpio para la región capital impulsaron el cambio.",
        ),
        goals=Text(
            "Replace the diesel city bus fleet with compressed natural gas buses to cut particulate matter and "
            "nitrogen oxides in the streets. Improve passengers' and residents' health and make buses more "
            "attractive.",
            "경유 시내버스를 압축천연가스 버스로 바꾸어 거리의 미세먼지와 질소산화물을 줄이는 것이 목표입니다. 승객과 "
            "주민의 건강을 개선하고 버스를 더 매력적인 교통수단으로 만들고자 했습니다.",
            "Sustituir la flota de autobuses urbanos diésel por autobuses de gas natural comprimido para reducir las "
            "partículas y los óxidos de nitrógeno en las calles. Mejorar la salud de pasajeros y vecinos y hacer más "
            "atractivo el autobús.",
        ),
        implementation=Text(
            "From 2000 the national and city governments subsidised the extra cost of CNG buses and gave operators "
            "fuel-price support, while gas companies built filling stations at bus depots. Each bus reaching the end "
            "of its life was replaced by a CNG bus, until nearly the whole city bus fleet ran on natural gas. The "
            "conversion went hand in hand with the 2004 bus reform and public bus depots.",
            "2000년부터 정부와 시는 CNG 버스의 추가 구입비를 보조하고 연료비를 지원했으며, 가스 회사는 차고지에 "
            "충전소를 지었습니다. 내구연한이 끝난 버스를 차례로 CNG 버스로 바꿔 시내버스 거의 전부가 천연가스로 "
            "달리게 되었습니다. 전환은 2004년 버스 개편과 공영 차고지 조성과 함께 진행되었습니다.",
            "Desde 2000, el gobierno nacional y la ciudad subsidiaron el sobrecosto de los autobuses a GNC y apoyaron "
            "el precio del combustible, mientras las empresas de gas construían estaciones de carga en las cocheras. "
            "Cada autobús que llegaba al final de su vida útil se reemplazó por uno a GNC, hasta que casi toda la "
            "flota urbana funcionó con gas natural. La conversión avanzó junto con la reforma de 2004 y las cocheras "
            "públicas.",
        ),
        difficulties=Text(
            "Filling stations were hard to site because neighbours feared gas explosions, and a CNG bus fuel-tank "
            "explosion in 2010 shook public confidence, leading to stricter tank inspections. CNG buses cost more to "
            "buy, so the transition depended on stable subsidies.",
            "가스 폭발을 우려한 주민 반대로 충전소 부지를 찾기 어려웠고, 2010년 CNG 버스 연료통 폭발 사고로 신뢰가 "
            "흔들려 용기 검사가 강화되었습니다. CNG 버스는 구입비가 더 비싸 전환에는 안정적인 보조금이 필요했습니다.",
            "Fue difícil ubicar estaciones de carga porque los vecinos temían explosiones, y la explosión del tanque "
            "de un autobús a GNC en 2010 afectó la confianza pública y llevó a inspecciones más estrictas. Los "
            "autobuses a GNC son más caros, por lo que la transición dependió de subsidios estables.",
        ),
        outcomes=Text(
            "The black smoke of city buses disappeared from Seoul's streets, and emissions of particulate matter from "
            "the bus fleet fell drastically. The programme contributed to the improvement of Seoul's air in the 2000s "
            "and paved the way for the current move to electric and hydrogen buses.",
            "시내버스의 검은 연기가 서울 거리에서 사라졌고 버스의 미세먼지 배출이 크게 줄었습니다. 이 사업은 2000년대 "
            "서울 대기질 개선에 기여했으며, 지금의 전기·수소 버스 전환의 길을 열었습니다.",
            "El humo negro de los autobuses desapareció de las calles de Seúl y las emisiones de partículas de la "
            "flota cayeron drásticamente. El programa contribuyó a mejorar el aire de Seúl en los años 2000 y abrió "
            "el camino al paso actual a autobuses eléctricos y de hidrógeno.",
        ),
    ),
    # e-Government & smart city
    "seoul-e-government": PolicyContent(
        title_es="Gobierno electrónico de Seúl",
        summary_es="Administración y servicios en línea integrados; Seúl ocupó el primer lugar en una evaluación "
        "internacional del gobierno electrónico de las ciudades, asociada a las Naciones Unidas, en 2008.",
        background=Text(
            "In the 1990s Seoul's administration ran on paper, with separate computer systems in each department and "
            "district that did not talk to each other. Citizens had to visit offices, often several times, to obtain "
            "certificates or permits. Korea's fast-growing broadband network made it possible to move services and "
            "internal work online.",
            "1990년대 서울시 행정은 종이로 움직였고 부서와 자치구마다 서로 연결되지 않는 전산 시스템을 썼습니다. "
            "시민은 증명서나 인허가를 받으려고 관청을 여러 번 찾아야 했습니다. 빠르게 확산된 초고속 인터넷 덕분에 "
            "서비스와 내부 업무를 온라인으로 옮길 수 있게 되었습니다.",
            "En los años noventa la administración de Seúl funcionaba en papel, con sistemas informáticos separados "
            "en cada departamento y distrito que no se comunicaban entre sí. La ciudadanía debía acudir a las "
            "oficinas, a menudo varias veces, para obtener certificados o permisos. La rápida expansión de la banda "
            "ancha en Corea permitió llevar los servicios y el trabajo interno a internet.",
        ),
        goals=Text(
            "Deliver city services online, around the clock, through one portal, and digitise internal administration "
            "from document drafting to approval. Make administration faster, cheaper and more transparent, and give "
            "citizens channels to take part in policy.",
            "하나의 포털을 통해 24시간 온라인으로 시정 서비스를 제공하고, 문서 작성부터 결재까지 내부 행정을 "
            "전자화하는 것이 목표입니다. 행정을 더 빠르고 저렴하고 투명하게 만들며, 시민이 정책에 참여할 창구를 "
            "마련하고자 했습니다.",
            "Prestar los servicios municipales en línea, a toda hora y desde un único portal, y digitalizar la "
            "administración interna desde la redacción de documentos hasta su aprobación. Hacer la administración más "
            "rápida, barata y transparente, y abrir canales de participación ciudadana en las políticas.",
        ),
        implementation=Text(
            "Seoul built an integrated administrative information system, electronic document approval and a shared "
            "data centre for the city and its districts, and opened online services for tax payment, applications and "
            "tracking. The city's portal gathered services and participation channels, later joined by mobile "
            "services and open data. An e-government master plan, a chief information officer and common standards "
            "kept the departments' systems connected.",
            "서울시는 통합 행정정보시스템, 전자결재, 시와 자치구가 함께 쓰는 데이터센터를 구축하고 세금 납부, 민원 "
            "신청, 처리 조회 같은 온라인 서비스를 열었습니다. 시 포털은 서비스와 참여 창구를 모았고, 이후 모바일 "
            "서비스와 공공데이터가 더해졌습니다. 전자정부 기본계획, 정보화 책임관, 공통 표준으로 부서별 시스템을 "
            "연결했습니다.",
            "Seúl construyó un sistema integrado de información administrativa, la aprobación electrónica de "
            "documentos y un centro de datos compartido por la ciudad y sus distritos, y abrió servicios en línea "
            "para pagar impuestos, presentar solicitudes y seguir su trámite. El portal de la ciudad reunió servicios "
            "y canales de participación, a los que luego se sumaron los servicios móviles y los datos abiertos. Un "
            "plan maestro de gobierno electrónico, un director de información y estándares comunes mantuvieron "
            "conectados los sistemas de los departamentos.",
        ),
        difficulties=Text(
            "Departments were attached to their own systems and procedures, and integration required strong "
            "leadership and common standards. Older citizens and low-income households risked being left behind, so "
            "the city kept offline channels and ran digital-literacy training. Security and protection of personal "
            "data became growing concerns as more services moved online.",
            "부서들은 각자의 시스템과 절차를 고수해, 통합에는 강한 리더십과 공통 표준이 필요했습니다. 노인과 "
            "저소득층이 소외될 위험이 있어 시는 오프라인 창구를 유지하고 정보화 교육을 운영했습니다. 더 많은 서비스가 "
            "온라인으로 옮겨 가면서 보안과 개인정보 보호가 점점 중요한 과제가 되었습니다.",
            "Los departamentos estaban apegados a sus sistemas y procedimientos, y la integración exigió un liderazgo "
            "firme y estándares comunes. Las personas mayores y los hogares de bajos ingresos corrían el riesgo de "
            "quedar atrás, por lo que se mantuvieron canales presenciales y se ofreció formación digital. La "
            "seguridad y la protección de datos personales ganaron importancia a medida que más servicios pasaban a "
            "internet.",
        ),
        outcomes=Text(
            "Most civil applications can now be handled online, and internal paperwork largely disappeared. Seoul "
            "ranked first in the global survey of municipal e-government run by Rutgers University several times in a "
            "row from 2003, and its e-government is one of the most requested Seoul policies, for example by Maputo "
            "for a feasibility study in 2013.",
            "이제 대부분의 민원을 온라인으로 처리할 수 있고 내부의 종이 문서는 거의 사라졌습니다. 서울은 2003년부터 "
            "미국 럿거스대학교의 세계 도시 전자정부 평가에서 여러 차례 연속 1위를 했으며, 전자정부는 2013년 마푸투의 "
            "타당성 조사처럼 가장 많이 요청받는 서울 정책 가운데 하나입니다.",
            "Hoy la mayoría de los trámites pueden hacerse en línea y el papeleo interno casi desapareció. Seúl ocupó "
            "varias veces seguidas, desde 2003, el primer lugar en la evaluación mundial de gobierno electrónico "
            "municipal de la Universidad Rutgers, y su gobierno electrónico es una de las políticas de Seúl más "
            "solicitadas, por ejemplo por Maputo para un estudio de factibilidad en 2013.",
        ),
    ),
    "open-system": PolicyContent(
        title_es="OPEN: publicación en línea de los trámites ciudadanos",
        summary_es="La ciudadanía sigue en línea, paso a paso, la tramitación de sus permisos y solicitudes, lo que "
        "redujo el margen para la corrupción.",
        background=Text(
            "In the late 1990s permits for construction, businesses and other matters were slow and opaque in Seoul, "
            "and applicants often paid informal 'tea money' to officials to speed things up. Surveys showed that "
            "citizens saw the city administration as corrupt. The new mayor made fighting corruption a priority in "
            "1998.",
            "1990년대 말 서울의 건축, 영업 등 인허가는 느리고 불투명해 신청인이 처리를 앞당기려 공무원에게 이른바 "
            "'급행료'를 건네는 일이 잦았습니다. 조사에서 시민들은 시 행정이 부패했다고 보았고, 1998년 새 시장은 부패 "
            "척결을 최우선 과제로 삼았습니다.",
            "A fines de los años noventa, los permisos de construcción, de negocios y otros eran lentos y opacos en "
            "Seúl, y los solicitantes solían pagar a los funcionarios 'dinero para el té' para acelerarlos. Las "
            "encuestas mostraban que la ciudadanía percibía la administración municipal como corrupta, y en 1998 el "
            "nuevo alcalde hizo de la lucha contra la corrupción una prioridad.",
        ),
        goals=Text(
            "Prevent corruption by making the handling of civil applications transparent: who handles a file, at "
            "which step it is and why it is delayed. Reduce unnecessary discretion and contact between applicants and "
            "officials, and build trust in city hall.",
            "민원 처리를 투명하게 공개해, 누가 서류를 맡고 어느 단계에 있으며 왜 늦어지는지 알 수 있게 함으로써 "
            "부패를 막는 것이 목표입니다. 불필요한 재량과 신청인·공무원 간 접촉을 줄이고 시정에 대한 신뢰를 쌓고자 "
            "했습니다.",
            "Prevenir la corrupción haciendo transparente la tramitación: quién lleva el expediente, en qué paso está "
            "y por qué se retrasa. Reducir la discrecionalidad innecesaria y el contacto entre solicitantes y "
            "funcionarios, y generar confianza en el ayuntamiento.",
        ),
        implementation=Text(
            "Launched in 1999, OPEN (Online Procedures Enhancement for civil applications) publishes on the internet "
            "the progress of applications in the fields most prone to corruption, such as construction, housing, "
            "environment and business permits. Officials enter each step and the responsible person's name, and "
            "applicants can follow their file and ask questions online. OPEN was part of a wider anti-corruption "
            "package including simplified procedures, rotation of staff and a hotline for reports.",
            "1999년 도입된 OPEN(민원처리 온라인 공개시스템)은 건축, 주택, 환경, 영업 인허가처럼 부패 가능성이 큰 "
            "분야의 민원 처리 과정을 인터넷에 공개합니다. 공무원이 단계별 처리 내용과 담당자 이름을 입력하고, "
            "신청인은 온라인으로 자신의 서류를 따라가며 질문할 수 있습니다. OPEN은 절차 간소화, 담당자 순환 배치, "
            "신고 창구를 포함한 반부패 종합 대책의 일부였습니다.",
            "Lanzado en 1999, OPEN (Online Procedures Enhancement for civil applications) publica en internet el "
            "avance de los trámites en los ámbitos más expuestos a la corrupción, como construcción, vivienda, medio "
            "ambiente y licencias comerciales. Los funcionarios registran cada paso y el nombre del responsable, y el "
            "solicitante sigue su expediente y hace preguntas en línea. OPEN formaba parte de un paquete "
            "anticorrupción más amplio, con trámites simplificados, rotación de personal y una línea de denuncias.",
        ),
        difficulties=Text(
            "Officials initially resisted having their work exposed and had to be trained and convinced by the "
            "mayor's personal commitment. Keeping entries up to date depends on discipline and on monitoring by the "
            "audit bureau. Transparency alone does not remove corruption; it works together with simpler rules and "
            "sanctions.",
            "공무원들은 처음에 업무가 공개되는 데 반발해, 교육과 시장의 강한 의지로 설득해야 했습니다. 입력 정보를 "
            "최신으로 유지하려면 규율과 감사 부서의 점검이 필요합니다. 투명성만으로 부패가 없어지지는 않으며, 간소한 "
            "규정과 제재가 함께 작동해야 합니다.",
            "Al principio los funcionarios se resistieron a exponer su trabajo y hubo que formarlos y convencerlos "
            "con el compromiso personal del alcalde. Mantener la información al día depende de la disciplina y de la "
            "supervisión de la oficina de auditoría. La transparencia por sí sola no elimina la corrupción: funciona "
            "junto con reglas más simples y sanciones.",
        ),
        outcomes=Text(
            "Seoul's integrity scores improved in the years after the launch, and OPEN was presented by the United "
            "Nations as a good practice in anti-corruption and e-government. Many cities in Korea and abroad adopted "
            "the approach, and it remains part of the city's civil-service systems.",
            "도입 이후 몇 년 사이 서울시의 청렴도 평가가 높아졌고, OPEN은 유엔에서 반부패·전자정부 모범 사례로 "
            "소개되었습니다. 국내외 많은 도시가 이 방식을 도입했으며, 지금도 시 민원 체계의 일부로 운영됩니다.",
            "La percepción de integridad de Seúl mejoró en los años posteriores al lanzamiento, y las Naciones Unidas "
            "presentaron OPEN como buena práctica anticorrupción y de gobierno electrónico. Muchas ciudades de Corea "
            "y del exterior adoptaron el enfoque, que sigue formando parte de los sistemas de trámites de la ciudad.",
        ),
    ),
    "120-dasan-call-center": PolicyContent(
        title_es="Centro de atención telefónica 120 Dasan",
        summary_es="Un solo número para cualquier consulta a la ciudad, atendido las 24 horas.",
        background=Text(
            "Citizens with a question or complaint had to find the right department among hundreds of phone numbers, "
            "and calls were often transferred or left unanswered. Each district and office ran its own inquiry "
            "service with uneven quality. The city wanted one easy entry point to the administration.",
            "시민이 문의나 불편 사항이 있으면 수백 개의 전화번호 가운데 담당 부서를 찾아야 했고, 전화는 여기저기 "
            "돌려지거나 응답되지 않기 일쑤였습니다. 자치구와 기관마다 안내 서비스를 따로 운영해 품질도 "
            "제각각이었습니다. 시는 행정으로 들어가는 쉽고 하나뿐인 창구를 원했습니다.",
            "Quien tenía una pregunta o una queja debía encontrar el departamento correcto entre cientos de números, "
            "y las llamadas se transferían o quedaban sin respuesta. Cada distrito y oficina tenía su propio servicio "
            "de información, de calidad desigual. La ciudad quería una puerta de entrada única y sencilla a la "
            "administración.",
        ),
        goals=Text(
            "Answer every question about city services through one short number, any time of day, and resolve most "
            "inquiries on the first call. Record citizens' requests to improve services and reduce the workload of "
            "departments.",
            "짧은 번호 하나로 시정에 관한 모든 질문에 24시간 답하고, 대부분의 문의를 첫 통화에서 해결하는 것이 "
            "목표입니다. 시민의 요청을 기록해 서비스 개선에 활용하고 부서의 업무 부담을 줄이고자 했습니다.",
            "Responder cualquier pregunta sobre los servicios municipales con un solo número corto, a cualquier hora, "
            "y resolver la mayoría de las consultas en la primera llamada. Registrar las solicitudes de la ciudadanía "
            "para mejorar los servicios y aliviar la carga de los departamentos.",
        ),
        implementation=Text(
            "The 120 Dasan Call Center, named after the Joseon scholar Jeong Yak-yong (Dasan), opened in 2007 and "
            "integrated the inquiry lines of the city and its districts. Agents use a shared knowledge base to answer "
            "directly and pass complex cases to departments, with call-backs; a service for foreigners answers in "
            "English, Chinese, Japanese, Vietnamese and Mongolian. Texts, video calls for sign-language users, chat "
            "and social media were added over time.",
            "조선의 학자 정약용(다산)의 호를 딴 120다산콜센터는 2007년 문을 열어 시와 자치구의 안내 전화를 "
            "통합했습니다. 상담사는 공동 지식 데이터베이스를 활용해 바로 답하고, 복잡한 사안은 부서로 넘겨 회신하게 "
            "하며, 외국인을 위해 영어, 중국어, 일본어, 베트남어, 몽골어로도 상담합니다. 문자, 수어 영상 상담, 채팅, "
            "소셜미디어 상담이 차례로 더해졌습니다.",
            "El Centro 120 Dasan, que lleva el nombre del erudito Jeong Yak-yong (Dasan) de la era Joseon, abrió en "
            "2007 e integró las líneas de información de la ciudad y sus distritos. Los agentes usan una base de "
            "conocimiento común para responder directamente y derivan los casos complejos a los departamentos, con "
            "devolución de llamada; un servicio para extranjeros atiende en inglés, chino, japonés, vietnamita y "
            "mongol. Con el tiempo se añadieron mensajes de texto, videollamadas para usuarios de lengua de señas, "
            "chat y redes sociales.",
        ),
        difficulties=Text(
            "The knowledge base must be kept current by every department, which requires clear responsibilities. "
            "Agents face heavy workloads and abusive callers; the city improved their working conditions and later "
            "made them employees of a city-owned foundation. Demand peaks during snowstorms, floods and other "
            "emergencies require surge capacity.",
            "지식 데이터베이스는 모든 부서가 최신으로 유지해야 하므로 명확한 책임 분담이 필요합니다. 상담사는 과중한 "
            "업무와 악성 민원에 시달려, 시는 근무 여건을 개선하고 이후 시 출연 재단의 직원으로 전환했습니다. 폭설, "
            "홍수 등 재난 때 몰리는 수요에 대비한 여력도 필요합니다.",
            "Todos los departamentos deben mantener al día la base de conocimiento, lo que exige responsabilidades "
            "claras. Los agentes soportan gran carga de trabajo y llamadas abusivas; la ciudad mejoró sus condiciones "
            "y luego los incorporó como empleados de una fundación municipal. Los picos de demanda durante nevadas, "
            "inundaciones y otras emergencias exigen capacidad de refuerzo.",
        ),
        outcomes=Text(
            "120 became the number citizens call for anything related to the city, and most calls are resolved "
            "without transfer. The records of inquiries feed service improvements, and the model was adopted by other "
            "Korean cities and shared with partner cities such as Mumbai for complaint handling.",
            "120은 시에 관한 무엇이든 시민이 거는 번호가 되었고, 대부분의 통화가 다른 곳으로 돌려지지 않고 "
            "해결됩니다. 상담 기록은 서비스 개선에 쓰이며, 이 모델은 다른 도시들이 도입했고 뭄바이 같은 협력 도시와 "
            "민원 처리 분야에서 공유되었습니다.",
            "El 120 se convirtió en el número al que la gente llama para cualquier asunto de la ciudad, y la mayoría "
            "de las llamadas se resuelve sin transferencias. Los registros de consultas sirven para mejorar los "
            "servicios, y el modelo fue adoptado por otras ciudades coreanas y compartido con ciudades socias como "
            "Mumbai para la atención de reclamos.",
        ),
    ),
    "mvoting": PolicyContent(
        title_es="mVoting: votación móvil sobre asuntos de la ciudad",
        summary_es="La ciudadanía propone y vota asuntos de la ciudad desde el teléfono; los resultados se tienen en "
        "cuenta en las decisiones.",
        background=Text(
            "Public hearings and surveys reached few citizens, mostly those with time to attend meetings, and young "
            "people and workers were rarely heard. Korea's very high smartphone use offered a cheap way to ask many "
            "people quickly. The city wanted to make everyday decisions with citizens rather than only for them.",
            "공청회와 설문조사는 주로 모임에 나올 시간이 있는 소수의 시민에게만 닿았고, 청년과 직장인의 목소리는 거의 "
            "반영되지 않았습니다. 매우 높은 스마트폰 보급률은 많은 사람에게 빠르고 저렴하게 묻는 방법이 되었습니다. "
            "시는 일상적인 결정을 시민을 위해서만이 아니라 시민과 함께 내리고 싶었습니다.",
            "Las audiencias públicas y las encuestas llegaban a poca gente, sobre todo a quienes tenían tiempo para "
            "asistir a reuniones, y casi nunca se escuchaba a jóvenes y trabajadores. El altísimo uso de teléfonos "
            "inteligentes en Corea ofrecía una forma barata de consultar a mucha gente con rapidez. La ciudad quería "
            "tomar las decisiones cotidianas con la ciudadanía y no solo para ella.",
        ),
        goals=Text(
            "Let anyone propose questions and vote on city matters from a phone, and let city departments consult "
            "citizens quickly before deciding. Broaden participation and make the use of results visible.",
            "누구나 휴대전화로 시정 안건을 제안하고 투표하며, 시 부서가 결정 전에 시민에게 빠르게 의견을 묻게 하는 "
            "것이 목표입니다. 참여의 폭을 넓히고 결과가 어떻게 쓰였는지 보여 주고자 했습니다.",
            "Permitir que cualquiera proponga preguntas y vote sobre asuntos de la ciudad desde el teléfono, y que "
            "los departamentos consulten rápidamente a la ciudadanía antes de decidir. Ampliar la participación y "
            "hacer visible el uso de los resultados.",
        ),
        implementation=Text(
            "mVoting, launched in 2014, is an app and website where citizens and departments post questions, from the "
            "design of public facilities to policy choices; anyone can vote, and the results and the city's response "
            "are published. Some votes are limited to people concerned, such as residents of an area, and the "
            "platform is also used at events and meetings for real-time polling.",
            "2014년 시작된 엠보팅은 시민과 부서가 공공시설 디자인부터 정책 선택까지 안건을 올리는 앱과 웹사이트로, "
            "누구나 투표할 수 있고 결과와 시의 반영 내용이 공개됩니다. 일부 투표는 해당 지역 주민처럼 관련된 사람으로 "
            "한정하며, 행사와 회의에서 실시간 투표 도구로도 쓰입니다.",
            "mVoting, lanzado en 2014, es una aplicación y un sitio web donde ciudadanos y departamentos publican "
            "preguntas, desde el diseño de equipamientos públicos hasta opciones de política; cualquiera puede votar, "
            "y se publican los resultados y la respuesta de la ciudad. Algunas votaciones se limitan a las personas "
            "afectadas, como los vecinos de una zona, y la plataforma también se usa en eventos y reuniones para "
            "votar en tiempo real.",
        ),
        difficulties=Text(
            "Online votes are not representative samples, so the city treats them as consultation, not binding "
            "decisions. Preventing multiple voting requires identity checks that must not deter participation. "
            "Citizens lose interest if they do not see what happened to the results, so feedback is essential.",
            "온라인 투표는 대표 표본이 아니므로 시는 이를 구속력 있는 결정이 아니라 의견 수렴으로 다룹니다. 중복 "
            "투표를 막으려면 본인 확인이 필요하지만 참여를 위축시켜서는 안 됩니다. 결과가 어떻게 쓰였는지 보이지 "
            "않으면 시민의 관심이 떨어지므로 피드백이 필수적입니다.",
            "Las votaciones en línea no son muestras representativas, así que la ciudad las trata como consulta y no "
            "como decisiones vinculantes. Evitar el voto múltiple exige verificar la identidad sin desalentar la "
            "participación. Si la gente no ve qué pasó con los resultados pierde el interés, por lo que la "
            "retroalimentación es esencial.",
        ),
        outcomes=Text(
            "mVoting made quick consultation a routine tool of city departments and brought younger citizens into "
            "decisions. It was recognised internationally as an example of mobile participation and inspired similar "
            "tools in other cities.",
            "엠보팅은 빠른 의견 수렴을 시 부서의 일상적인 도구로 만들었고 젊은 시민을 의사결정에 끌어들였습니다. "
            "모바일 참여의 사례로 국제적으로 인정받았고 다른 도시들의 비슷한 도구에 영감을 주었습니다.",
            "mVoting convirtió la consulta rápida en una herramienta habitual de los departamentos y acercó a la "
            "ciudadanía más joven a las decisiones. Fue reconocido internacionalmente como ejemplo de participación "
            "móvil e inspiró herramientas similares en otras ciudades.",
        ),
    ),
    "open-data-plaza": PolicyContent(
        title_es="Plaza de Datos Abiertos de Seúl",
        summary_es="Los conjuntos de datos de la ciudad, publicados para que cualquiera los use, con API abiertas.",
        background=Text(
            "The city held large amounts of data, on transport, the environment, population, facilities and budgets, "
            "locked in departmental systems. Citizens, researchers and companies could not use them, and departments "
            "sometimes could not use each other's data. Opening public data was seen as a way to increase "
            "transparency and create new services.",
            "시는 교통, 환경, 인구, 시설, 예산 등 방대한 자료를 부서별 시스템에 갇힌 채 보유하고 있었습니다. 시민, "
            "연구자, 기업은 이를 쓸 수 없었고 부서끼리도 서로의 자료를 활용하지 못하기도 했습니다. 공공데이터 개방은 "
            "투명성을 높이고 새로운 서비스를 만드는 길로 여겨졌습니다.",
            "La ciudad tenía grandes cantidades de datos, de transporte, medio ambiente, población, equipamientos y "
            "presupuestos, encerrados en los sistemas de cada departamento. Ciudadanos, investigadores y empresas no "
            "podían usarlos, y a veces ni siquiera los departamentos usaban los datos de los demás. Abrir los datos "
            "públicos se vio como una forma de aumentar la transparencia y crear nuevos servicios.",
        ),
        goals=Text(
            "Publish the city's data in machine-readable form, free of charge, for anyone to reuse, and provide open "
            "APIs for real-time data. Encourage start-ups and developers to build services, and make the "
            "administration more transparent.",
            "시의 자료를 기계가 읽을 수 있는 형태로 누구나 무료로 재사용할 수 있게 공개하고, 실시간 자료는 오픈 API로 "
            "제공하는 것이 목표입니다. 창업 기업과 개발자의 서비스 개발을 장려하고 행정을 더 투명하게 만들고자 "
            "했습니다.",
            "Publicar los datos de la ciudad en formatos legibles por máquina, gratis y reutilizables por cualquiera, "
            "y ofrecer API abiertas para los datos en tiempo real. Estimular a emprendedores y desarrolladores a "
            "crear servicios y hacer más transparente la administración.",
        ),
        implementation=Text(
            "The Seoul Open Data Plaza opened in 2012 as a single portal for the city's datasets, with bus and subway "
            "arrivals, air quality, public facilities and statistics among the most used. Departments must register "
            "their data, and an ordinance and guidelines set what is published and how personal data are protected. "
            "Hackathons and contests promote the reuse of the data.",
            "서울 열린데이터광장은 2012년 시의 데이터셋을 모은 단일 포털로 문을 열었고, 버스·지하철 도착, 대기질, "
            "공공시설, 통계가 가장 많이 쓰이는 자료입니다. 부서는 보유 자료를 등록해야 하며, 조례와 지침이 공개 "
            "범위와 개인정보 보호 방법을 정합니다. 해커톤과 공모전으로 자료 활용을 장려합니다.",
            "La Plaza de Datos Abiertos de Seúl abrió en 2012 como portal único de los conjuntos de datos de la "
            "ciudad, entre los que destacan las llegadas de autobuses y metro, la calidad del aire, los equipamientos "
            "públicos y las estadísticas. Los departamentos deben registrar sus datos, y una ordenanza y unas "
            "directrices fijan qué se publica y cómo se protegen los datos personales. Hackatones y concursos "
            "promueven su reutilización.",
        ),
        difficulties=Text(
            "Many departmental datasets were incomplete, inconsistent or not up to date, so quality had to be "
            "improved before publishing. Some departments feared criticism or misuse of their data. Balancing "
            "openness with privacy requires careful anonymisation.",
            "많은 부서 자료가 불완전하거나 일관되지 않거나 최신이 아니어서 공개 전에 품질을 높여야 했습니다. 일부 "
            "부서는 자료가 비판이나 오용에 쓰일까 우려했고, 개방과 사생활 보호의 균형을 위해 세심한 익명화가 "
            "필요합니다.",
            "Muchos datos departamentales estaban incompletos, eran incoherentes o no estaban al día, por lo que hubo "
            "que mejorar su calidad antes de publicarlos. Algunos departamentos temían críticas o un mal uso de sus "
            "datos. Equilibrar apertura y privacidad exige una anonimización cuidadosa.",
        ),
        outcomes=Text(
            "The portal publishes thousands of datasets and its APIs serve apps used daily by citizens, especially "
            "for transport. Open data became a standard expectation of every new city system, and the plaza is a "
            "model for other Korean and foreign cities.",
            "포털은 수천 개의 데이터셋을 공개하며, 오픈 API는 특히 교통 분야에서 시민이 날마다 쓰는 앱에 자료를 "
            "제공합니다. 데이터 개방은 시의 모든 새 시스템이 갖춰야 할 기본 요건이 되었고, 열린데이터광장은 국내외 "
            "도시의 본보기가 되었습니다.",
            "El portal publica miles de conjuntos de datos y sus API alimentan aplicaciones que la ciudadanía usa a "
            "diario, sobre todo de transporte. Los datos abiertos pasaron a ser un requisito básico de todo nuevo "
            "sistema municipal, y la plaza es un modelo para otras ciudades de Corea y del exterior.",
        ),
    ),
    "eungdapso": PolicyContent(
        title_es="Eungdapso: un solo sistema para las quejas ciudadanas",
        summary_es="Quejas y propuestas recibidas por la web, el teléfono y las redes sociales se gestionan en un "
        "único sistema con plazos de respuesta públicos.",
        background=Text(
            "Complaints reached the city through dozens of channels, its website, phone lines, social media, mobile "
            "apps and letters, each handled separately. Citizens did not know where to turn or whether their "
            "complaint was being dealt with, and the same issue could be handled several times. The city needed one "
            "system and one point of accountability.",
            "민원은 홈페이지, 전화, 소셜미디어, 모바일 앱, 서신 등 수십 개 경로로 들어와 따로따로 처리되었습니다. "
            "시민은 어디에 말해야 할지, 민원이 처리되고 있는지 알 수 없었고 같은 사안이 여러 번 처리되기도 했습니다. "
            "하나의 시스템과 하나의 책임 창구가 필요했습니다.",
            "Las quejas llegaban a la ciudad por decenas de canales —su sitio web, líneas telefónicas, redes "
            "sociales, aplicaciones y cartas—, cada uno gestionado por separado. La gente no sabía adónde acudir ni "
            "si su queja se estaba atendiendo, y un mismo asunto podía tramitarse varias veces. La ciudad necesitaba "
            "un solo sistema y un único punto de responsabilidad.",
        ),
        goals=Text(
            "Receive all complaints and proposals in one system whatever the channel, route them automatically to the "
            "responsible office, and let citizens follow them. Publish response times and use the data to fix "
            "recurring problems.",
            "어떤 경로로 들어오든 모든 민원과 제안을 하나의 시스템에서 받아 담당 부서에 자동으로 배정하고, 시민이 "
            "처리 과정을 확인하게 하는 것이 목표입니다. 처리 기한을 공개하고 자료를 분석해 반복되는 문제를 고치고자 "
            "했습니다.",
            "Recibir en un solo sistema todas las quejas y propuestas, sea cual sea el canal, derivarlas "
            "automáticamente a la oficina responsable y permitir que la ciudadanía las siga. Publicar los tiempos de "
            "respuesta y usar los datos para corregir problemas recurrentes.",
        ),
        implementation=Text(
            "Eungdapso ('the place that answers'), launched in 2014, integrated the city's complaint channels into "
            "one back office linked to the 120 call centre and the districts. Each complaint gets a deadline and a "
            "responsible officer, and citizens are notified at each step. Analysis of complaints by place and topic "
            "helps departments prioritise maintenance and policy changes.",
            "2014년 시작된 응답소는 시의 민원 창구를 120다산콜센터, 자치구와 연결된 하나의 처리 시스템으로 "
            "통합했습니다. 민원마다 처리 기한과 담당자가 정해지고, 시민은 단계마다 알림을 받습니다. 장소와 주제별 "
            "민원 분석으로 부서는 정비와 정책 개선의 우선순위를 정합니다.",
            "Eungdapso ('el lugar que responde'), lanzado en 2014, integró los canales de quejas de la ciudad en un "
            "único sistema interno vinculado al centro 120 y a los distritos. Cada queja recibe un plazo y un "
            "funcionario responsable, y la persona recibe avisos en cada paso. El análisis de las quejas por lugar y "
            "tema ayuda a los departamentos a priorizar el mantenimiento y los cambios de política.",
        ),
        difficulties=Text(
            "Some complaints fall between the city, districts and national agencies, and clear rules were needed to "
            "assign them. Published deadlines put pressure on staff, who need enough time and authority to solve "
            "problems rather than just close tickets.",
            "일부 민원은 시, 자치구, 중앙기관 사이에 걸쳐 있어 배정 규칙을 명확히 해야 했습니다. 공개된 처리 기한은 "
            "직원에게 압박이 되므로, 단순히 민원을 종결하는 것이 아니라 문제를 해결할 시간과 권한이 필요합니다.",
            "Algunas quejas quedan entre la ciudad, los distritos y los organismos nacionales, y hicieron falta "
            "reglas claras para asignarlas. Los plazos públicos presionan al personal, que necesita tiempo y "
            "autoridad suficientes para resolver los problemas y no solo cerrar expedientes.",
        ),
        outcomes=Text(
            "Citizens have one place to raise any issue and can see what happens to it, and the city has one dataset "
            "of all complaints. The approach was shared with partner cities, notably in the smart complaint reporting "
            "consultation with Mumbai in 2014.",
            "시민은 어떤 문제든 한곳에 제기하고 처리 과정을 볼 수 있으며, 시는 모든 민원을 하나의 자료로 갖게 "
            "되었습니다. 이 방식은 2014년 뭄바이의 스마트 민원 신고 자문처럼 협력 도시와 공유되었습니다.",
            "La ciudadanía tiene un solo lugar para plantear cualquier asunto y puede ver qué ocurre con él, y la "
            "ciudad dispone de un único conjunto de datos de todas las quejas. El enfoque se compartió con ciudades "
            "socias, en particular en la consultoría de 2014 con Mumbai sobre un sistema inteligente de reclamos.",
        ),
    ),
    # Safety & disaster
    "disaster-safety-situation-room": PolicyContent(
        title_es="Sala de situación de desastres y seguridad",
        summary_es="Vigilancia y coordinación permanentes de incendios, inundaciones, nevadas y otras emergencias con "
        "los distritos y los bomberos.",
        background=Text(
            "Emergencies in Seoul, floods, heavy snow, fires, collapses and heat waves, involve many agencies: the "
            "city, its 25 districts, the fire service, the police and utilities. In past disasters information "
            "arrived late and in pieces, and coordination among agencies was slow. Large disasters in Korea showed "
            "the cost of a fragmented response.",
            "서울의 홍수, 대설, 화재, 붕괴, 폭염 같은 재난에는 시, 25개 자치구, 소방, 경찰, 공공시설 기관 등 여러 "
            "기관이 관련됩니다. 과거 재난에서는 정보가 늦고 단편적으로 전달되어 기관 간 협조가 더뎠습니다. 국내의 "
            "대형 재난은 분산된 대응의 대가를 보여 주었습니다.",
            "Las emergencias en Seúl —inundaciones, nevadas, incendios, derrumbes y olas de calor— involucran a "
            "muchos organismos: la ciudad, sus 25 distritos, los bomberos, la policía y las empresas de servicios. En "
            "desastres anteriores la información llegaba tarde y fragmentada, y la coordinación era lenta. Grandes "
            "desastres en Corea mostraron el costo de una respuesta fragmentada.",
        ),
        goals=Text(
            "Watch the city around the clock, detect emergencies early and coordinate the response of all agencies "
            "from one room. Give citizens timely warnings and information during disasters.",
            "24시간 도시를 감시해 재난을 조기에 감지하고, 한 곳에서 모든 기관의 대응을 조정하는 것이 목표입니다. 재난 "
            "때 시민에게 적시에 경보와 정보를 제공하고자 했습니다.",
            "Vigilar la ciudad a toda hora, detectar pronto las emergencias y coordinar desde una sola sala la "
            "respuesta de todos los organismos. Dar a la ciudadanía alertas e información oportunas durante los "
            "desastres.",
        ),
        implementation=Text(
            "The situation room, staffed day and night, combines CCTV feeds, weather and river-level data, reports "
            "from the 120 call centre and the fire service, and video links with the districts. Standard procedures "
            "define who is alerted and who acts for each type of event, and emergency text messages warn citizens. "
            "Regular drills with districts and agencies test the procedures.",
            "재난안전상황실은 밤낮으로 근무하며 CCTV 영상, 기상·하천 수위 자료, 120다산콜센터와 소방의 신고, "
            "자치구와의 영상 회의를 결합합니다. 재난 유형별 표준 절차가 누구에게 알리고 누가 조치할지 정하며, "
            "긴급재난문자로 시민에게 경고합니다. 자치구, 관계 기관과 정기 훈련으로 절차를 점검합니다.",
            "La sala de situación, atendida día y noche, combina las imágenes de CCTV, los datos meteorológicos y de "
            "nivel de los ríos, los avisos del centro 120 y de los bomberos, y enlaces de video con los distritos. "
            "Procedimientos estándar definen a quién se alerta y quién actúa ante cada tipo de evento, y mensajes de "
            "texto de emergencia advierten a la población. Simulacros periódicos con distritos y organismos ponen a "
            "prueba los procedimientos.",
        ),
        difficulties=Text(
            "Agencies have their own command structures and systems, so agreements on data sharing and authority "
            "during emergencies were needed. Too many alerts make citizens ignore them, so warnings must be targeted "
            "and accurate.",
            "기관마다 지휘 체계와 시스템이 달라 재난 시 자료 공유와 권한에 관한 합의가 필요했습니다. 경보가 너무 "
            "잦으면 시민이 무시하게 되므로 경보는 정확하고 대상이 분명해야 합니다.",
            "Cada organismo tiene su propia cadena de mando y sus sistemas, por lo que fueron necesarios acuerdos "
            "sobre el intercambio de datos y la autoridad durante las emergencias. Demasiadas alertas hacen que la "
            "gente las ignore, así que los avisos deben ser precisos y dirigidos.",
        ),
        outcomes=Text(
            "The city now has a single picture of emergencies and a faster, coordinated response with its districts "
            "and the fire service. The situation room is a core part of Seoul's disaster management and is often "
            "visited by delegations interested in urban resilience.",
            "시는 이제 재난 상황을 하나의 화면으로 보고 자치구, 소방과 더 빠르고 조율된 대응을 합니다. 상황실은 서울 "
            "재난관리의 핵심이며, 도시 회복력에 관심 있는 대표단이 자주 방문합니다.",
            "La ciudad tiene hoy una visión única de las emergencias y una respuesta más rápida y coordinada con sus "
            "distritos y los bomberos. La sala de situación es una pieza central de la gestión de desastres de Seúl y "
            "la visitan a menudo delegaciones interesadas en la resiliencia urbana.",
        ),
    ),
    "flood-prevention-deep-tunnel": PolicyContent(
        title_es="Prevención de inundaciones urbanas y un túnel profundo de aguas pluviales",
        summary_es="Estaciones de bombeo, depósitos de aguas pluviales y un túnel de drenaje profundo en Sinwol-dong "
        "reducen las inundaciones en los distritos bajos.",
        background=Text(
            "Seoul's summer monsoon brings intense rain, and in 2010 and 2011 heavy downpours flooded low-lying "
            "districts, Gwanghwamun in the city centre, and caused the deadly Umyeonsan landslide. Drains and pumping "
            "stations designed for past rainfall could not cope with the more intense storms of a changing climate. "
            "Dense development left little room for new surface drainage.",
            "서울의 여름 장마는 집중호우를 몰고 오며, 2010년과 2011년 폭우로 저지대와 도심의 광화문 일대가 침수되고 "
            "우면산 산사태로 인명 피해가 났습니다. 과거 강우량에 맞춰 설계된 하수관과 빗물펌프장으로는 기후변화로 더 "
            "강해진 호우를 감당할 수 없었습니다. 고밀 개발로 지상에 새 배수 시설을 둘 공간도 부족했습니다.",
            "El monzón de verano trae lluvias intensas a Seúl, y en 2010 y 2011 fuertes aguaceros inundaron distritos "
            "bajos y la zona de Gwanghwamun en el centro, y provocaron el mortal deslizamiento de Umyeonsan. Los "
            "desagües y las estaciones de bombeo, diseñados para lluvias del pasado, no podían con las tormentas más "
            "intensas de un clima cambiante. La urbanización densa dejaba poco espacio para nuevo drenaje en "
            "superficie.",
        ),
        goals=Text(
            "Protect flood-prone districts from heavy rain by raising the design capacity of drainage, and store "
            "rainwater temporarily where it falls. Reduce landslide risks on urban hillsides and warn residents "
            "early.",
            "배수 설계 용량을 높이고 빗물을 내린 곳에 일시 저류해 침수 취약 지역을 폭우로부터 보호하는 것이 "
            "목표입니다. 도시 산지의 산사태 위험을 줄이고 주민에게 조기에 경보하고자 했습니다.",
            "Proteger los distritos propensos a inundaciones elevando la capacidad de diseño del drenaje y "
            "almacenando temporalmente el agua de lluvia donde cae. Reducir el riesgo de deslizamientos en las "
            "laderas urbanas y alertar pronto a los vecinos.",
        ),
        implementation=Text(
            "After 2011 the city expanded pumping stations and sewers, built underground rainwater storage tanks "
            "under parks and schools, and managed hillside slopes. In Sinwol-dong, in the west of Seoul, a deep "
            "tunnel far below the streets collects rainwater from the flood-prone area and carries it to the river; "
            "it was completed in 2020. Sensors, forecasts and text alerts support early warning, and flood barriers "
            "are installed at the entrances of semi-basement homes.",
            "2011년 이후 시는 빗물펌프장과 하수관을 확충하고 공원과 학교 아래에 지하 빗물저류조를 만들었으며 산지 "
            "사면을 정비했습니다. 서울 서쪽 신월동에는 도로 훨씬 아래에 대심도 빗물배수터널을 뚫어 침수 취약 지역의 "
            "빗물을 모아 하천으로 보내며, 2020년 완공했습니다. 센서, 예보, 문자 경보로 조기 경보를 하고 반지하 주택 "
            "출입구에 물막이판을 설치합니다.",
            "Después de 2011 la ciudad amplió estaciones de bombeo y colectores, construyó depósitos subterráneos de "
            "aguas pluviales bajo parques y escuelas y estabilizó laderas. En Sinwol-dong, al oeste de Seúl, un túnel "
            "profundo muy por debajo de las calles recoge la lluvia de la zona inundable y la lleva al río; se "
            "terminó en 2020. Sensores, pronósticos y alertas por mensaje de texto apoyan la alerta temprana, y se "
            "instalan barreras en las entradas de las viviendas semisótano.",
        ),
        difficulties=Text(
            "Deep tunnels are expensive and slow to build, and several planned tunnels were postponed after cost "
            "debates, leaving some areas exposed. Record rain in August 2022 flooded semi-basement homes again, "
            "showing that infrastructure must be combined with housing and warning policies.",
            "대심도 터널은 비용이 많이 들고 공사 기간이 길어, 계획했던 여러 터널이 비용 논란 끝에 미뤄져 일부 지역은 "
            "위험에 노출되었습니다. 2022년 8월 기록적인 폭우로 반지하 주택이 다시 침수되면서, 기반시설에 주거·경보 "
            "정책을 함께 결합해야 함이 드러났습니다.",
            "Los túneles profundos son caros y lentos de construir, y varios túneles previstos se aplazaron tras "
            "debates sobre su costo, dejando algunas zonas expuestas. Las lluvias récord de agosto de 2022 volvieron "
            "a inundar viviendas semisótano, lo que mostró que la infraestructura debe combinarse con políticas de "
            "vivienda y de alerta.",
        ),
        outcomes=Text(
            "The Sinwol-dong tunnel has protected its catchment in heavy rains since it opened, and the storage tanks "
            "and pumps reduced flooding in many low-lying areas. The experience shaped a new round of deep tunnels "
            "and stricter design standards for urban drainage in Seoul.",
            "신월동 터널은 개통 이후 폭우 때 해당 유역을 보호했고, 저류조와 펌프장은 많은 저지대의 침수를 줄였습니다. "
            "이 경험은 서울의 추가 대심도 터널 계획과 더 엄격한 도시 배수 설계 기준으로 이어졌습니다.",
            "El túnel de Sinwol-dong ha protegido su cuenca durante las lluvias intensas desde su apertura, y los "
            "depósitos y las bombas redujeron las inundaciones en muchas zonas bajas. La experiencia dio forma a una "
            "nueva serie de túneles profundos y a normas de diseño más estrictas para el drenaje urbano de Seúl.",
        ),
    ),
    "seismic-retrofit-public-buildings": PolicyContent(
        title_es="Refuerzo sísmico de edificios públicos",
        summary_es="Programa para evaluar y reforzar escuelas, oficinas y otros edificios públicos frente a los "
        "terremotos.",
        background=Text(
            "Korea long considered itself safe from earthquakes, and most buildings erected before seismic design "
            "became mandatory were never designed for them. The earthquakes of Gyeongju in 2016 and Pohang in 2017, "
            "the strongest on record in the country, changed public perception. Schools, hospitals and offices used "
            "as shelters must remain standing after an earthquake.",
            "한국은 오랫동안 지진에서 안전하다고 여겨, 내진 설계가 의무화되기 전에 지은 대부분의 건물은 지진을 "
            "고려하지 않았습니다. 관측 사상 가장 강했던 2016년 경주 지진과 2017년 포항 지진으로 인식이 바뀌었습니다. "
            "대피소로 쓰이는 학교, 병원, 청사는 지진 후에도 무너지지 않아야 합니다.",
            "Corea se consideró durante mucho tiempo a salvo de los terremotos, y la mayoría de los edificios "
            "anteriores a la obligación del diseño sísmico nunca se calcularon para ellos. Los sismos de Gyeongju en "
            "2016 y Pohang en 2017, los más fuertes registrados en el país, cambiaron la percepción pública. "
            "Escuelas, hospitales y oficinas que sirven de refugio deben seguir en pie tras un terremoto.",
        ),
        goals=Text(
            "Assess the seismic performance of all public buildings and strengthen those that fall short, starting "
            "with schools and facilities used in emergencies. Encourage private owners to retrofit their buildings.",
            "모든 공공건축물의 내진 성능을 평가해 기준에 못 미치는 건물을 보강하되, 학교와 재난 시 쓰이는 시설부터 "
            "시작하는 것이 목표입니다. 민간 건물주의 내진 보강도 장려하고자 했습니다.",
            "Evaluar el desempeño sísmico de todos los edificios públicos y reforzar los que no cumplen, empezando "
            "por las escuelas y las instalaciones de uso en emergencias. Incentivar a los propietarios privados a "
            "reforzar sus edificios.",
        ),
        implementation=Text(
            "The city runs seismic assessments of its buildings, bridges and facilities and retrofits them in a "
            "multi-year programme, prioritised by use and risk. Private owners who retrofit can receive tax "
            "reductions and other incentives, and residents can check the seismic status of buildings online.",
            "시는 건축물, 교량, 시설물의 내진 성능을 평가하고 용도와 위험도에 따른 우선순위로 다년간 보강 사업을 "
            "추진합니다. 내진 보강을 하는 민간 건물주는 세금 감면 등 혜택을 받을 수 있고, 시민은 건물의 내진 확보 "
            "여부를 온라인으로 확인할 수 있습니다.",
            "La ciudad evalúa el desempeño sísmico de sus edificios, puentes e instalaciones y los refuerza en un "
            "programa plurianual, priorizado por uso y riesgo. Los propietarios privados que refuerzan pueden recibir "
            "reducciones de impuestos y otros incentivos, y los vecinos pueden consultar en línea la situación "
            "sísmica de los edificios.",
        ),
        difficulties=Text(
            "Retrofitting occupied buildings is costly and disruptive, so works are scheduled during holidays or "
            "combined with renovations. Most buildings are private, and incentives have so far moved only a small "
            "share of owners.",
            "사용 중인 건물의 보강은 비용이 크고 불편을 주므로 방학 중에 공사하거나 리모델링과 함께 진행합니다. "
            "대부분의 건물은 민간 소유이며, 인센티브로 움직인 건물주는 아직 일부에 그칩니다.",
            "Reforzar edificios en uso es caro y molesto, así que las obras se programan en vacaciones o se combinan "
            "con reformas. La mayoría de los edificios son privados, y los incentivos solo han movido hasta ahora a "
            "una pequeña parte de los propietarios.",
        ),
        outcomes=Text(
            "The share of public buildings meeting seismic standards has been rising year by year, with schools and "
            "emergency facilities first. The programme is still under way and is not yet published as a complete "
            "Seoul Solution case.",
            "내진 기준을 충족하는 공공건축물의 비율이 학교와 재난 대응 시설부터 해마다 높아지고 있습니다. 사업은 아직 "
            "진행 중이며 완성된 서울 정책 사례로는 공개되지 않았습니다.",
            "La proporción de edificios públicos que cumplen las normas sísmicas aumenta año tras año, empezando por "
            "escuelas e instalaciones de emergencia. El programa sigue en marcha y todavía no se publica como caso "
            "completo de Seoul Solution.",
        ),
    ),
    # Welfare
    "seoul-welfare-standards": PolicyContent(
        title_es="Estándares de Bienestar de Seúl",
        summary_es="Estándares mínimos y adecuados de ingresos, vivienda, cuidados, salud y educación que la ciudad "
        "se compromete a garantizar, elaborados junto con la ciudadanía.",
        background=Text(
            "National welfare programmes left gaps: many poor households did not qualify for basic livelihood "
            "support, and living costs in Seoul are higher than elsewhere in Korea. Welfare services were a patchwork "
            "of programmes without a clear promise of what every citizen could expect. The city wanted a standard "
            "that it could be held accountable to.",
            "국가 복지 제도에는 사각지대가 있어 가난한 가구 상당수가 기초생활보장을 받지 못했고, 서울의 생활비는 다른 "
            "지역보다 높습니다. 복지 서비스는 여러 사업을 이어 붙인 형태여서 모든 시민이 무엇을 기대할 수 있는지에 "
            "대한 분명한 약속이 없었습니다. 시는 스스로 책임질 수 있는 기준을 원했습니다.",
            "Los programas nacionales de bienestar dejaban vacíos: muchos hogares pobres no calificaban para la ayuda "
            "básica, y el costo de vida en Seúl es más alto que en el resto de Corea. Los servicios sociales eran un "
            "mosaico de programas sin una promesa clara de lo que cada ciudadano podía esperar. La ciudad quería un "
            "estándar del que pudiera rendir cuentas.",
        ),
        goals=Text(
            "Define, with citizens, the minimum level of living the city guarantees and the adequate level it aims "
            "for in five areas: income, housing, care, health and education. Close the gaps of national programmes "
            "and guide the city's welfare budget by these standards.",
            "소득, 주거, 돌봄, 건강, 교육 다섯 분야에서 시가 보장하는 최저 생활 수준과 지향하는 적정 수준을 시민과 "
            "함께 정하는 것이 목표입니다. 국가 제도의 사각지대를 메우고 시의 복지 예산을 이 기준에 맞추고자 했습니다.",
            "Definir con la ciudadanía el nivel mínimo de vida que la ciudad garantiza y el nivel adecuado al que "
            "aspira en cinco ámbitos: ingresos, vivienda, cuidados, salud y educación. Cubrir los vacíos de los "
            "programas nacionales y orientar el presupuesto social de la ciudad según esos estándares.",
        ),
        implementation=Text(
            "In 2012 the standards were drafted through citizen panels, expert committees, online proposals and "
            "public hearings, and announced with concrete indicators for each area. They led to new programmes such "
            "as the Seoul-type basic livelihood support for poor households excluded from the national scheme, "
            "housing allowances and public care services. Progress on each indicator is reviewed regularly.",
            "2012년 시민 토론단, 전문가 위원회, 온라인 제안, 공청회를 거쳐 기준을 만들고 분야별 구체적 지표와 함께 "
            "발표했습니다. 이를 바탕으로 국가 제도에서 빠진 빈곤 가구를 위한 서울형 기초보장, 주거비 지원, 공공 돌봄 "
            "서비스 같은 새 사업이 생겼습니다. 지표별 진척은 정기적으로 점검합니다.",
            "En 2012 los estándares se elaboraron con paneles ciudadanos, comités de expertos, propuestas en línea y "
            "audiencias públicas, y se anunciaron con indicadores concretos para cada ámbito. De ellos nacieron "
            "nuevos programas, como la ayuda básica de tipo Seúl para hogares pobres excluidos del esquema nacional, "
            "subsidios de vivienda y servicios públicos de cuidados. El avance de cada indicador se revisa "
            "periódicamente.",
        ),
        difficulties=Text(
            "Standards create expectations that cost money, and the city's budget is limited while many welfare rules "
            "are set nationally. New city programmes had to be agreed with the national government to avoid overlaps. "
            "Measuring progress requires reliable local data that had to be built.",
            "기준은 재정이 필요한 기대를 낳지만 시 예산은 한정되어 있고 많은 복지 규정은 중앙정부가 정합니다. 새 시 "
            "사업은 중복을 피하기 위해 중앙정부와 협의해야 했고, 진척을 재려면 신뢰할 만한 지역 자료를 새로 구축해야 "
            "했습니다.",
            "Los estándares crean expectativas que cuestan dinero, y el presupuesto de la ciudad es limitado mientras "
            "muchas reglas sociales se fijan a nivel nacional. Los nuevos programas municipales debieron acordarse "
            "con el gobierno nacional para evitar duplicidades. Medir el avance exigió construir datos locales "
            "fiables.",
        ),
        outcomes=Text(
            "Seoul became the first Korean local government with its own welfare standards, and several other cities "
            "followed. The standards turned welfare from a list of programmes into commitments with indicators that "
            "citizens can check.",
            "서울은 자체 복지기준을 가진 국내 첫 지방정부가 되었고 여러 도시가 뒤를 이었습니다. 복지기준은 복지를 "
            "사업 목록에서 시민이 확인할 수 있는 지표가 달린 약속으로 바꾸었습니다.",
            "Seúl fue el primer gobierno local coreano con estándares de bienestar propios, y varias ciudades la "
            "siguieron. Los estándares convirtieron el bienestar, de una lista de programas, en compromisos con "
            "indicadores que la ciudadanía puede verificar.",
        ),
    ),
    "chatdong-visiting-welfare": PolicyContent(
        title_es="Centros vecinales que salen al encuentro (Chatdong)",
        summary_es="Planificadores sociales y enfermeras del centro vecinal visitan a los hogares en riesgo en lugar "
        "de esperar a que lo soliciten.",
        background=Text(
            "In 2014 a mother and her two daughters in Songpa-gu took their own lives in poverty, leaving their last "
            "rent and an apology, although they had never applied for help. The tragedy showed that welfare that "
            "waits for applications misses the people most in need. Neighbourhood offices were busy with paperwork "
            "and had few social workers.",
            "2014년 송파구의 세 모녀가 마지막 집세와 사과의 글을 남기고 생을 마감했는데, 이들은 한 번도 도움을 "
            "신청하지 않았습니다. 이 비극은 신청을 기다리는 복지가 가장 도움이 필요한 사람을 놓친다는 것을 보여 "
            "주었습니다. 동주민센터는 서류 업무에 바빴고 복지 인력은 적었습니다.",
            "En 2014 una madre y sus dos hijas de Songpa-gu se quitaron la vida en la pobreza, dejando su último "
            "alquiler y una disculpa, sin haber pedido nunca ayuda. La tragedia mostró que un bienestar que espera "
            "solicitudes no llega a quienes más lo necesitan. Los centros vecinales estaban ocupados con papeleo y "
            "tenían pocos trabajadores sociales.",
        ),
        goals=Text(
            "Turn neighbourhood offices into welfare hubs that find people in need and visit them proactively. Offer "
            "universal visits at life stages when risks are higher, such as birth and old age, and build community "
            "networks that look after neighbours.",
            "동주민센터를 도움이 필요한 사람을 먼저 찾아가는 복지 거점으로 바꾸는 것이 목표입니다. 출산, 노년처럼 "
            "위험이 커지는 생애 시기에 보편적인 방문을 제공하고, 이웃이 이웃을 돌보는 공동체 관계망을 만들고자 "
            "했습니다.",
            "Convertir los centros vecinales en núcleos de bienestar que detectan a las personas necesitadas y las "
            "visitan de forma proactiva. Ofrecer visitas universales en las etapas de mayor riesgo, como el "
            "nacimiento y la vejez, y crear redes comunitarias de cuidado entre vecinos.",
        ),
        implementation=Text(
            "Started in 2015 in a first group of neighbourhoods and extended across the city, the programme added "
            "social workers ('welfare planners') and visiting nurses to each neighbourhood office. They visit "
            "households turning 65 or 70 and families with newborns, and follow up signals of crisis such as unpaid "
            "utility bills. Office space was redesigned for counselling, and residents' groups help find isolated "
            "neighbours.",
            "2015년 첫 동들에서 시작해 시 전역으로 확대된 이 사업은 동주민센터마다 복지플래너와 방문간호사를 더 "
            "배치했습니다. 이들은 65세·70세가 되는 주민과 출산 가정을 방문하고, 공과금 체납 같은 위기 신호를 "
            "추적합니다. 주민센터 공간을 상담에 맞게 바꾸고, 주민 모임이 고립된 이웃을 찾는 데 함께합니다.",
            "Iniciado en 2015 en un primer grupo de barrios y extendido a toda la ciudad, el programa sumó "
            "trabajadores sociales ('planificadores de bienestar') y enfermeras visitadoras a cada centro vecinal. "
            "Visitan a quienes cumplen 65 o 70 años y a las familias con recién nacidos, y dan seguimiento a señales "
            "de crisis como facturas de servicios impagas. Se rediseñaron los espacios para la atención y grupos de "
            "vecinos ayudan a encontrar a personas aisladas.",
        ),
        difficulties=Text(
            "Hiring enough staff was costly and depended on agreements with the districts, which employ neighbourhood "
            "workers. Home visits raise questions of privacy and consent. Crisis signals from utility and other data "
            "had to be shared within legal limits.",
            "충분한 인력을 채용하는 데 비용이 많이 들었고, 동 인력을 고용하는 자치구와의 합의가 필요했습니다. 가정 "
            "방문은 사생활과 동의의 문제를 낳으며, 공과금 등 위기 신호 자료는 법이 허용하는 범위에서 공유해야 "
            "했습니다.",
            "Contratar personal suficiente fue costoso y dependió de acuerdos con los distritos, que emplean al "
            "personal de los barrios. Las visitas a domicilio plantean cuestiones de privacidad y consentimiento. Las "
            "señales de crisis provenientes de facturas y otros datos debieron compartirse dentro de los límites "
            "legales.",
        ),
        outcomes=Text(
            "Neighbourhood offices found and supported many households in crisis that had never asked for help. The "
            "model influenced national policy on proactive, community-based welfare services.",
            "동주민센터는 한 번도 도움을 요청하지 않았던 많은 위기 가구를 찾아 지원했습니다. 이 모델은 찾아가는 지역 "
            "중심 복지에 관한 국가 정책에 영향을 주었습니다.",
            "Los centros vecinales encontraron y apoyaron a muchos hogares en crisis que nunca habían pedido ayuda. "
            "El modelo influyó en la política nacional de servicios sociales proactivos y de base comunitaria.",
        ),
    ),
    "seoul-youth-allowance": PolicyContent(
        title_es="Subsidio Juvenil de Seúl",
        summary_es="Apoyo mensual a jóvenes que buscan empleo mientras se preparan para trabajar.",
        background=Text(
            "Youth unemployment and precarious work were high in Seoul, and many young people who were neither in "
            "work nor in education fell outside unemployment insurance. Preparing for jobs takes time and money that "
            "young people from poor families do not have. Existing programmes offered training places, not time and "
            "means to choose a path.",
            "서울의 청년 실업과 불안정 노동은 심각했고, 일도 학업도 하지 않는 많은 청년이 고용보험의 보호를 받지 "
            "못했습니다. 취업 준비에는 시간과 돈이 들지만 가난한 가정의 청년에게는 그 여유가 없습니다. 기존 사업은 "
            "훈련 자리를 주었을 뿐 진로를 선택할 시간과 수단을 주지는 않았습니다.",
            "El desempleo y la precariedad juvenil eran altos en Seúl, y muchos jóvenes que no trabajaban ni "
            "estudiaban quedaban fuera del seguro de desempleo. Prepararse para un trabajo exige tiempo y dinero que "
            "los jóvenes de familias pobres no tienen. Los programas existentes ofrecían plazas de formación, no "
            "tiempo ni medios para elegir un camino.",
        ),
        goals=Text(
            "Give young job seekers a monthly allowance for a few months, with few conditions, so that they can "
            "prepare for work or activities of their choice. Connect them with counselling and activity programmes.",
            "구직 중인 청년에게 몇 달 동안 조건을 최소화한 활동비를 매달 지급해 스스로 선택한 취업 준비나 활동을 하게 "
            "하는 것이 목표입니다. 상담과 활동 프로그램과도 연결하고자 했습니다.",
            "Dar a los jóvenes que buscan empleo un subsidio mensual durante algunos meses, con pocas condiciones, "
            "para que se preparen para el trabajo o las actividades que elijan. Conectarlos con orientación y "
            "programas de actividades.",
        ),
        implementation=Text(
            "The allowance started in 2016: KRW 500,000 a month for up to six months for selected young residents not "
            "in work or full-time study, chosen on the basis of household income and length of unemployment. "
            "Recipients submit simple activity reports and can join counselling and peer programmes.",
            "청년수당은 2016년 시작되어, 일하지 않거나 전일제로 공부하지 않는 청년 가운데 가구 소득과 미취업 기간을 "
            "기준으로 선정된 사람에게 최대 6개월간 매달 50만 원을 지급합니다. 수급자는 간단한 활동 보고서를 내고 "
            "상담과 동료 프로그램에 참여할 수 있습니다.",
            "El subsidio empezó en 2016: 500.000 wones al mes durante un máximo de seis meses para jóvenes residentes "
            "que no trabajan ni estudian a tiempo completo, seleccionados según los ingresos del hogar y el tiempo "
            "sin empleo. Quienes lo reciben presentan breves informes de actividad y pueden sumarse a programas de "
            "orientación y entre pares.",
        ),
        difficulties=Text(
            "The national Ministry of Health and Welfare opposed the programme as a cash handout and ordered it "
            "suspended in 2016 after the first payments, leading to a legal dispute. An agreement with the ministry "
            "in 2017 allowed it to resume, and similar national support for young job seekers followed.",
            "보건복지부는 이 사업을 현금 퍼주기라며 반대해 2016년 첫 지급 직후 직권 취소를 명령했고 법적 다툼이 "
            "벌어졌습니다. 2017년 복지부와 합의해 사업이 재개되었고, 이후 비슷한 국가 차원의 청년 구직 지원이 "
            "생겼습니다.",
            "El Ministerio nacional de Salud y Bienestar se opuso al programa por considerarlo una transferencia de "
            "dinero y ordenó suspenderlo en 2016, tras los primeros pagos, lo que abrió una disputa legal. Un acuerdo "
            "con el ministerio en 2017 permitió reanudarlo, y después surgió un apoyo nacional similar para jóvenes "
            "que buscan empleo.",
        ),
        outcomes=Text(
            "The allowance became a reference for youth policy in Korea and was followed by national support for "
            "young job seekers. The case is still being evaluated and is not yet published as a complete Seoul "
            "Solution case.",
            "청년수당은 국내 청년 정책의 기준이 되었고 국가 차원의 청년 구직 지원으로 이어졌습니다. 사례는 아직 평가 "
            "중이며 완성된 서울 정책 사례로는 공개되지 않았습니다.",
            "El subsidio se convirtió en una referencia de la política juvenil en Corea y fue seguido por un apoyo "
            "nacional a los jóvenes que buscan empleo. El caso aún se está evaluando y todavía no se publica como "
            "caso completo de Seoul Solution.",
        ),
    ),
    # Housing
    "shift-long-term-jeonse": PolicyContent(
        title_es="SHift: vivienda de alquiler a largo plazo en régimen jeonse",
        summary_es="Viviendas públicas de alquiler con depósitos por debajo del mercado durante un máximo de 20 años, "
        "ofrecidas por SH Corporation.",
        background=Text(
            "In Korea's jeonse system, tenants pay a large lump-sum deposit instead of monthly rent, and rising "
            "deposits forced middle-income families in Seoul to move often or leave the city. Public rental housing "
            "had targeted only the poorest and carried a stigma. The city wanted a stable, attractive rental option "
            "for families who could not yet buy.",
            "한국의 전세 제도에서는 월세 대신 큰 보증금을 내는데, 전세금이 오르면서 서울의 중산층 가구는 자주 "
            "이사하거나 서울을 떠나야 했습니다. 공공임대주택은 최저소득층만을 대상으로 해 낙인이 따랐습니다. 시는 "
            "아직 집을 살 수 없는 가구를 위한 안정적이고 매력적인 임대 주택을 원했습니다.",
            "En el sistema coreano de jeonse, el inquilino entrega un gran depósito único en lugar de pagar un "
            "alquiler mensual, y el alza de los depósitos obligaba a las familias de ingresos medios de Seúl a "
            "mudarse a menudo o a dejar la ciudad. La vivienda pública de alquiler se había dirigido solo a los más "
            "pobres y cargaba con un estigma. La ciudad quería una opción de alquiler estable y atractiva para "
            "familias que aún no podían comprar.",
        ),
        goals=Text(
            "Offer good-quality homes on long-term jeonse contracts at deposits below market levels, so that families "
            "can stay in one place for many years. Mix public rental homes into ordinary apartment complexes to "
            "remove the stigma of public housing.",
            "시세보다 낮은 전세금으로 장기 거주할 수 있는 양질의 주택을 공급해 가구가 한곳에서 오래 살 수 있게 하는 "
            "것이 목표였습니다. 공공임대를 일반 아파트 단지에 섞어 공공주택의 낙인을 없애고자 했습니다.",
            "Ofrecer viviendas de buena calidad con contratos jeonse a largo plazo y depósitos por debajo del "
            "mercado, para que las familias puedan quedarse muchos años en el mismo lugar. Mezclar la vivienda "
            "pública de alquiler con complejos de apartamentos comunes para eliminar el estigma.",
        ),
        implementation=Text(
            "Introduced in 2007, SHift homes are supplied by SH Corporation in new housing estates and by purchasing "
            "units in private redevelopment projects. Tenants are selected by income, household and housing criteria, "
            "with priority for families with children, and can stay up to 20 years. The homes are in the same "
            "buildings and of the same quality as homes for sale.",
            "2007년 도입된 시프트는 SH공사가 새 택지에 짓거나 민간 재건축 사업에서 매입해 공급합니다. 입주자는 소득, "
            "가구, 주택 기준으로 선정하며 자녀가 있는 가구를 우선하고, 최장 20년까지 거주할 수 있습니다. 분양 주택과 "
            "같은 건물, 같은 품질로 지어집니다.",
            "Introducidas en 2007, las viviendas SHift las provee SH Corporation en nuevos desarrollos y mediante la "
            "compra de unidades en proyectos privados de reurbanización. Los inquilinos se seleccionan por ingresos, "
            "composición del hogar y situación de vivienda, con prioridad para familias con hijos, y pueden quedarse "
            "hasta 20 años. Las viviendas están en los mismos edificios y tienen la misma calidad que las que se "
            "venden.",
        ),
        difficulties=Text(
            "Deposits tied up large amounts of public capital, and supply was limited by land availability in the "
            "city. Demand far exceeded supply, so the lottery left many applicants disappointed. The shift of the "
            "rental market from jeonse to monthly rent later changed the policy context.",
            "전세금 방식은 많은 공공 자본을 묶어 두었고, 시내 토지 부족으로 공급이 제한되었습니다. 수요가 공급을 훨씬 "
            "넘어 추첨에서 떨어진 신청자가 많았습니다. 이후 임대 시장이 전세에서 월세로 옮겨 가면서 정책 여건도 "
            "달라졌습니다.",
            "Los depósitos inmovilizaban grandes sumas de capital público y la oferta estaba limitada por la escasez "
            "de suelo en la ciudad. La demanda superó con creces la oferta, y el sorteo dejó a muchos solicitantes "
            "sin vivienda. El paso posterior del mercado del jeonse al alquiler mensual cambió el contexto de la "
            "política.",
        ),
        outcomes=Text(
            "SHift gave tens of thousands of middle-income families stable homes and showed that public rental "
            "housing can attract a broad public. Mixing tenures within complexes became standard practice in later "
            "public housing in Seoul.",
            "시프트는 수만 가구의 중산층에 안정적인 주거를 제공했고, 공공임대주택이 폭넓은 시민에게 매력적일 수 "
            "있음을 보여 주었습니다. 단지 안에서 임대와 분양을 섞는 방식은 이후 서울 공공주택의 표준이 되었습니다.",
            "SHift dio viviendas estables a decenas de miles de familias de ingresos medios y mostró que la vivienda "
            "pública de alquiler puede atraer a un público amplio. La mezcla de regímenes dentro de un mismo complejo "
            "se volvió práctica habitual en la vivienda pública posterior de Seúl.",
        ),
    ),
    "public-rental-housing": PolicyContent(
        title_es="Oferta de vivienda pública de alquiler",
        summary_es="Viviendas de alquiler permanentes, nacionales y adquiridas para hogares de bajos ingresos, "
        "gestionadas por SH Corporation.",
        background=Text(
            "Rapid urbanisation left many low-income households in Seoul in informal settlements on hillsides and in "
            "overcrowded rooms. Redevelopment of these areas often displaced the poorest residents, who could not "
            "afford the new apartments. The city needed a permanent stock of affordable homes to rent.",
            "급속한 도시화로 서울의 많은 저소득 가구가 산비탈의 무허가 정착지나 과밀한 방에서 살았습니다. 이런 지역의 "
            "재개발은 새 아파트를 감당할 수 없는 가장 가난한 주민을 밀어내곤 했습니다. 시는 저렴하게 빌릴 수 있는 "
            "주택의 영구적인 재고가 필요했습니다.",
            "La rápida urbanización dejó a muchos hogares de bajos ingresos de Seúl en asentamientos informales en "
            "las laderas y en cuartos hacinados. La reurbanización de esas zonas solía desplazar a los más pobres, "
            "que no podían pagar los nuevos apartamentos. La ciudad necesitaba un parque permanente de viviendas "
            "asequibles en alquiler.",
        ),
        goals=Text(
            "Provide decent, affordable rental homes for low-income households, older people, people with "
            "disabilities and young people starting out, with secure long-term tenure. Rehouse residents affected by "
            "redevelopment.",
            "저소득 가구, 노인, 장애인, 사회 초년생 청년에게 장기간 안정적으로 살 수 있는 적정하고 저렴한 임대주택을 "
            "제공하는 것이 목표입니다. 재개발로 영향을 받은 주민의 재정착도 지원하고자 했습니다.",
            "Ofrecer viviendas de alquiler dignas y asequibles, con tenencia segura a largo plazo, a hogares de bajos "
            "ingresos, personas mayores, personas con discapacidad y jóvenes que empiezan. Realojar a los vecinos "
            "afectados por la reurbanización.",
        ),
        implementation=Text(
            "SH Corporation, the city's housing company founded in 1989, builds and manages permanent rental homes, "
            "national rental homes and homes bought from the market and leased at low rents. Redevelopment projects "
            "must include a share of rental homes for tenants of the area, and rents are set by income. Management "
            "offices, community facilities and welfare services support tenants.",
            "1989년 설립된 시의 주택 공기업 SH공사는 영구임대, 국민임대, 시장에서 사들여 낮은 임대료로 빌려주는 "
            "매입임대 주택을 건설·관리합니다. 재개발 사업에는 지역 세입자를 위한 임대주택 비율이 의무화되어 있고, "
            "임대료는 소득에 따라 정합니다. 관리사무소, 공동체 시설, 복지 서비스가 입주자를 지원합니다.",
            "SH Corporation, la empresa de vivienda de la ciudad fundada en 1989, construye y gestiona viviendas de "
            "alquiler permanente, viviendas de alquiler nacional y viviendas compradas en el mercado y alquiladas a "
            "bajo precio. Los proyectos de reurbanización deben incluir una proporción de viviendas de alquiler para "
            "los inquilinos de la zona, y los alquileres se fijan según los ingresos. Oficinas de administración, "
            "equipamientos comunitarios y servicios sociales apoyan a los inquilinos.",
        ),
        difficulties=Text(
            "Large estates of permanent rental housing concentrated poverty and stigma, which later policies "
            "addressed by mixing tenures and buying scattered homes. Land is scarce and expensive, and low rents "
            "create ongoing deficits for SH Corporation.",
            "대규모 영구임대 단지는 빈곤과 낙인을 집중시켜, 이후 정책은 분양과 임대의 혼합과 분산된 매입임대로 이를 "
            "보완했습니다. 토지는 부족하고 비싸며, 낮은 임대료는 SH공사에 지속적인 적자를 낳습니다.",
            "Los grandes conjuntos de alquiler permanente concentraron pobreza y estigma, algo que las políticas "
            "posteriores abordaron mezclando regímenes y comprando viviendas dispersas. El suelo es escaso y caro, y "
            "los alquileres bajos generan déficits permanentes para SH Corporation.",
        ),
        outcomes=Text(
            "Public rental housing became a substantial part of Seoul's housing stock and a safety net for hundreds "
            "of thousands of residents. The city's experience with mixed tenure and purchased rental homes is shared "
            "with partner cities in Asia and Africa.",
            "공공임대주택은 서울 주택 재고의 상당 부분이자 수십만 시민의 안전망이 되었습니다. 혼합 단지와 매입임대에 "
            "관한 서울의 경험은 아시아와 아프리카의 협력 도시들과 공유되고 있습니다.",
            "La vivienda pública de alquiler se convirtió en una parte importante del parque de viviendas de Seúl y "
            "en una red de seguridad para cientos de miles de residentes. La experiencia de la ciudad con la tenencia "
            "mixta y las viviendas adquiridas se comparte con ciudades socias de Asia y África.",
        ),
    ),
    "changsin-sungin-regeneration": PolicyContent(
        title_es="Regeneración urbana de Changsin-Sungin",
        summary_es="La primera zona de regeneración urbana de Seúl: un barrio en ladera de talleres de confección "
        "mejorado junto con sus habitantes en lugar de demolerlo.",
        background=Text(
            "Changsin-Sungin, a hillside area near Dongdaemun, is home to many small garment workshops that supply "
            "the nearby fashion markets. It had been designated for large-scale 'New Town' redevelopment, which would "
            "have demolished the neighbourhood and displaced its residents and workshops; the designation was lifted "
            "in 2013 after residents opposed it. The area then needed a different way to improve.",
            "동대문 인근 언덕에 자리한 창신·숭인 지역에는 가까운 패션 시장에 옷을 대는 봉제 공방이 많습니다. 이곳은 "
            "대규모 뉴타운 재개발 지역으로 지정되어 동네가 철거되고 주민과 공방이 밀려날 처지였으나, 주민 반대로 "
            "2013년 지정이 해제되었습니다. 이후 다른 방식의 개선이 필요했습니다.",
            "Changsin-Sungin, un barrio en ladera cerca de Dongdaemun, alberga muchos pequeños talleres de confección "
            "que abastecen a los mercados de moda cercanos. Había sido designado para una reurbanización masiva 'New "
            "Town' que habría demolido el barrio y desplazado a sus vecinos y talleres; la designación se levantó en "
            "2013 tras la oposición de los residentes. La zona necesitaba entonces otra forma de mejorar.",
        ),
        goals=Text(
            "Improve living conditions and the local economy without demolition, keeping the residents and the "
            "garment industry in place. Let residents plan and run the regeneration themselves.",
            "철거 없이 주민과 봉제 산업을 그대로 두면서 주거 환경과 지역 경제를 개선하는 것이 목표였습니다. 주민이 "
            "재생을 직접 계획하고 운영하게 하고자 했습니다.",
            "Mejorar las condiciones de vida y la economía local sin demoliciones, manteniendo a los vecinos y a la "
            "industria de la confección. Que los propios residentes planifiquen y gestionen la regeneración.",
        ),
        implementation=Text(
            "In 2014 the national government selected Changsin-Sungin as one of the first urban regeneration leading "
            "areas, and the city opened an on-site regeneration support centre. Residents' councils chose projects: "
            "repairs of alleys, stairs and old houses, safety facilities, a sewing museum and support for workshops, "
            "community spaces and viewpoints on the hill. A residents' cooperative was set up to run facilities after "
            "public funding ends.",
            "2014년 정부는 창신·숭인을 첫 도시재생 선도지역 가운데 하나로 선정했고, 시는 현장에 도시재생지원센터를 "
            "열었습니다. 주민협의체가 골목, 계단, 노후 주택 수리, 안전시설, 봉제역사관과 공방 지원, 공동체 공간과 "
            "언덕 전망 명소 같은 사업을 골랐습니다. 공공 지원이 끝난 뒤 시설을 운영할 주민 협동조합도 만들었습니다.",
            "En 2014 el gobierno nacional eligió Changsin-Sungin como una de las primeras zonas piloto de "
            "regeneración urbana, y la ciudad abrió en el barrio un centro de apoyo a la regeneración. Los consejos "
            "vecinales eligieron los proyectos: reparación de callejones, escaleras y casas viejas, instalaciones de "
            "seguridad, un museo de la costura y apoyo a los talleres, espacios comunitarios y miradores en la "
            "colina. Se creó una cooperativa vecinal para gestionar las instalaciones cuando termine la financiación "
            "pública.",
        ),
        difficulties=Text(
            "Residents were divided between those who wanted redevelopment and those who wanted to stay, and building "
            "consensus took time. Small public projects cannot fix every private house, and rising interest in the "
            "area brings a risk of gentrification that may push out tenants and workshops.",
            "재개발을 원하는 주민과 머물고 싶은 주민 사이의 갈등으로 합의를 이루는 데 시간이 걸렸습니다. 작은 "
            "공공사업으로는 모든 민간 주택을 고칠 수 없고, 지역에 대한 관심이 커지면서 세입자와 공방이 밀려날 "
            "젠트리피케이션 위험도 생깁니다.",
            "Los vecinos estaban divididos entre quienes querían la reurbanización y quienes querían quedarse, y "
            "construir consensos llevó tiempo. Los pequeños proyectos públicos no pueden arreglar todas las casas "
            "privadas, y el creciente interés por la zona trae el riesgo de una gentrificación que expulse a "
            "inquilinos y talleres.",
        ),
        outcomes=Text(
            "Changsin-Sungin became the model for Seoul's shift from demolition-based redevelopment to community-led "
            "regeneration, followed by dozens of regeneration areas across the city. The neighbourhood kept its "
            "residents and workshops while gaining safer streets and shared facilities.",
            "창신·숭인은 서울이 철거형 재개발에서 주민 주도 재생으로 전환하는 모델이 되었고, 이후 시 전역에 수십 곳의 "
            "재생 지역이 뒤따랐습니다. 동네는 주민과 공방을 지키면서 더 안전한 골목과 공동 시설을 얻었습니다.",
            "Changsin-Sungin se convirtió en el modelo del paso de Seúl de la reurbanización con demolición a la "
            "regeneración liderada por la comunidad, seguido por decenas de zonas de regeneración en toda la ciudad. "
            "El barrio conservó a sus vecinos y talleres y ganó calles más seguras e instalaciones compartidas.",
        ),
    ),
    # Urban planning
    "2030-seoul-plan": PolicyContent(
        title_es="Plan Seúl 2030",
        summary_es="El primer plan maestro de la ciudad redactado con un panel ciudadano; establece una estructura "
        "policéntrica de tres centros urbanos con centros regionales y locales.",
        background=Text(
            "Seoul's earlier master plans were drafted by experts and officials with little public involvement, and "
            "were often too detailed to guide the city or too abstract to be implemented. The city had grown from a "
            "single centre into a sprawling metropolis with unbalanced development between its north and south. "
            "Slower growth, an ageing population and climate change called for a new direction.",
            "서울의 이전 도시기본계획은 시민 참여 없이 전문가와 공무원이 만들었고, 도시를 이끌기에는 지나치게 "
            "세세하거나 실행하기에는 너무 추상적인 경우가 많았습니다. 서울은 하나의 도심에서 거대 도시로 팽창했고 "
            "강북과 강남의 개발은 불균형했습니다. 저성장, 고령화, 기후변화는 새로운 방향을 요구했습니다.",
            "Los planes maestros anteriores de Seúl los redactaban expertos y funcionarios con escasa participación "
            "pública, y a menudo eran demasiado detallados para orientar la ciudad o demasiado abstractos para "
            "aplicarse. La ciudad había pasado de un único centro a una metrópoli extendida, con un desarrollo "
            "desequilibrado entre el norte y el sur. El menor crecimiento, el envejecimiento de la población y el "
            "cambio climático exigían un nuevo rumbo.",
        ),
        goals=Text(
            "Set a shared vision and a spatial strategy for Seoul to 2030 with citizens, focused on a few key issues "
            "rather than on every land use. Rebalance the city through a polycentric structure and guide lower-level "
            "plans consistently.",
            "시민과 함께 2030년까지의 서울 비전과 공간 전략을 세우되, 모든 토지이용이 아니라 핵심 의제에 집중하는 "
            "것이 목표였습니다. 다핵 공간구조로 도시의 균형을 되찾고 하위 계획을 일관되게 이끌고자 했습니다.",
            "Fijar con la ciudadanía una visión compartida y una estrategia espacial para Seúl hasta 2030, centrada "
            "en pocos temas clave en lugar de en todos los usos del suelo. Reequilibrar la ciudad con una estructura "
            "policéntrica y orientar de forma coherente los planes de nivel inferior.",
        ),
        implementation=Text(
            "A citizens' panel of about one hundred residents drafted the vision and key issues together with experts "
            "and officials, followed by public hearings, district consultations and review by the city council. The "
            "plan, confirmed in 2014, defines three urban centres (the historic centre within the city wall, Gangnam "
            "and Yeouido-Yeongdeungpo), seven regional centres and twelve local centres, and sets key issues with "
            "measurable indicators. A monitoring report reviews progress regularly.",
            "시민 100여 명으로 구성된 시민참여단이 전문가, 공무원과 함께 비전과 핵심 이슈를 만들었고, 이후 공청회, "
            "자치구 의견 수렴, 시의회 의견 청취를 거쳤습니다. 2014년 확정된 계획은 3도심(한양도성, 강남, "
            "영등포·여의도), 7광역중심, 12지역중심을 정하고 핵심 이슈별로 측정 가능한 지표를 두었습니다. 모니터링 "
            "보고서로 진척을 정기적으로 점검합니다.",
            "Un panel de alrededor de cien ciudadanos redactó la visión y los temas clave junto con expertos y "
            "funcionarios, y luego hubo audiencias públicas, consultas a los distritos y revisión por el concejo "
            "municipal. El plan, aprobado en 2014, define tres centros urbanos (el centro histórico dentro de la "
            "muralla, Gangnam y Yeouido-Yeongdeungpo), siete centros regionales y doce centros locales, y fija temas "
            "clave con indicadores medibles. Un informe de seguimiento revisa periódicamente el avance.",
        ),
        difficulties=Text(
            "Citizen participation took more time and required careful facilitation so that experts did not dominate. "
            "Turning a strategic plan into binding action depends on lower-level plans and budgets, and on national "
            "planning powers that the city does not control.",
            "시민 참여에는 더 많은 시간이 들었고 전문가가 논의를 주도하지 않도록 세심한 진행이 필요했습니다. 전략 "
            "계획을 구속력 있는 실행으로 옮기는 일은 하위 계획과 예산, 그리고 시가 통제하지 못하는 국가 계획 권한에 "
            "달려 있습니다.",
            "La participación ciudadana llevó más tiempo y exigió una facilitación cuidadosa para que los expertos no "
            "dominaran. Traducir un plan estratégico en acciones vinculantes depende de los planes de nivel inferior, "
            "de los presupuestos y de competencias de planificación nacionales que la ciudad no controla.",
        ),
        outcomes=Text(
            "The 2030 Seoul Plan was Korea's first city master plan drafted with citizens and became the framework "
            "for Seoul's regeneration, transport and district plans. Its participatory method and polycentric "
            "strategy are shared with partner cities.",
            "2030 서울플랜은 국내 첫 시민 참여형 도시기본계획으로, 서울의 도시재생, 교통, 생활권 계획의 틀이 "
            "되었습니다. 참여형 수립 방식과 다핵 전략은 협력 도시들과 공유되고 있습니다.",
            "El Plan Seúl 2030 fue el primer plan maestro de Corea elaborado con la ciudadanía y se convirtió en el "
            "marco de los planes de regeneración, transporte y barrios de Seúl. Su método participativo y su "
            "estrategia policéntrica se comparten con ciudades socias.",
        ),
    ),
    "seoullo-7017": PolicyContent(
        title_es="Seoullo 7017, jardín elevado",
        summary_es="Un paso elevado vial de 1970 junto a la estación de Seúl convertido en jardín peatonal, abierto "
        "en 2017.",
        background=Text(
            "The Seoul Station overpass, built in 1970, was found structurally unsafe and had to be closed to cars in "
            "2015. Demolishing it was one option, but the city saw a chance to reconnect neighbourhoods divided by "
            "the railway around Seoul Station. The area around the station was run down and hostile to pedestrians.",
            "1970년 건설된 서울역 고가도로는 안전진단에서 위험 판정을 받아 2015년 차량 통행을 막아야 했습니다. 철거도 "
            "방법이었지만, 시는 서울역 주변 철도로 단절된 동네를 다시 잇는 기회로 보았습니다. 역 주변은 낙후되고 "
            "보행자에게 불편했습니다.",
            "El paso elevado de la estación de Seúl, construido en 1970, se declaró estructuralmente inseguro y tuvo "
            "que cerrarse a los autos en 2015. Demolerlo era una opción, pero la ciudad vio la oportunidad de volver "
            "a unir barrios separados por las vías del tren alrededor de la estación. El entorno de la estación "
            "estaba degradado y era hostil para los peatones.",
        ),
        goals=Text(
            "Turn the overpass into a pedestrian walkway and garden that connects neighbourhoods on both sides of the "
            "railway. Revitalise the area around Seoul Station and give the city centre a new green public space.",
            "고가도로를 철도 양쪽 동네를 잇는 보행로이자 정원으로 바꾸는 것이 목표였습니다. 서울역 일대를 활성화하고 "
            "도심에 새로운 녹색 공공 공간을 만들고자 했습니다.",
            "Convertir el paso elevado en un paseo peatonal y jardín que una los barrios a ambos lados de las vías. "
            "Revitalizar el entorno de la estación de Seúl y dar al centro un nuevo espacio público verde.",
        ),
        implementation=Text(
            "An international competition chose a design by the Dutch firm MVRDV: a walkway lined with plants of "
            "hundreds of species in round planters, arranged in Korean alphabetical order. The structure was "
            "reinforced, new stairs, lifts and bridges connected it to surrounding buildings and streets, and cafés "
            "and small venues were added. It opened in May 2017; its name combines 1970 and 2017, and the 17 walkways "
            "that link to it.",
            "국제 공모로 네덜란드 MVRDV의 설계가 선정되어, 수백 종의 식물을 가나다순으로 배치한 원형 화분이 늘어선 "
            "보행로가 만들어졌습니다. 구조물을 보강하고 새 계단, 엘리베이터, 연결 다리로 주변 건물과 거리를 이었으며, "
            "카페와 작은 공간을 더했습니다. 2017년 5월 개장했으며, 이름은 1970년과 2017년, 그리고 연결된 17개의 "
            "보행길을 뜻합니다.",
            "Un concurso internacional eligió un diseño del estudio neerlandés MVRDV: un paseo bordeado de maceteros "
            "circulares con plantas de cientos de especies, ordenadas según el alfabeto coreano. Se reforzó la "
            "estructura, nuevas escaleras, ascensores y pasarelas la conectaron con los edificios y calles del "
            "entorno, y se añadieron cafés y pequeños espacios. Abrió en mayo de 2017; su nombre combina 1970 y 2017, "
            "y los 17 caminos que se conectan con él.",
        ),
        difficulties=Text(
            "Merchants of the nearby Namdaemun market and some drivers opposed closing the overpass, fearing traffic "
            "and lost customers; the city changed traffic plans and promised connections to the market. Critics found "
            "the concrete walkway hot and lacking shade in summer, and planters had to be adapted after opening.",
            "인근 남대문시장 상인과 일부 운전자는 교통 혼잡과 손님 감소를 우려해 고가도로 폐쇄에 반대했고, 시는 교통 "
            "대책을 바꾸고 시장과의 연결을 약속했습니다. 콘크리트 보행로가 여름에 덥고 그늘이 부족하다는 비판이 있어 "
            "개장 후 화분과 시설을 보완했습니다.",
            "Los comerciantes del cercano mercado de Namdaemun y algunos conductores se opusieron al cierre por temor "
            "al tráfico y a perder clientes; la ciudad modificó los planes de tránsito y prometió conexiones con el "
            "mercado. Hubo críticas porque el paseo de hormigón era caluroso y tenía poca sombra en verano, y tras la "
            "apertura hubo que adaptar maceteros e instalaciones.",
        ),
        outcomes=Text(
            "Seoullo 7017 became a popular walking route and landmark, drawing pedestrians into an area that had been "
            "dominated by cars. It is part of the wider regeneration of the Seoul Station area and an example of "
            "reusing, rather than demolishing, ageing road infrastructure.",
            "서울로 7017은 자동차가 지배하던 지역에 보행자를 끌어들인 인기 있는 산책로이자 명소가 되었습니다. 서울역 "
            "일대 재생의 일부이며, 노후 도로 시설을 철거하지 않고 재활용한 사례입니다.",
            "Seoullo 7017 se convirtió en un paseo popular y un hito urbano que atrae peatones a una zona antes "
            "dominada por los autos. Forma parte de la regeneración más amplia del entorno de la estación de Seúl y "
            "es un ejemplo de reutilizar, en lugar de demoler, infraestructura vial envejecida.",
        ),
    ),
    "land-readjustment": PolicyContent(
        title_es="Reajuste de suelos para el desarrollo urbano",
        summary_es="Los propietarios ceden parte de su terreno para calles y equipamientos públicos a cambio de lotes "
        "urbanizados; fue la principal herramienta de Seúl para su expansión al sur del río Han.",
        background=Text(
            "In the 1960s Seoul's population was growing very fast, and the city lacked the money to buy land for "
            "roads, schools and parks on its fringes. Farmland south of the Han River was divided into irregular "
            "plots without access or services. A tool was needed to urbanise large areas without large public "
            "expenditure.",
            "1960년대 서울의 인구는 매우 빠르게 늘었지만, 시에는 외곽에 도로, 학교, 공원을 위한 땅을 살 돈이 "
            "없었습니다. 한강 남쪽의 농지는 진입로도 기반시설도 없는 불규칙한 필지로 나뉘어 있었습니다. 큰 공공 지출 "
            "없이 넓은 지역을 도시화할 수단이 필요했습니다.",
            "En los años sesenta la población de Seúl crecía muy rápido y la ciudad no tenía dinero para comprar "
            "suelo para calles, escuelas y parques en su periferia. Las tierras agrícolas al sur del río Han estaban "
            "divididas en parcelas irregulares sin acceso ni servicios. Hacía falta una herramienta para urbanizar "
            "grandes áreas sin un gran gasto público.",
        ),
        goals=Text(
            "Reorganise irregular plots into a planned urban layout with roads and public facilities, financed by the "
            "increase in land value. Keep landowners on their land, as owners of smaller but serviced and more "
            "valuable plots.",
            "불규칙한 필지를 도로와 공공시설을 갖춘 계획적인 도시 구조로 재편하고, 그 비용을 땅값 상승으로 충당하는 "
            "것이 목표였습니다. 토지 소유자는 면적은 줄지만 기반시설을 갖춰 가치가 오른 땅의 주인으로 남게 했습니다.",
            "Reorganizar parcelas irregulares en un trazado urbano planificado con calles y equipamientos, financiado "
            "con el aumento del valor del suelo. Mantener a los propietarios en su tierra, como dueños de lotes más "
            "pequeños pero urbanizados y más valiosos.",
        ),
        implementation=Text(
            "In each project area, landowners contributed a share of their land: part for roads, parks and public "
            "facilities, and part ('reserved land') sold to pay for the works. The remaining land was redrawn into "
            "regular, serviced plots returned to the owners in proportion to their original holdings. Seoul used this "
            "method from the 1960s to the 1980s, most notably for the development of Gangnam.",
            "사업 지역마다 토지 소유자는 땅의 일부를 내놓았는데, 일부는 도로, 공원, 공공시설 용지로, 일부는 공사비를 "
            "마련하기 위해 파는 체비지로 쓰였습니다. 나머지 땅은 반듯하고 기반시설을 갖춘 필지로 다시 나누어 원래 "
            "소유 비율에 따라 소유자에게 돌려주었습니다. 서울은 1960년대부터 1980년대까지 이 방식을 썼고, 특히 강남 "
            "개발에 활용했습니다.",
            "En cada área de proyecto, los propietarios aportaban una parte de su terreno: una porción para calles, "
            "parques y equipamientos, y otra ('suelo reservado') que se vendía para pagar las obras. El resto se "
            "redibujaba en lotes regulares y urbanizados que se devolvían a los dueños en proporción a lo que tenían. "
            "Seúl usó este método de los años sesenta a los ochenta, sobre todo para el desarrollo de Gangnam.",
        ),
        difficulties=Text(
            "Rapid increases in land values fuelled speculation and concentrated gains among landowners, while "
            "tenants and farmers without land gained little. Projects focused on roads and plots and often provided "
            "too few parks and schools. The method depends on rising land prices and works less well in slow-growing "
            "areas.",
            "급격한 땅값 상승은 투기를 부추기고 이익을 토지 소유자에게 집중시켰으며, 땅 없는 세입자와 농민은 얻은 "
            "것이 적었습니다. 사업이 도로와 필지에 집중되어 공원과 학교가 부족한 경우가 많았습니다. 이 방식은 땅값 "
            "상승에 의존하므로 성장이 느린 지역에서는 효과가 떨어집니다.",
            "El rápido aumento del valor del suelo alimentó la especulación y concentró las ganancias en los "
            "propietarios, mientras que los inquilinos y campesinos sin tierra ganaron poco. Los proyectos se "
            "centraban en calles y lotes y a menudo dejaban pocos parques y escuelas. El método depende del alza del "
            "precio del suelo y funciona peor en zonas de crecimiento lento.",
        ),
        outcomes=Text(
            "Land readjustment urbanised a large part of today's Seoul, including most of Gangnam, with little public "
            "money. It remains a reference for cities that must service fast-growing peripheries, and its lessons on "
            "value capture and public facilities are shared in Seoul's urban planning consulting.",
            "토지구획정리사업은 적은 공공 재원으로 강남 대부분을 포함한 오늘날 서울의 상당 부분을 도시화했습니다. "
            "빠르게 커지는 외곽에 기반시설을 공급해야 하는 도시들에 여전히 참고가 되며, 개발이익 환수와 공공시설에 "
            "관한 교훈은 서울의 도시계획 자문에서 공유되고 있습니다.",
            "El reajuste de suelos urbanizó buena parte de la Seúl actual, incluido casi todo Gangnam, con poco "
            "dinero público. Sigue siendo una referencia para ciudades que deben dotar de servicios a periferias de "
            "rápido crecimiento, y sus lecciones sobre captura de plusvalías y equipamientos se comparten en las "
            "consultorías de planificación urbana de Seúl.",
        ),
    ),
    # Culture & tourism
    "hangang-parks": PolicyContent(
        title_es="Parques del río Han",
        summary_es="Parques ribereños a lo largo del río Han con ciclovías, piscinas, festivales y transporte fluvial.",
        background=Text(
            "The Han River, crossing Seoul from east to west, was for decades polluted, prone to floods and cut off "
            "from the city by roads and embankments. Its banks were sand and gravel flats used for extraction. The "
            "river was a barrier rather than a public space.",
            "서울을 동서로 가로지르는 한강은 수십 년 동안 오염되고 홍수가 잦았으며, 도로와 제방으로 도시와 단절되어 "
            "있었습니다. 강변은 골재 채취에 쓰이는 모래와 자갈밭이었고, 한강은 공공 공간이 아니라 장벽이었습니다.",
            "El río Han, que cruza Seúl de este a oeste, estuvo durante décadas contaminado, expuesto a inundaciones "
            "y separado de la ciudad por carreteras y diques. Sus orillas eran playas de arena y grava dedicadas a la "
            "extracción. El río era una barrera y no un espacio público.",
        ),
        goals=Text(
            "Control floods, clean the river and turn its banks into parks open to all citizens. Connect the "
            "neighbourhoods to the river and use it for sports, culture and transport.",
            "홍수를 막고 강을 깨끗하게 하며 강변을 모든 시민에게 열린 공원으로 만드는 것이 목표입니다. 동네를 강과 "
            "잇고 강을 체육, 문화, 교통에 활용하고자 했습니다.",
            "Controlar las inundaciones, limpiar el río y convertir sus orillas en parques abiertos a toda la "
            "ciudadanía. Conectar los barrios con el río y usarlo para el deporte, la cultura y el transporte.",
        ),
        implementation=Text(
            "The Han River Comprehensive Development project (1982-1986) regulated the riverbed, built interceptor "
            "sewers and treatment plants, and created riverside parks along both banks before the 1986 Asian Games. "
            "Later programmes added continuous cycle paths, swimming pools, ecological parks, festivals and water "
            "taxis, and improved walking access through tunnels and bridges across the riverside expressways.",
            "한강종합개발사업(1982~1986)은 1986년 아시안게임을 앞두고 하상을 정비하고 차집관로와 하수처리장을 "
            "만들었으며, 양안에 한강공원을 조성했습니다. 이후 사업으로 연속된 자전거길, 수영장, 생태공원, 축제, "
            "수상택시가 더해졌고, 강변도로를 가로지르는 나들목과 다리로 보행 접근성을 높였습니다.",
            "El proyecto de Desarrollo Integral del Río Han (1982-1986) reguló el cauce, construyó colectores "
            "interceptores y plantas de tratamiento, y creó parques ribereños en ambas orillas antes de los Juegos "
            "Asiáticos de 1986. Programas posteriores sumaron ciclovías continuas, piscinas, parques ecológicos, "
            "festivales y taxis acuáticos, y mejoraron el acceso peatonal con pasos y puentes sobre las autopistas "
            "ribereñas.",
        ),
        difficulties=Text(
            "The 1980s works produced concrete embankments with little ecological value, which later projects have "
            "been partly renaturalising. Riverside expressways still separate many neighbourhoods from the parks, and "
            "floods regularly damage park facilities.",
            "1980년대 공사는 생태적 가치가 낮은 콘크리트 호안을 남겨, 이후 사업에서 일부를 자연형으로 되돌리고 "
            "있습니다. 강변도로는 여전히 많은 동네를 공원과 갈라놓고 있으며, 홍수로 공원 시설이 자주 피해를 입습니다.",
            "Las obras de los años ochenta dejaron riberas de hormigón de poco valor ecológico, que proyectos "
            "posteriores han ido renaturalizando en parte. Las autopistas ribereñas aún separan muchos barrios de los "
            "parques, y las crecidas dañan con frecuencia las instalaciones.",
        ),
        outcomes=Text(
            "The Han River parks are Seoul's largest public open space and attract residents and visitors all year "
            "for sport, rest and festivals. The river's water quality improved and its banks became the backbone of "
            "Seoul's cycling network.",
            "한강공원은 서울에서 가장 큰 열린 공공 공간으로, 일 년 내내 시민과 방문객이 운동, 휴식, 축제를 즐깁니다. "
            "한강 수질이 개선되었고 강변은 서울 자전거 네트워크의 중심축이 되었습니다.",
            "Los parques del río Han son el mayor espacio público abierto de Seúl y atraen todo el año a vecinos y "
            "visitantes para el deporte, el descanso y los festivales. La calidad del agua mejoró y las orillas se "
            "convirtieron en el eje de la red ciclista de Seúl.",
        ),
    ),
    "seoul-city-wall": PolicyContent(
        title_es="Conservación y sendero de la Muralla de Seúl",
        summary_es="La muralla de 18,6 km de la era Joseon, restaurada y abierta como sendero.",
        background=Text(
            "The city wall built around Seoul at the founding of the Joseon capital in the late 14th century was "
            "partly destroyed during the 20th century by roads, tramlines and buildings. Many sections were hidden "
            "behind houses or inside military zones. The wall is a unique record of Seoul's history as a capital for "
            "more than six centuries.",
            "14세기 말 조선 도읍을 세울 때 서울을 둘러 쌓은 한양도성은 20세기에 도로, 전차선, 건물로 일부가 "
            "헐렸습니다. 여러 구간이 주택 뒤나 군사 지역 안에 가려져 있었습니다. 성곽은 600년 넘게 수도였던 서울의 "
            "역사를 보여 주는 유일한 기록입니다.",
            "La muralla levantada alrededor de Seúl al fundarse la capital Joseon a finales del siglo XIV fue "
            "destruida en parte durante el siglo XX por calles, líneas de tranvía y edificios. Muchos tramos quedaron "
            "ocultos tras casas o dentro de zonas militares. La muralla es un testimonio único de más de seis siglos "
            "de Seúl como capital.",
        ),
        goals=Text(
            "Conserve and restore the wall as a whole, reconnect its missing links where possible, and open it to "
            "citizens and visitors as a continuous walking trail. Involve the communities along the wall in its care.",
            "성곽 전체를 보존·복원하고 가능한 곳에서 끊긴 구간을 잇고, 시민과 방문객에게 연속된 순성길로 개방하는 "
            "것이 목표입니다. 성곽을 따라 사는 주민이 보존에 함께하도록 하고자 했습니다.",
            "Conservar y restaurar la muralla en su conjunto, reconectar donde sea posible los tramos perdidos y "
            "abrirla como sendero continuo a vecinos y visitantes. Involucrar en su cuidado a las comunidades que "
            "viven junto a ella.",
        ),
        implementation=Text(
            "From 2012 a conservation master plan and a dedicated office guided research, restoration and the "
            "purchase of buildings on top of the wall, and trail sections were reopened, including areas formerly "
            "closed for security. Signs, guides, a museum and walking programmes help visitors, and villages along "
            "the wall were included in regeneration projects.",
            "2012년부터 보존 종합계획과 전담 조직을 중심으로 조사, 복원, 성곽 위 건물 매입을 진행했으며, 보안 때문에 "
            "닫혀 있던 구간을 포함해 순성길을 다시 열었습니다. 안내판, 해설사, 박물관, 탐방 프로그램이 방문객을 돕고, "
            "성곽 마을은 도시재생 사업에 포함되었습니다.",
            "Desde 2012, un plan maestro de conservación y una oficina dedicada guiaron la investigación, la "
            "restauración y la compra de edificios levantados sobre la muralla, y se reabrieron tramos del sendero, "
            "incluidas zonas antes cerradas por seguridad. Señalización, guías, un museo y programas de caminatas "
            "ayudan a los visitantes, y las aldeas junto a la muralla se incluyeron en proyectos de regeneración.",
        ),
        difficulties=Text(
            "Some sections lie under roads and private buildings that cannot simply be removed, so the trail must "
            "bypass them. Restoration methods raised debates about authenticity, and more visitors bring pressure on "
            "residential neighbourhoods along the wall.",
            "일부 구간은 쉽게 없앨 수 없는 도로와 민간 건물 아래에 있어 순성길이 우회해야 합니다. 복원 방식은 진정성 "
            "논쟁을 낳았고, 늘어난 방문객은 성곽 주변 주거지에 부담을 줍니다.",
            "Algunos tramos están bajo calles y edificios privados que no pueden retirarse sin más, por lo que el "
            "sendero debe rodearlos. Los métodos de restauración generaron debates sobre la autenticidad, y el "
            "aumento de visitantes presiona a los barrios residenciales junto a la muralla.",
        ),
        outcomes=Text(
            "The wall trail around the historic city became one of Seoul's favourite walks, and the wall was placed "
            "on Korea's tentative list for UNESCO World Heritage. Its conservation is a reference for integrating "
            "heritage with living neighbourhoods.",
            "역사도심을 두르는 순성길은 서울에서 가장 사랑받는 걷기 길 가운데 하나가 되었고, 한양도성은 유네스코 "
            "세계유산 잠정목록에 올랐습니다. 보존 사업은 유산과 살아 있는 동네를 함께 가꾸는 본보기가 되었습니다.",
            "El sendero de la muralla alrededor de la ciudad histórica se convirtió en uno de los paseos favoritos de "
            "Seúl, y la muralla entró en la lista indicativa de Corea para el Patrimonio Mundial de la UNESCO. Su "
            "conservación es una referencia para integrar el patrimonio en barrios vivos.",
        ),
    ),
    "seoul-lantern-festival": PolicyContent(
        title_es="Festival de Linternas de Seúl en el Cheonggyecheon",
        summary_es="Festival anual de linternas a lo largo del arroyo restaurado que atrae visitantes al centro en "
        "invierno.",
        background=Text(
            "After the restoration of the Cheonggyecheon, the stream became a popular place in summer, but winter "
            "brought few visitors to the city centre and its shops. Seoul wanted events that would draw residents and "
            "tourists downtown in the cold season and showcase Korean traditional crafts.",
            "청계천 복원 이후 하천은 여름에는 인기 있는 장소가 되었지만, 겨울에는 도심과 상점을 찾는 사람이 "
            "적었습니다. 서울시는 추운 계절에 시민과 관광객을 도심으로 끌어들이고 한국 전통 공예를 알릴 행사를 "
            "원했습니다.",
            "Tras la restauración del Cheonggyecheon, el arroyo se volvió un lugar popular en verano, pero en "
            "invierno llegaban pocos visitantes al centro y a sus comercios. Seúl quería eventos que atrajeran a "
            "vecinos y turistas al centro en la estación fría y mostraran la artesanía tradicional coreana.",
        ),
        goals=Text(
            "Create a free winter festival along the stream that attracts visitors to the city centre, supports local "
            "businesses and promotes Korean lantern-making traditions.",
            "청계천을 따라 무료 겨울 축제를 열어 방문객을 도심으로 모으고, 지역 상권을 돕고, 한국 전통 등 제작 문화를 "
            "알리는 것이 목표입니다.",
            "Crear un festival de invierno gratuito a lo largo del arroyo que atraiga visitantes al centro, apoye a "
            "los comercios locales y promueva la tradición coreana de elaboración de linternas.",
        ),
        implementation=Text(
            "Since 2009 the festival has displayed large handmade lanterns along the stream every year, each edition "
            "with a theme, made by traditional craftspeople and artists, with lanterns contributed by cities and "
            "countries abroad. The city's tourism organisation runs it, with crowd management and safety plans along "
            "the narrow banks.",
            "2009년부터 해마다 주제를 정해 전통 장인과 작가가 만든 대형 수제 등을 청계천에 전시하며, 해외 도시와 "
            "국가가 보낸 등도 함께 선보입니다. 시의 관광 기관이 운영하며, 좁은 하천변의 인파 관리와 안전 계획을 "
            "세웁니다.",
            "Desde 2009 el festival exhibe cada año grandes linternas hechas a mano a lo largo del arroyo, con un "
            "tema por edición, creadas por artesanos tradicionales y artistas, junto con linternas aportadas por "
            "ciudades y países extranjeros. Lo organiza la entidad de turismo de la ciudad, con planes de seguridad y "
            "de gestión de multitudes en las estrechas riberas.",
        ),
        difficulties=Text(
            "The narrow walkways along the stream can become crowded, requiring one-way routes and staff to manage "
            "the flow. Keeping the festival attractive year after year demands new themes and partners, and similar "
            "festivals in other cities compete for visitors.",
            "하천변 보행로가 좁아 혼잡해질 수 있어 일방통행 동선과 안내 인력이 필요합니다. 해마다 매력을 유지하려면 "
            "새로운 주제와 협력자가 필요하며, 다른 도시의 비슷한 축제와도 경쟁해야 합니다.",
            "Los estrechos paseos junto al arroyo pueden saturarse, por lo que se necesitan recorridos de un solo "
            "sentido y personal para ordenar el flujo. Mantener el festival atractivo año tras año exige nuevos temas "
            "y socios, y festivales similares en otras ciudades compiten por los visitantes.",
        ),
        outcomes=Text(
            "The festival became one of Seoul's best-known winter events, bringing large crowds to the city centre "
            "every year. It extended the benefits of the Cheonggyecheon restoration to the winter season and to "
            "downtown businesses.",
            "축제는 서울의 대표적인 겨울 행사가 되어 해마다 많은 인파를 도심으로 불러 모읍니다. 청계천 복원의 효과를 "
            "겨울철과 도심 상권으로 넓혔습니다.",
            "El festival se convirtió en uno de los eventos invernales más conocidos de Seúl y atrae cada año a "
            "grandes multitudes al centro. Extendió los beneficios de la restauración del Cheonggyecheon a la "
            "temporada de invierno y a los comercios del centro.",
        ),
    ),
    # Economy & administration
    "participatory-budgeting": PolicyContent(
        title_es="Presupuesto participativo",
        summary_es="La ciudadanía propone y elige proyectos para una parte del presupuesto de la ciudad.",
        background=Text(
            "The city budget was prepared by departments and negotiated with the council, with little direct input "
            "from residents. Citizens knew local needs, such as a dangerous crossing or a missing playground, that "
            "did not reach the budget process. A national law encouraged local governments to involve residents in "
            "budgeting.",
            "시 예산은 부서가 편성하고 의회와 협의해 정했으며, 주민이 직접 참여할 여지는 거의 없었습니다. 위험한 "
            "횡단보도나 없는 놀이터처럼 주민이 잘 아는 지역의 필요는 예산 과정에 닿지 못했습니다. 국가 법령도 "
            "지방정부가 예산에 주민을 참여시키도록 권장했습니다.",
            "El presupuesto municipal lo preparaban los departamentos y lo negociaban con el concejo, con poca "
            "participación directa de los vecinos. La ciudadanía conocía necesidades locales, como un cruce peligroso "
            "o la falta de un parque infantil, que no llegaban al proceso presupuestario. Una ley nacional alentaba a "
            "los gobiernos locales a involucrar a los residentes en el presupuesto.",
        ),
        goals=Text(
            "Give citizens a real say over part of the city budget, from proposing projects to selecting them. Make "
            "budgeting more transparent and educate citizens about public finances.",
            "시민이 사업 제안부터 선정까지 시 예산의 일부에 실질적인 결정권을 갖게 하는 것이 목표입니다. 예산 과정을 "
            "더 투명하게 만들고 시민이 공공 재정을 이해하도록 돕고자 했습니다.",
            "Dar a la ciudadanía una voz real sobre una parte del presupuesto, desde la propuesta de proyectos hasta "
            "su selección. Hacer más transparente el proceso y formar a la ciudadanía en finanzas públicas.",
        ),
        implementation=Text(
            "Seoul introduced participatory budgeting by ordinance and held its first cycle in 2012. Residents submit "
            "proposals, a citizens' committee selected partly by lottery reviews them with officials, and the final "
            "choice combines the committee's evaluation with a public vote online and at general assemblies. Budget "
            "schools train committee members, and the progress of selected projects is published.",
            "서울시는 조례로 주민참여예산제를 도입해 2012년 첫 주기를 운영했습니다. 시민이 사업을 제안하면 일부를 "
            "추첨으로 뽑은 참여예산위원회가 공무원과 함께 검토하고, 최종 선정은 위원회 심사와 온라인·총회 시민 투표를 "
            "결합합니다. 예산학교가 위원을 교육하며 선정 사업의 진행 상황을 공개합니다.",
            "Seúl introdujo el presupuesto participativo por ordenanza y realizó su primer ciclo en 2012. Los vecinos "
            "presentan propuestas, un comité ciudadano elegido en parte por sorteo las revisa con los funcionarios y "
            "la elección final combina la evaluación del comité con una votación pública en línea y en asambleas. "
            "Escuelas de presupuesto forman a los miembros del comité y se publica el avance de los proyectos "
            "elegidos.",
        ),
        difficulties=Text(
            "Proposals tend to be small local works, and linking participation to larger strategic choices took "
            "several reforms. Organised groups can dominate votes, which the lottery selection of committee members "
            "and outreach to under-represented groups try to balance. Departments sometimes saw the process as extra "
            "work.",
            "제안은 소규모 지역 사업에 치우치기 쉬워, 참여를 더 큰 전략적 선택과 연결하는 데 여러 차례 개편이 "
            "필요했습니다. 조직된 집단이 투표를 좌우할 수 있어 추첨식 위원 선정과 참여가 적은 집단에 대한 홍보로 "
            "균형을 맞춥니다. 부서는 이 과정을 추가 업무로 여기기도 했습니다.",
            "Las propuestas suelen ser pequeñas obras locales, y vincular la participación con decisiones "
            "estratégicas mayores requirió varias reformas. Los grupos organizados pueden dominar las votaciones, "
            "algo que el sorteo de los miembros del comité y la difusión hacia grupos poco representados buscan "
            "equilibrar. Algunos departamentos veían el proceso como trabajo adicional.",
        ),
        outcomes=Text(
            "Participatory budgeting became an annual fixture of Seoul's budget, funding many projects proposed by "
            "residents, and was extended to districts and schools. It is shared with partner cities interested in "
            "participatory governance.",
            "주민참여예산은 서울 예산의 연례 과정으로 자리 잡아 주민이 제안한 많은 사업에 재원을 주었고, 자치구와 "
            "학교로 확대되었습니다. 참여형 거버넌스에 관심 있는 협력 도시들과 공유되고 있습니다.",
            "El presupuesto participativo se volvió un componente anual del presupuesto de Seúl, financió muchos "
            "proyectos propuestos por los vecinos y se extendió a los distritos y a las escuelas. Se comparte con "
            "ciudades socias interesadas en la gobernanza participativa.",
        ),
    ),
    "sharing-city-seoul": PolicyContent(
        title_es="Seúl Ciudad Compartida",
        summary_es="Apoyo a las empresas de la economía colaborativa y apertura de espacios y bienes públicos para su "
        "uso compartido.",
        background=Text(
            "Seoul faced housing shortages, traffic, waste and weakening community ties, while many resources, rooms, "
            "cars, tools, public buildings at night, stood unused. Online platforms made sharing easier but legal "
            "rules often did not allow it. The city saw sharing as a way to solve urban problems with existing "
            "resources.",
            "서울은 주택 부족, 교통, 쓰레기, 약해진 공동체 관계라는 문제를 안고 있었지만, 방, 자동차, 공구, 밤의 "
            "공공건물처럼 쓰이지 않는 자원이 많았습니다. 온라인 플랫폼으로 공유가 쉬워졌지만 법규가 이를 허용하지 "
            "않는 경우가 많았습니다. 시는 공유를 기존 자원으로 도시 문제를 푸는 방법으로 보았습니다.",
            "Seúl enfrentaba escasez de vivienda, tráfico, residuos y un debilitamiento de los lazos comunitarios, "
            "mientras muchos recursos —habitaciones, autos, herramientas, edificios públicos de noche— quedaban sin "
            "uso. Las plataformas en línea facilitaban compartir, pero las normas a menudo no lo permitían. La ciudad "
            "vio en el compartir una forma de resolver problemas urbanos con los recursos existentes.",
        ),
        goals=Text(
            "Make Seoul a city where sharing is easy, by opening public spaces and assets, supporting sharing "
            "enterprises and removing regulatory obstacles. Restore community ties and reduce waste and consumption.",
            "공공 공간과 자원을 개방하고 공유기업을 지원하며 규제 장애물을 없애 공유가 쉬운 도시를 만드는 것이 "
            "목표입니다. 공동체 관계를 회복하고 낭비와 소비를 줄이고자 했습니다.",
            "Hacer de Seúl una ciudad donde compartir sea fácil, abriendo espacios y bienes públicos, apoyando a las "
            "empresas colaborativas y eliminando obstáculos normativos. Recuperar los lazos comunitarios y reducir el "
            "desperdicio y el consumo.",
        ),
        implementation=Text(
            "Seoul declared itself a Sharing City in 2012 and adopted an ordinance to promote sharing. The city "
            "designates and supports sharing enterprises and organisations, opens meeting rooms and car parks of "
            "public buildings to citizens, and runs programmes such as Nanum Car, tool libraries, shared children's "
            "clothes and intergenerational home sharing between older homeowners and students. A sharing hub "
            "publishes information on all services.",
            "서울시는 2012년 공유도시를 선언하고 공유 촉진 조례를 제정했습니다. 공유기업과 단체를 지정·지원하고, "
            "공공건물의 회의실과 주차장을 시민에게 개방하며, 나눔카, 공구도서관, 아이 옷 공유, 어르신 집주인과 "
            "대학생의 세대 융합형 주거 공유 같은 사업을 운영합니다. 공유허브가 모든 서비스 정보를 제공합니다.",
            "Seúl se declaró Ciudad Compartida en 2012 y aprobó una ordenanza para promover el compartir. La ciudad "
            "designa y apoya a empresas y organizaciones colaborativas, abre a la ciudadanía las salas de reuniones y "
            "los aparcamientos de edificios públicos, y gestiona programas como Nanum Car, bibliotecas de "
            "herramientas, ropa infantil compartida y viviendas compartidas entre personas mayores propietarias y "
            "estudiantes. Un portal central informa sobre todos los servicios.",
        ),
        difficulties=Text(
            "Some sharing services conflicted with national laws and with established businesses, for example in "
            "ride-hailing and short-term rentals, which the city could not regulate alone. Small sharing enterprises "
            "often struggled to become financially sustainable once subsidies ended.",
            "일부 공유 서비스는 승차 공유나 단기 숙박처럼 국가 법령, 기존 업계와 충돌했고, 시 혼자서는 이를 규율할 수 "
            "없었습니다. 소규모 공유기업은 지원이 끝난 뒤 재정적으로 자립하기 어려운 경우가 많았습니다.",
            "Algunos servicios entraban en conflicto con leyes nacionales y con empresas establecidas, por ejemplo en "
            "el transporte por aplicación y los alquileres de corta duración, que la ciudad no podía regular sola. "
            "Las pequeñas empresas colaborativas a menudo no lograban sostenerse cuando terminaban los subsidios.",
        ),
        outcomes=Text(
            "Sharing City Seoul made public spaces and assets more widely used and gave rise to dozens of sharing "
            "services, some of which became everyday options. It drew international attention as one of the first "
            "city-wide sharing strategies and inspired similar programmes elsewhere.",
            "공유도시 서울은 공공 공간과 자원의 활용을 넓히고 수십 가지 공유 서비스를 낳았으며, 그 일부는 일상적인 "
            "선택지가 되었습니다. 도시 차원의 첫 공유 전략 가운데 하나로 국제적인 주목을 받았고 다른 도시의 비슷한 "
            "사업에 영감을 주었습니다.",
            "Seúl Ciudad Compartida amplió el uso de espacios y bienes públicos y dio lugar a decenas de servicios "
            "colaborativos, algunos de los cuales se volvieron opciones cotidianas. Atrajo atención internacional "
            "como una de las primeras estrategias de ciudad compartida y sirvió de inspiración a programas similares "
            "en otras ciudades.",
        ),
    ),
    "social-economy-support": PolicyContent(
        title_es="Apoyo a la economía social",
        summary_es="Centros de apoyo, fondos de préstamo y compra pública para empresas sociales y cooperativas.",
        background=Text(
            "Low growth, precarious jobs and an ageing population left many people outside the labour market and "
            "local needs for care and services unmet. Social enterprises and cooperatives, allowed by Korea's laws of "
            "2007 and 2012, could combine jobs with social services but lacked capital, markets and know-how. The "
            "city saw the social economy as a way to create decent local jobs.",
            "저성장, 불안정한 일자리, 고령화로 많은 사람이 노동시장 밖에 놓였고 돌봄과 생활 서비스에 대한 지역의 "
            "필요는 채워지지 않았습니다. 2007년과 2012년 법으로 가능해진 사회적기업과 협동조합은 일자리와 "
            "사회서비스를 함께 만들 수 있었지만 자본, 시장, 경험이 부족했습니다. 시는 사회적경제를 괜찮은 지역 "
            "일자리를 만드는 방법으로 보았습니다.",
            "El bajo crecimiento, el empleo precario y el envejecimiento dejaron a mucha gente fuera del mercado "
            "laboral y sin cubrir necesidades locales de cuidados y servicios. Las empresas sociales y las "
            "cooperativas, permitidas por las leyes coreanas de 2007 y 2012, podían combinar empleo y servicios "
            "sociales, pero les faltaban capital, mercados y conocimientos. La ciudad vio en la economía social una "
            "forma de crear empleo local digno.",
        ),
        goals=Text(
            "Build an ecosystem in which social enterprises, cooperatives and community businesses can start, grow "
            "and sustain themselves. Create jobs for vulnerable groups and meet local needs through the social "
            "economy.",
            "사회적기업, 협동조합, 마을기업이 창업하고 성장하며 자립할 수 있는 생태계를 만드는 것이 목표입니다. "
            "취약계층의 일자리를 만들고 사회적경제로 지역의 필요를 채우고자 했습니다.",
            "Construir un ecosistema en el que empresas sociales, cooperativas y empresas comunitarias puedan nacer, "
            "crecer y sostenerse. Crear empleo para grupos vulnerables y atender necesidades locales mediante la "
            "economía social.",
        ),
        implementation=Text(
            "From 2012 the city set up a social economy support centre and district intermediary organisations "
            "offering advice, training and office space, and created a social investment fund managed by private "
            "intermediaries for loans. Public bodies were encouraged to buy from social economy organisations, and a "
            "network of social economy organisations helps them cooperate and sell.",
            "2012년부터 시는 사회적경제지원센터와 자치구 중간지원조직을 만들어 상담, 교육, 사무 공간을 제공하고, 민간 "
            "중개기관이 운용하는 사회투자기금으로 융자했습니다. 공공기관이 사회적경제 조직의 제품을 구매하도록 "
            "장려했고, 사회적경제 조직의 연결망이 협력과 판로를 돕습니다.",
            "Desde 2012 la ciudad creó un centro de apoyo a la economía social y organizaciones intermediarias en los "
            "distritos que ofrecen asesoría, formación y oficinas, y un fondo de inversión social gestionado por "
            "intermediarios privados para otorgar préstamos. Se alentó a los organismos públicos a comprar a "
            "organizaciones de la economía social, y una red de estas organizaciones les ayuda a cooperar y vender.",
        ),
        difficulties=Text(
            "Many organisations depended on public purchases and subsidies, and some closed when support ended. "
            "Measuring social value is difficult, and critics questioned the efficiency of public spending on "
            "intermediaries. Later administrations reduced parts of the support, showing the risk of depending on one "
            "policy cycle.",
            "많은 조직이 공공구매와 보조금에 의존했고 지원이 끝나자 문을 닫은 곳도 있었습니다. 사회적 가치를 측정하기 "
            "어렵고, 중간지원조직에 대한 공공 지출의 효율성에 의문이 제기되었습니다. 이후 시정에서 지원 일부가 "
            "축소되면서 하나의 정책 주기에 의존하는 위험이 드러났습니다.",
            "Muchas organizaciones dependían de las compras públicas y los subsidios, y algunas cerraron al terminar "
            "el apoyo. Medir el valor social es difícil, y se cuestionó la eficiencia del gasto público en "
            "intermediarios. Administraciones posteriores redujeron parte del apoyo, lo que mostró el riesgo de "
            "depender de un solo ciclo político.",
        ),
        outcomes=Text(
            "The number of social enterprises and cooperatives in Seoul grew strongly in the 2010s, creating jobs in "
            "care, recycling, housing repair and other local services. Seoul's support model, especially the social "
            "investment fund, is cited as an example of city-led social economy policy.",
            "2010년대 서울의 사회적기업과 협동조합 수는 크게 늘어 돌봄, 재활용, 집수리 등 지역 서비스 분야에서 "
            "일자리를 만들었습니다. 서울의 지원 모델, 특히 사회투자기금은 도시 주도 사회적경제 정책의 사례로 "
            "인용됩니다.",
            "El número de empresas sociales y cooperativas en Seúl creció con fuerza en la década de 2010 y generó "
            "empleo en cuidados, reciclaje, reparación de viviendas y otros servicios locales. El modelo de apoyo de "
            "Seúl, sobre todo el fondo de inversión social, se cita como ejemplo de política de economía social "
            "impulsada por una ciudad.",
        ),
    ),
    "small-business-credit-guarantee": PolicyContent(
        title_es="Garantías de crédito para pequeñas empresas",
        summary_es="Una fundación de la ciudad garantiza préstamos bancarios a pequeñas empresas que carecen de "
        "garantías.",
        background=Text(
            "Small shop owners and micro-enterprises make up a large part of Seoul's economy, but banks lend to them "
            "only against collateral they often do not have. After the 1997 Asian financial crisis many small "
            "businesses lost access to credit. Without affordable loans they turn to expensive informal lenders.",
            "소상공인과 영세 기업은 서울 경제의 큰 부분을 차지하지만, 은행은 이들이 갖추지 못한 담보를 요구합니다. "
            "1997년 외환위기 이후 많은 소상공인이 대출을 받지 못하게 되었고, 적정한 대출이 없으면 비싼 사금융에 "
            "의존하게 됩니다.",
            "Los pequeños comerciantes y las microempresas son una parte grande de la economía de Seúl, pero los "
            "bancos solo les prestan contra garantías que a menudo no tienen. Tras la crisis financiera asiática de "
            "1997, muchas pequeñas empresas perdieron el acceso al crédito. Sin préstamos asequibles recurren a "
            "prestamistas informales caros.",
        ),
        goals=Text(
            "Give small businesses without collateral access to bank loans at reasonable cost by guaranteeing them, "
            "and help them through crises. Combine finance with advice so that businesses survive and grow.",
            "담보가 없는 소상공인이 보증을 통해 합리적인 비용으로 은행 대출을 받고 위기를 넘기도록 돕는 것이 "
            "목표입니다. 금융과 컨설팅을 결합해 사업체가 살아남고 성장하게 하고자 했습니다.",
            "Dar a las pequeñas empresas sin garantías acceso a préstamos bancarios a un costo razonable mediante "
            "avales, y ayudarlas a atravesar las crisis. Combinar financiamiento con asesoría para que los negocios "
            "sobrevivan y crezcan.",
        ),
        implementation=Text(
            "The Seoul Credit Guarantee Foundation, established in 1999 with contributions from the city, the "
            "national government and banks, assesses small businesses and guarantees most of their bank loans. The "
            "city adds interest subsidies through its small business development fund, and the foundation offers "
            "consulting, training and emergency loans in crises such as the COVID-19 pandemic.",
            "시, 정부, 은행의 출연으로 1999년 설립된 서울신용보증재단은 소상공인을 심사해 은행 대출의 대부분을 "
            "보증합니다. 시는 중소기업육성자금으로 이자를 지원하고, 재단은 컨설팅, 교육, 코로나19 같은 위기 때의 긴급 "
            "자금을 제공합니다.",
            "La Fundación de Garantía de Crédito de Seúl, creada en 1999 con aportes de la ciudad, el gobierno "
            "nacional y los bancos, evalúa a las pequeñas empresas y garantiza la mayor parte de sus préstamos "
            "bancarios. La ciudad agrega subsidios de intereses con su fondo de desarrollo de pequeñas empresas, y la "
            "fundación ofrece asesoría, formación y préstamos de emergencia en crisis como la pandemia de COVID-19.",
        ),
        difficulties=Text(
            "Guarantees carry default risk, and defaults rise during downturns, requiring new contributions to keep "
            "the fund solvent. Assessing micro-businesses without financial statements needs local knowledge and "
            "field visits.",
            "보증에는 부실 위험이 따르고 경기 침체기에는 부실이 늘어 기금 건전성을 유지하려면 추가 출연이 필요합니다. "
            "재무제표가 없는 영세 사업체를 심사하려면 지역 사정에 밝아야 하고 현장 방문이 필요합니다.",
            "Las garantías conllevan riesgo de impago, que aumenta en las recesiones y exige nuevos aportes para "
            "mantener la solvencia del fondo. Evaluar a microempresas sin estados financieros requiere conocimiento "
            "local y visitas de campo.",
        ),
        outcomes=Text(
            "The foundation has guaranteed loans for hundreds of thousands of small businesses in Seoul and was a "
            "main channel of emergency support during economic crises. Its combination of guarantees, interest "
            "support and consulting is a model for cities seeking to widen access to credit.",
            "재단은 서울의 수십만 소상공인의 대출을 보증했으며 경제 위기 때 긴급 지원의 주요 통로였습니다. 보증, 이자 "
            "지원, 컨설팅을 결합한 방식은 금융 접근성을 넓히려는 도시들의 본보기입니다.",
            "La fundación ha garantizado préstamos a cientos de miles de pequeñas empresas de Seúl y fue un canal "
            "principal de apoyo de emergencia durante las crisis económicas. Su combinación de garantías, apoyo a "
            "intereses y asesoría es un modelo para ciudades que buscan ampliar el acceso al crédito.",
        ),
    ),
}
