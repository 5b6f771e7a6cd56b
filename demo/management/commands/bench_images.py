"""What a picture costs to resize on this machine: every agreed rendition
(cms/renditions.py) of the largest picture the upload form accepts, made one at a time as
the worker makes them, and of the largest picture a request may still resize itself.

``manage.py bench_images`` prints, per picture, the slowest rendition, all of them, and
the peak memory above the process's own; docs/images.md keeps the figures. Nothing is
stored: the renditions are made in memory from the picture's bytes.
"""

import io
import resource
import subprocess
import sys
import time

from PIL import Image as PILImage

from django.conf import settings
from django.core.files import File
from django.core.management.base import BaseCommand

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms import renditions


def photo(width, height):
    """A photograph's worth of detail (noise, enlarged), as a JPEG."""
    buffer = io.BytesIO()
    PILImage.effect_noise((width // 16, height // 16), 64).resize((width, height)).convert("RGB").save(
        buffer, "JPEG", quality=85
    )
    return buffer.getvalue()


def flat_png(width, height):
    """One bit a pixel: kilobytes on disk, the most memory once decoded (issue 13's kind)."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height), 1).save(buffer, "PNG")
    return buffer.getvalue()


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cases():
    largest = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    width = int((largest * 8 / 5) ** 0.5)  # 8:5, as 8000 × 5000
    return [
        ("largest resized in a request, photo", photo, 2_500, renditions.IN_REQUEST_PIXELS // 2_500),
        ("largest accepted, photo (JPEG)", photo, width, largest // width),
        ("largest accepted, 1-bit PNG", flat_png, width, largest // width),
    ]


class Command(BaseCommand):
    help = "Time and memory of every agreed rendition of the largest pictures accepted"

    def add_arguments(self, parser):
        parser.add_argument("--case", type=int, help="measure this case only, in this process")

    def handle(self, *args, case=None, **options):
        if case is None:  # each case in a process of its own, so its peak memory is its own
            self.stdout.write("slowest rendition and all of them: CPU seconds / seconds on the clock")
            self.stdout.write(
                f"{'picture':38} {'size':>11} {'MB':>5} {'slowest':>11} {'all':>11} {'peak +MB':>8}"
            )
            for number in range(len(cases())):
                command = [sys.executable, sys.argv[0], "bench_images", "--case", str(number)]
                measured = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 (this command)
                self.stdout.write(measured.stdout, ending="")
            return
        label, draw, width, height = cases()[case]
        data = draw(width, height)
        image = get_image_model()(title=label, width=width, height=height, file=f"bench.{draw.__name__}")
        before, slowest = peak_mb(), (0.0, 0.0)
        started = (time.process_time(), time.perf_counter())
        with renditions.in_worker():
            for spec in renditions.AGREED:
                start = (time.process_time(), time.perf_counter())
                source = File(io.BytesIO(data), name=image.file.name)
                image.generate_rendition_file(Filter(spec), source=source)
                took = (time.process_time() - start[0], time.perf_counter() - start[1])
                slowest = max(slowest, took)
        total = (time.process_time() - started[0], time.perf_counter() - started[1])
        self.stdout.write(
            f"{label:38} {width:>5}×{height:<5} {len(data) / 1e6:5.1f} "
            f"{slowest[0]:5.2f} /{slowest[1]:5.2f} {total[0]:5.1f} /{total[1]:5.1f} {peak_mb() - before:8.0f}"
        )
