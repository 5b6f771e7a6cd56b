"""Settings → Site identity: the programme's logo files and the footer's legal links,
set through the admin as an administrator would, and what visitors then see."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Site

from home.models import SiteIdentity
from tests.support.users import make_user
from tests.support.wording import said

LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80">'
    b'<rect width="300" height="80" fill="#fff"/><path d="M10 10h60v40H10z" fill="#039"/></svg>'
)
HOSTILE = {
    "script": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "handler": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1"/></svg>',
    "external": b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
    b'<image x:href="https://tracker.example/p.png"/></svg>',
    "entities": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&a;&a;</text></svg>',
    "not svg": b"<html><body>hello</body></html>",
    "style url": b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.example/a)"/></svg>',
}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def settings_url():
    return reverse(
        "wagtailsettings:edit", args=["home", "siteidentity", Site.objects.get(is_default_site=True).pk]
    )


def form(logos=(), **pages):
    data = {
        "legal_notice": pages.get("legal_notice", ""),
        "privacy": pages.get("privacy", ""),
        "contact": pages.get("contact", ""),
        "programme_logos-TOTAL_FORMS": str(len(logos)),
        "programme_logos-INITIAL_FORMS": "0",
        "programme_logos-MIN_NUM_FORMS": "0",
        "programme_logos-MAX_NUM_FORMS": "1000",
    }
    for index, (language, content, description) in enumerate(logos):
        data.update(
            {
                f"programme_logos-{index}-language": language,
                f"programme_logos-{index}-file": SimpleUploadedFile(
                    f"logo-{language}.svg", content, "image/svg+xml"
                ),
                f"programme_logos-{index}-description": description,
                f"programme_logos-{index}-ORDER": str(index + 1),
                f"programme_logos-{index}-DELETE": "",
            }
        )
    return data


@pytest.fixture
def administrator(client, db):
    user = make_user("amministratrice", superuser=True, language="fr")
    client.force_login(user)
    return user


def test_an_uploaded_logo_replaces_the_drawn_block_in_its_language_only(client, demo_site, administrator):
    description = "Interreg France-Italia ALCOTRA, cofinanziato dall'Unione europea"
    response = client.post(settings_url(), form([("it", LOGO, description)]))
    assert response.status_code == 302, response.content[:2000]
    client.logout()

    italian = soup(client.get(demo_site.home_it.url)).select_one("header .eu-funding")
    logo = italian.select_one("img.eu-funding__logo")
    assert logo["alt"] == description
    assert (logo["width"], logo["height"]) == ("300", "80")
    stored = SiteIdentity.objects.get().programme_logos.get()
    assert logo["src"] == stored.file.url and stored.file.read() == LOGO
    assert not italian.select(".eu-funding__emblem")

    french = soup(client.get(demo_site.home_fr.url)).select_one("header .eu-funding")
    assert french.select_one("img.eu-funding__emblem")
    assert not french.select(".eu-funding__logo")

    project = soup(client.get(demo_site.page("project:coor-com").url)).select_one("header .eu-funding")
    assert project.select_one(".eu-funding__logo")
    assert project.select_one(".eu-funding__project").get_text(strip=True) == "COOR-COM"


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_logo_that_could_run_or_load_something_is_refused_in_the_admins_language(
    client, demo_site, administrator, kind
):
    response = client.post(settings_url(), form([("fr", HOSTILE[kind], "Logo")]))
    assert response.status_code == 200  # the form again, with the error
    errors = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert said("This file is not a valid SVG image.", "fr") in errors or said(
        "The logo may not contain scripts, frames or external content.", "fr"
    ) in " ".join(errors.split())
    assert not SiteIdentity.objects.filter(programme_logos__isnull=False).exists()
    client.logout()
    assert not soup(client.get(demo_site.home_fr.url)).select(".eu-funding__logo")


def test_a_logo_that_is_not_an_svg_file_is_refused(client, demo_site, administrator):
    data = form([("it", LOGO, "Logo")])
    data["programme_logos-0-file"] = SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    assert client.post(settings_url(), data).status_code == 200
    assert not SiteIdentity.objects.filter(programme_logos__isnull=False).exists()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_footer_links_the_legal_pages_in_the_visitors_language(
    client, demo_site, administrator, language
):
    """Pages are chosen once, in Italian; each footer links to its own language's version."""
    about_it, about_fr = demo_site.about_it, demo_site.about_fr
    statement = demo_site.page("accessibility", "it")
    response = client.post(settings_url(), form(legal_notice=about_it.pk, contact=statement.pk))
    assert response.status_code == 302
    client.logout()
    about = about_it if language == "it" else about_fr
    home = demo_site.home_it if language == "it" else demo_site.home_fr
    legal = soup(client.get(home.url)).select_one("footer nav.site-footer__legal")
    assert legal["aria-label"] == said("Legal information", language)
    links = [(a.get_text(strip=True), a["href"]) for a in legal.select("a")]
    assert links[0] == (about.title, about.url)
    assert links[1][1] == demo_site.page("accessibility", language).url
    # The accessibility mention keeps its place, last.
    assert legal.select("li")[-1].select_one(".footer-accessibility")


