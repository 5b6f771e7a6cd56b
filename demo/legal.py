"""The pages every footer links to: legal notice and credits, privacy, contact.

Written from the seeds' facts (the programme, the partners) and from what this site
really does with visitors' data (docs/public-site.md, "Privacy"). Addresses are in
the reserved ``.example`` domain: whoever puts the site online writes real ones, and
the host's name and address, which the demo cannot know.
"""

from wagtail.models import Site

from home.models import ContentPage, SiteIdentity

from .builder import Demo

NBSP = "\u00a0"


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


LEGAL_NOTICE = Demo(
    key="legal-notice",
    model=ContentPage,
    it={
        "title": "Note legali e crediti",
        "slug": "note-legali-e-crediti",
        "summary": "Chi pubblica il sito, chi risponde delle sue pagine e da dove vengono le immagini.",
        "body": [
            heading("Chi pubblica il sito"),
            (
                "paragraph",
                "Il sito dei progetti transfrontalieri ALCOTRA è pubblicato dai partner che vi presentano il "
                "proprio lavoro, nell’ambito del programma Interreg Francia-Italia ALCOTRA (Alpi Latine "
                "COoperazione TRAnsfrontaliera). Ogni capofila risponde delle pagine del proprio piano o "
                "progetto: la Regione Piemonte, Direzione Sanità, per il PITEM PRO-SOL e il progetto COOR-COM; "
                "la Communauté de communes Val Guiers, dal 9 ottobre 2023, per il progetto CARE.",
            ),
            heading("Finanziamento europeo"),
            (
                "paragraph",
                "I progetti presentati sono cofinanziati dall’Unione europea attraverso il Fondo europeo di "
                "sviluppo regionale (FESR). I contenuti impegnano solo i loro autori e non riflettono "
                "necessariamente la posizione dell’Unione europea.",
            ),
            heading("Hosting"),
            (
                "paragraph",
                "In questa versione dimostrativa il nome, l’indirizzo e il telefono di chi ospita il sito non "
                "sono indicati: chi mette il sito in linea li scrive qui.",
            ),
            heading("Riuso dei contenuti"),
            (
                "paragraph",
                "Per riprendere testi o immagini, scrivete alla redazione: l’indirizzo è nella pagina Contatti.",
            ),
            heading("Crediti"),
            (
                "paragraph",
                "Le illustrazioni di questa versione dimostrativa (paesaggi alpini, persone, edifici) sono "
                "disegnate dal codice del sito quando i contenuti vengono caricati; i loghi dei partner sono "
                "monogrammi provvisori, da sostituire con i loghi ufficiali. Il video degli studenti del Liceo "
                "Classico Vittorio Alfieri è sostituito da un cartello di quattro secondi.",
            ),
        ],
    },
    fr={
        "title": "Mentions légales et crédits",
        "slug": "mentions-legales-et-credits",
        "summary": "Qui publie le site, qui répond de ses pages et d’où viennent les images.",
        "body": [
            heading("Qui publie le site"),
            (
                "paragraph",
                "Le site des projets transfrontaliers ALCOTRA est publié par les partenaires qui y présentent "
                "leur travail, dans le cadre du programme Interreg France-Italie ALCOTRA (Alpes Latines "
                "COopération TRAnsfrontalière). Chaque chef de file répond des pages de son plan ou de son "
                "projet : la Région Piémont, direction de la santé, pour le PITEM PRO-SOL et le projet "
                "COOR-COM ; la Communauté de communes Val Guiers, depuis le 9 octobre 2023, pour le projet CARE.",
            ),
            heading("Financement européen"),
            (
                "paragraph",
                "Les projets présentés sont cofinancés par l’Union européenne au titre du Fonds européen de "
                "développement régional (FEDER). Les contenus n’engagent que leurs auteurs et ne reflètent pas "
                "nécessairement la position de l’Union européenne.",
            ),
            heading("Hébergement"),
            (
                "paragraph",
                "Dans cette version de démonstration, le nom, l’adresse et le téléphone de l’hébergeur ne sont "
                "pas indiqués : qui met le site en ligne les écrit ici.",
            ),
            heading("Réutilisation des contenus"),
            (
                "paragraph",
                "Pour reprendre des textes ou des images, écrivez à la rédaction : son adresse est sur la page "
                "Contact.",
            ),
            heading("Crédits"),
            (
                "paragraph",
                "Les illustrations de cette version de démonstration (paysages alpins, personnes, bâtiments) "
                "sont dessinées par le code du site au chargement des contenus ; les logos des partenaires sont "
                "des monogrammes provisoires, à remplacer par les logos officiels. La vidéo des élèves du Liceo "
                "Classico Vittorio Alfieri est remplacée par un carton de quatre secondes.",
            ),
        ],
    },
)

