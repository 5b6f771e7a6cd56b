"""Partners and taxonomies in the admin, grouped under one menu.

Also a warning, on publishing a project page, about what the EU asks the project's
website to state and the page does not (Article 50 of Regulation (EU) 2021/1060).
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ActionPage, Partner, ProgrammePeriod, ProjectPage, ProjectStatus, TargetAudience, Theme


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "country", "kind", "locale"]
    list_filter = ["country", "kind", "locale"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]


class TargetAudienceViewSet(SnippetViewSet):
    model = TargetAudience
    icon = "user"
    list_display = ["name", "slug", "locale"]


class ProgrammePeriodViewSet(SnippetViewSet):
    model = ProgrammePeriod
    icon = "date"
    list_display = ["name", "start_year", "end_year", "locale"]


class ProjectDataViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Project data")
    menu_icon = "folder-open-inverse"
    items = (PartnerViewSet, ThemeViewSet, TargetAudienceViewSet, ProgrammePeriodViewSet)


register_snippet(ProjectDataViewSetGroup)


def _stated(value):
    return bool(value) and bool(strip_tags(str(value)).strip())


def article_50_gaps(page):
    """What Article 50 of Regulation (EU) 2021/1060 asks a project's website to state and
    ``page`` does not: its aims, its results once it is closed, and the EU support."""
    missing = []
    if not _stated(page.objectives):
        missing.append(gettext("the project's aims (objectives)"))
    if page.status == ProjectStatus.CLOSED and not (
        _stated(page.results) or any(action.results for action in ActionPage.objects.child_of(page).live())
    ):
        missing.append(gettext("its results, now that the project is closed"))
    if not page.erdf_amount:
        missing.append(gettext("the EU financial support (the ERDF co-financing)"))
    return missing


@hooks.register("after_publish_page")
def warn_when_article_50_facts_are_missing(request, page):
    """Publishing goes ahead; the editor is told what to add, in their language."""
    missing = article_50_gaps(page) if isinstance(page, ProjectPage) else []
    if missing:
        messages.warning(
            request,
            gettext(
                "Published, but this project page does not yet state what Article 50 of Regulation "
                "(EU) 2021/1060 asks of the project's website: %(missing)s."
            )
            % {"missing": "; ".join(missing)},
        )
