"""News and video lists from the seeds' facts, written where they belong: in the plan or project.

The news about the ALCOTRA Jeunes label and CARE's youth actions come from the
French seed (French first); those about PRO-SOL from the Italian one. There are
more than ten, so the site-wide list has a second page.
"""

from datetime import date

from media.models import VideoIndexPage
from news.models import NewsIndexPage, NewsPage, NewsRelatedPage

from .builder import Demo, Ref, Rows
from .pictures import Scene, illustration


def news_index(key, it_title, fr_title, source="it", it=None, fr=None, facts=None):
    """A news list; ``it``/``fr`` add text fields, ``facts`` facts (the site-wide list's)."""
    suffix = "" if key == "site" else f"-{key}"
    return Demo(
        key=f"news-index:{key}",
        model=NewsIndexPage,
        source=source,
        it={"title": it_title, "slug": f"notizie{suffix}", "summary": "", **(it or {})},
        fr={"title": fr_title, "slug": f"actualites{suffix}", "summary": "", **(fr or {})},
        facts=facts or {},
    )


SITE_NEWS = news_index(
    "site",
    "Notizie",
    "Actualités",
    it={
        "listing_image_alt": "Illustrazione: due fumetti sopra un paese di montagna, in una giornata di sole."
    },
    fr={
        "listing_image_alt": "Illustration : deux bulles de dialogue au-dessus d’un village de montagne, par "
        "une journée ensoleillée."
    },
    facts={
        "show_in_menus": True,
        "listing_image": illustration("Notizie", Scene("news", "summer", motif="talk")),
    },
)
SITE_VIDEOS = Demo(
    key="video-index:site",
    model=VideoIndexPage,
    it={
        "title": "Video",
        "slug": "video",
        "summary": "I video dei progetti, con sottotitoli e trascrizione.",
        "listing_image_alt": "Illustrazione: un lago tra le montagne al tramonto; le finestre dei paesi sono "
        "accese.",
    },
    fr={
        "title": "Vidéos",
        "slug": "videos",
        "summary": "Les vidéos des projets, avec sous-titres et transcription.",
        "listing_image_alt": "Illustration : un lac entre les montagnes au coucher du soleil ; les fenêtres des "
        "villages sont allumées.",
    },
    facts={
        "show_in_menus": True,
        "listing_image": illustration("Video", Scene("videos", "dusk", lake=True)),
    },
)
PRO_SOL_NEWS = news_index("pro-sol", "Notizie del PITEM PRO-SOL", "Actualités du PITEM PRO-SOL")
CARE_NEWS = news_index("care", "Notizie di CARE", "Actualités de CARE", source="fr")
# An Italian project's own list, still empty: where its officer writes its first news item.
COOR_COM_NEWS = news_index("coor-com", "Notizie di COOR-COM", "Actualités de COOR-COM")
SOCIALAB_NEWS = news_index("socialab", "Notizie di SociaLab", "Actualités de SociaLab", source="fr")


def news(key, day, it, fr, picture, source="it", related=()):
    """it/fr: (title, slug, summary, paragraph, image description); picture: its Scene."""

    def text(title, slug, summary, paragraph, image_alt):
        return {
            "title": title,
            "slug": slug,
            "summary": summary,
            "image_alt": image_alt,
            "body": [("paragraph", paragraph)],
        }

    facts = {"date": day, "image": illustration(it[0], picture)}
    if related:
        facts["related_pages"] = Rows(NewsRelatedPage, tuple({"page": Ref(page)} for page in related))
    return Demo(key=f"news:{key}", model=NewsPage, source=source, it=text(*it), fr=text(*fr), facts=facts)


