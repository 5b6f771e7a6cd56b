"""Pictures the demo draws at load time with Pillow: illustrations, partner logos, a badge.

Nothing binary is committed for them. Each picture is drawn from a small description
(a ``Scene``, a monogram, the badge), always to the same bytes for the same
description, and uploaded once: later runs find it again by its title, as
``files.py`` does for the assets. The illustrations are flat alpine landscapes
(sky, sun or moon, layered ridges, lake, villages, meadows) with, in front, what the
item is about: people, a health centre, a bridge across the border, speech bubbles.
They carry no text (text in a picture is lost to many readers); the page that shows
one gives its description, in its own language. Logos are the one exception: a logo
is a partner's initials, and its description is the partner's name.

Drawing is plain polygons at 1600×1000 and a JPEG at quality 82: about 60 ms and
60-150 KB a picture. Bytes are cached per process, so tests that rebuild the demo
draw each picture once.
"""

from django.core.files.base import ContentFile

from wagtail.images import get_image_model

from ..builder import Call
from .marks import badge_bytes, logo_bytes
from .painter import Painter, illustration_bytes
from .palette import LIGHTS, Light, Scene

__all__ = [
    "LIGHTS",
    "Light",
    "Painter",
    "Scene",
    "badge",
    "badge_bytes",
    "illustration",
    "illustration_bytes",
    "logo",
    "logo_bytes",
    "upload",
]


def upload(title, filename, data):
    """A Wagtail image with this title: the one uploaded before, else a new one from ``data()``."""
    Image_ = get_image_model()
    found = Image_.objects.filter(title=title).first()
    if found:
        return found
    return Image_.objects.create(title=title, file=ContentFile(data(), name=filename))


def illustration(name, scene):
    """A fact: the illustration of ``scene``, uploaded once as "Illustrazione demo – <name>"."""
    return Call(
        lambda: upload(
            f"Illustrazione demo – {name}", f"demo-{scene.seed}.jpg", lambda: illustration_bytes(scene)
        )
    )


def logo(name, initials, colour):
    """A fact: a partner's monogram logo, uploaded once as "Logo demo – <name>"."""
    slug = "".join(ch for ch in initials.lower() if ch.isalnum())
    return Call(
        lambda: upload(f"Logo demo – {name}", f"logo-{slug}.png", lambda: logo_bytes(initials, colour))
    )


def badge(name):
    """A fact: the round badge of a label, uploaded once as "Badge demo – <name>"."""
    return Call(lambda: upload(f"Badge demo – {name}", "badge-label.png", badge_bytes))
