"""Partners and taxonomies in the admin, grouped under one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Partner, ProgrammePeriod, TargetAudience, Theme


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
