"""Marks the demo draws: partners' monogram logos and the label's badge, as PNGs."""

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from .palette import hex_rgb, mix


def font(size):
    """A bold sans-serif where the system has one, else Pillow's own font."""
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


@lru_cache(maxsize=32)
def logo_bytes(initials, colour):
    """A partner's monogram: its initials in white on a rounded square of its colour,
    above a line of peaks, as a transparent 480×480 PNG."""
    size = 480
    tile = Image.new("RGB", (size, size), hex_rgb(colour))
    draw = ImageDraw.Draw(tile)
    draw.polygon(
        [(0, 392), (110, 318), (180, 360), (290, 286), (360, 340), (size, 300), (size, size), (0, size)],
        fill=mix(colour, "#ffffff", 0.25),
    )
    draw.polygon([(290, 286), (330, 313), (305, 318), (290, 308), (270, 320), (258, 308)], fill="#ffffff")
    text_size = {1: 240, 2: 200, 3: 150, 4: 116}.get(len(initials), 92)
    face = font(text_size)
    left, top, right, bottom = draw.textbbox((0, 0), initials, font=face)
    draw.text(
        ((size - (right - left)) / 2 - left, 170 - (bottom - top) / 2 - top),
        initials,
        font=face,
        fill="#ffffff",
    )
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size - 1, size - 1), radius=96, fill=255)
    tile.putalpha(mask)
    buffer = io.BytesIO()
    tile.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def leaf_shape(base, tip, width):
    """A pointed leaf from ``base`` to ``tip``, ``width`` across at its widest."""
    (bx, by), (tx, ty) = base, tip
    length = math.hypot(tx - bx, ty - by)
    ux, uy = (tx - bx) / length, (ty - by) / length
    side = []
    for step in range(13):
        t = step / 12
        bulge = math.sin(math.pi * t) * width / 2
        side.append((t, bulge))
    upper = [(bx + ux * length * t - uy * b, by + uy * length * t + ux * b) for t, b in side]
    lower = [(bx + ux * length * t + uy * b, by + uy * length * t - ux * b) for t, b in reversed(side)]
    return upper + lower


@lru_cache(maxsize=4)
def badge_bytes(colour="#1f5fa8", accent="#f2b53a"):
    """A round badge without words: a ringed medal on two ribbon tails, showing a sprout
    in front of snowy peaks and a rising sun; a transparent 600×600 PNG."""
    size = 600
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    centre, cy, radius = size / 2, 280, 230
    ribbon = mix(colour, "#000000", 0.15)
    for side in (-1, 1):
        x = centre + side * 95
        draw.polygon(
            [
                (x - 55, 380),
                (x + 55, 380),
                (x + 55 + side * 20, 590),
                (x + side * 20, 545),
                (x - 55 + side * 20, 590),
            ],
            fill=ribbon,
        )
    draw.ellipse((centre - radius, cy - radius, centre + radius, cy + radius), fill=hex_rgb(accent))
    for step in range(24):  # dots around the ring, like a seal's
        angle = math.tau * step / 24
        x, y = centre + math.cos(angle) * (radius - 13), cy + math.sin(angle) * (radius - 13)
        draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=mix(accent, "#ffffff", 0.5))
    inner = radius - 26
    medal = Image.new("RGB", (size, size), hex_rgb(colour))
    paint = ImageDraw.Draw(medal)
    paint.ellipse((centre - 62, cy - 140, centre + 62, cy - 16), fill=hex_rgb(accent))
    peaks = [
        (centre - inner, cy + 70),
        (centre - 85, cy - 30),
        (centre - 20, cy + 20),
        (centre + 70, cy - 62),
        (centre + inner, cy + 60),
        (centre + inner, size),
        (centre - inner, size),
    ]
    paint.polygon(peaks, fill=mix(colour, "#ffffff", 0.32))
    paint.polygon([(centre - 85, cy - 30), (centre - 60, cy - 5), (centre - 110, cy - 5)], fill="#ffffff")
    paint.polygon([(centre + 70, cy - 62), (centre + 102, cy - 32), (centre + 40, cy - 32)], fill="#ffffff")
    paint.rectangle((centre - inner, cy + 88, centre + inner, size), fill=mix(colour, "#ffffff", 0.6))
    leaf = hex_rgb("#3f9a4a")
    paint.rounded_rectangle(
        (centre - 7, cy + 30, centre + 7, cy + 160), radius=6, fill=mix(leaf, "#000000", 0.2)
    )
    paint.polygon(leaf_shape((centre, cy + 70), (centre - 110, cy + 20), 34), fill=leaf)
    paint.polygon(leaf_shape((centre, cy + 40), (centre + 118, cy - 18), 38), fill=mix(leaf, "#ffffff", 0.15))
    disc = Image.new("L", (size, size), 0)
    ImageDraw.Draw(disc).ellipse((centre - inner, cy - inner, centre + inner, cy + inner), fill=255)
    image.paste(medal, (0, 0), disc)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
