"""Sizes and colours of the illustrations: the lights (times of day and seasons), the
palettes of walls, roofs, skin, hair and clothes, the ``Scene`` an illustration shows, and
two colour helpers."""

from dataclasses import dataclass

WIDTH, HEIGHT = 1600, 1000
JPEG_QUALITY = 82


@dataclass(frozen=True)
class Light:
    """The colours of a time of day or season: sky, sun or moon, ridges from far to near,
    meadows from far to near, water, and whether peaks are snowy and windows lit."""

    sky_top: str
    sky_horizon: str
    sun: str
    sun_at: tuple  # (x, y) as fractions of the picture
    sun_size: float  # radius as a fraction of the height
    ridge_far: str
    ridge_near: str
    meadows: tuple  # three greens (or browns, or snow), far to near
    water: str
    snow: str = ""  # colour of the snow caps, "" for none
    night: bool = False  # moon and stars instead of the sun; lit windows
    clouds: int = 2
    trees: str = "#2f5d3a"
    leaves: str = ""  # deciduous trees' colour ("" for conifers only)


LIGHTS = {
    "morning": Light(
        "#8ccbea",
        "#fdf0d5",
        "#fff6d0",
        (0.78, 0.24),
        0.055,
        "#a9bccf",
        "#4b687c",
        ("#9cc77a", "#6fa85a", "#4d8a4a"),
        "#7db7d3",
        snow="#f7fafc",
    ),
    "summer": Light(
        "#4fa6dd",
        "#d6eef9",
        "#fffbe6",
        (0.18, 0.2),
        0.05,
        "#9db5ca",
        "#3b5d72",
        ("#a6cf62", "#74ad4e", "#4c8a3f"),
        "#5aa6cf",
        snow="#ffffff",
        clouds=3,
    ),
    "dawn": Light(
        "#7c9fd0",
        "#fcd3a4",
        "#ffe6b0",
        (0.3, 0.47),
        0.07,
        "#c3a8bd",
        "#4c4868",
        ("#8fae7a", "#628c5c", "#3f6b47"),
        "#9db3d6",
        snow="#fde8e4",
        clouds=1,
    ),
    "dusk": Light(
        "#37427d",
        "#f5a26c",
        "#ffd38f",
        (0.66, 0.43),
        0.08,
        "#b07c95",
        "#33294d",
        ("#6f7350", "#4b5640", "#2f3b2e"),
        "#8a7fa6",
        snow="#f7cfd2",
        night=False,
        clouds=1,
        trees="#24352b",
    ),
    "night": Light(
        "#0d1838",
        "#34507f",
        "#f4f0da",
        (0.76, 0.2),
        0.045,
        "#4a628c",
        "#142341",
        ("#2c4a3a", "#1f3a2c", "#15291f"),
        "#2b4672",
        snow="#cfdaec",
        night=True,
        clouds=0,
        trees="#0f2219",
    ),
    "autumn": Light(
        "#86bddc",
        "#fbe6c3",
        "#fff0c4",
        (0.82, 0.22),
        0.05,
        "#b7aaa6",
        "#544657",
        ("#d1ad55", "#b5803a", "#7f5a2e"),
        "#7fa9c4",
        snow="#fbfbfb",
        leaves="#d9772e",
        trees="#3b5638",
    ),
    "winter": Light(
        "#a9cbe6",
        "#eef4f8",
        "#fffdf2",
        (0.25, 0.22),
        0.045,
        "#bccbdb",
        "#5f7791",
        ("#f4f7fa", "#e2eaf2", "#cfdbe7"),
        "#9cbdd6",
        snow="#ffffff",
        trees="#2c4f45",
    ),
    "spring": Light(
        "#9fd5ef",
        "#f2f9e8",
        "#fffbe0",
        (0.7, 0.2),
        0.05,
        "#a5bccc",
        "#51737e",
        ("#b9dc6e", "#88c055", "#5c9c45"),
        "#78bcd8",
        snow="#ffffff",
        leaves="#8ccf5a",
    ),
}

WALLS = ("#f3e6cf", "#efd3b0", "#f1c9a5", "#e8dcc8", "#f6efe2", "#e9c79a")
ROOFS = ("#b5523b", "#8e4a3a", "#6b5b57", "#a5643f", "#7b3f35")
SKINS = ("#f1c7a5", "#d9a47c", "#b57a55", "#8d5a3c", "#f4d3b8", "#6e4530")
HAIR = ("#3b2a20", "#6b4a2e", "#1f1a17", "#a8743f", "#d9b56b")
GREY_HAIR = ("#d9d9d9", "#c7c2bc", "#eeeeee")
CLOTHES = ("#2f6db5", "#e0623f", "#f2b53a", "#3f9a78", "#8a5bb4", "#d6456d", "#2b8fb3", "#5a6b7d")


@dataclass(frozen=True)
class Scene:
    """What an illustration shows. ``seed`` shapes ridges, hills and villages; the
    description of the picture, written on the page, follows ``light``, ``lake`` and
    ``motif``: "" (landscape and villages), "villages" (many small villages),
    "people" (young, adult and old people), "youth", "seniors", "women", "health"
    (a health centre), "bridge" (a bridge over a river), "talk" (speech bubbles)."""

    seed: str
    light: str = "morning"
    lake: bool = False
    motif: str = ""


def hex_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def mix(first, second, amount):
    """The colour ``amount`` of the way from ``first`` to ``second`` (hex or RGB)."""
    a = hex_rgb(first) if isinstance(first, str) else first
    b = hex_rgb(second) if isinstance(second, str) else second
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))
