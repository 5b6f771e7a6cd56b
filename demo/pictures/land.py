"""The land of an illustration: mountain ridges with snow, hills and meadows, a lake,
trees, villages of houses, a stone bridge."""

import math

from .palette import HEIGHT, ROOFS, WALLS, WIDTH, hex_rgb, mix


class Land:
    """Ridges, hills, water and what stands on the land.

    The drawing methods of a ``Painter`` (see ``painter.py``), which gives them ``scene``,
    ``light``, ``rng`` (seeded by the scene), ``image`` and ``draw``."""

    def ridge(self, base, amplitude, roughness=0.52, steps=7, peakiness=1.6):
        """A mountain skyline by midpoint displacement: [(x, y)] across the picture."""
        count = 2**steps
        heights = [0.0] * (count + 1)
        heights[0], heights[count] = self.rng.uniform(-0.6, 0.3), self.rng.uniform(-0.6, 0.3)
        step, spread = count, 1.0
        while step > 1:
            half = step // 2
            for i in range(half, count, step):
                heights[i] = (heights[i - half] + heights[i + half]) / 2 + self.rng.uniform(-1, 1) * spread
            spread *= roughness
            step = half
        low, high = min(heights), max(heights)
        # Raised to a power, the highest points become peaks and the rest lower slopes.
        return [
            (WIDTH * i / count, base - ((h - low) / ((high - low) or 1)) ** peakiness * amplitude)
            for i, h in enumerate(heights)
        ]

    def fill_below(self, line, colour):
        self.draw.polygon([*line, (WIDTH, HEIGHT), (0, HEIGHT)], fill=colour)

    def snow(self, line, snowline, colour):
        """Snow caps: the part of the ridge above ``snowline``, with a ragged lower edge."""
        edge, drift = [], 0.0
        for x, y in line:
            drift = max(-18.0, min(30.0, drift + self.rng.uniform(-9, 9)))
            edge.append((x, max(y, snowline + drift)))
        self.draw.polygon([*line, *reversed(edge)], fill=colour)

    def mountains(self):
        light = self.light
        layers = 4
        for index in range(layers):
            depth = index / (layers - 1)
            base = HEIGHT * (0.52 + 0.065 * index)
            amplitude = HEIGHT * (0.25 - 0.05 * index)
            line = self.ridge(base, amplitude, roughness=0.55, peakiness=1.9 - 0.25 * index)
            colour = mix(mix(light.sky_horizon, light.ridge_far, 0.75), light.ridge_near, depth**0.9)
            self.fill_below(line, colour)
            if light.snow and index < 2:
                top = min(y for _x, y in line)
                snow = mix(colour, light.snow, 0.85 if index == 0 else 0.7)
                self.snow(line, top + amplitude * (0.3 if index == 0 else 0.22), snow)

    def hill(self, base, amplitude, waves=3):
        phases = [self.rng.uniform(0, math.tau) for _ in range(waves)]
        points = []
        for step in range(81):
            x = WIDTH * step / 80
            y = base + sum(
                amplitude / (n + 1) * math.sin((n + 1) * 1.7 * x / WIDTH * math.pi + phases[n])
                for n in range(waves)
            )
            points.append((x, y))
        return points

    @staticmethod
    def height_at(line, x):
        for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
            if x0 <= x <= x1:
                return y0 + (y1 - y0) * (x - x0) / ((x1 - x0) or 1)
        return line[-1][1]

    def lake(self, top, bottom):
        light = self.light
        water = mix(light.water, self.sky_colour(top), 0.35)
        self.draw.rectangle((0, top, WIDTH, bottom), fill=water)
        shine = mix(water, "#ffffff", 0.35)
        sun_x = light.sun_at[0] * WIDTH
        for _ in range(26):
            y = self.rng.uniform(top + 8, bottom - 8)
            length = self.rng.uniform(40, 160)
            x = self.rng.uniform(0, WIDTH - length)
            self.draw.rounded_rectangle((x, y, x + length, y + 3), radius=2, fill=shine)
        for step in range(7):  # the sun's (or moon's) path on the water
            y = top + 10 + step * (bottom - top - 20) / 7
            half = 60 - step * 6
            self.draw.rounded_rectangle(
                (sun_x - half, y, sun_x + half, y + 4), radius=2, fill=mix(water, light.sun, 0.55)
            )

    # Things on the land -----------------------------------------------------------

    def conifer(self, x, ground, size, colour):
        trunk = mix(colour, "#3a2a1f", 0.6)
        self.draw.rectangle((x - size * 0.06, ground - size * 0.2, x + size * 0.06, ground), fill=trunk)
        for level, width in ((0.0, 0.36), (0.28, 0.28), (0.52, 0.2)):
            bottom = ground - size * (0.15 + level)
            self.draw.polygon(
                [(x - size * width, bottom), (x + size * width, bottom), (x, bottom - size * 0.5)],
                fill=colour,
            )
        if self.light.snow and self.scene.light == "winter":
            self.draw.polygon(
                [
                    (x - size * 0.1, ground - size * 0.92),
                    (x + size * 0.1, ground - size * 0.92),
                    (x, ground - size * 1.02),
                ],
                fill="#ffffff",
            )

    def broadleaf(self, x, ground, size, colour):
        trunk = "#5b4030"
        self.draw.rectangle((x - size * 0.06, ground - size * 0.45, x + size * 0.06, ground), fill=trunk)
        r = size * 0.32
        self.draw.ellipse((x - r, ground - size * 0.95, x + r, ground - size * 0.95 + 2.2 * r), fill=colour)

    def tree(self, x, ground, size):
        light = self.light
        shade = self.rng.uniform(-0.12, 0.12)
        if light.leaves and self.rng.random() < 0.5:
            self.broadleaf(
                x, ground, size, mix(light.leaves, "#000000" if shade > 0 else "#ffffff", abs(shade))
            )
        else:
            self.conifer(x, ground, size, mix(light.trees, "#000000" if shade > 0 else "#ffffff", abs(shade)))

    def house(self, x, ground, size, church=False):
        wall = hex_rgb(self.rng.choice(WALLS))
        roof = hex_rgb(self.rng.choice(ROOFS))
        if self.scene.light in ("dusk", "night"):
            wall, roof = mix(wall, "#3b3552", 0.45), mix(roof, "#2b2540", 0.35)
        width, height = size * self.rng.uniform(0.9, 1.25), size * 0.7
        left, top = x - width / 2, ground - height
        self.draw.rectangle((left, top, left + width, ground), fill=wall)
        overhang = width * 0.12
        self.draw.polygon(
            [(left - overhang, top + 1), (left + width + overhang, top + 1), (x, top - size * 0.5)], fill=roof
        )
        lit = self.light.night or self.scene.light == "dusk"
        window = hex_rgb("#ffd66b") if lit else mix(wall, "#3d4a5c", 0.7)
        pane = width * 0.16
        for wx in (left + width * 0.2, left + width * 0.64):
            self.draw.rectangle((wx, top + height * 0.25, wx + pane, top + height * 0.25 + pane), fill=window)
        if church:
            tower_w = width * 0.34
            tx = left + width + tower_w * 0.1
            self.draw.rectangle((tx, ground - size * 1.6, tx + tower_w, ground), fill=wall)
            self.draw.polygon(
                [
                    (tx - 2, ground - size * 1.6),
                    (tx + tower_w + 2, ground - size * 1.6),
                    (tx + tower_w / 2, ground - size * 2.3),
                ],
                fill=roof,
            )
            self.draw.ellipse(
                (
                    tx + tower_w * 0.3,
                    ground - size * 1.4,
                    tx + tower_w * 0.7,
                    ground - size * 1.4 + tower_w * 0.4,
                ),
                fill=window,
            )

    def village(self, line, centre, spread, size, houses):
        xs = sorted(centre + self.rng.uniform(-spread, spread) for _ in range(houses))
        church_at = self.rng.randrange(houses)
        for index, x in enumerate(xs):
            self.house(
                x,
                self.height_at(line, x) + size * 0.15,
                size * self.rng.uniform(0.85, 1.1),
                index == church_at,
            )

    def bridge(self, left, right, deck, water_line, arches=3):
        """A stone bridge of ``arches`` arches from ``left`` to ``right``, deck at ``deck``."""
        stone = hex_rgb("#c2ae92")
        if self.light.night or self.scene.light == "dusk":
            stone = mix(stone, "#3b3552", 0.4)
        pier = (right - left) * 0.07
        span = (right - left - pier * (arches + 1)) / arches
        crown = deck + (water_line - deck) * 0.22
        underside = []
        for arch in range(arches):
            start = left + pier * (arch + 1) + span * arch
            for step in range(25):
                angle = math.pi * step / 24
                underside.append(
                    (start + span * step / 24, water_line - math.sin(angle) * (water_line - crown))
                )
        self.draw.polygon(
            [
                (left, water_line + 12),
                (left, deck),
                (right, deck),
                (right, water_line + 12),
                *reversed(underside),
            ],
            fill=stone,
        )
        # A little water at the foot of each pier, and the parapet.
        edge = mix(stone, "#000000", 0.22)
        self.draw.rectangle((left - 14, deck - 16, right + 14, deck + 6), fill=edge)
        self.draw.rectangle((left - 14, deck - 22, right + 14, deck - 14), fill=mix(stone, "#ffffff", 0.2))
