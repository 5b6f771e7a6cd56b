"""Editing pages through the admin's own URLs, as an editor's browser posts the form."""

from django.urls import reverse
from django.utils.text import slugify

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from projects.models import Partner
from tests.support.html import soup


def project_form(page, **changes):
    partners = list(Partner.objects.filter(locale=page.locale)[:2])
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "objectives": rich_text(page.objectives),
        "results": rich_text(page.results),
        "acronym": page.acronym,
        "full_name": page.full_name,
        "programme_period": page.programme_period_id,
        "start_date": "2019-01-01",
        "end_date": "2023-12-31",
        "total_budget": "437159.76",
        "erdf_amount": "371585.80",
        "key_figures": streamfield([]),
        "body": streamfield([("paragraph", rich_text("<p>Testo</p>"))]),
        "project_partners": inline_formset(
            [{"partner": partners[0].pk, "role": "lead"}, {"partner": partners[1].pk, "role": "partner"}]
        ),
        "project_labels": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def news_form(title, **changes):
    """A new news item as the "add" form posts it: ``title``, a paragraph, no related pages."""
    empty = inline_formset([])
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "date": "2026-11-30",
            "body": streamfield([("paragraph", rich_text(f"<p>{title}.</p>"))]),
            "related_pages": empty,
            "comments": empty,
            **changes,
        }
    )


def press_translate(client, user, page, locale, on_commit):
    """wagtail-localize's "Translate this page" form, into one language, as posted."""
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with on_commit(execute=True):  # whatever wagtail-localize defers to the commit runs too
        return client.post(url, {"locales": [locale.pk]})


def post_edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def browser_form(response, streams=None, **changes):
    """The page editor's form as the browser posts it: every field as shown. StreamFields
    are drawn by the browser's script from JSON, so they are given as (type, value, id)."""
    form = soup(response).select_one("form#page-edit-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = [option.get("value", option.text) for option in field.select("option[selected]")]
            if field.has_attr("multiple"):
                data[name] = chosen
            elif chosen:
                data[name] = chosen[0]
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    for stream, blocks in (streams or {}).items():
        items = {
            str(index): {
                "type": kind,
                "value": rich_text(value) if kind == "paragraph" else value,
                "id": block_id or "",
                "deleted": "",
                "order": str(index),
            }
            for index, (kind, value, block_id) in enumerate(blocks)
        }
        data.update(nested_form_data({stream: {**items, "count": str(len(blocks))}}))
    data.update(changes)
    return data


def page_streams(page):
    return {
        name: [(block["type"], block["value"], block["id"]) for block in getattr(page, name).raw_data]
        for name in ("key_figures", "body")
        if hasattr(page, name)
    }


def edit_form(client, page, **changes):
    """The edit form of ``page`` as the editor's browser posts it, with ``changes``."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return browser_form(response, streams=page_streams(page), **changes)
