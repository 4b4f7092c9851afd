"""« Vivre ici » in Seine-et-Marne: the guide's page, and a few communes' own texts."""

from demo.blocks import paragraph
from demo.living import theme
from demo.specs import PageSpec
from demo.text import Bilingual as T
from guide.models import LivingPage

LIVING = PageSpec(
    key="living",
    model=LivingPage,
    title=T("Vivre en Seine-et-Marne", "Living in Seine-et-Marne"),
    slug=T("vivre-ici", "living-here"),
    fields={
        "intro": T(
            "Le plus grand département d’Île-de-France : des villes nouvelles, des bourgs "
            "briards et la moitié de son territoire en terres agricoles et en forêts, à moins "
            "d’une heure de Paris.",
            "The largest département of Île-de-France: new towns, Brie villages and half of "
            "its land in fields and forests, less than an hour from Paris.",
        ),
        "body": [
            theme(
                "transport",
                T("Rejoindre Paris et les hôpitaux", "Getting to Paris and to the hospitals"),
                T(
                    "<p>Les RER A, D et E et les lignes P et R du Transilien relient Melun, "
                    "Meaux, Chelles et Marne-la-Vallée à Paris en 25 à 45 minutes. La gare TGV "
                    "de Marne-la-Vallée–Chessy dessert Lille, Lyon et Bordeaux. Les hôpitaux de "
                    "Melun, Meaux, Jossigny, Provins, Fontainebleau et Coulommiers sont "
                    "desservis par des lignes de bus régulières.</p>",
                    "<p>RER lines A, D and E and Transilien lines P and R link Melun, Meaux, "
                    "Chelles and Marne-la-Vallée to Paris in 25 to 45 minutes. The "
                    "Marne-la-Vallée–Chessy high-speed station serves Lille, Lyon and Bordeaux. "
                    "The hospitals of Melun, Meaux, Jossigny, Provins, Fontainebleau and "
                    "Coulommiers are served by regular bus lines.</p>",
                ),
            ),
            theme(
                "schools",
                T("Écoles et modes de garde", "Schools and childcare"),
                T(
                    "<p>Chaque commune a son école ou la partage avec ses voisines ; collèges "
                    "et lycées sont à moins de vingt minutes. Les relais petite enfance des "
                    "intercommunalités orientent vers les crèches et les assistantes "
                    "maternelles.</p>",
                    "<p>Every commune has a school or shares one with its neighbours; secondary "
                    "schools are less than twenty minutes away. The intercommunalities’ early "
                    "childhood centres point parents to nurseries and childminders.</p>",
                ),
            ),
            theme(
                "culture",
                T("Culture et nature", "Culture and nature"),
                T(
                    "<p>La forêt de Fontainebleau, les bords de Seine et de Marne, la cité "
                    "médiévale de Provins et le château de Vaux-le-Vicomte sont à la porte "
                    "des cabinets.</p>",
                    "<p>The forest of Fontainebleau, the banks of the Seine and the Marne, the "
                    "medieval town of Provins and the château of Vaux-le-Vicomte are on the "
                    "doorstep of the surgeries.</p>",
                ),
            ),
            theme(
                "work",
                T("Un emploi pour votre conjoint", "Work for your partner"),
                T(
                    "<p>Le Département met les conjoints en relation avec les agences de "
                    "développement économique et les employeurs du territoire : parlez-en à "
                    "votre interlocuteur de la mission démographie médicale.</p>",
                    "<p>The Département puts partners in touch with the economic development "
                    "agencies and employers of the area: ask your contact at the medical "
                    "demography team.</p>",
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
    "coulommiers": T(
        "<p>Petite ville de la vallée du Grand Morin, à une heure de Paris par la ligne P. "
        "Marché le mercredi et le dimanche, cinéma, conservatoire, et la maison de santé "
        "universitaire à deux pas de l’hôpital.</p>",
        "<p>A small town in the Grand Morin valley, an hour from Paris on line P. Market on "
        "Wednesdays and Sundays, a cinema, a music school, and the university health centre a "
        "short walk from the hospital.</p>",
    ),
    "fontainebleau": T(
        "<p>Le château, la forêt et ses sites d’escalade ; la gare de Fontainebleau-Avon met "
        "Paris-Gare de Lyon à 40 minutes.</p>",
        "<p>The château, the forest and its climbing sites; Fontainebleau-Avon station puts "
        "Paris-Gare de Lyon 40 minutes away.</p>",
    ),
}
