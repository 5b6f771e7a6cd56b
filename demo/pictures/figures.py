"""What stands in front of an illustration: people, a bench, a health centre, speech
bubbles."""

from .palette import CLOTHES, GREY_HAIR, HAIR, SKINS, hex_rgb, mix


class Figures:
    """People and the things the motifs show.

    The drawing methods of a ``Painter`` (see ``painter.py``), which gives them ``scene``,
    ``light``, ``rng`` (seeded by the scene), ``image`` and ``draw``."""

    def person(self, x, ground, height, kind="adult", clothes=None):
        """A flat figure: head and hair, torso with rounded shoulders, arms and hands, legs
        and shoes (or a skirt); a backpack for the young, grey hair and a walking stick
        for the old."""
        rng = self.rng
        skin = hex_rgb(rng.choice(SKINS))
        shirt = hex_rgb(clothes or rng.choice(CLOTHES))
        trousers = mix(shirt, "#27303d", 0.72)
        if self.scene.light in ("dusk", "night"):
            shirt, trousers, skin = (mix(c, "#2b2540", 0.3) for c in (shirt, trousers, skin))
        hair = hex_rgb(rng.choice(GREY_HAIR if kind == "senior" else HAIR))
        shoes = mix(trousers, "#000000", 0.5)
        head = height * 0.105
        shoulders = ground - height * 0.76
        hips = ground - height * 0.4
        half = height * 0.14
        draw = self.draw
        if kind == "young":  # a backpack, behind the torso
            draw.rounded_rectangle(
                (x - half * 1.3, shoulders + height * 0.05, x - half * 0.1, hips - height * 0.03),
                radius=head * 0.45,
                fill=mix(rng.choice(CLOTHES), "#000000", 0.2),
            )
        long_hair = kind == "woman"
        cy = shoulders - head * 1.2
        if long_hair:
            draw.rounded_rectangle(
                (x - head * 1.12, cy - head * 0.9, x + head * 1.12, shoulders + head * rng.uniform(0.2, 1.6)),
                radius=head,
                fill=hair,
            )
        leg = half * 0.4
        if kind == "woman" and rng.random() < 0.5:  # a skirt
            skirt_bottom = ground - height * 0.17
            draw.polygon(
                [
                    (x - half * 0.95, hips - 6),
                    (x + half * 0.95, hips - 6),
                    (x + half * 1.3, skirt_bottom),
                    (x - half * 1.3, skirt_bottom),
                ],
                fill=mix(shirt, "#ffffff", 0.18),
            )
            for side in (-1, 1):
                lx = x + side * half * 0.45
                draw.rectangle((lx - leg * 0.5, skirt_bottom, lx + leg * 0.5, ground - leg * 0.4), fill=skin)
        else:
            for side in (-1, 1):
                lx = x + side * half * 0.47
                draw.rounded_rectangle(
                    (lx - leg, hips - 8, lx + leg, ground - leg * 0.3), radius=leg * 0.5, fill=trousers
                )
        for side in (-1, 1):  # shoes
            lx = x + side * half * 0.47
            draw.rounded_rectangle(
                (
                    lx - leg * 1.1 + side * leg * 0.3,
                    ground - leg * 0.75,
                    lx + leg * 1.1 + side * leg * 0.3,
                    ground,
                ),
                radius=leg * 0.35,
                fill=shoes,
            )
        sleeve = mix(shirt, "#000000", 0.12)
        for side in (-1, 1):  # arms, then hands
            ax = x + side * half * 0.98
            draw.rounded_rectangle(
                (ax - half * 0.24, shoulders + half * 0.12, ax + half * 0.24, hips + half * 0.1),
                radius=half * 0.24,
                fill=sleeve,
            )
            hand = half * 0.22
            draw.ellipse((ax - hand, hips + half * 0.02, ax + hand, hips + half * 0.02 + hand * 2), fill=skin)
        draw.rounded_rectangle((x - half, shoulders, x + half, hips + 6), radius=half * 0.6, fill=shirt)
        draw.rectangle((x - half * 0.95, shoulders + half * 0.6, x + half * 0.95, hips + 6), fill=shirt)
        if kind == "young":  # the backpack's straps
            strap = mix(shirt, "#1d2430", 0.55)
            for side in (-1, 1):
                sx = x + side * half * 0.45
                draw.rounded_rectangle(
                    (sx - half * 0.1, shoulders + 2, sx + half * 0.1, hips - half * 0.5), radius=4, fill=strap
                )
        draw.rectangle((x - head * 0.32, cy + head * 0.5, x + head * 0.32, shoulders + 4), fill=skin)
        draw.ellipse((x - head, cy - head, x + head, cy + head), fill=skin)
        draw.chord((x - head * 1.06, cy - head * 1.12, x + head * 1.06, cy + head * 0.7), 180, 360, fill=hair)
        if kind == "senior":
            stick_x = x + half * 1.5
            draw.line(
                (stick_x, hips + half * 0.1, stick_x + height * 0.03, ground),
                fill="#5b4030",
                width=max(5, round(height * 0.022)),
            )
            draw.arc(
                (stick_x - half * 0.45, hips - half * 0.05, stick_x + half * 0.05, hips + half * 0.4),
                180,
                360,
                fill="#5b4030",
                width=max(5, round(height * 0.022)),
            )

    def group(self, kinds, centre, ground_line, height):
        gap = height * 0.38
        start = centre - gap * (len(kinds) - 1) / 2
        colours = list(CLOTHES)
        self.rng.shuffle(colours)
        for index, kind in enumerate(kinds):
            x = start + index * gap + self.rng.uniform(-10, 10)
            scale = {"young": 0.86}.get(kind, 1.0) * self.rng.uniform(0.95, 1.05)
            self.person(
                x, self.height_at(ground_line, x) + 6, height * scale, kind, colours[index % len(colours)]
            )

    def bench(self, x, ground, width):
        wood = hex_rgb("#8a5a3b")
        self.draw.rectangle(
            (x - width / 2, ground - width * 0.28, x + width / 2, ground - width * 0.22), fill=wood
        )
        self.draw.rectangle(
            (x - width / 2, ground - width * 0.5, x + width / 2, ground - width * 0.42), fill=wood
        )
        for leg in (x - width * 0.42, x + width * 0.38):
            self.draw.rectangle(
                (leg, ground - width * 0.5, leg + width * 0.04, ground), fill=mix(wood, "#000000", 0.3)
            )

    def health_centre(self, x, ground, size):
        wall = mix("#ffffff", self.sky_colour(ground), 0.08 if not self.light.night else 0.4)
        left, top = x - size, ground - size * 0.9
        self.draw.rectangle((left, top, x + size, ground), fill=wall)
        self.draw.rectangle(
            (left - size * 0.06, top - size * 0.12, x + size * 1.06, top), fill=hex_rgb("#2e7d6b")
        )
        lit = self.light.night or self.scene.light == "dusk"
        glass = hex_rgb("#ffd66b") if lit else hex_rgb("#9fc4d9")
        for wx in (left + size * 0.18, left + size * 1.42):
            self.draw.rectangle((wx, top + size * 0.25, wx + size * 0.4, top + size * 0.55), fill=glass)
        self.draw.rectangle((x - size * 0.2, ground - size * 0.5, x + size * 0.2, ground), fill=glass)
        # A green cross on a plate, as on health centres and pharmacies.
        plate = size * 0.34
        cy = top - size * 0.5
        self.draw.rounded_rectangle(
            (x - plate, cy - plate, x + plate, cy + plate), radius=plate * 0.2, fill="#ffffff"
        )
        arm, bar = plate * 0.72, plate * 0.26
        cross = hex_rgb("#2aa876")
        self.draw.rectangle((x - bar, cy - arm, x + bar, cy + arm), fill=cross)
        self.draw.rectangle((x - arm, cy - bar, x + arm, cy + bar), fill=cross)
        self.draw.rectangle((x - size * 0.03, cy + plate, x + size * 0.03, top - size * 0.12), fill="#7a8791")

    def bubble(self, x, y, size, colour, tail_left):
        colour = hex_rgb(colour)
        self.draw.rounded_rectangle(
            (x - size, y - size * 0.62, x + size, y + size * 0.62), radius=size * 0.4, fill=colour
        )
        tail_x = x - size * 0.5 if tail_left else x + size * 0.5
        tip = tail_x - size * 0.35 if tail_left else tail_x + size * 0.35
        self.draw.polygon(
            [
                (tail_x - size * 0.18, y + size * 0.5),
                (tail_x + size * 0.18, y + size * 0.5),
                (tip, y + size * 0.95),
            ],
            fill=colour,
        )
        dot = size * 0.1
        for dx in (-0.4, 0, 0.4):
            cx = x + dx * size
            self.draw.ellipse((cx - dot, y - dot, cx + dot, y + dot), fill=mix(colour, "#33415c", 0.65))
