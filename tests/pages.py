"""Small helpers for tests that build pages."""


def publish(parent, page):
    """Add ``page`` under ``parent`` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