PRIVACY = Demo(
    key="privacy",
    model=ContentPage,
    it={
        "title": "Privacy",
        "slug": "privacy",
        "summary": "Questo sito non usa cookie per chi lo visita né strumenti di statistica; i video di YouTube "
        "e Vimeo si caricano solo se scegliete di guardarli qui.",
        "body": [
            heading("Nessun cookie, nessuna statistica"),
            (
                "paragraph",
                "Le pagine pubbliche non impostano cookie: né di sessione, né di lingua, né di misura del "
                "pubblico. Il sito non usa strumenti di statistica o di profilazione, né caratteri, script o "
                "immagini di altri siti: tutto ciò che una pagina carica arriva da questo stesso indirizzo. Per "
                "questo non vi chiediamo alcun consenso.",
            ),
            heading("Video di YouTube e Vimeo"),
            (
                "paragraph",
                "Una pagina video mostra un’immagine e un link al video presso il fornitore. Il lettore di "
                "YouTube (nella versione youtube-nocookie.com) o di Vimeo (con l’opzione «do not track») si "
                "carica soltanto se premete il pulsante per guardare il video qui: da quel momento il fornitore "
                "riceve il vostro indirizzo IP e applica la propria informativa sulla privacy. I video caricati "
                "sul sito si guardano senza passare da altri.",
            ),
            heading("Che cosa riceve il server"),
            (
                "paragraph",
                "Come ogni server web, quello che ospita il sito riceve l’indirizzo IP del vostro dispositivo e "
                "l’indirizzo della pagina richiesta: servono a consegnare la pagina e a proteggere il sito, non "
                "a profilarvi. Solo chi accede all’area di redazione riceve un cookie di sessione, necessario "
                "per lavorare.",
            ),
            heading("I vostri diritti"),
            (
                "paragraph",
                "Per ogni domanda sui vostri dati scrivete a privacy@progetti-alcotra.example. Il regolamento "
                "generale sulla protezione dei dati (UE 2016/679) vi dà diritto di accesso, di rettifica e di "
                "cancellazione; potete anche rivolgervi al Garante per la protezione dei dati personali.",
            ),
        ],
    },
    fr={
        "title": "Données personnelles",
        "slug": "donnees-personnelles",
        "summary": "Ce site ne dépose aucun cookie chez ses visiteurs et ne mesure pas l’audience ; les vidéos "
        "YouTube et Vimeo ne se chargent que si vous choisissez de les regarder ici.",
        "body": [
            heading("Aucun cookie, aucune mesure d’audience"),
            (
                "paragraph",
                "Les pages publiques ne déposent aucun cookie : ni de session, ni de langue, ni de mesure "
                "d’audience. Le site n’utilise aucun outil de statistiques ou de profilage, ni polices, scripts "
                "ou images d’autres sites : tout ce qu’une page charge vient de cette même adresse. C’est "
                "pourquoi nous ne vous demandons aucun consentement.",
            ),
            heading("Vidéos YouTube et Vimeo"),
            (
                "paragraph",
                "Une page vidéo affiche une image et un lien vers la vidéo chez son fournisseur. Le lecteur de "
                "YouTube (dans sa version youtube-nocookie.com) ou de Vimeo (avec l’option "
                f"«{NBSP}do not track{NBSP}») ne se charge que si vous appuyez sur le bouton pour regarder la "
                "vidéo ici : dès lors, le fournisseur reçoit votre adresse IP et applique sa propre politique "
                "de confidentialité. Les vidéos déposées sur le site se regardent sans passer par personne "
                "d’autre.",
            ),
            heading("Ce que reçoit le serveur"),
            (
                "paragraph",
                "Comme tout serveur web, celui qui héberge le site reçoit l’adresse IP de votre appareil et "
                "l’adresse de la page demandée : elles servent à vous envoyer la page et à protéger le site, "
                "pas à vous profiler. Seules les personnes qui se connectent à l’espace de rédaction reçoivent "
                "un cookie de session, nécessaire pour travailler.",
            ),
            heading("Vos droits"),
            (
                "paragraph",
                "Pour toute question sur vos données, écrivez à privacy@progetti-alcotra.example. Le règlement "
                "général sur la protection des données (UE 2016/679) vous donne un droit d’accès, de "
                "rectification et d’effacement ; vous pouvez aussi saisir la CNIL.",
            ),
        ],
    },
)

