"""The "become a supervisor" form: a plain POST, rate-limited, that creates a lead."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import ratelimit
from supervisors.forms import LeadForm
from supervisors.services import create_lead

# Per address: a practitioner sends one declaration, a few with corrections;
# more is a script filling the CDOM's inbox.
LEAD_RATES = "5/h,20/d"


def declare_interest(request, page):
    """Show the page with its form; on a valid POST, record the lead and say thank you."""
    form = LeadForm(request.POST or None)
    if request.method == "POST":
        if not ratelimit.consume(request, "supervisor-lead", LEAD_RATES):
            form.add_error(
                None, _("Too many declarations were sent from your connection. Try again later.")
            )
            response = page.render(request, context_overrides={"form": form})
            response.status_code = 429
            return response
        if form.is_valid():
            create_lead(
                language=(get_language() or "fr").split("-")[0],
                user=request.user,
                **{name: value for name, value in form.cleaned_data.items() if name != "consent"},
            )
            return redirect(page.url + page.reverse_subpage("thanks"))
    return page.render(request, context_overrides={"form": form})
