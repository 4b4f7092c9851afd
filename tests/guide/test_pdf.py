"""The whole guide to print: the HTML page and the PDF made with WeasyPrint."""

import re
import zlib

import pytest
from PIL import ImageFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from weasyprint.formatting_structure.boxes import BlockBox

from core.models import PortalSettings
from guide import pdf
from tests.guide.factories import AidPageFactory

pytestmark = pytest.mark.django_db


def pdf_blobs(pdf: bytes) -> list[bytes]:
    """The PDF and each of its streams inflated: object streams are deflated."""
    blobs = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            blobs.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return blobs


def pdf_bookmarks(pdf: bytes) -> list[str]:
    """The titles of the PDF's outline, read from its (possibly compressed) objects.

    WeasyPrint writes a bookmark as a literal string when it is plain ASCII and
    as a UTF-16 hex string otherwise.
    """
    titles = []
    for blob in pdf_blobs(pdf):
        for hex_title in re.findall(rb"/Title\s*<([0-9a-fA-F]+)>", blob):
            titles.append(bytes.fromhex(hex_title.decode()).decode("utf-16"))
        for literal in re.findall(rb"/Title\s*\(((?:\\.|[^\\)])*)\)", blob):
            titles.append(re.sub(rb"\\(.)", rb"\1", literal).decode("latin-1"))
    return titles


def pdf_links(pdf: bytes) -> list[str]:
    """The targets of the PDF's links (/URI entries), read like the bookmarks."""
    return [
        uri.decode("latin-1")
        for blob in pdf_blobs(pdf)
        for uri in re.findall(rb"/URI\s*\(([^)]*)\)", blob)
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


def test_pdf_is_tagged_as_pdf_ua_in_the_pages_language(client, guide):
    AidPageFactory(parent=guide, title="Bourse d’études")
    content = b"".join(pdf_blobs(client.get(f"{guide.url}pdf/").content))
    assert b"/StructTreeRoot" in content
    assert b"/MarkInfo" in content
    assert re.search(rb"/Lang\s*\(fr\)", content)
    assert b"pdfuaid:part" in content


def test_pdf_has_a_french_file_name_on_the_french_site(client, guide):
    response = client.get(f"{guide.url}pdf/")
    assert 'filename="guide-des-aides.pdf"' in response["Content-Disposition"]


def test_pdf_has_an_english_file_name_on_the_english_site(client, guide_en):
    response = client.get(f"{guide_en.url}pdf/")
    assert 'filename="installation-aids-guide.pdf"' in response["Content-Disposition"]


def test_pdf_cover_shows_the_departements_logo(client, guide):
    portal_settings = PortalSettings.for_site(guide.get_site())
    portal_settings.logo = get_image_model().objects.create(
        title="Logo", file=get_test_image_file(filename="logo.png", size=(120, 80))
    )
    portal_settings.save()
    content = b"".join(pdf_blobs(client.get(f"{guide.url}pdf/").content))
    assert re.search(rb"/Subtype\s*/Image", content)


def test_pdf_uses_one_typeface(client, guide):
    AidPageFactory(parent=guide, title="Bourse d’études", amount_max=20000)
    content = b"".join(pdf_blobs(client.get(f"{guide.url}pdf/").content))
    # Subset fonts are named "ABCDEF+DejaVu-Sans-Bold": the family is what comes after "+".
    fonts = re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([A-Za-z]+-[A-Za-z]+)", content)
    assert set(fonts) == {b"DejaVu-Sans"}


def test_pdf_values_fill_the_column_beside_their_labels(rf, guide):
    AidPageFactory(parent=guide, title="Bourse d’études", commitment_place="En Seine-et-Marne")
    request = rf.get(f"{guide.url}pdf/")
    document = pdf.render_guide_document(guide, request)
    values = [
        box
        for page in document.pages
        for box in page._page_box.descendants()
        if isinstance(box, BlockBox) and box.element_tag == "dd"
    ]
    # Every value fills the column beside the labels: A4 less the margins, the labels'
    # 35 mm and the gap, some 135 mm or 510 CSS pixels.
    widths = {round(box.width) for box in values}
    assert len(widths) == 1
    assert widths.pop() > 480


def test_print_page_writes_out_each_aids_full_address(client, guide):
    aid = AidPageFactory(parent=guide, title="Bourse d’études")
    content = client.get(f"{guide.url}imprimer/").content.decode()
    assert f">http://testserver{aid.url}</a>" in content


def test_generating_the_pdf_leaves_damaged_uploads_refused(client, guide, monkeypatch):
    """WeasyPrint tells Pillow to accept truncated images process-wide when imported."""
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)

    client.get(f"{guide.url}pdf/")

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
