"""The whole guide to print: the HTML page and the PDF made with WeasyPrint."""

import re
import zlib

import pytest

from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


def pdf_bookmarks(pdf: bytes) -> list[str]:
    """The titles of the PDF's outline, read from its (possibly compressed) objects.

    WeasyPrint writes a bookmark as a literal string when it is plain ASCII and
    as a UTF-16 hex string otherwise; object streams are deflated, so every
    stream is inflated before looking for /Title entries.
    """
    blobs = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            blobs.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    titles = []
    for blob in blobs:
        for hex_title in re.findall(rb"/Title\s*<([0-9a-fA-F]+)>", blob):
            titles.append(bytes.fromhex(hex_title.decode()).decode("utf-16"))
        for literal in re.findall(rb"/Title\s*\(((?:\\.|[^\\)])*)\)", blob):
            titles.append(re.sub(rb"\\(.)", rb"\1", literal).decode("latin-1"))
    return titles


def pdf_links(pdf: bytes) -> list[str]:
    """The targets of the PDF's links (/URI entries), read like the bookmarks."""
    blobs = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            blobs.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return [
        uri.decode("latin-1") for blob in blobs for uri in re.findall(rb"/URI\s*\(([^)]*)\)", blob)
    ]


def test_pdf_links_lead_to_the_public_url_whatever_host_asked_first(client, guide, settings):
    settings.PUBLIC_BASE_URL = "https://sante.example.org"
    AidPageFactory(parent=guide, title="Bourse")
    client.get(f"{guide.url}pdf/", HTTP_HOST="attacker.example")
    links = pdf_links(client.get(f"{guide.url}pdf/").content)
    assert links
    assert all(link.startswith("https://sante.example.org/fr/aides/") for link in links)


def test_pdf_holds_every_live_aids_title(client, guide):
    titles = ["Bourse d’études", "Soutien aux MSPU", "Contrat d’installation"]
    for title in titles:
        AidPageFactory(parent=guide, title=title)
    ended = AidPageFactory(parent=guide, title="CAIM")
    ended.validity = "closed"
    ended.save_revision().publish()
    response = client.get(f"{guide.url}pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert {*titles, "CAIM"} <= set(pdf_bookmarks(response.content))


def test_pdf_leaves_out_unpublished_aids(client, guide):
    AidPageFactory(parent=guide, title="Publiée")
    AidPageFactory(parent=guide, title="Retirée").unpublish()
    bookmarks = pdf_bookmarks(client.get(f"{guide.url}pdf/").content)
    assert "Publiée" in bookmarks
    assert "Retirée" not in bookmarks


def test_pdf_is_regenerated_after_a_publication(client, guide):
    AidPageFactory(parent=guide, title="Première aide")
    client.get(f"{guide.url}pdf/")
    AidPageFactory(parent=guide, title="Nouvelle aide")
    assert "Nouvelle aide" in pdf_bookmarks(client.get(f"{guide.url}pdf/").content)


def test_print_page_holds_every_aid_and_a_link_to_the_pdf(client, guide):
    aid = AidPageFactory(parent=guide, title="Bourse d’études")
    response = client.get(f"{guide.url}imprimer/")
    content = response.content.decode()
    assert f'id="aid-{aid.pk}"' in content
    assert f'href="{guide.url}pdf/"' in content
