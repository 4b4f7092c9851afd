"""Retire Wagtail's sample "Moderators approval" workflow.

Wagtail's migrations attach it to the whole tree, in English and with a
"Moderators" group nobody belongs to: every editor was asked to submit pages
for a moderation that no one would ever do. The portal's roles (editors,
event managers, CDOM staff) publish what they may publish; a département that
wants a review step builds its own workflow in Settings → Workflows.
"""

from django.db import migrations

SAMPLE_WORKFLOW = "Moderators approval"


def retire_sample_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.filter(workflow__name=SAMPLE_WORKFLOW).delete()
    Workflow.objects.filter(name=SAMPLE_WORKFLOW).update(active=False)


def restore_sample_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Page = apps.get_model("wagtailcore", "Page")
    workflow = Workflow.objects.filter(name=SAMPLE_WORKFLOW).first()
    root = Page.objects.filter(depth=1).first()
    if workflow is not None and root is not None:
        workflow.active = True
        workflow.save(update_fields=["active"])
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_images_without_metadata"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire_sample_workflow, restore_sample_workflow)]
