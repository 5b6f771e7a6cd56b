"""Purging the front cache (Varnish, a CDN: WAGTAILFRONTENDCACHE) of every address that
shows a page whose publication changed: published, unpublished, moved or deleted.

A page shows up, beyond its own address, in each of its language versions (their
language switcher and translation notes), in its ancestors (a project lists its
actions and news, a plan its projects, the home page the latest of everything), in the
lists that gather pages from a whole site (the site-wide news and video lists under a
home page, label pages and the label list), in their feeds, and in the sitemap.

The addresses are computed and purged by a task, so the worker sends the purge and
publishing never waits on the cache. Moves and deletions change or remove addresses,
so those are computed before the change, in the request, and purged after it commits.
Wagtail's own purge-on-publish (wagtail.contrib.frontend_cache's app) is not installed:
it purges the page alone, and rewrites its path into each language's prefix, which
here gives addresses that do not exist (French slugs differ from Italian ones).
"""

from django_tasks import task

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import pre_delete
from django.urls import reverse

from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from cms.models import SectionIndexPage
from cms.sites import SITE_ROOT_DEPTH


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def page_urls(page, cache=None):
    """The full URLs of ``page``: its address and its other cached paths (feeds)."""
    url = page.get_full_url(cache)
    if url is None:
        return []
    return [url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def whole_site_lists():
    """Pages that list pages from all over their site: section lists (news, videos)
    right under a home page, and page types that say so (``lists_the_whole_site``)."""
    condition = Q(pk__in=[])
    for model in get_page_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        if issubclass(model, SectionIndexPage):
            condition |= Q(content_type=content_type, depth=SITE_ROOT_DEPTH + 1)
        elif getattr(model, "lists_the_whole_site", False):
            condition |= Q(content_type=content_type)
    return Page.objects.live().filter(condition)


def urls_showing(page):
    """Every full URL that shows ``page``, as the module docstring lists them."""
    versions = list(Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))
    pages = {page.pk: page} | {version.pk: version for version in versions}
    for version in list(pages.values()):
        for ancestor in version.get_ancestors().filter(depth__gte=SITE_ROOT_DEPTH):
            pages.setdefault(ancestor.pk, ancestor)
    for listing in whole_site_lists().filter(locale_id__in={version.locale_id for version in pages.values()}):
        pages.setdefault(listing.pk, listing)
    cache = {}
    urls = [url for each in pages.values() for url in page_urls(each, cache)]
    for site_root in {url.split("/", 3)[2] for url in urls}:
        scheme = urls[0].split("://", 1)[0]
        urls.append(f"{scheme}://{site_root}{reverse('sitemap')}")
        # Each section's every page (?p=2…): Varnish purges a path with its query strings.
        urls.append(f"{scheme}://{site_root}{reverse('sitemap_section', args=['pages'])}")
    return list(dict.fromkeys(urls))


def subtree_urls(page):
    """The URLs of ``page`` and every page under it, before they move."""
    cache = {}
    pages = Page.objects.descendant_of(page, inclusive=True).specific(defer=True)
    return [url for each in pages for url in page_urls(each, cache)]


@task()
def purge_page(page_id):
    """Purge everything that shows the page, from what the database says now."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        purge_urls_from_cache_task.call(urls_showing(page))  # here, in this task


def on_publication_change(instance, **kwargs):
    if enabled():
        transaction.on_commit(lambda: purge_page.enqueue(instance.pk))


def purge_after_commit(urls):
    urls = list(dict.fromkeys(urls))
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def before_move(instance, **kwargs):
    """The addresses a move is about to change, purged once it is committed."""
    if enabled():
        purge_after_commit(subtree_urls(instance) + urls_showing(instance))


def before_delete(instance, origin=None, **kwargs):
    """The addresses a deletion is about to remove. Django sends this for every page
    deleted; the deletion's origin (treebeard's query of the whole subtree) is
    handled once, from the page at its top."""
    if not enabled() or instance.depth <= 1:
        return
    source = origin if origin is not None else instance
    if getattr(source, "_cms_front_cache_purge", False):
        return
    source._cms_front_cache_purge = True
    pages = list(source) if isinstance(source, QuerySet) else [instance]
    cache = {}
    urls = [url for page in pages for url in page_urls(page, cache)]
    purge_after_commit(urls + urls_showing(min(pages, key=lambda page: page.depth)))


def after_move(instance, **kwargs):
    if enabled():
        transaction.on_commit(lambda: purge_page.enqueue(instance.pk))


def connect():
    page_published.connect(on_publication_change, dispatch_uid="cms.purge.published")
    page_unpublished.connect(on_publication_change, dispatch_uid="cms.purge.unpublished")
    pre_page_move.connect(before_move, dispatch_uid="cms.purge.pre_move")
    post_page_move.connect(after_move, dispatch_uid="cms.purge.post_move")
    # Every deleted page has a row in Page's table: one signal per page, whatever its type.
    pre_delete.connect(before_delete, sender=Page, dispatch_uid="cms.purge.delete")