CARE_ITEMS = [
    news(
        "care-alcotra-jeunes",
        date(2024, 6, 3),
        (
            "CARE riceve il label ALCOTRA Jeunes",
            "care-label-alcotra-jeunes",
            "Il Consiglio dei giovani ALCOTRA premia l’attenzione del progetto per le nuove generazioni.",
            "Il label seleziona progetti esemplari per il posto che danno ai giovani. Per CARE è un "
            "incoraggiamento a proseguire: i partner ringraziano il Consiglio dei giovani ALCOTRA per il "
            "riconoscimento e per i suoi preziosi consigli.",
            "Illustrazione: quattro giovani con lo zaino davanti a un lago di montagna, in primavera.",
        ),
        (
            "CARE reçoit le label ALCOTRA Jeunes",
            "care-label-alcotra-jeunes",
            "Le Conseil des jeunes ALCOTRA distingue l’attention que le projet porte aux nouvelles générations.",
            "Le label retient des projets exemplaires par la place qu’ils donnent aux jeunes. Pour CARE, c’est "
            "un encouragement à poursuivre : les partenaires remercient le Conseil des jeunes ALCOTRA pour "
            "cette distinction et pour ses précieuses recommandations.",
            "Illustration : quatre jeunes sac au dos devant un lac de montagne, au printemps.",
        ),
        Scene("care-jeunes", "spring", lake=True, motif="youth"),
        source="fr",
        related=["project:care"],
    ),
    news(
        "care-lead",
        date(2023, 10, 9),
        (
            "La Communauté de communes Val Guiers capofila di CARE",
            "val-guiers-capofila-di-care",
            "Dal 9 ottobre 2023 la comunità di comuni guida il nuovo progetto transfrontaliero.",
            "CARE prosegue il lavoro di SociaLab per servizi sociali e sanitari più accessibili nelle zone "
            "rurali e di montagna, dove l’abitato è sparso in tanti piccoli centri.",
            "Illustrazione: paesi sulle rive di un lago, ai piedi delle montagne, al mattino.",
        ),
        (
            "La Communauté de communes Val Guiers cheffe de file de CARE",
            "val-guiers-cheffe-de-file-de-care",
            "Depuis le 9 octobre 2023, la communauté de communes pilote le nouveau projet transfrontalier.",
            "CARE prolonge le travail de SociaLab pour des services sociaux et de santé plus accessibles dans "
            "les zones rurales et de montagne, où l’habitat est dispersé en nombreux petits villages.",
            "Illustration : des villages au bord d’un lac, au pied des montagnes, le matin.",
        ),
        Scene("care-lead", "morning", lake=True),
        source="fr",
    ),
    news(
        "care-ambassadors",
        date(2024, 9, 16),
        (
            "Ambasciatori della salute da una parte all’altra del confine",
            "ambasciatori-della-salute",
            "Un gruppo di giovani sensibilizzerà i coetanei ai temi della salute pubblica.",
            "È una delle azioni faro di CARE per le nuove generazioni: giovani italiani e francesi formati per "
            "parlare di salute con chi ha la loro età.",
            "Illustrazione: un ponte di pietra tra due paesi, sopra un fiume di montagna, d’estate.",
        ),
        (
            "Des ambassadeurs de la santé de part et d’autre de la frontière",
            "ambassadeurs-de-la-sante",
            "Un groupe de jeunes sensibilisera leurs pairs aux enjeux de santé publique.",
            "C’est l’une des actions phares de CARE pour les nouvelles générations : des jeunes Italiens et "
            "Français formés pour parler de santé avec ceux de leur âge.",
            "Illustration : un pont de pierre entre deux villages, au-dessus d’une rivière de montagne, en été.",
        ),
        Scene("care-ambassadors", "summer", motif="bridge"),
        source="fr",
    ),
    news(
        "care-medical-students",
        date(2024, 11, 4),
        (
            "Una formazione transfrontaliera per gli studenti di medicina",
            "formazione-studenti-medicina",
            "Futuri medici alla scoperta della salute nei territori di montagna, in Italia e in Francia.",
            "La formazione vuole avvicinare i giovani medici alle zone dove mancano professionisti della salute.",
            "Illustrazione: un centro di salute con la croce verde in un paese di montagna, in autunno.",
        ),
        (
            "Une formation transfrontalière pour les étudiants en médecine",
            "formation-etudiants-medecine",
            "De futurs médecins découvrent la santé dans les territoires de montagne, en Italie et en France.",
            "La formation veut rapprocher les jeunes médecins des zones où manquent les professionnels de santé.",
            "Illustration : une maison de santé à la croix verte dans un village de montagne, en automne.",
        ),
        Scene("care-medical-students", "autumn", motif="health"),
        source="fr",
    ),
    news(
        "care-health-profile",
        date(2025, 2, 10),
        (
            "Un profilo di salute del territorio",
            "profilo-di-salute",
            "CARE raccoglie i dati per conoscere meglio la salute degli abitanti.",
            "Il profilo servirà a orientare la prevenzione e i servizi di prossimità dove servono di più.",
            "Illustrazione: piccoli paesi con le finestre illuminate in una valle di montagna, di notte, sotto la luna.",
        ),
        (
            "Un profil de santé du territoire",
            "profil-de-sante",
            "CARE rassemble les données pour mieux connaître la santé des habitants.",
            "Le profil servira à orienter la prévention et les services de proximité là où ils manquent le plus.",
            "Illustration : de petits villages aux fenêtres éclairées dans une vallée de montagne, la nuit, sous la lune.",
        ),
        Scene("care-health-profile", "night", motif="villages"),
        source="fr",
    ),
]

