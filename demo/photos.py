"""Pictures of rooms drawn at run time, so that the demo's listings have photos of their own.

Each kind of listing gets one flat illustration (a room with its window, bed
and desk, in the kind's colours) stored once as a JPEG with its text
alternative, and shared by the listings of that kind.
"""

from dataclasses import dataclass
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from core.models import PortalImage

WIDTH, HEIGHT = 960, 640


@dataclass(frozen=True)
class RoomPicture:
    title: str
    alt: str
    wall: str
    floor: str
    bedspread: str
    second_bed: bool = False


ROOM_PICTURES = {
    "residence": RoomPicture(
        "Démo – chambre d’internat",
        "Illustration d’une chambre d’internat : un lit simple, un bureau et une fenêtre.",
        wall="#e8eef4",
        floor="#b9a58c",
        bedspread="#3c6e9f",
    ),
    "studio": RoomPicture(
        "Démo – studio meublé",
        "Illustration d’un studio meublé : un lit, un bureau, une fenêtre sur la rue.",
        wall="#f3ede2",
        floor="#a58a6a",
        bedspread="#7a9a4a",
    ),
    "flat": RoomPicture(
        "Démo – appartement",
        "Illustration d’un appartement : une chambre avec un lit, un bureau et une fenêtre.",
        wall="#eef0e6",
        floor="#9c8468",
        bedspread="#8a5a8c",
    ),
    "home_room": RoomPicture(
        "Démo – chambre chez l’habitant",
        "Illustration d’une chambre chez l’habitant : un lit, un bureau et une fenêtre.",
        wall="#f6e9e4",
        floor="#b08d6e",
        bedspread="#b5533c",
    ),
    "shared": RoomPicture(
        "Démo – colocation",
        "Illustration d’une chambre en colocation : deux lits, un bureau et une fenêtre.",
        wall="#e6f0ee",
        floor="#a7916f",
        bedspread="#2f7f74",
        second_bed=True,
    ),
}


def ensure_room_pictures() -> tuple[dict[str, PortalImage], int]:
    """The picture of each kind of listing, drawn and stored where missing; and how many were."""
    pictures, created = {}, 0
    for kind, room in ROOM_PICTURES.items():
        image = PortalImage.objects.filter(title=room.title).first()
        if image is None:
            image = PortalImage(
                title=room.title,
                description=room.alt,
                file=ImageFile(draw_room(room), name=f"demo-{kind}.jpg"),
            )
            image.save()
            created += 1
        pictures[kind] = image
    return pictures, created


def draw_room(room: RoomPicture) -> BytesIO:
    """A JPEG of a room seen from the door: wall, floor, window, bed(s) and desk."""
    picture = Image.new("RGB", (WIDTH, HEIGHT), room.wall)
    draw = ImageDraw.Draw(picture)
    horizon = int(HEIGHT * 0.68)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=room.floor)
    # The window, with the sky and a tree outside.
    draw.rectangle((540, 90, 860, 330), fill="#ffffff")
    draw.rectangle((555, 105, 845, 315), fill="#a9d3f0")
    draw.ellipse((600, 200, 720, 320), fill="#5e9c55")
    draw.line((700, 105, 700, 315), fill="#ffffff", width=10)
    # The bed: frame, mattress, spread and pillow.
    beds = (40, 250) if room.second_bed else (60,)
    for left in beds:
        draw.rectangle((left, horizon - 150, left + 30, horizon + 90), fill="#6b4f3a")
        draw.rectangle((left + 30, horizon - 20, left + 190, horizon + 70), fill="#f4f4f4")
        draw.rectangle((left + 30, horizon + 5, left + 190, horizon + 70), fill=room.bedspread)
        draw.rounded_rectangle(
            (left + 40, horizon - 45, left + 120, horizon - 10), radius=12, fill="#ffffff"
        )
    # The desk, its chair and a lamp.
    draw.rectangle((600, horizon - 90, 900, horizon - 70), fill="#8a6a4e")
    draw.rectangle((610, horizon - 70, 630, horizon + 60), fill="#8a6a4e")
    draw.rectangle((870, horizon - 70, 890, horizon + 60), fill="#8a6a4e")
    draw.rectangle((700, horizon - 40, 780, horizon + 80), fill="#444b55")
    draw.polygon(
        ((830, horizon - 160), (870, horizon - 160), (880, horizon - 130), (820, horizon - 130)),
        fill="#f0c24b",
    )
    draw.line((850, horizon - 130, 850, horizon - 90), fill="#444b55", width=6)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    buffer.seek(0)
    return buffer
