"""The retention rule: an account never confirmed is deleted after seven days."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from tests.factories import EmailAddressFactory

pytestmark = pytest.mark.django_db


def test_purge_command_deletes_only_unverified_accounts_older_than_seven_days():
    eight_days_ago = timezone.now() - datetime.timedelta(days=8)
    old_unverified = EmailAddressFactory(verified=False, user__date_joined=eight_days_ago).user
    old_verified = EmailAddressFactory(verified=True, user__date_joined=eight_days_ago).user
    recent_unverified = EmailAddressFactory(verified=False).user
    call_command("purge_unverified_accounts", stdout=io.StringIO())
    assert set(User.objects.all()) == {old_verified, recent_unverified}
    assert not User.objects.filter(pk=old_unverified.pk).exists()
