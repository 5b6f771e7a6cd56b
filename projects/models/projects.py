"""Plans, projects and their actions: what the partners do, with the facts the programme asks for."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Orderable, get_page_models
from wagtail.search import index

from cms import renditions
from cms.blocks import BodyStreamBlock, KeyFigureBlock
from cms.cards import with_card_images
from cms.facts import MONEY, validate_date_range
from cms.grammar import Period
from cms.i18n import localize_objects
from cms.models import BasePage, SectionIndexPage
from projects.forms import ProjectPageForm

from ..seo import project_data
from .actions import ActionPage
from .facts import ProjectStatus, status_for
from .snippets import ProgrammePeriod, TargetAudience, Theme

# A partner's logo is shown 40 px high at most (from a rendition twice as high, for sharp
# screens), never taller than the EU emblem in the header (48 px): the footer's filter.
PARTNER_LOGO_FILTER = renditions.LOGO
PARTNER_LOGO_HEIGHT = 40
# A label's badge beside its name (the label page's own rendition, shown smaller).
LABEL_BADGE_FILTER = renditions.BADGE
# How many news and videos a plan or project page shows before "all news", "all videos".
LATEST_ITEMS = 3


def images_by_id(ids, *filters):
    """The images of ``ids`` (None skipped) by id, with their ``filters`` renditions: two queries."""
    ids = {pk for pk in ids if pk}
    if not ids:
        return {}
    return {
        image.pk: image
        for image in get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*filters)
    }


def partner_logo(partner, images):
    """The logo of ``partner`` as shown beside its name (url, width, height), or None."""
    image = images.get(partner.logo_id)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(PARTNER_LOGO_FILTER)
    except SourceImageIOError:  # a lost file costs its logo, never the page
        return None
    height = min(PARTNER_LOGO_HEIGHT, rendition.height)
    return {
        "url": rendition.url,
        "width": round(rendition.width * height / rendition.height),
        "height": height,
    }


def latest_in_lists(page, count=LATEST_ITEMS):
    """The live lists (news, videos) right under ``page``, each with its ``count`` latest
    items, keyed by the items' model name (``newspage``, ``videopage``). Each list gathers
    its items as its own page does (``SectionIndexPage.scope``): under a plan, its
    projects' items too. A few queries per kind of list, however many items."""
    lists = {}
    for model in get_page_models():
        if not issubclass(model, SectionIndexPage) or model._meta.abstract:
            continue
        index = model.objects.child_of(page).live().public().first()
        if index is None:
            continue
        item_model = index.allowed_subpage_models()[0]
        items, _root = index.scope(item_model.objects.all())
        latest = with_card_images(items).order_by("-date", "-first_published_at", "-pk").defer_streamfields()
        lists[item_model._meta.model_name] = {"index": index, "items": list(latest[:count])}
    return lists


