"""The publication workflow's buttons speak the editor's language, without doubled verbs
(Wagtail built them from English database names and added "and Publish" to ours)."""

import pytest

from django.urls import reverse

from wagtail.models import Workflow

from tests.support.html import soup
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, plan_group_name

pytestmark = pytest.mark.django_db


def action_labels(client, page):
    page_html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    footer = page_html.select_one("footer") or page_html
    return " ".join(footer.get_text(" ").split())


@pytest.mark.parametrize("language", ["it", "fr"])
def test_officer_submits_for_publication_with_translations_in_their_language(client, demo_site, language):
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")), language=language)
    client.force_login(officer)
    labels = action_labels(client, demo_site.page("project:coor-com"))  # the Italian source
    assert said("Submit for publication with translations", language) in labels
    assert PUBLICATION_WORKFLOW not in labels


@pytest.mark.parametrize("language", ["it", "fr"])
def test_moderator_approves_with_one_verb_in_their_language(client, demo_site, language):
    page = demo_site.page("project:coor-com")
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")))
    page.save_revision(user=officer)
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, officer)
    client.force_login(make_user("w-moderator", MODERATORS, language=language))
    labels = action_labels(client, page)
    approve = said("Approve and publish with translations", language)
    assert approve in labels
    assert said("%(label)s and Publish", language, label=approve) not in labels
