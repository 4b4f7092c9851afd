"""The pages every public site owes its visitors, linked from the footer, written for the
département that publishes the portal (`Publisher`, given by each département's demo)."""

from core.models import StandardPage
from demo.blocks import callout, heading, paragraph
from demo.specs import PageSpec, Publisher
from demo.text import Bilingual as T


def legal_pages(p: Publisher) -> dict[str, PageSpec]:
    """The legal notice, accessibility statement, privacy notice and contact page of `p`."""
    LEGAL_NOTICE = PageSpec(
        key="legal-notice",
        model=StandardPage,
        title=T("Mentions légales", "Legal notice"),
        slug=T("mentions-legales", "legal-notice"),
        fields={
            "intro": T(
                "Qui publie ce portail, qui l’héberge et à quelles conditions vous pouvez en "
                "réutiliser le contenu.",
                "Who publishes this portal, who hosts it and on what terms you may reuse its "
                "content.",
            ),
            "body": [
                callout(
                    T("Contenu de démonstration", "Demonstration content"),
                    T(
                        "<p>Les textes de ce portail illustrent son fonctionnement à partir de "
                        f"{p.source.fr} ; ils ne sont pas une information officielle.</p>",
                        "<p>The texts of this portal show how it works, based on "
                        f"{p.source.en}; they are not official information.</p>",
                    ),
                    kind="important",
                ),
                heading(T("Éditeur", "Publisher")),
                paragraph(
                    T(
                        f"<p>{p.name.fr}<br>{p.address.fr}<br>Téléphone : {p.phone.fr}</p>",
                        f"<p>{p.name.en} (county council)<br>"
                        f"{p.address.en}<br>"
                        f"Phone: {p.phone.en}</p>",
                    )
                ),
                heading(T("Directeur de la publication", "Publication director")),
                paragraph(
                    T(
                        f"<p>Le président du {p.council.fr}.</p>",
                        f"<p>The President of the {p.council.en}.</p>",
                    )
                ),
                heading(T("Hébergement", "Hosting")),
                paragraph(
                    T(
                        f"<p>{p.name.fr}, sur ses serveurs situés en France.</p>",
                        f"<p>{p.name.en}, on its servers located in France.</p>",
                    )
                ),
                heading(T("Réutilisation des contenus", "Reuse of content")),
                paragraph(
                    T(
                        "<p>Vous pouvez reprendre les textes de ce portail en citant leur source "
                        "et "
                        "leur date. Le logo du Département ne peut pas être réutilisé sans son "
                        "accord.</p>",
                        "<p>You may reuse the texts of this portal provided you cite their source "
                        "and "
                        "date. The Département’s logo may not be reused without its consent.</p>",
                    )
                ),
            ],
        },
    )

    ACCESSIBILITY = PageSpec(
        key="accessibility",
        model=StandardPage,
        title=T("Déclaration d’accessibilité", "Accessibility statement"),
        slug=T("accessibilite", "accessibility"),
        fields={
            "intro": T(
                f"Le {p.name.fr} s’engage à rendre ce portail accessible à toutes "
                "et à tous, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.",
                f"The {p.name.en} is committed to making this portal accessible to "
                "everyone, in accordance with article 47 of French law no. 2005-102 of 11 February "
                "2005.",
            ),
            "body": [
                heading(T("État de conformité", "Compliance status")),
                paragraph(
                    T(
                        "<p>Ce portail est <b>partiellement conforme</b> au référentiel général "
                        "d’amélioration de l’accessibilité (RGAA), version 4.1. Il a été conçu "
                        "pour "
                        "en respecter les critères et chaque modèle de page est vérifié "
                        "automatiquement, mais aucun audit complet n’a encore été mené. Cette "
                        "déclaration sera mise à jour avec le résultat de l’audit.</p>",
                        "<p>This portal is <b>partially compliant</b> with the French "
                        "accessibility "
                        "framework (RGAA), version 4.1. It was designed to meet its criteria and "
                        "every page template is checked automatically, but no full audit has been "
                        "carried out yet. This statement will be updated with the audit’s "
                        "result.</p>",
                    )
                ),
                heading(T("Contenus non accessibles", "Content that is not accessible")),
                paragraph(
                    T(
                        "<ul>"
                        "<li>Certains documents PDF de nos partenaires, comme des formulaires de "
                        "demande d’aide, ne sont pas structurés pour les technologies "
                        "d’assistance.</li>"
                        "<li>Les cartes des logements et des maîtres de stage ne se manipulent pas "
                        "au clavier ; la même information est donnée sous forme de liste.</li>"
                        "</ul>",
                        "<ul>"
                        "<li>Some PDF documents from our partners, such as aid application forms, "
                        "are not structured for assistive technologies.</li>"
                        "<li>The maps of housing and supervisors cannot be operated with a "
                        "keyboard; "
                        "the same information is given as a list.</li>"
                        "</ul>",
                    )
                ),
                heading(T("Établissement de cette déclaration", "How this statement was prepared")),
                paragraph(
                    T(
                        "<p>Déclaration établie le 22 novembre 2026. Technologies utilisées : "
                        "HTML, "
                        "CSS et JavaScript, ce dernier n’étant jamais indispensable. Vérifications "
                        ": "
                        "tests automatiques avec axe-core dans Chromium et navigation au clavier "
                        "seul.</p>",
                        "<p>Statement prepared on 22 November 2026. Technologies used: HTML, CSS "
                        "and "
                        "JavaScript, the latter never being required. Checks: automated tests with "
                        "axe-core in Chromium and keyboard-only navigation.</p>",
                    )
                ),
                heading(T("Retour d’information et contact", "Feedback and contact")),
                paragraph(
                    T(
                        "<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez "
                        "à "
                        f'<a href="mailto:accessibilite@{p.domain}">'
                        f"accessibilite@{p.domain}</a> "
                        f"ou à l’{p.address.fr} : nous vous "
                        "répondrons et vous proposerons un autre moyen d’obtenir "
                        "l’information.</p>",
                        "<p>If you cannot reach a piece of content or a service, write to "
                        f'<a href="mailto:accessibilite@{p.domain}">'
                        f"accessibilite@{p.domain}</a> "
                        f"or to {p.address.en}: we will "
                        "answer and offer you another way to obtain the information.</p>",
                    )
                ),
                heading(T("Voies de recours", "Remedies")),
                paragraph(
                    T(
                        "<p>Si vous nous avez signalé un défaut d’accessibilité sans obtenir de "
                        "réponse satisfaisante, vous pouvez saisir le Défenseur des droits :</p>"
                        "<ul>"
                        '<li>par le formulaire en ligne de <a href="https://formulaire.'
                        'defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;</li>'
                        "<li>auprès d’un délégué du Défenseur des droits près de chez vous ;</li>"
                        "<li>par téléphone au 09 69 39 00 00 ;</li>"
                        "<li>par courrier gratuit, sans timbre : Défenseur des droits, Libre "
                        "réponse "
                        "71120, 75342 Paris CEDEX 07.</li>"
                        "</ul>",
                        "<p>If you reported an accessibility problem to us without a satisfactory "
                        "answer, you may refer the matter to the Défenseur des droits (the French "
                        "rights ombudsman):</p>"
                        "<ul>"
                        '<li>with the online form at <a href="https://formulaire.'
                        'defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a>;</li>'
                        "<li>through one of the ombudsman’s local delegates;</li>"
                        "<li>by phone on +33 9 69 39 00 00;</li>"
                        "<li>by free post, without a stamp: Défenseur des droits, Libre réponse "
                        "71120, 75342 Paris CEDEX 07, France.</li>"
                        "</ul>",
                    )
                ),
            ],
        },
    )

    PRIVACY = PageSpec(
        key="privacy",
        model=StandardPage,
        title=T("Données personnelles", "Personal data"),
        slug=T("donnees-personnelles", "personal-data"),
        fields={
            "intro": T(
                "Les données que ce portail recueille, pourquoi, combien de temps il les garde et "
                "comment exercer vos droits.",
                "The data this portal collects, why, how long it keeps it and how to exercise your "
                "rights.",
            ),
            "body": [
                heading(T("Responsable du traitement", "Data controller")),
                paragraph(
                    T(
                        f"<p>Le {p.name.fr}, {p.address.fr}, "
                        "représenté par le président du Conseil départemental. Son "
                        "délégué à la protection des données répond à "
                        f'<a href="mailto:dpo@{p.domain}">dpo@{p.domain}</a>.</p>',
                        f"<p>The {p.name.en}, {p.address.en}, "
                        "represented by the President of the departmental "
                        "council. Its data protection officer answers at "
                        f'<a href="mailto:dpo@{p.domain}">dpo@{p.domain}</a>.</p>',
                    )
                ),
                heading(T("Ce que nous recueillons et pourquoi", "What we collect and why")),
                paragraph(
                    T(
                        "<ul>"
                        "<li><b>Votre compte</b> : adresse e-mail et mot de passe, pour vous "
                        "identifier. Base légale : la mission d’intérêt public du Département "
                        "(article 6.1.e du RGPD).</li>"
                        "<li><b>Votre profil</b>, facultatif (profession, situation, faculté, "
                        "spécialité) : pour vous montrer les aides et les soirées qui vous "
                        "concernent. Base légale : votre consentement (article 6.1.a), que vous "
                        "retirez en vidant ces champs.</li>"
                        "<li><b>Vos inscriptions aux soirées</b> : nom, e-mail et situation, pour "
                        "gérer les places et vous accueillir. Base légale : la mission d’intérêt "
                        "public.</li>"
                        "<li><b>Les annonces de logement et les déclarations des praticiens</b> : "
                        "les coordonnées des propriétaires et des praticiens, tenues avec le "
                        f"{p.cdom} "
                        "et jamais montrées aux visiteurs non connectés. Base légale : la mission "
                        "d’intérêt public.</li>"
                        "</ul>",
                        "<ul>"
                        "<li><b>Your account</b>: e-mail address and password, to identify you. "
                        "Legal basis: the Département’s public-interest task (article 6(1)(e) of "
                        "the "
                        "GDPR).</li>"
                        "<li><b>Your profile</b>, optional (profession, career stage, faculty, "
                        "specialty): to show you the aids and evenings that concern you. Legal "
                        "basis: your consent (article 6(1)(a)), which you withdraw by emptying "
                        "these "
                        "fields.</li>"
                        "<li><b>Your registrations for evenings</b>: name, e-mail and career "
                        "stage, "
                        "to manage places and welcome you. Legal basis: the public-interest "
                        "task.</li>"
                        "<li><b>Housing listings and practitioners’ declarations</b>: the contact "
                        f"details of landlords and practitioners, kept with {p.cdom} and never "
                        "shown "
                        "to visitors who are not signed in. Legal basis: the public-interest "
                        "task.</li>"
                        "</ul>",
                    )
                ),
                heading(T("Qui y a accès", "Who has access")),
                paragraph(
                    T(
                        "<p>Les agents du Département chargés de la santé et, pour les logements "
                        "et "
                        "les maîtres de stage, le personnel du Conseil départemental de l’Ordre "
                        "des "
                        "médecins. Les données sont hébergées en France ; elles ne sont ni vendues "
                        "ni transférées hors de l’Union européenne.</p>",
                        "<p>The Département’s health staff and, for housing and supervisors, the "
                        "staff of the departmental Council of the Order of Physicians. The data is "
                        "hosted in France; it is neither sold nor transferred outside the European "
                        "Union.</p>",
                    )
                ),
                heading(T("Durées de conservation", "How long we keep it")),
                paragraph(
                    T(
                        "<p>Chaque donnée a sa durée de conservation, appliquée chaque nuit par "
                        'une purge automatique. Le <a href="/fr/registre-des-traitements/">'
                        "registre des traitements</a>, produit à partir du code du portail, dit "
                        "pour "
                        "chacune ce qui est gardé, pourquoi et combien de temps.</p>",
                        "<p>Each piece of data has its retention period, applied every night by an "
                        'automatic purge. The <a href="/en/register-of-processing/">register of '
                        "processing</a>, produced from the portal's own code, says for each what "
                        "is "
                        "kept, why and for how long.</p>",
                    )
                ),
                heading(T("Cookies", "Cookies")),
                paragraph(
                    T(
                        "<p>Le portail ne dépose que les cookies nécessaires à son fonctionnement "
                        ": "
                        "votre session, la protection des formulaires et la langue choisie. Il n’a "
                        "ni mesure d’audience tierce ni publicité ; aucun consentement n’est donc "
                        "demandé.</p>",
                        "<p>The portal only sets the cookies it needs to work: your session, the "
                        "protection of forms and your chosen language. It has no third-party "
                        "analytics and no advertising, so no consent is asked for.</p>",
                    )
                ),
                heading(T("Vos droits", "Your rights")),
                paragraph(
                    T(
                        "<p>Vous pouvez accéder à vos données, les rectifier, les effacer, en "
                        "limiter le traitement, vous y opposer et récupérer celles fournies avec "
                        "votre consentement. Depuis « Mon compte », vous téléchargez vous-même "
                        "toutes vos données et supprimez votre compte. Pour toute autre demande, "
                        f'écrivez à <a href="mailto:dpo@{p.domain}">'
                        f"dpo@{p.domain}</a> ou à "
                        "l’adresse du Département : nous répondons sous un mois.</p>",
                        "<p>You may access your data, correct it, erase it, restrict its use, "
                        "object "
                        "to it and obtain a copy of what you gave with your consent. From “My "
                        "account” you download all your data and delete your account yourself. For "
                        f'any other request, write to <a href="mailto:dpo@{p.domain}">'
                        f"dpo@{p.domain}</a> or to the Département’s address: we answer within "
                        "one month.</p>",
                    )
                ),
                paragraph(
                    T(
                        "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez "
                        "adresser une réclamation à la Commission nationale de l’informatique et "
                        "des "
                        'libertés (CNIL) sur <a href="https://www.cnil.fr/">cnil.fr</a> ou par '
                        "courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris cedex "
                        "07.</p>",
                        "<p>If you think your rights have not been respected, you may lodge a "
                        "complaint with the French data protection authority (CNIL) at "
                        '<a href="https://www.cnil.fr/">cnil.fr</a> or by post: CNIL, 3 place de '
                        "Fontenoy, TSA 80715, 75334 Paris cedex 07, France.</p>",
                    )
                ),
            ],
        },
    )

    CONTACT = PageSpec(
        key="contact",
        model=StandardPage,
        title=T("Contact", "Contact"),
        slug=T("contact", "contact"),
        fields={
            "intro": T(
                "Une question sur une aide, un logement, une soirée ou ce portail ? Voici qui "
                "joindre.",
                "A question about an aid, accommodation, an evening or this portal? Here is whom "
                "to contact.",
            ),
            "body": [
                heading(T("Nous écrire, nous appeler", "Write to us, call us")),
                paragraph(
                    T(
                        f"<p>{p.name.fr}<br>"
                        f"{p.address.fr}<br>"
                        f"Téléphone : {p.phone.fr}<br>"
                        f'E-mail : <a href="mailto:sante@{p.domain}">'
                        f"sante@{p.domain}</a></p>",
                        f"<p>{p.name.en}<br>"
                        f"{p.address.en}<br>"
                        f"Phone: {p.phone.en}<br>"
                        f'E-mail: <a href="mailto:sante@{p.domain}">'
                        f"sante@{p.domain}</a></p>",
                    )
                ),
                heading(T("Selon votre question", "Depending on your question")),
                paragraph(
                    T(
                        "<ul>"
                        "<li>Aides à l’installation et soirées d’accueil : le Département, à "
                        "l’adresse ci-dessus.</li>"
                        "<li>Logements des internes et annuaire des maîtres de stage : le Conseil "
                        f"départemental de l’Ordre des médecins ({p.cdom}), qui "
                        "tient ces listes avec le Département.</li>"
                        "<li>Vos données personnelles : le délégué à la protection des données, "
                        f'<a href="mailto:dpo@{p.domain}">dpo@{p.domain}</a>.</li>'
                        "</ul>",
                        "<ul>"
                        "<li>Installation aids and welcome evenings: the Département, at the "
                        "address "
                        "above.</li>"
                        "<li>Intern housing and the supervisor directory: the departmental Council "
                        f"of the Order of Physicians ({p.cdom}), which keeps these lists with the "
                        "Département.</li>"
                        "<li>Your personal data: the data protection officer, "
                        f'<a href="mailto:dpo@{p.domain}">dpo@{p.domain}</a>.</li>'
                        "</ul>",
                    )
                ),
                callout(
                    T("Votre compte", "Your account"),
                    T(
                        "<p>Pour corriger vos informations ou supprimer votre compte, passez par "
                        "« Mon compte » : c’est immédiat.</p>",
                        "<p>To correct your details or delete your account, use “My account”: it "
                        "takes effect at once.</p>",
                    ),
                ),
            ],
        },
    )

    return {
        "legal-notice": LEGAL_NOTICE,
        "accessibility": ACCESSIBILITY,
        "privacy": PRIVACY,
        "contact": CONTACT,
    }
