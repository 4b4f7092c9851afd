"""StreamField blocks shared by the portal's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    """A framed paragraph that stands out: a deadline, a condition, a tip."""

    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "components/blocks/callout.html"


class KeyFigureBlock(blocks.StructBlock):
    """A figure that tells the département's commitment at a glance."""

    value = blocks.CharBlock(label=_("figure"), max_length=30, help_text=_("e.g. 875 000 €"))
    label = blocks.CharBlock(label=_("what it counts"), max_length=140)

    class Meta:
        icon = "pick"
        template = "components/blocks/key_figure.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("image"))
    callout = CalloutBlock(label=_("callout"))
