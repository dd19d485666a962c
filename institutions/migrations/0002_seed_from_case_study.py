"""The institutions and Seoul's profile as ICLEI case study #198 (December 2017) tells them; staff edit them later."""

from decimal import Decimal

from django.db import migrations

SOURCE = "ICLEI Case Study #198 (December 2017)"

# (key, name, name_ko, name_es, acronym, kind, parent key, role)
ORGANISATIONS = [
    (
        "smg-gupd",
        "SMG Global Urban Partnership Division",
        "서울시 글로벌도시정책관 국제협력과",
        "División de Alianzas Urbanas Globales del GMS",
        "",
        "smg_division",
        "",
        "Leads the Global Urban Policy Sharing initiative; created in 2015 to provide knowledge transfer "
        "systematically (the Division of International Exchange facilitated policy exchanges from 2012 to 2015).",
    ),
    (
        "sh-corporation",
        "Seoul Housing & Communities Corporation (SH Corporation)",
        "서울주택도시공사",
        "Corporación de Vivienda y Comunidades de Seúl (SH)",
        "SH",
        "public_corporation",
        "",
        "Seoul's public housing and urban development corporation; SUSA works under it.",
    ),
    (
        "susa",
        "Seoul Urban Solutions Agency",
        "서울도시솔루션센터",
        "Agencia de Soluciones Urbanas de Seúl",
        "SUSA",
        "agency",
        "sh-corporation",
        "Provides expertise and direct support in consultation to participating local governments, localises "
        "Seoul's policies and collaborates with the public sector, private corporations and financial institutions.",
    ),
    (
        "spcg",
        "Seoul Policy Consulting Group",
        "서울정책자문단",
        "Grupo de Consultoría de Políticas de Seúl",
        "",
        "expert_group",
        "susa",
        "A pool of more than 70 experts formed by SUSA: former and current officials, researchers and concerned "
        "parties with extensive urban development policy knowledge.",
    ),
    (
        "seoul-institute",
        "The Seoul Institute",
        "서울연구원",
        "Instituto de Seúl",
        "SI",
        "think_tank",
        "",
        "A think tank founded by Seoul Metropolitan Government; backs the theories and technical information of "
        "the policies with professional research.",
    ),
]

INTRODUCTION = (
    "Through its Global Urban Policy Sharing initiative, Seoul Metropolitan Government has developed a cooperation "
    "mechanism which enables cities from all over the world to receive policy and implementation support. Seoul "
    "grew from 2 million to 10 million inhabitants between the 1960s and the 1990s; the knowledge and lessons of "
    "that rapid development path are what it shares, so that partner cities can reduce trial-and-error costs and "
    "time and leapfrog to the next level of development."
)
INTRODUCTION_KO = (
    "서울시는 글로벌 도시정책 공유 사업을 통해 전 세계 도시가 정책과 이행 지원을 받을 수 있는 협력 체계를 만들었습니다. "
    "서울의 인구는 1960년대부터 1990년대 사이에 200만 명에서 1,000만 명으로 늘었으며, 서울은 이 급속한 발전 과정에서 "
    "얻은 지식과 교훈을 공유하여 파트너 도시가 시행착오의 비용과 시간을 줄이고 다음 발전 단계로 도약할 수 있도록 돕습니다."
)
INTRODUCTION_ES = (
    "A través de su iniciativa de Intercambio Global de Políticas Urbanas, el Gobierno Metropolitano de Seúl ha "
    "creado un mecanismo de cooperación que permite a ciudades de todo el mundo recibir apoyo en políticas y en su "
    "implementación. Seúl pasó de 2 a 10 millones de habitantes entre los años sesenta y noventa; comparte el "
    "conocimiento y las lecciones de ese rápido desarrollo para que las ciudades socias reduzcan el costo y el "
    "tiempo del ensayo y error y den un salto al siguiente nivel de desarrollo."
)

