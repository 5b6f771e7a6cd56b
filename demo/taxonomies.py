"""Programme periods, themes, audiences and partners named in the seeds, in both languages."""

from projects.models import Country, Partner, ProgrammePeriod, TargetAudience, Theme

from .builder import Demo
from .pictures import logo

PERIODS = [
    Demo(
        key="period:2014-2020",
        model=ProgrammePeriod,
        it={"name": "ALCOTRA 2014-2020"},
        fr={"name": "ALCOTRA 2014-2020"},
        facts={"slug": "2014-2020", "start_year": 2014, "end_year": 2020},
    ),
    Demo(
        key="period:2021-2027",
        model=ProgrammePeriod,
        it={"name": "ALCOTRA 2021-2027"},
        fr={"name": "ALCOTRA 2021-2027"},
        facts={"slug": "2021-2027", "start_year": 2021, "end_year": 2027},
    ),
]

THEMES = [
    Demo(
        key="theme:health-social",
        model=Theme,
        it={"name": "Servizi sociosanitari"},
        fr={"name": "Services socio-sanitaires"},
        facts={"slug": "servizi-sociosanitari"},
    ),
    Demo(
        key="theme:local-services",
        model=Theme,
        it={"name": "Servizi di prossimità"},
        fr={"name": "Services de proximité"},
        facts={"slug": "servizi-prossimita"},
        source="fr",
    ),
]

AUDIENCES = [
    Demo(
        key=f"audience:{slug}",
        model=TargetAudience,
        it={"name": italian},
        fr={"name": french},
        facts={"slug": slug},
    )
    for slug, italian, french in [
        ("cittadini", "Cittadini", "Citoyens"),
        ("enti-pubblici", "Enti pubblici", "Organismes publics"),
        ("imprese-professionisti", "Imprese e liberi professionisti", "Entreprises et professions libérales"),
        ("terzo-settore", "Terzo settore", "Tiers secteur"),
    ]
]


def partner(key, italian, french, country, kind, mark, source="it"):
    """``mark``: (initials, colour) of the monogram the demo draws as the partner's logo."""
    return Demo(
        key=f"partner:{key}",
        model=Partner,
        it={"name": italian},
        fr={"name": french},
        facts={"country": country, "kind": kind, "logo": logo(italian if source == "it" else french, *mark)},
        source=source,
    )


K = Partner.Kind
PARTNERS = [
    partner(
        "regione-piemonte",
        "Regione Piemonte, Direzione Sanità",
        "Région Piémont, direction de la santé",
        Country.ITALY,
        K.REGION,
        ("RP", "#1f5fa8"),
    ),
    partner(
        "paa",
        "Provence Alpes Agglomération",
        "Provence Alpes Agglomération",
        Country.FRANCE,
        K.LOCAL_AUTHORITY,
        ("PAA", "#2e8b57"),
    ),
    partner(
        "asl-cn1",
        "Azienda Sanitaria Locale CN1",
        "Agence sanitaire locale CN1",
        Country.ITALY,
        K.HEALTH,
        ("CN1", "#c0392b"),
    ),
    partner(
        "nca",
        "Métropole Nice Côte d’Azur",
        "Métropole Nice Côte d’Azur",
        Country.FRANCE,
        K.LOCAL_AUTHORITY,
        ("NCA", "#0f7c9c"),
    ),
    partner(
        "ccvg",
        "Communauté de communes Val Guiers",
        "Communauté de communes Val Guiers",
        Country.FRANCE,
        K.LOCAL_AUTHORITY,
        ("CCVG", "#6a4c93"),
        source="fr",
    ),
    partner(
        "smaps",
        "Syndicat mixte de l’Avant-Pays-Savoyard",
        "Syndicat mixte de l’Avant-Pays-Savoyard",
        Country.FRANCE,
        K.LOCAL_AUTHORITY,
        ("SMAPS", "#3d7a3a"),
        source="fr",
    ),
    partner(
        "arlysere",
        "Communauté d’Agglomération Arlysère",
        "Communauté d’Agglomération Arlysère",
        Country.FRANCE,
        K.LOCAL_AUTHORITY,
        ("ARL", "#b5562e"),
        source="fr",
    ),
    partner(
        "cm-torino",
        "Città Metropolitana di Torino",
        "Ville Métropolitaine de Turin",
        Country.ITALY,
        K.LOCAL_AUTHORITY,
        ("CMT", "#7a2e5c"),
        source="fr",
    ),
    partner(
        "coldiretti-torino",
        "Federazione agricola Coldiretti di Torino",
        "Fédération agricole Coldiretti de Turin",
        Country.ITALY,
        K.BUSINESS,
        ("CT", "#a77d12"),
        source="fr",
    ),
]

ALL = [*PERIODS, *THEMES, *AUDIENCES, *PARTNERS]
