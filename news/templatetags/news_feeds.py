"""Which news feeds a page offers to feed readers (``templates/includes/feed_links.html``).

A news index offers its own feeds and a news item those of its index; a plan or
project offers the feeds of its own news index, and a home page the site-wide ones
of its language. A home, plan or project page costs one query (its index); the
others none.
"""

from django import template
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction

from home.models import HomePage
from news.feeds import feed_links
from news.models import NewsIndexPage, NewsPage
from projects.models import PlanPage, ProjectPage

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The RSS and Atom links of the news index that covers the page shown, if any."""
    index = covering_index(context.get("page"), context)
    return feed_links(index, context.get("request")) if index is not None else []


def covering_index(page, context):
    if isinstance(page, NewsIndexPage):
        return page
    if isinstance(page, NewsPage):
        return context.get("news_index")  # its live parent, found by NewsPage.get_context
    if isinstance(page, HomePage | PlanPage | ProjectPage) and page.pk is not None:
        # (No pk: the preview of a page not created yet, with no children.) Not a
        # private index: feed readers could not open its feeds.
        return NewsIndexPage.objects.child_of(page).live().exclude(Exists(restrictions_over())).first()
    return None


def restrictions_over():
    """View restrictions on the outer page or an ancestor (a restricted page's path
    begins the page's path): ``public()`` in the same query rather than one more."""
    return PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
