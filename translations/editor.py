"""wagtail-localize's translation editor, offering each role only what permissions.py allows.

Why: the editor is a React app fed with JSON props (``perms``, ``links``), built by
``wagtail_localize.views.edit_translation.edit_translation`` from Wagtail's page permissions
alone. It offered what this project refuses anyway: a translator's main button was
"Delete" on a draft translation and "Convert to alias" on a live one, "Stop Synced
translation" was always there (no prop governs it), nothing said "done", and a moderator
could publish a translation whose source is still a draft, for visitors to read.

- ``for_user``: the props with only the permitted actions, and the editor's bottom bar,
  rendered by this app (the template ``wagtail_localize/admin/edit_translation.html``
  overrides wagtail-localize's and hides its React bar): "Publish in <language>" for those
  who may publish the translation, otherwise "Mark as ready" (mark_ready.py) as the main
  action; then the permitted secondary actions and the preview.
- ``handle_the_bar``: the bar posts ``action=publish`` or ``action=mark_ready`` to the page's
  edit address, as wagtail-localize's own bar posts its "Publish", which its
  ``before_edit_page`` hook carries out on Wagtail's publish right alone. Registered ahead of
  it (screens.py), this refuses a publish the bar would not offer, and marks as ready.
"""

import json
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import Translation

from .mail import language_name
from .mark_ready import mark_ready
from .permissions import (
    is_translator_only,
    may_delete,
    may_lock,
    may_mark_ready,
    may_publish,
    may_publish_translation,
    may_stop_translation,
    may_unpublish,
    source_page,
)

PUBLISH, MARK_READY = "publish", "mark_ready"  # the bar's ``action`` values


@dataclass
class Action:
    """A button of the bar: a link to a confirmation screen, or a POST of the bar's form."""

    label: str
    icon: str
    href: str = ""
    post_to: str = ""
    name: str = ""
    value: str = ""
    busy: str = ""


@dataclass
class Bar:
    primary: Action
    edit_url: str
    more: list = field(default_factory=list)
    preview_url: str = ""


@dataclass
class Editor:
    props: str
    bar: Bar | None = None


def editor_translation(page):
    """The translation wagtail-localize's editor opens for ``page``, as its hook finds it."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


# perms key -> the link it opens, dropped with it.
LINKS = {
    "canUnpublish": "unpublishUrl",
    "canDelete": "deleteUrl",
    "canLock": "lockUrl",
    "canUnlock": "unlockUrl",
}


def for_user(user, translation, instance, props):
    """wagtail-localize's ``props`` (JSON) for ``user``, and the bar to show under them.
    Snippets' editors are left as they are (translators change no snippet)."""
    if not isinstance(instance, Page):
        return Editor(props=props)
    data = json.loads(props)
    perms, links = data["perms"], data["links"]
    perms.update(
        canPublish=may_publish_translation(user, translation),
        canUnpublish=may_unpublish(user, instance),
        canDelete=may_delete(user, instance),
        canLock=perms["canLock"] and may_lock(user, instance),
        canUnlock=perms["canUnlock"] and may_lock(user, instance),
    )
    for perm, link in LINKS.items():
        if not perms[perm]:
            links[link] = None
    links["convertToAliasUrl"] = None  # refused to everyone (views/localize.convert_to_alias)
    if not may_stop_translation(user, translation):
        links["stopTranslationUrl"] = None
    return Editor(props=json.dumps(data), bar=bar(translation, instance, data))


def bar(translation, page, data):
    """The main action (publish, or else mark as ready), the others, the preview: from the props."""
    perms, links = data["perms"], data["links"]
    locked = data["object"]["isLocked"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    more = []
    if links["stopTranslationUrl"]:
        more.append(Action(_("Stop Synced translation"), "cross", post_to=links["stopTranslationUrl"]))
    if perms["canDelete"]:
        more.append(Action(_("Delete"), "bin", href=links["deleteUrl"]))
    if perms["canLock"] and not locked:
        more.append(Action(_("Lock"), "lock", post_to=links["lockUrl"]))
    if perms["canUnlock"] and locked:
        more.append(Action(_("Unlock"), "lock-open", post_to=links["unlockUrl"]))
    if perms["canUnpublish"]:
        more.append(Action(_("Unpublish"), "download", href=links["unpublishUrl"]))
    if perms["canPublish"]:
        primary = Action(
            _("Publish in %(language)s") % {"language": language_name(page.locale.language_code)},
            "upload",
            post_to=edit_url,
            name="action",
            value=PUBLISH,
            busy=_("Publishing…"),
        )
    else:
        primary = Action(
            _("Mark as ready"),
            "check",
            post_to=edit_url,
            name="action",
            value=MARK_READY,
            busy=_("Checking the translation…"),
        )
    previews = data.get("previewModes") or []
    return Bar(
        primary=primary,
        edit_url=edit_url,
        more=more,
        preview_url=previews[0]["url"] if previews else "",
    )


def why_not_published(user, translation, page):
    if is_translator_only(user):
        return _(
            "Translators do not publish: when every text is translated, mark the translation as "
            "ready, and it goes live with its source page. Nothing was changed."
        )
    if not may_publish(user, page):
        raise PermissionDenied
    source = source_page(translation)
    if source is None or not source.live:
        return _(
            "Not published: the source page “%(title)s” is not live, and visitors must never read "
            "the translation of a page that is not published. The translation goes live with its "
            "source. Nothing was changed."
        ) % {"title": (source or page).title}
    return _(
        "Not published: in a plan, a translation goes live with its source page, through "
        "“Publish with translations”. Nothing was changed."
    )


def handle_the_bar(request, page):
    """``before_edit_page``: the bar's two actions on a translation's edit address. "Publish in
    <language>" goes on to wagtail-localize unless permissions.may_publish_translation refuses
    it (said in the user's language, nothing changed); "Mark as ready" is done here."""
    action = request.POST.get("action") if request.method == "POST" else None
    if action not in (PUBLISH, MARK_READY):
        return None
    translation = editor_translation(page)
    if translation is None:
        return None
    if action == MARK_READY:
        return mark_as_ready(request, translation, page)
    if may_publish_translation(request.user, translation):
        return None
    messages.error(request, why_not_published(request.user, translation, page))
    return redirect("wagtailadmin_pages:edit", page.pk)


def mark_as_ready(request, translation, page):
    """Saved as a draft and the publishers told, then the dashboard (the translator's to-do
    list); or what is missing, back in the editor. Never published (mark_ready.py)."""
    if not may_mark_ready(request.user, translation):
        raise PermissionDenied
    outcome = mark_ready(translation, request.user)
    if not outcome.ready:
        buttons = [messages.button(url, label) for label, url in outcome.buttons]
        messages.error(request, outcome.message, buttons=buttons)
        return redirect("wagtailadmin_pages:edit", page.pk)
    edit = messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Edit"))
    messages.success(request, outcome.message, buttons=[edit])
    return redirect("wagtailadmin_home")
