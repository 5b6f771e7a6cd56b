"""Machine translation: configured from the environment, absent when it is not."""

import json

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail_localize.models import StringTranslation

from cms import config

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def test_configuration_from_the_environment():
    assert config.machine_translator({}) is None
    deepl = config.machine_translator({"DEEPL_API_KEY": "abc:fx"})
    assert deepl["CLASS"].endswith("DeepLTranslator") and deepl["OPTIONS"]["AUTH_KEY"] == "abc:fx"
    libre = config.machine_translator({"LIBRETRANSLATE_URL": "https://translate.example.eu/"})
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "https://translate.example.eu"
    with pytest.raises(config.ConfigurationError, match="LIBRETRANSLATE_URL"):
        config.machine_translator({"LIBRETRANSLATE_URL": "translate.example.eu"})


def editor_props(client, translation):
    target = translation.get_target_instance()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content
    element = BeautifulSoup(html, "html.parser").select_one("[data-props]")
    return json.loads(element["data-props"])


def test_no_machine_translation_button_when_unconfigured(client, translation, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    assert editor_props(client, translation)["machineTranslator"] is None


def test_machine_translation_fills_the_missing_segments(client, translation, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    button = editor_props(client, translation)["machineTranslator"]
    assert button["name"]
    response = client.post(button["url"], {"next": "/admin/"})
    assert response.status_code == 302
    texts = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, translation_type="machine"
        ).values_list("data", flat=True)
    )
    assert "ALCOTRA. partner dai curato è sito Il" in texts  # the dummy translator reverses the words
