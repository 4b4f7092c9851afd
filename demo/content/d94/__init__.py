"""Val-de-Marne (94): the demo from the département's health roadmap 2024–2028."""

from demo.content import DemoContent
from demo.content.d94.guide import AIDS, FUNDERS, REFERENTS
from demo.content.d94.home import home_spec
from demo.content.d94.housing import LISTINGS
from demo.content.d94.identity import LOGO, PARTNERS, PORTAL_SETTINGS, SITE_NAME
from demo.content.d94.living import COMMUNE_LIFE
from demo.content.d94.supervisors import BECOME_SUPERVISOR, LEADS, SUPERVISORS
from demo.content.d94.territory import COMMUNES, PLACES

CONTENT = DemoContent(
    code="94",
    site_name=SITE_NAME,
    portal_settings=PORTAL_SETTINGS,
    partners=PARTNERS,
    logo=LOGO,
    home=home_spec,
    communes=COMMUNES,
    places=PLACES,
    funders=FUNDERS,
    referents=REFERENTS,
    aids=AIDS,
    listings=LISTINGS,
    supervisors=SUPERVISORS,
    leads=LEADS,
    become_supervisor=BECOME_SUPERVISOR,
    commune_life=COMMUNE_LIFE,
)
