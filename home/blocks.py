"""The blocks of the home page: a lead band and sections that fill themselves.

An officer or moderator composes the home from these blocks and the ordinary body
blocks (cms/blocks.py), in any order. Left empty, or holding only ordinary blocks,
the home composes itself (``shown_sections``): lead, latest news, plans and
projects, latest videos, label.

``home`` imports no other content app (import-linter: ``news`` and ``media`` sit
above it, ``projects`` beside it). It names the page types it shows by their
``"app_label.ModelName"``, as Wagtail's own ``PageChooserBlock(page_type=...)``
does, and resolves them when a block is rendered; an app that is not installed
just leaves its section out. What the pages say about themselves comes through
``BasePage`` hooks (``card_image``, ``listing_date``), so no field of another app
is read here except the ``date`` the latest news and videos are ordered by.

Translation (wagtail-localize): headings, the lead's text, link text and image
description are translated; chosen pages, the image, addresses and counts are
facts kept from the source. A chosen page is shown in the home's language when it
has a live translation, and left out otherwise.
"""

import json

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, Page

from cms.blocks import BodyStreamBlock
from cms.cards import with_card_images
from cms.freshness import kept
from cms.models import restrictions_over
from cms.templatetags.cms_format import long_date

NEWS_TYPE = "news.NewsPage"
VIDEO_TYPE = "media.VideoPage"
# What news and videos belong to, and what the home features when nobody chose.
PLAN_AND_PROJECT_TYPES = ("projects.PlanPage", "projects.ProjectPage")
CATALOGUE_TYPE = "projects.ProjectIndexPage"
LABEL_TYPE = "projects.LabelPage"

# Plans and projects the home shows when none is chosen (two rows of cards): the
# plans, then the projects, each newest first.
AUTOMATIC_FEATURED = 6

# Blocks that make the home a home; a body with none of them composes itself around.
SECTION_BLOCKS = ("lead", "latest_news", "featured", "latest_videos", "label")


def page_models(*names):
    """The page models named ``"app_label.ModelName"``, leaving out those not installed."""
    found = []
    for name in names:
        try:
            found.append(apps.get_model(name))
        except LookupError:
            continue
    return found


def visible(pages, locale_id):
    """Live pages of the language, not behind a view restriction, in the same query."""
    return pages.live().filter(locale_id=locale_id).exclude(Exists(restrictions_over()))


def locale_id_of(page):
    """The language of the page being rendered (the reader's in an admin block preview)."""
    return page.locale_id if page is not None else Locale.get_active().pk


def child_list(home, models):
    """The live public child of ``home`` of one of these types (the list a section links to)."""
    if home is None or home.pk is None or not models:
        return None
    return visible(Page.objects.child_of(home).type(*models), home.locale_id).first()


def owners(pages):
    """The closest live plan or project above each page (or None), in one query: what a
    news item or video is about, shown as its card's kicker."""
    models = page_models(*PLAN_AND_PROJECT_TYPES)
    prefixes = {
        page.path[:end] for page in pages for end in range(Page.steplen, len(page.path), Page.steplen)
    }
    if not models or not prefixes:
        return [None] * len(pages)
    found = {
        owner.path: owner
        for owner in Page.objects.type(*models).live().filter(path__in=prefixes).only("title", "path")
    }
    result = []
    for page in pages:
        above = [found[path] for path in sorted(found) if page.path.startswith(path) and path != page.path]
        result.append(above[-1] if above else None)
    return result


def in_language(chosen, locale_id):
    """The live public translations of the ``chosen`` pages in this language, in the
    order chosen, as their specific page types; a page without one is left out."""
    keys = [page.translation_key for page in chosen if page is not None]
    if not keys:
        return []
    found = visible(Page.objects.filter(translation_key__in=keys), locale_id).specific().defer_streamfields()
    by_key = {page.translation_key: page for page in found}
    return [by_key[key] for key in dict.fromkeys(keys) if key in by_key]


class LeadValue(blocks.StructValue):
    """The lead band's link: a page in the reader's language (none if it has no live
    translation: never a page in the other language), or an address."""

    def link_url(self):
        if not self.get("link_text"):
            return ""
        page = self.get("page")
        if page is None:
            return self.get("url") or ""
        shown = page.localized
        return shown.url if shown.live and shown.locale_id == Locale.get_active().pk else ""


