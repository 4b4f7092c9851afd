from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and `load_demo`; the sections know nothing of it."""

    name = "demo"
    verbose_name = "Demo"