def test_a_legal_page_without_a_live_version_in_a_language_is_left_out_there(
    client, demo_site, administrator
):
    client.post(settings_url(), form(privacy=demo_site.about_it.pk))
    demo_site.about_fr.unpublish()
    client.logout()
    french = [
        a["href"] for a in soup(client.get(demo_site.home_fr.url)).select("footer .site-footer__legal a")
    ]
    assert demo_site.about_fr.url not in french
    italian = [
        a["href"] for a in soup(client.get(demo_site.home_it.url)).select("footer .site-footer__legal a")
    ]
    assert demo_site.about_it.url in italian


def test_visitors_never_create_the_setting(client, demo_site):
    SiteIdentity.objects.all().delete()
    assert client.get(demo_site.home_it.url).status_code == 200
    assert not SiteIdentity.objects.exists()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_demo_footer_links_its_legal_pages_then_the_accessibility_status(client, demo_site, language):
    home = demo_site.home_it if language == "it" else demo_site.home_fr
    legal = soup(client.get(home.url)).select_one("footer .site-footer__legal")
    expected = [demo_site.page(key, language) for key in ("legal-notice", "privacy", "contact")]
    assert [(a.get_text(strip=True), a["href"]) for a in legal.select("a")][:3] == [
        (page.title, page.url) for page in expected
    ]
    assert legal.select("a")[3]["href"] == demo_site.page("accessibility", language).url


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_footer_shows_the_partners_logos_no_taller_than_the_emblem(client, demo_site, language):
    from projects.models import Partner

    home = demo_site.home_it if language == "it" else demo_site.home_fr
    strip = soup(client.get(home.url)).select_one("footer .partner-logos")
    with_logo = Partner.objects.filter(locale__language_code=language, logo__isnull=False)
    assert with_logo.exists(), "the demo's partners have logos"
    names = {img["alt"] for img in strip.select("img")}
    assert names and names <= set(with_logo.values_list("name", flat=True))
    for img in strip.select("img"):
        assert img["loading"] == "lazy"
        assert int(img["height"]) <= 48  # never taller than the EU emblem


def test_a_partner_renamed_is_named_in_every_footer_at_once(client, demo_site):
    """The footer's partners are kept until the public content changes; a partner edited
    (a snippet, not a page) is such a change."""
    from projects.models import Partner

    strip = soup(client.get(demo_site.home_it.url)).select_one("footer .partner-logos")
    partner = Partner.objects.get(locale__language_code="it", name=strip.select("img")[0]["alt"])
    partner.name = "Comunità montana rinominata"
    partner.save()
    for page in (demo_site.home_it, demo_site.page("project:care")):
        names = [img["alt"] for img in soup(client.get(page.url)).select("footer .partner-logos img")]
        assert "Comunità montana rinominata" in names


def test_a_partner_logo_whose_file_is_lost_is_left_out_and_the_page_still_answers(client, demo_site):
    from projects.models import Partner

    partner = Partner.objects.filter(locale__language_code="it", logo__isnull=False).first()
    # An image whose file is gone from storage (a failed restore, a bucket cleaned by hand).
    partner.logo = get_image_model().objects.create(
        title="Logo perso", file="original_images/perso.png", width=480, height=480
    )
    partner.save()
    for page in (demo_site.home_it, demo_site.page("project:coor-com"), demo_site.page("project:care")):
        html = soup(client.get(page.url))
        assert partner.name not in {img.get("alt") for img in html.select("footer .partner-logos img")}


def test_moderators_keep_the_identity_and_officers_do_not(client, demo_site):
    """Settings → Site identity is for moderators (and administrators), not plan officers."""
    from translations.roles import MODERATORS, setup_roles

    setup_roles()
    moderator = make_user("moderatrice-test", MODERATORS, language="it")
    client.force_login(moderator)
    assert client.get(settings_url()).status_code == 200
    assert client.post(settings_url(), form(contact=demo_site.about_it.pk)).status_code == 302
    officer_group = next(name for name in Group.objects.values_list("name", flat=True) if "PRO-SOL" in name)
    client.force_login(make_user("referente-test", officer_group, language="it"))
    response = client.get(settings_url())
    assert response.status_code in (302, 403)
    client.post(settings_url(), form())
    assert SiteIdentity.objects.get().contact_id == demo_site.about_it.pk
