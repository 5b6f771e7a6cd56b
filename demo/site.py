"""The home pages and the "about" page, written from the facts in shared/seeds/, and the
order in which everything is built."""

from django.db import transaction

from wagtail.models import Page, Site

from home.models import ContentPage, HomePage

from . import accessibility, legal, news, projects, taxonomies, users, videos
from .builder import Demo, DemoBuilder
from .pictures import Scene, illustration

HOME = Demo(
    key="home",
    model=HomePage,
    it=dict(
        title="Progetti transfrontalieri ALCOTRA",
        slug="home",
        summary=(
            "Piani, progetti, azioni e notizie dei partner italiani e francesi "
            "del programma Interreg Francia-Italia ALCOTRA."
        ),
        listing_image_alt="Illustrazione: montagne innevate sopra un lago in una giornata d’estate, con un "
        "paese sulla riva.",
        body=[
            (
                "paragraph",
                "ALCOTRA (Alpi Latine COoperazione TRAnsfrontaliera) sostiene la cooperazione tra i "
                "territori alpini di Francia e Italia: salute, servizi ai cittadini, economia, "
                "turismo e mobilità.",
            ),
            (
                "paragraph",
                "Su questo sito i partner raccontano insieme, in italiano e in francese, ciò che i loro "
                "progetti realizzano: dal piano PITEM PRO-SOL (2014-2020) al progetto CARE (2021-2027).",
            ),
        ],
    ),
    fr=dict(
        title="Projets transfrontaliers ALCOTRA",
        slug="accueil",
        summary=(
            "Plans, projets, actions et actualités des partenaires italiens et français "
            "du programme Interreg France-Italie ALCOTRA."
        ),
        listing_image_alt="Illustration : des montagnes enneigées au-dessus d’un lac, un jour d’été, avec un "
        "village sur la rive.",
        body=[
            (
                "paragraph",
                "ALCOTRA (Alpes Latines COopération TRAnsfrontalière) soutient la coopération entre les "
                "territoires alpins de France et d’Italie : santé, services aux habitants, économie, "
                "tourisme et mobilité.",
            ),
            (
                "paragraph",
                "Sur ce site, les partenaires racontent ensemble, en italien et en français, ce que "
                "réalisent leurs projets : du plan PITEM PRO-SOL (2014-2020) au projet CARE (2021-2027).",
            ),
        ],
    ),
    facts={
        "listing_image": illustration("Progetti transfrontalieri ALCOTRA", Scene("home", "summer", lake=True))
    },
)

ABOUT = Demo(
    key="about",
    model=ContentPage,
    it=dict(
        title="Chi siamo",
        slug="chi-siamo",
        summary="Chi pubblica su questo sito, e perché in due lingue.",
        body=[
            ("heading", {"text": "Partner di due paesi", "level": "h2"}),
            (
                "paragraph",
                "Regioni, agglomerazioni, comunità di comuni e aziende sanitarie italiane e francesi "
                "lavorano fianco a fianco nei progetti ALCOTRA. La Regione Piemonte, con la sua "
                "Direzione Sanità, guida il progetto COOR-COM del PITEM PRO-SOL insieme a Provence "
                "Alpes Agglomération, all’Azienda Sanitaria Locale CN1 e alla Métropole Nice Côte "
                "d’Azur: un bilancio di 437.159,76 euro, di cui 371.585,80 cofinanziati dal FESR.",
            ),
            (
                "paragraph",
                "Dal 9 ottobre 2023 la Communauté de communes Val Guiers è capofila del progetto CARE, "
                "che prosegue il lavoro di SociaLab (PITER GRAIES LAB): tra il 2019 e il 2023 SociaLab "
                "ha coinvolto 221 comuni e 366.830 abitanti delle zone rurali e di montagna.",
            ),
            ("heading", {"text": "Due lingue, un solo racconto", "level": "h2"}),
            (
                "paragraph",
                "Ogni pagina nasce in una lingua ed è tradotta nell’altra. Se una traduzione non è "
                "ancora pronta, il sito lo dice apertamente invece di mostrare il testo nell’altra lingua.",
            ),
        ],
    ),
    fr=dict(
        title="Qui sommes-nous",
        slug="a-propos",
        summary="Qui publie sur ce site, et pourquoi en deux langues.",
        body=[
            ("heading", {"text": "Des partenaires de deux pays", "level": "h2"}),
            (
                "paragraph",
                "Régions, agglomérations, communautés de communes et agences sanitaires italiennes et "
                "françaises travaillent côte à côte dans les projets ALCOTRA. La Région Piémont, par sa "
                "direction de la santé, pilote le projet COOR-COM du PITEM PRO-SOL avec Provence Alpes "
                "Agglomération, l’Azienda Sanitaria Locale CN1 et la Métropole Nice Côte d’Azur : un "
                "budget de 437 159,76 euros, dont 371 585,80 cofinancés par le FEDER.",
            ),
            (
                "paragraph",
                "Depuis le 9 octobre 2023, la Communauté de communes Val Guiers est cheffe de file du "
                "projet CARE, qui prolonge le travail de SociaLab (PITER GRAIES LAB) : entre 2019 et "
                "2023, SociaLab a concerné 221 communes et 366 830 habitants des zones rurales et de "
                "montagne.",
            ),
            ("heading", {"text": "Deux langues, un seul récit", "level": "h2"}),
            (
                "paragraph",
                "Chaque page naît dans une langue et se traduit dans l’autre. Quand une traduction "
                "n’est pas encore prête, le site le dit franchement au lieu d’afficher le texte dans "
                "l’autre langue.",
            ),
        ],
    ),
    facts={"show_in_menus": True},
)


def remove_wagtail_welcome_page(root):
    """Wagtail's first migration adds a plain "Welcome" page; it has no place here."""
    for page in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
        if page.slug == "home" and page.numchild == 0:
            page.delete()


def load(builder: DemoBuilder):
    root = Page.get_first_root_node()
    with transaction.atomic():
        remove_wagtail_welcome_page(root)
    home = builder.build(HOME, parent=root)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "ALCOTRA"
        site.save()
        builder.report.append("set the default site's root to the Italian home page")
    for snippet in taxonomies.ALL:
        builder.build(snippet)
    # The home page's children in the main menu's order (tree order): the catalogue,
    # news, videos, labels, about; then the pages only the footer links to.
    builder.build(projects.CATALOGUE, parent=home)
    news.load_lists(builder, home)
    projects.load(builder, home)
    builder.build(ABOUT, parent=home)
    accessibility.load(builder, home)
    legal.load(builder, home)
    news.load(builder)
    videos.load(builder)
    users.load(builder)
