"""The lists a plan or project comes with (cms/lists.py), in every language and live
with their page.

- When a translator presses "Translate" on the plan or project, its lists that still
  bear their default title are translated with it: the title and slug are the same
  words in the other language, so nobody has to type "Actualités" for every project.
  Each becomes a real wagtail-localize translation, complete, and a draft; so does a list
  Wagtail copied as the parent of a news item being translated.
- The first time a plan or project goes live in a language, its lists that were never
  published go live too, a translation only if its text is translated: a list is never
  live in the other language's words, nor live under a page that is not.
"""

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.lists import default_list_models, default_title

from .publication import publish_with_translations
from .readiness import readiness

# The fields whose words a default list takes in the other language.
DEFAULT_WORDS = {"title": lambda title: title, "slug": slugify}


def default_lists(page, **filters):
    """``page``'s children that are lists it comes with."""
    models = default_list_models(page)
    if not models:
        return []
    return list(page.get_children().type(*models).filter(**filters).specific())


def translate_default_lists_later(source_page, target_page):
    """``copy_for_translation_done`` fires in the middle of Wagtail's copying: when the page is
    copied as the parent of a page being translated, the list below it is about to be copied
    too. So its lists are translated once the copying has committed."""
    source_pk, locale_id = source_page.pk, target_page.locale_id
    transaction.on_commit(lambda: translate_default_lists(Page.objects.get(pk=source_pk), locale_id))


@transaction.atomic
def translate_default_lists(source_page, locale_id):
    """Translate ``source_page``'s untouched default lists into the locale's language: the
    default words where no one has translated yet, then a draft of each list."""
    source_page = source_page.specific
    language = Locale.objects.get(pk=locale_id).language_code
    for source_list in default_lists(source_page):
        if source_list.title != default_title(type(source_list), source_page.locale.language_code):
            continue  # renamed by its officer: a translator words it
        target = Page.objects.filter(translation_key=source_list.translation_key, locale_id=locale_id).first()
        if target is not None and target.live:
            continue
        source, _created = TranslationSource.get_or_create_from_instance(source_list)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale_id=locale_id, defaults={"enabled": True}
        )
        title = default_title(type(source_list), language)
        for segment in StringSegment.objects.filter(source=source).select_related("context"):
            word = DEFAULT_WORDS.get(segment.context.path)
            if word is not None:
                StringTranslation.objects.get_or_create(
                    translation_of_id=segment.string_id,
                    locale_id=locale_id,
                    context_id=segment.context_id,
                    defaults={
                        "data": word(title),
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
        translation.save_target(publish=False)


def publish_new_lists(page, user=None):
    """Publish ``page``'s default lists that were never live, translations when ready."""
    for child in default_lists(page, live=False, first_published_at__isnull=True):
        entries = readiness(child)
        if not entries or entries[0].source.pk == child.pk:
            # The source list: alone, each translation goes live with its own page.
            (child.get_latest_revision() or child.save_revision(user=user)).publish(user=user)
        else:
            publish_with_translations(child, user=user, entries=entries)
