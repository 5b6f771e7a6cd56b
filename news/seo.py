"""What search engines read about a news item (``NewsPage.structured_data``)."""


def news_article(page, facts, context):
    """A news item as schema.org's NewsArticle, by the plan or project it is filed under."""
    url, image = facts["url"], facts["image"]
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
