"""Admin behaviour of the kernel itself."""

from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import get_page_models

from .api_checks import CheckedNumbers
from .lists import add_default_lists
from .models import BasePage
from .page_views import SitePageViewSet
from .two_factor import views as two_factor


@hooks.register("after_create_page")
def give_new_pages_their_lists(request, page):
    """A plan or project created in the admin comes with its news and video lists."""
    add_default_lists(page, user=request.user)


def page_views_for(model):
    """Every page type of this site is created through PageCreateView (page_views.py).
    One viewset per concrete type: Wagtail's page views query their viewset's model."""
    return lambda: SitePageViewSet(
        model=model, name=f"{model._meta.app_label}_{model._meta.model_name}_pages"
    )


for page_model in get_page_models():
    if issubclass(page_model, BasePage):
        hooks.register("register_admin_viewset", page_views_for(page_model))


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def check_the_admin_api_numbers(router):
    """The admin API's images and documents refuse ``offset=2**63`` or ``find/?id=abc``
    with a 400, as the public API does (its pages: translations/wagtail_hooks/rules.py)."""
    for name, viewset in (("images", ImagesAdminAPIViewSet), ("documents", DocumentsAdminAPIViewSet)):
        router.register_endpoint(name, type(f"Checked{viewset.__name__}", (CheckedNumbers, viewset), {}))


@hooks.register("register_admin_urls")
def two_factor_urls():
    """The second step after the password and its set-up (cms/two_factor/)."""
    return [
        path("two-factor/", two_factor.manage, name="cms_two_factor"),
        path("two-factor/verify/", two_factor.verify, name="cms_two_factor_verify"),
        path("two-factor/setup/", two_factor.setup, name="cms_two_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("cms_two_factor"),
        "label": _("Two-step verification"),
        "help_text": _("A code from an app on your phone, asked after your password."),
    }