class HomeSection:
    """A block that makes the home a home (rather than body text): templates give it
    room of its own and an id for its heading (``block_id``).

    Its HTML is kept until the public content changes (cms/freshness.py): the latest
    news, the plans and the label are the home's queries, and the home is every
    visitor's first page. Previews are always drawn afresh."""

    is_home_section = True

    def render(self, value, context=None):
        draw = super().render
        context = context or {}
        page, request = context.get("page"), context.get("request")
        if page is None or page.pk is None or request is None or getattr(request, "is_preview", False):
            return draw(value, context)
        parts = [
            type(self).__name__,
            str(page.pk),
            get_language() or "",
            request.get_host(),
            str(context.get("block_id")),
            str(context.get("is_first")),
            json.dumps(self.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder),
        ]
        return mark_safe(kept("home-section", parts, lambda: str(draw(value, context))))  # noqa: S308


class LeadBlock(HomeSection, blocks.StructBlock):
    """The band at the top of the home: what the site is about, a picture, one way in."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Short text"), required=False, max_length=300)
    image = ImageBlock(label=_("Image"), required=False)
    page = blocks.PageChooserBlock(label=_("Link to a page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)
    link_text = blocks.CharBlock(label=_("Link text"), required=False, max_length=80)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        image = value.get("image")
        if image is not None and not image.decorative and not (image.contextual_alt_text or "").strip():
            errors["image"] = ValidationError(
                _("Describe the image for people who cannot see it, or mark it decorative.")
            )
        if value.get("page") and value.get("url"):
            errors["url"] = ValidationError(_("Choose a page or type an external address, not both."))
        elif (value.get("page") or value.get("url")) and not value.get("link_text"):
            errors["link_text"] = ValidationError(_("Say where the link leads."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "image"
        template = "home/blocks/lead_block.html"
        label = _("Lead")
        label_format = "{heading}"
        value_class = LeadValue
        description = _("The band at the top of the home page: a heading, a few words, a picture and a link.")
        preview_value = {
            "heading": "Progetti transfrontalieri ALCOTRA",
            "text": "Piani, progetti e notizie dei partner italiani e francesi.",
        }


class LatestPagesBlock(HomeSection, blocks.StructBlock):
    """The newest live pages of one type in the home's language, as cards."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    count = blocks.IntegerBlock(label=_("How many"), min_value=3, max_value=12, default=3)

    # Set by each subclass: the page type listed, its order (as its lists order it),
    # the heading when none is written and the text of the link to the whole list.
    page_type = None
    ordering = ("-date", "-first_published_at", "-pk")
    default_heading = None
    more_text = None

    def entry(self, page, owner):
        return {"page": page, "kicker": owner.title if owner else "", "meta": long_date(page.date)}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        home = (parent_context or {}).get("page")
        models = page_models(self.page_type)
        pages = []
        if models:
            latest = visible(models[0].objects.all(), locale_id_of(home)).defer_streamfields()
            pages = with_card_images(list(latest.order_by(*self.ordering)[: value.get("count") or 3]))
        context.update(
            heading=value.get("heading") or self.default_heading,
            entries=[self.entry(page, owner) for page, owner in zip(pages, owners(pages), strict=True)],
            # The list it links to: the home's child that may hold the page type.
            all_pages=child_list(home, models[0].allowed_parent_page_models() if models else []),
            more_text=self.more_text,
        )
        return context

    class Meta:
        template = "home/blocks/latest_pages_block.html"


class LatestNewsBlock(LatestPagesBlock):
    page_type = NEWS_TYPE
    ordering = ("-date", "title", "pk")
    default_heading = _("Latest news")
    more_text = _("All news")

    class Meta:
        icon = "date"
        label = _("Latest news")
        label_format = "{heading}"
        description = _("The newest news of the site in the page's language, filled in automatically.")
        preview_value = {"heading": "", "count": 3}


class LatestVideosBlock(LatestPagesBlock):
    page_type = VIDEO_TYPE
    default_heading = _("Latest videos")
    more_text = _("All videos")

    def entry(self, page, owner):
        entry = super().entry(page, owner)
        duration = getattr(page, "duration_display", "")
        if duration:
            entry["meta"] = f"{entry['meta']} · " + gettext("Duration %(duration)s") % {"duration": duration}
        return entry

    class Meta:
        icon = "media"
        label = _("Latest videos")
        label_format = "{heading}"
        description = _("The newest videos of the site in the page's language, filled in automatically.")
        preview_value = {"heading": "", "count": 3}


