"""The admin's create and edit views for every page of this site (cms/wagtail_hooks.py).

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
from django.utils.dateparse import parse_datetime
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
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


class PageEditView(EditView):
    """Wagtail 8 refuses a stale autosave, but a button's save based on an older version
    replaced a colleague's newer one without a word (the warning came ~10 s later). Such
    a save is refused once, naming the colleague and offering to compare; the form is
    shown again with what was typed, now based on the newest version, so pressing the
    button again applies it knowingly. The editor's own autosaves never count."""

    def post(self, request, *args, **kwargs):
        newer = None if self.expects_json_response else self.colleagues_newer_revision()
        if newer is None:
            return super().post(request, *args, **kwargs)
        self.form = self.form_class(
            request.POST,
            request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=request.user,
        )
        who = newer.user.get_full_name() or newer.user.get_username() if newer.user else _("Someone")
        loaded = request.POST.get("loaded_revision_id")
        compare = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(self.page.pk, loaded if valid_number(loaded) else "earliest", newer.pk),
        )
        messages.error(
            request,
            _(
                "%(name)s saved a newer version of this page after you opened it. Nothing was "
                "saved: compare the two versions, then save again to keep yours."
            )
            % {"name": who},
            buttons=[messages.button(compare, _("Compare versions"), new_window=True)],
        )
        self.has_unsaved_changes = True
        # Autosave would store what was just refused before the editor has compared.
        self.autosave_enabled = False
        return self.render_to_response(self.get_context_data())

    def colleagues_newer_revision(self):
        """The newest revision saved by someone else after the one this form was loaded with."""
        post = self.request.POST
        loaded_at = parse_datetime(post.get("loaded_revision_created_at", "") or "")
        loaded_id = post.get("loaded_revision_id")
        if loaded_at is not None:
            newer = self.page.revisions.filter(created_at__gt=loaded_at)
        elif valid_number(loaded_id):
            newer = self.page.revisions.filter(pk__gt=int(loaded_id))
        else:
            return None  # a form that says nothing of what it was based on (the create form's)
        mine = self.request.user.pk
        return newer.exclude(user_id=mine).select_related("user").order_by("-created_at", "-pk").first()


def valid_number(value):
    return bool(value) and value.isdigit() and len(value) < 19


class SitePageViewSet(PageViewSet):
    add_view_class = PageCreateView
    edit_view_class = PageEditView
