"""The guide's open data: aids, communes with their zonage, and places to practise.

Served as JSON and CSV under the Licence Ouverte 2.0 (Etalab), the licence
French public bodies use for open data. Field names are stable English
identifiers: partners build on them, so a field is added, never renamed.
"""

import datetime
from collections.abc import Iterable

from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from wagtail.models import Locale

from core.public_url import public_page_url
from core.tabular.writing import csv_response
from core.view_restrictions import public_only
from guide.models import AidPage
from territory.models import Commune, PlaceToPractise

LICENCE = "Licence Ouverte / Open Licence 2.0"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
LIST_SEPARATOR = "|"

AID_FIELDS = [
    "id",
    "language",
    "title",
    "url",
    "summary",
    "kind",
    "funders",
    "professions",
    "career_stages",
    "required_zone",
    "amount_min",
    "amount_max",
    "amount_period",
    "amount_years",
    "amount_text",
    "commitment_years",
    "commitment_place",
    "all_year",
    "opens_on",
    "closes_on",
    "validity",
    "ended_on",
    "superseded_by",
    "official_url",
    "last_checked_on",
]
COMMUNE_FIELDS = ["insee_code", "name", "postcode", "latitude", "longitude", "zonage"]
PLACE_FIELDS = [
    "id",
    "name",
    "kind",
    "address",
    "commune_insee_code",
    "commune_name",
    "latitude",
    "longitude",
    "professions",
    "url",
]


def iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def aid_records(request: HttpRequest) -> list[dict]:
    """The live aids in the active language, one record each."""
    aids = (
        public_only(AidPage.objects.live())
        .filter(locale=Locale.get_active())
        .select_related("kind", "superseded_by")
        .prefetch_related("funders", "professions", "career_stages")
        .order_by("title")
    )
    records = []
    for aid in aids:
        successor = aid.superseded_by.localized if aid.superseded_by_id else None
        records.append(
            {
                "id": str(aid.translation_key),
                "language": Locale.get_active().language_code,
                "title": aid.title,
                "url": public_page_url(aid, request),
                "summary": aid.summary,
                "kind": aid.kind.slug,
                "funders": [funder.slug for funder in aid.funders.all()],
                "professions": [p.slug for p in aid.professions.all()],
                "career_stages": [s.slug for s in aid.career_stages.all()],
                "required_zone": aid.required_zone or None,
                "amount_min": aid.amount_min,
                "amount_max": aid.amount_max,
                "amount_period": aid.amount_period,
                "amount_years": aid.amount_years,
                "amount_text": aid.amount.describe(),
                "commitment_years": aid.commitment_years,
                "commitment_place": aid.commitment_place,
                "all_year": aid.all_year,
                "opens_on": iso(aid.opens_on),
                "closes_on": iso(aid.closes_on),
                "validity": aid.validity,
                "ended_on": iso(aid.ended_on),
                "superseded_by": public_page_url(successor, request) if successor else None,
                "official_url": aid.official_url,
                "last_checked_on": iso(aid.last_checked_on),
            }
        )
    return records


def commune_records(request: HttpRequest) -> list[dict]:
    """Every commune with its zone per profession (slug → zip, zac or none)."""
    return [
        {
            "insee_code": commune.insee_code,
            "name": commune.name,
            "postcode": commune.postcode,
            "latitude": commune.latitude,
            "longitude": commune.longitude,
            "zonage": {z.profession.slug: z.zone for z in commune.zonings.all()},
        }
        for commune in Commune.objects.with_zonings()
    ]


def place_records(request: HttpRequest) -> list[dict]:
    """The active places to practise."""
    places = (
        PlaceToPractise.objects.active()
        .select_related("commune")
        .prefetch_related("professions")
        .order_by("name")
    )
    return [
        {
            "id": place.slug,
            "name": place.name,
            "kind": place.kind,
            "address": place.address,
            "commune_insee_code": place.commune.insee_code,
            "commune_name": place.commune.name,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "professions": [p.slug for p in place.professions.all()],
            "url": place.url,
        }
        for place in places
    ]


DATASETS = {
    "aids": (aid_records, AID_FIELDS),
    "communes": (commune_records, COMMUNE_FIELDS),
    "places": (place_records, PLACE_FIELDS),
}


def csv_cell(value) -> str:
    """Lists joined with "|", the zonage as "profession:zone" pairs, booleans as true/false."""
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{key}:{item}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def with_licence(response, producer: str):
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["X-Licence"] = LICENCE
    response["X-Producer"] = producer
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_dataset(name: str, request: HttpRequest, producer: str) -> JsonResponse:
    build, fields = DATASETS[name]
    records = build(request)
    payload = {
        "dataset": name,
        "producer": producer,
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "fields": fields,
        "count": len(records),
        "records": records,
    }
    return with_licence(JsonResponse(payload, json_dumps_params={"ensure_ascii": False}), producer)


def csv_dataset(name: str, request: HttpRequest, producer: str):
    build, fields = DATASETS[name]
    rows: Iterable[list[str]] = (
        [csv_cell(record[field]) for field in fields] for record in build(request)
    )
    # Commas, as the open-data guidance of data.gouv.fr asks: programs read this file.
    return with_licence(csv_response(name, fields, rows, delimiter=","), producer)
