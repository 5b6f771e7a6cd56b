"""Admin behaviour of the kernel itself."""

from wagtail import hooks

from .lists import add_default_lists


@hooks.register("after_create_page")
def give_new_pages_their_lists(request, page):
    """A plan or project created in the admin comes with its news and video lists."""
    add_default_lists(page, user=request.user)
