"""The explorer's bulk action "Publish with translations": the selected pages (and, if
asked, their subpages) whose translations are ready go live with them; the others are named."""

from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from ..permissions import may_publish
from ..publication import publish_with_translations
from ..readiness import all_ready, readiness


class PublishWithTranslationsBulkAction(PageBulkAction):
    """Explorer bulk action: publish the selected pages (and, if asked, their subpages)
    whose translations are all ready, each together with its translations; list the others."""

    display_name = gettext_lazy("Publish with translations")
    action_type = "publish_with_translations"
    aria_label = gettext_lazy("Publish selected pages together with their translations")
    template_name = "translations/confirm_publish_with_translations.html"
    action_priority = 45

    def check_perm(self, page):
        return may_publish(self.request.user, page)

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
            if user is not None and not may_publish(user, candidate):
                continue
            yield candidate.specific
