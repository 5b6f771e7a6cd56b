"""StreamField blocks shared by every page type.

Feature apps add their own blocks in their ``blocks.py``; what every body needs
(headings, rich text, images with alt text) lives here, once.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level is chosen so the outline stays valid (h1 is the title)."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading_block.html"
        label = _("Heading")
        label_format = "{text}"
        description = _("A heading that structures the page for readers and screen readers.")
        preview_value = {"text": "PITEM PRO-SOL", "level": "h2"}


class BodyStreamBlock(blocks.StreamBlock):
    """The body of generic pages: headings, paragraphs and images with alt text."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
    )
    # Wagtail's ImageBlock carries the alt text on the page, so it is translated with it.
    image = ImageBlock(label=_("Image"))

    class Meta:
        label = _("Body")
