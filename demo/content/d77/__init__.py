"""Seine-et-Marne (77): the demo from the département's health report 2021–2024."""

from demo.content import DemoContent
from demo.content.d77.guide import AIDS, FUNDERS, REFERENTS
from demo.content.d77.home import home_spec
from demo.content.d77.housing import LISTINGS
from demo.content.d77.identity import LOGO, PARTNERS, PORTAL_SETTINGS, SITE_NAME
from demo.content.d77.living import COMMUNE_LIFE
from demo.content.d77.supervisors import BECOME_SUPERVISOR, LEADS, SUPERVISORS
from demo.content.d77.territory import CABIN_ADDRESS, CABIN_COMMUNES, COMMUNES, PLACES

CONTENT = DemoContent(
    code="77",
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
    cabin_communes=CABIN_COMMUNES,
    cabin_address=CABIN_ADDRESS,
)