# The case study's "Lessons learned for replication", in English, Korean and Spanish.
LESSONS = [
    (
        "Form policies and technology into modules first",
        "정책과 기술의 모듈화가 첫걸음",
        "Primero, convertir políticas y tecnología en módulos",
        "Identifying and forming the policy and technology into modules is the first step to planning for "
        "city-to-city cooperation in Seoul. Policy sharing cities need to objectively assess if there are attractive "
        "aspects of the policies they want to promote and match these with the needs of, and potential benefits "
        "for, the participating cities. Identified policies should reflect the various interests, needs, resources "
        "and situations of potential participating cities. The policies and technology should be easily presentable "
        "and some policies could be combined into a bigger scheme as one policy often addresses several "
        "cross-cutting issues.",
        "정책과 기술을 파악하여 모듈로 만드는 것이 서울의 도시 간 협력을 계획하는 첫걸음입니다. 정책을 공유하는 도시는 "
        "알리고자 하는 정책에 매력적인 측면이 있는지 객관적으로 평가하고, 이를 참여 도시의 필요와 잠재적 이익에 맞추어야 "
        "합니다. 선정된 정책은 잠재적 참여 도시의 다양한 관심, 필요, 자원과 상황을 반영해야 합니다. 정책과 기술은 쉽게 "
        "소개할 수 있어야 하며, 하나의 정책이 여러 분야에 걸친 문제를 다루는 경우가 많으므로 일부 정책은 더 큰 계획으로 "
        "묶을 수 있습니다.",
        "Identificar las políticas y la tecnología y convertirlas en módulos es el primer paso para planificar la "
        "cooperación entre ciudades en Seúl. Las ciudades que comparten políticas deben evaluar objetivamente si las "
        "políticas que quieren promover tienen aspectos atractivos y ajustarlas a las necesidades y a los posibles "
        "beneficios de las ciudades participantes. Las políticas identificadas deben reflejar los diversos "
        "intereses, necesidades, recursos y situaciones de las posibles ciudades participantes. Las políticas y la "
        "tecnología deben poder presentarse con facilidad, y algunas políticas pueden combinarse en un esquema mayor, "
        "ya que una política suele abordar varios temas transversales.",
    ),
    (
        "Funding sources are important, but not a must",
        "재원은 중요하지만 필수는 아니다",
        "Las fuentes de financiación son importantes, pero no imprescindibles",
        "Typically, local government budgets are constrained, which makes it difficult to secure funding from their "
        "own budget to facilitate the implementation of policy and technology transfer into a participating "
        "municipality. Nevertheless, there are possibilities to complement such needs with financial support from "
        "business and industry, as well as national and international funding. Moreover, it is still possible to "
        "conduct the policy exchange with a lesser emphasis on implementation that does not require large amounts "
        "of funding, such as consultation, training and capacity building.",
        "지방정부의 예산은 대개 제한되어 있어 참여 도시에 정책과 기술을 이전하는 데 필요한 재원을 자체 예산으로 확보하기 "
        "어렵습니다. 그러나 기업과 산업계의 재정 지원, 그리고 국내외 기금으로 이러한 필요를 보완할 수 있습니다. 또한 "
        "자문, 교육, 역량 강화처럼 많은 재원이 필요하지 않은 방식으로 이행의 비중을 줄여 정책 교류를 진행할 수도 있습니다.",
        "Por lo general, los presupuestos de los gobiernos locales son limitados, lo que dificulta obtener con "
        "recursos propios la financiación necesaria para implementar la transferencia de políticas y tecnología en "
        "un municipio participante. Sin embargo, es posible complementar esas necesidades con apoyo financiero de "
        "empresas e industria, así como con fondos nacionales e internacionales. Además, el intercambio de políticas "
        "puede hacerse con menos énfasis en la implementación, mediante actividades que no requieren grandes "
        "sumas, como la consultoría, la formación y el fortalecimiento de capacidades.",
    ),
    (
        "A flexible time scale is required",
        "유연한 일정이 필요하다",
        "Se necesita un calendario flexible",
        "A flexible time scale is required due to different political frameworks and culture, as many of the "
        "projects implemented through the Policy Sharing initiative are highly dependent on political decisions and "
        "situations. There are many cases where a project gets delayed or halted because of unforeseeable changes "
        "such as a change of political leader.",
        "정책 공유 사업으로 추진되는 많은 사업이 정치적 결정과 상황에 크게 좌우되므로, 서로 다른 정치 체계와 문화를 "
        "고려한 유연한 일정이 필요합니다. 정치 지도자의 교체처럼 예측할 수 없는 변화로 사업이 지연되거나 중단되는 경우가 "
        "많습니다.",
        "Se necesita un calendario flexible por la diversidad de marcos políticos y culturas, ya que muchos de los "
        "proyectos de la iniciativa dependen en gran medida de decisiones y situaciones políticas. Son muchos los "
        "casos en que un proyecto se retrasa o se detiene por cambios imprevisibles, como el cambio de un líder "
        "político.",
    ),
    (
        "Face-to-face interaction is a key success factor",
        "대면 교류가 핵심 성공 요인이다",
        "La interacción cara a cara es un factor clave de éxito",
        "Face-to-face interaction is one of the key success factors for city-to-city cooperation. The aim of this "
        "initiative is not to conduct a one-time consultation, but to establish long-lasting systems which require "
        "taking various aspects into consideration.",
        "대면 교류는 도시 간 협력의 핵심 성공 요인 가운데 하나입니다. 이 사업의 목표는 일회성 자문이 아니라 여러 측면을 "
        "함께 고려해야 하는 지속 가능한 체계를 만드는 것입니다.",
        "La interacción cara a cara es uno de los factores clave del éxito de la cooperación entre ciudades. El "
        "objetivo de esta iniciativa no es una consultoría puntual, sino establecer sistemas duraderos que exigen "
        "tener en cuenta aspectos diversos.",
    ),
    (
        "Capture the complexity of each city's challenges",
        "도시마다 다른 문제의 복잡성을 담아야 한다",
        "Captar la complejidad de los retos de cada ciudad",
        "The consultation needs to capture the complexity of the urban challenges and solutions, as each local "
        "government has its unique conditions that make it difficult to provide a one-size-fits-all solution. There "
        "are limitations when the exchange is solely virtual: it is difficult to grasp the societal and political "
        "background that might influence the customised solution. Face-to-face interactions further facilitate the "
        "learning process of participating cities.",
        "지방정부마다 고유한 여건이 있어 모든 도시에 맞는 단일 해법을 제시하기 어려우므로, 자문은 도시 문제와 해법의 "
        "복잡성을 담아내야 합니다. 교류가 비대면으로만 이루어지면 맞춤형 해법에 영향을 줄 수 있는 사회적·정치적 배경을 "
        "파악하기 어렵습니다. 대면 교류는 참여 도시의 학습 과정을 더욱 촉진합니다.",
        "La consultoría debe captar la complejidad de los retos y las soluciones urbanas, ya que cada gobierno local "
        "tiene condiciones únicas que dificultan ofrecer una solución única para todos. Un intercambio solo virtual "
        "tiene límites: es difícil comprender el contexto social y político que puede influir en la solución a "
        "medida. La interacción cara a cara facilita aún más el aprendizaje de las ciudades participantes.",
    ),
]


