"""A logo drawn at run time, so that the demo ships no third-party image."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from core.models import PortalImage
from demo.content import LogoSpec

SIZE = 256


def ensure_logo(logo: LogoSpec, colour: str) -> tuple[PortalImage, bool]:
    """The demo logo, drawn and stored as an image with its text alternative if missing."""
    existing = PortalImage.objects.filter(title=logo.title).first()
    if existing is not None:
        return existing, False
    image = PortalImage(
        title=logo.title,
        description=logo.alt,
        file=ImageFile(draw_emblem(logo.text, colour), name="logo-departement.png"),
    )
    image.save()
    return image, True


def draw_emblem(text: str, colour: str) -> BytesIO:
    """A PNG emblem: `text` in white on a disc of `colour`, inside a thin white ring."""
    emblem = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(emblem)
    draw.ellipse((0, 0, SIZE - 1, SIZE - 1), fill=colour)
    inset = SIZE // 14
    draw.ellipse((inset, inset, SIZE - 1 - inset, SIZE - 1 - inset), outline="white", width=4)
    font = ImageFont.load_default(size=SIZE // 2)
    draw.text((SIZE / 2, SIZE / 2), text, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    emblem.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer
