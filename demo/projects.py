"""The plans, projects, actions and label of the two seeds, in Italian and French.

PITEM PRO-SOL and COOR-COM come from an Italian page, so Italian is their source;
CARE, SociaLab, PITER GRAIES LAB and the ALCOTRA Jeunes label come from a French
page, so French is theirs. The seeds give years, not days, for most durations:
those projects run from 1 January of the first year to 31 December of the last.
"""

from datetime import date
from decimal import Decimal

from projects.models import (
    ActionPage,
    LabelIndexPage,
    LabelPage,
    PlanPage,
    ProjectIndexPage,
    ProjectLabel,
    ProjectPage,
    ProjectPartner,
)

from .builder import Demo, Paragraphs, Ref, Rows

ALL_AUDIENCES = [
    Ref(f"audience:{slug}")
    for slug in ("cittadini", "enti-pubblici", "imprese-professionisti", "terzo-settore")
]

CATALOGUE = Demo(
    key="projects",
    model=ProjectIndexPage,
    it={
        "title": "Piani e progetti",
        "slug": "progetti",
        "summary": "Tutti i piani e i progetti ALCOTRA dei partner, da filtrare per periodo, tema e pubblico.",
    },
    fr={
        "title": "Plans et projets",
        "slug": "projets",
        "summary": "Tous les plans et projets ALCOTRA des partenaires, à filtrer par période, thème et public.",
    },
)

LABELS = Demo(
    key="labels",
    model=LabelIndexPage,
    it={"title": "Label", "slug": "label", "summary": "I riconoscimenti assegnati ai progetti ALCOTRA."},
    fr={"title": "Labels", "slug": "labels", "summary": "Les distinctions attribuées aux projets ALCOTRA."},
)

ALCOTRA_JEUNES = Demo(
    key="label:alcotra-jeunes",
    model=LabelPage,
    source="fr",
    it={
        "title": "ALCOTRA Jeunes",
        "slug": "alcotra-jeunes",
        "summary": "Il label che premia i progetti più attenti alle nuove generazioni.",
        "awarding_body": "il Consiglio dei giovani ALCOTRA",
        "criteria": Paragraphs(
            [
                "Il label seleziona progetti esemplari per l’attenzione che dedicano ai bisogni delle nuove "
                "generazioni.",
                "Conta anche il modo in cui i giovani sono coinvolti nell’ideazione del progetto stesso.",
            ]
        ),
    },
    fr={
        "title": "ALCOTRA Jeunes",
        "slug": "alcotra-jeunes",
        "summary": "Le label qui distingue les projets les plus attentifs aux nouvelles générations.",
        "awarding_body": "le Conseil des jeunes ALCOTRA",
        "criteria": Paragraphs(
            [
                "Le label retient des projets exemplaires par l’attention qu’ils portent aux besoins des "
                "nouvelles générations.",
                "Il tient compte aussi de la place donnée aux jeunes dans la conception même du projet.",
            ]
        ),
    },
)

PRO_SOL = Demo(
    key="plan:pro-sol",
    model=PlanPage,
    it={
        "title": "PITEM PRO-SOL",
        "slug": "pitem-pro-sol",
        "full_name": "PROssimità SOLidale: giovani, donne, anziani in salute e attivi nei territori alpini",
        "summary": "Un piano tematico integrato per servizi sociali e sanitari vicini alle comunità di montagna.",
        "objectives": Paragraphs(
            [
                "Favorire l’integrazione tra servizi sociali e sanitari nelle aree montane transfrontaliere, "
                "difficili da raggiungere.",
                "Sviluppare comunità aperte e solidali, con nuove opportunità di lavoro in servizi innovativi "
                "di sostegno alle famiglie.",
            ]
        ),
        "body": [
            (
                "paragraph",
                "Il piano riunisce quattro progetti singoli e un progetto di coordinamento. Senior, Giovani e "
                "Donne si rivolgono ciascuno a un gruppo di cittadini; We-Pro lavora invece su tutti, per un "
                "welfare di prossimità.",
            ),
        ],
    },
    fr={
        "title": "PITEM PRO-SOL",
        "slug": "pitem-pro-sol",
        "full_name": "PROximité SOLidaire : jeunes, femmes et seniors en bonne santé et actifs dans les "
        "territoires alpins",
        "summary": "Un plan thématique intégré pour des services sociaux et de santé proches des communautés "
        "de montagne.",
        "objectives": Paragraphs(
            [
                "Favoriser l’intégration des services sociaux et de santé dans les zones de montagne "
                "transfrontalières difficiles d’accès.",
                "Développer des communautés ouvertes et solidaires, avec de nouveaux emplois dans des services "
                "innovants de soutien aux familles.",
            ]
        ),
        "body": [
            (
                "paragraph",
                "Le plan réunit quatre projets simples et un projet de coordination. Senior, Giovani et Donne "
                "s’adressent chacun à un groupe d’habitants ; We-Pro travaille pour tous, vers une protection "
                "sociale de proximité.",
            ),
        ],
    },
    facts={
        "kind": PlanPage.Kind.PITEM,
        "acronym": "PRO-SOL",
        "programme_period": Ref("period:2014-2020"),
        "themes": [Ref("theme:health-social")],
    },
)

