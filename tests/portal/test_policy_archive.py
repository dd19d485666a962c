"""The public policy archive as an archive: translated fields in the reader's language, search across every
section in that language, facets with counts (sector, SDG, language of materials, period, department),
pagination, the Urban SDG platform pages, constant query counts, accessible markup without inline script."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from policies.models import SDG, Language, Sector
from tests import factories

pytestmark = pytest.mark.django_db
ARCHIVE = reverse("portal:policy_list")


def module(**fields):
    sdgs = fields.pop("sdgs", ())
    languages = fields.pop("languages", ())
    if isinstance(fields.get("sector"), str):
        fields["sector"] = Sector.objects.get(key=fields["sector"])
    created = factories.PolicyModuleFactory(**fields)
    created.sdgs.set(SDG.objects.filter(number__in=sdgs))
    created.languages.set([Language.objects.get_or_create(code=code)[0] for code in languages])
    return created


@pytest.fixture
def archive():
    return {
        "owl": module(
            slug="owl-bus",
            title="Owl Bus",
            title_ko="올빼미버스",
            title_es="Búho, el autobús nocturno",
            summary="Night buses.",
            summary_ko="심야버스입니다.",
            summary_es="Autobuses de madrugada.",
            background="Workers were stranded after midnight.",
            background_es="Los trabajadores quedaban varados después de la medianoche.",
            background_ko="자정 이후 노동자들이 귀가하지 못했습니다.",
            sector="transportation",
            sdgs=(10, 11),
            languages=("en", "ko", "es"),
            period_start=2013,
            responsible_department="Bus Policy Division",
        ),
        "arisu": module(
            slug="arisu",
            title="Arisu tap water",
            title_es="Arisu: agua del grifo",
            summary="Safe tap water.",
            sector="water",
            sdgs=(6,),
            languages=("en", "fr"),
            period_start=2004,
            responsible_department="Seoul Waterworks Headquarters",
        ),
        "reform": module(
            slug="bus-reform",
            title="2004 bus reform",
            summary="Trunk and feeder buses.",
            sector="transportation",
            sdgs=(11, 13),
            languages=("en",),
            period_start=2003,
            period_end=2004,
            responsible_department="Bus Policy Division",
        ),
        "draft": module(slug="draft", title="Unpublished draft", sector="water", sdgs=(6,), is_published=False),
    }


def titles(response) -> list[str]:
    return [m.localized_title for m in response.context["page"]]


def facet(response, name: str) -> dict[str, int]:
    found = next(f for f in response.context["facets"] if f.name == name)
    return {value.value: value.count for value in found.values}


def test_spanish_readers_see_spanish_titles_on_every_archive_page(client, archive):
    client.cookies["django_language"] = "es"
    listing = client.get(ARCHIVE).content.decode()
    assert "Búho, el autobús nocturno" in listing and "Arisu: agua del grifo" in listing
    assert "2004 bus reform" in listing  # no Spanish title: the English one stands in
    detail = client.get(reverse("portal:policy_detail", args=["owl-bus"])).content.decode()
    assert "<h1>Búho, el autobús nocturno</h1>" in detail
    assert "Los trabajadores quedaban varados" in detail
    sdg = client.get(reverse("portal:sdg_detail", args=[11])).content.decode()
    assert "Búho, el autobús nocturno" in sdg and "Owl Bus" not in sdg
    client.cookies["django_language"] = "ko"
    assert "올빼미버스" in client.get(reverse("portal:sdg_detail", args=[10])).content.decode()


def test_titles_are_sorted_in_the_readers_language(client, archive):
    client.cookies["django_language"] = "es"
    # Transportation first (sector order), then by the Spanish title: "2004 bus reform" < "Búho".
    assert titles(client.get(ARCHIVE)) == ["2004 bus reform", "Búho, el autobús nocturno", "Arisu: agua del grifo"]


def test_search_reads_every_section_in_the_readers_language(client, archive):
    client.cookies["django_language"] = "es"
    assert titles(client.get(ARCHIVE, {"q": "varados medianoche"})) == ["Búho, el autobús nocturno"]
    assert titles(client.get(ARCHIVE, {"q": "stranded"})) == ["Búho, el autobús nocturno"]  # English too
    client.cookies["django_language"] = "en"
    assert titles(client.get(ARCHIVE, {"q": "varados"})) == []  # Spanish text is not an English reader's
    client.cookies["django_language"] = "ko"
    assert titles(client.get(ARCHIVE, {"q": "노동자"})) == ["올빼미버스"]
    assert titles(client.get(ARCHIVE, {"q": "Waterworks"})) == ["Arisu tap water"]  # the department
    assert titles(client.get(ARCHIVE, {"q": "draft"})) == []  # unpublished modules never show


def test_facets_filter_and_count_among_the_other_filters(client, archive):
    response = client.get(ARCHIVE)
    assert facet(response, "sector") == {"transportation": 2, "water": 1}
    assert facet(response, "sdg") == {"6": 1, "10": 1, "11": 2, "13": 1}
    assert facet(response, "materials") == {"en": 3, "es": 1, "fr": 1, "ko": 1}
    assert facet(response, "period") == {"2000": 2, "2010": 1}
    assert facet(response, "department") == {"Bus Policy Division": 2, "Seoul Waterworks Headquarters": 1}

    chosen = client.get(ARCHIVE, {"sector": "transportation"})
    assert titles(chosen) == ["2004 bus reform", "Owl Bus"]
    assert facet(chosen, "sector") == {"transportation": 2, "water": 1}  # its own facet keeps the others
    assert facet(chosen, "sdg") == {"10": 1, "11": 2, "13": 1}
    assert facet(chosen, "materials") == {"en": 2, "es": 1, "ko": 1}

    assert titles(client.get(ARCHIVE, {"materials": "fr"})) == ["Arisu tap water"]
    assert titles(client.get(ARCHIVE, {"period": "2010"})) == ["Owl Bus"]
    assert titles(client.get(ARCHIVE, {"department": "Bus Policy Division", "sdg": "13"})) == ["2004 bus reform"]
    html = client.get(ARCHIVE, {"sector": "water"}).content.decode()
    assert '<option value="water" selected>' in html
    assert "Transportation (2)" in html and "Water supply &amp; sewerage (1)" in html
    assert 'aria-label="Active filters"' in html
    assert f'href="{ARCHIVE}"' in html  # removing the only filter goes back to the whole archive


def test_bad_facet_values_are_ignored_not_refused(client, archive):
    response = client.get(ARCHIVE, {"period": "1995", "sdg": "99", "materials": "Klingon!", "sector": "x", "page": "z"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    response = client.get(ARCHIVE, {"period": "1995", "sector": "water"})
    assert titles(response) == ["Arisu tap water"]  # the valid filter still applies


def test_pagination(client):
    for n in range(25):
        module(slug=f"p-{n:02d}", title=f"Policy {n:02d}", sector="housing", sdgs=(11,))
    first = client.get(ARCHIVE, {"sector": "housing"})
    assert len(titles(first)) == 20 and first.context["page"].paginator.num_pages == 2
    second = client.get(ARCHIVE, {"sector": "housing", "page": "2"})
    assert titles(second) == [f"Policy {n}" for n in range(20, 25)]
    assert "sector=housing&amp;page=2" in first.content.decode()


def test_sdg_pages_list_seouls_local_actions(client, archive):
    index = client.get(reverse("portal:sdg_index"))
    assert index.status_code == 200
    goals = {goal.number: goal.actions for goal in index.context["goals"]}
    assert len(goals) == 17 and (goals[6], goals[11], goals[1]) == (1, 2, 0)  # the draft is not counted
    html = index.content.decode()
    assert reverse("portal:sdg_detail", args=[17]) in html

    case = factories.ConsultationFactory(title="Night transit for Lima", is_published=True, stage="follow_up")
    case.sdgs.add(SDG.objects.get(number=11))
    page = client.get(reverse("portal:sdg_detail", args=[11]))
    assert [m.slug for m in page.context["goal"].modules] == ["bus-reform", "owl-bus"]
    html = page.content.decode()
    assert "Sustainable Cities and Communities" in html
    assert "Night transit for Lima" in html
    assert reverse("portal:sdg_detail", args=[10]) in html and reverse("portal:sdg_detail", args=[12]) in html
    assert [m.slug for m in client.get(reverse("portal:sdg_detail", args=[6])).context["goal"].modules] == ["arisu"]
    assert client.get(reverse("portal:sdg_detail", args=[18])).status_code == 404
    assert client.get(reverse("portal:sdg_detail", args=[0])).status_code == 404


def test_sdg_pages_are_linked_from_the_archive_and_from_each_module(client, archive):
    assert reverse("portal:sdg_index") in client.get(ARCHIVE).content.decode()
    assert reverse("portal:sdg_detail", args=[11]) in client.get(ARCHIVE).content.decode()
    detail = client.get(reverse("portal:policy_detail", args=["owl-bus"])).content.decode()
    assert reverse("portal:sdg_detail", args=[10]) in detail and reverse("portal:sdg_detail", args=[11]) in detail
    assert reverse("portal:sdg_index") in detail


@pytest.mark.parametrize(
    ("url", "params", "grow"),
    [
        (ARCHIVE, {}, 12),
        (ARCHIVE, {"q": "policy", "sector": "transportation", "sdg": "11", "materials": "en", "period": "2000"}, 12),
        (reverse("portal:sdg_detail", args=[11]), {}, 12),
        (reverse("portal:sdg_index"), {}, 12),
    ],
)
def test_query_counts_stay_constant(client, django_assert_max_num_queries, url, params, grow):
    def add(count, offset):
        for n in range(count):
            module(
                slug=f"m-{offset + n}",
                title=f"Policy {offset + n}",
                sdgs=(11, 13),
                languages=("en", "ko"),
                period_start=2005,
                responsible_department=f"Division {n}",
            )

    add(2, 0)
    client.get(url, params)
    with django_assert_max_num_queries(12) as few:
        client.get(url, params)
    baseline = len(few.captured_queries)
    add(grow, 100)
    with django_assert_max_num_queries(baseline):
        response = client.get(url, params)
    assert response.status_code == 200


def test_policy_detail_query_count_does_not_grow_with_sdgs_and_languages(client, django_assert_max_num_queries):
    small = module(slug="small", sdgs=(11,), languages=("en",))
    big = module(slug="big", sdgs=range(1, 18), languages=("en", "ko", "es", "fr", "mn", "vi"))
    client.get(reverse("portal:policy_detail", args=[small.slug]))
    with django_assert_max_num_queries(6) as few:
        client.get(reverse("portal:policy_detail", args=[small.slug]))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("portal:policy_detail", args=[big.slug]))


INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),  # an inline script block
    re.compile(r"\son[a-z]+\s*=", re.I),  # onclick= and friends
    re.compile(r"\sstyle\s*=", re.I),
]


@pytest.mark.parametrize("language", ["en", "ko", "es"])
def test_archive_pages_are_accessible_and_have_no_inline_script_or_style(client, archive, language):
    client.cookies["django_language"] = language
    pages = [
        client.get(ARCHIVE, {"sector": "transportation"}),
        client.get(reverse("portal:policy_detail", args=["owl-bus"])),
        client.get(reverse("portal:sdg_index")),
        client.get(reverse("portal:sdg_detail", args=[11])),
    ]
    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200
        assert html.count("<h1") == 1, response.request["PATH_INFO"]
        for pattern in INLINE:
            assert not pattern.search(html), (response.request["PATH_INFO"], pattern.pattern)
    listing = pages[0].content.decode()
    for name in ("q", "sector", "sdg", "materials", "period", "department"):
        assert f'<label for="id_{name}">' in listing, name
        assert f'id="id_{name}"' in listing, name
    assert 'role="search"' in listing
