"""Recognise YouTube and Vimeo addresses, without ever contacting YouTube or Vimeo.

Editors paste whatever address their browser shows (a watch page, a short link, an
embed, a Short, a Vimeo showcase…). ``parse_video_url`` reduces it to the provider and
the video's id, from which the canonical page and the privacy-enhanced player address
are rebuilt. Parsing is pure string work: no request is made, at save time or at
render time, so the site never tells the provider who reads it.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

YOUTUBE = "youtube"
VIMEO = "vimeo"
PROVIDER_NAMES = {YOUTUBE: "YouTube", VIMEO: "Vimeo"}

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
YOUTUBE_NOCOOKIE_HOSTS = {"youtube-nocookie.com", "www.youtube-nocookie.com"}
YOUTUBE_SHORT_HOSTS = {"youtu.be", "www.youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com"}
VIMEO_PLAYER_HOSTS = {"player.vimeo.com"}

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
VIMEO_ID = re.compile(r"[0-9]{1,15}")
# The private part of an unlisted Vimeo address: https://vimeo.com/76979871/8272103f6e
VIMEO_HASH = re.compile(r"[0-9a-f]{6,40}")

UNSUPPORTED_MESSAGE = _(
    "This address is not a YouTube or Vimeo video. Paste the address of the video page, "
    "e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/…"
)


@dataclass(frozen=True)
class VideoRef:
    """A video at a provider: enough to link to it and to build its player address."""

    provider: str
    video_id: str
    privacy_hash: str = ""

    @property
    def provider_name(self):
        return PROVIDER_NAMES[self.provider]

    @property
    def watch_url(self):
        """The video's own page at the provider, where visitors can watch it."""
        if self.provider == YOUTUBE:
            return f"https://www.youtube.com/watch?v={self.video_id}"
        if self.privacy_hash:
            return f"https://vimeo.com/{self.video_id}/{self.privacy_hash}"
        return f"https://vimeo.com/{self.video_id}"

    @property
    def embed_url(self):
        """The player in the provider's privacy-enhanced mode (no tracking cookies, do-not-track)."""
        if self.provider == YOUTUBE:
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}"
        url = f"https://player.vimeo.com/video/{self.video_id}?dnt=1"
        return f"{url}&h={self.privacy_hash}" if self.privacy_hash else url


def _unsupported():
    return ValidationError(UNSUPPORTED_MESSAGE, code="unsupported_video_url")


def _match(pattern, value):
    return value if value is not None and pattern.fullmatch(value) else None


def _youtube(host, segments, query):
    if host in YOUTUBE_SHORT_HOSTS:
        video_id = segments[0] if len(segments) == 1 else None
    elif host in YOUTUBE_NOCOOKIE_HOSTS:
        video_id = segments[1] if len(segments) == 2 and segments[0] == "embed" else None
    elif segments == ["watch"]:
        video_id = query.get("v", [None])[0]
    elif len(segments) == 2 and segments[0] in ("embed", "shorts", "live"):
        video_id = segments[1]
    else:
        video_id = None
    video_id = _match(YOUTUBE_ID, video_id)
    return VideoRef(YOUTUBE, video_id) if video_id else None


def _vimeo(host, segments, query):
    video_id, privacy_hash = None, None
    if host in VIMEO_PLAYER_HOSTS:
        if len(segments) == 2 and segments[0] == "video":
            video_id, privacy_hash = segments[1], query.get("h", [None])[0]
    elif len(segments) == 1:
        video_id = segments[0]
    elif len(segments) == 2 and VIMEO_ID.fullmatch(segments[0]):
        video_id, privacy_hash = segments
    elif len(segments) == 3 and segments[0] == "channels":
        video_id = segments[2]
    elif len(segments) == 4 and (segments[0], segments[2]) in (
        ("groups", "videos"),
        ("showcase", "video"),
        ("album", "video"),
    ):
        video_id = segments[3]
    video_id = _match(VIMEO_ID, video_id)
    if not video_id:
        return None
    if privacy_hash is not None and not VIMEO_HASH.fullmatch(privacy_hash):
        return None
    return VideoRef(VIMEO, video_id, privacy_hash or "")


def parse_video_url(url):
    """The provider and id of a YouTube or Vimeo address; ValidationError for anything else."""
    if not isinstance(url, str):
        raise _unsupported()
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise _unsupported() from None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or port is not None or parts.username is not None:
        raise _unsupported()
    segments = [segment for segment in parts.path.split("/") if segment]
    query = parse_qs(parts.query)
    ref = None
    if host in YOUTUBE_HOSTS | YOUTUBE_NOCOOKIE_HOSTS | YOUTUBE_SHORT_HOSTS:
        ref = _youtube(host, segments, query)
    elif host in VIMEO_HOSTS | VIMEO_PLAYER_HOSTS:
        ref = _vimeo(host, segments, query)
    if ref is None:
        raise _unsupported()
    return ref


def validate_video_url(value):
    """Model and form field validator: empty, or a YouTube or Vimeo video address."""
    if value:
        parse_video_url(value)
