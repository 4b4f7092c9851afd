"""Uploaded documents and images are checked by content, size and type."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection

from core.uploads import content_matches_extension

pytestmark = pytest.mark.django_db


def document_form(name: str, content: bytes):
    form_class = get_document_form(get_document_model())
    return form_class(
        data={"title": "Programme", "collection": Collection.get_first_root_node().pk},
        files={"file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    ("head", "extension", "expected"),
    [
        (b"%PDF-1.7\n", "pdf", True),
        (b"<html><script>alert(1)</script>", "pdf", False),
        (b"PK\x03\x04rest", "docx", True),
        (b"Nom;Commune\nMelun;77000", "csv", True),
        (b"\xef\xbb\xbf<!DOCTYPE html><p>", "csv", False),
        (b"<svg onload=alert(1)>", "txt", False),
        (b"%PDF-1.7", "exe", False),
    ],
)
def test_content_must_match_the_extension(head, extension, expected):
    assert content_matches_extension(head, extension) is expected


def test_a_real_pdf_is_accepted():
    form = document_form("programme.pdf", b"%PDF-1.7\n%%EOF")

    assert form.is_valid(), form.errors


def test_an_html_page_named_pdf_is_refused_with_a_reason():
    form = document_form("programme.pdf", b"<!doctype html><script>alert(1)</script>")

    assert not form.is_valid()
    assert "PDF" in form.errors["file"][0]


def test_an_executable_extension_is_refused():
    form = document_form("setup.exe", b"MZ\x90\x00")

    assert not form.is_valid()
    assert "file" in form.errors


def test_an_oversized_document_is_refused(settings):
    settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 10

    form = document_form("programme.pdf", b"%PDF-1.7\n" + b"0" * 20)

    assert not form.is_valid()
    assert "file" in form.errors


def test_an_svg_image_is_refused():
    form_class = get_image_form(get_image_model())
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    form = form_class(
        data={"title": "Logo", "description": "Logo"},
        files={"file": SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml")},
    )

    assert not form.is_valid()
    assert "file" in form.errors
