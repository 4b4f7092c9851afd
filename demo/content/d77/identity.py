"""The département's identity: the site settings and the logo of the demo."""

from demo.content import LogoSpec
from demo.specs import PartnerSpec, Publisher
from demo.text import Bilingual as T

SITE_NAME = "Portail santé Seine-et-Marne"

PORTAL_SETTINGS = {
    "departement_name": "Seine-et-Marne",
    "departement_code": "77",
    "portal_name_fr": "Se former et s’installer en Seine-et-Marne",
    "portal_name_en": "Train and practise in Seine-et-Marne",
    # 7.8:1 against white (WCAG 2.1 AA asks for 4.5:1).
    "primary_colour": "#00558c",
    "accent_colour": "#e5eef5",
    "contact_address": "Hôtel du Département\nCS 50377\n77010 Melun cedex",
    "contact_phone": "01 64 14 77 77",
    "contact_email": "sante@departement77.test",
}

PARTNERS = [
    PartnerSpec("Région Île-de-France", "https://www.iledefrance.fr/"),
    PartnerSpec("ARS Île-de-France", "https://www.iledefrance.ars.sante.fr/"),
    PartnerSpec("Conseil départemental de l’Ordre des médecins (CDOM 77)"),
    PartnerSpec("Assurance Maladie", "https://www.ameli.fr/"),
    PartnerSpec("Université Paris-Est Créteil", "https://www.u-pec.fr/"),
    PartnerSpec("Sorbonne Université", "https://www.sorbonne-universite.fr/"),
    PartnerSpec("Université Paris Cité", "https://u-paris.fr/"),
    PartnerSpec("Université Paris-Saclay", "https://www.universite-paris-saclay.fr/"),
]

LOGO = LogoSpec(
    title="Logo du Département de Seine-et-Marne (démonstration)",
    text="77",
    alt="Département de Seine-et-Marne",
)

PUBLISHER = Publisher(
    name=T("Département de Seine-et-Marne", "Département de Seine-et-Marne"),
    council=T("Conseil départemental de Seine-et-Marne", "Seine-et-Marne departmental council"),
    address=T(
        "Hôtel du Département, CS 50377, 77010 Melun cedex",
        "Hôtel du Département, CS 50377, 77010 Melun cedex, France",
    ),
    phone=T("01 64 14 77 77", "+33 1 64 14 77 77"),
    domain="departement77.test",
    cdom="CDOM 77",
    source=T("son bilan santé 2021–2024", "the Département’s 2021–2024 health report"),
)
