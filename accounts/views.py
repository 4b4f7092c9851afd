"""The account pages: what belongs to the user, their data, their departure."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.services import delete_account, export_personal_data
from core.i18n import active_language
from core.personal_data import registered_processings, registered_sections


@require_GET
def processing_register(request):
    """The register of processing (RGPD article 30), read from each app's declarations."""
    entries = [(entry, entry.retention()) for entry in registered_processings()]
    return render(request, "accounts/processing_register.html", {"entries": entries})


@login_required
@require_GET
def dashboard(request):
    """Everything the portal holds about the user, section by section."""
    sections = [(section, section.items(request.user)) for section in registered_sections()]
    return render(request, "accounts/dashboard.html", {"sections": sections})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:dashboard")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_GET
def export(request):
    """The user's data as a JSON file to download (RGPD right of access and portability)."""
    data = export_personal_data(request.user)
    filename = f"{_('my-data')}-{timezone.localdate().isoformat()}.json"
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    """Ask for the password, then erase the account and sign the person out."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_account(user)
        messages.success(request, _("Your account and your personal data have been deleted."))
        return redirect(f"/{active_language()}/")
    sections = registered_sections()
    return render(request, "accounts/delete.html", {"form": form, "sections": sections})
