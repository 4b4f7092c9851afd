"""The admin's words for a translation out of date, and its panel on the admin home."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

from core.localize_access import may_translate
from core.translation_status import OutdatedTranslation, all_outdated_translations

SHOWN = 10


def outdated_label(item: OutdatedTranslation) -> str:
    return _("Translation to update (%(language)s)") % {
        "language": item.page.locale.get_display_name()
    }


def outdated_message(item: OutdatedTranslation) -> str:
    return ngettext(
        "The %(language)s translation of “%(title)s” is out of date: %(count)s text of the "
        "source page is not translated yet. Its facts (dates, status…) are already current.",
        "The %(language)s translation of “%(title)s” is out of date: %(count)s texts of the "
        "source page are not translated yet. Its facts (dates, status…) are already current.",
        item.missing,
    ) % {
        "language": item.page.locale.get_display_name(),
        "title": item.source.title,
        "count": item.missing,
    }


class OutdatedTranslationsPanel(Component):
    """The translated pages whose source changed, for whoever may bring them up to date."""

    name = "outdated_translations"
    order = 60
    template_name = "core/admin/outdated_translations_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        items = [
            item for item in all_outdated_translations() if may_translate(self.user, item.source)
        ]
        return {"items": items[:SHOWN], "count": len(items)}