class PlanPage(BasePage):
    """An integrated plan (PITEM, PITER) grouping several projects under one strategy."""

    class Kind(models.TextChoices):
        PITEM = "pitem", _("PITEM – integrated thematic plan")
        PITER = "piter", _("PITER – integrated territorial plan")
        OTHER = "other", _("Other plan")

    kind = models.CharField(_("kind of plan"), max_length=10, choices=Kind.choices, default=Kind.PITEM)
    acronym = models.CharField(
        _("acronym"), max_length=40, help_text=_("E.g. PRO-SOL; the same in every language.")
    )
    full_name = models.CharField(_("full name"), max_length=250)
    programme_period = models.ForeignKey(
        ProgrammePeriod, verbose_name=_("programme period"), on_delete=models.PROTECT, related_name="+"
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    objectives = RichTextField(_("objectives"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    single_language_pages = models.BooleanField(
        _("pages may go live in one language"),
        default=False,
        help_text=_(
            "Officers may then publish this plan's pages in one language while the other is "
            "missing or out of date. Off: a page goes live in all its languages at once."
        ),
    )

    synchronised_fields = ("acronym", "programme_period", "themes", "single_language_pages")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("kind"), FieldPanel("acronym")]), FieldPanel("full_name")],
            heading=_("Identity"),
        ),
        FieldPanel("programme_period"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("objectives"),
        FieldPanel("body"),
    ]
    # Whether the plan's pages may go live in one language is not the officers' call.
    settings_panels = [
        *BasePage.settings_panels,
        FieldPanel("single_language_pages", permission="projects.allow_single_language_pages"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("acronym", boost=3),
        index.SearchField("full_name", boost=2),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *map(APIField, ("kind", "acronym", "full_name", "programme_period", "objectives", "body")),
    ]

    # Plans are entries of the catalogue; they hold projects and plan-level news and videos.
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = ["projects.ProjectPage", "news.NewsIndexPage", "media.VideoIndexPage"]
    offers_child_feeds = True
    comes_with_lists = True

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        permissions = [("allow_single_language_pages", "Can let a plan's pages go live in one language")]

    def structured_data(self, facts, context):
        return project_data(self, facts, context, is_project=False, in_plan=False)

    def projects(self):
        return with_card_images(
            ProjectPage.objects.child_of(self)
            .live()
            .public()
            .select_related("programme_period")
            .prefetch_related("project_partners__partner")
            .order_by("path")
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = list(self.projects())
        partners = {}
        for project in projects:
            for link in project.project_partners.all():
                partners.setdefault(link.partner.translation_key, link.partner)
        partners = sorted(
            localize_objects(partners.values(), self.locale_id), key=lambda partner: partner.name
        )
        logos = images_by_id((partner.logo_id for partner in partners), PARTNER_LOGO_FILTER)
        context.update(
            projects=projects,
            total_budget=sum((p.total_budget or 0 for p in projects), Decimal("0")),
            total_erdf=sum((p.erdf_amount or 0 for p in projects), Decimal("0")),
            partners=partners,
            partner_rows=[{"partner": partner, "logo": partner_logo(partner, logos)} for partner in partners],
            programme_period=localize_objects([self.programme_period], self.locale_id)[0],
            # Read only when the kept fragment (cms_kept) is drawn afresh.
            latest=SimpleLazyObject(lambda: latest_in_lists(self)),
        )
        return context


class ProjectPage(BasePage):
    """A single cooperation project with the facts the programme requires on its page."""

    acronym = models.CharField(
        _("acronym"), max_length=40, help_text=_("E.g. COOR-COM; the same in every language.")
    )
    full_name = models.CharField(_("full name"), max_length=250)
    programme_period = models.ForeignKey(
        ProgrammePeriod, verbose_name=_("programme period"), on_delete=models.PROTECT, related_name="+"
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    total_budget = models.DecimalField(_("total budget (€)"), null=True, blank=True, **MONEY)
    erdf_amount = models.DecimalField(
        _("ERDF co-financing (€)"),
        null=True,
        blank=True,
        help_text=_("European Regional Development Fund: FESR in Italian, FEDER in French."),
        **MONEY,
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    audiences = ParentalManyToManyField(
        TargetAudience, verbose_name=_("target audiences"), blank=True, related_name="+"
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        verbose_name=_("territory key figures"),
        help_text=_("E.g. 221 communes, 366 830 inhabitants."),
    )
    predecessor = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("continues the project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The earlier project this one builds on; it will show this one as its successor."),
    )
    objectives = RichTextField(
        _("objectives"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What the project sets out to do. The EU asks every project's website to state it."),
    )
    results = RichTextField(
        _("results"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "What the project achieved. The EU asks for it on the website once the project is closed."
        ),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    synchronised_fields = ("acronym", "programme_period", "themes", "audiences")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("acronym"), FieldPanel("full_name"), FieldPanel("programme_period")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])], heading=_("Duration")
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("total_budget"), FieldPanel("erdf_amount")])], heading=_("Budget")
        ),
        MultiFieldPanel([FieldPanel("objectives"), FieldPanel("results")], heading=_("Aims and results")),
        InlinePanel("project_partners", heading=_("Partners"), label=_("Partner"), min_num=1),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("key_figures"),
        InlinePanel("project_labels", heading=_("Labels received"), label=_("Label")),
        FieldPanel("predecessor"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("acronym", boost=3),
        index.SearchField("full_name", boost=2),
        index.SearchField("objectives"),
        index.SearchField("results"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *map(
            APIField,
            (
                "acronym",
                "full_name",
                "programme_period",
                "start_date",
                "end_date",
                "total_budget",
                "erdf_amount",
                "themes",
                "audiences",
                "key_figures",
                "predecessor",
                "project_partners",
                "project_labels",
                "objectives",
                "results",
                "body",
            ),
        ),
    ]

    # Inside a plan, or directly in the catalogue for a project outside any plan (CARE).
    parent_page_types = ["projects.PlanPage", "projects.ProjectIndexPage"]
    subpage_types = ["projects.ActionPage", "news.NewsIndexPage", "media.VideoIndexPage"]
    offers_child_feeds = True
    comes_with_lists = True

    base_form_class = ProjectPageForm

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        errors = {}
        try:
            validate_date_range(self.start_date, self.end_date)
        except ValidationError as error:
            errors.update(error.message_dict)
        if (
            self.total_budget is not None
            and self.erdf_amount is not None
            and self.erdf_amount > self.total_budget
        ):
            errors["erdf_amount"] = [_("The ERDF co-financing cannot be larger than the total budget.")]
        if (
            self.predecessor_id
            and self.predecessor_id == self.pk
            or (self.predecessor and self.predecessor.translation_key == self.translation_key)
        ):
            errors["predecessor"] = [_("A project cannot continue itself.")]
        if errors:
            raise ValidationError(errors)

    @property
    def status(self):
        return status_for(self.start_date, self.end_date)

    @property
    def listing_date(self):
        """Its period, shown in lists and search results (cms_format ``when``)."""
        return Period(self.start_date, self.end_date)

    def get_status_display(self):
        return ProjectStatus(self.status).label

    @property
    def cofinancing_rate(self):
        """ERDF share of the total budget, in percent, rounded to one decimal (85 for 85.0)."""
        if not self.total_budget or self.erdf_amount is None:
            return None
        rate = (self.erdf_amount / self.total_budget * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return rate.quantize(Decimal("1")) if rate == rate.to_integral() else rate

    @staticmethod
    def partner_rows(links, partners):
        """Partners with their role and logo, the lead partner first, then in the editors' order."""
        order = {role: index for index, role in enumerate(ProjectPartner.Role.values)}
        rows = sorted(
            zip(links, partners, strict=True), key=lambda row: (order[row[0].role], row[0].sort_order)
        )
        logos = images_by_id((partner.logo_id for partner in partners), PARTNER_LOGO_FILTER)
        return [
            {
                "partner": partner,
                "role": link.get_role_display(),
                "is_lead": link.role == ProjectPartner.Role.LEAD,
                "logo": partner_logo(partner, logos),
            }
            for link, partner in rows
        ]

    @cached_property
    def plan(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, PlanPage) else None

    def successors(self):
        return ProjectPage.objects.live().filter(
            locale_id=self.locale_id, predecessor__translation_key=self.translation_key
        )

    def structured_data(self, facts, context):
        parent = facts["parent"]
        in_plan = parent is not None and issubclass(parent.specific_class, PlanPage)
        return project_data(self, facts, context, is_project=True, in_plan=in_plan)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        label_links = list(self.project_labels.select_related("label"))
        partner_links = list(self.project_partners.select_related("partner"))
        groups = {
            "partners": [link.partner for link in partner_links],
            "themes": list(self.themes.all()),
            "audiences": list(self.audiences.all()),
            "labels": [link.label for link in label_links],
            "period": [self.programme_period],
            "predecessor": [self.predecessor] if self.predecessor_id else [],
        }
        # One localisation pass for every linked object: a query per model at most.
        localized = iter(
            localize_objects([obj for objects in groups.values() for obj in objects], self.locale_id)
        )
        shown = {name: [next(localized) for _obj in objects] for name, objects in groups.items()}
        badges = images_by_id((label.badge_id for label in shown["labels"]), LABEL_BADGE_FILTER)
        context.update(
            partners=self.partner_rows(partner_links, shown["partners"]),
            themes=shown["themes"],
            audiences=shown["audiences"],
            labels=[
                {"label": label, "year": link.year, "badge": badges.get(label.badge_id)}
                for link, label in zip(label_links, shown["labels"], strict=True)
            ],
            programme_period=shown["period"][0],
            predecessor=shown["predecessor"][0] if shown["predecessor"] else None,
            successors=list(self.successors()),
            actions=list(
                with_card_images(ActionPage.objects.child_of(self).live().public())
                .defer_streamfields()
                .order_by("path")
            ),
            # Read only when the kept fragment (cms_kept) is drawn afresh.
            latest=SimpleLazyObject(lambda: latest_in_lists(self)),
        )
        return context


class ProjectPartner(Orderable):
    """A partner's place in a project; synchronised, so both languages list the same partners."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PARTNER = "partner", _("Partner")
        ASSOCIATED = "associated", _("Associated partner")

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_partners")
    partner = models.ForeignKey(
        "projects.Partner", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTNER)

    panels = [FieldPanel("partner"), FieldPanel("role")]
    api_fields = [APIField("partner"), APIField("role")]


class ProjectLabel(Orderable):
    """A label awarded to a project in a given year; the label page lists its holders from these rows."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_labels")
    label = models.ForeignKey(
        "projects.LabelPage", verbose_name=_("label"), on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year awarded"), validators=[MinValueValidator(1990)])

    panels = [FieldPanel("label"), FieldPanel("year")]
    api_fields = [APIField("label"), APIField("year")]
