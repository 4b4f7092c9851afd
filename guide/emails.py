"""The finder's answer by e-mail, in the language the visitor used, as text and HTML."""

from django.core.mail import EmailMultiAlternatives
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.email import compose_email
from core.models import CareerStage, Profession
from core.public_url import public_page_url
from guide.eligibility import FinderQuestion, find_eligible_aids
from guide.models import GuideIndexPage
from territory.models import Commune


def build_finder_email(
    email: str, language: str, question: FinderQuestion
) -> EmailMultiAlternatives | None:
    """The e-mail with the finder's answer, or None if what it refers to no longer exists."""
    with translation.override(language):
        index = GuideIndexPage.objects.live().filter(pk=question.index_page_id).first()
        profession = Profession.objects.filter(pk=question.profession_id).first()
        stage = CareerStage.objects.filter(pk=question.career_stage_id).first()
        commune = Commune.objects.with_zonings().filter(pk=question.commune_id).first()
        if None in (index, profession, stage, commune):
            return None
        answer = find_eligible_aids(index.aids(), profession, stage, commune)
        query = urlencode(
            {"profession": profession.slug, "stage": stage.slug, "commune": commune.slug}
        )
        context = {
            "answer": answer,
            "answer_url": public_page_url(index) + index.reverse_subpage("finder") + "?" + query,
        }
        return compose_email(
            _("Your aids as %(profession)s in %(commune)s")
            % {"profession": profession.name, "commune": commune.name},
            "guide/emails/finder_answer.txt",
            context,
            [email],
            html_template="guide/emails/finder_answer.html",
        )
