"""The open-data downloads and the page that describes them."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.models import PortalSettings
from guide.opendata import DATASETS, LICENCE, LICENCE_URL, csv_dataset, json_dataset


def producer_for(request) -> str:
    return PortalSettings.for_request(request).departement_name


@require_GET
def open_data(request):
    return render(
        request,
        "guide/open_data.html",
        {"datasets": DATASETS, "licence": LICENCE, "licence_url": LICENCE_URL},
    )


@require_GET
def dataset_json(request, dataset: str):
    if dataset not in DATASETS:
        raise Http404
    return json_dataset(dataset, request, producer_for(request))


@require_GET
def dataset_csv(request, dataset: str):
    if dataset not in DATASETS:
        raise Http404
    return csv_dataset(dataset, request, producer_for(request))
