"""Pages below a page are read through the path index (cms/tree.py), and they are the
same pages as before: every descendant, the page itself only when asked."""

from django.db import connection

from wagtail.models import Page

from projects.models import ProjectPage


def test_descendants_are_the_pages_whose_path_begins_with_the_pages(demo_site):
    catalogue = demo_site.page("projects")
    every_page = list(Page.objects.order_by("path").values_list("path", flat=True))
    below = [path for path in every_page if path.startswith(catalogue.path) and path != catalogue.path]
    assert len(below) > 5

    descendants = Page.objects.descendant_of(catalogue).order_by("path")
    assert list(descendants.values_list("path", flat=True)) == below
    inclusive = Page.objects.descendant_of(catalogue, inclusive=True).order_by("path")
    assert list(inclusive.values_list("path", flat=True)) == [catalogue.path, *below]
    children = Page.objects.child_of(catalogue).order_by("path").values_list("path", flat=True)
    assert list(children) == [path for path in below if len(path) == len(catalogue.path) + Page.steplen]
    # A sibling list whose path shares no prefix stays out; the specific models agree.
    projects = ProjectPage.objects.descendant_of(catalogue).values_list("path", flat=True)
    assert set(projects) <= set(below) and projects.exists()


def test_descendants_are_read_through_the_path_index(demo_site):
    """SQLite's LIKE ignores case, so alone it reads every page of the site; PostgreSQL
    serves it from the ``_like`` index Django makes (told to avoid full scans, as it
    would on a large site)."""
    query = ProjectPage.objects.live().descendant_of(demo_site.page("projects")).query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            full_scan = "Seq Scan on wagtailcore_page"
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            full_scan = "SCAN wagtailcore_page"
        plan = [str(row[-1]) for row in cursor.fetchall()]
    assert not any(full_scan in step for step in plan), plan
    assert any("wagtailcore_page" in step and "ndex" in step for step in plan), plan
