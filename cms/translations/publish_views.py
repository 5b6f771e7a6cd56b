"""Admin views for coordinated publication: what a page's translations lack, syncing
them from the version under review, and publishing pages with their translations."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.models import Page

from cms.roles import may_sync

from .publication import publish_with_translations
from .readiness import all_ready, readiness
from .sync import sync_from_latest_revision


def translation_readiness(request, page_id):
    """Each language's state for one page, with the links that fix it."""
    page = get_object_or_404(Page, pk=page_id).specific
    return render(request, "cms/translations/readiness.html", {"page": page})


def sync_translations(request, page_id):
    """GET: what a sync does; POST: sync every translation of the page from its latest revision."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_sync(request.user, page):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request)
    if request.method == "POST":
        if sync_from_latest_revision(page) is None:
            messages.error(request, _("“%(title)s” has no translation to sync.") % {"title": page.title})
        else:
            messages.success(
                request,
                _(
                    "The translations of “%(title)s” now follow its latest version; changed text is marked "
                    "untranslated."
                )
                % {"title": page.title},
            )
        return redirect(next_url) if next_url else redirect("cms_translation_readiness", page_id=page.pk)
    return render(request, "cms/translations/sync_confirm.html", {"page": page, "next": next_url})


class PublishWithTranslationsBulkAction(PageBulkAction):
    """Explorer bulk action: publish the selected pages (and, if asked, their subpages)
    whose translations are all ready, each together with its translations; list the others."""

    display_name = gettext_lazy("Publish with translations")
    action_type = "publish_with_translations"
    aria_label = gettext_lazy("Publish selected pages together with their translations")
    template_name = "cms/translations/confirm_publish_with_translations.html"
    action_priority = 45

    def check_perm(self, page):
        return page.permissions_for_user(self.request.user).can_publish()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for item in context["items"]:
            entries = readiness(item["item"])
            item["entries"] = entries
            item["ready"] = all_ready(entries)
        return context

    def get_execution_context(self):
        self.waiting = []  # filled by execute_action, read by the success message
        return {
            **super().get_execution_context(),
            "include_descendants": self.cleaned_form.cleaned_data["include_descendants"],
            "waiting": self.waiting,
        }

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, waiting=None, **kwargs):
        published = []
        waiting = [] if waiting is None else waiting
        for page in pages_to_publish(objects, include_descendants, user):
            entries = readiness(page)
            if all_ready(entries):
                publish_with_translations(page, user=user, entries=entries)
                published.append(page)
            else:
                waiting.append(page)
        return len(published), len(waiting)

    def get_success_message(self, num_published, num_waiting):
        message = ngettext(
            "%(count)d page was published with its translations.",
            "%(count)d pages were published with their translations.",
            num_published,
        ) % {"count": num_published}
        if num_waiting:
            titles = ", ".join(f"“{page.title}”" for page in self.waiting)
            message += " " + ngettext(
                "%(count)d page was left unpublished because its translations are not ready: %(titles)s.",
                "%(count)d pages were left unpublished because their translations are not ready: %(titles)s.",
                num_waiting,
            ) % {"count": num_waiting, "titles": titles}
        return message


def pages_to_publish(objects, include_descendants, user):
    """The selected pages, then (if asked) their subpages with something to publish, in
    tree order, each once, among those the user may publish."""
    seen = set()
    for page in objects:
        candidates = [page]
        if include_descendants:
            candidates += list(
                page.get_descendants().filter(has_unpublished_changes=True).defer_streamfields().specific()
            )
        for candidate in candidates:
            if candidate.pk in seen:
                continue
            seen.add(candidate.pk)
            if user is not None and not candidate.permissions_for_user(user).can_publish():
                continue
            yield candidate.specific