class FeaturedBlock(HomeSection, blocks.StructBlock):
    """Pages an editor puts forward, as cards; the plans and projects when none is chosen."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")),
        label=_("Pages"),
        default=[],
        help_text=_("Plans, projects or any page. Leave empty to show the plans and projects."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        home = (parent_context or {}).get("page")
        locale_id = locale_id_of(home)
        chosen = [page for page in value.get("pages") or [] if page is not None]
        if chosen:
            pages = in_language(chosen, locale_id)
        else:
            pages = []
            for model in page_models(*PLAN_AND_PROJECT_TYPES):
                room = AUTOMATIC_FEATURED - len(pages)
                if room > 0:
                    pages += (
                        visible(model.objects.all(), locale_id)
                        .defer_streamfields()
                        .order_by("-first_published_at", "path")[:room]
                    )
        context.update(
            heading=value.get("heading") or gettext("Plans and projects"),
            pages=with_card_images(pages),
            all_pages=child_list(home, page_models(CATALOGUE_TYPE)),
        )
        return context

    class Meta:
        icon = "pick"
        template = "home/blocks/featured_block.html"
        label = _("Featured pages")
        label_format = "{heading}"
        description = _("Pages you put forward, as cards; without a choice, the plans and projects.")
        preview_value = {"heading": "", "pages": []}


class LabelBlock(HomeSection, blocks.StructBlock):
    """A label (e.g. ALCOTRA Jeunes) with its badge, what it rewards and how many projects hold it."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    label = blocks.PageChooserBlock(
        label=_("Label"),
        page_type=LABEL_TYPE,
        required=False,
        help_text=_("Leave empty to show the first label."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        home = (parent_context or {}).get("page")
        locale_id = locale_id_of(home)
        chosen = value.get("label")
        if chosen is not None:
            found = in_language([chosen], locale_id)
            label = found[0] if found else None
        else:
            models = page_models(LABEL_TYPE)
            label = visible(models[0].objects.all(), locale_id).order_by("path").first() if models else None
        holders = None
        if label is not None and hasattr(label, "holders"):
            holders = label.holders().order_by().values("page_id").distinct().count()
        context.update(heading=value.get("heading"), label=label, holders=holders)
        return context

    class Meta:
        icon = "tag"
        template = "home/blocks/label_block.html"
        label = _("Label")
        label_format = "{heading}"
        description = _("A label with its badge, its summary and the number of projects that hold it.")
        preview_value = {"heading": ""}


class HomeStreamBlock(BodyStreamBlock):
    """The home page's blocks: every ordinary body block, so bodies written before the
    home had its own blocks are kept as they are, and the home sections."""

    lead = LeadBlock()
    latest_news = LatestNewsBlock()
    featured = FeaturedBlock()
    latest_videos = LatestVideosBlock()
    label = LabelBlock()

    class Meta:
        label = _("Home page")
        block_counts = {"lead": {"max_num": 1}}


def automatic_lead(stream_block, page):
    """The lead made from the page itself: title, summary, listing image and its description."""
    image = page.listing_image
    if image is not None:
        image.contextual_alt_text = page.listing_image_alt
        image.decorative = not page.listing_image_alt
    lead = stream_block.child_blocks["lead"]
    value = {**lead.get_default(), "heading": page.title, "text": page.summary, "image": image}
    return LeadValue(lead, list(value.items()))


def shown_sections(page):
    """What the home shows, in order, as a StreamValue, and whether the first block is
    a lead (its heading is then the page's ``<h1>``).

    A body with a home block is shown as composed. A body without one (empty, or text
    written before the home had its own blocks) is framed by the automatic sections:
    the lead from the page, the text, latest news, plans and projects, latest videos,
    the label."""
    body = page.body
    stream_block = body.stream_block
    if any(child.block_type in SECTION_BLOCKS for child in body):
        composed = body
    else:
        automatic = [
            ("lead", automatic_lead(stream_block, page), "home-lead"),
            *((child.block_type, child.value, child.id) for child in body),
        ]
        for name in SECTION_BLOCKS[1:]:
            automatic.append((name, stream_block.child_blocks[name].get_default(), f"home-{name}"))
        composed = blocks.StreamValue(stream_block, automatic)
    return composed, bool(len(composed)) and composed[0].block_type == "lead"
