from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The bilingual demo content (``load_demo``), its factories and ``bench``."""

    name = "demo"
    verbose_name = "Demo"
