"""Wagtail's generic phrases that read badly in French are the project's own where it names
its models; the door's "Undo" stays the door's."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple
from wagtail.snippets.models import get_snippet_models

from core.admin_labels import ADD_LABELS

PROJECT_APPS = {"core", "guide", "housing", "supervisors", "territory", "events"}


@pytest.mark.django_db
def test_add_button_of_a_listing_says_un_logement(admin_client):
    page = admin_client.get(reverse("wagtailsnippets_housing_housinglisting:list")).content
    assert "Ajouter un logement" in page.decode()
    assert "un(e)" not in page.decode()


def test_every_project_model_in_the_admin_has_its_add_phrase():
    models = {
        model._meta.label_lower
        for model in get_snippet_models()
        if model._meta.app_label in PROJECT_APPS
    }
    assert models - set(ADD_LABELS) == set()
    with translation.override("fr"):
        assert all(str(label).startswith("Ajouter ") for label in ADD_LABELS.values())


def test_something_done_a_moment_ago_reads_a_l_instant():
    with translation.override("fr"):
        assert timesince_simple(timezone.now()) == "à l’instant"


def test_generic_phrases_carry_no_un_e():
    with translation.override("fr"):
        for phrase in ("Choose another", "No %(model_name)s match your query."):
            assert "(e)" not in gettext(phrase)


def test_undo_of_the_check_in_does_not_leak_into_wagtails_undo():
    with translation.override("fr"):
        assert gettext("Undo") == "Annuler"
        assert pgettext("check-in", "Undo") == "Annuler le pointage"
