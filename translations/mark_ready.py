"""“Mark as ready”: how whoever translates says a translation is done, without publishing it.

wagtail-localize's editor saves each text as it is typed and has no "done": its main
button publishes, which is not a translator's to do (permissions.py). Marking as ready:

- checks that the translation is complete for the source text editors last saved
  (readiness.py); if not, says what is missing and changes nothing;
- saves the translated page's new revision as a draft (publication.translated_revision).
  wagtail-localize's ``save_target(publish=False)`` would also write the page's row, which
  is what visitors read while the translation is live: a draft must not change that;
- closes the language's open request (requests.py), so it leaves the translators' list;
- emails those who put the page live, in their admin language: the approvers of the
  workflow step the source waits at, or else the moderators and the plan's officers.

Never publishes: the translation goes live with its source.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .mail import email_each, language_name
from .models import TranslationRequest
from .permissions import plan_of
from .publication import translated_revision
from .readiness import readiness
from .roles import MODERATORS, plan_group_name
from .status import IN_PROGRESS, OUT_OF_DATE, translation_progress


@dataclass
class Outcome:
    ready: bool
    message: str
    buttons: tuple = ()  # (label, url): where to fix what is missing


def mark_ready(translation, user):
    """Mark ``translation`` as ready for ``user``, or say why not (an Outcome either way)."""
    page = translation.get_target_instance()
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return Outcome(False, _("Not marked as ready: the page is locked. Nothing was changed."))
    entry = next((entry for entry in readiness(page) if entry.locale.pk == page.locale_id), None)
    if entry is None or not entry.ready:
        return not_ready(translation, entry)
    try:
        with transaction.atomic():
            revision = translated_revision(entry, user)
            TranslationRequest.objects.filter(
                page_id=entry.source.pk, locale_id=entry.locale.pk, completed_at__isnull=True
            ).update(completed_at=timezone.now())
            transaction.on_commit(lambda: tell_publishers(entry, user))
    except ValidationError as error:
        return Outcome(
            False,
            _("Not marked as ready: %(details)s Nothing was changed.")
            % {"details": " ".join(error.messages)},
        )
    return Outcome(
        True,
        _(
            "The translation of “%(title)s” into %(language)s is marked as ready and saved as a "
            "draft. It is not published: it goes live with its source page."
        )
        % {"title": revision.object_str, "language": language_name(entry.locale.language_code)},
    )


def not_ready(translation, entry):
    """What is missing, in the reader's language."""
    buttons = ()
    if entry is not None and entry.state == IN_PROGRESS:
        source, locale_id = translation.source, translation.target_locale_id
        total, done = translation_progress([source], [locale_id]).get((source.pk, locale_id), (0, 0))
        missing = total - done
        details = ngettext(
            "%(count)d text is not translated yet.", "%(count)d texts are not translated yet.", missing
        ) % {"count": missing}
    elif entry is not None:
        details = entry.reason
        if entry.state == OUT_OF_DATE:
            buttons = ((_("Sync"), reverse("translations_sync", args=[entry.source.pk])),)
    else:
        details = _("No translation has been started.")
    return Outcome(
        False, _("Not marked as ready: %(details)s Nothing was changed.") % {"details": details}, buttons
    )


def publishers(source, actor):
    """Who puts ``source`` live: the approvers of the step it waits at, else the
    moderators and its plan's officers."""
    state = source.current_workflow_task_state
    task = state.task.specific if state is not None else None
    if task is not None and hasattr(task, "groups"):
        groups = task.groups.all()
    else:
        plan = plan_of(source)
        groups = Group.objects.filter(name__in=[MODERATORS, *([plan_group_name(plan)] if plan else [])])
    return get_user_model().objects.filter(groups__in=groups, is_active=True).exclude(pk=actor.pk).distinct()


def tell_publishers(entry, actor):
    """One email to each of them, in their own admin language."""
    source = entry.source
    link = settings.WAGTAILADMIN_BASE_URL + reverse("translations_readiness", args=[source.pk])
    name = actor.get_full_name() or actor.get_username()

    def compose():
        values = {"name": name, "title": source.title, "language": language_name(entry.locale.language_code)}
        body = _(
            "%(name)s marked the translation of “%(title)s” into %(language)s as ready. It is "
            "saved as a draft and goes live with its source page."
        )
        return _("Translation ready: %(title)s") % values, body % values + f"\n\n{link}"

    email_each(publishers(source, actor), compose)
