"""The public pages exist in both languages, with their translation linked."""

import pytest

pytestmark = pytest.mark.django_db


def test_french_home_page_lists_the_four_sections(client, portal):
    response = client.get("/fr/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in ("/fr/aides/", "/fr/logements/", "/fr/maitres-de-stage/", "/fr/evenements/"):
        assert f'href="{path}"' in html


def test_english_section_index_uses_english_slug(client, portal):
    response = client.get("/en/aids/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
