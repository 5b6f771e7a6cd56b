"""What every public page shows around its content: the programme's logo, the legal
pages the footer links to. One setting per site, edited in Settings → Site identity."""

from defusedxml import ElementTree

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

# A logo is a few kilobytes; the programme's own files are under 100 KB.
MAX_LOGO_BYTES = 300 * 1024
# What an SVG shown as a logo never needs, and what could run or load something.
FORBIDDEN_ELEMENTS = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video", "use"}


def local_name(name):
    return name.rsplit("}", 1)[-1]


def validate_logo_svg(file):
    """Refuse anything but a self-contained, script-free SVG: the file is served from
    our own domain, where a script inside it would run if someone opened it directly."""
    if file.size > MAX_LOGO_BYTES:
        raise ValidationError(_("The logo is too large: at most 300 KB."))
    file.seek(0)
    try:
        root = ElementTree.fromstring(file.read())
    except Exception as error:  # defusedxml refuses entities and DTDs; anything unparsable lands here
        raise ValidationError(_("This file is not a valid SVG image.")) from error
    finally:
        file.seek(0)
    if local_name(root.tag) != "svg":
        raise ValidationError(_("This file is not a valid SVG image."))
    for element in root.iter():
        if local_name(str(element.tag)) in FORBIDDEN_ELEMENTS:
            raise ValidationError(_("The logo may not contain scripts, frames or external content."))
        for attribute, value in element.attrib.items():
            name = local_name(attribute).lower()
            if name.startswith("on") or (
                name == "href" and not value.startswith(("#", "data:image/png", "data:image/jpeg"))
            ):
                raise ValidationError(_("The logo may not contain scripts, frames or external content."))
            if "url(" in value and "url(#" not in value.replace(" ", ""):
                raise ValidationError(_("The logo may not contain scripts, frames or external content."))


def svg_size(file):
    """(width, height) from the SVG's viewBox, else its width and height; (0, 0) if unknown."""
    try:
        file.seek(0)
        root = ElementTree.fromstring(file.read())
        file.seek(0)
    except Exception:  # a missing or unreadable file: the header then sizes it by CSS alone
        return 0, 0
    box = root.get("viewBox", "").replace(",", " ").split()
    try:
        if len(box) == 4:
            return round(float(box[2])), round(float(box[3]))
        return round(float(root.get("width", "0").rstrip("px"))), round(
            float(root.get("height", "0").rstrip("px"))
        )
    except ValueError:
        return 0, 0


def legal_page(verbose_name):
    """A page the footer links to, optional; choosing none leaves it out of the footer."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class SiteIdentity(ClusterableModel, BaseSiteSetting):
    """The legal pages every footer links to, and the programme's logo files.

    Pages are chosen once, in any language: each footer links to the live version in
    its own language. Until a logo is uploaded for a language, the site draws the
    programme's harmonised block (EU emblem, statement, programme name) itself."""

    legal_notice = legal_page(_("legal notice"))
    privacy = legal_page(_("privacy"))
    contact = legal_page(_("contact"))

    panels = [
        MultiFieldPanel(
            [FieldPanel("legal_notice"), FieldPanel("privacy"), FieldPanel("contact")],
            heading=_("Footer links"),
            help_text=_(
                "Choose each page in one language: the footer links to its version in the visitor's language."
            ),
        ),
        InlinePanel(
            "programme_logos",
            heading=_("Programme logo"),
            help_text=_(
                "The SVG files of the programme's logo block, one per language, as the programme "
                "supplies them. They replace the block the site draws."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

    FOOTER_PAGES = ("legal_notice", "privacy", "contact")

    def footer_pages(self):
        """(name, page) of the legal pages chosen, in footer order; read them with
        ``select_related(*SiteIdentity.FOOTER_PAGES)`` to spare a query."""
        pages = ((name, getattr(self, name)) for name in self.FOOTER_PAGES)
        return [(name, page) for name, page in pages if page is not None]


class ProgrammeLogo(Orderable):
    """The programme-supplied logo file of one language."""

    identity = ParentalKey(SiteIdentity, related_name="programme_logos", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(
        _("SVG file"),
        upload_to="identity/",
        validators=[FileExtensionValidator(["svg"]), validate_logo_svg],
    )
    description = models.CharField(
        _("text of the logo"),
        max_length=200,
        help_text=_(
            "What the logo says, for people who cannot see it, e.g. "
            '"Interreg France-Italia ALCOTRA, co-funded by the European Union".'
        ),
    )

    # Its proportions, so the header reserves its space before it loads (no layout shift).
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)

    panels = [FieldPanel("language"), FieldPanel("file"), FieldPanel("description")]

    def save(self, *args, **kwargs):
        self.width, self.height = svg_size(self.file)
        super().save(*args, **kwargs)

    class Meta(Orderable.Meta):
        verbose_name = _("programme logo")
        constraints = [
            models.UniqueConstraint(fields=["identity", "language"], name="one_programme_logo_per_language")
        ]