SOCIALAB_ITEMS = [
    news(
        "socialab-territory",
        date(2019, 5, 20),
        (
            "SociaLab: 221 comuni e 366.830 abitanti",
            "socialab-221-comuni",
            "Quattro partner di Savoia e Piemonte lavorano insieme sui servizi alla popolazione.",
            "Il progetto durerà cinque anni, dal 2019 al 2023, e fa parte del PITER GRAIES LAB.",
            "Illustrazione: tanti piccoli paesi sparsi tra colline e montagne, in autunno.",
        ),
        (
            "SociaLab : 221 communes et 366 830 habitants",
            "socialab-221-communes",
            "Quatre partenaires de Savoie et du Piémont travaillent ensemble sur les services à la population.",
            "Le projet durera cinq ans, de 2019 à 2023, et fait partie du PITER GRAIES LAB.",
            "Illustration : de nombreux petits villages dispersés entre collines et montagnes, en automne.",
        ),
        Scene("socialab-territory", "autumn", motif="villages"),
        source="fr",
    ),
    news(
        "socialab-white-paper",
        date(2023, 11, 27),
        (
            "Un libro bianco per condividere le sperimentazioni",
            "libro-bianco",
            "SociaLab mette a confronto i metodi dei partner per renderli trasferibili altrove.",
            "Il libro bianco raccoglie i servizi e i luoghi condivisi sperimentati nei territori del progetto.",
            "Illustrazione: due fumetti sopra un paese di montagna, all’alba.",
        ),
        (
            "Un livre blanc pour partager les expérimentations",
            "livre-blanc",
            "SociaLab croise les méthodes des partenaires pour les rendre transférables ailleurs.",
            "Le livre blanc rassemble les services et lieux partagés expérimentés sur les territoires du projet.",
            "Illustration : deux bulles de dialogue au-dessus d’un village de montagne, à l’aube.",
        ),
        Scene("socialab-white-paper", "dawn", motif="talk"),
        source="fr",
    ),
]

