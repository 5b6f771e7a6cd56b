"""PITER GRAIES LAB, SociaLab and CARE with its actions, from the French seed: French is
their source language. The seed gives years for most durations: those projects run
from 1 January of the first year to 31 December of the last."""

from datetime import date

from projects.models import (
    ActionPage,
    PlanPage,
    ProjectLabel,
    ProjectPage,
    ProjectPartner,
)

from .builder import Demo, Paragraphs, Ref, Rows
from .pictures import Scene, illustration

GRAIES_LAB = Demo(
    key="plan:graies-lab",
    model=PlanPage,
    source="fr",
    it={
        "title": "PITER GRAIES LAB",
        "slug": "piter-graies-lab",
        "full_name": "Piano integrato territoriale GRAIES LAB",
        "summary": "Un piano territoriale di cinque progetti tematici per i territori rurali e di montagna "
        "tra Savoia e Piemonte.",
        "listing_image_alt": "Illustrazione: tanti piccoli paesi sparsi in una valle verde ai piedi delle "
        "montagne, in primavera.",
        "objectives": Paragraphs(
            ["Rendere i territori rurali e di montagna più attrattivi grazie a servizi migliori e condivisi."]
        ),
        "body": [],
    },
    fr={
        "title": "PITER GRAIES LAB",
        "slug": "piter-graies-lab",
        "full_name": "Plan intégré territorial GRAIES LAB",
        "summary": "Un plan territorial de cinq projets thématiques pour les territoires ruraux et de montagne "
        "entre Savoie et Piémont.",
        "listing_image_alt": "Illustration : de nombreux petits villages dispersés dans une vallée verte au pied "
        "des montagnes, au printemps.",
        "objectives": Paragraphs(
            [
                "Rendre les territoires ruraux et de montagne plus attractifs grâce à des services meilleurs et partagés."
            ]
        ),
        "body": [],
    },
    facts={
        "kind": PlanPage.Kind.PITER,
        "acronym": "GRAIES LAB",
        "programme_period": Ref("period:2014-2020"),
        "themes": [Ref("theme:local-services")],
        "listing_image": illustration("PITER GRAIES LAB", Scene("graies-lab", "spring", motif="villages")),
    },
)

SOCIALAB = Demo(
    key="project:socialab",
    model=ProjectPage,
    source="fr",
    it={
        "title": "SociaLab",
        "slug": "socialab",
        "full_name": "SociaLab: servizi alla popolazione nei territori rurali e di montagna",
        "summary": "Migliorare la qualità, la sostenibilità e la vicinanza dei servizi alla popolazione nelle "
        "aree rurali e di montagna.",
        "listing_image_alt": "Illustrazione: piccoli paesi sparsi in una valle alpina, al mattino.",
        "objectives": Paragraphs(
            [
                "Sperimentare servizi alla popolazione più vicini e più sostenibili nei territori rurali e "
                "di montagna dei due versanti.",
            ]
        ),
        "results": Paragraphs(
            [
                "Le esperienze di SociaLab sono la base da cui parte il progetto CARE.",
            ]
        ),
        "key_figures": [
            ("figure", {"value": "221", "label": "comuni"}),
            ("figure", {"value": "366830", "label": "abitanti"}),
        ],
        "body": [
            (
                "paragraph",
                "Nei territori con molti piccoli centri sparsi, l’offerta di servizi sociali e pubblici si riduce "
                "e con essa l’attrattività. SociaLab guarda ai servizi della vita quotidiana come a un insieme, "
                "li analizza, li promuove e sperimenta luoghi e servizi condivisi.",
            ),
            (
                "paragraph",
                "Il valore aggiunto della cooperazione è un libro bianco che mette a confronto le esperienze e "
                "ne valuta la trasferibilità.",
            ),
        ],
    },
    fr={
        "title": "SociaLab",
        "slug": "socialab",
        "full_name": "SociaLab : les services à la population en milieu rural et de montagne",
        "summary": "Améliorer la qualité, la durabilité et la proximité des services à la population en milieu "
        "rural et de montagne.",
        "listing_image_alt": "Illustration : de petits villages dispersés dans une vallée alpine, le matin.",
        "objectives": Paragraphs(
            [
                "Expérimenter des services à la population plus proches et plus durables dans les territoires "
                "ruraux et de montagne des deux versants.",
            ]
        ),
        "results": Paragraphs(
            [
                "Les expériences de SociaLab sont le point de départ du projet CARE.",
            ]
        ),
        "key_figures": [
            ("figure", {"value": "221", "label": "communes"}),
            ("figure", {"value": "366830", "label": "habitants"}),
        ],
        "body": [
            (
                "paragraph",
                "Là où l’habitat est dispersé en nombreux petits villages, l’offre de services sociaux et "
                "publics recule, et avec elle l’attractivité. SociaLab considère les services de la vie "
                "quotidienne comme un tout : il les analyse, les fait connaître et expérimente des lieux et "
                "des services partagés.",
            ),
            (
                "paragraph",
                "La valeur ajoutée de la coopération est un livre blanc qui croise les expérimentations et en "
                "évalue la transférabilité.",
            ),
        ],
    },
    facts={
        "acronym": "SOCIALAB",
        "programme_period": Ref("period:2014-2020"),
        "start_date": date(2019, 1, 1),
        "end_date": date(2023, 12, 31),
        "themes": [Ref("theme:local-services")],
        "audiences": [Ref("audience:cittadini"), Ref("audience:enti-pubblici")],
        "project_partners": Rows(
            ProjectPartner,
            (
                {"partner": Ref("partner:smaps"), "role": "partner"},
                {"partner": Ref("partner:arlysere"), "role": "partner"},
                {"partner": Ref("partner:cm-torino"), "role": "partner"},
                {"partner": Ref("partner:coldiretti-torino"), "role": "partner"},
            ),
        ),
        "listing_image": illustration("SociaLab", Scene("socialab", "morning", motif="villages")),
    },
)

