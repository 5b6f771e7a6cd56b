"""The admin form every page uses."""

from django.db.models import Q, QuerySet

from modelcluster.queryset import FakeQuerySet
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


def as_list(value):
    """A form's initial value for one or many choices, as a list. A page loaded from a
    draft revision gives modelcluster's FakeQuerySet for many-to-many fields."""
    if value is None:
        return []
    if isinstance(value, list | tuple | QuerySet | FakeQuerySet):
        return list(value)
    return [value]


def live_rows(formset):
    """The valid, not-deleted rows of an inline formset, for rules across rows."""
    return [
        form
        for form in formset.forms
        if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class BasePageForm(WagtailAdminPageForm):
    """Offer only the page's own language in choices of translatable snippets.

    Without this, a list of themes would show "Servizi sociosanitari" and
    "Services socio-sanitaires" side by side; the French page is synchronised from
    its source anyway, and shows each item in the reader's language. Whatever the
    page already links to stays selectable, so saving never drops a link.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            # Pages are chosen in the page chooser, which has its own locale filter.
            if (
                queryset is not None
                and issubclass(queryset.model, TranslatableMixin)
                and not issubclass(queryset.model, Page)
            ):
                pks = [getattr(item, "pk", item) for item in as_list(self.initial.get(name))]
                field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=pks))
