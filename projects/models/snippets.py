"""Organisations and taxonomies shared by many pages; each exists once per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Country(models.TextChoices):
    ITALY = "IT", _("Italy")
    FRANCE = "FR", _("France")
    OTHER = "XX", _("Other country")


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A named category whose slug is the same in every language, so filters match across them."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Short identifier used in addresses; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    """A field of action, e.g. social and health services."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetAudience(Taxonomy):
    """Who a project is for: citizens, public bodies, businesses and professionals, third sector."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("target audience")
        verbose_name_plural = _("target audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ProgrammePeriod(Taxonomy):
    """A programming period of the ALCOTRA programme, e.g. 2014–2020."""

    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))

    panels = [*Taxonomy.panels, FieldPanel("start_year"), FieldPanel("end_year")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("programme period")
        verbose_name_plural = _("programme periods")
        ordering = ["start_year"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot come before the first year.")})


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organisation taking part in projects, named in each language."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region or regional authority")
        LOCAL_AUTHORITY = "local", _("Municipality, grouping of municipalities or metropolitan authority")
        HEALTH = "health", _("Health authority")
        EDUCATION = "education", _("School, university or research body")
        ASSOCIATION = "association", _("Association or third-sector body")
        BUSINESS = "business", _("Business or professional body")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("kind of organisation"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("country")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name
