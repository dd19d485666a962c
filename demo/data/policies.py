"""Seoul policy modules for the demo archive: policies Seoul is publicly known for, in the 11 sectors.

Titles, years and figures are from public accounts of the policies (Seoul Solution, the ICLEI case
study); summaries are short paraphrases written for the demo.
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
