"""Blocks of the event pages: the evening's programme, item by item."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeItemBlock(blocks.StructBlock):
    """One moment of the evening: when, who speaks, what happens."""

    time = blocks.TimeBlock(label=_("time"))
    title = blocks.CharBlock(label=_("what happens"), max_length=160)
    speakers = blocks.CharBlock(
        label=_("speakers"),
        max_length=300,
        required=False,
        help_text=_("Names and roles, e.g. “Dr Anne Roux, GP in Coulommiers”."),
    )
    text = blocks.TextBlock(label=_("details"), required=False, max_length=600)

    class Meta:
        icon = "time"
        template = "events/blocks/programme_item.html"


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock(label=_("programme item"))
