"""PITEM PRO-SOL and its projects (COOR-COM and its actions, Senior, Giovani, Donne,
We-Pro), from the Italian seed: Italian is their source language."""

from datetime import date
from decimal import Decimal

from projects.models import (
    ActionPage,
    PlanPage,
    ProjectPage,
    ProjectPartner,
)

from .builder import Demo, Paragraphs, Ref, Rows
from .pictures import Scene, illustration

ALL_AUDIENCES = [
    Ref(f"audience:{slug}")
    for slug in ("cittadini", "enti-pubblici", "imprese-professionisti", "terzo-settore")
]

PRO_SOL = Demo(
    key="plan:pro-sol",
    model=PlanPage,
    it={
        "title": "PITEM PRO-SOL",
        "slug": "pitem-pro-sol",
        "full_name": "PROssimità SOLidale: giovani, donne, anziani in salute e attivi nei territori alpini",
        "summary": "Un piano tematico integrato per servizi sociali e sanitari vicini alle comunità di montagna.",
        "listing_image_alt": "Illustrazione: giovani, adulti e anziani davanti a un lago alpino, al mattino.",
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
        "listing_image_alt": "Illustration : des jeunes, des adultes et des personnes âgées devant un lac alpin, "
        "le matin.",
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
        "listing_image": illustration(
            "PITEM PRO-SOL", Scene("pro-sol", "morning", lake=True, motif="people")
        ),
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
        "listing_image_alt": "Illustrazione: un ponte di pietra unisce due paesi sulle rive opposte di un fiume, "
        "al tramonto.",
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
        "listing_image_alt": "Illustration : un pont de pierre relie deux villages sur les rives opposées d’une "
        "rivière, au coucher du soleil.",
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
        "listing_image": illustration("COOR-COM", Scene("coor-com", "dusk", motif="bridge")),
    },
)


def coor_com_action(key, it, fr):
    """it/fr: (title, slug, summary); each slug follows its own language's title."""
    return Demo(
        key=f"action:coor-com:{key}",
        model=ActionPage,
        it=dict(zip(("title", "slug", "summary"), it, strict=True)),
        fr=dict(zip(("title", "slug", "summary"), fr, strict=True)),
        facts={
            "status": ActionPage.Status.DONE,
            "start_date": date(2019, 1, 1),
            "end_date": date(2023, 12, 31),
        },
    )


COOR_COM_ACTIONS = [
    coor_com_action(
        "governance",
        (
            "Coordinare il partenariato",
            "coordinare-il-partenariato",
            "Organizzare e animare il lavoro comune dei partner per una governance coerente del piano.",
        ),
        (
            "Coordonner le partenariat",
            "coordonner-le-partenariat",
            "Organiser et animer le travail commun des partenaires pour une gouvernance cohérente du plan.",
        ),
    ),
    coor_com_action(
        "comunicazione",
        (
            "Comunicare, monitorare, valutare",
            "comunicare-monitorare-valutare",
            "Ideare e realizzare il piano di comunicazione, di monitoraggio e di valutazione del PITEM.",
        ),
        (
            "Communiquer, suivre, évaluer",
            "communiquer-suivre-evaluer",
            "Concevoir et mettre en œuvre le plan de communication, de suivi et d’évaluation du PITEM.",
        ),
    ),
    coor_com_action(
        "innovazione-sociale",
        (
            "Percorsi di innovazione sociale",
            "innovazione-sociale",
            "Confrontare le soluzioni sperimentate dai progetti per individuare i fattori di successo da "
            "proporre alle politiche dei territori ALCOTRA.",
        ),
        (
            "Parcours d’innovation sociale",
            "parcours-d-innovation-sociale",
            "Comparer les solutions expérimentées par les projets pour dégager les facteurs de réussite à "
            "proposer aux politiques des territoires ALCOTRA.",
        ),
    ),
]


PRO_SOL_RESULTS = {
    "it": Paragraphs(["Le pratiche sperimentate sono state raccolte e condivise con i partner del piano."]),
    "fr": Paragraphs(
        ["Les pratiques expérimentées ont été recueillies et partagées avec les partenaires du plan."]
    ),
}


def pro_sol_project(acronym, it_name, it_summary, fr_name, fr_summary, audiences, scene, alt):
    """A thematic project of PRO-SOL: its summary states its aim; the plan's shared results.
    ``alt`` is the illustration's description, (Italian, French)."""
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
            "listing_image_alt": alt[0],
        },
        fr={
            "title": acronym,
            "slug": acronym.lower(),
            "full_name": fr_name,
            "summary": fr_summary,
            "objectives": Paragraphs([fr_summary]),
            "results": PRO_SOL_RESULTS["fr"],
            "listing_image_alt": alt[1],
        },
        facts={
            "acronym": acronym.upper(),
            "programme_period": Ref("period:2014-2020"),
            "start_date": date(2019, 1, 1),
            "end_date": date(2023, 12, 31),
            "themes": [Ref("theme:health-social")],
            "audiences": [Ref(f"audience:{slug}") for slug in audiences],
            "listing_image": illustration(acronym, scene),
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
        Scene("senior", "autumn", motif="seniors"),
        (
            "Illustrazione: due persone anziane, una con il bastone, accanto a una panchina su un prato "
            "d’autunno, davanti alle montagne.",
            "Illustration : deux personnes âgées, dont l’une avec une canne, près d’un banc dans un pré "
            "d’automne, devant les montagnes.",
        ),
    ),
    pro_sol_project(
        "Giovani",
        "PRO-SOL Giovani: giovani protagonisti della salute",
        "Attività con e per i giovani delle valli alpine, per il loro benessere e la loro partecipazione.",
        "PRO-SOL Giovani : les jeunes acteurs de leur santé",
        "Des activités avec et pour les jeunes des vallées alpines, pour leur bien-être et leur participation.",
        ["cittadini", "enti-pubblici"],
        Scene("giovani", "spring", motif="youth"),
        (
            "Illustrazione: quattro giovani con lo zaino su un prato fiorito, davanti alle montagne.",
            "Illustration : quatre jeunes sac au dos dans un pré fleuri, devant les montagnes.",
        ),
    ),
    pro_sol_project(
        "Donne",
        "PRO-SOL Donne: salute e lavoro delle donne",
        "Sostegno alla salute delle donne e a nuove opportunità di lavoro nei servizi alle famiglie.",
        "PRO-SOL Donne : santé et travail des femmes",
        "Un soutien à la santé des femmes et à de nouveaux emplois dans les services aux familles.",
        ["cittadini", "imprese-professionisti"],
        Scene("donne", "dawn", lake=True, motif="women"),
        (
            "Illustrazione: tre donne davanti a un lago di montagna, all’alba.",
            "Illustration : trois femmes devant un lac de montagne, à l’aube.",
        ),
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
        Scene("we-pro", "summer", motif="health"),
        (
            "Illustrazione: un centro di salute con la croce verde in un paese di montagna, d’estate.",
            "Illustration : une maison de santé à la croix verte dans un village de montagne, en été.",
        ),
    ),
]
