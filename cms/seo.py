"""What search engines and social networks read about a page, and robots.txt.

Page URLs are the Site's (``get_full_url``), and images and files are made absolute
against the same root, so a page never names two hosts. Structured data is built as
Python dicts and serialised by ``json_ld``, so it is valid JSON whatever the editors type.
"""

import json
from urllib.parse import urljoin

from django.http import HttpResponse
from django.urls import reverse
from django.utils.safestring import mark_safe

from wagtail.models import Page, Site

# The programme's own name in each language: a proper name, not interface text.
PROGRAMME_NAMES = {"it": "Interreg France–Italia ALCOTRA", "fr": "Interreg France–Italie ALCOTRA"}
# What JSON must not contain inside <script>: "</script>" or "<!--" would end or break it.
SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def robots_txt(request):
    """Everything may be crawled but the admin; the sitemap lists every page of both languages."""
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {absolute(request, reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def absolute(request, url):
    """``url`` made absolute against the Site's root URL (unchanged when already absolute)."""
    site = Site.find_for_request(request)
    return urljoin(site.root_url + "/", url) if site else request.build_absolute_uri(url)


def json_ld(data):
    """``data`` as JSON that can sit inside <script type="application/ld+json"> as is
    (empty values left out)."""
    text = json.dumps({"@context": "https://schema.org", **compact(data)}, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - "<", ">" and "&" are escaped


def compact(value):
    """``value`` without the keys whose value is None, "" or [] (at every level)."""
    if isinstance(value, dict):
        return {key: compact(item) for key, item in value.items() if item not in (None, "", [])}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def live_ancestors(page):
    """The live pages from the language's home page down to ``page``'s parent, in one query."""
    if page.pk is None or page.depth <= 2:  # not saved yet, or a home page: no query
        return []
    return list(Page.objects.ancestor_of(page).filter(depth__gte=2).live().order_by("depth"))


def breadcrumb_list(trail):
    """A BreadcrumbList of (name, url) pairs, positions from 1."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def programme(language, home_url):
    """The Interreg programme, publisher of the site."""
    organisation = {"@type": "Organization", "name": PROGRAMME_NAMES.get(language, PROGRAMME_NAMES["it"])}
    if home_url:
        organisation.update({"@id": f"{home_url}#organization", "url": home_url})
    return organisation


def partner_organisation(partner):
    return {
        "@type": "Organization",
        "name": partner.name,
        "url": partner.website,
        "address": {"@type": "PostalAddress", "addressCountry": partner.country},
    }


def structured_data(page, context, language, image):
    """The JSON-LD items of a page: its breadcrumb trail, and what the page is about.
    ``image`` is what cms_seo.share_image() gave (url, width, height, alt) or None."""
    request = context["request"]
    url = page.get_full_url(request)
    ancestors = live_ancestors(page)
    home = ancestors[0] if ancestors else page if page.depth == 2 else None
    trail = [(ancestor.title, ancestor.get_full_url(request)) for ancestor in ancestors]
    facts = {
        "page": page,
        "url": url,
        "language": language,
        "description": page.meta_description,
        "publisher": programme(language, home.get_full_url(request) if home else None),
        "image": image,
        "parent": ancestors[-1] if ancestors else None,
        "request": request,
    }
    builder = ABOUT.get(page._meta.label)
    # A page not saved yet (a preview) has no place in the tree to show.
    items = [breadcrumb_list([*trail, (page.title, url)])] if page.pk and url else []
    return items + ([builder(facts, context)] if builder else [])


def home(facts, context):
    return facts["publisher"]


def news_article(facts, context):
    page, url, image = facts["page"], facts["url"], facts["image"]
    owner = context.get("belongs_to")  # the plan or project the news item is filed under
    modified = page.last_published_at or page.latest_revision_created_at
    return {
        "@type": "NewsArticle",
        "headline": page.title,
        "description": facts["description"],
        "datePublished": page.date.isoformat(),
        "dateModified": modified.isoformat() if modified else None,
        "inLanguage": facts["language"],
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [image["url"]] if image else None,
        "author": {"@type": "Organization", "name": owner.title, "url": owner.get_full_url(facts["request"])}
        if owner
        else facts["publisher"],
        "publisher": facts["publisher"],
    }


def video_object(facts, context):
    """A file is given as contentUrl; a YouTube or Vimeo video as its privacy-enhanced player."""
    page, image, ref = facts["page"], facts["image"], context.get("video_ref")
    uploaded = page.video_file if page.video_file_id and not ref else None
    return {
        "@type": "VideoObject",
        "name": page.title,
        "description": facts["description"] or page.title,  # required by search engines
        "uploadDate": page.date.isoformat(),
        "duration": page.duration_iso,
        "inLanguage": facts["language"],
        "url": facts["url"],
        "thumbnailUrl": [image["url"]] if image else None,
        "embedUrl": ref.embed_url if ref else None,
        "contentUrl": absolute(facts["request"], uploaded.url) if uploaded else None,
        "encodingFormat": page.video_file_type if uploaded else None,
        "publisher": facts["publisher"],
    }


def project(facts, context):
    """A plan or project as schema.org's Project (a kind of Organization): the programme is
    its funder, its partners are its members (with their role, on a project page), and a
    project's plan is its parent organisation."""
    page, parent, image = facts["page"], facts["parent"], facts["image"]
    is_project = page._meta.label == "projects.ProjectPage"
    partners = context.get("partners") or []
    if is_project:
        members = [
            {
                "@type": "OrganizationRole",
                "roleName": str(row["role"]),
                "member": partner_organisation(row["partner"]),
            }
            for row in partners
        ]
    else:
        members = [partner_organisation(partner) for partner in partners]
    in_plan = is_project and parent is not None and parent.specific_class._meta.label == "projects.PlanPage"
    return {
        "@type": "Project",
        "name": page.full_name or page.title,
        "alternateName": page.acronym,
        "description": facts["description"],
        "url": facts["url"],
        "image": image["url"] if image else None,
        "foundingDate": page.start_date.isoformat() if is_project else None,
        "dissolutionDate": page.end_date.isoformat() if is_project and page.end_date else None,
        "funder": facts["publisher"],
        "member": members,
        "parentOrganization": {
            "@type": "Project",
            "name": parent.title,
            "url": parent.get_full_url(facts["request"]),
        }
        if in_plan
        else None,
    }


# What a page is about, by page type; every other type has its breadcrumb trail only.
ABOUT = {
    "home.HomePage": home,
    "news.NewsPage": news_article,
    "media.VideoPage": video_object,
    "projects.PlanPage": project,
    "projects.ProjectPage": project,
}
