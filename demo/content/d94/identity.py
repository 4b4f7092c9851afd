"""The département's identity: the site settings and the logo of the demo."""

from demo.content import LogoSpec
from demo.specs import PartnerSpec, Publisher
from demo.text import Bilingual as T

SITE_NAME = "Portail santé Val-de-Marne"

PORTAL_SETTINGS = {
    "departement_name": "Val-de-Marne",
    "departement_code": "94",
    "portal_name_fr": "Soigner et s’installer en Val-de-Marne",
    "portal_name_en": "Practise and settle in Val-de-Marne",
    # 8.6:1 against white (WCAG 2.1 AA asks for 4.5:1).
    "primary_colour": "#005e3c",
    "accent_colour": "#e3f1ea",
    "contact_address": "Hôtel du Département\nAvenue du Général-de-Gaulle\n94054 Créteil cedex",
    "contact_phone": "39 94",
    "contact_email": "sante@departement94.test",
}

PARTNERS = [
    PartnerSpec("Région Île-de-France", "https://www.iledefrance.fr/"),
    PartnerSpec("ARS Île-de-France", "https://www.iledefrance.ars.sante.fr/"),
    PartnerSpec("Conseil départemental de l’Ordre des médecins (CDOM 94)"),
    PartnerSpec("Assurance Maladie", "https://www.ameli.fr/"),
    PartnerSpec("Université Paris-Est Créteil", "https://www.u-pec.fr/"),
    PartnerSpec("Université Paris-Saclay", "https://www.universite-paris-saclay.fr/"),
]

LOGO = LogoSpec(
    title="Logo du Département du Val-de-Marne (démonstration)",
    text="94",
    alt="Département du Val-de-Marne",
)

PUBLISHER = Publisher(
    name=T("Département du Val-de-Marne", "Département du Val-de-Marne"),
    council=T("Conseil départemental du Val-de-Marne", "Val-de-Marne departmental council"),
    address=T(
        "Hôtel du Département, avenue du Général-de-Gaulle, 94054 Créteil cedex",
        "Hôtel du Département, avenue du Général-de-Gaulle, 94054 Créteil cedex, France",
    ),
    phone=T("39 94", "+33 1 43 99 94 94"),
    domain="departement94.test",
    cdom="CDOM 94",
    source=T("sa feuille de route santé 2024–2028", "the Département’s 2024–2028 health roadmap"),
)