COOR_COM = Demo(
    key="project:coor-com",
    model=ProjectPage,
    it={
        "title": "COOR-COM",
        "slug": "coor-com",
        "full_name": "Coordinamento e comunicazione del PITEM PRO-SOL",
        "summary": "Il progetto che tiene insieme il partenariato PRO-SOL, ne racconta i risultati e ne trae "
        "indicazioni per le politiche sociali e sanitarie.",
        "objectives": Paragraphs(
            [
                "Coordinare i quattro progetti tematici del piano con una governance comune ai partner "
                "italiani e francesi.",
                "Far conoscere nelle due lingue ciò che il piano sperimenta nei servizi di prossimità.",
            ]
        ),
        "results": Paragraphs(
            [
                "Un comitato di pilotaggio transfrontaliero attivo per tutta la durata del piano e una "
                "comunicazione comune in italiano e in francese.",
            ]
        ),
        "key_figures": [],
        "body": [
            ("heading", {"text": "Perché un progetto di coordinamento", "level": "h2"}),
            (
                "paragraph",
                "Le riorganizzazioni dei servizi sanitari e sociali chiedono una visione comune tra Italia e "
                "Francia: prevenzione, sostegno alle comunità montane, sostenibilità. COOR-COM dà al piano una "
                "governance coerente e un unico racconto nelle due lingue.",
            ),
        ],
    },
    fr={
        "title": "COOR-COM",
        "slug": "coor-com",
        "full_name": "Coordination et communication du PITEM PRO-SOL",
        "summary": "Le projet qui fait vivre le partenariat PRO-SOL, fait connaître ses résultats et en tire "
        "des orientations pour les politiques sociales et de santé.",
        "objectives": Paragraphs(
            [
                "Coordonner les quatre projets thématiques du plan par une gouvernance commune aux partenaires "
                "italiens et français.",
                "Faire connaître dans les deux langues ce que le plan expérimente dans les services de "
                "proximité.",
            ]
        ),
        "results": Paragraphs(
            [
                "Un comité de pilotage transfrontalier actif pendant toute la durée du plan et une "
                "communication commune en italien et en français.",
            ]
        ),
        "key_figures": [],
        "body": [
            ("heading", {"text": "Pourquoi un projet de coordination", "level": "h2"}),
            (
                "paragraph",
                "Les réorganisations des services sanitaires et sociaux demandent une vision commune à l’Italie "
                "et à la France : prévention, soutien aux communautés de montagne, durabilité. COOR-COM donne "
                "au plan une gouvernance cohérente et un seul récit dans les deux langues.",
            ),
        ],
    },
    facts={
        "acronym": "COOR-COM",
        "programme_period": Ref("period:2014-2020"),
        "start_date": date(2019, 1, 1),
        "end_date": date(2023, 12, 31),
        "total_budget": Decimal("437159.76"),
        "erdf_amount": Decimal("371585.80"),
        "themes": [Ref("theme:health-social")],
        "audiences": ALL_AUDIENCES,
        "project_partners": Rows(
            ProjectPartner,
            (
                {"partner": Ref("partner:regione-piemonte"), "role": "lead"},
                {"partner": Ref("partner:paa"), "role": "partner"},
                {"partner": Ref("partner:asl-cn1"), "role": "partner"},
                {"partner": Ref("partner:nca"), "role": "partner"},
            ),
        ),
    },
)


def coor_com_action(key, it_title, it_summary, fr_title, fr_summary):
    return Demo(
        key=f"action:coor-com:{key}",
        model=ActionPage,
        it={"title": it_title, "slug": key, "summary": it_summary},
        fr={"title": fr_title, "slug": key, "summary": fr_summary},
        facts={
            "status": ActionPage.Status.DONE,
            "start_date": date(2019, 1, 1),
            "end_date": date(2023, 12, 31),
        },
    )


COOR_COM_ACTIONS = [
    coor_com_action(
        "governance",
        "Coordinare il partenariato",
        "Organizzare e animare il lavoro comune dei partner per una governance coerente del piano.",
        "Coordonner le partenariat",
        "Organiser et animer le travail commun des partenaires pour une gouvernance cohérente du plan.",
    ),
    coor_com_action(
        "comunicazione",
        "Comunicare, monitorare, valutare",
        "Ideare e realizzare il piano di comunicazione, di monitoraggio e di valutazione del PITEM.",
        "Communiquer, suivre, évaluer",
        "Concevoir et mettre en œuvre le plan de communication, de suivi et d’évaluation du PITEM.",
    ),
    coor_com_action(
        "innovazione-sociale",
        "Percorsi di innovazione sociale",
        "Confrontare le soluzioni sperimentate dai progetti per individuare i fattori di successo da "
        "proporre alle politiche dei territori ALCOTRA.",
        "Parcours d’innovation sociale",
        "Comparer les solutions expérimentées par les projets pour dégager les facteurs de réussite à "
        "proposer aux politiques des territoires ALCOTRA.",
    ),
]