def seed(apps, schema_editor):
    Organisation = apps.get_model("institutions", "Organisation")
    InitiativeProfile = apps.get_model("institutions", "InitiativeProfile")
    ReplicationLesson = apps.get_model("institutions", "ReplicationLesson")
    by_key = {}
    for key, name, name_ko, name_es, acronym, kind, parent, role in ORGANISATIONS:
        by_key[key], _created = Organisation._default_manager.get_or_create(
            key=key,
            defaults={
                "name": name,
                "name_ko": name_ko,
                "name_es": name_es,
                "acronym": acronym,
                "kind": kind,
                "parent": by_key.get(parent),
                "role": role,
            },
        )
    profile, created = InitiativeProfile.objects.get_or_create(
        pk=1,
        defaults={
            "city_name": "Seoul",
            "population": 10_020_000,
            "population_year": 2015,
            "land_area_km2": Decimal("605"),
            "iclei_member_since": 1999,
            "iclei_secretariat_since": 2012,
            "initiative_launched": 2012,
            "introduction": INTRODUCTION,
            "introduction_ko": INTRODUCTION_KO,
            "introduction_es": INTRODUCTION_ES,
            "source": SOURCE,
        },
    )
    if created:
        for order, (title, title_ko, title_es, body, body_ko, body_es) in enumerate(LESSONS, start=1):
            ReplicationLesson.objects.create(
                profile=profile,
                order=order,
                title=title,
                title_ko=title_ko,
                title_es=title_es,
                body=body,
                body_ko=body_ko,
                body_es=body_es,
            )


class Migration(migrations.Migration):
    dependencies = [("institutions", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
