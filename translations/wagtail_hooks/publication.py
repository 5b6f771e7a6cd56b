"""Inside a plan, a page goes live in all its languages at once (issue 10).

An officer's plain "Publish" used to put one language live alone. Now, for a page inside
a plan (permissions.must_publish_with_translations):

- Officers see no plain "Publish". In its place, "Publish with translations": their
  publish right is kept (roles.py), and pressing it does what an officer means by
  publishing a bilingual page: when every translation is ready for the text just saved,
  the page and its translations go live together (publication.publish_with_translations);
  when one is not, nothing is published and the message says, in the officer's language,
  which language is missing or out of date, with a link to the readiness screen. Refusing
  even when ready, and pointing to the workflow, would make the officer wait for a
  moderator with nothing left to check.
- What they typed is kept as a draft either way (Wagtail saves the revision before any
  publish hook runs, as "Save draft" would): losing an edit would be worse than a draft.
- A POST of Wagtail's own ``action-publish`` by an officer (an old form, a script) goes
  the same way, and so does the explorer's bulk "Publish": refused as a whole when a
  page of a plan is not ready, and otherwise each such page is published with its
  translations.
- Moderators (and administrators) get "Publish with translations" too, and Wagtail's
  publish, renamed "Publish in Italian only" / "Publish in French only": publishing one
  language alone stays possible, as an explicit choice, for those who answer for it.
- A plan whose "pages may go live in one language" is ticked (``PlanPage.single_language_pages``,
  set by administrators) keeps Wagtail's menu as it is.

Whichever button is used, facts follow the source at once (facts.py).
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem, PublishMenuItem
from wagtail.models import Page

from ..permissions import is_moderator, may_publish, must_publish_with_translations, plan_of
from ..publication import publish_with_translations
from ..readiness import all_ready, readiness

PUBLISH_WITH_TRANSLATIONS = "action-publish-with-translations"
PUBLISH_ALONE = {"it": gettext_lazy("Publish in Italian only"), "fr": gettext_lazy("Publish in French only")}


class PublishWithTranslationsMenuItem(ActionMenuItem):
    """Saves the page, then publishes it with its translations if they are ready."""

    label = gettext_lazy("Publish with translations")
    name = PUBLISH_WITH_TRANSLATIONS
    icon_name = "upload"

    def is_shown(self, context):
        return context["view"] in ("edit", "revisions_revert") and not context["locked_for_user"]


class PublishAloneMenuItem(PublishMenuItem):
    """Wagtail's publish, named for what it does in a plan: this language only."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        where = page if page is not None and page.pk else context.get("parent_page")
        context["label"] = PUBLISH_ALONE.get(where.locale.language_code, context["label"])
        return context


@hooks.register("construct_page_action_menu")
def publish_with_translations_in_plans(menu_items, request, context):
    page = context.get("page")
    where = page if page is not None and page.pk else context.get("parent_page")
    index = next((i for i, item in enumerate(menu_items) if type(item) is PublishMenuItem), None)
    if where is None or index is None:
        return
    plan = plan_of(where)
    if plan is None or plan.single_language_pages:
        return
    order = menu_items[index].order
    replacement = []
    if context["view"] != "create":  # a new page has no translation yet
        replacement.append(PublishWithTranslationsMenuItem(order=order))
    if is_moderator(request.user):
        replacement.append(PublishAloneMenuItem(order=order))
    menu_items[index : index + 1] = replacement


def what_is_missing(entries):
    return " ".join(f"{entry.language_name}: {entry.reason}" for entry in entries if not entry.ready)


def publish_from_the_editor(request, page):
    """The page was just saved: publish it with its translations, or say what is missing."""
    page = page.specific
    entries = readiness(page)
    if not all_ready(entries):
        message = _(
            "Not published: in a plan, a page goes live in all its languages at once, and a "
            "translation is not ready. %(details)s"
        ) % {"details": what_is_missing(entries)}
        messages.error(
            request,
            f"{message} {_('Your changes are saved as a draft.')}",
            buttons=[
                messages.button(reverse("translations_readiness", args=[page.pk]), _("See what is missing"))
            ],
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    publish_with_translations(page, user=request.user, entries=entries)
    messages.success(
        request,
        ngettext(
            "%(count)d page was published with its translations.",
            "%(count)d pages were published with their translations.",
            1,
        )
        % {"count": 1},
        buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Edit"))],
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_publish_page")
def officers_publish_with_translations(request, page):
    """Wagtail's publish (edit, create and revert views), for whom the rule holds."""
    if must_publish_with_translations(request.user, page):
        return publish_from_the_editor(request, page)
    return None


@hooks.register("after_edit_page")
def publish_with_translations_from_the_editor(request, page):
    """The "Publish with translations" button: Wagtail saved a draft; now publish."""
    if (
        request.method == "POST"
        and request.POST.get(PUBLISH_WITH_TRANSLATIONS)
        and may_publish(request.user, page)
    ):
        return publish_from_the_editor(request, page)
    return None


@hooks.register("before_bulk_action")
def bulk_publish_goes_with_translations(request, action_type, objects, action_class_instance):
    """The explorer's bulk "Publish": pages of a plan go live with their translations, or,
    when one of them is not ready, nothing is published."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    user, action = request.user, action_class_instance
    pages = [page.specific for page in objects]
    if action.cleaned_form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += [
                descendant
                for descendant in page.get_descendants().not_live().specific()
                if descendant.permissions_for_user(user).can_publish()
            ]
    pages = list({page.pk: page for page in pages}.values())
    held = {page.pk: readiness(page) for page in pages if must_publish_with_translations(user, page)}
    if not held:
        return None
    waiting = [page for page in pages if page.pk in held and not all_ready(held[page.pk])]
    if waiting:
        details = "; ".join(f"“{page.title}” ({what_is_missing(held[page.pk])})" for page in waiting)
        messages.error(
            request,
            _(
                "Nothing was published: in a plan, a page goes live in all its languages at once, "
                "and these pages' translations are not ready: %(details)s"
            )
            % {"details": details},
        )
        return redirect(action.next_url)
    for page in pages:
        if page.pk in held:
            publish_with_translations(page, user=user, entries=held[page.pk])
        else:
            (page.get_latest_revision() or page.save_revision(user=user)).publish(user=user)
    messages.success(
        request,
        ngettext(
            "%(count)d page was published with its translations.",
            "%(count)d pages were published with their translations.",
            len(pages),
        )
        % {"count": len(pages)},
    )
    return redirect(action.next_url)
