"""Page types that the other apps build on, and the plain content page."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from core.blocks import BodyBlock
from core.view_restrictions import any_restricted_page

# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160


class BasePage(Page):
    """A page of the portal, with its breadcrumb."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Root and the locale's home page are not worth a crumb of their own.
        # A section (depth 3) has none: spare the query on every search page.
        context["breadcrumbs"] = self.get_ancestors().filter(depth__gt=2) if self.depth > 3 else []
        return context

    # The fields, in order of preference, whose text describes the page to search
    # engines when an editor left "search description" empty.
    DESCRIPTION_FIELDS = ("summary", "card_summary", "intro")

    @property
    def meta_description(self) -> str:
        """The page's description for search engines: the editor's, or its summary's start."""
        if self.search_description:
            return self.search_description
        for name in self.DESCRIPTION_FIELDS:
            text = strip_tags(str(getattr(self, name, "") or "")).strip()
            if text:
                return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)
        return ""

    def get_view_restrictions(self):
        # Wagtail asks on every page it serves; on a site where no page is
        # private, the answer is known without its two queries.
        if not any_restricted_page():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SectionIndexPage(BasePage):
    """The entry page of one of the four sections, shown as a card on the home page."""

    card_summary = models.CharField(
        _("summary on the home page"),
        max_length=200,
        help_text=_("One sentence that says what a visitor finds in this section."),
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("card_summary"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("card_summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    icon_name = "info"

    class Meta:
        abstract = True

    @classmethod
    def for_active_language(cls):
        """The live section page in the active language, or in the default one.

        For links to a section from outside its page tree: e-mails, other
        sections, objects' `get_absolute_url`.
        """
        pages = cls.objects.live().select_related("locale").order_by("path")
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            return pages.first()
        return pages.filter(locale=locale).first() or pages.first()


class StandardPage(BasePage):
    """A plain content page: legal notice, accessibility statement, privacy, contact."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    template = "core/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
