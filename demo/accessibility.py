"""The accessibility statement, written in Italian (AgID's format) and translated into
French (the RGAA's): a site partially compliant, with two contents not accessible yet.

Each language names its own standard and legal basis; status, audit and dates are
facts, synchronised from the Italian statement.
"""

from datetime import date

from home.models import AccessibilityStatementPage, ComplianceStatus, NonAccessibleItemBlock

from .builder import Demo, Paragraphs

Reason = NonAccessibleItemBlock.Reason


class StatementDemo(Demo):
    """A demo whose non-accessible items are paired for translation too: the builder's
    generic walk knows the text keys of the shared body blocks only."""

    def translations(self):
        pairs = super().translations()
        items = zip(
            self.text(self.source)["non_accessible_content"],
            self.text(self.target)["non_accessible_content"],
            strict=True,
        )
        for (_type, source), (_same, target) in items:
            pairs.update({source[key]: target[key] for key in ("content", "alternative") if source.get(key)})
        return pairs


def item(content, reason, alternative):
    return ("item", {"content": content, "reason": reason, "alternative": alternative})


STATEMENT = StatementDemo(
    key="accessibility",
    model=AccessibilityStatementPage,
    it={
        "title": "Dichiarazione di accessibilità",
        "slug": "dichiarazione-di-accessibilita",
        "summary": "Quanto è accessibile questo sito, cosa non lo è ancora e come segnalarcelo.",
        "introduction": Paragraphs(
            [
                "I partner dei progetti ALCOTRA si impegnano a rendere accessibile questo sito, come "
                "chiedono la legge 9 gennaio 2004, n. 4, e le Linee guida AgID sull’accessibilità degli "
                "strumenti informatici.",
                "La dichiarazione vale per il sito dei progetti transfrontalieri ALCOTRA, nelle sue "
                "versioni italiana e francese.",
            ]
        ),
        "standard": "WCAG 2.1 livello AA, norma UNI CEI EN 301549 v3.2.1",
        "audited_by": "autovalutazione del gruppo di comunicazione dei partner",
        "audit_method": Paragraphs(
            [
                "Controllo automatico con axe-core su ogni tipo di pagina, in italiano e in francese.",
                "Prove manuali da tastiera, con NVDA su Firefox e con VoiceOver su Safari per iPhone.",
            ]
        ),
        "non_accessible_content": [
            item(
                "Alcuni rapporti e verbali del PITEM PRO-SOL in PDF, pubblicati tra il 2019 e il 2021, non "
                "hanno i tag di struttura: i lettori di schermo non vi riconoscono titoli, elenchi e tabelle.",
                Reason.NON_COMPLIANCE,
                "Su richiesta all’indirizzo qui sotto inviamo il testo in un formato accessibile entro cinque "
                "giorni lavorativi.",
            ),
            item(
                "Il video degli studenti del Liceo Classico Vittorio Alfieri su COOR-COM non ha "
                "l’audiodescrizione: alcune informazioni passano solo per immagini. Aggiungerla "
                "richiederebbe un nuovo montaggio, sproporzionato per un progetto concluso.",
                Reason.DISPROPORTIONATE_BURDEN,
                "La trascrizione, sulla pagina del video, descrive anche ciò che si vede.",
            ),
        ],
    },
    fr={
        "title": "Déclaration d’accessibilité",
        "slug": "declaration-d-accessibilite",
        "summary": "Où en est l’accessibilité de ce site, ce qui ne l’est pas encore et comment nous le signaler.",
        "introduction": Paragraphs(
            [
                "Les partenaires des projets ALCOTRA s’engagent à rendre ce site accessible, conformément à "
                "l’article 47 de la loi n° 2005-102 du 11 février 2005.",
                "Cette déclaration s’applique au site des projets transfrontaliers ALCOTRA, dans ses versions "
                "française et italienne.",
            ]
        ),
        "standard": "RGAA 4.1.2",
        "audited_by": "auto-évaluation par l’équipe de communication des partenaires",
        "audit_method": Paragraphs(
            [
                "Contrôle automatique avec axe-core sur chaque type de page, en français et en italien.",
                "Tests manuels au clavier, avec NVDA sous Firefox et avec VoiceOver sous Safari pour iPhone.",
            ]
        ),
        "non_accessible_content": [
            item(
                "Des rapports et comptes rendus du PITEM PRO-SOL au format PDF, publiés entre 2019 et 2021, "
                "n’ont pas de balises de structure : les lecteurs d’écran n’en restituent ni les titres, ni "
                "les listes, ni les tableaux.",
                Reason.NON_COMPLIANCE,
                "Sur simple demande à l’adresse ci-dessous, nous envoyons le texte dans un format accessible "
                "sous cinq jours ouvrés.",
            ),
            item(
                "La vidéo des élèves du Liceo Classico Vittorio Alfieri sur COOR-COM n’a pas "
                "d’audiodescription : certaines informations ne passent que par l’image. L’ajouter "
                "demanderait un nouveau montage, disproportionné pour un projet terminé.",
                Reason.DISPROPORTIONATE_BURDEN,
                "La transcription, sur la page de la vidéo, décrit aussi ce que l’on voit.",
            ),
        ],
    },
    facts={
        "compliance_status": ComplianceStatus.PARTIAL,
        "criteria_met": 87,
        "audit_date": date(2026, 3, 16),
        "statement_date": date(2026, 4, 2),
        "last_review_date": date(2026, 10, 5),
        "feedback_email": "accessibilita@progetti-alcotra.example",
    },
)


def load(builder, home):
    builder.build(STATEMENT, parent=home)
