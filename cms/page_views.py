"""The admin's page views for every page of this site (registered for BasePage).

Wagtail 8 autosaves the create form: the first autosave creates the page and the
browser then moves the form to the page's edit address. A button pressed while that
first autosave is still under way still posts to the create address, and Wagtail's
`add_child` then met the page the autosave had just made: "slug already in use", a 500
(seen in CI under load). Each create form carries a key; the page it created is
remembered under it, and a later post of the same form goes on as an edit of that
page (a 307 keeps the method and the data). A page made by a button is not remembered:
the browser has left that form, and a late autosave of it would carry older content.
A slug truly taken by another page is answered with the form and its error, never a 500.
"""

import time
import uuid

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

FORM_KEY = "cms_create_key"
KEPT_SECONDS = 3600
# How long a post that met its own autosave's page waits for that autosave to finish.
WAIT_SECONDS, WAIT_STEP = 5.0, 0.1


def created_key(user, key):
    return f"cms:created-by-form:{user.pk}:{key}"


def valid_key(key):
    try:
        uuid.UUID(key)
    except (TypeError, ValueError):
        return False
    return True


def page_created_by(user, key):
    """The page this user's create form (by its key) has already created, if any."""
    return cache.get(created_key(user, key)) if valid_key(key) else None


class PageCreateView(CreateView):
    template_name = "cms/admin/create_page.html"

    def post(self, request):
        page_id = page_created_by(request.user, request.POST.get(FORM_KEY))
        if page_id is not None:
            return self.continue_as_edit(page_id)
        return super().post(request)

    def form_valid(self, form):
        try:
            response = super().form_valid(form)
        except (ValidationError, IntegrityError) as error:
            if isinstance(error, ValidationError) and "slug" not in getattr(error, "message_dict", {}):
                raise
            return self.created_meanwhile(form)
        key = self.request.POST.get(FORM_KEY)
        # Only an autosave leaves the form open on its page. After a button's post the
        # browser has left the form, and a late autosave of it would be older content.
        if self.page.pk and self.expects_json_response and valid_key(key):
            cache.set(created_key(self.request.user, key), self.page.pk, KEPT_SECONDS)
        return response

    def created_meanwhile(self, form):
        """The page's place was taken while this post was read: by this very form's
        autosave (wait for it, then go on as an edit), or by another page."""
        key = self.request.POST.get(FORM_KEY)
        deadline = time.monotonic() + WAIT_SECONDS
        while key and time.monotonic() < deadline:
            page_id = page_created_by(self.request.user, key)
            if page_id is not None:
                return self.continue_as_edit(page_id)
            pause(WAIT_STEP)
        self.page.pk = self.page.id = None
        form.add_error(
            "slug",
            _("Another page was added here with this slug at the same moment. Choose another slug."),
        )
        return self.form_invalid(form)

    def continue_as_edit(self, page_id):
        url = reverse(self.edit_url_name, args=(page_id,))
        if self.next_url:
            url += "?" + urlencode({"next": self.next_url})
        return HttpResponseRedirect(url, status=307)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        posted = self.request.POST.get(FORM_KEY, "")
        context["create_key"] = posted if valid_key(posted) else str(uuid.uuid4())
        return context


def pause(seconds):
    """Sleeping, apart so that tests can make the other request finish meanwhile."""
    time.sleep(seconds)


class SitePageViewSet(PageViewSet):
    add_view_class = PageCreateView
