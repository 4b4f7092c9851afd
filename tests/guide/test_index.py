"""The guide index: live aids, facets with counts, search, chips, and a constant query count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.guide.factories import AidKindFactory, AidPageFactory, FunderFactory

pytestmark = pytest.mark.django_db


def listed(response) -> list[str]:
    return [aid.title for aid in response.context["search"].aids]


def facet(response, param):
    return {
        option.slug: option
        for facet in response.context["search"].facets
        if facet.param == param
        for option in facet.options
    }


def test_index_lists_live_aids_only(client, guide):
    live = AidPageFactory(parent=guide, title="Bourse")
    draft = AidPageFactory(parent=guide, title="Brouillon")
    draft.unpublish()
    response = client.get(guide.url)
    assert listed(response) == [live.title]


def test_profession_facet_keeps_its_aids_and_those_for_everyone(client, guide, midwife, gp):
    AidPageFactory(parent=guide, title="Pour les sages-femmes", professions=[midwife])
    AidPageFactory(parent=guide, title="Pour les généralistes", professions=[gp])
    AidPageFactory(parent=guide, title="Pour tous")
    response = client.get(guide.url, {"profession": "sage-femme"})
    assert listed(response) == ["Pour les sages-femmes", "Pour tous"]


def test_facet_counts_what_ticking_the_option_would_show(client, guide, midwife, gp):
    AidPageFactory(parent=guide, professions=[midwife])
    AidPageFactory(parent=guide, professions=[gp])
    AidPageFactory(parent=guide)
    options = facet(client.get(guide.url), "profession")
    assert options["sage-femme"].count == 2
    assert options["medecin-generaliste"].count == 2


def test_facet_counts_follow_the_other_filters(client, guide, midwife, gp):
    region = FunderFactory(slug="region")
    AidPageFactory(parent=guide, professions=[midwife], funders=[region])
    AidPageFactory(parent=guide, professions=[gp])
    options = facet(client.get(guide.url, {"funder": "region"}), "profession")
    assert options["sage-femme"].count == 1
    assert "medecin-generaliste" not in options


def test_kind_and_funder_facets_combine(client, guide):
    grant = AidKindFactory(slug="subvention")
    region = FunderFactory(slug="region")
    AidPageFactory(parent=guide, title="Subvention régionale", kind=grant, funders=[region])
    AidPageFactory(parent=guide, title="Subvention départementale", kind=grant)
    AidPageFactory(parent=guide, title="Contrat régional", funders=[region])
    response = client.get(guide.url, {"kind": "subvention", "funder": "region"})
    assert listed(response) == ["Subvention régionale"]


def test_open_now_leaves_out_ended_and_closed_windows(client, guide):
    AidPageFactory(parent=guide, title="Ouverte")
    passed = AidPageFactory(parent=guide, title="Fenêtre passée")
    passed.all_year = False
    passed.closes_on = timezone.localdate() - datetime.timedelta(days=3)
    passed.save_revision().publish()
    response = client.get(guide.url, {"open": "1"})
    assert listed(response) == ["Ouverte"]
    assert response.context["search"].open_now_count == 1


def test_search_finds_words_of_the_summary(client, guide):
    AidPageFactory(parent=guide, title="Bourse", summary="Pour les étudiants sages-femmes.")
    AidPageFactory(parent=guide, title="Prime", summary="Pour les médecins installés.")
    response = client.get(guide.url, {"q": "étudiants"})
    assert listed(response) == ["Bourse"]


def test_chip_removes_only_its_own_filter(client, guide, midwife, gp):
    AidPageFactory(parent=guide, professions=[midwife, gp])
    response = client.get(
        guide.url, {"profession": ["sage-femme", "medecin-generaliste"], "q": "aide"}
    )
    chips = {chip.label: chip.remove_url for chip in response.context["search"].chips}
    assert chips["Sage-femme"] == "?profession=medecin-generaliste&q=aide"


def test_unknown_facet_value_is_ignored(client, guide):
    AidPageFactory(parent=guide, title="Bourse")
    response = client.get(guide.url, {"profession": "astronaute"})
    assert listed(response) == ["Bourse"]


def test_filtered_list_has_a_shareable_address(client, guide, midwife):
    AidPageFactory(parent=guide, professions=[midwife])
    response = client.get(f"{guide.url}?profession=sage-femme&open=1")
    content = response.content.decode()
    assert 'name="profession" value="sage-femme" checked' in content
    assert 'id="facet-open" name="open" value="1" checked' in content


def index_queries(client, guide, count: int, midwife, student) -> int:
    funder = FunderFactory()
    kind = AidKindFactory()
    AidPageFactory.create_batch(
        count,
        parent=guide,
        kind=kind,
        funders=[funder],
        professions=[midwife],
        career_stages=[student],
    )
    client.get(guide.url)  # the first request fills the caches (site, settings, menu)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(guide.url)
    assert response.status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_the_number_of_aids(
    client, guide, midwife, student, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the queries of rendering, not a page from the cache
    with_20 = index_queries(client, guide, 20, midwife, student)
    with_200 = index_queries(client, guide, 180, midwife, student)
    assert with_20 == with_200


# Searches share the links between aids and lists (guide.facets.FacetCatalogue),
# cached until the guide is purged. `debug=1` keeps the page cache out of the way.
RENDERED = {"debug": "1"}


def test_searches_read_the_links_between_aids_and_lists_once(client, guide, midwife):
    AidPageFactory(parent=guide, professions=[midwife])
    client.get(guide.url, {"profession": "sage-femme", **RENDERED})

    with CaptureQueriesContext(connection) as queries:
        response = client.get(guide.url, {"q": "bourse", **RENDERED})

    assert response.status_code == 200
    assert not any("guide_aidpage_professions" in query["sql"] for query in queries)


def test_a_newly_published_aid_counts_in_the_facets_at_once(client, guide):
    funder = FunderFactory(slug="ars")
    AidPageFactory(parent=guide, title="Bourse", funders=[funder])
    before = facet(client.get(guide.url, RENDERED), "funder")

    AidPageFactory(parent=guide, title="Prime", funders=[funder])
    after = client.get(guide.url, {"funder": "ars", **RENDERED})

    assert before["ars"].count == 1
    assert facet(after, "funder")["ars"].count == 2
    assert sorted(listed(after)) == ["Bourse", "Prime"]


def test_a_renamed_list_entry_shows_at_once(client, guide, midwife):
    AidPageFactory(parent=guide, professions=[midwife])
    client.get(guide.url, RENDERED)

    midwife.name_fr = "Maïeuticien ou sage-femme"
    midwife.save()

    assert facet(client.get(guide.url, RENDERED), "profession")["sage-femme"].label == (
        "Maïeuticien ou sage-femme"
    )


def card_of(response, title: str) -> str:
    content = response.content.decode()
    start = content.index(f">{title}</a>")
    return content[start : content.index("</article>", start)]


def test_cards_take_their_funders_and_professions_from_the_shared_catalogue(client, guide, midwife):
    funder = FunderFactory(slug="ars", name_fr="Agence régionale de santé")
    AidPageFactory(parent=guide, title="Bourse", funders=[funder], professions=[midwife])
    AidPageFactory(parent=guide, title="Prime")
    client.get(guide.url, RENDERED)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(guide.url, {"page": "1", **RENDERED})

    assert "Agence régionale de santé" in card_of(response, "Bourse")
    assert "Sage-femme" in card_of(response, "Bourse")
    assert "Toutes les professions" in card_of(response, "Prime")
    assert not any("guide_aidpage_" in query["sql"] for query in queries)


def test_a_renamed_funder_shows_on_the_cards_at_once(client, guide):
    funder = FunderFactory(slug="ars", name_fr="ARS")
    AidPageFactory(parent=guide, title="Bourse", funders=[funder])
    client.get(guide.url, RENDERED)

    funder.name_fr = "Agence régionale de santé"
    funder.save()

    assert "Agence régionale de santé" in card_of(client.get(guide.url, RENDERED), "Bourse")


def test_who_applies_is_a_facet(client, guide):
    AidPageFactory(parent=guide, title="Locaux de santé", applicant="commune")
    AidPageFactory(parent=guide, title="Bourse", applicant="person")
    response = client.get(guide.url, {"applicant": "commune"})
    assert listed(response) == ["Locaux de santé"]
    assert {slug: option.count for slug, option in facet(response, "applicant").items()} == {
        "person": 1,
        "commune": 1,
    }


@pytest.mark.parametrize(
    "typed", ["kiné", "kine", "Infirmiere", "sage femme", "installation medecin"]
)
def test_search_ignores_accents_case_and_hyphens(client, guide, typed):
    AidPageFactory(
        parent=guide,
        title="Aide à l’installation des médecins",
        summary="Pour les sages-femmes, infirmières et kinés.",
    )
    AidPageFactory(parent=guide, title="Bourse", summary="Pour les étudiants.")
    assert listed(client.get(guide.url, {"q": typed})) == ["Aide à l’installation des médecins"]
