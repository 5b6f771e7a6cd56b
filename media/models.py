"""Videos made by and about the projects, shown without letting the providers track visitors.

A video is either hosted by YouTube or Vimeo (the editor pastes its address) or
uploaded as a file. Nothing is fetched from the providers, neither when the page is
saved nor when it is shown: provider and id come from the address itself
(``media.video_urls``), and the poster, duration and credits are entered by the
editor. The visitor's browser contacts the provider only when they choose to play.
"""

from rest_framework import serializers

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms.cards import with_card_images
from cms.i18n import localize_objects
from cms.models import BasePage, SectionIndexPage
from cms.templatetags.cms_format import excerpt
from media.forms import VideoPageForm
from media.seo import video_object
from media.video_urls import parse_video_url, validate_video_url

VIDEOS_PER_PAGE = 12
# Extensions of uploaded videos that every current browser plays, with their MIME types.
VIDEO_FILE_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


class VideoIndexPage(SectionIndexPage):
    """The videos of the whole site (under a home page) or of one plan or project."""

    # One site-wide list per language, and one per plan or project.
    parent_page_types = ["home.HomePage", "projects.PlanPage", "projects.ProjectPage"]
    subpage_types = ["media.VideoPage"]
    default_title = _("Videos")

    class Meta:
        verbose_name = _("video list")
        verbose_name_plural = _("video lists")

    @property
    def meta_description(self):
        """Lists rarely get a summary: say what they hold, in their own language."""
        return (
            super().meta_description
            or excerpt(self.introduction)
            or pgettext("video list description", "%(title)s, in Italian and French, newest first.")
            % {"title": self.title}
        )

    def videos(self):
        """Live public videos of this list, newest first."""
        videos, _root = self.scope(VideoPage.objects.all())
        return with_card_images(videos).order_by("-date", "-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = Paginator(self.videos(), VIDEOS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class VideoRefField(serializers.Field):
    """The provider, id and addresses derived from the video's address, for the API."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return {
            "provider": value.provider,
            "id": value.video_id,
            "watch_url": value.watch_url,
            "embed_url": value.embed_url,
        }


class VideoPage(BasePage):
    """A single video with what makes it usable by everyone: captions, transcript, credits.

    Its source is either a YouTube or Vimeo address or an uploaded file, never both.
    """

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("When the video was made or released. Lists show the newest first."),
    )
    video_url = models.URLField(
        _("video address"),
        blank=True,
        validators=[validate_video_url],
        help_text=_("The address of the video on YouTube or Vimeo, as your browser shows it."),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Or an uploaded video file, in MP4 or WebM format."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown before the video plays. Nothing is taken from YouTube or Vimeo."),
    )
    poster_alt = models.CharField(
        _("poster description"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the image for people who cannot see it; leave empty if it only repeats the title."
        ),
    )
    duration_seconds = models.PositiveIntegerField(
        _("duration (seconds)"), null=True, blank=True, help_text=_("E.g. 185 for a video of 3:05.")
    )
    credits = models.TextField(
        _("credits"),
        blank=True,
        help_text=_(
            "Who made the video, e.g. “Made by the students of Liceo Classico Vittorio Alfieri, Turin”."
        ),
    )
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("What is said and shown, for people who cannot watch or hear the video."),
    )
    related_project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project the video is about, if it is not the one it is filed under."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file")],
            heading=_("Video"),
            help_text=_("Give the address of a YouTube or Vimeo video, or choose an uploaded file."),
        ),
        FieldRowPanel([FieldPanel("date"), FieldPanel("duration_seconds")]),
        MultiFieldPanel([FieldPanel("poster"), FieldPanel("poster_alt")], heading=_("Poster")),
        InlinePanel("captions", heading=_("Captions"), label=_("Caption file")),
        FieldPanel("transcript"),
        FieldPanel("credits"),
        FieldPanel("related_project"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("transcript"),
        index.SearchField("credits"),
        index.FilterField("date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *map(
            APIField,
            (
                "date",
                "video_url",
                "video_file",
                "poster",
                "poster_alt",
                "duration_seconds",
                "captions",
                "transcript",
                "credits",
                "related_project",
            ),
        ),
        APIField("video_ref", serializer=VideoRefField()),
    ]

    # A video belongs to a video list, site-wide or of a plan or project; it has no children.
    parent_page_types = ["media.VideoIndexPage"]
    subpage_types = []

    open_graph_type = "article"
    own_image_field, own_image_alt_field = "poster", "poster_alt"

    base_form_class = VideoPageForm

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    @property
    def listing_date(self):
        """The date shown with the video in lists and search results (cms_format ``when``)."""
        return self.date

    def clean(self):
        super().clean()
        errors = {}
        if self.video_url and self.video_file_id:
            errors["video_file"] = [
                _("Give either a video address or an uploaded video file, not both: remove one of them.")
            ]
        elif not self.video_url and not self.video_file_id:
            errors["video_url"] = [
                _("Give the address of the video on YouTube or Vimeo, or choose an uploaded video file.")
            ]
        if self.video_file_id and self.video_file.file_extension.lower() not in VIDEO_FILE_TYPES:
            errors.setdefault("video_file", []).append(
                _("Choose a video file in MP4 or WebM format (.mp4 or .webm).")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def video_ref(self):
        """Provider and id, read from the address (never fetched); None for an uploaded file."""
        if not self.video_url:
            return None
        try:
            return parse_video_url(self.video_url)
        except ValidationError:
            return None

    @property
    def video_file_type(self):
        return VIDEO_FILE_TYPES.get(self.video_file.file_extension.lower(), "") if self.video_file_id else ""

    @property
    def duration_display(self):
        """3:05 as "03:05", an hour and more as "1:02:03"; empty when unknown."""
        if self.duration_seconds is None:
            return ""
        hours, rest = divmod(self.duration_seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"

    @property
    def duration_iso(self):
        """The duration as ISO 8601 (PT3M5S), for ``<time datetime>``."""
        if self.duration_seconds is None:
            return ""
        hours, rest = divmod(self.duration_seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        parts = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
        return f"PT{parts or '0S'}"

    def structured_data(self, facts, context):
        return video_object(self, facts, context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        project = (
            localize_objects([self.related_project], self.locale_id)[0] if self.related_project_id else None
        )
        context.update(
            video_ref=self.video_ref,
            captions=list(self.captions.select_related("file")),
            related_project=project if project is not None and project.live else None,
        )
        return context


def caption_languages():
    return settings.LANGUAGES


def validate_caption_file(document):
    """A WebVTT file: the .vtt extension, and WEBVTT at the start of its first line."""
    if document.file_extension.lower() != "vtt":
        raise ValidationError(
            _("Choose a WebVTT caption file (.vtt). Other subtitle formats cannot be shown by browsers."),
            code="not_vtt",
        )
    try:
        with document.file.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        raise ValidationError(
            _("The caption file cannot be read. Upload it again."), code="unreadable"
        ) from None
    head = head.removeprefix(b"\xef\xbb\xbf")
    if not head.startswith(b"WEBVTT") or head[6:7] not in (b"", b" ", b"\t", b"\r", b"\n"):
        raise ValidationError(
            _("This file is not a WebVTT caption file: its first line must be “WEBVTT”."),
            code="not_vtt",
        )


class VideoCaption(Orderable):
    """Captions of a video in one language, as a WebVTT file.

    Not translated: both language versions of a video offer the same caption files, and
    the visitor's player picks the one in their language.
    """

    page = ParentalKey(VideoPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=10, choices=caption_languages)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("caption file"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A WebVTT file (.vtt), as exported by most subtitle editors."),
    )

    panels = [FieldPanel("language"), FieldPanel("file")]
    api_fields = [APIField("language"), APIField("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")
        verbose_name_plural = _("caption files")

    def clean(self):
        super().clean()
        if self.file_id:
            try:
                validate_caption_file(self.file)
            except ValidationError as error:
                raise ValidationError({"file": error.error_list}) from None
