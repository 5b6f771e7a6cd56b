"""A plan or project comes with its own lists (news, videos).

Before, an officer who wanted to add the first news item to a project had to create
and publish a news list under it first (about 25 clicks, issue 10). Now every list
type with a ``default_title`` that may live under a page type with
``comes_with_lists`` is created with it, as a draft titled in the page's language.
The translations app translates these lists with their page and publishes them the
first time their page goes live (translations/lists.py).
"""

from django.utils import translation
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import get_page_models

from .models import SectionIndexPage


def default_list_models(page):
    """The list types ``page`` is created with, in a stable order."""
    if not getattr(page, "comes_with_lists", False):
        return []
    return [
        model
        for model in get_page_models()
        if issubclass(model, SectionIndexPage)
        and model.default_title is not None
        and model in page.specific_class.creatable_subpage_models()
        and model.can_exist_under(page)
    ]


def default_title(model, language_code):
    with translation.override(language_code):
        return str(model.default_title)


def add_default_lists(page, user=None):
    """Create ``page``'s missing lists as drafts (one revision each, logged as
    created by ``user``); live at once when ``page`` already is. Returns them."""
    page = page.specific
    created = []
    for model in default_list_models(page):
        if page.get_children().type(model).exists():
            continue
        title = default_title(model, page.locale.language_code)
        child = page.add_child(
            instance=model(
                title=title,
                slug=find_available_slug(page, slugify(title)),
                locale_id=page.locale_id,
                live=False,
                owner=user,
            )
        )
        revision = child.save_revision(user=user, log_action=False)
        log(instance=child, action="wagtail.create", user=user)
        if page.live:
            revision.publish(user=user)
        created.append(child)
    return created
