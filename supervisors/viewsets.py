"""Admin screens of the directory: supervisors (with import/export), leads, the lists, a report."""

from collections import OrderedDict

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from core.admin_access import RecordChooserViewSet
from core.tabular.views import (
    ExportIndexView,
    FrenchExcelExportMixin,
    SpreadsheetIndexView,
    SpreadsheetViewSetMixin,
)
from core.viewsets import TermViewSet
from supervisors.forms import SupervisorAdminForm
from supervisors.importing import SupervisorImporter
from supervisors.models import Lead, LeadState, LearnerLevel, SpokenLanguage, Supervisor
from supervisors.services import (
    APPROVAL_WARNING_DAYS,
    approvals_ending_soon,
    approve_lead,
    change_lead_state,
    publication_blockers,
    withdraw_consent,
)

RECORD_CREATED = gettext_lazy(
    "The supervisor record of %(name)s was created as a draft: complete and publish it."
)


def approval_end_text(supervisor: Supervisor) -> str:
    """The end of the approval, flagged when it is within 60 days."""
    if supervisor.approval_end is None:
        return _("Not recorded")
    days = (supervisor.approval_end - timezone.localdate()).days
    text = supervisor.approval_end.strftime("%d/%m/%Y")
    if days < 0:
        return _("%(date)s — ended") % {"date": text}
    if days <= APPROVAL_WARNING_DAYS:
        return _("%(date)s — ends in %(days)s days") % {"date": text, "days": days}
    return text


def directory_status(supervisor: Supervisor) -> str:
    blockers = publication_blockers(supervisor)
    if not blockers:
        return _("In the directory")
    return _("Not shown: %(reasons)s") % {"reasons": "; ".join(blockers)}


class SupervisorFilterSet(WagtailFilterSet):
    approval_ending = django_filters.ChoiceFilter(
        label=gettext_lazy("Approval ends within 60 days"),
        method="filter_approval_ending",
        choices=[("yes", gettext_lazy("Yes"))],
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = Supervisor
        fields = ["live", "profession", "specialty", "faculty", "commune"]

    def filter_approval_ending(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.approval_ending_within(APPROVAL_WARNING_DAYS)


class SupervisorIndexView(SpreadsheetIndexView):
    """The list of supervisors; its CSV/XLSX export writes the import's documented layout."""

    importer = SupervisorImporter()

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("profession", "specialty", "place", "commune", "faculty")
            .prefetch_related("learner_levels", "languages", "openings")
        )

    def to_row_dict(self, item):
        return OrderedDict(self.importer.export_row(item))


SUPERVISOR_PANELS = TabbedInterface(
    [
        ObjectList(
            [
                FieldRowPanel(
                    [FieldPanel("title"), FieldPanel("first_name"), FieldPanel("last_name")]
                ),
                FieldPanel("rpps"),
                FieldRowPanel(
                    [
                        FieldPanel("profession", widget=forms.Select),
                        FieldPanel("specialty", widget=forms.Select),
                    ]
                ),
                MultiFieldPanel(
                    [
                        HelpPanel(
                            gettext_lazy(
                                "Choose a place to practise, or type an address and choose its "
                                "commune. Leave the coordinates empty to take those of the place "
                                "or, roughly, of the commune."
                            )
                        ),
                        FieldPanel("place", widget=forms.Select),
                        FieldPanel("address"),
                        FieldPanel("commune", widget=forms.Select),
                        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                    ],
                    heading=gettext_lazy("Where they practise"),
                ),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("presentation"),
                FieldPanel("presentation_en"),
            ],
            heading=gettext_lazy("Practitioner"),
        ),
        ObjectList(
            [
                FieldPanel("faculty", widget=forms.Select),
                FieldRowPanel([FieldPanel("approval_start"), FieldPanel("approval_end")]),
                FieldPanel("max_interns"),
                FieldPanel("learner_levels", widget=forms.CheckboxSelectMultiple),
                InlinePanel(
                    "openings",
                    heading=gettext_lazy("Places free per semester"),
                    label=gettext_lazy("semester"),
                ),
            ],
            heading=gettext_lazy("Approval and places"),
        ),
        ObjectList(
            [
                HelpPanel(
                    gettext_lazy(
                        "No record is published without the practitioner's consent. When they "
                        "withdraw it, type the date: the record leaves the directory at once."
                    )
                ),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("consent_date"), FieldPanel("consent_method")]),
                FieldPanel("consent_withdrawn_on"),
            ],
            heading=gettext_lazy("Contact and consent"),
        ),
    ],
    base_form_class=SupervisorAdminForm,
)


class SupervisorEditView(EditView):
    """Saving a withdrawal of consent takes the record off the directory at once."""

    def save_instance(self):
        instance = super().save_instance()
        if instance.consent_withdrawn_on is not None and instance.live:
            withdraw_consent(instance, instance.consent_withdrawn_on, self.request.user)
            instance.refresh_from_db()
        return instance


class ApprovalsEndingReportView(FrenchExcelExportMixin, ReportView):
    """Published supervisors whose approval ends within 60 days, soonest first."""

    page_title = gettext_lazy("Approvals ending within 60 days")
    header_icon = "time"
    index_url_name = "supervisors_approvals_ending"
    index_results_url_name = "supervisors_approvals_ending_results"
    permission_policy = ModelPermissionPolicy(Supervisor)
    permission_required = "change"
    list_export = ["rpps", "display_name", "faculty", "approval_end", "email", "phone"]
    export_headings = {"display_name": gettext_lazy("Name")}
    export_filename = "approvals-ending"

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "display_name",
                label=_("Supervisor"),
                get_url=lambda s: reverse(
                    "wagtailsnippets_supervisors_supervisor:edit", args=[s.pk]
                ),
            ),
            Column("faculty", label=_("Approving faculty")),
            Column("commune", label=_("Commune")),
            Column("approval_end", label=_("Approval ends")),
        ]

    def get_queryset(self):
        return approvals_ending_soon()


