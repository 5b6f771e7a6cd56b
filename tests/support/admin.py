"""Editing pages through the admin's own URLs, as an editor's browser posts the form."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from projects.models import Partner


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


def post_edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