CARE = Demo(
    key="project:care",
    model=ProjectPage,
    source="fr",
    it={
        "title": "CARE",
        "slug": "care",
        "full_name": "Comunità per aiutare la resilienza degli ecosistemi sociosanitari",
        "summary": "Rafforzare la resilienza dei servizi sociali e sanitari nelle zone rurali e di montagna, "
        "con i giovani e gli anziani al centro.",
        "listing_image_alt": "Illustrazione: un centro di salute con la croce verde tra gli abeti, in un "
        "paesaggio di montagna innevato.",
        "objectives": Paragraphs(
            [
                "Rispondere ai bisogni dei giovani e degli anziani, i più esposti all’isolamento e alla perdita "
                "di autonomia.",
                "Colmare le zone senza professionisti della salute e valorizzare i volontari come terzo "
                "pilastro del sistema sociosanitario locale.",
            ]
        ),
        "key_figures": [],
        "body": [
            (
                "paragraph",
                "CARE nasce sulla scia di SociaLab e si rivolge a chi rischia di più l’isolamento e la perdita "
                "di autonomia: i giovani e gli anziani. Vuole colmare le zone senza professionisti della salute "
                "e valorizzare i volontari come terzo pilastro del sistema sociosanitario locale.",
            ),
            ("heading", {"text": "Le azioni per i giovani", "level": "h2"}),
            (
                "paragraph",
                "Un gruppo transfrontaliero di ambasciatori della salute, una formazione transfrontaliera per "
                "gli studenti di medicina e la creazione di un profilo di salute del territorio.",
            ),
        ],
    },
    fr={
        "title": "CARE",
        "slug": "care",
        "full_name": "Communauté pour aider la résilience des écosystèmes socio-sanitaires",
        "summary": "Renforcer la résilience des services sociaux et de santé dans les zones rurales et de "
        "montagne, avec les jeunes et les personnes âgées au centre.",
        "listing_image_alt": "Illustration : une maison de santé à la croix verte parmi les sapins, dans un "
        "paysage de montagne enneigé.",
        "objectives": Paragraphs(
            [
                "Répondre aux besoins des jeunes et des personnes âgées, les plus exposés à l’isolement et à la "
                "perte d’autonomie.",
                "Combler les zones sans professionnels de santé et reconnaître les bénévoles comme troisième "
                "pilier du système socio-sanitaire local.",
            ]
        ),
        "key_figures": [],
        "body": [
            (
                "paragraph",
                "CARE prolonge SociaLab et s’adresse aux publics les plus menacés d’isolement et de perte "
                "d’autonomie : les jeunes et les personnes âgées. Il veut combler les zones blanches de "
                "professionnels de santé et faire des bénévoles le troisième pilier du système socio-sanitaire "
                "local.",
            ),
            ("heading", {"text": "Les actions pour les jeunes", "level": "h2"}),
            (
                "paragraph",
                "Un groupe transfrontalier d’ambassadeurs de la santé, une formation transfrontalière pour les "
                "étudiants en médecine et la création d’un profil de santé du territoire.",
            ),
        ],
    },
    facts={
        "acronym": "CARE",
        "programme_period": Ref("period:2021-2027"),
        "start_date": date(2023, 10, 9),
        "themes": [Ref("theme:health-social")],
        "audiences": [Ref("audience:cittadini"), Ref("audience:terzo-settore")],
        "predecessor": Ref("project:socialab"),
        "project_partners": Rows(ProjectPartner, ({"partner": Ref("partner:ccvg"), "role": "lead"},)),
        "project_labels": Rows(ProjectLabel, ({"label": Ref("label:alcotra-jeunes"), "year": 2024},)),
        "listing_image": illustration("CARE", Scene("care", "winter", motif="health")),
    },
)


def care_action(key, fr, it):
    """fr/it: (title, slug); each slug follows its own language's title."""
    return Demo(
        key=f"action:care:{key}",
        model=ActionPage,
        source="fr",
        it={"title": it[0], "slug": it[1], "summary": "Maggiori informazioni a breve."},
        fr={"title": fr[0], "slug": fr[1], "summary": "Plus d’informations à venir."},
        facts={"status": ActionPage.Status.ANNOUNCED},
    )


CARE_ACTIONS = [
    care_action(
        "metiers-du-soin",
        ("Faire connaître les métiers du soin à domicile et de proximité en milieu rural", "metiers-du-soin"),
        (
            "Far conoscere i mestieri della cura a domicilio e di prossimità nelle aree rurali",
            "mestieri-della-cura",
        ),
    ),
    care_action(
        "prevention",
        ("Renforcer la prévention et développer les services de santé de proximité", "prevention"),
        ("Rafforzare la prevenzione e sviluppare i servizi sanitari di prossimità", "prevenzione"),
    ),
    care_action(
        "promotion-sante",
        ("Promouvoir la santé, préserver l’autonomie, donner les moyens d’agir", "promouvoir-la-sante"),
        ("Promuovere la salute, preservare l’autonomia, dare strumenti per agire", "promuovere-la-salute"),
    ),
]
