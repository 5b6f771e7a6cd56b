"""What a page's card needs read in advance: its picture and the picture's renditions.

Every list that shows cards (templates/includes/card.html) goes through
``with_card_images``, so a list of 3 or 300 pages costs the same few queries.
"""

from django.db.models import Prefetch, QuerySet

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms import renditions

# The renditions card.html asks for; a test keeps the two the same.
CARD_PICTURE = renditions.CARD
CARD_FILTERS = Filter.expand_spec(CARD_PICTURE)


def with_card_images(pages):
    """``pages`` with the picture their card shows (``BasePage.card_image``: the listing
    image, else the page type's own picture) and its card renditions read in advance.

    A queryset of one page type gets prefetches (it can still be ordered and sliced);
    a list, of any mix of page types, has its pictures attached in two queries."""
    images = get_image_model().objects.prefetch_renditions(*CARD_FILTERS)
    if isinstance(pages, QuerySet):
        fields = ("listing_image", getattr(pages.model, "own_image_field", None))
        return pages.prefetch_related(*(Prefetch(name, queryset=images) for name in fields if name))
    wanted = []
    for page in pages:
        field = "listing_image" if page.listing_image_id else getattr(page, "own_image_field", None)
        if field and getattr(page, f"{field}_id", None):
            wanted.append((page, field))
    if wanted:
        by_pk = images.in_bulk({getattr(page, f"{field}_id") for page, field in wanted})
        for page, field in wanted:
            setattr(page, field, by_pk.get(getattr(page, f"{field}_id")))
    return pages
