"""The directory's pages: the directory, a supervisor's page, and the "become a supervisor"
form (a plain POST, rate-limited, that creates a lead).

Each is a route of a page (supervisors/routes.py), called as `view(page, request, ...)`.
"""

from datetime import datetime

from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from core import ratelimit
from core.i18n import active_language
from supervisors.directory import directory_context, supervisor_context
from supervisors.forms import LeadForm
from supervisors.models import Supervisor
from supervisors.services import create_lead

# Per address, declarations received (a refused submission is not one: typos
# must not lock a practitioner out): a practitioner sends one declaration, a
# few with corrections; more is a script filling the CDOM's inbox.
LEAD_RATES = "5/h,20/d"


def limit_message(until: datetime) -> str:
    """Why the form is refused and when to come back, in the visitor's language and time zone."""
    until = timezone.localtime(until)
    return _(
        "You have sent as many declarations as we accept from one connection for now. "
        "You can send another on %(date)s at %(time)s."
    ) % {"date": date_format(until, "DATE_FORMAT"), "time": time_format(until, "TIME_FORMAT")}


def directory(request, page):
    """The directory: the search, its page of supervisors and their map."""
    return page.render(request, context_overrides=directory_context(page, request))


def supervisor(request, page, pk, slug):
    """A listed supervisor's page below the directory; a former slug redirects to the current."""
    record = Supervisor.objects.listed().filter(pk=pk).first()
    if record is None:
        raise Http404
    if slug != record.slug:
        return redirect(page.supervisor_url(record), permanent=True)
    return page.render(
        request,
        template="supervisors/supervisor_page.html",
        context_overrides=supervisor_context(page, record, request),
    )


def declare_interest(request, page):
    """Show the page with its form; on a valid POST, record the lead and say thank you."""
    form = LeadForm(request.POST or None)
    if request.method == "POST":
        if until := ratelimit.blocked_until(request, "supervisor-lead", LEAD_RATES):
            form.add_error(None, limit_message(until))
            response = page.render(request, context_overrides={"form": form})
            response.status_code = 429
            return response
        if form.is_valid():
            create_lead(
                language=active_language(),
                user=request.user,
                **{name: value for name, value in form.cleaned_data.items() if name != "consent"},
            )
            ratelimit.consume(request, "supervisor-lead", LEAD_RATES)
            return redirect(page.url + page.reverse_subpage("thanks"))
    return page.render(request, context_overrides={"form": form})


def sent(request, page):
    """The page again, saying the declaration was sent and what happens next."""
    return page.render(request, context_overrides={"sent": True})
