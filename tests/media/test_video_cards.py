"""Video lists show the site's shared cards: poster, date and duration."""

import pytest
from bs4 import BeautifulSoup

from tests.support.wording import said


@pytest.mark.parametrize("language", ["it", "fr"])
def test_video_list_shows_cards_with_poster_date_and_duration(client, demo_site, language):
    video = demo_site.page("video:coor-com-students", language)
    response = client.get(demo_site.page("video-index:site", language).url)
    page = BeautifulSoup(response.content, "html.parser")

    card = next(
        card for card in page.select(".card") if card.select_one(".card__title a")["href"] == video.url
    )
    assert card.select_one(".card__media img")
    meta = card.select_one(".card__meta")
    assert meta.select_one("time")["datetime"] == video.date.isoformat()
    assert said("Duration %(duration)s", language, duration=video.duration_display) in meta.get_text()
