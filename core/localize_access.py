"""Whoever may publish a page may keep its translation current.

wagtail-localize lets only holders of its global "submit_translation"
permission translate a page or sync its translations; granting it to event
managers would let them translate every page of the site. Here the right is
scoped to the page: publishing it (Wagtail's page permissions) is enough to
submit that page for translation and to sync its translated copies. The
views replace wagtail-localize's at the same addresses (core.admin_access);
snippets keep the global permission.
"""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitTranslationView,
    TranslationComponentManager,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

GLOBAL_PERMISSION = "wagtail_localize.submit_translation"


def may_translate(user, page: Page) -> bool:
    """Whether `user` may submit `page` for translation and sync its translations."""
    return user.has_perm(GLOBAL_PERMISSION) or page.permissions_for_user(user).can_publish()


class PageScopedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not may_translate(request.user, self.object):
            raise PermissionDenied
        self.components = TranslationComponentManager.from_request(
            request, source_object_instance=self.object
        )
        return super(SubmitTranslationView, self).dispatch(request, *args, **kwargs)


class PageScopedUpdateTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        instance = self.object.get_source_instance()
        if isinstance(instance, Page):
            allowed = may_translate(request.user, instance)
        else:
            allowed = request.user.has_perm(GLOBAL_PERMISSION)
        if not allowed:
            raise PermissionDenied
        self.components = TranslationComponentManager.from_request(
            request, source_object_instance=self.object
        )
        return super(UpdateTranslationsView, self).dispatch(request, *args, **kwargs)


def translation_buttons(page: Page, user, next_url=None):
    """wagtail-localize's "Translate this page" and "Sync translated pages", for those who
    may publish the page without holding the global permission (the others get its own)."""
    if page.is_root() or user.has_perm(GLOBAL_PERMISSION) or not may_translate(user, page):
        return
    translated = page.get_translations(inclusive=True).filter(alias_of__isnull=True)
    if Locale.objects.exclude(id__in=translated.values_list("locale_id", flat=True)).exists():
        yield ListingButton(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        url = reverse("wagtail_localize:update_translations", args=[source.id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")
