"""Security headers on every response: a Content-Security-Policy chosen by the kind of
response, Permissions-Policy and Cross-Origin-Resource-Policy; and a repair of the
``Content-Encoding: None`` that Wagtail's document downloads carry.

Django's SecurityMiddleware sends the rest (HSTS in production, X-Content-Type-Options,
Referrer-Policy, Cross-Origin-Opener-Policy) and XFrameOptionsMiddleware X-Frame-Options.
Why a middleware of ours rather than django-csp, and the grade each response gets:
docs/security-headers.md.
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.db import DatabaseError
from django.dispatch import receiver

from cms.middleware import admin_prefix

# The privacy-enhanced players media/static/media/video-player.js builds after the
# visitor's consent (media.video_urls.VideoRef.embed_url; a test keeps the two in step).
VIDEO_PLAYERS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")

# The one inline block of the public site: the style of templates/error_page.html, which is
# rendered without static files in case they are what failed.
ERROR_PAGE_STYLE = "'sha256-WkG9vlihBn84eVWkRtWdgqF7zW8fGJMrTOx0ZfaDnSo='"

# Public pages, feeds, sitemap, search, API, documents, error pages. They have no inline
# script, style or handler: everything not listed is refused (default-src 'none').
# Nothing personal here, no nonce: Varnish serves the same bytes to everyone.
PUBLIC = {
    "default-src": ("'none'",),
    "script-src": ("'self'",),
    "style-src": ("'self'", ERROR_PAGE_STYLE),
    "img-src": ("'self'", "{media}"),
    "media-src": ("'self'", "{media}"),
    "frame-src": VIDEO_PLAYERS,
    "manifest-src": ("'self'",),
    # No page script fetches anything; Lighthouse reads robots.txt from the page's context.
    "connect-src": ("'self'",),
    "form-action": ("'self'",),
    "base-uri": ("'none'",),
}

# The admin's sign-in (and password reset): what an anonymous visitor of /admin/ can
# reach is Wagtail's own static files and forms, with nothing inline either.
ADMIN_SIGN_IN = {
    "default-src": ("'none'",),
    "script-src": ("'self'",),
    "style-src": ("'self'", ERROR_PAGE_STYLE),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "manifest-src": ("'self'",),
    "form-action": ("'self'",),
    "base-uri": ("'self'",),
}

# The admin behind the sign-in. Wagtail 8 still writes inline scripts that no nonce can
# reach: chooser widgets render ``<script>init…</script>`` from Python, inline panels and
# date fields from templates, wagtail-localize's editor sets window.chooserUrls inline,
# and Wagtail re-creates the scripts of each form it adds (a copied ``nonce`` attribute is
# empty by then). Inline scripts and styles are allowed here only; eval, plugins, other
# sites' scripts and being framed by another site are not.
ADMIN = {
    "default-src": ("'self'",),
    "script-src": ("'self'", "'unsafe-inline'"),
    "style-src": ("'self'", "'unsafe-inline'"),
    "img-src": ("'self'", "data:", "blob:", "{media}"),
    "media-src": ("'self'", "blob:", "{media}"),
    "frame-src": ("'self'", *VIDEO_PLAYERS),
    "object-src": ("'none'",),
    "form-action": ("'self'",),
    "base-uri": ("'self'",),
}

# Powerful features no page of this site uses, refused to the page and to every frame.
# The video players may autoplay, go full screen and decrypt media once the visitor has
# asked for them (the iframe's ``allow`` attribute in video-player.js).
_PLAYERS = " ".join(f'"{origin}"' for origin in VIDEO_PLAYERS)
PERMISSIONS_POLICY = ", ".join(
    [
        *(
            f"{feature}=(self {_PLAYERS})"
            for feature in ("autoplay", "encrypted-media", "fullscreen", "picture-in-picture")
        ),
        *(
            f"{feature}=()"
            for feature in (
                "accelerometer",
                "browsing-topics",
                "camera",
                "display-capture",
                "geolocation",
                "gyroscope",
                "hid",
                "idle-detection",
                "magnetometer",
                "microphone",
                "midi",
                "payment",
                "screen-wake-lock",
                "serial",
                "usb",
                "xr-spatial-tracking",
            )
        ),
    ]
)


@functools.cache
def media_origins():
    """Where uploaded images and documents come from when not from this site (an S3
    bucket or its custom domain): ``("https://bucket.example.eu",)`` or ``()``."""
    parts = urlsplit(default_storage.url("csp-probe"))
    return (f"{parts.scheme}://{parts.netloc}",) if parts.scheme in ("http", "https") and parts.netloc else ()


@receiver(setting_changed)
def _storage_changed(setting, **kwargs):
    if setting in ("STORAGES", "MEDIA_URL"):
        media_origins.cache_clear()


def serialize(policy, frame_ancestors):
    directives = []
    for name, sources in policy.items():
        values = []
        for source in sources:
            values.extend(media_origins() if source == "{media}" else (source,))
        directives.append(" ".join((name, *dict.fromkeys(values))))
    directives.append(f"frame-ancestors {frame_ancestors}")
    return "; ".join(directives)


def policy_for(request):
    if request.path_info.startswith(admin_prefix()):
        return ADMIN if signed_in(request) else ADMIN_SIGN_IN
    return PUBLIC


def signed_in(request):
    """Whether the admin's user is signed in; not when the database that says so is down
    (the answer is then an error page, which needs nothing the sign-in policy refuses)."""
    user = getattr(request, "user", None)
    try:
        return user is not None and user.is_authenticated
    except DatabaseError:
        return False


def frame_ancestors(response):
    """The same answer as X-Frame-Options: Wagtail's previews may be framed by the admin
    (SAMEORIGIN); everything else by no one."""
    if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
        return "'self'"
    return "'none'"


class SecurityHeadersMiddleware:
    """Adds the headers of the module docstring. Placed right after SecurityMiddleware,
    outside WhiteNoise and GZip, so static files get them too and the document fix comes
    after compression was decided (GZip leaves responses with a Content-Encoding alone)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Wagtail renders a preview through the middleware with a dummy request; the
        # admin's response that carries it gets the headers.
        if getattr(request, "is_dummy", False):
            return response
        # A view that chose its own policy keeps it (Wagtail's documents: default-src 'none').
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = serialize(policy_for(request), frame_ancestors(response))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Static files are public and may be served from a CDN's host; the rest is for
        # this site's own pages only.
        is_static = request.path_info.startswith(settings.STATIC_URL)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", "cross-origin" if is_static else "same-origin"
        )
        # wagtail.utils.sendfile writes the guessed encoding of a file, None for a PDF.
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        return response
