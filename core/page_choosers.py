"""A page chooser that opens where the editor needs it: beside the page being edited.

Wagtail's chooser, left empty, opens on the highest common ancestor of the
pages it may choose; for a type present in French and English that is the
root of the tree, and the editor had to find the guide again in the right
language. This one opens on the edited page's own parent (the successor of an
aid is another aid of the same section, in the same language); once a page is
chosen, Wagtail opens on that page's parent as usual.
"""

from django.urls import reverse
from wagtail.admin.panels import PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser


class NearbyPageChooser(AdminPageChooser):
    start_page_id: int | None = None

    def get_chooser_modal_url(self):
        if self.start_page_id:
            return reverse("choose_page_from", args=[self.start_page_id])
        return super().get_chooser_modal_url()


class NearbyPageChooserPanel(PageChooserPanel):
    """A `PageChooserPanel` whose chooser opens among the edited page's siblings."""

    def get_form_options(self):
        opts = super().get_form_options()
        opts.setdefault("widgets", {})[self.field_name] = NearbyPageChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root
        )
        return opts

    class BoundPanel(PageChooserPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            parent = getattr(self.form, "parent_page", None)
            if parent is None and self.instance.pk:
                parent = self.instance.get_parent()
            if parent is not None and self.bound_field is not None:
                self.bound_field.field.widget.start_page_id = parent.pk
