"""The read-only API answers bad parameters with a 400 and a reason, and still searches."""

import pytest


@pytest.mark.parametrize(
    "query",
    ["search=%00", "search=a&search_operator=xor", "type=home.HomePage&fields=%00"],
)
def test_bad_parameters_get_a_clear_400(client, demo_site, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_search_with_stray_quotes_still_finds_pages(client, demo_site):
    response = client.get('/api/v2/pages/?search="SociaLab')
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "SociaLab" in titles
