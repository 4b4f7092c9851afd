"""What the guide index serves at its own addresses (see guide.models.index).

Each function takes the guide index page and the request, reads its input
with a form, asks a service for the answer and renders it; nothing here
decides who may claim what.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core import ratelimit
from core.i18n import active_language
from core.maps import MapMarker, map_data, map_source
from core.models import Profession
from core.search_text import strip_accents
from guide import pdf
from guide.eligibility import (
    FinderQuestion,
    aids_open_to_applications,
    amounts_in_commune,
    find_eligible_aids,
    zone_is_met,
)
from guide.facets import facet_catalogue, search_aids
from guide.forms import (
    CommuneLookupForm,
    EmailAnswerForm,
    FinderForm,
    PlaceFilterForm,
    ZonageForm,
)
from guide.living import living_here
from guide.models import GuideIndexPage
from guide.nearby import nearby_sections
from guide.services import email_finder_answer
from pagecache.store import cached_for_path
from territory.boundaries import outlines_urls
from territory.geo import Point, within_radius
from territory.models import Commune, PlaceToPractise, Zone

NEARBY_PLACES_KM = 15
# Per connection: a visitor sends themselves an answer or two, not a mailing.
RESULT_EMAIL_RATES = "5/h"


def render_subpage(page: GuideIndexPage, request, template: str, title: str = "", **context):
    """A page below the guide index: its title and a breadcrumb that leads back to the guide."""
    response = page.render(request, template=template, context_overrides={"guide": page, **context})
    if title:
        response.context_data["subpage_title"] = title
        response.context_data["breadcrumbs"] = [*response.context_data["breadcrumbs"], page]
    return response


def subpage_url(page: GuideIndexPage, name: str, **kwargs) -> str:
    return page.url + page.reverse_subpage(name, kwargs=kwargs or None)


def aid_list(request, page: GuideIndexPage):
    aids = page.aids()
    catalogue = cached_for_path(request, "guide-facets", lambda: facet_catalogue(aids))
    search = search_aids(aids, request.GET, catalogue=catalogue)
    return render_subpage(page, request, page.template, search=search)


def finder(request, page: GuideIndexPage, email_form: EmailAnswerForm | None = None, status=200):
    form = FinderForm(request.GET or None)
    answer = None
    if form.is_valid():
        answer = find_eligible_aids(
            page.aids(),
            form.cleaned_data["profession"],
            form.cleaned_data["stage"],
            form.cleaned_data["commune"],
        )
        if email_form is None:
            email_form = EmailAnswerForm(initial={k: v.slug for k, v in form.cleaned_data.items()})
    response = render_subpage(
        page,
        request,
        "guide/finder.html",
        title=_("Which aids for me?"),
        form=form,
        answer=answer,
        email_form=email_form,
        today=timezone.localdate(),
    )
    response.status_code = status
    return response


def finder_email(request, page: GuideIndexPage):
    """Send the finder's answer to the address given; then back to the same answer."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = EmailAnswerForm(request.POST)
    answer_query = {name: request.POST.get(name, "") for name in ("profession", "stage", "commune")}
    request.GET = request.GET.copy()
    request.GET.update(answer_query)
    if not form.is_valid():
        return finder(request, page, email_form=form, status=400)
    if not ratelimit.consume(request, "guide-result-email", RESULT_EMAIL_RATES):
        form.add_error(
            None, _("Too many e-mails were sent from your connection. Try again in an hour.")
        )
        return finder(request, page, email_form=form, status=429)
    question = FinderQuestion(
        page.pk,
        form.cleaned_data["profession"].pk,
        form.cleaned_data["stage"].pk,
        form.cleaned_data["commune"].pk,
    )
    email_finder_answer(form.cleaned_data["email"], active_language(), question)
    messages.success(
        request, _("The list is on its way to %(email)s.") % {"email": form.cleaned_data["email"]}
    )
    return redirect(subpage_url(page, "finder") + "?" + urlencode(answer_query))


def printable_guide(request, page: GuideIndexPage):
    return render_subpage(
        page,
        request,
        "guide/print_guide.html",
        title=_("The whole guide, to print"),
        site_url=pdf.site_url(),
        **pdf.guide_document_context(page),
    )


def guide_pdf(request, page: GuideIndexPage):
    content = pdf.guide_pdf(page, request)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.pdf_filename()}"'
    return response


def zonage(
    request, communes=None
) -> tuple[ZonageForm, Profession | None, list[tuple[Commune, str]]]:
    """The zonage form, the profession it shows (the first by default), each commune's zone."""
    form = ZonageForm(request.GET or None)
    profession = form.cleaned_data["profession"] if form.is_valid() else None
    profession = profession or Profession.objects.active().first()
    communes = Commune.objects.all() if communes is None else communes
    rows = [
        (commune, commune.zone_for(profession) if profession else Zone.NONE)
        for commune in communes.with_zonings()
    ]
    return form, profession, rows


def outline_map(
    page: GuideIndexPage, request, profession: Profession | None, highlight: str = ""
) -> dict | None:
    """What components/map.html needs to draw the communes' outlines by zone, or None
    when no commune has an outline (communes typed by hand).

    With a `profession`, the page chooses it (the zonage page's form); without,
    the map offers its own menu of professions.
    """
    urls = outlines_urls(request)
    if not urls:
        return None
    profession_given = profession
    professions = list(Profession.objects.active())
    profession = profession or (professions[0] if professions else None)
    return {
        "urls": " ".join(urls),
        "profession": profession.slug if profession else "",
        "professions": [(p.slug, p.name) for p in professions],
        "commune_url": subpage_url(page, "communes"),
        "highlight": highlight,
        "menu": profession_given is None,
    }


