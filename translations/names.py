"""The publication workflow's and its task's names, read in the admin user's language.

roles.py stores English default names ("Publication with translations", "Translations
ready"), and Wagtail shows ``workflow.name`` and ``task.name`` in dozens of templates and
messages: the status side panel, the dashboard panels, workflow history and report,
notification emails, action menus, lock messages. Overriding each of them would not
survive a Wagtail upgrade, so the attribute itself speaks the reader's language:

- ``Workflow.name`` and ``Task.name`` become a descriptor (``install``, called from
  ``TranslationsConfig.ready``) that returns ``gettext(name)`` when the stored name is one
  of this app's defaults, in whatever language the page or email is being rendered
  (Wagtail renders each notification inside ``override(recipient's language)``). Any
  other name, e.g. one an administrator chose, is returned untouched.
- What is stored stays the English default. Django reads a field through the attribute
  when saving (``Field.pre_save``, raw saves, ``bulk_update``) and when cleaning
  (``Model.clean_fields`` writes back what it read), and a ModelForm shows the attribute,
  so the database layer (``get_db_prep_save``) and the descriptor's ``__set__`` both turn a
  default written in any admin language back into the default. An Italian administrator
  who saves Wagtail's workflow form unchanged keeps "Publication with translations" in
  the database, and French editors keep reading it in French.
- Page history stores names as they read when the action happened (Wagtail puts
  ``workflow.name`` in the log entry's data); ``shown_name`` recognises a default in any
  language, so labels.py shows those entries in the reader's language too.

Code must not identify the workflow by its name (it reads differently per language):
roles.py identifies it by its TranslationsReadyTask. Database lookups on the stored value
(``Workflow.objects.get(name=PUBLICATION_WORKFLOW)``) are unaffected.
"""

import functools

from django.db.models.query_utils import DeferredAttribute
from django.utils import translation

from wagtail.admin.localization import get_available_admin_languages

from .roles import PUBLICATION_WORKFLOW, TRANSLATIONS_READY_TASK

DEFAULT_NAMES = (PUBLICATION_WORKFLOW, TRANSLATIONS_READY_TASK)


@functools.cache
def defaults_by_wording():
    """Each default name as written in English and in every admin language -> the default."""
    wordings = {name: name for name in DEFAULT_NAMES}
    for language, _label in get_available_admin_languages():
        with translation.override(language):
            for name in DEFAULT_NAMES:
                wordings.setdefault(translation.gettext(name), name)
    return wordings


def stored_name(name):
    """What the database keeps for ``name``: a default, in whichever language, as the default."""
    if not isinstance(name, str):
        return name
    return defaults_by_wording().get(name, name)


def shown_name(name):
    """``name`` as the active language reads it: a default is translated, others are kept."""
    if not isinstance(name, str):
        return name
    default = defaults_by_wording().get(name)
    return name if default is None else translation.gettext(default)


class ShownNameAttribute(DeferredAttribute):
    """A ``name`` field's attribute: read translated, stored (in ``instance.__dict__``, as
    Django's own attribute does, so deferred loading and ``refresh_from_db`` still work)
    as the default. A data descriptor, so reads always pass through ``__get__``."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        return shown_name(super().__get__(instance, cls))

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = stored_name(value)


def install(model, field_name="name"):
    """Make ``model.<field_name>`` read in the active language and save as stored."""
    field = model._meta.get_field(field_name)
    if isinstance(model.__dict__.get(field.attname), ShownNameAttribute):
        return
    setattr(model, field.attname, ShownNameAttribute(field))
    get_db_prep_save = field.get_db_prep_save

    def get_db_prep_save_stored(value, connection):
        return get_db_prep_save(stored_name(value), connection)

    field.get_db_prep_save = get_db_prep_save_stored
