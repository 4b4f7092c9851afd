"""The demo accounts, with verified e-mail addresses, and the event managers' pages."""

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from accounts.models import User
from demo.people import (
    DEMO_PASSWORD,
    EVENT_MANAGER,
    EVENT_MANAGER_PAGE_PERMISSIONS,
    PEOPLE,
)


def ensure_users() -> int:
    """Create the demo accounts that do not exist yet; return how many were created.

    An existing account keeps its password and details.
    """
    existing = {
        user.email: user for user in User.objects.filter(email__in=[p.email for p in PEOPLE])
    }
    # Hashing is slow on purpose; a run that creates nobody skips it.
    password_hash = make_password(DEMO_PASSWORD) if len(existing) < len(PEOPLE) else ""
    for person in PEOPLE:
        user = existing.get(person.email) or User.objects.create(
            email=person.email,
            first_name=person.first_name,
            last_name=person.last_name,
            password=password_hash,
            is_staff=person.is_superuser,
            is_superuser=person.is_superuser,
        )
        if person.group:
            user.groups.add(Group.objects.get(name=person.group))
        EmailAddress.objects.get_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
    return len(PEOPLE) - len(existing)


def grant_event_pages(event_indexes: list[Page]) -> None:
    """Let event managers add, edit and publish events under each language's events index."""
    group = Group.objects.get(name=EVENT_MANAGER.group)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EVENT_MANAGER_PAGE_PERMISSIONS
    )
    for page in event_indexes:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