PRO_SOL_RESULTS = {
    "it": Paragraphs(["Le pratiche sperimentate sono state raccolte e condivise con i partner del piano."]),
    "fr": Paragraphs(
        ["Les pratiques expérimentées ont été recueillies et partagées avec les partenaires du plan."]
    ),
}


def pro_sol_project(acronym, it_name, it_summary, fr_name, fr_summary, audiences):
    """A thematic project of PRO-SOL: its summary states its aim; the plan's shared results."""
    return Demo(
        key=f"project:{acronym.lower()}",
        model=ProjectPage,
        it={
            "title": acronym,
            "slug": acronym.lower(),
            "full_name": it_name,
            "summary": it_summary,
            "objectives": Paragraphs([it_summary]),
            "results": PRO_SOL_RESULTS["it"],
        },
        fr={
            "title": acronym,
            "slug": acronym.lower(),
            "full_name": fr_name,
            "summary": fr_summary,
            "objectives": Paragraphs([fr_summary]),
            "results": PRO_SOL_RESULTS["fr"],
        },
        facts={
            "acronym": acronym.upper(),
            "programme_period": Ref("period:2014-2020"),
            "start_date": date(2019, 1, 1),
            "end_date": date(2023, 12, 31),
            "themes": [Ref("theme:health-social")],
            "audiences": [Ref(f"audience:{slug}") for slug in audiences],
        },
    )


PRO_SOL_PROJECTS = [
    pro_sol_project(
        "Senior",
        "PRO-SOL Senior: anziani in salute e attivi",
        "Servizi e reti di prossimità perché le persone anziane restino autonome nei paesi di montagna.",
        "PRO-SOL Senior : des seniors en bonne santé et actifs",
        "Des services et des réseaux de proximité pour que les personnes âgées restent autonomes dans les "
        "villages de montagne.",
        ["cittadini", "terzo-settore"],
    ),
    pro_sol_project(
        "Giovani",
        "PRO-SOL Giovani: giovani protagonisti della salute",
        "Attività con e per i giovani delle valli alpine, per il loro benessere e la loro partecipazione.",
        "PRO-SOL Giovani : les jeunes acteurs de leur santé",
        "Des activités avec et pour les jeunes des vallées alpines, pour leur bien-être et leur participation.",
        ["cittadini", "enti-pubblici"],
    ),
    pro_sol_project(
        "Donne",
        "PRO-SOL Donne: salute e lavoro delle donne",
        "Sostegno alla salute delle donne e a nuove opportunità di lavoro nei servizi alle famiglie.",
        "PRO-SOL Donne : santé et travail des femmes",
        "Un soutien à la santé des femmes et à de nouveaux emplois dans les services aux familles.",
        ["cittadini", "imprese-professionisti"],
    ),
    pro_sol_project(
        "We-Pro",
        "PRO-SOL We-Pro: welfare di prossimità",
        "Un progetto trasversale a tutti i cittadini, per un welfare sociosanitario vicino a chi vive in "
        "montagna.",
        "PRO-SOL We-Pro : protection sociale de proximité",
        "Un projet transversal à tous les habitants, pour une protection socio-sanitaire proche de ceux qui "
        "vivent en montagne.",
        ["enti-pubblici", "terzo-settore", "imprese-professionisti"],
    ),
]

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
    },
)


def care_action(key, fr_title, it_title):
    return Demo(
        key=f"action:care:{key}",
        model=ActionPage,
        source="fr",
        it={"title": it_title, "slug": key, "summary": "Maggiori informazioni a breve."},
        fr={"title": fr_title, "slug": key, "summary": "Plus d’informations à venir."},
        facts={"status": ActionPage.Status.ANNOUNCED},
    )


CARE_ACTIONS = [
    care_action(
        "metiers-du-soin",
        "Faire connaître les métiers du soin à domicile et de proximité en milieu rural",
        "Far conoscere i mestieri della cura a domicilio e di prossimità nelle aree rurali",
    ),
    care_action(
        "prevention",
        "Renforcer la prévention et développer les services de santé de proximité",
        "Rafforzare la prevenzione e sviluppare i servizi sanitari di prossimità",
    ),
    care_action(
        "promotion-sante",
        "Promouvoir la santé, préserver l’autonomie, donner les moyens d’agir",
        "Promuovere la salute, preservare l’autonomia, dare strumenti per agire",
    ),
]


def load(builder, home):
    catalogue = builder.build(CATALOGUE, parent=home)
    labels = builder.build(LABELS, parent=home)
    builder.build(ALCOTRA_JEUNES, parent=labels)
    pro_sol = builder.build(PRO_SOL, parent=catalogue)
    coor_com = builder.build(COOR_COM, parent=pro_sol)
    for action in COOR_COM_ACTIONS:
        builder.build(action, parent=coor_com)
    for project in PRO_SOL_PROJECTS:
        builder.build(project, parent=pro_sol)
    graies_lab = builder.build(GRAIES_LAB, parent=catalogue)
    builder.build(SOCIALAB, parent=graies_lab)
    care = builder.build(CARE, parent=catalogue)
    for action in CARE_ACTIONS:
        builder.build(action, parent=care)
