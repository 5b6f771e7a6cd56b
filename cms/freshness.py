"""A token that changes whenever what the public sees changes (a page published,
unpublished, moved or deleted): lists keep what they count, and the home its sections,
under it, so they are computed once per change, not once per visitor, and a change is
seen at once without anyone forgetting anything.

The token changes at the change and again when its transaction commits, so what a
request computed from the state in between is not kept. What is kept also expires on
its own (``KEPT_SECONDS``), for changes no page signal announces (a partner's country,
a picture replaced).
"""

import hashlib
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

KEY = "cms:public-content-token"
KEPT_SECONDS = 10 * 60


def token():
    value = cache.get(KEY)
    if value is None:
        cache.add(KEY, uuid.uuid4().hex, None)
        value = cache.get(KEY) or ""
    return value


def renew(**kwargs):
    cache.set(KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(KEY, uuid.uuid4().hex, None))


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        renew()


def kept(name, parts, compute):
    """``compute()``, kept until the public content changes; ``parts`` (strings) say
    what was computed (the list's query and filters chosen, the section and its page)."""
    digest = hashlib.sha256("\x1f".join([token(), *parts]).encode()).hexdigest()
    key = f"cms:kept:{name}:{digest}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, KEPT_SECONDS)
    return found


def connect():
    page_published.connect(renew, dispatch_uid="cms.freshness.published")
    page_unpublished.connect(renew, dispatch_uid="cms.freshness.unpublished")
    post_page_move.connect(renew, dispatch_uid="cms.freshness.moved")
    post_delete.connect(on_delete, dispatch_uid="cms.freshness.deleted")
