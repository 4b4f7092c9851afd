"""Markup the W3C Nu HTML checker refuses (`make html-check` runs it on every page)."""

from django.template.loader import render_to_string


def test_messages_are_announced_without_giving_a_list_the_status_role():
    html = render_to_string("includes/messages.html", {"messages": ["Profil enregistré."]})
    assert '<div class="container" role="status">' in html
    assert '<ul class="messages">' in html
