"""The API's images and documents endpoints list only the files visitors can already see:
those used by live pages without view restriction, directly or through a partner."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from projects.models import Partner, ProjectPartner
from tests.support.pages import publish


def new_image(title):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def new_document(title):
    return get_document_model().objects.create(title=title, file=ContentFile(b"%PDF-1.4\n", name="bando.pdf"))


def listed(client, endpoint, item):
    """Whether anyone can find ``item`` through the API: in the listing, the search, its detail and find."""
    ids = set()
    offset = 0
    while True:
        page = client.get(f"/api/v2/{endpoint}/?limit=20&offset={offset}").json()
        ids |= {row["id"] for row in page["items"]}
        offset += 20
        if offset >= page["meta"]["total_count"]:
            break
    searched = {row["id"] for row in client.get(f"/api/v2/{endpoint}/?search={item.title}").json()["items"]}
    detail = client.get(f"/api/v2/{endpoint}/{item.pk}/").status_code
    found = client.get(f"/api/v2/{endpoint}/find/?id={item.pk}").status_code
    answers = {item.pk in ids, item.pk in searched, detail == 200, found == 302}
    assert len(answers) == 1, (ids, searched, detail, found)  # every way says the same
    return answers.pop()


def page_using(parent, image, document, live=True):
    page = ContentPage(
        title="Bando 2025",
        slug="bando-2025",
        live=live,
        listing_image=image,
        body=[("document", {"document": document, "label": "Il bando"})],
    )
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def test_files_of_a_draft_are_listed_once_it_is_published(client, demo_site):
    image, document = new_image("Locandina bando"), new_document("Bando Interreg")
    page = page_using(demo_site.home_it, image, document, live=False)
    page.save_revision()
    assert not listed(client, "images", image)
    assert not listed(client, "documents", document)
    page.get_latest_revision().publish()
    assert listed(client, "images", image)
    assert listed(client, "documents", document)
    page.refresh_from_db()
    page.unpublish()
    assert not listed(client, "images", image)
    assert not listed(client, "documents", document)


def test_a_file_added_in_a_draft_of_a_live_page_waits_for_its_publication(client, demo_site):
    page = publish(demo_site.home_it, ContentPage(title="Bando 2025", slug="bando-2025"))
    image = new_image("Locandina bando")
    page.listing_image = image
    revision = page.save_revision()
    assert not listed(client, "images", image)
    revision.publish()
    assert listed(client, "images", image)


def test_files_of_a_page_behind_a_password_or_login_are_not_listed(client, demo_site):
    image, document = new_image("Locandina riservata"), new_document("Verbale riservato")
    page = page_using(demo_site.home_it, image, document)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert not listed(client, "images", image)
    assert not listed(client, "documents", document)
    restriction.delete()
    assert listed(client, "images", image)
    # A restriction on a page above counts too.
    PageViewRestriction.objects.create(page=demo_site.home_it, restriction_type="login")
    assert not listed(client, "images", image)


def test_a_partners_logo_is_listed_while_a_live_project_names_the_partner(client, demo_site):
    logo = new_image("Logo Comune di Bardonecchia")
    partner = Partner.objects.create(
        name="Comune di Bardonecchia", country="IT", kind="local", logo=logo, locale=demo_site.home_fr.locale
    )
    assert not listed(client, "images", logo)
    project = demo_site.page("project:care", "fr")  # the source: partners are facts it gives the Italian page
    project.project_partners.add(ProjectPartner(partner=partner, role="partner"))
    project.save_revision().publish()
    assert listed(client, "images", logo)


def test_an_unused_upload_is_not_listed_but_the_demo_pictures_are(client, demo_site):
    assert not listed(client, "images", new_image("Foto mai usata"))
    assert not listed(client, "documents", new_document("Bozza mai usata"))
    care = demo_site.page("project:care", "it")
    assert listed(client, "images", care.listing_image)
