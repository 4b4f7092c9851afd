"""« Vivre ici » in Val-de-Marne: the guide's page, and a few communes' own texts."""

from demo.blocks import paragraph
from demo.living import theme
from demo.specs import PageSpec
from demo.text import Bilingual as T
from guide.models import LivingPage

LIVING = PageSpec(
    key="living",
    model=LivingPage,
    title=T("Vivre en Val-de-Marne", "Living in Val-de-Marne"),
    slug=T("vivre-ici", "living-here"),
    fields={
        "intro": T(
            "Aux portes de Paris, un département de villes et de bords de Marne, le deuxième "
            "d’Île-de-France pour la densité de ses hôpitaux, avec deux facultés de médecine.",
            "On the doorstep of Paris, a département of towns and riverbanks, second in "
            "Île-de-France for the density of its hospitals, with two medical faculties.",
        ),
        "body": [
            theme(
                "transport",
                T("Rejoindre Paris et les hôpitaux", "Getting to Paris and to the hospitals"),
                T(
                    "<p>Les métros 7, 8 et 14, les RER A, C et D et le tramway T9 relient les "
                    "communes à Paris en 15 à 30 minutes ; la ligne 15 du Grand Paris Express "
                    "les reliera entre elles. Les hôpitaux Henri-Mondor, Bicêtre et "
                    "Paul-Brousse sont sur ces lignes.</p>",
                    "<p>Metro lines 7, 8 and 14, RER lines A, C and D and the T9 tramway link "
                    "the towns to Paris in 15 to 30 minutes; Grand Paris Express line 15 will "
                    "link them to each other. The Henri-Mondor, Bicêtre and Paul-Brousse "
                    "hospitals are on these lines.</p>",
                ),
            ),
            theme(
                "schools",
                T("Écoles et modes de garde", "Schools and childcare"),
                T(
                    "<p>Crèches départementales, écoles, collèges et lycées à distance de "
                    "marche dans chaque ville ; les centres de protection maternelle et "
                    "infantile du Département suivent les jeunes enfants.</p>",
                    "<p>Département-run nurseries, primary and secondary schools within walking "
                    "distance in every town; the Département’s mother and child health centres "
                    "follow young children.</p>",
                ),
            ),
            theme(
                "culture",
                T("Culture et nature", "Culture and nature"),
                T(
                    "<p>Le musée MAC VAL à Vitry-sur-Seine, les bords de Marne et leurs "
                    "guinguettes, les parcs départementaux et le plan « 50 000 arbres » du "
                    "Département.</p>",
                    "<p>The MAC VAL museum in Vitry-sur-Seine, the banks of the Marne and their "
                    "riverside cafés, the Département’s parks and its “50,000 trees” plan.</p>",
                ),
            ),
            theme(
                "work",
                T("Un emploi pour votre conjoint", "Work for your partner"),
                T(
                    "<p>Le marché d’intérêt national de Rungis, l’aéroport d’Orly, les hôpitaux "
                    "et les universités emploient des dizaines de milliers de personnes ; la "
                    "mission accès aux soins vous met en relation avec les employeurs.</p>",
                    "<p>The Rungis wholesale market, Orly airport, the hospitals and the "
                    "universities employ tens of thousands of people; the access-to-care team "
                    "puts you in touch with employers.</p>",
                ),
            ),
            paragraph(
                T(
                    "<p>Sur la page de chaque commune, vous trouverez ses chiffres, les hôpitaux "
                    "les plus proches et, quand nous l’avons écrit, ce qui fait la vie "
                    "d’ici.</p>",
                    "<p>On each commune’s page you will find its figures, the nearest hospitals "
                    "and, where we have written it, what daily life there is like.</p>",
                )
            ),
        ],
    },
)

COMMUNE_LIFE = {
    "ivry-sur-seine": T(
        "<p>Sur la Seine, au bout de la ligne 7 : Paris à un quart d’heure, un théâtre, un "
        "cinéma municipal et la maison de santé cofinancée par le Département, près de "
        "l’hôpital Charles-Foix.</p>",
        "<p>On the Seine, at the end of metro line 7: Paris a quarter of an hour away, a "
        "theatre, a municipal cinema and the maison de santé co-financed by the Département.</p>",
    ),
    "champigny-sur-marne": T(
        "<p>Les bords de Marne et leurs promenades, le RER A et bientôt la ligne 15 ; la ville "
        "a un centre municipal de santé et une maison de santé cofinancée.</p>",
        "<p>The banks of the Marne and their walks, RER A and soon line 15; the town has a "
        "municipal health centre and a co-financed maison de santé.</p>",
    ),
    "villejuif": T(
        "<p>Le pôle de santé de Paul-Brousse et de Gustave-Roussy, la ligne 7 et bientôt la "
        "14 et la 15 : une ville d’hôpitaux et de recherche, à dix minutes de Paris.</p>",
        "<p>The Paul-Brousse and Gustave-Roussy health campus, metro line 7 and soon lines 14 "
        "and 15: a town of hospitals and research, ten minutes from Paris.</p>",
    ),
}
