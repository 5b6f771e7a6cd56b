"""The ``Painter`` that draws a ``Scene`` in layers, from the sky to the motif in front,
and the illustration's JPEG bytes."""

import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw

from .figures import Figures
from .land import Land
from .palette import HEIGHT, JPEG_QUALITY, LIGHTS, WIDTH, mix
from .sky import Sky


class Painter(Sky, Land, Figures):
    """Draws one Scene; every random choice comes from the scene's seed."""

    def __init__(self, scene):
        self.scene = scene
        self.light = LIGHTS[scene.light]
        # Not for security: the same scene must always give the same picture.
        self.rng = random.Random(f"{scene.seed}|{scene.light}|{scene.lake}|{scene.motif}")  # noqa: S311
        self.image = Image.new("RGB", (WIDTH, HEIGHT))
        self.draw = ImageDraw.Draw(self.image)

    # The whole picture -------------------------------------------------------------

    def paint(self):
        scene, light, rng = self.scene, self.light, self.rng
        self.sky()
        if light.night:
            self.stars()
        self.sun()
        self.clouds()
        self.mountains()
        valley = self.hill(HEIGHT * 0.72, HEIGHT * 0.025)
        if scene.lake:
            top, bottom = HEIGHT * 0.7, HEIGHT * 0.81
            self.lake(top, bottom)
            # A wooded shore on the left that slopes down into the water.
            shore = [
                (x, top - 22 + (bottom - top + 22) * (1 - math.cos(math.pi * min(x / (WIDTH * 0.4), 1))) / 2)
                for x in range(0, WIDTH + 1, 20)
            ]
            self.fill_below(shore, light.meadows[0])
            self.village(shore, WIDTH * 0.1, WIDTH * 0.06, 30, 5)
            for _ in range(6):
                x = rng.uniform(WIDTH * 0.02, WIDTH * 0.3)
                self.tree(x, self.height_at(shore, x) + 6, rng.uniform(26, 40))
        else:
            self.fill_below(valley, light.meadows[0])
            villages = 5 if scene.motif == "villages" else 2
            for index in range(villages):
                centre = WIDTH * (index + 0.5) / villages + rng.uniform(-60, 60)
                self.village(valley, centre, 50 if villages > 2 else 90, 26, 4 if villages > 2 else 6)
            for _ in range(14):
                x = rng.uniform(0, WIDTH)
                self.tree(x, self.height_at(valley, x) + 6, rng.uniform(26, 40))
        middle = self.hill(HEIGHT * 0.84, HEIGHT * 0.03)
        self.fill_below(middle, light.meadows[1])
        if scene.motif == "bridge":
            self.paint_bridge(valley)
            return self.image
        front = self.hill(HEIGHT * 0.94, HEIGHT * 0.025, waves=2)
        for _ in range(7):
            x = rng.uniform(0, WIDTH)
            if scene.motif in ("", "villages", "talk") or abs(x - WIDTH / 2) > WIDTH * 0.28:
                self.tree(x, self.height_at(middle, x) + 8, rng.uniform(60, 95))
        if scene.motif in ("", "villages", "talk", "health"):
            self.village(middle, WIDTH * (0.2 if scene.motif == "health" else 0.72), 110, 52, 4)
        self.fill_below(front, light.meadows[2])
        if scene.light == "spring":
            for _ in range(60):  # flowers
                x, y = rng.uniform(0, WIDTH), rng.uniform(HEIGHT * 0.95, HEIGHT)
                self.draw.ellipse(
                    (x - 4, y - 4, x + 4, y + 4), fill=rng.choice(("#ffffff", "#ffe27a", "#f5a3c0"))
                )
        self.paint_motif(front)
        return self.image

    def paint_motif(self, front):
        motif, rng = self.scene.motif, self.rng
        if motif == "people":
            self.group(["young", "woman", "senior", "adult", "young"], WIDTH * 0.5, front, 300)
        elif motif == "youth":
            self.group(["young", "young", "young", "young"], WIDTH * 0.5, front, 300)
        elif motif == "women":
            self.group(["woman", "woman", "woman"], WIDTH * 0.5, front, 310)
        elif motif == "seniors":
            ground = self.height_at(front, WIDTH * 0.4)
            self.bench(WIDTH * 0.4, ground + 4, 260)
            self.group(["senior", "senior"], WIDTH * 0.6, front, 300)
        elif motif == "health":
            x = WIDTH * 0.6
            self.health_centre(x, self.height_at(front, x) + 10, 150)
            self.tree(x - 240, self.height_at(front, x - 240) + 8, 150)
            self.tree(x + 250, self.height_at(front, x + 250) + 8, 130)
        elif motif == "talk":
            colours = ("#ffffff", "#fff3c4") if not self.light.night else ("#dfe6f5", "#f6e7b8")
            self.bubble(WIDTH * 0.3, HEIGHT * 0.34, 120, colours[0], tail_left=True)
            self.bubble(WIDTH * 0.68, HEIGHT * 0.26, 105, colours[1], tail_left=False)
            self.village(front, WIDTH * 0.3, 80, 60, 3)
        elif motif in ("", "villages"):
            for _ in range(3):
                x = rng.uniform(WIDTH * 0.05, WIDTH * 0.95)
                self.tree(x, self.height_at(front, x) + 10, rng.uniform(110, 160))

    def paint_bridge(self, valley):
        """A river that flows from the valley towards us, and a bridge that joins its two
        banks, each with its village: the two sides of the border."""
        light, rng = self.light, self.rng
        centre = WIDTH * 0.5
        source = self.height_at(valley, centre) + 4

        def half_width(y):
            return 14 + (WIDTH * 0.3 - 14) * ((y - source) / (HEIGHT - source)) ** 1.2

        front = self.hill(HEIGHT * 0.93, HEIGHT * 0.02, waves=2)
        self.fill_below(front, light.meadows[2])
        for side in (-1, 1):
            village_x = centre + side * WIDTH * 0.3
            self.village(self.hill(HEIGHT * 0.85, 0), village_x, 110, 56, 4)
            for _ in range(3):
                x = centre + side * rng.uniform(WIDTH * 0.42, WIDTH * 0.5)
                self.tree(x, HEIGHT * 0.9 + rng.uniform(0, 40), rng.uniform(90, 140))
        water = mix(light.water, self.sky_colour(source), 0.25)
        rows = [source + (HEIGHT - source) * step / 30 for step in range(31)]
        self.draw.polygon(
            [
                *((centre - half_width(y), y) for y in rows),
                *((centre + half_width(y), y) for y in reversed(rows)),
            ],
            fill=water,
        )
        shine = mix(water, "#ffffff", 0.3)
        for _ in range(16):
            y = rng.uniform(source + 60, HEIGHT - 8)
            reach = half_width(y) * 0.8
            length = rng.uniform(0.2, 0.6) * reach
            x = centre + rng.uniform(-reach, reach - length)
            self.draw.rounded_rectangle((x, y, x + length, y + 4), radius=2, fill=shine)
        deck = HEIGHT * 0.8
        reach = half_width(deck + 110) + 70
        self.bridge(centre - reach, centre + reach, deck, deck + 110)


@lru_cache(maxsize=64)
def illustration_bytes(scene):
    """The scene as a 1600×1000 JPEG (the same bytes for the same scene)."""
    buffer = io.BytesIO()
    Painter(scene).paint().save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()
