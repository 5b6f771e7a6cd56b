"""The accessibility statement (AgID and RGAA formats) and the footer's link to it."""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from cms.models import BasePage


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NOT_COMPLIANT = "not-compliant", _("not compliant")


# The national model statements word the status themselves (AgID in Italy, RGAA in
# France): "compliant" is "conforme" in one and "totalement conforme" in the other. The
# words are fixed by those formats, so they live here rather than in the catalogs.
NATIONAL_STATUS_WORDING = {
    "it": {"compliant": "conforme", "partial": "parzialmente conforme", "not-compliant": "non conforme"},
    "fr": {
        "compliant": "totalement conforme",
        "partial": "partiellement conforme",
        "not-compliant": "non conforme",
    },
}

# Where a visitor unsatisfied with the answer to their feedback turns: AgID's form in
# Italy, the Défenseur des droits in France. Used when the statement gives no address.
NATIONAL_ENFORCEMENT_URLS = {
    "it": "https://form.agid.gov.it/",
    "fr": "https://formulaire.defenseurdesdroits.fr/",
}


def status_wording(status, language):
    """``status`` as the national format of ``language`` words it (the English label elsewhere)."""
    return NATIONAL_STATUS_WORDING.get(language, {}).get(status) or str(ComplianceStatus(status).label)


def one_year_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class NonAccessibleItemBlock(blocks.StructBlock):
    """One content that is not accessible, why, and how to get it otherwise: the three
    things both national formats ask for each item."""

    class Reason(models.TextChoices):
        NON_COMPLIANCE = "non-compliance", _("Non-compliance")
        DISPROPORTIONATE_BURDEN = "disproportionate-burden", _("Disproportionate burden")
        OUTSIDE_SCOPE = "outside-scope", _("Outside the scope of the applicable law")

    content = blocks.TextBlock(
        label=_("Content"), help_text=_("What is not accessible, e.g. PDF reports published before 2021.")
    )
    reason = blocks.ChoiceBlock(label=_("Reason"), choices=Reason.choices)
    alternative = blocks.TextBlock(
        label=_("Accessible alternative"),
        required=False,
        help_text=_("How visitors can get the same information, e.g. on request by email."),
    )

    class Meta:
        icon = "warning"
        label = _("Item not accessible")
        label_format = "{content}"
        description = _("A content that is not accessible, with the reason and an alternative.")
        preview_value = {"content": "Video senza audiodescrizione", "reason": "non-compliance"}


