"""Images are stored without their metadata: a phone's photo says where it was taken.

EXIF holds the GPS position of the shot (a landlord's home, for a photo of a
room), the camera's serial number and the date; XMP and comments can hold the
same. Willow copies EXIF into every JPEG and WebP rendition, so the original
is cleaned before it is stored, and the renditions made from it have nothing
to copy. The pixels are turned upright first, as the EXIF orientation said,
since the tag that said it goes; the colour profile stays (it describes
colours, not people).
"""

from io import BytesIO
from pathlib import PurePosixPath
from typing import IO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps
from wagtail.utils.file import hash_filelike

# What a re-encoded image keeps from the original's `info`: how to draw it.
DRAWING_INFO = ("icc_profile", "transparency", "duration", "loop", "background", "dpi")
# Originals are re-encoded at a quality renditions cannot tell from the upload's.
SAVE_OPTIONS = {"JPEG": {"quality": 95}, "WEBP": {"quality": 95}, "AVIF": {"quality": 95}}


def without_metadata(source: IO[bytes]) -> bytes:
    """The image in `source`, upright, re-encoded in its format with its pixels only."""
    with Image.open(source) as original:
        image_format = original.format
        animated = getattr(original, "n_frames", 1) > 1
        # An animation is kept whole; its frames carry no orientation.
        image = original if animated else ImageOps.exif_transpose(original)
        image.info = {key: original.info[key] for key in DRAWING_INFO if key in original.info}
        output = BytesIO()
        image.save(
            output,
            format=image_format,
            save_all=animated,
            **SAVE_OPTIONS.get(image_format, {}),
        )
    return output.getvalue()


def store_without_metadata(image) -> None:
    """Replace the file of `image` (a Wagtail image) with its cleaned copy, in storage,
    and its recorded size and hash with the copy's. The uncleaned file is never kept."""
    field_file = image.file
    was_stored = field_file._committed
    old_name = field_file.name
    field_file.open("rb")
    try:
        field_file.seek(0)
        cleaned = without_metadata(field_file)
    finally:
        if was_stored:
            field_file.close()
    if was_stored:
        field_file.storage.delete(old_name)
    field_file.save(PurePosixPath(old_name).name, ContentFile(cleaned), save=False)
    # Turned upright, a photo may have swapped its width and height.
    image.width, image.height = dimensions(cleaned)
    image.file_size = len(cleaned)
    image._set_file_hash()


def dimensions(content: bytes) -> tuple[int, int]:
    with Image.open(BytesIO(content)) as image:
        return image.size


def clean_stored_images(image_model, rendition_model) -> int:
    """Clean every stored original and delete every rendition, made from the uncleaned ones
    (Wagtail makes them again when a page asks). Returns how many originals were cleaned.

    Written for a migration's historical models: no method of the image is used.
    """
    cleaned_count = 0
    for rendition in rendition_model.objects.all().iterator():
        rendition.file.storage.delete(rendition.file.name)
    rendition_model.objects.all().delete()
    for image in image_model.objects.all().iterator():
        storage, name = image.file.storage, image.file.name
        if not name or not storage.exists(name):
            continue
        with storage.open(name, "rb") as stored:
            cleaned = without_metadata(stored)
        storage.delete(name)
        new_name = storage.save(name, ContentFile(cleaned))
        width, height = dimensions(cleaned)
        image_model.objects.filter(pk=image.pk).update(
            file=new_name,
            width=width,
            height=height,
            file_size=len(cleaned),
            file_hash=hash_filelike(BytesIO(cleaned)),
        )
        cleaned_count += 1
    return cleaned_count
