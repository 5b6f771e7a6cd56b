"""Drafts of one plan that officers of another plan must never read (issue 13).

GRAIES LAB (French source) gets a news item never published, submitted for moderation,
locked, with its Italian translation started, and a title changed in a draft of its live
project SociaLab. PRO-SOL's officer, ``referente-prosol``, must see none of these titles.
"""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsPage
from translations.roles import publication_workflow

NEWS_TITLE = "Brouillon confidentiel de SociaLab"
PROJECT_TITLE = "SociaLab, titre encore confidentiel"
SECRETS = (NEWS_TITLE, PROJECT_TITLE)


def other_plan_drafts(demo_site):
    """GRAIES LAB's drafts, made by its officer; returns the draft, its list, the project
    and the translation started."""
    author = get_user_model().objects.get(username="referent-graies")
    news_list = demo_site.page("news-index:socialab", "fr")
    draft = NewsPage(
        title=NEWS_TITLE, slug="brouillon-confidentiel", date=datetime.date(2026, 3, 1), owner=author
    )
    draft.live = False
    news_list.add_child(instance=draft)
    draft.save_revision(user=author, log_action=True)
    PageLogEntry.objects.log_action(draft, "wagtail.create", user=author)
    publication_workflow().start(draft, author)
    draft.locked, draft.locked_by, draft.locked_at = True, author, timezone.now()
    draft.save(update_fields=["locked", "locked_by", "locked_at"])
    source, _created = TranslationSource.get_or_create_from_instance(draft)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="it")
    )
    translation.save_target(user=author, publish=False)

    project = demo_site.page("project:socialab", "fr")
    project.title = PROJECT_TITLE
    project.save_revision(user=author, log_action=True)
    return SimpleNamespace(draft=draft, news_list=news_list, project=project, translation=translation)


def leaked(response):
    """The drafts' titles a response shows."""
    text = response.content.decode(errors="replace")
    return [title for title in SECRETS if title in text]
