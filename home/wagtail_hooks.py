"""Admin reminders for the accessibility statement: both national formats ask for a
review at least once a year, so editors are told when that year has passed."""

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component

from cms.templatetags.cms_format import long_date

from .models import AccessibilityStatementPage, one_year_before


def overdue_statements(user):
    """Statements the user may edit whose last review is more than a year old."""
    pages = AccessibilityStatementPage.objects.filter(
        last_review_date__lt=one_year_before(timezone.localdate())
    ).select_related("locale")
    return [page for page in pages.order_by("path") if page.permissions_for_user(user).can_edit()]


class OverdueStatementsPanel(Component):
    """On the dashboard: each statement to review, one click from its editor."""

    name = "accessibility_review"
    order = 30

    def __init__(self, pages):
        self.pages = pages

    def render_html(self, parent_context=None):
        items = format_html_join(
            "",
            '<li><a href="{}">{} ({})</a>: {}</li>',
            (
                (
                    reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    page.title,
                    page.locale.get_display_name(),
                    _("last reviewed on %(date)s") % {"date": long_date(page.last_review_date)},
                )
                for page in self.pages
            ),
        )
        return format_html(
            '<section class="panel summary nice-padding" aria-labelledby="accessibility-review-title">'
            '<h2 id="accessibility-review-title">{}</h2><p>{}</p><ul>{}</ul></section>',
            _("Accessibility statements to review"),
            _("More than a year has passed since their last review: check them and update the date."),
            items,
        )


@hooks.register("construct_homepage_panels")
def add_overdue_statements_panel(request, panels):
    pages = overdue_statements(request.user)
    if pages:
        panels.append(OverdueStatementsPanel(pages))


@hooks.register("before_edit_page")
def warn_when_the_statement_review_is_overdue(request, page):
    if request.method == "GET" and isinstance(page, AccessibilityStatementPage) and page.review_overdue:
        messages.warning(
            request,
            _(
                "This accessibility statement was last reviewed on %(date)s, more than a year ago: "
                "check it against the site and update the date of the last review."
            )
            % {"date": long_date(page.last_review_date)},
        )
