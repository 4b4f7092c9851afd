"""What makes the portal a département's own: name, logo, colours, contact."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from core.colours import (
    HEX_COLOUR,
    validate_accent_behind,
    validate_hex_colour,
    validate_text_contrast_on_white,
)
from core.i18n import pick_label
from core.models.fields import optional_link
from pagecache.store import cached_for_site


@register_setting(icon="site")
class PortalSettings(ClusterableModel, BaseSiteSetting):
    """The identity of the département that runs this site (one per Wagtail site)."""

    departement_name = models.CharField(
        _("name of the département"), max_length=120, default="Département"
    )
    departement_code = models.CharField(
        _("département number"), max_length=3, blank=True, help_text=_("e.g. 77")
    )
    portal_name_fr = models.CharField(
        _("portal name in French"), max_length=120, default="S’installer et se former ici"
    )
    portal_name_en = models.CharField(
        _("portal name in English"), max_length=120, default="Train and practise here"
    )
    logo = optional_link("core.PortalImage", _("logo"))
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#1d4f91",
        validators=[validate_text_contrast_on_white],
        help_text=_("Header, links and buttons. Must reach 4.5:1 contrast with white."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#e8f0fa",
        validators=[validate_hex_colour],
        help_text=_("A light tint for backgrounds of highlighted blocks."),
    )
    contact_address = models.TextField(_("postal address"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    registrants_reply_to = models.EmailField(
        _("reply-to address of the registrants’ e-mails"),
        blank=True,
        help_text=_(
            "Where registrants’ replies to the evenings’ e-mails go, e.g. the events team. "
            "Empty: the contact e-mail above."
        ),
    )
    contact_page = optional_link("wagtailcore.Page", _("contact page"))
    legal_notice_page = optional_link("wagtailcore.Page", _("legal notice page"))
    accessibility_page = optional_link("wagtailcore.Page", _("accessibility statement page"))
    privacy_page = optional_link("wagtailcore.Page", _("privacy page"))

    identity_panels = [
        FieldPanel("departement_name"),
        FieldPanel("departement_code"),
        FieldPanel("portal_name_fr"),
        FieldPanel("portal_name_en"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")], heading=_("Colours")
        ),
    ]
    contact_panels = [
        FieldPanel("contact_address"),
        FieldPanel("contact_phone"),
        FieldPanel("contact_email"),
        FieldPanel("registrants_reply_to"),
        InlinePanel("social_links", label=_("social networks")),
    ]
    footer_panels = [
        FieldPanel("contact_page"),
        FieldPanel("legal_notice_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("privacy_page"),
        InlinePanel("partners", label=_("partners")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=_("Identity")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(footer_panels, heading=_("Footer")),
        ]
    )

    # The header shows the logo on every page: one query with the settings.
    select_related = ["logo"]

    class Meta:
        verbose_name = _("portal settings")

    def clean(self):
        super().clean()
        # Each colour alone is checked by its field; the pair is checked once both are valid.
        if HEX_COLOUR.match(self.primary_colour or "") and HEX_COLOUR.match(
            self.accent_colour or ""
        ):
            try:
                validate_accent_behind(self.accent_colour, self.primary_colour)
            except ValidationError as error:
                raise ValidationError({"accent_colour": error}) from None

    @classmethod
    def for_default_site(cls) -> "PortalSettings":
        """The settings of the default site, for what speaks without a request (e-mails, tasks)."""
        return cls.for_site(Site.objects.get(is_default_site=True))

    @classmethod
    def for_request(cls, request):
        """Wagtail's, but read through the cache: every page needs them."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            portal = cls._cached_for_request(request)
            portal._request = request
            setattr(request, attribute, portal)
        return getattr(request, attribute)

    @classmethod
    def _cached_for_request(cls, request) -> "PortalSettings":
        """The settings of the request's site, from the cache when they are there.

        The key carries the site-wide token (pagecache.store), so a change of the
        settings or of any page renews it, as it renews the menu (core.chrome).
        """
        site = Site.find_for_request(request)
        if site is None:
            raise cls.DoesNotExist("No site answers this request.")
        return cached_for_site(request, f"settings:{site.pk}", lambda: cls.for_site(site))

    @property
    def reply_to(self) -> list[str]:
        """The Reply-To of the e-mails to registrants, chosen by the département."""
        address = self.registrants_reply_to or self.contact_email
        return [address] if address else []

    @property
    def portal_name(self) -> str:
        return pick_label(self.portal_name_fr, self.portal_name_en)


class SocialLink(Orderable):
    """A link to the département's account on a social network."""

    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(_("network"), max_length=40, help_text=_("e.g. LinkedIn"))
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    def __str__(self) -> str:
        return self.network


class Partner(Orderable):
    """A partner shown in the footer: Région, ARS, CDOM, faculties…"""

    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(_("website"), blank=True)
    logo = optional_link("core.PortalImage", _("logo"))

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]

    def __str__(self) -> str:
        return self.name
