"""« Vivre ici »: the guide's page on daily life, and what each commune's page says of it."""

import pytest

from guide.models import CommuneLife, LivingPage
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ivry(db):
    return CommuneFactory(
        name="Ivry-sur-Seine", slug="ivry-sur-seine", latitude=48.81, longitude=2.38
    )


def commune_page(client, guide, commune, prefix="/fr/aides/communes/"):
    return client.get(f"{prefix}{commune.slug}/").content.decode()


def test_commune_page_shows_what_editors_wrote_about_living_there(client, guide, ivry):
    CommuneLife.objects.create(commune=ivry, text_fr="<p>Au bout de la ligne 7.</p>")

    assert "Au bout de la ligne 7." in commune_page(client, guide, ivry)


def test_english_commune_page_shows_the_english_text(client, guide, guide_en, ivry):
    CommuneLife.objects.create(
        commune=ivry,
        text_fr="<p>Au bout de la ligne 7.</p>",
        text_en="<p>At the end of line 7.</p>",
    )

    page = commune_page(client, guide_en, ivry, prefix="/en/aids/communes/")

    assert "At the end of line 7." in page
    assert "Au bout" not in page


def test_commune_page_names_the_nearest_hospital_with_its_distance(client, guide, ivry):
    PlaceToPractiseFactory(
        name="Hôpital Bicêtre", kind="hospital", commune=ivry, latitude=48.81, longitude=2.35
    )
    PlaceToPractiseFactory(name="Maison de santé d’Ivry", kind="msp", commune=ivry)

    response = client.get(f"/fr/aides/communes/{ivry.slug}/")

    living = response.context["living"]
    assert [place.name for place in living.hospitals] == ["Hôpital Bicêtre"]
    assert [place.name for place in living.places] == ["Maison de santé d’Ivry"]
    assert "Hôpital Bicêtre (2 km)" in response.content.decode()


def test_commune_page_links_to_the_guides_living_page(client, guide, ivry):
    living = LivingPage(title="Vivre ici", slug="vivre-ici")
    guide.add_child(instance=living)
    living.save_revision().publish()

    assert living.url in commune_page(client, guide, ivry)


def test_living_page_shows_its_themes(client, guide):
    living = LivingPage(
        title="Vivre ici",
        slug="vivre-ici",
        body=[
            {
                "type": "theme",
                "value": {
                    "theme": "transport",
                    "title": "Rejoindre Paris",
                    "text": "<p>Métro 7 et RER C.</p>",
                },
            }
        ],
    )
    guide.add_child(instance=living)
    living.save_revision().publish()

    page = client.get(living.url).content.decode()

    assert "Rejoindre Paris" in page
    assert "Métro 7 et RER C." in page
