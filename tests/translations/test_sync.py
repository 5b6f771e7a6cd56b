"""Translators' work is never lost: a sync after a source edit keeps every translation
of the unchanged text and asks only for the changed paragraph."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from translations.status import status_rows

NEW_ITALIAN = "Ogni pagina nasce in una lingua ed è tradotta nell’altra da chi conosce il territorio."
NEW_FRENCH = "Chaque page naît dans une langue et se traduit dans l’autre par qui connaît le territoire."


def about_row(language="fr"):
    return next(row for row in status_rows(target_language=language) if row.source.title == "Chi siamo")


def test_sync_keeps_translations_and_flags_only_the_changed_paragraph(client, demo_site):
    admin = get_user_model().objects.create_superuser("coordinatrice", password="pw")
    client.force_login(admin)
    about_it, about_fr = demo_site.about_it, demo_site.about_fr
    french_before = [block.value.source for block in about_fr.body if block.block_type == "paragraph"]
    assert about_row().state == "up_to_date"

    # An officer rewrites the last paragraph of the Italian source and publishes it.
    body = about_it.body.raw_data
    body[-1]["value"] = f"<p>{NEW_ITALIAN}</p>"
    about_it.body = body
    about_it.save_revision(user=admin).publish()
    row = about_row()
    assert row.state == "out_of_date"
    assert row.changed_by == admin

    # The translator presses wagtail-localize's "Sync translated pages", which leads to this
    # app's sync (from the latest revision, never publishing), and confirms there.
    source = TranslationSource.objects.get(object_id=about_it.translation_key)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302
    assert response["Location"] == reverse("translations_sync", args=[about_it.pk])
    assert client.post(response["Location"]).status_code == 302
    row = about_row()
    assert row.state == "in_progress"
    assert 50 < row.progress < 100

    # Only the rewritten paragraph lacks a French text; the others kept theirs.
    translation = Translation.objects.get(source=source, target_locale=about_fr.locale)
    missing = [
        segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related("string")
        if not StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale=about_fr.locale
        ).exists()
    ]
    assert missing == [NEW_ITALIAN]

    # The translator translates it and publishes the translation.
    segment = StringSegment.objects.get(source=source, string__data=NEW_ITALIAN)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=about_fr.locale,
        context=segment.context,
        data=NEW_FRENCH,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=admin,
    )
    translation.save_target(user=admin, publish=False)
    about_fr.refresh_from_db()
    about_fr.get_latest_revision().publish()
    about_fr.refresh_from_db()

    french_after = [block.value.source for block in about_fr.body if block.block_type == "paragraph"]
    assert french_after[:-1] == french_before[:-1], "nothing a translator wrote was overwritten"
    assert french_after[-1] == f"<p>{NEW_FRENCH}</p>"
    assert about_row().state == "up_to_date"


def test_a_translator_cannot_override_a_synchronised_image(client, demo_site, translator):
    """wagtail-localize lets translators replace synchronised images and links unless told
    otherwise; here facts (images included) are the source's, in every language."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail_localize.models import OverridableSegment

    page = demo_site.page("project:coor-com", "it")
    page.listing_image = get_image_model().objects.create(title="Valle", file=get_test_image_file())
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key)
    client.post(reverse("translations_sync", args=[page.pk]))
    source.refresh_from_db()
    assert "listing_image" in source.content_json  # the image is part of what was synced
    assert not OverridableSegment.objects.filter(source=source).exists()
    # So the translation editor offers nothing to override.
    translation = Translation.objects.get(source=source, target_locale=demo_site.home_fr.locale)
    response = client.put(reverse("wagtail_localize:edit_override", args=[translation.pk, 1]), {"value": "1"})
    assert response.status_code == 404
