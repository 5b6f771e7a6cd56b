"""StreamField blocks shared by every page type.

Feature apps add their own blocks in their ``blocks.py``; what every body needs
lives here, once. Alt text and captions belong to the block that uses an image,
so they are translated with the page (the image itself is shared).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# The agreed rendition widths for content images (see templates/cms/blocks/image_block.html).
IMAGE_WIDTHS = (400, 800, 1200)


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


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alt text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/image_block.html"
        label = _("Image")
        description = _("A responsive image; describe it for people who cannot see it.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote_block.html"
        label = _("Quotation")
        label_format = "{attribution}"
        description = _("Words of a partner, a participant or a visitor, with who said them.")
        preview_value = {"text": "La cooperazione non conosce frontiere.", "attribution": "ALCOTRA"}


class KeyFigureBlock(blocks.StructBlock):
    """A number and what it counts, e.g. 221 communes. The label is translated; the number is not."""

    value = blocks.DecimalBlock(label=_("Number"), min_value=0, decimal_places=2)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Key figure")
        label_format = "{value} {label}"
        preview_value = {"value": "221", "label": "comuni"}


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "table"
        template = "cms/blocks/key_figures_block.html"
        label = _("Key figures")
        description = _("A few numbers that tell the scale of a project or territory.")
        preview_value = {
            "figures": [{"value": "221", "label": "comuni"}, {"value": "366830", "label": "abitanti"}]
        }


class LinkStructValue(blocks.StructValue):
    """Display logic for links lives here, not in templates."""

    def url(self):
        page = self.get("page")
        return page.localized.url if page else self.get("url")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or type an external address, not both and not neither.")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value

    class Meta:
        icon = "link"
        template = "cms/blocks/call_to_action_block.html"
        label = _("Call to action")
        label_format = "{text}"
        value_class = LinkStructValue
        description = _("A prominent link inviting the reader to act: register, read, contact.")
        preview_value = {"text": "Scopri il progetto", "url": "https://www.interreg-alcotra.eu/"}


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=150)

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document_link_block.html"
        label = _("Document")
        label_format = "{label}"
        description = _("A link to a document, with its format and size shown to the reader.")


class VideoReferenceBlock(blocks.StructBlock):
    """Points at a video page, so the video is described, captioned and consented once."""

    video = blocks.PageChooserBlock(label=_("Video page"), page_type="media.VideoPage")

    class Meta:
        icon = "media"
        template = "cms/blocks/video_reference_block.html"
        label = _("Video")
        description = _("A video published on its own page, shown here as a link.")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every page type."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="cms/blocks/paragraph_block.html",
        preview_value="<p>ALCOTRA</p>",
        description=_("Text with links and lists."),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    video = VideoReferenceBlock()

    class Meta:
        label = _("Body")