class SupervisorViewSet(SpreadsheetViewSetMixin, SnippetViewSet):
    chooser_viewset_class = RecordChooserViewSet
    model = Supervisor
    icon = "user"
    menu_label = gettext_lazy("Supervisors")
    importer_class = SupervisorImporter
    index_view_class = SupervisorIndexView
    edit_view_class = SupervisorEditView
    edit_handler = SUPERVISOR_PANELS
    filterset_class = SupervisorFilterSet
    # Staff find a record by name or RPPS number with the database's own search: the
    # search index holds the names only (the RPPS is no word to search the site by),
    # and asking it for the RPPS failed with a server error.
    search_fields = ["last_name", "first_name", "rpps"]
    search_backend_name = None
    ordering = ["last_name", "first_name"]
    copy_view_enabled = False
    list_display = [
        TitleColumn(
            "display_name",
            label=gettext_lazy("Name"),
            url_name="wagtailsnippets_supervisors_supervisor:edit",
        ),
        Column("profession", label=gettext_lazy("Profession")),
        Column("commune", label=gettext_lazy("Commune")),
        Column(approval_end_text, label=gettext_lazy("Approval ends"), sort_key="approval_end"),
        Column(directory_status, label=gettext_lazy("Directory")),
    ]
    list_export = [column.field for column in SupervisorImporter.columns]
    export_headings = {column.field: column.header for column in SupervisorImporter.columns}
    export_filename = "supervisors"


class LeadEditView(EditView):
    """Changing a lead's state goes through the service: approving it creates the record."""

    def save_instance(self):
        new_state = self.form.cleaned_data["state"]
        previous = Lead.objects.get(pk=self.object.pk).state
        self.form.instance.state = previous
        instance = super().save_instance()
        if new_state != previous:
            instance = change_lead_state(instance, new_state, self.request.user)
            if instance.supervisor_id:
                messages.success(
                    self.request,
                    RECORD_CREATED % {"name": instance},
                    buttons=[
                        messages.button(
                            reverse(
                                "wagtailsnippets_supervisors_supervisor:edit",
                                args=[instance.supervisor_id],
                            ),
                            _("Edit the record"),
                        )
                    ],
                )
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.supervisor_id is None and self.object.state != LeadState.DECLINED:
            buttons.append(
                Button(
                    _("Approve and create the supervisor record"),
                    url=reverse("wagtailsnippets_supervisors_lead:approve", args=[self.object.pk]),
                    icon_name="check",
                    priority=5,
                )
            )
        return buttons


class ApproveLeadView(PermissionCheckedMixin, View):
    """Confirm, then approve the lead and open the pre-filled supervisor record."""

    permission_policy = ModelPermissionPolicy(Lead)
    permission_required = "change"

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        return TemplateResponse(
            request,
            "supervisors/admin/approve_lead.html",
            {"lead": lead, "page_title": _("Approve")},
        )

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        try:
            supervisor = approve_lead(lead, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("wagtailsnippets_supervisors_lead:edit", lead.pk)
        messages.success(
            request,
            RECORD_CREATED % {"name": lead},
        )
        return redirect("wagtailsnippets_supervisors_supervisor:edit", supervisor.pk)


class LeadViewSet(SnippetViewSet):
    chooser_viewset_class = RecordChooserViewSet
    model = Lead
    icon = "mail"
    menu_label = gettext_lazy("Prospective supervisors")
    edit_view_class = LeadEditView
    index_view_class = ExportIndexView
    list_display = [
        "__str__",
        "profession",
        "commune",
        StatusTagColumn(
            "get_state_display",
            label=gettext_lazy("State"),
            primary=lambda lead: lead.state == LeadState.NEW,
        ),
        Column("created_at", label=gettext_lazy("Received on")),
    ]
    list_filter = ["state", "profession"]
    search_fields = ["last_name", "first_name", "email", "rpps"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    list_export = [*Lead.DECLARED_FIELDS, "state", "created_at"]
    export_filename = "prospective-supervisors"
    panels = [
        MultiFieldPanel(
            [FieldPanel("state"), FieldPanel("notes")],
            heading=gettext_lazy("Follow-up"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("profession", widget=forms.Select), FieldPanel("rpps")]),
                FieldPanel("place", widget=forms.Select),
                FieldRowPanel([FieldPanel("address"), FieldPanel("commune", widget=forms.Select)]),
                FieldPanel("available_from"),
                FieldPanel("message"),
                FieldRowPanel([FieldPanel("consent_date", read_only=True), FieldPanel("language")]),
            ],
            heading=gettext_lazy("What the practitioner told us"),
        ),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", ApproveLeadView.as_view(), name="approve"),
        ]


class LearnerLevelViewSet(TermViewSet):
    model = LearnerLevel
    icon = "group"


class SpokenLanguageViewSet(TermViewSet):
    model = SpokenLanguage
    icon = "globe"


class SupervisorsViewSetGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Supervisors")
    menu_icon = "user"
    menu_order = 220
    items = [SupervisorViewSet, LeadViewSet, LearnerLevelViewSet, SpokenLanguageViewSet]
