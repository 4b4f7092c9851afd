"""The blocks of the guide's "Vivre ici" page: the page's own blocks, and one per theme."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import RICH_TEXT_FEATURES, BodyBlock


class LivingTheme(blocks.StructBlock):
    """One side of life in the département, such as transport or schools."""

    theme = blocks.ChoiceBlock(
        label=_("theme"),
        choices=[
            ("transport", _("Transport to Paris and to the hospitals")),
            ("schools", _("Schools and childcare")),
            ("culture", _("Culture and nature")),
            ("work", _("Work for a partner")),
            ("housing", _("Housing")),
            ("other", _("Other")),
        ],
    )
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "home"
        label = _("theme of daily life")
        template = "guide/blocks/living_theme.html"


class LivingBodyBlock(BodyBlock):
    theme = LivingTheme()
