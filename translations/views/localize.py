"""wagtail-localize's own screens that would break the rules, taken over at their addresses
(translations comes before wagtail_localize in INSTALLED_APPS, so these match first).

- "Convert to alias" replaces a translation by an alias of the source: the source's
  language, live, in the other language's tree, and the translation deleted. Refused
  to everyone, with a message, changing nothing.
- "Sync translated pages" syncs from the source's live row and may publish every
  translation at once, for anyone allowed to submit translations. For a page it is
  this app's sync screen instead (from the latest revision, never publishing, for
  those who may sync that page); for a snippet, wagtail-localize's screen without
  its "publish" box, for those who may change that kind of snippet.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import SourceDeletedError, TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView

from ..permissions import may_sync_snippet


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    messages.error(
        request,
        _(
            "A translation cannot become an alias of its source: visitors would read the source's "
            "language at this address. Nothing was changed."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    try:
        instance = source.get_source_instance()
    except (SourceDeletedError, Page.DoesNotExist) as error:
        raise Http404 from error
    if isinstance(instance, Page):
        url = reverse("translations_sync", args=[instance.pk])
        next_url = get_valid_next_url_from_request(request)
        return redirect(f"{url}?{urlencode({'next': next_url})}" if next_url else url)
    if not may_sync_snippet(request.user, instance):
        raise PermissionDenied
    if request.method == "POST" and "publish_translations" in request.POST:
        request.POST = request.POST.copy()
        del request.POST["publish_translations"]
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)