def zonage_map_label(profession: Profession | None) -> str:
    if profession is None:
        return ""
    return _("Map of the zonage for: %(profession)s") % {"profession": profession}


def commune_list(request, page: GuideIndexPage):
    """The priority communes for one profession, a field to find any commune, and a map.

    The table carries the map's information without JavaScript. It names the
    priority zones only: the others are most of the
    département's hundreds of communes, which made the page heavier than a
    phone should load; anyone can find theirs with the field, and the map,
    fetched apart, shows them all.
    """
    lookup = CommuneLookupForm(request.GET if "commune" in request.GET else None)
    if lookup.is_valid():
        return redirect(subpage_url(page, "commune", slug=lookup.cleaned_data["commune"].slug))
    form, profession, rows = zonage(request)
    priority = sorted(
        ((commune, Zone(zone)) for commune, zone in rows if zone != Zone.NONE),
        # ZIP first, then ZAC; names by their letters, « Écuelles » among the E.
        key=lambda row: (row[1] != Zone.ZIP, strip_accents(row[0].name).casefold()),
    )
    query = f"?{urlencode({'profession': profession.slug})}" if profession else ""
    return render_subpage(
        page,
        request,
        "guide/commune_list.html",
        title=_("Communes and zonage"),
        form=form,
        lookup=lookup,
        profession=profession,
        priority=priority,
        zip_count=sum(1 for _commune, zone in priority if zone == Zone.ZIP),
        zac_count=sum(1 for _commune, zone in priority if zone == Zone.ZAC),
        others=len(rows) - len(priority),
        zonage_map=map_source(
            subpage_url(page, "communes_map") + query, zonage_map_label(profession)
        ),
        outlines=outline_map(page, request, profession),
    )


def commune_map(request, page: GuideIndexPage) -> JsonResponse:
    """The zonage map's markers (commune_list), as map_data: the communes that have no
    outline, which the map draws from the GeoJSON instead (territory.boundaries)."""
    _form, profession, rows = zonage(request, Commune.objects.filter(boundary__isnull=True))
    # Each commune's page lies below the list's address, as its relative links say.
    communes_url = subpage_url(page, "communes")
    markers = [
        MapMarker(
            commune.latitude,
            commune.longitude,
            f"{commune.name} — {Zone(zone).label}",
            url=f"{communes_url}{commune.slug}/",
            kind=zone,
        )
        for commune, zone in rows
    ]
    return JsonResponse(map_data(markers, zonage_map_label(profession)))


def commune_detail(request, page: GuideIndexPage, slug: str):
    """A commune: its zonage, the aids one may claim there, the places to practise nearby."""
    commune = Commune.objects.with_zonings().filter(slug=slug).first()
    if commune is None:
        raise Http404
    professions = list(Profession.objects.active())
    zonage = [(profession, commune.zone_for(profession)) for profession in professions]
    aids = aids_open_to_applications(
        page.aids().for_cards().prefetch_related("zone_amounts").order_by("title")
    )
    zone_bound = []
    everywhere = []
    for aid in aids:
        concerned = aid.card_professions or professions
        if not aid.required_zone:
            everywhere.append((aid, amounts_in_commune(aid, commune, concerned)))
            continue
        met_for = [p for p in concerned if zone_is_met(aid.required_zone, commune.zone_for(p))]
        if met_for:
            zone_bound.append((aid, met_for, amounts_in_commune(aid, commune, met_for)))
    centre = Point(commune.latitude, commune.longitude)
    places = list(
        within_radius(
            PlaceToPractise.objects.active().select_related("commune"), centre, NEARBY_PLACES_KM
        ).order_by("distance_km", "name")
    )
    markers = place_markers(places)
    return render_subpage(
        page,
        request,
        "guide/commune_detail.html",
        title=commune.name,
        commune=commune,
        zonage=zonage,
        zone_bound=zone_bound,
        everywhere=everywhere,
        places=places,
        nearby_km=NEARBY_PLACES_KM,
        places_map=map_data(
            markers, _("Places to practise near %(commune)s") % {"commune": commune.name}
        ),
        nearby_sections=nearby_sections(commune, request),
        living=living_here(commune, page, active_language()),
        outlines=outline_map(page, request, None, highlight=commune.insee_code),
        zonage_map=map_data(
            [], _("Map of the zonage around %(commune)s") % {"commune": commune.name}
        ),
    )


def place_markers(places: list[PlaceToPractise]) -> list[MapMarker]:
    return [
        MapMarker(place.latitude, place.longitude, place.name, url=place.url, kind=place.kind)
        for place in places
    ]


def place_list(request, page: GuideIndexPage):
    form = PlaceFilterForm(request.GET or None)
    places = (
        PlaceToPractise.objects.active().select_related("commune").prefetch_related("professions")
    )
    if form.is_valid():
        if form.cleaned_data["kind"]:
            places = places.filter(kind=form.cleaned_data["kind"])
        if form.cleaned_data["profession"]:
            places = places.filter(professions=form.cleaned_data["profession"])
    places = list(places.order_by("commune__name", "name"))
    markers = place_markers(places)
    return render_subpage(
        page,
        request,
        "guide/place_list.html",
        title=_("Places to practise"),
        form=form,
        places=places,
        places_map=map_data(markers, _("Map of the places to practise")),
    )
