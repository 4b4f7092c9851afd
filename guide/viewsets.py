"""Admin screens of the guide: its lists (funders, kinds, referents) and the review report."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_access import RecordChooserViewSet
from core.admin_labels import NamedIndexView
from core.tabular.views import FrenchExcelExportMixin
from core.viewsets import TermViewSet
from guide.models import AidKind, AidPage, CommuneLife, Funder, GuideIndexPage, Referent
from guide.services import (
    CLOSING_WITHIN_DAYS,
    REVIEW_AFTER_DAYS,
    aids_closing_within,
    aids_not_checked_since,
)


class FunderViewSet(TermViewSet):
    model = Funder
    icon = "group"


class AidKindViewSet(TermViewSet):
    model = AidKind
    icon = "tag"


class ReferentColumnsMixin:
    """The contact chooser shows each person's organisation and role: two people may share a
    name, and the editor looks for the funder's contact."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column("organisation", label=_("Organisation")),
            Column("role", label=_("Role")),
        ]


class ReferentChooseView(ReferentColumnsMixin, ChooseView):
    pass


class ReferentChooseResultsView(ReferentColumnsMixin, ChooseResultsView):
    pass


class ReferentChooserViewSet(RecordChooserViewSet):
    choose_view_class = ReferentChooseView
    choose_results_view_class = ReferentChooseResultsView


class ReferentViewSet(SnippetViewSet):
    index_view_class = NamedIndexView
    chooser_viewset_class = ReferentChooserViewSet
    model = Referent
    icon = "user"
    list_display = ["name", "role_fr", "organisation", "email", "phone"]
    search_fields = ["name", "organisation"]
    ordering = ["name"]
    copy_view_enabled = False


class CommuneLifeViewSet(SnippetViewSet):
    """« Vivre ici » per commune: the text each commune's page shows beside its facts."""

    model = CommuneLife
    icon = "home"
    menu_label = _("Living in the communes")
    list_display = ["commune"]
    search_fields = ["commune__name"]
    ordering = ["commune__name"]
    copy_view_enabled = False


class GuideListsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Aid guide")
    menu_icon = "help"
    menu_order = 260
    items = [FunderViewSet, AidKindViewSet, ReferentViewSet, CommuneLifeViewSet]


class GuideEditorsPolicy(PagePermissionPolicy):
    """Page permissions that count on the guide only: on its index page or a page above it.

    Wagtail's report checks for a page permission anywhere, which let the
    event managers, who edit the events only, read the aids to review.
    """

    def user_has_any_permission(self, user, actions) -> bool:
        guide_pages = PagePermissionPolicy(GuideIndexPage)
        return guide_pages.instances_user_has_any_permission_for(user, actions).exists()


class AidsToReviewView(FrenchExcelExportMixin, PageReportView):
    """Aids not checked for a year, and aids whose application window closes within a month.

    Only the pages in the default language are listed: a translation is synced
    from its source, so the source is the one to check and edit.
    """

    page_title = _("Aids to review")
    header_icon = "warning"
    results_template_name = "guide/admin/aids_to_review_results.html"
    index_url_name = "guide_aids_to_review"
    index_results_url_name = "guide_aids_to_review_results"
    permission_policy = GuideEditorsPolicy()
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "last_checked_on", "last_checked_by", "closes_on", "review_reasons"]
    export_headings = {
        "last_checked_on": _("Last checked on"),
        "last_checked_by": _("Last checked by"),
        "closes_on": _("Applications close on"),
        "review_reasons": _("Why"),
    }

    def get_filename(self):
        return "aids-to-review"

    def get_queryset(self):
        aids = AidPage.objects.filter(locale=Locale.get_default())
        stale = set(aids_not_checked_since(aids).values_list("pk", flat=True))
        closing = set(aids_closing_within(aids.live()).values_list("pk", flat=True))
        self.reasons = {}
        for pk in stale:
            self.reasons.setdefault(pk, []).append(
                _("Not checked for %(days)s days") % {"days": REVIEW_AFTER_DAYS}
            )
        for pk in closing:
            self.reasons.setdefault(pk, []).append(
                _("Closes within %(days)s days") % {"days": CLOSING_WITHIN_DAYS}
            )
        return (
            aids.filter(pk__in=stale | closing)
            .select_related("last_checked_by", "locale")
            .order_by("last_checked_on", "closes_on", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for aid in object_list:
            aid.review_reasons = "; ".join(str(reason) for reason in self.reasons.get(aid.pk, []))
        return object_list

    def get_index_url(self):
        return reverse(self.index_url_name)
