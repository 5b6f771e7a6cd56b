"""The API's query parameters, checked before they reach the database.

Wagtail passes some values on unchecked: an offset of 2^63 overflows SQLite's integers,
``find/?id=abc`` and a date filter of ``abc`` raise a conversion error, a NUL character
is refused by PostgreSQL, any search operator is taken and a lone double quote breaks
SQLite's search (wagtail#13227). Each of these was a server error. Here every such
value is refused with a 400 whose message says, in the caller's language
(Accept-Language), which parameter was wrong and what it takes. What Wagtail itself
still refuses (the syntax of ``fields``, say) keeps its own English detail inside a
sentence in that language.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection
from django.db.models import DecimalField, IntegerField
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page

from cms.search import Query

# The largest integer both databases take (a 64-bit signed integer).
LARGEST = 2**63 - 1
DIGITS = re.compile(r"[0-9]{1,19}")
# Whole-number parameters: (smallest, "root" accepted).
NUMBERS = {
    "offset": (0, False),
    "id": (1, False),
    "child_of": (1, True),
    "descendant_of": (1, True),
    "ancestor_of": (1, False),
    "translation_of": (1, True),
}
MAX_TAGS = 10  # tags in one filter
MESSAGE_LENGTH = 300  # characters of a refusal that quotes the caller's value


class Refused(BadRequestError):
    """A 400 whose message is already in the caller's language."""


class CheckedNumbers:
    """NUL characters and whole numbers (``offset``, ids), checked before a viewset of
    Wagtail's API v2 reads them. The admin API's endpoints need this as well: there too
    ``offset=2**63`` and ``find/?id=abc`` are server errors."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in key + value for key, values in request.GET.lists() for value in values):
            raise Refused(_("Query parameters cannot contain NUL characters."))
        for name, (smallest, root) in NUMBERS.items():
            check_number(request, name, smallest, LARGEST, root=root)


class CheckedParameters(CheckedNumbers):
    """Every parameter of a public endpoint of Wagtail's API v2 (put before the viewset's class)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_number(request, "limit", 0, getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or LARGEST)
        if any(value not in ("and", "or") for value in request.GET.getlist("search_operator")):
            raise Refused(_("search_operator must be “and” or “or”."))
        if issubclass(self.model, Page):
            check_page_parameters(request)
        if "search" in request.GET:
            query = request.GET.copy()
            query["search"] = " ".join(Query.parse(query["search"]).words)
            request._request.GET = query

    def check_query_parameters(self, queryset):
        known = (
            set(self.get_available_fields(queryset.model, db_fields_only=True)) | self.known_query_parameters
        )
        unknown = sorted(set(self.request.GET) - known)
        if unknown:
            raise Refused(
                _("Unknown query parameters: %(names)s.")
                % {"names": Truncator(", ".join(unknown)).chars(MESSAGE_LENGTH)}
            )

    def filter_queryset(self, queryset):
        """Field filters and ordering are checked against the model listed (the page type)."""
        fields = set(self.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, values in self.request.GET.lists():
            if name in fields:
                for value in values:
                    check_filter(queryset.model, name, value)
        for value in self.request.GET.getlist("order"):
            for name in value.split(","):
                if name.lstrip("-") not in fields | {"random"}:
                    raise Refused(
                        _("Cannot order by “%(name)s”; these fields can be used: %(fields)s.")
                        % {"name": Truncator(name).chars(100), "fields": ", ".join(sorted(fields))}
                    )
        return super().filter_queryset(queryset)

    def handle_exception(self, exc):
        if isinstance(exc, BadRequestError) and not isinstance(exc, Refused):
            exc = Refused(_("This request cannot be answered: %(reason)s") % {"reason": exc})
        return super().handle_exception(exc)


def check_number(request, name, smallest, largest, root=False):
    for value in request.GET.getlist(name):
        if root and value == "root":
            continue
        if not DIGITS.fullmatch(value) or not smallest <= int(value) <= largest:
            message = (
                _("%(name)s must be “root” or a whole number from %(smallest)s to %(largest)s.")
                if root
                else _("%(name)s must be a whole number from %(smallest)s to %(largest)s.")
            )
            raise Refused(message % {"name": name, "smallest": smallest, "largest": largest})


def check_page_parameters(request):
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if any(value not in languages for value in request.GET.getlist("locale")):
        raise Refused(_("locale must be one of: %(codes)s.") % {"codes": ", ".join(languages)})
    if any(not page_types(value) for value in request.GET.getlist("type")):
        raise Refused(
            _("type must name page types, such as %(example)s.") % {"example": "projects.ProjectPage"}
        )


def page_types(value):
    """The page models named in ``type`` (app_label.Model, comma-separated), or ()."""
    try:
        models = [resolve_model_string(name) for name in value.split(",")]
    except (LookupError, ValueError):
        return ()
    return models if all(issubclass(model, Page) for model in models) else ()


def check_filter(model, name, value):
    """Refuse a filter value the database could not compare with the field."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(field, TaggableManager):
        # Any text; but each tag is a join, and SQLite refuses a query of 200.
        if value.count(",") >= MAX_TAGS:
            raise Refused(_("Filter %(name)s: at most %(most)s tags.") % {"name": name, "most": MAX_TAGS})
        return
    while field.is_relation:  # a related object is named by its key (a page's is its page_ptr)
        field = getattr(field, "target_field", None) or field.related_model._meta.pk
    try:
        python = field.to_python(value)
        if isinstance(field, IntegerField | DecimalField):
            field.run_validators(python)  # the database's integer range, a decimal's digits
        if isinstance(python, datetime.datetime) and timezone.is_naive(python):
            python = timezone.make_aware(python)
        field.get_db_prep_value(python, connection, prepared=False)
    except ValidationError as error:
        problem = error.messages[0]
    except (ValueError, TypeError, OverflowError, ArithmeticError):
        problem = _("this value cannot be compared with the field")
    else:
        return
    raise Refused(
        _("Filter %(name)s: %(problem)s")
        % {"name": name, "problem": Truncator(problem).chars(MESSAGE_LENGTH)}
    )
