"""What search engines read about a video (``VideoPage.structured_data``)."""

from cms.seo import absolute


def video_object(page, facts, context):
    """A video as schema.org's VideoObject: a file is given as contentUrl; a YouTube or
    Vimeo video as its privacy-enhanced player."""
    image, ref = facts["image"], context.get("video_ref")
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