PRO_SOL_ITEMS = [
    news(
        "pro-sol-launch",
        date(2019, 3, 12),
        (
            "PRO-SOL: quattro progetti per le comunità alpine",
            "pro-sol-quattro-progetti",
            "Senior, Giovani, Donne e We-Pro, con COOR-COM a tenere le fila.",
            "Il piano tematico integrato vuole servizi sociosanitari più vicini a chi vive in montagna.",
            "Illustrazione: giovani, adulti e anziani su un prato, davanti alle montagne, d’estate.",
        ),
        (
            "PRO-SOL : quatre projets pour les communautés alpines",
            "pro-sol-quatre-projets",
            "Senior, Giovani, Donne et We-Pro, avec COOR-COM pour tenir les fils.",
            "Le plan thématique intégré veut des services socio-sanitaires plus proches des habitants de la "
            "montagne.",
            "Illustration : des jeunes, des adultes et des personnes âgées dans un pré, devant les montagnes, en été.",
        ),
        Scene("pro-sol-launch", "summer", motif="people"),
        related=["project:coor-com"],
    ),
    news(
        "coor-com-communication",
        date(2020, 2, 18),
        (
            "Un piano di comunicazione comune per PRO-SOL",
            "piano-di-comunicazione",
            "COOR-COM coordina il racconto del piano in italiano e in francese.",
            "Monitoraggio e valutazione accompagnano la comunicazione, perché i risultati siano misurati e "
            "condivisi.",
            "Illustrazione: due fumetti sopra un paese di montagna, al mattino.",
        ),
        (
            "Un plan de communication commun pour PRO-SOL",
            "plan-de-communication",
            "COOR-COM coordonne le récit du plan en italien et en français.",
            "Le suivi et l’évaluation accompagnent la communication, pour que les résultats soient mesurés et "
            "partagés.",
            "Illustration : deux bulles de dialogue au-dessus d’un village de montagne, le matin.",
        ),
        Scene("coor-com-communication", "morning", motif="talk"),
        related=["project:coor-com"],
    ),
    news(
        "coor-com-budget",
        date(2021, 4, 6),
        (
            "COOR-COM: l’85% del bilancio dal FESR",
            "coor-com-bilancio",
            "Su 437.159,76 euro di bilancio, 371.585,80 sono cofinanziati dal FESR.",
            "Il progetto riunisce la Regione Piemonte, Provence Alpes Agglomération, l’ASL CN1 e la "
            "Métropole Nice Côte d’Azur.",
            "Illustrazione: un lago tra le montagne innevate, d’inverno, con un paese sulla riva.",
        ),
        (
            "COOR-COM : 85 % du budget par le FEDER",
            "coor-com-budget",
            "Sur un budget de 437 159,76 euros, 371 585,80 sont cofinancés par le FEDER.",
            "Le projet réunit la Région Piémont, Provence Alpes Agglomération, l’ASL CN1 et la Métropole "
            "Nice Côte d’Azur.",
            "Illustration : un lac entre des montagnes enneigées, en hiver, avec un village sur la rive.",
        ),
        Scene("coor-com-budget", "winter", lake=True),
        related=["project:coor-com"],
    ),
    news(
        "pro-sol-students-video",
        date(2022, 5, 9),
        (
            "Gli studenti del Liceo Alfieri raccontano PRO-SOL",
            "studenti-liceo-alfieri",
            "Un video realizzato dagli studenti del Liceo Classico Vittorio Alfieri di Torino.",
            "Gli studenti hanno incontrato i partner del piano e raccontano con le loro parole la salute di "
            "prossimità.",
            "Illustrazione: quattro giovani con lo zaino su un prato al tramonto, davanti alle montagne.",
        ),
        (
            "Les élèves du lycée Alfieri racontent PRO-SOL",
            "eleves-lycee-alfieri",
            "Une vidéo réalisée par les élèves du Liceo Classico Vittorio Alfieri de Turin.",
            "Les élèves ont rencontré les partenaires du plan et racontent avec leurs mots la santé de "
            "proximité.",
            "Illustration : quatre jeunes sac au dos dans un pré au coucher du soleil, devant les montagnes.",
        ),
        Scene("pro-sol-students-video", "dusk", motif="youth"),
        related=["project:coor-com"],
    ),
    news(
        "pro-sol-social-innovation",
        date(2023, 6, 21),
        (
            "Innovazione sociale: che cosa funziona in montagna",
            "innovazione-sociale-in-montagna",
            "I progetti PRO-SOL confrontano le soluzioni sperimentate in Italia e in Francia.",
            "Dal confronto nascono indicazioni per le politiche sociali e sanitarie dei territori ALCOTRA.",
            "Illustrazione: un centro di salute con la croce verde in un paese di montagna, all’alba.",
        ),
        (
            "Innovation sociale : ce qui marche en montagne",
            "innovation-sociale-en-montagne",
            "Les projets PRO-SOL comparent les solutions expérimentées en Italie et en France.",
            "De cette comparaison naissent des orientations pour les politiques sociales et de santé des "
            "territoires ALCOTRA.",
            "Illustration : une maison de santé à la croix verte dans un village de montagne, à l’aube.",
        ),
        Scene("pro-sol-social-innovation", "dawn", motif="health"),
    ),
]


def load_lists(builder, home):
    """The site-wide news and video lists, under the home page."""
    builder.build(SITE_NEWS, parent=home)
    builder.build(SITE_VIDEOS, parent=home)


def load(builder):
    """The news lists of plans and projects, and their news."""
    pro_sol_news = builder.build(PRO_SOL_NEWS, parent=builder.get("plan:pro-sol"))
    for item in PRO_SOL_ITEMS:
        builder.build(item, parent=pro_sol_news)
    builder.build(COOR_COM_NEWS, parent=builder.get("project:coor-com"))
    care_news = builder.build(CARE_NEWS, parent=builder.get("project:care", "fr"))
    for item in CARE_ITEMS:
        builder.build(item, parent=care_news)
    socialab_news = builder.build(SOCIALAB_NEWS, parent=builder.get("project:socialab", "fr"))
    for item in SOCIALAB_ITEMS:
        builder.build(item, parent=socialab_news)
