"""Read-only API (Wagtail API v2) so partners' own sites can reuse the published facts.

Two things are added to Wagtail's endpoints: every parameter is checked before it
reaches the database (cms/api_checks.py), so a crafted request gets a 400 with a reason
in the caller's language, never a server error; and the images and documents endpoints
list only the files that live pages anyone may read use, so a file uploaded for a draft
or a page behind a password or login stays unlisted (``used_on_public_pages``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from cms.api_checks import CheckedParameters


def used_on_public_pages(files):
    """The images or documents of ``files`` that a visitor can see on the site: those
    used by a live page without view restriction (on itself or above), directly or
    through a snippet such as a partner (its logo).

    Wagtail's ReferenceIndex says which object uses which file. It reads a page's row,
    which holds the live version of a live page (drafts are revisions), so a file added
    in a draft is listed only once that draft is published."""
    page_type = ContentType.objects.get_for_model(Page)
    public_pages = Page.objects.live().public().annotate(key=Cast("pk", CharField())).values("key")
    from_public_page = Q(base_content_type=page_type, object_id__in=public_pages)
    # A snippet (never a page: a draft page linked from a live one stays private) that a public page uses.
    used_snippet = Exists(
        ReferenceIndex.objects.filter(
            from_public_page,
            to_content_type=OuterRef("base_content_type"),
            to_object_id=OuterRef("object_id"),
        )
    )
    uses = ReferenceIndex.objects.filter(
        from_public_page | (~Q(base_content_type=page_type) & used_snippet),
        to_content_type=ContentType.objects.get_for_model(files.model),
        to_object_id=Cast(OuterRef("pk"), CharField()),
    )
    # As an id lookup, which the search backends accept as a filter (``id`` is a FilterField).
    return files.filter(pk__in=files.model.objects.filter(Exists(uses)).values("pk"))


class Pages(CheckedParameters, PagesAPIViewSet):
    pass


class PublicFiles(CheckedParameters):
    """Images or documents of public pages only, in listing, detail and find alike.
    Wagtail's queryset already leaves out collections restricted to some people."""

    def get_queryset(self):
        return used_on_public_pages(super().get_queryset())


class Images(PublicFiles, ImagesAPIViewSet):
    pass


class Documents(PublicFiles, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", Pages)
api_router.register_endpoint("images", Images)
api_router.register_endpoint("documents", Documents)
