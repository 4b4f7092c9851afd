"""Admin screens to import a spreadsheet into a snippet: upload, preview, confirm.

Add `SpreadsheetViewSetMixin` before `SnippetViewSet` and set `importer_class`;
the listing gets an "Import a spreadsheet" button beside Wagtail's own CSV and
XLSX export (`list_export`).
"""

import csv
import datetime

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from openpyxl.cell import WriteOnlyCell
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import IndexView

from core.admin_labels import NamedModelLabelsMixin
from core.models import PendingImport
from core.tabular.importing import ImportCheck, TabularImporter
from core.tabular.writing import (
    BYTE_ORDER_MARK,
    CSV_DELIMITER,
    XLSX_DATE_FORMAT,
    XLSX_DATE_TIME_FORMAT,
    csv_cell,
    xlsx_cell,
)

PREVIEW_ROWS = 20


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy(
            "CSV as Excel saves it (UTF-8 or Windows-1252, semicolons or commas) "
            "or XLSX, 5 MB at most."
        ),
    )


class ImportViewMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """What the upload and the confirmation share: the importer, the model, the URLs."""

    importer_class: type[TabularImporter] | None = None
    model = None
    permission_policy = None
    permission_required = "add"
    index_url_name = ""
    import_url_name = ""
    example_url_name = ""
    confirm_url_name = ""
    template_name = "core/admin/import.html"
    header_icon = "upload"

    def get_page_title(self):
        return _("Import %(things)s") % {"things": self.model._meta.verbose_name_plural}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": self.model._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": _("Import")},
        ]

    @cached_property
    def importer(self) -> TabularImporter:
        return self.importer_class(user=self.request.user)

    @property
    def importer_key(self) -> str:
        return f"{self.model._meta.label_lower}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=self.importer.columns,
            layout_note=self.importer.layout_note,
            example_url=reverse(self.example_url_name),
            import_url=reverse(self.import_url_name),
            preview_rows=PREVIEW_ROWS,
            reference_links=[
                (label, reverse(url_name)) for label, url_name in self.importer.reference_links
            ],
            **kwargs,
        )

    def render_check(self, check: ImportCheck, **context):
        headers = [column.header for column in self.importer.columns]
        preview = [
            (line, self.importer.preview_cells(data)) for line, data in check.rows[:PREVIEW_ROWS]
        ]
        return self.render_to_response(
            self.get_context_data(check=check, headers=headers, preview=preview, **context)
        )


class ImportView(ImportViewMixin, TemplateView):
    """Upload a file: its errors, line by line, or a preview and a button to confirm."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        content = upload.read()
        check = self.importer.check(content)
        if not check.is_valid:
            return self.render_check(check, form=UploadForm(), filename=upload.name)
        pending = PendingImport.objects.create(
            user=request.user,
            importer=self.importer_key,
            filename=upload.name[:255],
            content=content,
        )
        return self.render_check(
            check,
            pending=pending,
            filename=upload.name,
            confirm_url=reverse(self.confirm_url_name, args=[pending.pk]),
        )


class ConfirmImportView(ImportViewMixin, TemplateView):
    """Import the previewed file, checked again: the data may have changed since."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        pending = get_object_or_404(
            PendingImport, pk=kwargs["pending"], user=request.user, importer=self.importer_key
        )
        check = self.importer.run(bytes(pending.content))
        if not check.is_valid:
            return self.render_check(check, form=UploadForm(), filename=pending.filename)
        pending.delete()
        messages.success(
            request,
            _("%(file)s imported: %(saved)s rows saved, %(unchanged)s unchanged.")
            % {"saved": check.saved, "unchanged": check.unchanged, "file": pending.filename},
        )
        return redirect(self.index_url_name)


class ExampleFileView(ImportViewMixin, TemplateView):
    """A CSV file with the documented header and an example row."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            "\ufeff" + self.importer.example_csv(), content_type="text/csv; charset=utf-8"
        )
        name = self.model._meta.model_name
        response["Content-Disposition"] = f'attachment; filename="{name}-example.csv"'
        return response


class FrenchExcelExportMixin:
    """Wagtail's `list_export` (CSV and XLSX) written as the project's own exports.

    Put it before the view class that has `list_export`: the CSV gets a byte-order
    mark and semicolons, every cell goes through `csv_cell` or `xlsx_cell`
    (formulas made inert, dates as dates), and a choice is written by its label.
    """

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for name in row:
            display = getattr(item, f"get_{name}_display", None)
            if callable(display):
                row[name] = display()
        return row

    def write_csv_row(self, writer, row_dict):
        return writer.writerow({name: csv_cell(value) for name, value in row_dict.items()})

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield BYTE_ORDER_MARK.encode() + writer.writerow(
            {name: csv_cell(self.get_heading(queryset, name)) for name in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for value in row_dict.values():
            cell = WriteOnlyCell(worksheet, xlsx_cell(value))
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = XLSX_DATE_TIME_FORMAT
            elif isinstance(cell.value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
            yield cell


class ExportIndexView(NamedModelLabelsMixin, FrenchExcelExportMixin, IndexView):
    """A snippet listing whose `list_export` opens in French Excel, formulas made inert."""


class SpreadsheetIndexView(ExportIndexView):
    """A snippet listing with an "Import a spreadsheet" button for those who may add."""

    import_url_name = None

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.import_url_name and self.permission_policy.user_has_permission(
            self.request.user, "add"
        ):
            buttons.append(
                Button(
                    _("Import a spreadsheet"),
                    url=reverse(self.import_url_name),
                    icon_name="upload",
                    priority=30,
                )
            )
        return buttons


class SpreadsheetViewSetMixin:
    """Adds the import screens to a SnippetViewSet; put it first among the bases."""

    importer_class: type[TabularImporter]
    index_view_class = SpreadsheetIndexView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    def import_view_kwargs(self):
        return {
            "importer_class": self.importer_class,
            "model": self.model,
            "permission_policy": self.permission_policy,
            "index_url_name": self.get_url_name("list"),
            "import_url_name": self.get_url_name("import"),
            "example_url_name": self.get_url_name("import_example"),
            "confirm_url_name": self.get_url_name("confirm_import"),
        }

    def get_urlpatterns(self):
        kwargs = self.import_view_kwargs()
        return [
            *super().get_urlpatterns(),
            path("import/", ImportView.as_view(**kwargs), name="import"),
            path(
                "import/<uuid:pending>/confirm/",
                ConfirmImportView.as_view(**kwargs),
                name="confirm_import",
            ),
            path("import/example.csv", ExampleFileView.as_view(**kwargs), name="import_example"),
        ]
