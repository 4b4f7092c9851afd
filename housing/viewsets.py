"""The admin screens of the registry: listings with drafts, history, locks, import and export."""

from functools import partial

import django_filters
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import (
    EditView,
    PreviewOnCreateView,
    PreviewOnEditView,
    PreviewRevisionView,
    SnippetViewSet,
)

from core.admin_access import RecordChooserViewSet
from core.tabular.views import SpreadsheetIndexView, SpreadsheetViewSetMixin
from housing.forms import HousingListingAdminForm
from housing.importing import EXPORT_ONLY_HEADERS, HousingListingImporter
from housing.models import HousingListing
from housing.models.listings import CONFIRMATION_DAYS
from housing.services.freshness import confirmation_due_on
from housing.services.review import confirm_still_available
from housing.views import listing_context


def confirm_by_text(listing: HousingListing) -> str:
    """The day the listing must be confirmed by, flagged once it is past."""
    due = confirmation_due_on(listing)
    text = date_format(due, "SHORT_DATE_FORMAT")
    if due <= timezone.localdate():
        return _("%(date)s — overdue") % {"date": text}
    return text


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


class HousingListingIndexView(SpreadsheetIndexView):
    """The list of listings; its CSV/XLSX export writes the import's documented layout."""

    importer = HousingListingImporter()

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("commune", "owner")
            .prefetch_related("periods")
        )

    def to_row_dict(self, item):
        return {**self.importer.export_row(item), **self.importer.export_extras(item)}


class HousingListingEditView(EditView):
    """Ticking "Confirm it is still available" confirms the listing, whatever button is used.

    A confirmation is recorded on the listing at once (not in a draft that
    waits for publishing); when nothing else changed, no draft is made at all.
    """

    def form_valid(self, form):
        if not form.cleaned_data.get("confirm_available"):
            return super().form_valid(form)
        if self.only_confirms(form):
            confirm_still_available([self.object], self.request.user)
            messages.success(
                self.request,
                _("“%(listing)s” confirmed as still available.") % {"listing": self.object},
            )
            return redirect(self.index_url_name)
        response = super().form_valid(form)
        confirm_still_available([self.object], self.request.user)
        return response

    @staticmethod
    def only_confirms(form) -> bool:
        formsets = getattr(form, "formsets", {}).values()
        return set(form.changed_data) <= {"confirm_available"} and not any(
            formset.has_changed() for formset in formsets
        )


def previewed_as_its_page(listing: HousingListing) -> HousingListing:
    """`listing`, set to preview as its public page, marked as a preview (no contact button)."""
    listing.preview_context = partial(listing_context, listing=listing, preview=True)
    return listing


# The three ways the admin previews a listing: while adding it, while editing it, and a
# revision from its history. Each hands the listing the public page's context.
class HousingListingPreviewOnCreateView(PreviewOnCreateView):
    def get_object(self):
        return previewed_as_its_page(super().get_object())


class HousingListingPreviewOnEditView(PreviewOnEditView):
    def get_object(self):
        return previewed_as_its_page(super().get_object())


class HousingListingPreviewRevisionView(PreviewRevisionView):
    def get_revision_object(self):
        return previewed_as_its_page(super().get_revision_object())


class HousingListingViewSet(SpreadsheetViewSetMixin, SnippetViewSet):
    """Listings for CDOM staff: drafts and publishing, revisions, locks, import and export."""

    chooser_viewset_class = RecordChooserViewSet
    model = HousingListing
    importer_class = HousingListingImporter
    index_view_class = HousingListingIndexView
    edit_view_class = HousingListingEditView
    preview_on_add_view_class = HousingListingPreviewOnCreateView
    preview_on_edit_view_class = HousingListingPreviewOnEditView
    revisions_view_class = HousingListingPreviewRevisionView
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
        Column(
            "confirm_by",
            label=_("To confirm by"),
            accessor=confirm_by_text,
            sort_key="last_confirmed_at",
        ),
        "owner",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_export = [
        *(column.field for column in HousingListingImporter.columns),
        *EXPORT_ONLY_HEADERS,
    ]
    export_headings = {
        **{column.field: column.header for column in HousingListingImporter.columns},
        **EXPORT_ONLY_HEADERS,
    }
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
