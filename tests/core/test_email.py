"""The one way to write an e-mail: core.email.compose_email and templates/emails/base.html."""

from pathlib import Path

from django.conf import settings
from django.utils import translation

from core.email import compose_email

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def html_part(email) -> str:
    [(html, mimetype)] = email.alternatives
    assert mimetype == "text/html"
    return html


def test_an_email_is_rendered_in_the_recipients_language_whatever_is_active():
    with translation.override("fr"):
        email = compose_email(
            "Subject",
            "supervisors/emails/lead_acknowledgement.txt",
            {"lead": {"first_name": "Ana"}, "contact_url": "http://testserver/en/contact/"},
            ["ana@example.org"],
            language="en",
            links=["http://testserver/en/contact/"],
        )
        assert translation.get_language() == "fr"

    assert "Thank you for your interest in hosting" in email.body
    assert '<html lang="en">' in html_part(email)
    assert email.from_email == settings.DEFAULT_FROM_EMAIL
    assert email.to == ["ana@example.org"]


def test_only_the_portals_links_become_links_and_the_subject_is_one_line():
    email = compose_email(
        "A subject\non two lines",
        "relay/emails/message.txt",
        {
            "message": {"body": "See http://evil.example/ now"},
            "sender_name": "Léa",
            "recipient": {"name": "Dr Moreau"},
            "target_url": "http://testserver/fr/logements/1/",
        },
        ["moreau@example.org"],
        links=["http://testserver/fr/logements/1/"],
        reply_to=["lea@example.org"],
    )

    html = html_part(email)
    assert '<a href="http://testserver/fr/logements/1/">' in html
    assert 'href="http://evil.example/' not in html
    assert email.subject == "A subject on two lines"
    assert email.reply_to == ["lea@example.org"]
    assert "<title>A subject on two lines</title>" in html


def test_every_html_email_template_extends_the_one_base():
    others = [
        path.relative_to(TEMPLATES)
        for path in TEMPLATES.glob("*/emails/*.html")
        if path != TEMPLATES / "emails" / "base.html"
        and not path.read_text().startswith('{% extends "emails/base.html" %}')
    ]
    assert others == []
