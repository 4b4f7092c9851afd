"""gunicorn's configuration for the benchmark's floor (`python -m bench --floor`).

The repository's configuration (config/gunicorn.conf.py), with each worker's
template rendering replaced by a fixed page about the size of a search's. A
search then costs everything but its templates: the middleware, Wagtail's
routing, the form, the queries, the models. No work on the templates can make
a search faster than that.
"""

import runpy
from pathlib import Path

globals().update(
    (name, value)
    for name, value in runpy.run_path(
        str(Path(__file__).resolve().parent.parent / "config" / "gunicorn.conf.py")
    ).items()
    if not name.startswith("__")
)

MARKER = b"<!-- bench floor: no template rendered -->"
BODY = "<!DOCTYPE html>" + MARKER.decode() + " " * (64 * 1024)


def post_worker_init(worker):
    """gunicorn's hook, once the worker has loaded Django."""
    from django.template.response import SimpleTemplateResponse  # noqa: PLC0415 (Django loaded)

    SimpleTemplateResponse.rendered_content = property(lambda response: BODY)