class AccessibilityStatementPage(BasePage):
    """The accessibility statement the law asks every public website for (Italy: AgID's
    format; France: the RGAA's). One per language; the footer of every page shows its
    status and links to it. The statement is reviewed at least once a year."""

    introduction = RichTextField(
        _("commitment"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Who commits to making the site accessible, under which law of this country."),
    )
    compliance_status = models.CharField(
        _("compliance status"), max_length=20, choices=ComplianceStatus.choices
    )
    standard = models.CharField(
        _("standard and version"),
        max_length=200,
        help_text=_("E.g. WCAG 2.1 AA, EN 301 549 v3.2.1 in Italian, RGAA 4.1.2 in French."),
    )
    criteria_met = models.PositiveSmallIntegerField(
        _("criteria met (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    audit_date = models.DateField(_("date of the audit"))
    audited_by = models.CharField(
        _("audited by"),
        max_length=250,
        help_text=_("E.g. a self-assessment by the partners, or the auditor."),
    )
    audit_method = RichTextField(
        _("how the site was checked"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Tools, browsers and assistive technologies used; the pages checked."),
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleItemBlock())], blank=True, verbose_name=_("non-accessible content")
    )
    feedback_email = models.EmailField(_("feedback email address"), blank=True)
    feedback_url = models.URLField(_("feedback form address"), blank=True)
    enforcement_url = models.URLField(
        _("enforcement procedure address"),
        blank=True,
        help_text=_(
            "Leave empty for the national authority: AgID in Italian, the Défenseur des droits in French."
        ),
    )
    statement_date = models.DateField(_("date of the statement"))
    last_review_date = models.DateField(_("date of the last review"))

    synchronised_fields = (
        "compliance_status",
        "criteria_met",
        "audit_date",
        "statement_date",
        "last_review_date",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("standard"), FieldPanel("criteria_met")],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [FieldPanel("audit_date"), FieldPanel("audited_by"), FieldPanel("audit_method")],
            heading=_("Audit"),
        ),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_url"), FieldPanel("enforcement_url")],
            heading=_("Feedback and enforcement"),
        ),
        FieldRowPanel([FieldPanel("statement_date"), FieldPanel("last_review_date")], heading=_("Dates")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("non_accessible_content")]

    # One statement per language, hanging from its home page.
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        errors = {}
        today = timezone.localdate()
        for name in ("audit_date", "statement_date", "last_review_date"):
            if getattr(self, name) and getattr(self, name) > today:
                errors[name] = [_("This date cannot be in the future.")]
        if self.last_review_date and "last_review_date" not in errors:
            if self.audit_date and self.last_review_date < self.audit_date:
                errors["last_review_date"] = [_("The last review cannot come before the audit.")]
            elif self.statement_date and self.last_review_date < self.statement_date:
                errors["last_review_date"] = [_("The last review cannot come before the statement.")]
        if not (self.feedback_email or self.feedback_url):
            errors["feedback_email"] = [_("Give an email address or a form address for feedback.")]
        errors.update(self.status_errors())
        if errors:
            raise ValidationError(errors)

    def status_errors(self):
        """The status must agree with the content listed and the share of criteria met."""
        reasons = {item.value["reason"] for item in self.non_accessible_content}
        if self.compliance_status == ComplianceStatus.COMPLIANT:
            if NonAccessibleItemBlock.Reason.NON_COMPLIANCE in reasons:
                return {"compliance_status": [_("A fully compliant site lists no non-compliance.")]}
            if self.criteria_met is not None and self.criteria_met < 100:
                return {"criteria_met": [_("A fully compliant site meets 100% of the criteria.")]}
        elif self.compliance_status and not reasons:
            # On the status (not the StreamField), so the message shows in plain HTML, next to the choice.
            return {
                "compliance_status": [
                    _("A site that is not fully compliant lists below what is not accessible, and why.")
                ]
            }
        return {}

    @property
    def review_overdue(self):
        """More than a year since the last review: both formats ask for a yearly one."""
        return bool(self.last_review_date) and self.last_review_date < one_year_before(timezone.localdate())

    def status_display(self):
        return status_wording(self.compliance_status, self.locale.language_code)

    def enforcement_address(self):
        return self.enforcement_url or NATIONAL_ENFORCEMENT_URLS.get(self.locale.language_code, "")

    def items_by_reason(self):
        """Non-accessible content grouped under the national formats' three headings."""
        groups = {reason: [] for reason in NonAccessibleItemBlock.Reason}
        for item in self.non_accessible_content:
            groups[NonAccessibleItemBlock.Reason(item.value["reason"])].append(item.value)
        return [(reason.label, items) for reason, items in groups.items() if items]


STATEMENT_CACHE_KEY = "home:accessibility-statement:{}"


def statement_link(request, language, home_path=""):
    """The footer's facts for ``language``: the address of the live statement of the site
    whose home page has ``home_path`` (empty without one) and its status, worded
    nationally. Cached per language (for every site, keyed by home page) until a
    statement is published, unpublished or deleted, so pages pay no query for it."""
    key = STATEMENT_CACHE_KEY.format(language)
    links = cache.get(key) or {}
    link = links.get(home_path)
    if link is None:
        page = (
            AccessibilityStatementPage.objects.live()
            .public()
            .filter(locale__language_code=language, path__startswith=home_path)
            .order_by("path")
            .first()
        )
        # Without a statement the national formats count the site as not compliant.
        link = {
            "url": page.get_url(request) if page else "",
            "status": page.compliance_status if page else ComplianceStatus.NOT_COMPLIANT.value,
        }
        cache.set(key, {**links, home_path: link}, 60 * 60)
    return {**link, "wording": status_wording(link["status"], language)}


@receiver(page_published, sender=AccessibilityStatementPage)
@receiver(page_unpublished, sender=AccessibilityStatementPage)
@receiver(post_delete, sender=AccessibilityStatementPage)
def forget_statement_links(**kwargs):
    cache.delete_many([STATEMENT_CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
