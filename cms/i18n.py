"""Show synchronised links in the reader's language.

Pages link to snippets (partners, themes…) and to other pages through
*synchronised* fields: the French page points at the same objects as its Italian
source. At render time each object is swapped for its translation in the active
language when one exists, one query per model, however many objects are shown.
"""

from collections import defaultdict

from wagtail.models import Locale, Page


def localize_objects(objects, locale=None):
    """The active-locale version of each object (itself when untranslated), same order."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale or Locale.get_active()
    by_model = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale.pk:
            by_model[type(obj)].add(obj.translation_key)
    translations = {}
    for model, keys in by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, Page):
            queryset = queryset.live()
        for translated in queryset:
            translations[(model, translated.translation_key)] = translated
    return [
        obj if obj.locale_id == locale.pk else translations.get((type(obj), obj.translation_key), obj)
        for obj in objects
    ]
