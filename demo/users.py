"""One demo user per role, so the editorial workflow can be tried at once.

Passwords are random and shown once, when the user is created; later runs leave
existing users (and any password someone set) alone.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from projects.models import PlanPage
from translations.roles import MODERATORS, TRANSLATORS, plan_group_name, setup_roles

# username, first name, group, admin language
DEMO_USERS = (
    ("moderatrice", "Giulia", MODERATORS, "it"),
    ("traductrice", "Claire", TRANSLATORS["fr"], "fr"),
    ("traduttore", "Marco", TRANSLATORS["it"], "it"),
    ("referente-prosol", "Paola", "plan:PRO-SOL", "it"),
    ("referent-graies", "Julien", "plan:GRAIES LAB", "fr"),
)


def load(builder):
    setup_roles()
    User = get_user_model()
    for username, first_name, group_name, language in DEMO_USERS:
        if group_name.startswith("plan:"):
            plan = PlanPage.objects.filter(acronym=group_name.removeprefix("plan:")).first()
            if plan is None:
                continue
            group_name = plan_group_name(plan)
        if User.objects.filter(username=username).exists():
            builder.report.append(f"unchanged user {username}")
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username=username, password=password, first_name=first_name)
        user.groups.add(Group.objects.get(name=group_name))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        builder.report.append(
            f"created user {username} ({group_name}) / password {password}  (shown only this once)"
        )
