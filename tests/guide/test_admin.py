"""The guide in the admin: the review report and "I checked this aid today"."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guide.models import AidPage
from tests.factories import UserFactory
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    """A superuser's client (pytest-django's own fixture makes a user without our fields)."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def test_report_lists_aids_not_checked_for_a_year(admin_client, guide):
    stale = AidPageFactory(
        parent=guide, title="Vérifiée il y a longtemps", last_checked_on=days_ago(400)
    )
    AidPageFactory(parent=guide, title="Vérifiée récemment", last_checked_on=days_ago(10))
    response = admin_client.get(reverse("guide_aids_to_review"))
    assert [aid.title for aid in response.context["pages"]] == [stale.title]


def test_report_lists_aids_closing_within_thirty_days(admin_client, guide):
    closing = AidPageFactory(
        parent=guide,
        title="Ferme bientôt",
        last_checked_on=days_ago(1),
        all_year=False,
        closes_on=timezone.localdate() + datetime.timedelta(days=10),
    )
    AidPageFactory(
        parent=guide,
        title="Ferme plus tard",
        last_checked_on=days_ago(1),
        all_year=False,
        closes_on=timezone.localdate() + datetime.timedelta(days=90),
    )
    response = admin_client.get(reverse("guide_aids_to_review"))
    assert [aid.title for aid in response.context["pages"]] == [closing.title]
    assert "Ferme dans moins de 30 jours" in response.content.decode()


def test_report_is_refused_to_people_without_page_permissions(client):
    client.force_login(UserFactory(is_staff=True))
    response = client.get(reverse("guide_aids_to_review"))
    assert response.status_code in (302, 403)


def edit_data(aid, **changes) -> dict:
    data = nested_form_data(
        {
            "title": aid.title,
            "slug": aid.slug,
            "summary": aid.summary,
            "kind": aid.kind_id,
            "conditions": rich_text(aid.conditions),
            "how_to_apply": rich_text(aid.how_to_apply),
            "amount_max": aid.amount_max,
            "amount_period": aid.amount_period,
            "all_year": "on",
            "validity": aid.validity,
            "comments": inline_formset([]),
            "zone_amounts": inline_formset([]),
            "documents": streamfield([]),
            **changes,
        }
    )
    # A list would be flattened by nested_form_data; the client sends it as repeated values.
    data["funders"] = [funder.pk for funder in aid.funders.all()]
    return data


def test_ticking_checked_today_records_date_and_editor(client, guide):
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    aid = AidPageFactory(parent=guide, last_checked_on=days_ago(400))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[aid.pk]), edit_data(aid, mark_checked="on")
    )
    assert response.status_code == 302
    revision = AidPage.objects.get(pk=aid.pk).get_latest_revision_as_object()
    assert revision.last_checked_on == timezone.localdate()
    assert revision.last_checked_by == editor


def test_saving_without_ticking_keeps_the_last_check(client, guide):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    aid = AidPageFactory(parent=guide, last_checked_on=days_ago(400))
    client.post(reverse("wagtailadmin_pages:edit", args=[aid.pk]), edit_data(aid))
    assert AidPage.objects.get(
        pk=aid.pk
    ).get_latest_revision_as_object().last_checked_on == days_ago(400)


def test_editor_gives_an_aid_an_amount_per_zone_in_the_admin(client, guide):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    aid = AidPageFactory(parent=guide)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[aid.pk]),
        edit_data(
            aid,
            zone_amounts=inline_formset([{"zone": "zip", "amount_max": 30000, "profession": ""}]),
        ),
    )

    assert response.status_code == 302
    revision = AidPage.objects.get(pk=aid.pk).get_latest_revision_as_object()
    assert [(row.zone, row.amount_max) for row in revision.zone_amounts.all()] == [("zip", 30000)]
