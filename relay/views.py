"""The contact form that any registered model's page links to, and the sender's messages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.lookup import verified_address
from relay.forms import RelayMessageForm
from relay.models import RelayedMessage
from relay.registry import get_target_or_404
from relay.services import RelayRefused, send_relayed_message


def contact_form_context(request, target, form: RelayMessageForm | None = None) -> dict:
    """What a page needs to show the relay's form for `target`."""
    return {
        "target": target,
        "form": form or RelayMessageForm(),
        "has_verified_address": verified_address(request.user) is not None,
    }


@require_http_methods(["GET", "POST"])
def contact(request, target_type: str, pk: int):
    """Write to the contact of `target`: signed-in people with a verified address only."""
    target = get_target_or_404(target_type, pk)
    if not request.user.is_authenticated:
        messages.info(
            request, _("Sign in to write to this contact: the answer comes to your e-mail address.")
        )
        return redirect_to_login(request.get_full_path())
    form = RelayMessageForm(request.POST or None)
    context = contact_form_context(request, target, form)
    if request.method == "POST" and form.is_valid():
        try:
            send_relayed_message(request.user, target, form.cleaned_data["body"])
        except RelayRefused as refusal:
            form.add_error(None, refusal.reason)
        else:
            messages.success(
                request,
                _("Your message has been sent. The answer will come to your e-mail address."),
            )
            return redirect(target.get_absolute_url())
    status = 200 if context["has_verified_address"] or request.method == "GET" else 403
    return render(request, "relay/contact.html", context, status=status)


@login_required
@require_GET
def sent(request):
    """The messages the user sent through the relay, newest first."""
    sent_messages = RelayedMessage.objects.filter(sender=request.user)
    return render(request, "relay/sent.html", {"sent_messages": sent_messages})
