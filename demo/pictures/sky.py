"""The sky of an illustration: its gradient, the stars, the sun or moon, the clouds."""

from PIL import Image, ImageDraw

from .palette import HEIGHT, WIDTH, hex_rgb, mix


class Sky:
    """The sky, from top to horizon, and what is in it.

    The drawing methods of a ``Painter`` (see ``painter.py``), which gives them ``scene``,
    ``light``, ``rng`` (seeded by the scene), ``image`` and ``draw``."""

    def sky(self):
        """A vertical gradient, computed on a short column and stretched (smooth enough)."""
        rows = 200
        column = Image.new("RGB", (1, rows))
        column.putdata([self.sky_colour(HEIGHT * (row + 0.5) / rows) for row in range(rows)])
        self.image.paste(column.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR))

    def sky_colour(self, y):
        return mix(self.light.sky_top, self.light.sky_horizon, min(max(y, 0) / (HEIGHT * 0.68), 1) ** 1.3)

    def stars(self):
        for _ in range(90):
            x, y = self.rng.uniform(0, WIDTH), self.rng.uniform(0, HEIGHT * 0.45)
            r = self.rng.choice((1.2, 1.6, 2.2))
            colour = mix(self.sky_colour(y), "#ffffff", self.rng.uniform(0.5, 0.95))
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)

    def sun(self):
        light = self.light
        cx, cy = light.sun_at[0] * WIDTH, light.sun_at[1] * HEIGHT
        r = light.sun_size * HEIGHT
        reach = r * 3.4
        box = tuple(round(v) for v in (cx - reach, cy - reach, cx + reach, cy + reach))
        patch = self.image.crop(box).convert("RGBA")
        glow = Image.new("RGBA", patch.size, (0, 0, 0, 0))
        paint = ImageDraw.Draw(glow)
        centre = reach
        for scale, alpha in ((3.2, 40), (2.4, 70), (1.7, 110)):
            halo = r * scale
            paint.ellipse(
                (centre - halo, centre - halo, centre + halo, centre + halo),
                fill=(*hex_rgb(light.sun), alpha),
            )
        patch.alpha_composite(glow)
        self.image.paste(patch.convert("RGB"), box[:2])
        self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=hex_rgb(light.sun))
        if light.night:  # a few soft marks on the moon
            for dx, dy, size in ((-0.3, -0.2, 0.22), (0.25, 0.15, 0.3), (-0.1, 0.4, 0.15)):
                s = r * size
                x, y = cx + dx * r, cy + dy * r
                self.draw.ellipse((x - s, y - s, x + s, y + s), fill=mix(light.sun, "#c9c3ab", 0.35))

    def cloud(self, cx, cy, size):
        colour = mix(self.sky_colour(cy), "#ffffff", 0.75)
        base = size * 0.35
        self.draw.rounded_rectangle((cx - size, cy - base, cx + size, cy + base), radius=base, fill=colour)
        for dx, radius in ((-0.45, 0.42), (0.05, 0.6), (0.5, 0.4)):
            x, r = cx + dx * size, radius * size
            self.draw.ellipse((x - r, cy - r * 1.1, x + r, cy + r * 0.9), fill=colour)

    def clouds(self):
        for index in range(self.light.clouds):
            lane = (index + self.rng.random()) / max(self.light.clouds, 1)
            self.cloud(lane * WIDTH, self.rng.uniform(0.08, 0.3) * HEIGHT, self.rng.uniform(70, 120))
