"""Tell translators when they are needed.

- When a page that has translations is published and its translatable text differs
  from what was last sent to translators, each target language gets one open
  ``TranslationRequest``.
- When a page is submitted to a workflow (to go live with its translations), each
  language whose translation is not ready gets one, new pages included.

Each new request sends one email to the language's translators, in their admin
language. The request shows on their dashboard until the translation is up to date
again; edits in the meantime do not send more emails.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from .mail import email_each, language_name
from .models import TranslationRequest
from .readiness import readiness
from .roles import TRANSLATORS
from .status import UP_TO_DATE, status_rows, translate_url
from .sync import text_changed


class Reason:
    """Why translators are asked: a published source changed, or a page waits to go live."""

    CHANGED, SUBMITTED = "changed", "submitted"


def request_translations(page, revision):
    """Called when ``page`` is published: open requests and notify, once per change."""
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None or not text_changed(page, source):
        return []
    created = []
    target_locales = Translation.objects.filter(source=source, enabled=True).values_list(
        "target_locale_id", flat=True
    )
    for locale in Locale.objects.filter(pk__in=target_locales):
        request = open_request(page, locale, revision, Reason.CHANGED)
        if request is not None:
            created.append(request)
    return created


def request_for_submission(page):
    """Called when ``page`` is submitted to a workflow: a request for every language
    whose translation is not ready for the text submitted (missing, in progress, out of date)."""
    page = page.specific
    created = []
    for entry in readiness(page):
        if entry.ready:
            continue
        request = open_request(
            entry.source, entry.locale, entry.source.get_latest_revision(), Reason.SUBMITTED
        )
        if request is not None:
            created.append(request)
    return created


def open_request(page, locale, revision, reason):
    """The open request for (page, locale), made if there is none and its translators
    emailed after the commit; None when one was already open (it moves to ``revision``:
    translators already know, so no second email)."""
    request = TranslationRequest.objects.filter(
        page_id=page.pk, locale=locale, completed_at__isnull=True
    ).first()
    if request is not None:
        request.revision = revision
        request.save(update_fields=["revision"])
        return None
    request = TranslationRequest.objects.create(page_id=page.pk, locale=locale, revision=revision)
    transaction.on_commit(lambda: notify(request, reason))
    return request


MESSAGES = {
    Reason.CHANGED: gettext_lazy(
        "The page “%(title)s” was changed and published. Its %(language)s translation needs "
        "updating: sync it, then translate the changed text.\n\n%(link)s"
    ),
    Reason.SUBMITTED: gettext_lazy(
        "The page “%(title)s” was submitted for publication and waits for its %(language)s "
        "translation: both languages go live together once it is ready.\n\n%(link)s"
    ),
}


def notify(request, reason=Reason.CHANGED):
    """One email to each translator into the request's language, in their own admin language."""
    group = TRANSLATORS.get(request.locale.language_code)
    link = (
        settings.WAGTAILADMIN_BASE_URL
        + reverse("translations_overview")
        + f"?language={request.locale.language_code}"
    )

    def compose():
        values = {
            "title": request.page.title,
            "language": language_name(request.locale.language_code),
            "link": link,
        }
        return _("To translate: %(title)s") % values, str(MESSAGES[reason]) % values

    email_each(get_user_model().objects.filter(groups__name=group, is_active=True), compose)


def open_requests_for(user):
    """Open requests in the languages this user translates into, newest first; those
    whose translation is up to date again are closed on the way."""
    languages = [code for code, name in TRANSLATORS.items() if user.groups.filter(name=name).exists()]
    if user.is_superuser:
        languages = list(TRANSLATORS)
    requests = list(
        TranslationRequest.objects.filter(completed_at__isnull=True, locale__language_code__in=languages)
        .select_related("page", "locale")
        .order_by("-created_at")
    )
    if not requests:
        return []
    states = {
        (row.source.pk, row.locale.pk): row.state
        for row in status_rows(translation_keys={request.page.translation_key for request in requests})
    }
    still_open = []
    for request in requests:
        if states.get((request.page_id, request.locale_id)) == UP_TO_DATE:
            request.close()
        else:
            still_open.append(request)
    # What the translator opens: the translation when it exists, else "Translate" for the source.
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in={request.page.translation_key for request in still_open},
            alias_of__isnull=True,
        ).only("pk", "translation_key", "locale_id")
    }
    for request in still_open:
        request.target = targets.get((request.page.translation_key, request.locale_id))
        request.translate_url = translate_url(request.page, request.locale.language_code)
    return still_open


def track_copied_page(source_page, copy):
    """Wagtail copies a page's untranslated parents (as drafts, see BasePage) before
    wagtail-localize translates the page: give each copy a translation, so it opens in
    wagtail-localize's editor and shows as work to do in the overview."""
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.get_or_create(
        source=source, target_locale_id=copy.locale_id, defaults={"enabled": True}
    )