CONTACT = Demo(
    key="contact",
    model=ContentPage,
    it={
        "title": "Contatti",
        "slug": "contatti",
        "summary": "A chi scrivere per il sito, per i progetti e per l’accessibilità.",
        "body": [
            heading("La redazione"),
            (
                "paragraph",
                "Per una domanda sul sito, per segnalare un errore o per riprendere un contenuto: "
                "redazione@progetti-alcotra.example. Rispondiamo in italiano e in francese.",
            ),
            heading("I progetti"),
            (
                "paragraph",
                "PITEM PRO-SOL e COOR-COM: la Regione Piemonte, Direzione Sanità, capofila, con Provence Alpes "
                "Agglomération, l’Azienda Sanitaria Locale CN1 e la Métropole Nice Côte d’Azur.",
            ),
            (
                "paragraph",
                "CARE: la Communauté de communes Val Guiers, capofila. SociaLab (PITER GRAIES LAB): il Syndicat "
                "mixte de l’Avant-Pays-Savoyard, la Communauté d’Agglomération Arlysère, la Città Metropolitana "
                "di Torino e la Federazione agricola Coldiretti di Torino.",
            ),
            (
                "paragraph",
                "Scrivete alla redazione indicando il progetto: inoltriamo il messaggio al partner che se ne "
                "occupa.",
            ),
            heading("Accessibilità"),
            (
                "paragraph",
                "Per segnalare un contenuto non accessibile o chiederne una versione accessibile: "
                "accessibilita@progetti-alcotra.example (vedi la dichiarazione di accessibilità).",
            ),
        ],
    },
    fr={
        "title": "Contact",
        "slug": "contact",
        "summary": "À qui écrire pour le site, pour les projets et pour l’accessibilité.",
        "body": [
            heading("La rédaction"),
            (
                "paragraph",
                "Pour une question sur le site, pour signaler une erreur ou pour reprendre un contenu : "
                "redazione@progetti-alcotra.example. Nous répondons en français et en italien.",
            ),
            heading("Les projets"),
            (
                "paragraph",
                "PITEM PRO-SOL et COOR-COM : la Région Piémont, direction de la santé, cheffe de file, avec "
                "Provence Alpes Agglomération, l’Azienda Sanitaria Locale CN1 et la Métropole Nice Côte d’Azur.",
            ),
            (
                "paragraph",
                "CARE : la Communauté de communes Val Guiers, cheffe de file. SociaLab (PITER GRAIES LAB) : le "
                "Syndicat mixte de l’Avant-Pays-Savoyard, la Communauté d’Agglomération Arlysère, la Ville "
                "Métropolitaine de Turin et la Fédération agricole Coldiretti de Turin.",
            ),
            (
                "paragraph",
                "Écrivez à la rédaction en précisant le projet : nous transmettons votre message au partenaire "
                "qui s’en occupe.",
            ),
            heading("Accessibilité"),
            (
                "paragraph",
                "Pour signaler un contenu non accessible ou en demander une version accessible : "
                "accessibilita@progetti-alcotra.example (voir la déclaration d’accessibilité).",
            ),
        ],
    },
)

# Footer order; none of them is in the main menu.
ALL = [LEGAL_NOTICE, PRIVACY, CONTACT]


FOOTER_LINKS = {"legal_notice": LEGAL_NOTICE, "privacy": PRIVACY, "contact": CONTACT}


def load(builder, home):
    for page in ALL:
        builder.build(page, parent=home)
    link_footer(builder)


def link_footer(builder):
    """Settings → Site identity: the footer links to these pages, in each visitor's
    language. A link someone already chose is left as it is."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    identity = SiteIdentity.objects.filter(site=site).first() or SiteIdentity(site=site)
    unset = {field: demo for field, demo in FOOTER_LINKS.items() if getattr(identity, f"{field}_id") is None}
    if not unset:
        return
    for field, demo in unset.items():
        setattr(identity, field, builder.get(demo.key, "it"))
    identity.save()
    builder.report.append(f"Site identity: footer links to {', '.join(demo.key for demo in unset.values())}")
