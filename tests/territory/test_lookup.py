"""A commune or a place typed as people type them: names, postcodes, abbreviations, slugs."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation

from territory.forms import CommuneField, PlaceOrCommuneField
from territory.importers import CommuneField as ImportCommuneField
from territory.lookup import NotDesignated, find_commune, find_place_or_commune, normalise
from tests.territory.factories import CommuneFactory, PlaceToPractiseFactory


@pytest.fixture(autouse=True)
def english():
    """The messages in English, except where a test says French (the site's default)."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    "typed",
    [
        "Saint-Germain-sur-Morin",
        "st germain s/ morin",
        "SAINT GERMAIN SUR MORIN",
        "St-Germain-s-Morin",
    ],
)
def test_abbreviations_case_and_punctuation_do_not_matter(typed):
    assert normalise(typed) == "saint germain sur morin"


def test_accents_and_apostrophes_do_not_matter():
    assert normalise("L’Haÿ-les-Roses") == normalise("l'hay les roses") == "l hay les roses"


@pytest.fixture
def communes(db):
    return {
        "melun": CommuneFactory(name="Melun", slug="melun", postcode="77000"),
        "meaux": CommuneFactory(name="Meaux", slug="meaux", postcode="77100"),
        "evry": CommuneFactory(name="Évry-Grégy-sur-Yerres", slug="evry-gregy", postcode="77166"),
        "provins": CommuneFactory(name="Provins", slug="provins", postcode="77160"),
        "chalautre": CommuneFactory(name="Chalautre-la-Petite", slug="chalautre", postcode="77160"),
        "villiers_1": CommuneFactory(name="Villiers", slug="villiers-77400", postcode="77400"),
        "villiers_2": CommuneFactory(name="Villiers", slug="villiers-77580", postcode="77580"),
        "numbered": CommuneFactory(name="Commune d’essai 77001", slug="essai", postcode="77900"),
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("melun", "melun"),  # a slug, from an earlier address or a link
        ("Melun", "melun"),
        (" MELUN ", "melun"),
        ("77100", "meaux"),
        ("Melun (77000)", "melun"),  # a suggestion, as the browser fills it in
        ("77000 Melun", "melun"),
        ("evry gregy s/ yerres", "evry"),
        ("Villiers 77580", "villiers_2"),
        ("commune d'essai 77001", "numbered"),  # five digits of its own name
        ("Commune d’essai 77001 (77900)", "numbered"),
    ],
)
def test_a_commune_is_found_by_slug_name_or_postcode(communes, typed, expected):
    assert find_commune(typed).pk == communes[expected].pk


def test_a_postcode_of_several_communes_asks_for_the_name(communes):
    with pytest.raises(ValidationError) as error:
        find_commune("77160")
    assert error.value.messages == [
        "Several communes have the postcode 77160: Chalautre-la-Petite (77160), "
        "Provins (77160). Type the name of yours."
    ]


def test_a_name_of_several_communes_asks_for_the_postcode(communes):
    with pytest.raises(ValidationError) as error:
        find_commune("villiers")
    assert error.value.messages == [
        "Several communes are called villiers: Villiers (77400), Villiers (77580). "
        "Add the postcode."
    ]


def test_a_misspelt_commune_gets_suggestions(communes):
    with pytest.raises(ValidationError) as error:
        find_commune("Melunn")
    assert error.value.messages == [
        "Nothing in the département is called “Melunn”. Did you mean: Melun (77000)?"
    ]


def test_the_start_of_a_single_name_designates_it(communes):
    assert find_commune("Prov").name == "Provins"


@pytest.mark.parametrize("text", ["Hôpital de Melun", "CH Melun", "santepole", "hôpital melun"])
def test_a_place_is_found_by_the_words_people_type(communes, text):
    hospital = PlaceToPractiseFactory(name="Hôpital de Melun (Santépôle)", slug="hopital-melun")
    assert find_place_or_commune(text).pk == hospital.pk


