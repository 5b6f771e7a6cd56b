"""Building pages in tests: published as an editor would, added to the demo site."""

import datetime

from django.utils.text import slugify

from demo.factories import sample_project
from media.models import VideoPage


def publish(parent, page):
    """Add ``page`` under ``parent`` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_projects(catalogue, count, start=0):
    for number in range(start, start + count):
        project = sample_project(catalogue.locale, number)
        catalogue.add_child(instance=project)
        project.save_revision().publish()
    return project


def publish_hosted_video(demo_site, address, language="it"):
    """A video page playing from YouTube or Vimeo, with the demo video's poster."""
    students = demo_site.page("video:coor-com-students", language)
    title = {"it": "COOR-COM in tre minuti", "fr": "COOR-COM en trois minutes"}[language]
    return publish(
        demo_site.page("video-index:site", language),
        VideoPage(
            title=title,
            slug=slugify(title),
            date=datetime.date(2024, 6, 3),
            video_url=address,
            poster=students.poster,
            poster_alt={"it": "Operatori sociali in montagna", "fr": "Travailleurs sociaux en montagne"}[
                language
            ],
            duration_seconds=185,
        ),
    )
