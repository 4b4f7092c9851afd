"""Uploaded documents and images are checked by content, size and type."""

import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ImageFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection

from core.uploads import PortalImageField, content_matches_extension

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


def png(width: int, height: int) -> bytes:
    """A valid black-and-white PNG: tiny on disk however many pixels it holds."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height, 9))
        + chunk(b"IEND", b"")
    )


def image_form(name: str, content: bytes):
    form_class = get_image_form(get_image_model())
    return form_class(
        data={"title": "Photo", "description": "Photo"},
        files={"file": SimpleUploadedFile(name, content, content_type="image/png")},
    )


def test_an_image_of_too_many_pixels_is_refused_with_a_reason():
    form = image_form("bombe.png", png(11_000, 11_000))

    assert not form.is_valid()
    assert "pixels" in form.errors["file"][0]


@pytest.mark.parametrize("truncated_images_tolerated", [False, True])
def test_a_damaged_image_is_refused_with_a_reason(monkeypatch, truncated_images_tolerated):
    """Refused even where Pillow was told to accept truncated files (WeasyPrint does so)."""
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", truncated_images_tolerated)
    upload = SimpleUploadedFile("abimee.png", png(200, 200)[:60], content_type="image/png")

    with pytest.raises(ValidationError, match="endommagée"):
        PortalImageField().clean(upload)
