"""Read-only API (Wagtail API v2) so partners' own sites can reuse the published facts."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.search import Query


class CheckedParameters:
    """Bad parameters get a 400 with a reason, not a server error: Wagtail passes NUL
    characters to the database (PostgreSQL refuses them), takes any search operator, and
    on SQLite fails on a lone double quote (wagtail#13227). Searches are reduced to words."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in key + value for key, values in request.GET.lists() for value in values):
            raise BadRequestError("query parameters cannot contain NUL characters")
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in request.GET:
            query = request.GET.copy()
            query["search"] = " ".join(Query.parse(query["search"]).words)
            request._request.GET = query


class Pages(CheckedParameters, PagesAPIViewSet):
    pass


class Images(CheckedParameters, ImagesAPIViewSet):
    pass


class Documents(CheckedParameters, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", Pages)
api_router.register_endpoint("images", Images)
api_router.register_endpoint("documents", Documents)