def test_words_that_begin_several_names_offer_them_to_choose(communes):
    PlaceToPractiseFactory(name="Hôpital de Melun (Santépôle)", slug="hopital-melun")
    PlaceToPractiseFactory(name="Hôpital de Meaux", slug="hopital-meaux")
    with pytest.raises(NotDesignated) as error:
        find_place_or_commune("hopital")
    assert [found.key for found in error.value.candidates] == [
        "place:hopital-meaux",
        "place:hopital-melun",
    ]


def test_a_mistyped_word_offers_the_names_close_to_it(communes):
    PlaceToPractiseFactory(name="Hôpital de Melun (Santépôle)", slug="hopital-melun")
    with pytest.raises(NotDesignated) as error:
        find_place_or_commune("Hopital de Mellun")
    assert [found.key for found in error.value.candidates] == ["place:hopital-melun"]


def test_an_unknown_commune_is_explained_in_french(communes):
    with translation.override("fr"), pytest.raises(ValidationError) as error:
        find_commune("Lyon")
    assert error.value.messages == [
        "Aucun lieu du département ne s’appelle « Lyon ». "
        "Vérifiez l’orthographe, ou tapez le code postal."
    ]


def test_punctuation_alone_designates_nothing(communes):
    with pytest.raises(ValidationError) as error:
        find_commune("--")
    assert error.value.code == "not_found"


def test_a_place_to_practise_is_found_by_name_or_by_its_old_address(communes):
    hospital = PlaceToPractiseFactory(name="Hôpital de Melun", slug="hopital-melun")
    assert find_place_or_commune("hopital de melun").pk == hospital.pk
    assert find_place_or_commune("place:hopital-melun").pk == hospital.pk
    assert find_place_or_commune("commune:meaux").pk == communes["meaux"].pk
    found = find_place_or_commune("Meaux")
    assert (found.kind, found.key, found.name) == ("commune", "commune:meaux", "Meaux")


def test_a_closed_place_is_not_found(communes):
    PlaceToPractiseFactory(name="Cabine fermée", slug="cabine-fermee", is_active=False)
    with pytest.raises(ValidationError):
        find_place_or_commune("place:cabine-fermee")


class WhereForm(forms.Form):
    commune = CommuneField(required=False)
    near = PlaceOrCommuneField(required=False)


def test_the_field_cleans_to_a_commune_and_shows_it_back_in_full(communes):
    form = WhereForm({"commune": "melun", "near": "77100"})
    assert form.is_valid()
    assert form.cleaned_data["commune"] == communes["melun"]
    assert form.cleaned_data["near"].position.latitude == communes["meaux"].latitude
    assert 'value="Melun (77000)"' in str(form["commune"])
    assert 'value="Meaux (77100)"' in str(form["near"])
    assert 'data-suggestions="/suggestions/communes.json"' in str(form["commune"])


def test_an_unknown_commune_is_shown_back_as_typed_with_the_error(communes):
    form = WhereForm({"commune": "Melunn"})
    assert not form.is_valid()
    assert 'value="Melunn"' in str(form["commune"])
    assert "Did you mean" in form.errors["commune"][0]


def test_the_suggestions_list_places_then_communes(client, communes):
    PlaceToPractiseFactory(name="Hôpital de Melun", commune=communes["melun"])
    places = client.get("/suggestions/places.json")
    assert places.json()[0] == "Hôpital de Melun"
    assert "Villiers (77580)" in places.json()
    only_communes = client.get("/suggestions/communes.json")
    assert "Hôpital de Melun" not in only_communes.json()
    assert len(only_communes.json()) == len(communes)
    assert "public" in only_communes["Cache-Control"]


def test_a_commune_is_found_by_one_of_its_other_postcodes(db):
    commune = CommuneFactory(name="Le Mée-sur-Seine", postcode="77350", other_postcodes="77351")

    assert find_commune("77351").pk == commune.pk
    assert find_commune("Le Mée-sur-Seine 77351").pk == commune.pk


def test_the_import_commune_field_understands_another_postcode(db):
    commune = CommuneFactory(name="Le Mée-sur-Seine", postcode="77350", other_postcodes="77351")

    assert ImportCommuneField().clean("77351") == commune
