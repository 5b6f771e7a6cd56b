"""The project catalogue and the ALCOTRA Jeunes label, and where the seeds' plans and
projects go in the tree: pro_sol.py (Italian seed, Italian source) and care.py (French
seed, French source) hold their content."""

from projects.models import LabelIndexPage, LabelPage, ProjectIndexPage

from . import care, pro_sol
from .builder import Demo, Paragraphs
from .pictures import Scene, badge, illustration

CATALOGUE = Demo(
    key="projects",
    model=ProjectIndexPage,
    it={
        "title": "Piani e progetti",
        "slug": "progetti",
        "summary": "Tutti i piani e i progetti ALCOTRA dei partner, da filtrare per periodo, tema e pubblico.",
        "listing_image_alt": "Illustrazione: un ponte di pietra unisce le due rive di un fiume, ciascuna con il "
        "suo paese, davanti alle Alpi, d’estate.",
    },
    fr={
        "title": "Plans et projets",
        "slug": "projets",
        "summary": "Tous les plans et projets ALCOTRA des partenaires, à filtrer par période, thème et public.",
        "listing_image_alt": "Illustration : un pont de pierre relie les deux rives d’une rivière, chacune avec "
        "son village, devant les Alpes, en été.",
    },
    facts={
        "show_in_menus": True,
        "listing_image": illustration("Piani e progetti", Scene("catalogue", "summer", motif="bridge")),
    },
)

LABELS = Demo(
    key="labels",
    model=LabelIndexPage,
    it={"title": "Label", "slug": "label", "summary": "I riconoscimenti assegnati ai progetti ALCOTRA."},
    fr={"title": "Labels", "slug": "labels", "summary": "Les distinctions attribuées aux projets ALCOTRA."},
    facts={"show_in_menus": True},
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
    # The badge has no words: the label's title is written next to it.
    facts={"badge": badge("ALCOTRA Jeunes")},
)


def load(builder, home):
    """The label list and its label, then the plans, projects and actions in the catalogue
    (which site.py builds first, to put it first in the menu)."""
    catalogue = builder.get("projects")
    labels = builder.build(LABELS, parent=home)
    builder.build(ALCOTRA_JEUNES, parent=labels)
    pro_sol_page = builder.build(pro_sol.PRO_SOL, parent=catalogue)
    coor_com = builder.build(pro_sol.COOR_COM, parent=pro_sol_page)
    for action in pro_sol.COOR_COM_ACTIONS:
        builder.build(action, parent=coor_com)
    for project in pro_sol.PRO_SOL_PROJECTS:
        builder.build(project, parent=pro_sol_page)
    graies_lab = builder.build(care.GRAIES_LAB, parent=catalogue)
    builder.build(care.SOCIALAB, parent=graies_lab)
    care_page = builder.build(care.CARE, parent=catalogue)
    for action in care.CARE_ACTIONS:
        builder.build(action, parent=care_page)
