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
- "Translate this page" / a snippet's "Translate" (permissions.may_submit_translation),
  "Stop translation" (administrators only), overrides (never translators), and the
  machine translation, preview and PO download (permissions.may_edit_translation).
"""

from urllib.parse import urlencode

from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import SourceDeletedError, Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from ..permissions import (
    is_translator_only,
    may_edit_translation,
    may_override,
    may_stop_translation,
    may_submit_translation,
    may_sync_snippet,
)


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


# Issue 10: wagtail-localize's other screens that could act beyond a role, at their addresses.


def _translation(translation_id):
    return get_object_or_404(Translation, pk=translation_id)


def submit_page_translation(request, page_id):
    """ "Translate this page": a translator into their own language only, an officer in
    their plan, a moderator anywhere (permissions.may_submit_translation)."""
    page = get_object_or_404(Page, pk=page_id).specific
    locales = (
        list(Locale.objects.filter(pk__in=request.POST.getlist("locales")))
        if request.method == "POST"
        else None
    )
    # No language ticked: wagtail-localize's form says so itself, and creates nothing.
    if locales != [] and not may_submit_translation(request.user, page, locales):
        if not is_translator_only(request.user):
            raise PermissionDenied
        messages.error(
            request,
            _("Translators start translations into their own language only. Nothing was changed."),
        )
        return redirect("wagtailadmin_home")
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    """A snippet's translation is a new snippet: for those who may add that kind of snippet."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    instance = get_object_or_404(model, pk=unquote(pk))
    if not may_submit_translation(request.user, instance):
        if not is_translator_only(request.user):
            raise PermissionDenied
        messages.error(
            request,
            _(
                "Translators do not create or change partners, themes, audiences or programme periods. "
                "Nothing was changed."
            ),
        )
        return redirect("wagtailadmin_home")
    return SubmitSnippetTranslationView.as_view()(request, app_label=app_label, model_name=model_name, pk=pk)


@require_POST
def stop_translation(request, translation_id):
    """ "Stop translation" makes the page an ordinary page that no longer follows its source
    (its editor then changes facts): an administrator's decision."""
    translation = _translation(translation_id)
    if not may_stop_translation(request.user, translation):
        messages.error(
            request,
            _(
                "Only an administrator can stop a translation: the page would stop following "
                "its source. Nothing was changed."
            ),
        )
        return redirect("wagtailadmin_home")
    return edit_translation.stop_translation(request, translation_id)


def edit_override(request, translation_id, overridable_segment_id):
    """An override gives a translation its own file, image or link instead of the source's:
    not text, so never a translator's (permissions.may_override)."""
    translation = _translation(translation_id)
    if not may_override(request.user, translation):
        message = (
            _("A translation keeps its source's files, images and links. Nothing was changed.")
            if is_translator_only(request.user)
            else _("Sorry, you do not have permission to access this area.")
        )
        return JsonResponse({"error": message}, status=403)
    return edit_translation.edit_override(
        request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
    )


def _may_work_on(view):
    """wagtail-localize's view, once permissions.may_edit_translation allows it."""

    def checked(request, translation_id, **kwargs):
        if not may_edit_translation(request.user, _translation(translation_id)):
            raise PermissionDenied
        return view(request, translation_id, **kwargs)

    return checked


machine_translate = _may_work_on(edit_translation.machine_translate)
preview_translation = _may_work_on(edit_translation.preview_translation)
download_pofile = _may_work_on(edit_translation.download_pofile)
