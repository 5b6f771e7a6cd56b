"""Show synchronised links in the reader's language.

Pages link to snippets (partners, themes…) and to other pages through
*synchronised* fields: the French page points at the same objects as its Italian
source. At render time each object is swapped for its translation in the active
language when one exists, one query per model, however many objects are shown.
"""

from collections import defaultdict

from wagtail.models import Locale, Page


def localize_objects(objects, locale_id=None):
    """The version of each object in ``locale_id`` (default: the active language),
    itself when untranslated, in the same order. Pass the page's ``locale_id`` when
    you have it: it saves looking the active locale up."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale_id = locale_id or Locale.get_active().pk
    by_model = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale_id:
            by_model[type(obj)].add(obj.translation_key)
    translations = {}
    for model, keys in by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
        if issubclass(model, Page):
            queryset = queryset.live()
        for translated in queryset:
            translations[(model, translated.translation_key)] = translated
    return [
        obj if obj.locale_id == locale_id else translations.get((type(obj), obj.translation_key), obj)
        for obj in objects
    ]
