"""The admin screens of the registry: listings with drafts, history, locks, import and export."""

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import BooleanColumn, Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_access import RecordChooserViewSet
from core.tabular.views import SpreadsheetViewSetMixin
from housing.forms import HousingListingAdminForm
from housing.importing import HousingListingImporter
from housing.models import HousingListing
from housing.models.listings import CONFIRMATION_DAYS


class HousingListingFilterSet(WagtailFilterSet):
    needs_confirmation = django_filters.BooleanFilter(
        label=_("Needs confirming"), method="filter_needs_confirmation"
    )

    class Meta:
        model = HousingListing
        fields = ["kind", "offerer_type", "commune", "live", "owner"]

    def filter_needs_confirmation(self, queryset, name, value):
        if value is None:
            return queryset
        limit = timezone.now() - timezone.timedelta(days=CONFIRMATION_DAYS)
        flagged = Q(last_confirmed_at__lt=limit)
        return queryset.filter(flagged if value else ~flagged)


class HousingListingViewSet(SpreadsheetViewSetMixin, SnippetViewSet):
    """Listings for CDOM staff: drafts and publishing, revisions, locks, import and export."""

    chooser_viewset_class = RecordChooserViewSet
    model = HousingListing
    importer_class = HousingListingImporter
    icon = "home"
    menu_label = _("Housing")
    menu_order = 210
    add_to_admin_menu = True
    copy_view_enabled = True
    filterset_class = HousingListingFilterSet
    search_fields = ["title", "address", "contact_name", "commune__name"]
    search_backend_name = None
    ordering = ["title"]
    list_display = [
        "title",
        Column("commune", label=_("Commune")),
        Column("rent", label=_("Rent")),
        BooleanColumn("needs_confirmation", label=_("Needs confirming")),
        "owner",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_export = [
        "pk",
        "title",
        "title_en",
        "kind",
        "commune",
        "address",
        "latitude",
        "longitude",
        "places",
        "rent",
        "charges_included",
        "deposit",
        "surface",
        "furnished",
        "has_internet",
        "has_workspace",
        "has_parking",
        "has_laundry",
        "is_step_free",
        "public_transport",
        "public_transport_en",
        "minimum_stay_months",
        "description",
        "description_en",
        "offerer_type",
        "contact_name",
        "contact_email",
        "contact_phone",
        "live",
        "last_confirmed_at",
        "owner",
    ]
    export_headings = {"pk": _("Reference")}
    export_filename = "logements"

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("title_en"),
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("places")]),
                    FieldPanel("description"),
                    FieldPanel("description_en"),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("rent"), FieldPanel("charges_included")]),
                            FieldRowPanel([FieldPanel("deposit"), FieldPanel("surface")]),
                            FieldRowPanel(
                                [FieldPanel("furnished"), FieldPanel("minimum_stay_months")]
                            ),
                        ],
                        heading=_("Rent and size"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [
                                    FieldPanel("has_internet"),
                                    FieldPanel("has_workspace"),
                                    FieldPanel("has_parking"),
                                ]
                            ),
                            FieldRowPanel([FieldPanel("has_laundry"), FieldPanel("is_step_free")]),
                            FieldPanel("public_transport"),
                            FieldPanel("public_transport_en"),
                        ],
                        heading=_("What is provided"),
                    ),
                    InlinePanel("photos", heading=_("Photos"), label=_("photo"), max_num=8),
                ],
                heading=_("The place"),
            ),
            ObjectList(
                [
                    FieldPanel("commune"),
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                ],
                heading=_("Where"),
            ),
            ObjectList(
                [
                    FieldPanel("add_next_semester"),
                    InlinePanel("periods", heading=_("Available periods"), label=_("period")),
                ],
                heading=_("When"),
            ),
            ObjectList(
                [
                    FieldPanel("offerer_type"),
                    FieldPanel("contact_name"),
                    FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                    FieldPanel("contact_language"),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    FieldPanel("owner"),
                    FieldPanel("last_confirmed_at", read_only=True),
                    FieldPanel("confirm_available"),
                    FieldPanel("internal_notes"),
                ],
                heading=_("Follow-up"),
            ),
        ],
        base_form_class=HousingListingAdminForm,
    )
